/**
 * The one place that talks to the runner: workflow commands on stdout, outputs, state and the job
 * summary in the runner's files. Written without `@actions/core` (its HTTP client is most of an
 * entry's start-up); the formats are core's (see workflow-commands.ts). `fail` sets exit code 1.
 */
import { appendFileSync, readFileSync, writeSync } from 'node:fs';
import { EOL } from 'node:os';
import { defuseLines } from './escape.js';
import { ConfigurationError, errorMessage, isConfigurationError } from './errors.js';
import { Inputs, envInputSource } from './inputs.js';
import { checkOutputSize, fitSummary, planAnnotations, type Annotation, type AnnotationPlan } from './limits.js';
import { appendKeyValue, formatCommand, type CommandProperties } from './workflow-commands.js';

/**
 * Whether stdout is written with direct writes to fd 1: set by `run` (every action entry) on
 * Linux and macOS. process.stdout on a pipe, the runner's, builds a socket and its stream machinery
 * at the first write (about 7M instructions, every start) for writes Node makes synchronous there
 * anyway. Elsewhere (Windows, the CLI, tests that replace process.stdout.write) and after a write
 * that fails (a pipe that would block, a closed stdout), process.stdout as before.
 */
let directStdout = false;

/** The direct write: bytes of `b` from `at` to fd 1, how many written. Tests replace it. */
export const stdoutFd = { write: (b: Buffer, at: number): number => writeSync(1, b, at) };

function writeStdout(text: string): void {
  if (directStdout) {
    const b = Buffer.from(text, 'utf8');
    let at = 0;
    try {
      while (at < b.length) at += stdoutFd.write(b, at);
      return;
    } catch {
      // From here on through process.stdout only: two writers taking turns could reorder lines.
      directStdout = false;
      if (at < b.length) process.stdout.write(b.subarray(at));
      return;
    }
  }
  process.stdout.write(text);
}

/** Write one workflow command to stdout (the only writer of commands: see workflow-commands.ts). */
function issueCommand(name: string, properties: CommandProperties, data: string): void {
  writeStdout(formatCommand(name, properties, data) + EOL);
}

export interface RunOptions {
  /** End the process once main settles (default true): open sockets must not keep a step alive. */
  exit?: boolean;
}

/**
 * The wrapper for every entry. A ConfigurationError fails the step with its message; any
 * other error is a bug: its message fails the step and its stack goes to the debug log.
 * Never leaves an unhandled rejection; ends the process promptly.
 */
export async function run(main: () => Promise<void>, opts: RunOptions = {}): Promise<void> {
  const exit = opts.exit ?? true;
  directStdout = process.platform !== 'win32';
  try {
    await main();
  } catch (e) {
    if (isConfigurationError(e)) {
      fail(e.message);
    } else {
      fail(`Unexpected error: ${errorMessage(e)}. This is a bug in quality; please report it with the debug log.`);
      if (e instanceof Error && e.stack) log.debug(e.stack);
    }
  }
  if (exit) {
    // stdout/stderr writes to files and pipes are synchronous on Linux and macOS; on Windows
    // pipes are async, so give them a tick before ending.
    setImmediate(() => process.exit());
  }
}

/** Inputs read from the runner's INPUT_* variables. */
export function actionInputs(env: NodeJS.ProcessEnv = process.env): Inputs {
  return new Inputs(envInputSource(env));
}

/**
 * A step output: appended to GITHUB_OUTPUT as a delimited block; without the file (a local run),
 * printed as the old `set-output` command, as core does.
 */
export function setOutput(name: string, value: string | number | boolean): void {
  const s = String(value);
  try {
    checkOutputSize(name, s);
  } catch (e) {
    throw new ConfigurationError(errorMessage(e));
  }
  const file = process.env.GITHUB_OUTPUT;
  if (file) appendKeyValue(file, name, s);
  else {
    writeStdout(EOL);
    issueCommand('set-output', { name }, s);
  }
}

/** Fail the step with a message: an error annotation, and exit code 1 when the process ends. */
export function fail(message: string): void {
  process.exitCode = 1;
  issueCommand('error', {}, message);
}

/** Register a secret so the runner masks it in every log line (a no-op for an empty value). */
export function mask(secret: string): void {
  if (secret) issueCommand('add-mask', {}, secret);
}

const write = (line: string): void => writeStdout(line + EOL);

