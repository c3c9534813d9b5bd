/**
 * Summaries: a file's counters per metric, and totals over files. Integer counts; percent()
 * is computed at the edge and never rounded before a comparison.
 */
import type { FileCoverage } from './file-coverage.js';
import type { Counter, MetricName } from './vocabulary.js';

export interface FileSummary {
  path: string;
  lines: Counter;
  branches: Counter | null;
  statements: Counter | null;
  functions: Counter | null;
  instructions: Counter | null;
}

export type Totals = Record<MetricName, Counter | null>;

function branchCounter(f: FileCoverage): Counter {
  return f.branches.counter();
}

function statementCounter(f: FileCoverage): Counter {
  let covered = 0;
  let total = 0;
  for (const s of f.statements.values()) {
    total += s.n;
    if (s.hits > 0) covered += s.n;
  }
  return { covered, total };
}

function functionCounter(f: FileCoverage): Counter {
  return { covered: f.functions.covered(), total: f.functions.size };
}

function instructionCounter(f: FileCoverage): Counter {
  let covered = 0;
  let total = 0;
  for (const c of f.instructions.values()) {
    covered += c.covered;
    total += c.total;
  }
  return { covered, total };
}

export function summarizeFile(f: FileCoverage, metrics: Set<MetricName>): FileSummary {
  const only = f.summaryOnly;
  if (only) {
    const get = (m: MetricName): Counter | null =>
      metrics.has(m) ? { ...(only[m] ?? { covered: 0, total: 0 }) } : null;
    return {
      path: f.path,
      lines: { ...(only.lines ?? { covered: 0, total: 0 }) },
      branches: get('branches'),
      statements: get('statements'),
      functions: get('functions'),
      instructions: get('instructions'),
    };
  }
  const cold = f.frozenCounters();
  if (cold) {
    return {
      path: f.path,
      lines: cold.lines,
      branches: metrics.has('branches') ? cold.branches : null,
      statements: metrics.has('statements') ? statementCounter(f) : null,
      functions: metrics.has('functions') ? cold.functions : null,
      instructions: metrics.has('instructions') ? instructionCounter(f) : null,
    };
  }
  return {
    path: f.path,
    lines: f.lines.counter(),
    branches: metrics.has('branches') ? branchCounter(f) : null,
    statements: metrics.has('statements') ? statementCounter(f) : null,
    functions: metrics.has('functions') ? functionCounter(f) : null,
    instructions: metrics.has('instructions') ? instructionCounter(f) : null,
  };
}

export function addCounters(a: Counter, b: Counter): Counter {
  return { covered: a.covered + b.covered, total: a.total + b.total };
}

export function totalsOf(summaries: Iterable<FileSummary>, metrics: Set<MetricName>): Totals {
  const t: Totals = {
    lines: { covered: 0, total: 0 },
    branches: metrics.has('branches') ? { covered: 0, total: 0 } : null,
    statements: metrics.has('statements') ? { covered: 0, total: 0 } : null,
    functions: metrics.has('functions') ? { covered: 0, total: 0 } : null,
    instructions: metrics.has('instructions') ? { covered: 0, total: 0 } : null,
  };
  for (const s of summaries) {
    t.lines = addCounters(t.lines!, s.lines);
    for (const m of ['branches', 'statements', 'functions', 'instructions'] as const) {
      const c = s[m];
      if (t[m] && c) t[m] = addCounters(t[m]!, c);
    }
  }
  return t;
}

/** Unrounded percent, or null when there is nothing to cover. */
export function percent(c: Counter | null | undefined): number | null {
  if (!c || c.total === 0) return null;
  return (c.covered / c.total) * 100;
}
