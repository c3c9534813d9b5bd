/**
 * The one normalized coverage model every parser produces and every consumer reads.
 *
 * Integer counts everywhere. Percentages are computed from counts only at the edge
 * (`percent()`), never averaged, never rounded before a comparison.
 *
 * Memory: line hits live in a dense Uint32Array per file (4 bytes per source line),
 * because a 1 GB tracefile can hold tens of millions of line records and a Map entry
 * costs ten times that. Hits saturate at MAX_HITS; no total depends on the size of a
 * count, only on whether it is zero.
 */

export type Format = 'lcov' | 'cobertura' | 'clover' | 'jacoco' | 'go' | 'istanbul' | 'istanbul-summary';
export const FORMATS: readonly Format[] = ['lcov', 'cobertura', 'clover', 'jacoco', 'go', 'istanbul', 'istanbul-summary'];

export type MetricName = 'lines' | 'branches' | 'statements' | 'functions' | 'instructions';
export const METRICS: readonly MetricName[] = ['lines', 'branches', 'statements', 'functions', 'instructions'];

export interface Counter {
  covered: number;
  total: number;
}

/** The tool that wrote a report, where the report says so (a comment, a root attribute). */
export interface Producer {
  name: 'coverage.py' | 'gcovr' | 'istanbul' | 'jacoco' | 'go' | 'lcov' | 'phpunit' | 'openclover' | 'cobertura' | 'unknown';
  version?: string;
}

/** Line numbers above this are refused: no source file is that long, and the table is dense. */
export const MAX_LINE = 10_000_000;
/** Hit counts saturate here (stored +1 in a Uint32Array). */
export const MAX_HITS = 0xfffffffe;

/**
 * Executable lines of one file and their hit counts. Stored as hits+1 so that 0 means
 * "not executable".
 */
export class LineTable {
  private data: Uint32Array;
  private maxLine = 0;
  private count = 0;

  constructor(capacity = 32) {
    this.data = new Uint32Array(capacity);
  }

  /** Add hits to a line (marking it executable). Sums saturate at MAX_HITS. */
  add(line: number, hits: number): void {
    if (line >= this.data.length) this.grow(line);
    const prev = this.data[line]!;
    if (prev === 0) {
      this.count++;
      if (line > this.maxLine) this.maxLine = line;
      this.data[line] = clampHits(hits) + 1;
    } else {
      const sum = prev - 1 + clampHits(hits);
      this.data[line] = (sum > MAX_HITS ? MAX_HITS : sum) + 1;
    }
  }

  /** Raise a line's hits to at least `hits` (OR semantics for set-mode data). */
  max(line: number, hits: number): void {
    if (line >= this.data.length) this.grow(line);
    const prev = this.data[line]!;
    const h = clampHits(hits);
    if (prev === 0) {
      this.count++;
      if (line > this.maxLine) this.maxLine = line;
      this.data[line] = h + 1;
    } else if (prev - 1 < h) {
      this.data[line] = h + 1;
    }
  }

  /** Hits of a line, or undefined when the line is not executable. */
  get(line: number): number | undefined {
    if (line < 0 || line >= this.data.length) return undefined;
    const v = this.data[line]!;
    return v === 0 ? undefined : v - 1;
  }

  has(line: number): boolean {
    return line >= 0 && line < this.data.length && this.data[line] !== 0;
  }

  get size(): number {
    return this.count;
  }

  /** Executable lines in ascending order. */
  *entries(): IterableIterator<[line: number, hits: number]> {
    const d = this.data;
    for (let i = 0; i <= this.maxLine; i++) {
      const v = d[i]!;
      if (v !== 0) yield [i, v - 1];
    }
  }

  counter(): Counter {
    let covered = 0;
    const d = this.data;
    for (let i = 0; i <= this.maxLine; i++) {
      if (d[i]! > 1) covered++;
    }
    return { covered, total: this.count };
  }

  private grow(line: number): void {
    if (!Number.isInteger(line) || line < 0 || line > MAX_LINE) {
      throw new RangeError(`line number ${line} is out of range (0..${MAX_LINE})`);
    }
    let cap = this.data.length * 2;
    while (cap <= line) cap *= 2;
    const next = new Uint32Array(Math.min(cap, MAX_LINE + 1));
    next.set(this.data);
    this.data = next;
  }
}

export function clampHits(hits: number): number {
  if (!(hits > 0)) return 0; // negative, NaN -> 0 (parsers warn before calling)
  return hits > MAX_HITS ? MAX_HITS : Math.floor(hits);
}

/** A statement (Go block, istanbul statement): `n` statements counted as one unit (Go's numStmt). */
export interface Statement {
  line: number;
  endLine: number;
  n: number;
  hits: number;
}

export interface FunctionCoverage {
  name: string;
  line: number;
  endLine?: number;
  hits: number;
}