export const log = {
  /** Lines that would read as workflow commands are defused: messages carry outside text. */
  info: (m: string) => write(defuseLines(m)),
  debug: (m: string) => issueCommand('debug', {}, m),
  warning: (m: string) => issueCommand('warning', {}, m),
  notice: (m: string) => issueCommand('notice', {}, m),
  error: (m: string) => issueCommand('error', {}, m),
  /** A collapsible group in the log around `fn`; the group ends however `fn` ends. */
  group: async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    issueCommand('group', {}, name);
    try {
      return await fn();
    } finally {
      issueCommand('endgroup', {}, '');
    }
  },
  /** Step debug logging is on (RUNNER_DEBUG=1). */
  isDebug: () => process.env.RUNNER_DEBUG === '1',
  /** Register a secret so the runner masks it in every log line. */
  mask,
};

/**
 * Phase timings in the debug log (ACTIONS_STEP_DEBUG): each call logs the time since the last,
 * so a slow run shows where its time went. The first line is the start-up: Node's own and the
 * bundle's loading, from the process start to this call.
 */
export function phaseTimer(action: string): (phase: string) => void {
  // process.uptime, not performance.now: the `performance` global loads perf_hooks (about 1 ms).
  const ms = () => process.uptime() * 1000;
  let last = ms();
  log.debug(`${action} timing: start-up (process start to the first phase) ${last.toFixed(0)} ms`);
  return (phase) => {
    const now = ms();
    log.debug(`${action} timing: ${phase} ${(now - last).toFixed(0)} ms`);
    last = now;
  };
}

/**
 * Emit annotations within GitHub's caps. Returns what was shown and what was not, so the
 * job summary can say "N more not shown".
 */
export function annotate(all: readonly Annotation[]): AnnotationPlan {
  const plan = planAnnotations(all);
  for (const a of plan.shown) {
    // core's property names: line and col, not startLine and startColumn.
    const props: CommandProperties = {
      title: a.title,
      file: a.file,
      line: a.startLine,
      endLine: a.endLine,
      col: a.startColumn,
      endColumn: a.endColumn,
    };
    issueCommand(a.level, props, a.message);
  }
  return plan;
}

/**
 * Write the job summary (Markdown), fitted to the 1 MiB limit. A summary that cannot be
 * written (no GITHUB_STEP_SUMMARY, e.g. a local run) is a warning, never a failure.
 */
export async function writeSummary(markdown: string): Promise<{ written: boolean; truncated: boolean }> {
  const { text, truncated } = fitSummary(markdown);
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    log.info(text);
    return { written: false, truncated };
  }
  try {
    appendFileSync(file, text + EOL, { encoding: 'utf8' });
    return { written: true, truncated };
  } catch (e) {
    log.warning(`Could not write the job summary to ${file}: ${errorMessage(e)}`);
    return { written: false, truncated };
  }
}

// ---------------------------------------------------------------------------------
// main -> post hand-off, as actions/cache does it.

export interface StateProvider {
  set(key: string, value: string): void;
  get(key: string): string;
}

/** State for the post step: GITHUB_STATE on the way out, `STATE_<key>` on the way back in. */
export class ActionsStateProvider implements StateProvider {
  set(key: string, value: string): void {
    const file = process.env.GITHUB_STATE;
    if (file) appendKeyValue(file, key, value);
    else {
      writeStdout(EOL);
      issueCommand('save-state', { name: key }, value);
    }
  }
  get(key: string): string {
    return process.env[`STATE_${key}`] ?? '';
  }
}

// ---------------------------------------------------------------------------------
// The workflow context, read once from the runner's environment.

export interface WorkflowContext {
  eventName: string;
  /** The event payload (GITHUB_EVENT_PATH), {} when absent or unreadable. */
  payload: Record<string, unknown>;
  sha: string;
  ref: string;
  repository: { owner: string; repo: string } | undefined;
  workspace: string;
  runnerTemp: string;
  apiUrl: string;
  serverUrl: string;
  runId: string;
  workflow: string;
  job: string;
  runnerOs: string;
  runnerArch: string;
}

export function readContext(env: NodeJS.ProcessEnv = process.env): WorkflowContext {
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      log.warning(`Could not read the event payload at ${env.GITHUB_EVENT_PATH}: ${errorMessage(e)}`);
    }
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    repository: owner && repo ? { owner, repo } : undefined,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runnerTemp: env.RUNNER_TEMP ?? '',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    runId: env.GITHUB_RUN_ID ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    runnerOs: env.RUNNER_OS ?? process.platform,
    runnerArch: env.RUNNER_ARCH ?? process.arch,
  };
}
