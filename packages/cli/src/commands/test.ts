/**
 * `quality test`: the project's tests, with results people can act on. With `--report FILE...`
 * only the reports are read (JUnit XML of any common producer, `go test -json` output); otherwise
 * the project's test command runs with machine-readable results switched on.
 * Exit codes: 0 all passed, 1 a test failed or errored (or nothing was measured), 2 bad usage.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigurationError, ConfigValueError, InputError, isConfigurationError } from '@quality/kit/errors';
import { escapeLine } from '@quality/kit/escape';
import { planFindingAnnotations } from '@quality/kit/findings';
import { repoRoot } from '@quality/kit/git';
import type { Inputs } from '@quality/kit/inputs';
import { readEvent } from '@quality/kit/event';
import { annotate, log, readContext, setOutput, writeSummary } from '@quality/kit/runner';
import { runProcess, type ProcessRunner } from '@quality/kit/process';
import {
  failureFindings,
  expandReports,
  planRun,
  projectFacts,
  readReports,
  reportPatterns,
  renderTestSummary,
  runTests,
  type PathContext,
  type ReportFile,
  type TestReport,
} from '@quality/testing';
import { CONFIG_OPTION, configHelp, existingDir, fromCwd, parse, tempBase, UsageError } from '../args.js';
import { configured, stepInputs } from '../config.js';
import type { CliIO, CommandRun } from '../registry.js';
import { failStep } from '../step-error.js';
import { assertTrustedCheckout } from '../trust.js';

const HELP = `Usage: quality test [PATH] [--report FILE...] [--file TEST...] [--command ARG...] [--json]

Run the tests of the project in PATH (default: the current directory) and report totals, each
failure with its message and location, the 10 slowest tests and per-file timings.

  --report FILE      read this test report (repeatable; a glob, or several comma-separated, each
                     matching at least one file) instead of running the tests: JUnit XML
                     (pytest --junitxml in both families, jest-junit, vitest, Maven Surefire,
                     go-junit-report, gotestsum), \`go test -json\` or \`jest --json\` output.
                     With --command: run the command, then read these reports
  --command ARG...   the test command, as an argument list: every argument after --command
                     (default: detected: the package.json test script, pytest, go test ./...)
  --file TEST        run only this test file (repeatable), relative to PATH: jest (by path),
                     vitest (as a filter; other files it would match are excluded), pytest;
                     for go test a package directory (., ./pkg)
  --files-from FILE  run only the files listed in FILE: one per line, or a JSON array (what
                     quality shard --json prints and actions/matrix puts in matrix.files)
  --retry-failed N   run failed tests again up to N times; one that passes is reported as flaky
  --flaky pass|fail  whether a flaky test fails the run (default: pass)
  --github           in a workflow step: options from the INPUT_* variables (working-directory,
                     command, reports, files, files-from, retry-failed, flaky), annotations,
                     job summary and outputs
  --json             print {"tests":{...},"failures":[...],"slowest":[...],"timings":[...],"flaky":[...]}
${configHelp()}  -h, --help         show this help

Options not given are read from the test section of .github/quality.yml (command, reports:
paths relative to PATH, retry-failed, flaky).

Exit codes: 0 every test passed, 1 a test failed or errored, or no test ran, 2 a usage or
configuration error.
`;

const OPTIONS = {
  ...CONFIG_OPTION,
  github: { type: 'boolean' },
  report: { type: 'string', multiple: true },
  file: { type: 'string', multiple: true },
  'files-from': { type: 'string' },
  'retry-failed': { type: 'string' },
  flaky: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `--command` takes every argument after it: a test command has flags of its own. */
export function splitCommand(argv: string[]): { own: string[]; command?: string[] } {
  const at = argv.indexOf('--command');
  if (at === -1) return { own: argv };
  const command = argv.slice(at + 1);
  if (command.length === 0)
    throw new UsageError('--command needs the test command after it, e.g. --command npx jest --ci.');
  return { own: argv.slice(0, at), command };
}

