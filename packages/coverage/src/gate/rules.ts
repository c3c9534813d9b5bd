/**
 * The gate's rules and verdict. Every comparison is made on integer counts, never on rounded
 * percentages: covered/total >= min/100 is tested as covered*100 >= min*total, and a decrease
 * against the baseline with exact rational arithmetic (BigInt), so 79.996% never passes 80.
 */
import type { Analysis } from '../analyze.js';
import { formatPercent as p2, formatPoints } from '../format.js';
import type { Counter } from '../model/index.js';
import { percent } from '../model/index.js';
import type { BaselineSnapshot } from './baseline.js';

export type GateMetric = 'lines' | 'branches' | 'headline';
/** What to do with changed files the report does not list (of a language the report covers). */
export type MissingFilesMode = 'warn' | 'fail' | 'ignore';

export interface GateConfig {
  /** Total coverage must be at least this (percent). */
  minCoverage?: number;
  /** Patch coverage on changed executable lines must be at least this (percent). */
  minDiffCoverage?: number;
  /** Points the total may fall below the baseline; 0 = ratchet. */
  maxDecrease?: number;
  /** Each changed file's coverage must be at least this (percent). */
  minFileCoverage?: number;
  /** Below this many changed executable lines the diff rule is reported but not enforced. */
  minChangedLines: number;
  metric: GateMetric;
  /** Changed files missing from the report: a warning (default), a failing rule, or nothing. */
  missingFiles?: MissingFilesMode;
}

/** What the run could not establish, for the rules that need it. */
export interface ChangeState {
  /** Set when the change should be measured but cannot be: the diff rules fail with this. */
  unknown?: string;
  /** Set when the baseline the workflow named itself (a file) cannot be read: max-decrease fails with this. */
  baselineUnreadable?: string;
}

export type RuleId =
  'measured' | 'min-coverage' | 'min-diff-coverage' | 'max-decrease' | 'min-file-coverage' | 'missing-files';

export interface RuleResult {
  id: RuleId;
  status: 'pass' | 'fail' | 'skip';
  /** False when the rule is reported only (fewer changed lines than min-changed-lines). */
  enforced: boolean;
  /** One sentence: what was measured against what. */
  message: string;
}

export interface FileVerdict {
  path: string;
  counter: Counter;
  percent: number | null;
  /** Changed executable lines of the file not covered. */
  uncovered: number[];
  added: number;
  belowMin: boolean;
}

export interface GateVerdict {
  passed: boolean;
  rules: RuleResult[];
  metric: GateMetric;
  /** The gated metric's totals now. */
  coverage: Counter | null;
  baseline: Counter | null;
  /** Points (unrounded): current percent minus baseline percent. */
  delta: number | null;
  diff: Counter | null;
  changedFiles: FileVerdict[];
  /** Changed files of the report's languages that the report does not list. */
  missingFiles: string[];
}

/** The gated metric in words: "lines", or "istanbul headline (statements)". */
export function metricLabel(a: Pick<Analysis, 'headline' | 'producer'>, metric: GateMetric): string {
  if (metric !== 'headline') return metric;
  const tool = a.producer.name === 'unknown' ? '' : `${a.producer.name} `;
  return `${tool}headline (${a.headline.metric})`;
}

/** The counter a metric names in an analysis. */
export function metricCounter(a: Pick<Analysis, 'totals' | 'headline'>, metric: GateMetric): Counter | null {
  if (metric === 'headline') return { covered: a.headline.covered, total: a.headline.total };
  return a.totals[metric];
}

export function baselineCounter(
  b: BaselineSnapshot,
  metric: GateMetric,
  currentHeadlineMetric: string,
): Counter | null {
  if (metric === 'headline') {
    // A baseline headline of another rule (the producer changed) is not comparable.
    return b.headline.metric === currentHeadlineMetric
      ? { covered: b.headline.covered, total: b.headline.total }
      : null;
  }
  return b.totals[metric];
}

