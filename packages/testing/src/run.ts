/**
 * Run a plan through an injected process runner, read what it wrote, and run failed tests again
 * (`retryFailed`): a test that fails and then passes is flaky, counted as passed and listed.
 *
 * Tricky rule: never a pass for what was not measured. A command that could not start, wrote no
 * report (or left one older than itself), or exited non-zero while its report shows no failure
 * gives an errored result or a ConfigurationError that says why, not a green run.
 */
import { statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigurationError } from '@quality/kit/errors';
import { realPath } from '@quality/kit/files';
import type { ProcessResult, ProcessRunner } from '@quality/kit/process';
import { StringDecoder } from 'node:string_decoder';
import type { TestResult } from './model.js';
import type { PathContext } from './paths.js';
import { retryPlan, type RunPlan } from './plan.js';
import { readReport } from './read.js';
import { NoReportMatchError, type ReportFile } from './report-files.js';
import { ResultCollector, type FailureEntry, type TestReport } from './results.js';

export interface RunTestsOptions {
  plan: RunPlan;
  runner: ProcessRunner;
  ctx: PathContext;
  /** Run failed tests again up to this many times (0: never). */
  retryFailed: number;
  /**
   * Reports the command writes itself (read after it ran), for commands we do not know; a
   * function is called after the run (globs expanded once the files exist).
   */
  reports?: ReportFile[] | (() => ReportFile[]);
  /** Where retry reports go: a fresh path per attempt. */
  retryReport: (attempt: number) => string;
  /** The test command's own output, passed on as it comes back. */
  onOutput?: (text: string) => void;
  timeoutMs?: number;
}

export interface Attempt {
  argv: string[];
  exitCode: number | null;
  durationMs: number;
}

export interface RunTestsResult {
  report: TestReport;
  attempts: Attempt[];
}

const display = (argv: readonly string[]) =>
  argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');

async function execute(plan: RunPlan, o: RunTestsOptions): Promise<ProcessResult> {
  const fromStdout = plan.report?.from === 'stdout';
  // The command's output is passed on as it comes (a long run shows progress, a cancelled one
  // what it did); stdout that is the report itself is kept, not shown.
  const decoders = { stdout: new StringDecoder('utf8'), stderr: new StringDecoder('utf8') };
  let shown = false;
  let last = '';
  const onOutput = o.onOutput;
  const res = await o.runner({
    argv: plan.argv,
    cwd: plan.cwd,
    env: plan.env,
    timeoutMs: o.timeoutMs ?? 60 * 60_000,
    ...(onOutput
      ? {
          onOutput: (chunk: Buffer, stream: 'stdout' | 'stderr') => {
            if (fromStdout && stream === 'stdout') return;
            const text = decoders[stream].write(chunk);
            if (text === '') return;
            shown = true;
            last = text;
            onOutput(text);
          },
          discard: fromStdout ? ['stderr'] : ['stdout', 'stderr'],
        }
      : {}),
  });
  if (res.spawnError) {
    throw new ConfigurationError(
      `The test command could not start (${res.spawnError.code ?? res.spawnError.message}): ${display(plan.argv)}, from ${plan.source}. Install it, or give the command (input 'command', or --command ARG...).`,
    );
  }
  if (shown) {
    const rest = decoders.stdout.end() + decoders.stderr.end();
    if (rest !== '') onOutput?.(rest);
    if (!(rest || last).endsWith('\n')) onOutput?.('\n');
  } else {
    // A runner that does not stream (or printed nothing): what it kept, once it is done.
    const out = `${fromStdout ? '' : res.stdout.toString('utf8')}${res.stderr.toString('utf8')}`;
    if (out !== '') onOutput?.(out.endsWith('\n') ? out : `${out}\n`);
  }
  if (fromStdout && plan.report) writeFileSync(plan.report.path, res.stdout);
  return res;
}

/** Slack for file systems that keep modification times in whole seconds (or a clock a little off). */
export const MTIME_SLACK_MS = 2000;

function mtimeOf(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined; // readReport says what is wrong with it
  }
}

