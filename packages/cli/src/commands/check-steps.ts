/**
 * The steps of `quality check` that are commands of their own (guard, format, lint, test): each runs
 * in process through its registered runner with `--json` and a captured IO (one code path: the
 * command reads its config section and runs its engine as it does alone), then its exit code and
 * JSON become a step result. The one tricky rule: "nothing to run" (no formatter, no linter, no
 * test command) is a skip with the command's own reason, never a pass; any other error the
 * command raises is the step's error (exit 2), and a failure by its policy is the step's failure.
 */
import { errorMessage, isConfigurationError } from '@quality/kit/errors';
import { commands, type CliIO } from '../registry.js';
import { StderrCapture } from './check-output.js';
import { clean } from './terminal.js';

export const STEPS = ['guard', 'format', 'lint', 'test', 'coverage'] as const;
export type StepName = (typeof STEPS)[number];

export type StepStatus = 'pass' | 'fail' | 'skip' | 'error';

export interface StepResult {
  name: StepName;
  status: StepStatus;
  /** One line: what was found, or why the step was skipped or could not run. */
  summary: string;
  /** Lines shown under a step that failed or errored (findings, failures, files). */
  details: string[];
  durationMs: number;
  /** The command's exit code (undefined for a step that did not run). */
  exitCode?: number;
  /** The command's own `--json` object (`quality guard --json`, ...), when it printed one. */
  json?: unknown;
  /** The command's warnings (config file notes), without their `warning: ` prefix. */
  warnings: string[];
}

interface Captured {
  code: number;
  /** The command's `--json` object, whole (a test runner's output goes to stderr, not here). */
  stdout: string;
  /** What is kept of stderr: the command's own lines, and a bounded tail. */
  stderr: StderrCapture;
  /** The message of a configuration error the command raised (it exits 2 with it). */
  error?: string;
}

/** Run `quality NAME argv` in process with a captured IO rooted at `cwd`. */
export async function runCaptured(name: string, argv: string[], io: CliIO, cwd: string): Promise<Captured> {
  const stderr = new StderrCapture(name);
  const cmd = commands.find((c) => c.name === name);
  if (!cmd) return { code: 2, stdout: '', stderr, error: `this quality has no ${name} command` };
  let stdout = '';
  const sub: CliIO = {
    cwd,
    env: io.env,
    stdout: (s) => void (stdout += s),
    stderr: (s) => stderr.write(s),
  };
  try {
    const code = await (await cmd.load())(argv, sub);
    return { code, stdout, stderr };
  } catch (e) {
    if (isConfigurationError(e)) return { code: 2, stdout, stderr, error: e.message };
    return {
      code: 1,
      stdout,
      stderr,
      error: `unexpected error: ${errorMessage(e)} (this is a bug in quality; please report it)`,
    };
  }
}

