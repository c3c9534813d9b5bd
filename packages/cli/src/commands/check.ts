/**
 * `quality check`: what CI runs, on your machine before you push: guard, format, lint, test and
 * the coverage gate, on your change since the merge-base with the base branch. Each step is the
 * command of its name run in process (same engine, same config file), one after the other; the
 * exit code is what CI would make of them. The one tricky rule: a step with nothing to run is
 * shown as skipped with its reason and never counts as a pass; when no step ran at all, the check
 * fails (nothing was measured).
 */
import { writeJson } from '@quality/coverage';
import { ConfigurationError, errorMessage, isConfigurationError } from '@quality/kit/errors';
import { repoRoot } from '@quality/kit/git';
import { CONFIG_OPTION, configHelp, existingDir, fromCwd, parse, UsageError } from '../args.js';
import { changeBase } from '../change.js';
import { configured } from '../config.js';
import type { Inputs } from '@quality/kit/inputs';
import type { CliIO, CommandRun } from '../registry.js';
import { DEFAULT_REPORTS, gateLines, gateSetup, runGate, type GateRun } from './check-coverage.js';
import { interpret, MTIME_SLACK_MS, runCaptured, STEPS, type StepName, type StepResult } from './check-steps.js';
import { reportsAgainstChange, type ReportsVerdict } from './check-test-reports.js';
import { clean, duration, Progress, style, useColor, type Style } from './terminal.js';

const HELP = `Usage: quality check [REPORT...] [options]

What CI runs, on your machine before you push, with the same engines and the same config file
(.github/quality.yml or quality.yml) as the actions. The steps, in this order:

  guard     quality guard --base: secrets, conflict markers, large or broken files, unsafe
            workflows in what your change adds (the whole repository's change, from its top level)
  format    quality format --check: every file your formatters cover, as CI's format step
            checks them (not only the changed ones)
  lint      quality lint --base: your linters, findings on the lines your change adds (filter
            added, unless the config file's lint.filter says otherwise)
  test      quality test: the project's tests (the package.json test script, pytest, go test)
  coverage  the coverage gate's rules on the reports your tests wrote (or the REPORT files):
            totals, and the patch coverage of your change

format, lint and test run in the current directory (or --root DIR), as those commands do alone.
A step with nothing to run (no formatter, no linter, no test command configured) is shown as
skipped with the reason, never as passed. The coverage gate fails without a report, as in CI.
When the test step ran, a default report it did not write (older than the step) is left out:
it does not measure your change. Make your test command write coverage (jest --coverage,
pytest --cov, go test -coverprofile; quality.yml test.command), or name the report.
With test.reports and no test.command in the config file, the test step runs nothing and reads
those reports. One last written before the newest file of your change (2 s of slack) does not
measure it: the step could not run (exit 2), naming every such report (even when others are
fresh) and that file. Run the tests again, or set test.command (the step runs it, then reads
the reports). With no changed file there is nothing to compare: the reports are read.

Your change: the work tree (committed, staged and unstaged changes; untracked files are not part
of it) against the merge-base of HEAD and the base branch, as diff-cover measures it. Base branch,
when --base is not given: the remote's default branch (refs/remotes/origin/HEAD, set by git clone
or 'git remote set-head origin --auto'), then origin/main, origin/master, main, master. When none
exists, quality check stops and asks for --base REF. Nothing is fetched.

Options:
  --base REF              diff against the merge-base of REF and HEAD
  --committed             the coverage patch counts committed changes only (HEAD against the
                          merge-base); guard and lint read files, so they see the work tree
  --skip LIST             leave out these steps (comma-separated: ${STEPS.join(', ')})
  --only LIST             run only these steps
                          (either flag replaces the config file's check.skip and check.only:
                          check: {skip: [coverage]} in quality.yml for a project without a
                          coverage report; a skipped step never counts as passed)
  --root DIR              a directory inside the repository (default: the current directory)
  --json                  print one JSON object: {"passed","exitCode","base","mergeBase",
                          "committed","steps":[{"name","status","summary","durationMs",
                          "exitCode","result"}],
                          "coverage"}: "result" is the step command's own --json object,
                          "coverage" the gate's report.json (null when the gate did not run)
${configHelp(24)}  -h, --help              show this help

Coverage gate options (also read from the coverage section of the config file):
  --min-coverage N        minimum total coverage (percent)
  --min-diff-coverage N   minimum patch coverage (percent, default 80; off: no patch rule)
  --min-file-coverage N   minimum coverage of each changed file (percent)
  --baseline FILE         coverage to compare with: what 'quality coverage --json' prints, the
                          gate's report.json, or a baseline snapshot the action saves
  --max-decrease N        points below --baseline allowed (default 0 with --baseline)
  --metric M              headline (the producing tool's own rule, default), lines or branches
  --missing-files M       changed files the reports do not list (same language as the reported
                          files): warn (default), fail, or ignore

Reports default to every one of these that exists: ${DEFAULT_REPORTS.join(', ')}.

Output: a line per step as it starts and ends, with its duration, then what the step found
(findings, failed tests, files to format, the gate's rules), then a summary. Colours when
stdout is a terminal and NO_COLOR is not set (FORCE_COLOR=1 forces them); plain text otherwise.

Exit codes: 0 every step that ran passed, 1 a step failed by its policy (or every step was
skipped), 2 a usage or configuration error (of quality check, or a step that could not run: a
tool configured but not installed, no coverage report).
`;

