/**
 * `quality check`: the coverage gate's rules on your machine, before you push. Measures the work
 * tree (committed, staged and unstaged changes; `--committed` for commits only) against the
 * merge-base with the base branch, as diff-cover does. The one tricky rule: no base branch found
 * is an error naming `--base REF`, never a silent pass without the patch rule.
 */
import {
  analyze,
  DEFAULT_REPORTS as GATE_REPORTS,
  evaluate,
  formatPercent,
  lineRanges,
  metricLabel,
  parseBaseline,
  writeJson,
  type BaselineSnapshot,
  type GateConfig,
  type GateMetric,
} from '@quality/coverage';
import { ConfigurationError, FileFormatError } from '@quality/kit/errors';
import { repoRoot } from '@quality/kit/git';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFIG_OPTION, configHelp, existingDir, fromCwd, parse } from '../args.js';
import { configured } from '../config.js';
import type { CommandRun } from '../registry.js';
import { changeBase, changeText } from '../change.js';

/** The gate's default report list without its globs; every one that exists is read. */
const DEFAULT_REPORTS = GATE_REPORTS.filter((f) => !f.includes('*'));

const MISSING_FILES = ['warn', 'fail', 'ignore'] as const;
type MissingFiles = (typeof MISSING_FILES)[number];

const HELP = `Usage: quality check [REPORT...] [options]

The coverage gate's checks on your machine, before you push: totals, and the patch coverage of
your change, with the same rules as the action. The change is the work tree (committed, staged
and unstaged changes; untracked files are not part of it) against the merge-base of HEAD and the
base branch, as diff-cover measures it.

Base branch, when --base is not given: the remote's default branch (refs/remotes/origin/HEAD, set
by git clone or 'git remote set-head origin --auto'), then origin/main, origin/master, main,
master. When none exists, quality check stops and asks for --base REF.

Options:
  --base REF              diff against the merge-base of REF and HEAD
  --committed             measure committed changes only (HEAD against the merge-base)
  --root DIR              a directory inside the repository (default: the current directory)
  --min-coverage N        minimum total coverage (percent)
  --min-diff-coverage N   minimum patch coverage (percent, default 80; off: no patch rule)
  --min-file-coverage N   minimum coverage of each changed file (percent)
  --baseline FILE         coverage to compare with: what 'quality coverage --json' prints, the
                          gate's report.json, or a baseline snapshot the action saves
  --max-decrease N        points below --baseline allowed (default 0 with --baseline)
  --metric M              headline (the producing tool's own rule, default), lines or branches
  --missing-files M       changed files the reports do not list (same language as the reported
                          files): warn (default), fail, or ignore
  --json                  print one JSON object: the gate's report.json shape
${configHelp(24)}
  -h, --help              show this help

Reports default to every one of these that exists: ${DEFAULT_REPORTS.join(', ')}.
A flag not given is read from the coverage section of .github/quality.yml (or quality.yml), whose
min-changed-lines also applies; see the README's Configuration.
Exit codes: 0 passed, 1 a rule failed, 2 a usage or configuration error.
`;