async function readInto(
  plan: RunPlan,
  o: RunTestsOptions,
  res: ProcessResult,
  add: (r: TestResult) => void,
  addTime?: (f: string, s: number) => void,
): Promise<void> {
  const why = () =>
    res.timedOut ? 'timed out' : `exited with ${res.code === null ? `signal ${res.signal}` : `code ${res.code}`}`;
  let files: ReportFile[];
  try {
    files = plan.report
      ? [{ path: plan.report.path, display: plan.report.path }]
      : typeof o.reports === 'function'
        ? o.reports()
        : (o.reports ?? []);
  } catch (e) {
    if (!(e instanceof NoReportMatchError)) throw e;
    throw new ConfigurationError(
      `${display(plan.argv)} ${why()} and wrote no report matching ${JSON.stringify(e.pattern)} (relative to ${e.baseDir}): the tests did not run, or the reports input names other files. See its output above.`,
    );
  }
  // A report the command did not write (one left by an earlier run) is not this run's result.
  if (!plan.report) {
    const since = Date.now() - res.durationMs - MTIME_SLACK_MS;
    for (const f of files) {
      const written = mtimeOf(f.path);
      if (written !== undefined && written < since)
        throw new ConfigurationError(
          `${display(plan.argv)} ${why()} but did not write ${f.display} (last written ${new Date(written).toISOString()}, before it started): a report left by an earlier run is not this run's result. Remove old reports before the run, or name only the files the command writes.`,
        );
    }
  }
  if (files.length === 0) {
    throw new ConfigurationError(
      `${display(plan.argv)} ran (exit code ${res.code ?? res.signal}), but quality cannot tell which tests passed: its test runner is not one whose results it can switch on (jest, vitest, pytest, go test). Give the reports it writes (input 'reports'), or a command of a known runner.`,
    );
  }
  for (const f of files) {
    try {
      await readReport(f.path, f.display, o.ctx, add, addTime);
    } catch (e) {
      if (e instanceof ConfigurationError && /does not exist|is empty/.test(e.message)) {
        throw new ConfigurationError(
          `${display(plan.argv)} ${why()} and wrote no test results to ${f.display}: the tests did not run. See its output above.`,
        );
      }
      throw e;
    }
  }
}

const key = (r: { suite?: string; file?: string; name: string }) =>
  `${r.suite ?? ''}\u0000${r.file ?? ''}\u0000${r.name}`;

/** Mark the failures that passed in `again` as flaky: counted as passed, listed as flaky. */
export function applyRetry(report: TestReport, again: readonly TestResult[]): TestReport {
  const passed = new Set(again.filter((r) => r.outcome === 'passed').map(key));
  const still: FailureEntry[] = [];
  const tests = { ...report.tests };
  const flaky = [...report.flaky];
  for (const f of report.failures) {
    if (passed.has(key(f))) {
      tests[f.outcome]--;
      tests.passed++;
      flaky.push({ name: f.name, ...(f.file ? { path: f.file } : {}) });
    } else still.push(f);
  }
  return { ...report, tests, failures: still, flaky };
}

/** go build flags that decide which files a package builds with: go list gets them too. */
const GO_LOAD_FLAGS = /^--?(tags|mod|modfile|overlay)(=|$)/;
const EXCLUDED = /^build constraints exclude all Go files in /;

/**
 * A go shard without the packages that build constraints exclude (every file behind a tag the
 * command does not give, e.g. `//go:build integration`): `go test ./...` leaves those out without
 * a word, but named alone such a package is an error that stops go test before any test runs.
 * `go list -e` says which, with the command's tags (and GOFLAGS from the environment). When go
 * list cannot answer, the plan runs as it is and go test says what is wrong.
 */