const OPTIONS = {
  ...CONFIG_OPTION,
  base: { type: 'string' },
  committed: { type: 'boolean' },
  skip: { type: 'string' },
  only: { type: 'string' },
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
 * The steps to run: every one, minus --skip, or only --only. `from` names where the lists came
 * from in the skip reasons (the flags, or the config file's check.skip / check.only).
 */
export function selectSteps(
  skip: string | undefined,
  only: string | undefined,
  from: { skip: string; only: string } = { skip: '--skip', only: '--only' },
): Map<StepName, string | undefined> {
  if (skip !== undefined && only !== undefined) throw new UsageError(`Give ${from.skip} or ${from.only}, not both.`);
  const list = (where: string, v: string) => {
    const names = v
      .split(/[,\n]/)
      .map((s) => s.trim())
      .filter(Boolean);
    for (const n of names)
      if (!(STEPS as readonly string[]).includes(n))
        throw new UsageError(`Unknown step '${n}' in ${where}: the steps are ${STEPS.join(', ')}.`);
    return new Set(names);
  };
  const skipped = skip !== undefined ? list(from.skip, skip) : new Set<string>();
  const onlySet = only !== undefined ? list(from.only, only) : undefined;
  // The value: why a step does not run (undefined: it runs).
  return new Map(
    STEPS.map((s) => [
      s,
      skipped.has(s) ? `left out by ${from.skip}` : onlySet && !onlySet.has(s) ? `not in ${from.only}` : undefined,
    ]),
  );
}

/**
 * The step selection: the flags when either is given (they replace the config file's keys
 * whole), else the check section's skip / only, named by file and line in the skip reasons.
 */
async function stepSelection(
  values: { skip?: string; only?: string },
  flags: Inputs,
  cwd: string,
  io: CliIO,
): Promise<Map<StepName, string | undefined>> {
  if (values.skip !== undefined || values.only !== undefined) return selectSteps(values.skip, values.only);
  const cfg = await configured(flags, 'check', cwd, io);
  const skip = cfg.optional('--skip');
  const only = cfg.optional('--only');
  const where = (flag: string, key: string) => {
    const o = cfg.origin(flag);
    return o ? `${key} (${o.file}:${o.line})` : key;
  };
  try {
    return selectSteps(skip, only, { skip: where('--skip', 'check.skip'), only: where('--only', 'check.only') });
  } catch (e) {
    // Both keys: the file's mistake (exit 2 all the same), named as such.
    throw new ConfigurationError(`${errorMessage(e)} Keep one of them in the config file.`);
  }
}

const TAGS: Record<StepResult['status'], string> = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP', error: 'ERROR' };
const WORDS: Record<StepResult['status'], string> = {
  pass: 'passed',
  fail: 'FAILED',
  skip: 'skipped',
  error: 'could not run',
};
const MAX_DETAILS = 30;

function paint(s: Style, status: StepResult['status'], text: string): string {
  return status === 'pass' ? s.green(text) : status === 'skip' ? s.yellow(text) : s.red(s.bold(text));
}

function stepLine(r: StepResult, s: Style): string {
  const tag = paint(s, r.status, TAGS[r.status].padEnd(5));
  const summary = r.status === 'skip' ? `skipped: ${r.summary}` : r.summary;
  return `${tag} ${r.name.padEnd(8)} ${s.dim(duration(r.durationMs).padStart(6))}  ${summary}`;
}

/** A step's findings (also below the fail level), failures or gate rules; none for a skip. */
function detailLines(r: StepResult): string[] {
  if (r.status === 'skip') return [];
  const shown = r.details.slice(0, MAX_DETAILS).map((d) => `        ${d}`);
  if (r.details.length > MAX_DETAILS)
    shown.push(
      `        … and ${r.details.length - MAX_DETAILS} more (quality ${r.name === 'coverage' ? 'check --only coverage' : r.name} shows them all)`,
    );
  return shown;
}

/** A skip reason in the summary: up to its first ': ' (the step's own line has all of it). */
const firstClause = (text: string) => text.split(': ')[0]!;

/** The exit code CI would give: 2 for a step that could not run, 1 for a failure, 1 when nothing ran. */
export function exitCodeOf(results: StepResult[]): number {
  if (results.some((r) => r.status === 'error')) return 2;
  if (results.some((r) => r.status === 'fail')) return 1;
  return results.some((r) => r.status === 'pass') ? 0 : 1;
}

function verdictLine(results: StepResult[], code: number, s: Style): string {
  const names = (st: StepResult['status']) => results.filter((r) => r.status === st).map((r) => r.name);
  const parts: string[] = [];
  const passed = names('pass');
  const failed = names('fail');
  const errors = names('error');
  const skipped = names('skip');
  if (passed.length) parts.push(`${passed.length} passed`);
  if (failed.length) parts.push(`${failed.length} failed (${failed.join(', ')})`);
  if (errors.length) parts.push(`${errors.length} could not run (${errors.join(', ')})`);
  if (skipped.length) parts.push(`${skipped.length} skipped (${skipped.join(', ')})`);
  if (code === 0) return `${s.green(s.bold('PASSED'))}: ${parts.join(', ')}.`;
  if (!passed.length && !failed.length && !errors.length)
    return `${s.red(s.bold('FAILED'))}: nothing was checked, every step was skipped.`;
  return `${s.red(s.bold('FAILED'))}: ${parts.join(', ')}.`;
}

/** A step that could not run: a user's mistake exits 2, anything else is a bug (exit 1). */
function erroredStep(name: StepName, e: unknown, started: number, warnings: string[]): StepResult {
  const known = isConfigurationError(e);
  return {
    name,
    status: 'error',
    summary: clean(
      known ? errorMessage(e) : `unexpected error: ${errorMessage(e)} (this is a bug in quality; please report it)`,
    ),
    details: [],
    durationMs: Date.now() - started,
    exitCode: known ? 2 : 1,
    warnings,
  };
}

export const checkCommand: CommandRun = async (argv, io) => {
  const { values, positionals, inputs: flags } = parse(argv, OPTIONS, Infinity);
  if (values.help) {
    await io.stdout(HELP);
    return 0;
  }
  const cwd = existingDir(io.cwd, values.root, '--root');
  const selected = await stepSelection(values, flags, cwd, io);
  const runs = (s: StepName) => selected.get(s) === undefined;
  // Everything of quality check's own is validated before a step runs: a wrong flag is exit 2 alone.
  const gate = runs('coverage')
    ? gateSetup(await configured(flags, 'coverage', cwd, io), values.baseline, io.cwd)
    : undefined;
  let root: string;
  try {
    root = await repoRoot(cwd);
  } catch {
    throw new ConfigurationError(
      `${cwd} is not inside a git repository: quality check measures your change against the base branch. Run it in your checkout (or use 'quality coverage REPORT' for totals only).`,
    );
  }
  const needsBase = runs('guard') || runs('lint') || runs('coverage') || values.base !== undefined;
  let change = needsBase ? await changeBase(root, values.base) : undefined;
  // The test step asks for it only when it reads test.reports without running tests.
  const mergeBase = async () => (change ??= await changeBase(root, values.base)).mergeBase;
  const committed = values.committed ?? false;
  const s = style(values.json ? false : useColor(io));
  const progress = new Progress(io, !values.json && io.isTTY === true, s);
  const say = async (text: string) => {
    if (!values.json) await io.stdout(`${text}\n`);
  };

  if (change)
    await say(
      `quality check: ${committed ? 'committed changes' : 'the work tree (committed, staged and unstaged changes)'} since the merge-base ${change.mergeBase.slice(0, 12)} with ${clean(change.base)}`,
    );
  const results: StepResult[] = [];
  let gateRun: GateRun | undefined;
  let testsStartedAt: number | undefined;
  for (const name of STEPS) {
    const why = selected.get(name);
    if (why !== undefined) {
      results.push({ name, status: 'skip', summary: why, details: [], durationMs: 0, warnings: [] });
      continue;
    }
    if (!values.json) await progress.start(name);
    const started = Date.now();
    let r: StepResult;
    if (name === 'coverage') {
      try {
        gateRun = await runGate(gate!, {
          named: positionals.map((p) => (values.root === undefined ? p : fromCwd(io.cwd, p))),
          cwd,
          root,
          mergeBase: change!.mergeBase,
          committed,
          // A little slack for file systems that keep modification times in whole seconds.
          ...(testsStartedAt !== undefined ? { testsStartedAt: testsStartedAt - MTIME_SLACK_MS } : {}),
        });
        const lines = gateLines(gateRun, gate!.metric);
        r = {
          name,
          status: gateRun.passed ? 'pass' : 'fail',
          summary: lines.summary,
          details: lines.details.map(clean),
          durationMs: Date.now() - started,
          exitCode: gateRun.passed ? 0 : 1,
          warnings: [...gate!.warnings, ...gateRun.warnings].map(clean),
        };
      } catch (e) {
        r = erroredStep(name, e, started, gate!.warnings.map(clean));
      }
    } else {
      // --config reaches every step (absolute: the steps run in other folders).
      const config = values.config !== undefined ? ['--config', fromCwd(io.cwd, values.config)] : [];
      const args: Record<Exclude<StepName, 'coverage'>, string[]> = {
        guard: ['--base', change?.base ?? '', '--json', ...config],
        format: ['--check', '--json', ...config],
        lint: ['--base', change?.base ?? '', '--json', ...config],
        test: ['--json', ...config],
      };
      if (name === 'test') testsStartedAt = started;
      let reports: ReportsVerdict | undefined;
      let broke: StepResult | undefined;
      try {
        if (name === 'test') reports = await reportsAgainstChange(args.test, io, cwd, root, mergeBase);
      } catch (e) {
        broke = erroredStep(name, e, started, []);
      }
      if (broke) r = broke;
      else if (reports && 'stale' in reports) r = erroredStep(name, new ConfigurationError(reports.stale), started, []);
      else {
        const c = await runCaptured(name, args[name], io, name === 'guard' ? root : cwd);
        r = interpret(name, c, Date.now() - started);
        if (reports) r.details.unshift(clean(reports.note));
      }
      // No test command, or reports read without one: nothing ran that could have written a
      // coverage report, so none is stale for being older than the step.
      if (name === 'test' && (r.status === 'skip' || reports)) testsStartedAt = undefined;
    }
    results.push(r);
    if (!values.json) {
      await progress.end(stepLine(r, s));
      const details = detailLines(r);
      if (details.length) await io.stdout(`${details.join('\n')}\n`);
    }
  }
  const code = exitCodeOf(results);

  if (values.json) {
    const steps = results.map((r) => ({
      name: r.name,
      status: r.status,
      summary: r.summary,
      durationMs: r.durationMs,
      exitCode: r.exitCode ?? null,
      ...(r.name !== 'coverage' && r.json !== undefined ? { result: r.json } : {}),
    }));
    const head = {
      passed: code === 0,
      exitCode: code,
      base: change?.base ?? null,
      mergeBase: change?.mergeBase ?? null,
      committed,
      steps,
    };
    // The coverage part is exactly the gate's report.json (streamed: it can be large).
    await io.stdout(`${JSON.stringify(head).slice(0, -1)},"coverage":`);
    if (gateRun) await writeJson(gateRun.analysis, io.stdout, { verdict: gateRun.verdict });
    else await io.stdout('null');
    await io.stdout('}\n');
  } else {
    const width = Math.max(...results.map((r) => WORDS[r.status].length));
    const rows = results.map(
      (r) =>
        `  ${r.name.padEnd(8)}  ${paint(s, r.status, WORDS[r.status].padEnd(width))}  ${r.status === 'skip' ? firstClause(r.summary) : s.dim(duration(r.durationMs).padStart(6))}`,
    );
    await io.stdout(`\n${s.bold('Summary')}\n${rows.join('\n')}\n${verdictLine(results, code, s)}\n`);
  }
  for (const r of results) for (const w of r.warnings) io.stderr(`warning: ${r.name}: ${w}\n`);
  return code;
};
