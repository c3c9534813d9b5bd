/**
 * The one place that talks to the runner through `@actions/core`.
 */
import * as core from '@actions/core';
import { defuseLines } from './escape.js';
import { readFileSync } from 'node:fs';
import { ConfigurationError, errorMessage, isConfigurationError } from './errors.js';
import { Inputs, envInputSource } from './inputs.js';
import { checkOutputSize, fitSummary, planAnnotations, type Annotation, type AnnotationPlan } from './limits.js';

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
  try {
    await main();
  } catch (e) {
    if (isConfigurationError(e)) {
      core.setFailed(e.message);
    } else {
      core.setFailed(
        `Unexpected error: ${errorMessage(e)}. This is a bug in quality; please report it with the debug log.`,
      );
      if (e instanceof Error && e.stack) core.debug(e.stack);
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

export function setOutput(name: string, value: string | number | boolean): void {
  const s = String(value);
  try {
    checkOutputSize(name, s);
  } catch (e) {
    throw new ConfigurationError(errorMessage(e));
  }
  core.setOutput(name, s);
}

/** Fail the step with a message (the process exits 1 when main settles). */
export function fail(message: string): void {
  core.setFailed(message);
}

export const log = {
  /** Lines that would read as workflow commands are defused: messages carry outside text. */
  info: (m: string) => core.info(defuseLines(m)),
  debug: (m: string) => core.debug(m),
  warning: (m: string) => core.warning(m),
  notice: (m: string) => core.notice(m),
  error: (m: string) => core.error(m),
  group: <T>(name: string, fn: () => Promise<T>) => core.group(name, fn),
  isDebug: () => core.isDebug(),
  /** Register a secret so the runner masks it in every log line. */
  mask: (secret: string) => core.setSecret(secret),
};

/**
 * Phase timings in the debug log (ACTIONS_STEP_DEBUG): each call logs the time since the last,
 * so a slow run shows where its time went.
 */
export function phaseTimer(action: string): (phase: string) => void {
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    core.debug(`${action} timing: ${phase} ${(now - last).toFixed(0)} ms`);
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
    const props: core.AnnotationProperties = {
      title: a.title,
      file: a.file,
      startLine: a.startLine,
      endLine: a.endLine,
      startColumn: a.startColumn,
      endColumn: a.endColumn,
    };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  return plan;
}

/**
 * Write the job summary (Markdown), fitted to the 1 MiB limit. A summary that cannot be
 * written (no GITHUB_STEP_SUMMARY, e.g. a local run) is a warning, never a failure.
 */
export async function writeSummary(markdown: string): Promise<{ written: boolean; truncated: boolean }> {
  const { text, truncated } = fitSummary(markdown);
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(defuseLines(text));
    return { written: false, truncated };
  }
  try {
    await core.summary.addRaw(text, true).write();
    return { written: true, truncated };
  } catch (e) {
    core.warning(`Could not write the job summary: ${errorMessage(e)}`);
    return { written: false, truncated };
  }
}

// ---------------------------------------------------------------------------------
// main -> post hand-off, as actions/cache does it.

export interface StateProvider {
  set(key: string, value: string): void;
  get(key: string): string;
}

export class ActionsStateProvider implements StateProvider {
  set(key: string, value: string): void {
    core.saveState(key, value);
  }
  get(key: string): string {
    return core.getState(key);
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
      core.warning(`Could not read the event payload at ${env.GITHUB_EVENT_PATH}: ${errorMessage(e)}`);
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