export async function withoutExcludedPackages(plan: RunPlan, o: RunTestsOptions): Promise<RunPlan> {
  if (plan.kind !== 'go' || !plan.files || plan.files.length === 0) return plan;
  const flags: string[] = [];
  const at = plan.argv.indexOf('test');
  for (let i = at + 1; i < plan.argv.length && plan.argv[i] !== '-args'; i++) {
    const m = GO_LOAD_FLAGS.exec(plan.argv[i]!);
    if (!m) continue;
    flags.push(plan.argv[i]!);
    if (m[2] === '' && i + 1 < plan.argv.length) flags.push(plan.argv[++i]!);
  }
  const res = await o.runner({
    argv: ['go', 'list', '-e', '-f', '{{.Dir}}\t{{with .Error}}{{.Err}}{{end}}', ...flags, ...plan.files],
    cwd: plan.cwd,
    env: plan.env,
    timeoutMs: 5 * 60_000,
  });
  if (res.spawnError || res.code !== 0) return plan;
  const excludedDirs = new Set<string>();
  for (const line of res.stdout.toString('utf8').split('\n')) {
    const [dir, error] = line.split('\t');
    if (dir && error && EXCLUDED.test(error)) excludedDirs.add(realPath(dir));
  }
  const excluded = plan.files.filter((f) => excludedDirs.has(realPath(resolve(plan.cwd, f))));
  // The shard's packages are one run of arguments (planRun put them there).
  const start = plan.argv.findIndex((_, i) => plan.files!.every((f, k) => plan.argv[i + k] === f));
  if (excluded.length === 0 || start === -1) return plan;
  const kept = plan.files.filter((f) => !excluded.includes(f));
  if (kept.length === 0) {
    throw new ConfigurationError(
      `go build constraints exclude every package of this shard (${excluded.join(', ')}): with the command's build tags (${display(flags) || 'none'}) no file of theirs builds, so no test of the shard can run (go test ./... leaves such packages out). Give the test command the tags they need (-tags ...), or leave these packages out of the shards (actions/matrix tests).`,
    );
  }
  for (const f of excluded)
    o.onOutput?.(
      `quality test: ${f}: build constraints exclude all Go files; left out, as go test ./... leaves it out.\n`,
    );
  const argv = [...plan.argv.slice(0, start), ...kept, ...plan.argv.slice(start + plan.files.length)];
  return { ...plan, argv, files: kept };
}

export async function runTests(options: RunTestsOptions): Promise<RunTestsResult> {
  const o = { ...options, plan: await withoutExcludedPackages(options.plan, options) };
  const attempts: Attempt[] = [];
  const res = await execute(o.plan, o);
  attempts.push({ argv: o.plan.argv, exitCode: res.code, durationMs: res.durationMs });
  const c = new ResultCollector();
  await readInto(
    o.plan,
    o,
    res,
    (r) => c.add(r),
    (f, s) => c.addFileTime(f, s),
  );
  let report = c.report();
  if (res.code !== 0 && report.tests.failed + report.tests.errored === 0) {
    // The runner says it failed; its report does not say why (a crash after the tests, a
    // coverage threshold, a reporter error): one errored result so this never reads as a pass.
    const why = res.timedOut
      ? 'timed out'
      : res.code === null
        ? `was killed (${res.signal})`
        : `exited with code ${res.code}`;
    const extra = new ResultCollector();
    extra.add({
      producer: 'junit',
      name: display(o.plan.argv),
      seconds: 0,
      outcome: 'errored',
      message: `The test command ${why} although its report shows no failed test. See its output.`,
    });
    const e = extra.report();
    report = {
      ...report,
      tests: { ...report.tests, total: report.tests.total + 1, errored: report.tests.errored + 1 },
      failures: [...report.failures, ...e.failures],
    };
  }
  for (
    let attempt = 1;
    attempt <= o.retryFailed && report.failures.length > 0 && report.failuresNotListed === 0;
    attempt++
  ) {
    const plan = retryPlan(o.plan, report.failures, o.retryReport(attempt));
    if (plan === undefined) break;
    o.onOutput?.(
      `\nquality test: running ${report.failures.length} failed test(s) again (attempt ${attempt} of ${o.retryFailed}): ${display(plan.argv)}\n`,
    );
    const again = await execute(plan, o);
    attempts.push({ argv: plan.argv, exitCode: again.code, durationMs: again.durationMs });
    const results: TestResult[] = [];
    try {
      await readInto(plan, o, again, (r) => results.push(r));
    } catch (e) {
      if (!(e instanceof ConfigurationError)) throw e;
      o.onOutput?.(`quality test: the retry wrote no results (${e.message})\n`);
      break;
    }
    report = applyRetry(report, results);
  }
  return { report, attempts };
}