const OPTIONS = {
  ...CONFIG_OPTION,
  base: { type: 'string' },
  committed: { type: 'boolean' },
  root: { type: 'string' },
  'min-coverage': { type: 'string' },
  'min-diff-coverage': { type: 'string' },
  'min-file-coverage': { type: 'string' },
  'max-decrease': { type: 'string' },
  baseline: { type: 'string' },
  metric: { type: 'string' },
  'missing-files': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

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

export const checkCommand: CommandRun = async (argv, io) => {
  const { values, positionals, inputs: flags } = parse(argv, OPTIONS, Infinity);
  if (values.help) {
    await io.stdout(HELP);
    return 0;
  }
  const cwd = existingDir(io.cwd, values.root, '--root');
  const inputs = await configured(flags, 'coverage', cwd, io);
  const pct = (name: string) => inputs.numberOrOff(name, { min: 0, max: 100 });
  const metric: GateMetric = inputs.enum('--metric', ['headline', 'lines', 'branches'] as const, 'headline');
  const missingMode: MissingFiles = inputs.enum('--missing-files', MISSING_FILES, 'warn');
  const maxDecrease = pct('--max-decrease');
  const minChangedLines = inputs.number('--min-changed-lines', { min: 0, integer: true, default: 0 });
  const cfg: GateConfig = {
    minCoverage: pct('--min-coverage'),
    minDiffCoverage: inputs.numberOrOff('--min-diff-coverage', { min: 0, max: 100, default: 80 }),
    minFileCoverage: pct('--min-file-coverage'),
    maxDecrease: values.baseline !== undefined ? (maxDecrease ?? 0) : undefined,
    minChangedLines,
    metric,
    missingFiles: missingMode,
  };
  const baseline = values.baseline !== undefined ? readBaselineFile(io.cwd, values.baseline) : undefined;
  const warnings: string[] = [];
  if (flags.optional('--max-decrease') !== undefined && !baseline) {
    warnings.push(
      "--max-decrease has no baseline to compare with, so it is not checked: give --baseline FILE (write one on the base branch with 'quality coverage REPORT --json > FILE').",
    );
  }

  // Named as the user typed them (relative to where they are); defaults relative to --root.
  const reports = positionals.length
    ? positionals.map((p) => (values.root === undefined ? p : fromCwd(io.cwd, p)))
    : DEFAULT_REPORTS.filter((f) => existsSync(join(cwd, f)));
  if (reports.length === 0) {
    throw new ConfigurationError(
      `No coverage report given or found in ${cwd} (looked for ${DEFAULT_REPORTS.join(', ')}). Run your tests with coverage first, or name the report.`,
    );
  }

  let root: string;
  try {
    root = await repoRoot(cwd);
  } catch {
    throw new ConfigurationError(
      `${cwd} is not inside a git repository: quality check measures your change against the base branch. Run it in your checkout (or use 'quality coverage REPORT' for totals only).`,
    );
  }
  const { base, mergeBase } = await changeBase(root, values.base);
  const committed = values.committed ?? false;
  const text = await changeText(root, mergeBase, committed);

  const a = await analyze({
    reports,
    cwd,
    diff: { kind: 'patch', text, name: `git diff ${mergeBase.slice(0, 12)}${committed ? ' HEAD' : ''}` },
    spillDir: tmpdir(),
  });
  if (a.diff) {
    a.diff.source = 'git';
    a.diff.mergeBase = mergeBase;
  }
  // The same engine call as the gate: missing files, 0/0 and rules without data included.
  const v = evaluate(a, cfg, baseline);
  const passed = v.passed;
  const missingText = (p: string) => `${p} is part of the change but not in the coverage report (no test loaded it?)`;
  if (missingMode === 'warn') warnings.push(...v.missingFiles.map(missingText));

  if (values.json) {
    await writeJson(a, io.stdout, { verdict: v });
    await io.stdout('\n');
    for (const w of warnings) io.stderr(`warning: ${w}\n`);
    return passed ? 0 : 1;
  }
  const out: string[] = [];
  out.push(`Reports: ${a.inputs.map((i) => `${i.path} (${i.format})`).join(', ')}`);
  out.push(
    `Change: ${committed ? 'committed changes' : 'work tree (committed, staged and unstaged changes)'} since the merge-base ${mergeBase.slice(0, 12)} with ${base}`,
  );
  out.push(`${passed ? 'PASSED' : 'FAILED'}: coverage gate`);
  for (const r of v.rules) {
    const tag = r.status === 'pass' ? 'ok  ' : r.status === 'skip' ? 'skip' : r.enforced ? 'FAIL' : 'warn';
    out.push(`  ${tag}  ${r.id}: ${r.message}`);
  }
  const headline = metric === 'headline' ? ` (${a.headline.rule})` : '';
  out.push(
    `  total ${metricLabel(a, metric)}: ${metric === 'headline' ? a.headline.display : formatPercent(v.coverage)}${v.coverage ? ` (${v.coverage.covered}/${v.coverage.total})` : ''}${headline}`,
  );
  for (const f of v.changedFiles)
    if (f.uncovered.length) out.push(`  ${f.path}: uncovered changed lines ${lineRanges(f.uncovered)}`);
  await io.stdout(`${out.join('\n')}\n`);
  for (const w of warnings) io.stderr(`warning: ${w}\n`);
  return passed ? 0 : 1;
};
