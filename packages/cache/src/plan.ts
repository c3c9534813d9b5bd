/**
 * From a workspace to one cache entry per package manager: which managers, which files
 * decide the key, the key, and the store paths. Pure apart from the injected tool runner
 * and git, so the action, the CLI and the tests compute exactly the same thing.
 */
import { execFile } from 'node:child_process';
import { homedir } from 'node:os';
import { ConfigurationError } from '@quality/kit/errors';
import { digestFiles, listFiles, matchesPattern, runGit, type GitRunner } from './digest.js';
import { buildKey } from './key.js';
import { MANAGERS, SPECS, detectionFiles, type ManagerName, type Platform, type ToolRunner } from './managers.js';

export interface PlanOptions {
  /** The workspace (repository root or a folder in it). */
  root: string;
  /** Explicit managers; empty or undefined: detect from lockfiles. */
  managers?: readonly ManagerName[];
  prefix: string;
  /** From matrixPart(); '' or undefined for none. */
  matrix?: string;
  runnerOs: string;
  runnerArch: string;
  /** Validated absolute extra paths, added to the first manager's entry. */
  extraPaths?: readonly string[];
  platform?: Platform;
  tool?: ToolRunner;
  git?: GitRunner;
}

export interface ManagerPlan {
  manager: ManagerName;
  key: string;
  restorePrefix: string;
  /** Full hex digest of the files (see digest.ts). */
  digest: string;
  /** Files that went into the digest, relative to the root. */
  files: string[];
  /** Absolute store paths, in the order given to @actions/cache (part of the entry's version). */
  paths: string[];
  runtime: string;
}

export interface Plan {
  entries: ManagerPlan[];
  listing: 'git' | 'walk';
  gitProblem?: string;
  /** Things the user should know (e.g. a manager named without a lockfile). */
  warnings: string[];
}

/** execFile with an argument array and a 20 s limit; undefined when absent or failing. */
export const runTool: ToolRunner = (file, args, cwd) =>
  new Promise((resolve) => {
    execFile(
      file,
      [...args],
      { cwd, timeout: 20_000, windowsHide: true, env: { ...process.env, COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' } },
      (err, stdout) => resolve(err ? undefined : String(stdout).trim()),
    );
  });

export function currentPlatform(env: NodeJS.ProcessEnv = process.env): Platform {
  return { os: process.platform, home: env.HOME || env.USERPROFILE || homedir(), env };
}

export function parseManagers(list: readonly string[], input = 'package-manager'): ManagerName[] {
  const out: ManagerName[] = [];
  for (const raw of list) {
    const m = raw.trim().toLowerCase();
    if (!(MANAGERS as readonly string[]).includes(m)) {
      throw new ConfigurationError(
        `Input '${input}' has the value ${JSON.stringify(raw)}: expected one or more of ${MANAGERS.map((x) => `'${x}'`).join(', ')}.`,
      );
    }
    if (!out.includes(m as ManagerName)) out.push(m as ManagerName);
  }
  return out;
}

async function runtimeVersion(manager: ManagerName, tool: ToolRunner, cwd: string): Promise<string> {
  const r = SPECS[manager].runtime;
  let out = await tool(r.file, r.args, cwd);
  if (out === undefined && r.file === 'python3') out = await tool('python', r.args, cwd);
  const v = out === undefined ? undefined : r.parse(out);
  return v ? `${r.label}${v}` : `${r.label}-none`;
}

export async function planCaches(opts: PlanOptions): Promise<Plan> {
  const tool = opts.tool ?? runTool;
  const platform = opts.platform ?? currentPlatform();
  const candidates = opts.managers && opts.managers.length > 0 ? [...opts.managers] : [...MANAGERS];
  const patterns = new Set<string>();
  for (const m of candidates) {
    for (const p of [...SPECS[m].lockfiles, ...SPECS[m].config, ...detectionFiles(m)]) patterns.add(p);
  }
  const listing = await listFiles(opts.root, [...patterns], opts.git ?? runGit);
  const matching = (names: readonly string[]) => listing.files.filter((f) => names.some((p) => matchesPattern(f, p)));

  const warnings: string[] = [];
  const chosen =
    opts.managers && opts.managers.length > 0
      ? candidates
      : candidates.filter((m) => matching(detectionFiles(m)).length > 0);

  const entries: ManagerPlan[] = [];
  for (const manager of chosen) {
    const spec = SPECS[manager];
    const lockfiles = matching(spec.lockfiles);
    if (lockfiles.length === 0 && manager !== 'go') {
      warnings.push(
        `No ${spec.lockfiles.join(' or ')} found for ${manager}: the key does not change when dependencies change, so the cached store is never refreshed. Commit a lockfile.`,
      );
    }
    const files = matching([...spec.lockfiles, ...spec.config, ...detectionFiles(manager)]);
    const [digest, runtime, paths] = await Promise.all([
      digestFiles(opts.root, files),
      runtimeVersion(manager, tool, opts.root),
      spec.paths(tool, opts.root, platform),
    ]);
    const key = buildKey({
      prefix: opts.prefix,
      os: opts.runnerOs,
      arch: opts.runnerArch,
      manager,
      runtime,
      matrix: opts.matrix,
      digest: digest.digest,
    });
    entries.push({
      manager,
      key: key.key,
      restorePrefix: key.restorePrefix,
      digest: digest.digest,
      files: digest.entries.map((e) => e.path),
      paths: [...new Set(paths)],
      runtime,
    });
  }
  if (opts.extraPaths && opts.extraPaths.length > 0) {
    if (entries.length === 0) {
      throw new ConfigurationError(
        "Input 'path' was given but no package manager was found: extra paths are added to a package manager's cache entry. Set 'package-manager'.",
      );
    }
    const first = entries[0]!;
    first.paths = [...new Set([...first.paths, ...opts.extraPaths])];
  }
  return { entries, listing: listing.source, gitProblem: listing.gitProblem, warnings };
}
