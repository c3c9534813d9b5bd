/**
 * Run plans through an injected process runner (kit's in the CLI, a fake in tests) and read
 * each tool's answer. Tricky rule: nothing is assumed clean: an exit code outside the tool's
 * "ran fine" set, a truncated or unreadable output, or a failing exit with no findings is an
 * error on that tool's run (nothing measured), reported, never a pass.
 */
import { displayCommand, notStarted, type ProcessResult, type ProcessRunner } from '@quality/kit/process';
import { errorMessage } from '@quality/kit/errors';
import type { Finding } from '@quality/kit/findings';
import { parseBiomeLint, parseEslint, parseTsc } from './parsers/node.js';
import { parseFlake8, parseMypy, parsePylint, parseRuff } from './parsers/python.js';
import { parseGolangci, parseGoVet, parseStaticcheck } from './parsers/go.js';
import {
  parseBiomeFormat,
  parseBlack,
  parseGofmt,
  parseIsort,
  parsePrettierList,
  parseRuffFormat,
  type FormatFile,
} from './parsers/format.js';
import type { PathContext } from './paths.js';
import type { RepoFiles, ToolPlan, ToolRun } from './types.js';
import { unifiedDiff } from './diff.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';

type LintParser = (out: string, ctx: PathContext) => Finding[];
type FormatParser = (out: string, ctx: PathContext) => FormatFile[];

export const LINT_PARSERS: Record<string, LintParser> = {
  eslint: parseEslint,
  tsc: (out, ctx) => parseTsc(out, ctx),
  biome: parseBiomeLint,
  ruff: parseRuff,
  flake8: parseFlake8,
  pylint: parsePylint,
  mypy: parseMypy,
  'go-vet': parseGoVet,
  'golangci-lint': parseGolangci,
  staticcheck: parseStaticcheck,
};

export const FORMAT_PARSERS: Record<string, FormatParser> = {
  prettier: parsePrettierList,
  biome: parseBiomeFormat,
  ruff: parseRuffFormat,
  black: parseBlack,
  isort: parseIsort,
  gofmt: parseGofmt,
};

export interface RunOptions {
  /** Absolute repository root. */
  root: string;
  /** How many processes at once (tools and version probes). Default 2. */
  concurrency?: number;
  timeoutMs?: number;
  /** Per stream (default 256 MiB). */
  maxOutputBytes?: number;
}

const VERSION = /\d+\.\d+(?:\.\d+)?(?:[-+.][\w.]+)?/;

/**
 * The version a `--version` answer names (`go version go1.22.1 ...` → 1.22.1). golangci-lint's
 * `has version X built with goY`: X only (a `(devel)` build names none; goY is Go's version).
 */
export function versionOf(text: string): string | null {
  const own = /\bhas version v?(\S+)/.exec(text);
  if (own) {
    const m = VERSION.exec(own[1]!);
    return m && m.index === 0 ? m[0] : null;
  }
  const m = VERSION.exec(text.replace(/^go version go/, ''));
  return m ? m[0] : null;
}

/**
 * Plans whose flags depend on the tool's major version (golangci-lint v1/v2): the version is
 * asked first and the matching command kept; without a readable version, the pinned module's
 * major (plan.major), else the default command.
 */
async function chooseByVersion(
  plans: readonly ToolPlan[],
  runner: ProcessRunner,
  concurrency: number,
): Promise<ToolPlan[]> {
  return pool(plans, concurrency, async (plan) => {
    if (!plan.argvByMajor || !plan.versionArgv) return plan;
    const r = await runner({
      argv: plan.versionArgv,
      cwd: plan.cwd,
      env: plan.env,
      timeoutMs: 60_000,
      maxOutputBytes: 64 * 1024,
    });
    const version = r.code === 0 ? versionOf(`${r.stdout.toString('utf8')}\n${r.stderr.toString('utf8')}`) : null;
    const major = version !== null ? Number(version.split('.')[0]) : plan.major;
    const chosen: ToolPlan = { ...plan, argv: (major !== undefined && plan.argvByMajor[major]) || plan.argv };
    delete chosen.versionArgv;
    delete chosen.argvByMajor;
    if (version !== null) chosen.version = version;
    return chosen;
  });
}