/** The module path of go.mod in `dir`, when there is one. */
export function goModuleOf(dir: string): string | undefined {
  const f = join(dir, 'go.mod');
  if (!existsSync(f)) return undefined;
  const m = /^\s*module\s+("?)([^\s"]+)\1\s*$/m.exec(readFileSync(f, 'utf8'));
  return m?.[2];
}

/** Paths are made relative to the git repository of `projectDir`, else to `fallbackRoot`. */
export async function pathContext(projectDir: string, fallbackRoot: string = projectDir): Promise<PathContext> {
  let root: string;
  try {
    root = await repoRoot(projectDir);
  } catch {
    root = fallbackRoot;
  }
  const goModule = goModuleOf(projectDir);
  return {
    root: resolve(root),
    projectDir: resolve(projectDir),
    ...(goModule ? { goModule } : {}),
    exists: (p) => existsSync(join(root, p)),
  };
}

/** The `--json` object: the issue's contract, plus the flaky tests. */
export function toJson(r: TestReport): object {
  return {
    tests: r.tests,
    failures: r.failures.map((f) => ({
      name: f.name,
      outcome: f.outcome,
      path: f.path ?? null,
      line: f.line ?? null,
      message: f.message,
    })),
    slowest: r.slowest.map((s) => ({ name: s.name, path: s.path ?? null, seconds: s.seconds })),
    timings: r.timings,
    flaky: r.flaky.map((f) => ({ name: f.name, path: f.path ?? null })),
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function renderText(r: TestReport): string {
  const t = r.tests;
  const lines: string[] = [];
  for (const f of r.failures) {
    const where = f.path ? ` (${f.path}${f.line ? `:${f.line}` : ''})` : '';
    lines.push(`${f.outcome === 'errored' ? 'ERROR' : 'FAIL'} ${f.name}${where}`);
    for (const l of f.message.split('\n')) lines.push(`    ${l}`);
  }
  if (r.failuresNotListed > 0) lines.push(`... and ${plural(r.failuresNotListed, 'more failure')} not listed`);
  if (r.flaky.length) {
    lines.push('', `Flaky (failed, then passed when run again): ${r.flaky.length}`);
    for (const f of r.flaky) lines.push(`  ${f.name}`);
  }
  if (r.slowest.length) {
    lines.push('', 'Slowest:');
    for (const s of r.slowest) lines.push(`  ${s.seconds.toFixed(3)}s  ${s.name}`);
  }
  lines.push(
    '',
    `${plural(t.total, 'test')}: ${t.passed} passed, ${t.failed} failed, ${t.errored} errored, ${t.skipped} skipped${r.flaky.length ? `, ${r.flaky.length} flaky` : ''}`,
  );
  return `${lines.join('\n').replace(/^\n+/, '')}\n`;
}

/** Why the run fails, or undefined when it passes. */
export function verdict(r: TestReport, flaky: 'pass' | 'fail'): string | undefined {
  const t = r.tests;
  if (t.failed + t.errored > 0) return `${plural(t.failed, 'test')} failed and ${t.errored} errored.`;
  if (flaky === 'fail' && r.flaky.length > 0) return `${plural(r.flaky.length, 'flaky test')} (flaky: fail).`;
  if (t.total === 0) return 'No test ran: nothing was measured. Check the test command or the report paths.';
  if (t.passed === 0) return `No test passed: all ${plural(t.total, 'test')} were skipped.`;
  return undefined;
}

export interface TestOptions {
  projectDir: string;
  reports: string[];
  command?: string[];
  /** Only these test files (Go: packages), relative to projectDir; empty: every test. */
  files?: string[];
  retryFailed: number;
  flaky: 'pass' | 'fail';
}

export async function readOptions(
  argv: string[],
  io: CliIO,
): Promise<{ opts: TestOptions; json: boolean; reportsFrom?: string } | undefined> {
  const { own, command } = splitCommand(argv);
  const { values, positionals, inputs: flags } = parse(own, OPTIONS, 1);
  if (values.help) {
    await io.stdout(HELP);
    return undefined;
  }
  const projectDir = existingDir(io.cwd, positionals[0], 'PATH');
  // Flags not given: the test section of the config file (its report paths relative to PATH).
  const inputs = await configured(flags, 'test', projectDir, io);
  // The config's patterns (comma-separated too) each relative to PATH, --report's to the current folder.
  const reports =
    values.report ??
    reportPatterns(inputs.globs('--reports'), projectDir).map((r) =>
      r.startsWith('!') ? `!${resolve(projectDir, r.slice(1))}` : resolve(projectDir, r),
    );
  const run = command ?? commandOf(inputs, '--command');
  const files = [
    ...(values.file ?? []),
    ...(values['files-from'] !== undefined
      ? parseFileList(readListFile(fromCwd(io.cwd, values['files-from']), '--files-from'), '--files-from')
      : []),
  ];
  if (files.length > 0 && run === undefined && reports.length > 0) {
    const o = values.report === undefined ? inputs.origin('--reports') : undefined;
    throw new UsageError(
      o
        ? `--file and --files-from choose tests to run, but ${o.file}:${o.line} sets ${o.key} and no command: only those reports would be read. Give the command (--command ARG..., or test.command).`
        : '--file and --files-from choose tests to run: with --report alone nothing runs.',
    );
  }
  return {
    opts: {
      projectDir,
      reports,
      ...(run ? { command: run } : {}),
      ...(files.length > 0 ? { files } : {}),
      retryFailed: inputs.number('--retry-failed', { integer: true, min: 0, max: 10, default: 0 }),
      flaky: inputs.enum('--flaky', ['pass', 'fail'] as const, 'pass'),
    },
    json: values.json === true,
    ...(reports.length > 0 ? { reportsFrom: reportsOrigin(values.report !== undefined, inputs) } : {}),
  };
}

/** Where the reports were named, for messages: `--report`, or the config key with its file and line. */
function reportsOrigin(flag: boolean, inputs: Inputs): string {
  if (flag) return '--report';
  const o = inputs.origin('--reports');
  return o ? `${o.key} (${o.file}:${o.line})` : 'test.reports';
}

/**
 * The report files `quality test ARGV` in `io.cwd` reads without running anything (reports named
 * and no command), with where they were named; undefined when it runs a command, or stops on an
 * error of its own (a bad flag or key, a pattern matching nothing: the command says it when it runs).
 */
export async function reportsReadAlone(
  argv: string[],
  io: CliIO,
): Promise<{ files: ReportFile[]; from: string } | undefined> {
  const quiet: CliIO = { ...io, stdout: () => undefined, stderr: () => undefined };
  try {
    const read = await readOptions(argv, quiet);
    if (!read || read.opts.command !== undefined || read.opts.reports.length === 0) return undefined;
    const files = expandReports(reportPatterns(read.opts.reports, io.cwd), io.cwd);
    return { files, from: read.reportsFrom ?? 'test.reports' };
  } catch (e) {
    if (isConfigurationError(e)) return undefined;
    throw e; // a bug: quality check reports it as one, never reads the reports unchecked
  }
}

/** Read the reports, or run the tests (then read what they wrote). */
export async function testReport(
  opts: TestOptions,
  io: Pick<CliIO, 'cwd' | 'env' | 'stderr'> & { warn?: (message: string) => void },
  runner: ProcessRunner = runProcess,
  fallbackRoot?: string,
): Promise<TestReport> {
  const ctx = await pathContext(opts.projectDir, fallbackRoot);
  // Paths or globs, relative to the current (or project) folder; with a command, expanded after it ran.
  const patterns = reportPatterns(opts.reports, io.cwd);
  const reports = patterns.length ? () => expandReports(patterns, io.cwd) : undefined;
  if (opts.command === undefined && reports) return readReports(reports(), ctx);
  const base = tempBase(io.env);
  const reportDir = mkdtempSync(join(base, 'quality-test-'));
  try {
    const plan = planRun(opts.projectDir, projectFacts(opts.projectDir), {
      ...(opts.command ? { command: opts.command } : {}),
      ...(opts.files ? { files: opts.files } : {}),
      reportDir,
    });
    if (plan.report && reports) {
      // Before the run: quality check reads a command's warnings from the lines before it.
      const m = `The reports given (${opts.reports.join(', ')}) are not read: ${plan.argv.join(' ')} is a runner quality reads itself, through a report of its own. Leave the reports out, or give a command quality does not know to have its reports read instead.`;
      if (io.warn) io.warn(m);
      else io.stderr(`warning: ${escapeLine(m)}\n`);
    }
    io.stderr(`quality test: running ${plan.argv.join(' ')} (${plan.source})\n`);
    const { report } = await runTests({
      plan,
      runner: (req) => runner({ ...req, env: { ...stringEnv(io.env), ...(req.env ?? {}) } }),
      ctx,
      retryFailed: opts.retryFailed,
      ...(reports ? { reports } : {}),
      retryReport: (n) =>
        join(
          reportDir,
          `retry-${n}-${plan.report ? plan.report.path.slice(plan.report.path.lastIndexOf('/') + 1) : 'report'}`,
        ),
      onOutput: (t) => io.stderr(t),
    });
    return report;
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
}

function stringEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (typeof v === 'string') out[k] = v;
  return out;
}

/**
 * The `command` input: a JSON array of arguments, or one argument per line, or (one line) words
 * split on blanks. No shell: quotes are not interpreted, so use the JSON form for an argument with spaces.
 */
export function parseCommandInput(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  const t = raw.trim();
  if (t.startsWith('[')) {
    let v: unknown;
    try {
      v = JSON.parse(t);
    } catch {
      throw new InputError('command', raw, 'a JSON array of strings, or one argument per line');
    }
    if (!Array.isArray(v) || v.length === 0 || !v.every((a) => typeof a === 'string'))
      throw new InputError('command', raw, 'a non-empty JSON array of strings');
    return v as string[];
  }
  const lines = t
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length === 1 ? lines[0]!.split(/\s+/) : lines;
}

/** The `command` input (or config key, or its flag's fallback): a wrong config value names its file and line. */
function commandOf(inputs: Inputs, name: string): string[] | undefined {
  try {
    return parseCommandInput(inputs.optional(name));
  } catch (e) {
    const o = inputs.origin(name);
    if (o && e instanceof InputError) throw new ConfigValueError(o.file, o.line, o.key, e.received, e.expected);
    throw e;
  }
}

/** A list file (--files-from, input files-from) bigger than this is not a shard's file list. */
const MAX_LIST_BYTES = 16 * 1024 * 1024;

/** The text of a file list, read with its size checked first. */
export function readListFile(path: string, name: string): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigurationError(
      `${name} ${path} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(e)})`}: give the file quality shard --json wrote.`,
    );
  }
  if (size > MAX_LIST_BYTES)
    throw new ConfigurationError(
      `${name} ${path} is ${size} bytes: a list of test files is at most ${MAX_LIST_BYTES}.`,
    );
  return readFileSync(path, 'utf8');
}

/**
 * A list of test files: a JSON array of strings (`toJSON(matrix.files)`, `quality shard --json`;
 * `null` is no list), or one path per line. Empty: no selection (every test runs).
 */
export function parseFileList(raw: string, name: string): string[] {
  const t = raw.trim();
  if (t === '' || t === 'null') return [];
  if (t.startsWith('[')) {
    let v: unknown;
    try {
      v = JSON.parse(t);
    } catch {
      throw new InputError(name, raw, 'a JSON array of test file paths, or one path per line');
    }
    if (!Array.isArray(v) || !v.every((a) => typeof a === 'string' && a.trim() !== ''))
      throw new InputError(name, raw, 'a JSON array of non-empty strings (test file paths)');
    return v as string[];
  }
  return t
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The per-file seconds for actions/matrix: a JSON object of repository-relative file to seconds. */
export function timingsJson(r: TestReport): string {
  return `${JSON.stringify(Object.fromEntries(r.timings.map((t) => [t.file, t.seconds])), null, 1)}\n`;
}

/** The inputs read and checked, and the tests run (or their reports read). */
async function githubRun(io: CliIO): Promise<{ report: TestReport; opts: TestOptions }> {
  const workspace = resolve(io.env.GITHUB_WORKSPACE || io.cwd);
  const inputs = await stepInputs('test', workspace, io, log.warning);
  const wd = inputs.string('working-directory', '.');
  const projectDir = existingDir(workspace, wd, "Input 'working-directory'");
  const rel = relative(workspace, projectDir);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new InputError('working-directory', wd, 'a directory inside the workspace');
  }
  const command = commandOf(inputs, 'command');
  const reports = inputs.globs('reports'); // relative to the project folder (testReport's cwd)
  const listFile = inputs.optional('files-from');
  const files = [
    ...parseFileList(inputs.string('files', ''), 'files'),
    ...(listFile !== undefined
      ? parseFileList(readListFile(resolve(projectDir, listFile), "Input 'files-from'"), 'files-from')
      : []),
  ];
  if (files.length > 0 && command === undefined && reports.length > 0)
    throw new ConfigurationError(
      "Inputs 'files' and 'files-from' choose tests to run, but with 'reports' and no 'command' nothing runs: give the command, or leave the files empty.",
    );
  // Running the tests runs the checkout's code: never a pull request's head with the base's secrets.
  // Reading reports alone runs nothing.
  if (command !== undefined || reports.length === 0) {
    const ctx = readContext(io.env);
    await assertTrustedCheckout(projectDir, readEvent(ctx), ctx.payload, 'test', ctx.sha);
  }
  const opts: TestOptions = {
    projectDir,
    reports,
    ...(command ? { command } : {}),
    ...(files.length > 0 ? { files } : {}),
    retryFailed: inputs.number('retry-failed', { integer: true, min: 0, max: 10, default: 0 }),
    flaky: inputs.enum('flaky', ['pass', 'fail'] as const, 'pass'),
  };
  return {
    report: await testReport(opts, { ...io, cwd: projectDir, warn: log.warning }, runProcess, workspace),
    opts,
  };
}

/** `--github`: options from INPUT_*, annotations, the job summary and the step's outputs. */
async function githubMode(io: CliIO): Promise<number> {
  let report: TestReport;
  let opts: TestOptions;
  try {
    ({ report, opts } = await githubRun(io));
  } catch (e) {
    return failStep('Tests', e, { log, writeSummary });
  }
  const why = verdict(report, opts.flaky);
  const plan = planFindingAnnotations(failureFindings(report));
  annotate(plan.shown.map((s) => s.annotation));
  await writeSummary(
    renderTestSummary(report, {
      annotationsOmitted: plan.omittedTotal + report.failures.filter((f) => f.path === undefined).length,
      ...(why ? { verdict: why } : {}),
    }),
  );
  const t = report.tests;
  setOutput('total', t.total);
  setOutput('passed', t.passed);
  setOutput('failed', t.failed);
  setOutput('errored', t.errored);
  setOutput('skipped', t.skipped);
  setOutput('flaky', report.flaky.length);
  const temp = tempBase(io.env);
  const timings = join(temp, `quality-test-timings-${randomBytes(6).toString('hex')}.json`);
  try {
    writeFileSync(timings, timingsJson(report));
  } catch (e) {
    throw new ConfigurationError(
      `Could not write the timings file ${timings} (${(e as NodeJS.ErrnoException).code ?? e}).`,
    );
  }
  setOutput('timings', timings);
  await io.stdout(renderText(report));
  if (why !== undefined) {
    // The step fails by the exit code this returns; kit's fail() would also set the exit code of
    // whatever process runs the command (a test runner, quality check running several steps).
    log.error(why);
    return 1;
  }
  return 0;
}

export const testCommand: CommandRun = async (argv, io) => {
  if (argv.includes('--github')) {
    if (argv.length > 1)
      throw new UsageError('--github reads its options from the INPUT_* variables: give no other option.');
    return githubMode(io);
  }
  const read = await readOptions(argv, io);
  if (read === undefined) return 0;
  const { opts, json } = read;
  const report = await testReport(opts, io);
  await io.stdout(json ? `${JSON.stringify(toJson(report))}\n` : renderText(report));
  const why = verdict(report, opts.flaky);
  if (why !== undefined && !json) io.stderr(`quality test: ${why}\n`);
  return why === undefined ? 0 : 1;
};