export class FileCoverage {
  readonly lines = new LineTable();
  /** line -> hit count of each branch on that line, in the order the report lists them. */
  readonly branches = new Map<number, number[]>();
  /** key (format-specific, stable: e.g. "12.5,14.2" for Go, the statement id for istanbul) -> statement. */
  readonly statements = new Map<string, Statement>();
  /** key (name, or name@line where names repeat) -> function. */
  readonly functions = new Map<string, FunctionCoverage>();
  /** line -> instructions (JaCoCo). */
  readonly instructions = new Map<number, Counter>();

  /**
   * Counts known only as totals, without per-line data (istanbul coverage-summary.json).
   * When set, `summarizeFile` reports these counters (0/0 for a metric not given) instead of
   * counting the tables above.
   */
  summaryOnly?: Partial<Record<MetricName, Counter>>;

  constructor(public path: string) {}

  addBranches(line: number, hits: readonly number[]): void {
    const prev = this.branches.get(line);
    if (!prev) {
      this.branches.set(line, hits.map(clampHits));
      return;
    }
    for (let i = 0; i < hits.length; i++) {
      const h = clampHits(hits[i]!);
      prev[i] = i < prev.length ? Math.min(prev[i]! + h, MAX_HITS) : h;
    }
  }

  /** Branches known only as counts (Cobertura's "condition-coverage", JaCoCo's mb/cb). */
  addBranchCounts(line: number, covered: number, total: number): void {
    const hits: number[] = [];
    for (let i = 0; i < total; i++) hits.push(i < covered ? 1 : 0);
    this.addBranches(line, hits);
  }

  addStatement(key: string, s: Statement, mode: 'sum' | 'max' = 'sum'): void {
    const prev = this.statements.get(key);
    if (!prev) {
      this.statements.set(key, { ...s, hits: clampHits(s.hits) });
    } else if (mode === 'max') {
      prev.hits = Math.max(prev.hits, clampHits(s.hits));
    } else {
      prev.hits = Math.min(prev.hits + clampHits(s.hits), MAX_HITS);
    }
  }

  addFunction(key: string, f: FunctionCoverage): void {
    const prev = this.functions.get(key);
    if (!prev) this.functions.set(key, { ...f, hits: clampHits(f.hits) });
    else prev.hits = Math.min(prev.hits + clampHits(f.hits), MAX_HITS);
  }

  addInstructions(line: number, covered: number, total: number): void {
    const prev = this.instructions.get(line);
    if (!prev) this.instructions.set(line, { covered, total });
    else {
      prev.covered = Math.max(prev.covered, covered);
      prev.total = Math.max(prev.total, total);
    }
  }
}

export interface CoverageReport {
  /** The format read; 'mixed' after merging reports of several formats. */
  format: Format | 'mixed';
  producer: Producer;
  /** Metrics this report carries. A metric not here is `null` in every summary. */
  metrics: Set<MetricName>;
  /** Keyed by path: raw as the report wrote it until paths are resolved, then repository-relative. */
  files: Map<string, FileCoverage>;
  /** `<sources>` roots (Cobertura) and other base directories the report names. */
  sourceRoots: string[];
  /** Tolerant readings the parser made (negative counts, duplicate records...), for the summary. */
  warnings: string[];
}

export function emptyReport(format: Format | 'mixed', producer: Producer = { name: 'unknown' }): CoverageReport {
  return { format, producer, metrics: new Set(['lines']), files: new Map(), sourceRoots: [], warnings: [] };
}

/** Get or create the entry for a path. */
export function fileOf(report: CoverageReport, path: string): FileCoverage {
  let f = report.files.get(path);
  if (!f) {
    f = new FileCoverage(path);
    report.files.set(path, f);
  }
  return f;
}

// ---------------------------------------------------------------------------------
// Summaries

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
  let covered = 0;
  let total = 0;
  for (const hits of f.branches.values()) {
    total += hits.length;
    for (const h of hits) if (h > 0) covered++;
  }
  return { covered, total };
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
  let covered = 0;
  let total = 0;
  for (const fn of f.functions.values()) {
    total++;
    if (fn.hits > 0) covered++;
  }
  return { covered, total };
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
    const get = (m: MetricName): Counter | null => (metrics.has(m) ? { ...(only[m] ?? { covered: 0, total: 0 }) } : null);
    return {
      path: f.path,
      lines: { ...(only.lines ?? { covered: 0, total: 0 }) },
      branches: get('branches'),
      statements: get('statements'),
      functions: get('functions'),
      instructions: get('instructions'),
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

/**
 * Compare a counter's percent with a threshold without rounding either:
 * covered/total >= min/100  <=>  covered*100 >= min*total.
 */
export function meets(c: Counter, minPercent: number): boolean {
  if (c.total === 0) return true;
  return c.covered * 100 >= minPercent * c.total;
}