function tail(buf: Buffer, max = 600): string {
  const s = buf.toString('utf8').trim();
  return s.length > max ? `…${s.slice(-max)}` : s;
}

/** What went wrong with a run, or undefined when its output can be read. */
function runProblem(plan: ToolPlan, r: ProcessResult): { error: string; kind: 'not-installed' | 'failed' } | undefined {
  const program = plan.argv[0]!;
  if (r.spawnError) {
    const enoent = r.spawnError.code === 'ENOENT';
    return {
      kind: enoent ? 'not-installed' : 'failed',
      error: enoent
        ? `${plan.tool}: ${program} was not found (${plan.reason} asks for ${plan.tool}). Install it${program === 'go' || program === 'gofmt' ? ' (the Go toolchain, e.g. actions/setup-go)' : ` or put ${program} on PATH`}.`
        : `${plan.tool}: could not start ${program}: ${r.spawnError.message}`,
    };
  }
  const stderr = r.stderr.toString('utf8');
  const missing = /No module named ['"]?([\w.-]+)/.exec(stderr);
  if (missing && r.code !== 0 && plan.argv.includes('-m')) {
    return {
      kind: 'not-installed',
      error: `${plan.tool} is configured (${plan.reason}) but not installed for ${program}: add ${plan.tool} to your development dependencies and install them (pip install ${plan.tool}, poetry install, uv sync), or activate the project's virtualenv.`,
    };
  }
  if (r.timedOut) return { kind: 'failed', error: `${plan.tool} did not finish in time and was stopped.` };
  if (r.truncated)
    return { kind: 'failed', error: `${plan.tool} printed more than the output limit; its answer was not read.` };
  if (r.code === null || !plan.okExit.includes(r.code)) {
    return {
      kind: 'failed',
      error: `${plan.tool} failed (exit ${r.code ?? r.signal}): ${tail(r.stderr) || tail(r.stdout) || 'no output'}`,
    };
  }
  return undefined;
}

/** Write a plan's files (tsc -b wrappers); a failure is that run's spawn error, reported as such. */
function writePlanFiles(files: Record<string, string>): ProcessResult | undefined {
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(posix.dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
    return undefined;
  } catch (e) {
    // Not ENOENT's "not found": the tool is there, its temporary config is not.
    return notStarted(new Error(`cannot write its temporary config: ${errorMessage(e)}`));
  }
}

async function pool<T, R>(items: readonly T[], n: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(n, items.length)) }, worker));
  return out;
}