/** A little slack for file systems that keep modification times in whole seconds: quality test's. */
export { MTIME_SLACK_MS } from '@quality/testing';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function parseJson(c: Captured): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(c.stdout) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The last lines of what a command wrote to stderr (a test runner's output), for a step that broke. */
const tail = (stderr: StderrCapture): string[] => stderr.tail().map(clean);

/** The "could not run" lines a command prints to stderr (`quality lint: eslint: ...`). */
function commandErrors(stderr: StderrCapture, name: string): string[] {
  return stderr
    .ownLines()
    .filter((l) => l.startsWith(`quality ${name}: `))
    .map((l) => clean(l.slice(`quality ${name}: `.length)));
}

type Interpret = (
  c: Captured,
  json: Record<string, unknown> | undefined,
) => Pick<StepResult, 'status' | 'summary' | 'details'>;

interface FindingJson {
  rule: string;
  severity: string;
  path: string;
  line: number | null;
  column?: number | null;
  message: string;
  tool?: string;
}

const findingLine = (f: FindingJson) =>
  `${clean(f.path)}${f.line !== null ? `:${f.line}` : ''}${f.column ? `:${f.column}` : ''}: ${f.severity} ${clean(f.rule)}${f.tool ? ` (${clean(f.tool)})` : ''}: ${clean(String(f.message).split('\n')[0]!)}`;

const countsText = (c: { error: number; warning: number; notice: number }) =>
  `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.notice, 'notice')}`;

/** A nothing-to-run error of a command: the reason to show as the skip. */
const NOTHING_TO_RUN: Partial<Record<StepName, RegExp>> = {
  format: /^No formatter found/,
  lint: /^No linter found/,
  test: /^No test command found/,
};

const INTERPRET: Record<Exclude<StepName, 'coverage'>, Interpret> = {
  guard: (c, j) => {
    const findings = (j?.findings as FindingJson[] | undefined) ?? [];
    const counts = j?.counts as { error: number; warning: number; notice: number } | undefined;
    const scanned = typeof j?.scanned === 'number' ? `${plural(j.scanned, 'file')} scanned: ` : '';
    const suppressed =
      typeof j?.suppressed === 'number' && j.suppressed ? `; ${j.suppressed} accepted by the baseline` : '';
    return {
      status: c.code === 0 ? 'pass' : 'fail',
      summary: `${scanned}${counts ? countsText(counts) : plural(findings.length, 'finding')}${suppressed}`,
      details: findings.map(findingLine),
    };
  },
  format: (c, j) => {
    const files = (j?.files as { path: string; tool: string }[] | undefined) ?? [];
    const tools = (j?.tools as { name: string; version: string | null; error?: string }[] | undefined) ?? [];
    const used = tools.map((t) => clean(`${t.name} ${t.version ?? ''}`.trim())).join(', ');
    const errors = tools.filter((t) => t.error).map((t) => `${clean(t.name)}: could not run: ${clean(t.error!)}`);
    if (c.code === 0) return { status: 'pass', summary: `all files formatted (${used})`, details: [] };
    return {
      status: 'fail',
      summary: files.length
        ? `${plural(files.length, 'file')} not formatted (${used}); quality format --fix rewrites them`
        : `a formatter could not run (${used})`,
      details: [...files.map((f) => `${clean(f.path)}: needs formatting (${clean(f.tool)})`), ...errors],
    };
  },
  lint: (c, j) => {
    const findings = (j?.findings as FindingJson[] | undefined) ?? [];
    const counts = j?.counts as { error: number; warning: number; notice: number } | undefined;
    const tools = (j?.tools as { name: string; version: string | null; error?: string }[] | undefined) ?? [];
    const used = tools.map((t) => clean(`${t.name} ${t.version ?? ''}`.trim())).join(', ');
    const outside =
      typeof j?.outsideFilter === 'number' && j.outsideFilter ? `; ${j.outsideFilter} outside your change` : '';
    const errors = tools.filter((t) => t.error).map((t) => `${clean(t.name)}: could not run: ${clean(t.error!)}`);
    return {
      status: c.code === 0 ? 'pass' : 'fail',
      summary: `${used}: ${counts ? countsText(counts) : plural(findings.length, 'finding')} on your change${outside}${errors.length ? `; ${plural(errors.length, 'tool')} could not run` : ''}`,
      details: [...findings.map(findingLine), ...errors],
    };
  },
  test: (c, j) => {
    const t = j?.tests as
      { total: number; passed: number; failed: number; errored: number; skipped: number } | undefined;
    const failures =
      (j?.failures as { name: string; outcome: string; path: string | null; line: number | null; message: string }[]) ??
      [];
    const flaky = (j?.flaky as unknown[] | undefined)?.length ?? 0;
    const summary = t
      ? `${plural(t.total, 'test')}: ${t.passed} passed, ${t.failed} failed, ${t.errored} errored, ${t.skipped} skipped${flaky ? `, ${flaky} flaky` : ''}`
      : 'no test results';
    if (c.code === 0) return { status: 'pass', summary, details: [] };
    const details = failures.map(
      (f) =>
        `${f.outcome === 'errored' ? 'ERROR' : 'FAIL'} ${clean(f.name)}${f.path ? ` (${clean(f.path)}${f.line ? `:${f.line}` : ''})` : ''}: ${clean(f.message.split('\n')[0] ?? '')}`,
    );
    // No test ran, or all were skipped: say so (the test command's verdict), with its output.
    if (t && t.failed + t.errored === 0)
      details.push(
        t.total === 0 ? 'No test ran: nothing was measured.' : 'No test passed: all were skipped.',
        ...tail(c.stderr),
      );
    return { status: 'fail', summary, details };
  },
};

/** Turn a command's run into the step's result. */
export function interpret(name: Exclude<StepName, 'coverage'>, c: Captured, durationMs: number): StepResult {
  // A test runner's output is not ours to read for warnings: only the lines before it starts.
  const warnings = c.stderr
    .ownLines()
    .filter((l) => l.startsWith('warning: '))
    .map((l) => clean(l.slice('warning: '.length)));
  const base = { name, durationMs, exitCode: c.code, warnings };
  if (c.error !== undefined) {
    const nothing = NOTHING_TO_RUN[name];
    if (c.code === 2 && nothing?.test(c.error))
      return { ...base, status: 'skip', summary: clean(c.error), details: [] };
    return {
      ...base,
      status: 'error',
      summary: clean(c.error),
      details: name === 'test' ? tail(c.stderr) : commandErrors(c.stderr, name),
    };
  }
  const json = parseJson(c);
  if (json === undefined || (c.code !== 0 && c.code !== 1)) {
    return {
      ...base,
      status: 'error',
      summary: `quality ${name} ended with exit code ${c.code} and no result`,
      details: tail(c.stderr),
    };
  }
  const r = { ...base, ...INTERPRET[name](c, json), json };
  // Which test command ran, as `quality test` says it: `the package.json test script (npm)`.
  const ran =
    name === 'test'
      ? c.stderr
          .ownLines()
          .map((l) => /^quality test: running .*? \((.*)\)$/.exec(l)?.[1])
          .find((x) => x !== undefined)
      : undefined;
  if (ran !== undefined) r.summary = `${clean(ran)}: ${r.summary}`;
  return r;
}