/** covered/total >= min% exactly; nothing measured (0/0) never meets a minimum. */
export function atLeast(c: Counter, min: number): boolean {
  if (c.total === 0) return false;
  return scaled(c.covered) * 100n * SCALE >= toScaled(min) * scaled(c.total);
}

const SCALE = 1_000_000n;
const scaled = (n: number) => BigInt(n);
/** A decimal input (at most 6 decimals matter) as an integer times 1e6. */
function toScaled(x: number): bigint {
  return BigInt(Math.round(x * 1_000_000));
}

/** Has `cur` fallen more than `maxDecrease` points below `base`? Exact. */
export function decreasedBeyond(cur: Counter, base: Counter, maxDecrease: number): boolean {
  if (cur.total === 0 || base.total === 0) return false;
  // cur.c/cur.t*100 < base.c/base.t*100 - d   <=>   100*S*cur.c*base.t < (100*S*base.c - D*base.t)*cur.t
  const S = SCALE;
  const D = toScaled(maxDecrease);
  const lhs = 100n * S * scaled(cur.covered) * scaled(base.total);
  const rhs = (100n * S * scaled(base.covered) - D * scaled(base.total)) * scaled(cur.total);
  return lhs < rhs;
}

const pts = (d: number) => `${formatPoints(d)} points`;

/** Reports that carry totals but no per-line data (istanbul's coverage-summary.json). */
export function linelessReports(a: Pick<Analysis, 'inputs'>): string[] {
  return a.inputs.filter((i) => i.format === 'istanbul-summary').map((i) => i.path);
}

const extOf = (path: string): string => {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
};

/** JavaScript and TypeScript sources: jest, vitest and istanbul never instrument their test files. */
const JS_EXTS = new Set(['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts']);

/**
 * A test file its coverage tool never lists, so its absence from the report says nothing: Go's
 * `_test.go` (coverprofiles hold only package code) and JS/TS `*.test.*`, `*.spec.*` and files
 * under `__tests__/`. Python's are kept: coverage.py lists test files when it measured them.
 */
export function isUnmeasuredTestFile(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (base.endsWith('_test.go')) return true;
  if (!JS_EXTS.has(extOf(path))) return false;
  return /\.(test|spec)\.[^.]+$/i.test(base) || /(^|\/)__tests__\//.test(path);
}

/**
 * Changed files the report does not list, limited to file types (extensions) the report has,
 * without the test files their tools never list (isUnmeasuredTestFile).
 */
export function missingChangedFiles(a: Pick<Analysis, 'files' | 'diff'>): string[] {
  if (!a.diff) return [];
  const exts = new Set(a.files.map((f) => extOf(f.path)));
  return a.diff.skipped
    .filter(
      (s) =>
        s.reason === 'not in the coverage report' &&
        exts.has(extOf(s.path)) &&
        extOf(s.path) !== '' &&
        !isUnmeasuredTestFile(s.path),
    )
    .map((s) => s.path);
}