/** Run every plan (and the version probes it needs) and read the answers. */
export async function runTools(given: readonly ToolPlan[], runner: ProcessRunner, o: RunOptions): Promise<ToolRun[]> {
  const plans = await chooseByVersion(given, runner, o.concurrency ?? 2);
  const jobs: { plan: ToolPlan; probe: boolean }[] = [];
  for (const plan of plans) {
    jobs.push({ plan, probe: false });
    if (plan.version === undefined && plan.versionArgv) jobs.push({ plan, probe: true });
  }
  const results = await pool(jobs, o.concurrency ?? 2, (j) => {
    if (!j.probe && j.plan.files) {
      const failed = writePlanFiles(j.plan.files);
      if (failed) return Promise.resolve(failed);
    }
    return runner({
      argv: j.probe ? j.plan.versionArgv! : j.plan.argv,
      cwd: j.plan.cwd,
      env: j.plan.env,
      timeoutMs: j.probe ? 60_000 : o.timeoutMs,
      maxOutputBytes: j.probe ? 64 * 1024 : o.maxOutputBytes,
    });
  });
  // `python3 -m tool` without the module: the tool's own command on PATH, once, with its version.
  const noModule = (r: ProcessResult) => r.code !== 0 && /No module named/.test(r.stderr.toString('utf8'));
  for (let i = 0; i < jobs.length; i++) {
    const j = jobs[i]!;
    if (j.probe || !j.plan.fallbackArgv || !noModule(results[i]!)) continue;
    const fb: ToolPlan = { ...j.plan, argv: j.plan.fallbackArgv, versionArgv: [j.plan.fallbackArgv[0]!, '--version'] };
    delete fb.fallbackArgv;
    if (j.plan.fallbackFixArgv) fb.fixArgv = j.plan.fallbackFixArgv;
    const [r, v] = await Promise.all([
      runner({ argv: fb.argv, cwd: fb.cwd, env: fb.env, timeoutMs: o.timeoutMs, maxOutputBytes: o.maxOutputBytes }),
      runner({ argv: fb.versionArgv!, cwd: fb.cwd, env: fb.env, timeoutMs: 60_000, maxOutputBytes: 64 * 1024 }),
    ]);
    const probe = jobs.findIndex((p) => p.probe && p.plan === j.plan);
    results[i] = r;
    j.plan = fb;
    if (probe !== -1) {
      jobs[probe]!.plan = fb;
      results[probe] = v;
    }
  }
  const versions = new Map<ToolPlan, string | null>();
  jobs.forEach((j, i) => {
    if (!j.probe) return;
    const r = results[i]!;
    versions.set(j.plan, r.code === 0 ? versionOf(`${r.stdout.toString('utf8')}\n${r.stderr.toString('utf8')}`) : null);
  });
  const runs: ToolRun[] = [];
  jobs.forEach((j, i) => {
    if (j.probe) return;
    const { plan } = j;
    const r = results[i]!;
    const run: ToolRun = {
      name: plan.tool,
      mode: plan.mode,
      dir: plan.dir,
      cwd: plan.cwd,
      ...(plan.fixArgv ? { fixArgv: plan.fixArgv } : {}),
      ...(plan.stdinArgv ? { stdinArgv: plan.stdinArgv } : {}),
      ...(plan.covers?.length ? { covers: plan.covers } : {}),
      version: plan.version ?? versions.get(plan) ?? null,
      command: displayCommand(plan.argv),
      exitCode: r.code,
      durationMs: Math.round(r.durationMs),
      findings: [],
      files: [],
    };
    const problem = runProblem(plan, r);
    if (problem) {
      run.error = problem.error;
      run.errorKind = problem.kind;
      runs.push(run);
      return;
    }
    const text = (plan.stream === 'stderr' ? r.stderr : r.stdout).toString('utf8');
    const ctx: PathContext = { root: o.root, cwd: plan.dir };
    try {
      if (plan.mode === 'lint') run.findings = LINT_PARSERS[plan.tool]!(text, ctx);
      else run.files = FORMAT_PARSERS[plan.tool]!(text, ctx);
    } catch (e) {
      run.error = `${plan.tool}: ${errorMessage(e)}`;
      run.errorKind = 'failed';
    }
    // A tool that says "failed" (exit != 0) but reported nothing we could read: not a pass.
    if (!run.error && r.code !== 0 && run.findings.length === 0 && run.files.length === 0) {
      run.error = `${plan.tool} exited ${r.code} but reported nothing quality could read: ${tail(r.stderr) || tail(r.stdout) || 'no output'}`;
      run.errorKind = 'failed';
    }
    runs.push(run);
  });
  return runs;
}

/**
 * Fill in the diff of listed files whose formatter printed none (prettier, biome): each file is
 * formatted from stdin by the same binary and compared in process. At most `max` files, each
 * under 1 MiB; a file that cannot be read or formatted keeps no diff (the list stays complete).
 */
export async function addFormatDiffs(
  runs: readonly ToolRun[],
  runner: ProcessRunner,
  o: { root: string; files: RepoFiles; max?: number },
): Promise<void> {
  let left = o.max ?? 20;
  for (const run of runs) {
    if (!run.stdinArgv || run.error) continue;
    for (const f of run.files) {
      if (f.diff || left <= 0) continue;
      const before = o.files.read(f.path);
      if (before === undefined || before.length > 1024 * 1024) continue;
      left--;
      const rel = posix.relative(run.dir === '.' ? '' : run.dir, f.path);
      const argv = [...run.stdinArgv];
      if (argv[argv.length - 1]!.endsWith('=')) argv[argv.length - 1] += rel;
      else argv.push(rel);
      const r = await runner({
        argv,
        cwd: run.cwd,
        env: { NO_COLOR: '1' },
        input: before,
        timeoutMs: 60_000,
        maxOutputBytes: 4 * 1024 * 1024,
      });
      if (r.code !== 0 || r.truncated) continue;
      const diff = unifiedDiff(before, r.stdout.toString('utf8'), f.path);
      if (diff) f.diff = diff;
    }
  }
}
