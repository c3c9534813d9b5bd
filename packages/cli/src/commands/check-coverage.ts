/**
 * The coverage step of `quality check`: the gate's rules (the same `analyze` and `evaluate` as the
 * action) on the reports, with the change since the merge-base as the patch. The one tricky rule:
 * when this check ran the tests, a default report they did not write (older than the test step) is
 * left out, because it measures some earlier state of the code, never your change.
 */
import {
  analyze,
  DEFAULT_REPORTS as GATE_REPORTS,
  evaluate,
  formatPercent,
  lineRanges,
  metricLabel,
  parseBaseline,
  type Analysis,
  type BaselineSnapshot,
  type GateConfig,
  type GateMetric,
  type GateVerdict,
} from '@quality/coverage';
import { ConfigurationError, FileFormatError } from '@quality/kit/errors';
import type { Inputs } from '@quality/kit/inputs';
import { readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromCwd } from '../args.js';
import { changeText } from '../change.js';

/** The gate's default report list without its globs; every one that exists is read. */
export const DEFAULT_REPORTS = GATE_REPORTS.filter((f) => !f.includes('*'));

const MISSING_FILES = ['warn', 'fail', 'ignore'] as const;
type MissingFiles = (typeof MISSING_FILES)[number];

export interface GateSetup {
  cfg: GateConfig;
  metric: GateMetric;
  missingMode: MissingFiles;
  baseline?: BaselineSnapshot;
  /** Said once, whatever the reports hold (--max-decrease without --baseline). */
  warnings: string[];
}

/**
 * The gate's flags over the coverage section of the config file, validated before any step runs
 * (a wrong flag is exit 2 with nothing else printed).
 */
export function gateSetup(inputs: Inputs, baselineFlag: string | undefined, cwd: string): GateSetup {
  const pct = (name: string) => inputs.numberOrOff(name, { min: 0, max: 100 });
  const metric: GateMetric = inputs.enum('--metric', ['headline', 'lines', 'branches'] as const, 'headline');
  const missingMode: MissingFiles = inputs.enum('--missing-files', MISSING_FILES, 'warn');
  const maxDecrease = pct('--max-decrease');
  const cfg: GateConfig = {
    minCoverage: pct('--min-coverage'),
    minDiffCoverage: inputs.numberOrOff('--min-diff-coverage', { min: 0, max: 100, default: 80 }),
    minFileCoverage: pct('--min-file-coverage'),
    maxDecrease: baselineFlag !== undefined ? (maxDecrease ?? 0) : undefined,
    minChangedLines: inputs.number('--min-changed-lines', { min: 0, integer: true, default: 0 }),
    metric,
    missingFiles: missingMode,
  };
  const baseline = baselineFlag !== undefined ? readBaselineFile(cwd, baselineFlag) : undefined;
  const warnings: string[] = [];
  if (inputs.optional('--max-decrease') !== undefined && !baseline) {
    warnings.push(
      "--max-decrease has no baseline to compare with, so it is not checked: give --baseline FILE (write one on the base branch with 'quality coverage REPORT --json > FILE').",
    );
  }
  return { cfg, metric, missingMode, ...(baseline ? { baseline } : {}), warnings };
}

/**
 * A baseline file: the action's snapshot, or the coverage JSON `quality coverage --json` and the
 * gate's report.json print (converted, then validated by the same parser).
 */
function readBaselineFile(cwd: string, path: string): BaselineSnapshot {
  const abs = fromCwd(cwd, path);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigurationError(
      code === 'ENOENT'
        ? `--baseline ${path} does not exist. Write one on the base branch with 'quality coverage REPORT --json > ${path}'.`
        : `--baseline ${path} cannot be read (${code ?? String(e)}).`,
    );
  }
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return parseBaseline(text, path); // its error names the file and the JSON problem
  }
  const o = v as { schema?: unknown; totals?: Record<string, unknown>; headline?: unknown; files?: unknown };
  if (o && typeof o === 'object' && o.schema === undefined && o.totals && o.headline) {
    const strip = (c: unknown) =>
      c && typeof c === 'object'
        ? { covered: (c as { covered: unknown }).covered, total: (c as { total: unknown }).total }
        : null;
    const files: Record<string, [unknown, unknown]> = {};
    if (Array.isArray(o.files)) {
      for (const f of o.files as { path?: unknown; lines?: { covered: unknown; total: unknown } | null }[]) {
        if (typeof f?.path === 'string' && f.lines) files[f.path] = [f.lines.covered, f.lines.total];
      }
    }
    const snapshot = {
      schema: 1,
      commit: 'file',
      commitTime: 0,
      branch: path,
      totals: Object.fromEntries(Object.entries(o.totals).map(([k, c]) => [k, strip(c)])),
      headline: { ...strip(o.headline), metric: (o.headline as { metric?: unknown }).metric },
      files,
    };
    return parseBaseline(JSON.stringify(snapshot), path);
  }
  if (o && typeof o === 'object' && o.schema === undefined) {
    throw new FileFormatError(
      path,
      undefined,
      'is neither coverage JSON (quality coverage --json, the gate report.json) nor a baseline snapshot.',
    );
  }
  return parseBaseline(text, path);
}