export function evaluate(
  a: Analysis,
  cfg: GateConfig,
  baseline: BaselineSnapshot | undefined,
  change: ChangeState = {},
): GateVerdict {
  const rules: RuleResult[] = [];
  const coverage = metricCounter(a, cfg.metric);
  const metricName = metricLabel(a, cfg.metric);
  const noData = `Input 'metric' is ${cfg.metric}, but the reports carry no ${cfg.metric} data: set metric to lines or headline, or have the test tool record ${cfg.metric}.`;
  const lineless = linelessReports(a);
  const base = baseline ? baselineCounter(baseline, cfg.metric, a.headline.metric) : null;
  const delta =
    coverage && base && percent(coverage) !== null && percent(base) !== null
      ? percent(coverage)! - percent(base)!
      : null;

  if (cfg.minCoverage !== undefined) {
    if (!coverage) {
      rules.push({ id: 'min-coverage', status: 'fail', enforced: true, message: noData });
    } else if (coverage.total === 0) {
      rules.push({
        id: 'min-coverage',
        status: 'fail',
        enforced: true,
        message: `Total ${metricName} coverage cannot meet the minimum ${cfg.minCoverage}%: no executable ${cfg.metric === 'branches' ? 'branches' : 'lines'} measured (0/0). Check that the tests ran with coverage and that the report lists your source files.`,
      });
    } else {
      const ok = atLeast(coverage, cfg.minCoverage);
      rules.push({
        id: 'min-coverage',
        status: ok ? 'pass' : 'fail',
        enforced: true,
        message: `Total ${metricName} coverage ${p2(coverage)} (${coverage.covered}/${coverage.total}) ${ok ? 'meets' : 'is below'} the minimum ${cfg.minCoverage}%.`,
      });
    }
  }

  const diff = a.diff;
  const changedFiles: FileVerdict[] = [];
  if (diff) {
    const byPath = new Map(a.files.map((f) => [f.path, f]));
    const branches = cfg.metric === 'branches';
    for (const f of diff.files) {
      const s = byPath.get(f.path);
      // Gated on branches, a file is judged on its branches only: one without any (0/0, as the
      // tools print 100% or n/a for it) is not below; never on its lines instead.
      const counter = s ? (branches ? (s.branches ?? { covered: 0, total: 0 }) : s.lines) : f.counter;
      const measured = !branches || !s || counter.total > 0;
      changedFiles.push({
        path: f.path,
        counter,
        percent: percent(counter),
        uncovered: f.uncovered,
        added: f.added.length,
        belowMin: cfg.minFileCoverage !== undefined && measured && !atLeast(counter, cfg.minFileCoverage),
      });
    }
  }

  if (cfg.minDiffCoverage !== undefined) {
    if (lineless.length) {
      rules.push({
        id: 'min-diff-coverage',
        status: 'fail',
        enforced: true,
        message: `Patch coverage cannot be measured: ${lineless.join(', ')} ${lineless.length === 1 ? 'is a summary' : 'are summaries'} without line data (istanbul coverage-summary.json). Use coverage/coverage-final.json or lcov instead.`,
      });
    } else if (!diff && change.unknown) {
      rules.push({
        id: 'min-diff-coverage',
        status: 'fail',
        enforced: true,
        message: `The change cannot be measured: ${change.unknown}`,
      });
    } else if (!diff) {
      rules.push({
        id: 'min-diff-coverage',
        status: 'skip',
        enforced: false,
        message: 'No diff to measure (no base to compare with).',
      });
    } else if (diff.noCoverableLines) {
      rules.push({
        id: 'min-diff-coverage',
        status: 'skip',
        enforced: false,
        message: 'The change has no coverable lines (no executable line added or modified).',
      });
    } else {
      const ok = atLeast(diff.lines, cfg.minDiffCoverage);
      const enforced = diff.lines.total >= cfg.minChangedLines;
      rules.push({
        id: 'min-diff-coverage',
        status: ok ? 'pass' : 'fail',
        enforced,
        message:
          `Patch coverage ${p2(diff.lines)} (${diff.lines.covered}/${diff.lines.total} changed executable lines) ${ok ? 'meets' : 'is below'} the minimum ${cfg.minDiffCoverage}%` +
          (enforced
            ? '.'
            : `; not enforced: fewer than min-changed-lines (${cfg.minChangedLines}) changed executable lines.`),
      });
    }
  }

  if (cfg.maxDecrease !== undefined) {
    if (change.baselineUnreadable) {
      rules.push({ id: 'max-decrease', status: 'fail', enforced: true, message: change.baselineUnreadable });
    } else if (!baseline) {
      rules.push({ id: 'max-decrease', status: 'skip', enforced: false, message: 'No baseline to compare with.' });
    } else if (!coverage) {
      rules.push({ id: 'max-decrease', status: 'fail', enforced: true, message: noData });
    } else if (!base) {
      rules.push({
        id: 'max-decrease',
        status: 'skip',
        enforced: false,
        message: `The baseline (${baseline.commit.slice(0, 12)}) has no comparable ${metricName} figure.`,
      });
    } else {
      const fell = decreasedBeyond(coverage, base, cfg.maxDecrease);
      rules.push({
        id: 'max-decrease',
        status: fell ? 'fail' : 'pass',
        enforced: true,
        message:
          `Total ${metricName} coverage ${p2(coverage)} vs ${p2(base)} on ${baseline.branch} at ${baseline.commit.slice(0, 12)} (${delta === null ? 'n/a' : pts(delta)}); ` +
          (cfg.maxDecrease === 0
            ? 'no decrease is allowed.'
            : `a decrease of at most ${cfg.maxDecrease} points is allowed.`),
      });
    }
  }

  if (cfg.minFileCoverage !== undefined) {
    if (cfg.metric === 'branches' && !coverage?.total) {
      const message = coverage
        ? `Per-file branch coverage cannot be judged: the reports measure no branches at all (0/0). Check that the tests ran with branch coverage, or set metric to lines.`
        : noData;
      rules.push({ id: 'min-file-coverage', status: 'fail', enforced: true, message });
    } else if (!diff && change.unknown) {
      rules.push({
        id: 'min-file-coverage',
        status: 'fail',
        enforced: true,
        message: `The changed files cannot be known: ${change.unknown}`,
      });
    } else if (!diff) {
      rules.push({
        id: 'min-file-coverage',
        status: 'skip',
        enforced: false,
        message: 'No diff: no changed files to check.',
      });
    } else {
      const below = changedFiles.filter((f) => f.belowMin);
      rules.push({
        id: 'min-file-coverage',
        status: below.length ? 'fail' : 'pass',
        enforced: true,
        message: below.length
          ? `${below.length} changed file${below.length === 1 ? ' is' : 's are'} below ${cfg.minFileCoverage}% ${cfg.metric === 'branches' ? 'branch' : 'line'} coverage.`
          : `Every changed file has at least ${cfg.minFileCoverage}% ${cfg.metric === 'branches' ? 'branch' : 'line'} coverage.`,
      });
    }
  }

  const mode = cfg.missingFiles ?? 'warn';
  const missingFiles = mode === 'ignore' ? [] : missingChangedFiles(a);
  if (missingFiles.length && mode !== 'ignore') {
    const n = missingFiles.length;
    rules.push({
      id: 'missing-files',
      status: 'fail',
      enforced: mode === 'fail',
      message:
        `${n} changed file${n === 1 ? ' is' : 's are'} not in the coverage report (the tests never loaded ${n === 1 ? 'it' : 'them'}): ${missingFiles.slice(0, 5).join(', ')}${n > 5 ? `, and ${n - 5} more` : ''}.` +
        (mode === 'fail' ? '' : ' Set missing-files: fail to enforce, or ignore to stop this warning.'),
    });
  }

  // Reports that measure nothing (0/0 of the gated metric) never pass, whichever rules are set:
  // without a failing rule that already says so, this one does (first in the list).
  if (coverage && coverage.total === 0 && !rules.some((r) => r.status === 'fail' && r.enforced)) {
    rules.unshift({
      id: 'measured',
      status: 'fail',
      enforced: true,
      message: `The reports measure nothing: no executable ${cfg.metric === 'branches' ? 'branches' : 'lines'} (${metricName} 0/0). Check that the tests ran with coverage and that the report lists your source files.`,
    });
  }

  return {
    passed: rules.every((r) => r.status !== 'fail' || !r.enforced),
    rules,
    metric: cfg.metric,
    coverage,
    baseline: base,
    delta,
    diff: diff ? diff.lines : null,
    changedFiles,
    missingFiles,
  };
}