export interface GateRun {
  passed: boolean;
  analysis: Analysis;
  verdict: GateVerdict;
  /** Warnings of this run (missing files in warn mode, reports left out as stale). */
  warnings: string[];
}

export interface GateTarget {
  /** REPORT arguments as the user typed them (absolute when --root moved the base). */
  named: string[];
  /** Where default reports are looked for (--root, or the current directory). */
  cwd: string;
  root: string;
  mergeBase: string;
  committed: boolean;
  /** When this check ran the tests: a default report last written before then is stale. */
  testsStartedAt?: number;
}

/** The reports to read: the named ones, else the default places that exist (fresh ones only). */
export function gateReports(t: GateTarget): { reports: string[]; stale: string[] } {
  if (t.named.length) return { reports: t.named, stale: [] };
  const reports: string[] = [];
  const stale: string[] = [];
  for (const f of DEFAULT_REPORTS) {
    let mtime: number;
    try {
      mtime = statSync(join(t.cwd, f)).mtimeMs;
    } catch {
      continue;
    }
    if (t.testsStartedAt !== undefined && mtime < t.testsStartedAt) stale.push(f);
    else reports.push(f);
  }
  return { reports, stale };
}

/** How to stop gating a project that writes no coverage (the pre-push hook runs plain quality check). */
export const SKIP_HINT =
  'A project without coverage: leave the step out with --skip coverage, or for every run (the pre-push hook too) with check: {skip: [coverage]} in .github/quality.yml.';

export async function runGate(setup: GateSetup, t: GateTarget): Promise<GateRun> {
  const { reports, stale } = gateReports(t);
  if (reports.length === 0) {
    throw new ConfigurationError(
      stale.length
        ? `No coverage report written by the tests this check ran: ${stale.join(', ')} in ${t.cwd} is older than the test step, so it does not measure your change. Make your test command write coverage (jest --coverage, pytest --cov, go test -coverprofile), or name the report (quality check REPORT), or --skip test to gate a report you wrote yourself. ${SKIP_HINT}`
        : `No coverage report given or found in ${t.cwd} (looked for ${DEFAULT_REPORTS.join(', ')}). Run your tests with coverage first, or name the report. ${SKIP_HINT}`,
    );
  }
  const text = await changeText(t.root, t.mergeBase, t.committed);
  const a = await analyze({
    reports,
    cwd: t.cwd,
    diff: {
      kind: 'patch',
      text,
      name: `git diff ${t.mergeBase.slice(0, 12)}${t.committed ? ' HEAD' : ''}`,
    },
    spillDir: tmpdir(),
  });
  if (a.diff) {
    a.diff.source = 'git';
    a.diff.mergeBase = t.mergeBase;
  }
  // The same engine call as the gate: missing files, 0/0 and rules without data included.
  const v = evaluate(a, setup.cfg, setup.baseline);
  const warnings = stale.map(
    (f) => `${f} is older than the test step (not written by this run's tests): left out of the gate.`,
  );
  if (setup.missingMode === 'warn')
    warnings.push(
      ...v.missingFiles.map((p) => `${p} is part of the change but not in the coverage report (no test loaded it?)`),
    );
  return { passed: v.passed, analysis: a, verdict: v, warnings };
}

/** The gate's text: the rules with their status, the total, and the uncovered changed lines. */
export function gateLines(run: GateRun, metric: GateMetric): { summary: string; details: string[] } {
  const { analysis: a, verdict: v } = run;
  const details: string[] = [`Reports: ${a.inputs.map((i) => `${i.path} (${i.format})`).join(', ')}`];
  for (const r of v.rules) {
    const tag = r.status === 'pass' ? 'ok  ' : r.status === 'skip' ? 'skip' : r.enforced ? 'FAIL' : 'warn';
    details.push(`${tag}  ${r.id}: ${r.message}`);
  }
  const headline = metric === 'headline' ? ` (${a.headline.rule})` : '';
  const total = `total ${metricLabel(a, metric)}: ${metric === 'headline' ? a.headline.display : formatPercent(v.coverage)}${v.coverage ? ` (${v.coverage.covered}/${v.coverage.total})` : ''}`;
  details.push(`${total}${headline}`);
  for (const f of v.changedFiles)
    if (f.uncovered.length) details.push(`${f.path}: uncovered changed lines ${lineRanges(f.uncovered)}`);
  const patch = a.diff ? `, patch ${formatPercent(a.diff.lines)}` : '';
  const failed = v.rules.filter((r) => r.status === 'fail' && r.enforced).map((r) => r.id);
  return {
    summary: `${total}${patch}${failed.length ? `; failed: ${failed.join(', ')}` : ''}`,
    details,
  };
}
