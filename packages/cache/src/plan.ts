/**
 * From a workspace to one cache entry per package manager: which managers, which files
 * decide the key, the key, and the store paths. Pure apart from the injected runtime probe
 * and git, so the action, the CLI and the tests compute exactly the same thing. The tricky
 * rule: every store path, whoever named it, passes the same policy as the `path` input
 * (no credential folders, nothing outside home, workspace, tool cache and runner temp).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { ConfigurationError } from '@quality/kit/errors';
import { escapeLine } from '@quality/kit/escape';
import { digestFiles, listFiles, matchesPattern, runGit, type GitRunner } from './digest.js';
import { buildKey } from './key.js';
import {
  MANAGERS,
  SPECS,
  detectionFiles,
  probeEnv,
  type Env,
  type ManagerName,
  type Platform,
  type StorePath,
  type ToolRunner,
} from './managers.js';
import { FORBIDDEN_NAMES, heldSecret, inside } from './policy.js';

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
  /** Validated absolute extra paths (the `path` input), added to the first manager's entry. */
  extraPaths?: readonly string[];
  /** The OS, home folder and environment of the job (`currentPlatform(process.env)` in the action). */
  platform: Platform;
  /** Runs a runtime probe; default: execFile in an empty temp folder with probeEnv(). */
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
  /** The runtime part of the key ('py3.12', 'go1.22', 'py-none'), '' when the store does not depend on one. */
  runtime: string;
}

export interface Plan {
  entries: ManagerPlan[];
  listing: 'git' | 'walk';
  gitProblem?: string;
  /** Things the user should know (a manager named without a lockfile, a refused store path). */
  warnings: string[];
}

/** A ToolRunner: execFile with an argument array, a 20 s limit and the given environment. */
export function toolRunner(env: Env): ToolRunner {
  const childEnv = probeEnv(env);
  return (file, args, cwd) =>
    new Promise((resolve) => {
      execFile(file, [...args], { cwd, timeout: 20_000, windowsHide: true, env: childEnv }, (err, stdout) =>
        resolve(err ? undefined : String(stdout).trim()),
      );
    });
}

export function currentPlatform(env: Env): Platform {
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

/**
 * The runtime part of the key from a probe's output: `py3.12`, `go1.22`, `<label>-none` when
 * the runtime is absent, '' for managers whose store does not depend on a runtime.
 */
export function runtimeKeyPart(manager: ManagerName, probeOutput: string | undefined): string {
  const r = SPECS[manager].runtime;
  if (!r) return '';
  const v = probeOutput === undefined ? undefined : r.parse(probeOutput);
  return v ? `${r.label}${v}` : `${r.label}-none`;
}

/** Probes the runtime in `cwd`, an empty folder outside the workspace (no repository file configures it). */
async function runtimePart(manager: ManagerName, tool: ToolRunner, cwd: string): Promise<string> {
  const r = SPECS[manager].runtime;
  if (!r) return '';
  for (const file of r.files) {
    const part = runtimeKeyPart(manager, await tool(file, r.args, cwd));
    if (!part.endsWith('-none')) return part;
  }
  return `${r.label}-none`;
}

export interface StoreRoots {
  home: string;
  workspace: string;
  /** RUNNER_TEMP and RUNNER_TOOL_CACHE ('' when unset). */
  runnerTemp: string;
  toolCache: string;
  /** The user's own `path` entries: a store path inside one of them is the user's choice. */
  named: readonly string[];
}

const within = inside;
const withinOrAt = (child: string, parent: string) => child === parent || within(child, parent);

function problemAt(p: string, roots: StoreRoots, via: string): string | undefined {
  const home = resolve(roots.home);
  const ws = resolve(roots.workspace);
  const segs = p.split(sep);
  // 'gh' only as `.config/gh`: a repository named gh lives in work/gh/gh.
  const seg =
    segs.find((s) => s !== 'gh' && FORBIDDEN_NAMES.includes(s)) ??
    (segs.some((s, i) => s === 'gh' && segs[i - 1] === '.config') ? join('.config', 'gh') : undefined);
  if (seg) return `${via}'${seg}' can hold credentials or repository internals`;
  const held = heldSecret(p, home, ws);
  if (held) return `${via}it holds ${held}, which can hold credentials or repository internals`;
  if (withinOrAt(home, p)) return `${via}it holds the whole home folder`;
  if (withinOrAt(ws, p)) return `${via}it holds the whole workspace, including .git`;
  if (roots.named.some((n) => withinOrAt(p, resolve(n)))) return undefined;
  const allowed = [home, ws, roots.runnerTemp, roots.toolCache].filter(Boolean).map((r) => resolve(r));
  if (!allowed.some((r) => within(p, r))) {
    return `${via}it is outside the home folder, the workspace, RUNNER_TOOL_CACHE and RUNNER_TEMP`;
  }
  return undefined;
}

/**
 * Why a store path must not be cached, or undefined when it may be: a credential file or
 * folder in it or under it, the home folder or workspace itself (or a folder holding them),
 * the workspace's `.git`, or a place outside home, workspace, tool cache and runner temp that
 * the user did not name in `path`. Symlinks are followed when the path exists.
 */
export function storePathProblem(path: string, roots: StoreRoots): string | undefined {
  const abs = resolve(path);
  const first = problemAt(abs, roots, '');
  if (first || !existsSync(abs)) return first;
  const real = (p: string) => {
    try {
      return p && existsSync(p) ? realpathSync(p) : p;
    } catch {
      return p;
    }
  };
  const target = real(abs);
  if (target === abs) return undefined;
  const realRoots: StoreRoots = {
    home: real(roots.home),
    workspace: real(roots.workspace),
    runnerTemp: real(roots.runnerTemp),
    toolCache: real(roots.toolCache),
    named: roots.named.map(real),
  };
  return problemAt(target, realRoots, `it resolves to ${target}: `);
}

/** The log line for one entry; file and folder names escaped (kit's escapeLine). */
export function describeEntry(e: ManagerPlan): string {
  return escapeLine(
    `${e.manager}: key ${e.key} from ${e.files.length} file(s) [${e.files.join(', ')}]; paths: ${e.paths.join(', ')}`,
  );
}

export async function planCaches(opts: PlanOptions): Promise<Plan> {
  const platform = opts.platform;
  const root = resolve(opts.root);
  const candidates = opts.managers && opts.managers.length > 0 ? [...opts.managers] : [...MANAGERS];
  const patterns = new Set<string>();
  for (const m of candidates) {
    for (const p of [...SPECS[m].lockfiles, ...SPECS[m].config, ...detectionFiles(m)]) patterns.add(p);
  }
  const listing = await listFiles(root, [...patterns], opts.git ?? runGit);
  const matching = (names: readonly string[]) => listing.files.filter((f) => names.some((p) => matchesPattern(f, p)));

  const warnings: string[] = [];
  const chosen =
    opts.managers && opts.managers.length > 0
      ? candidates
      : candidates.filter((m) => matching(detectionFiles(m)).length > 0);
  const roots: StoreRoots = {
    home: platform.home,
    workspace: root,
    runnerTemp: absOrEmpty(platform.env.RUNNER_TEMP),
    toolCache: absOrEmpty(platform.env.RUNNER_TOOL_CACHE),
    named: opts.extraPaths ?? [],
  };

  // Runtime probes run in an empty folder of their own, never in the workspace.
  const probeDir = chosen.some((m) => SPECS[m].runtime) ? mkdtempSync(join(tmpdir(), 'quality-probe-')) : '';
  const tool = opts.tool ?? toolRunner(platform.env);
  const entries: ManagerPlan[] = [];
  try {
    for (const manager of chosen) {
      const spec = SPECS[manager];
      const lockfiles = matching(spec.lockfiles);
      if (lockfiles.length === 0 && manager !== 'go') {
        warnings.push(
          `No ${spec.lockfiles.join(' or ')} found for ${manager}: the key does not change when dependencies change, so the cached store is never refreshed. Commit a lockfile.`,
        );
      }
      const files = matching([...spec.lockfiles, ...spec.config, ...detectionFiles(manager)]);
      const projectFiles = lockfiles.length > 0 ? lockfiles : matching(detectionFiles(manager));
      const projects = [...new Set(projectFiles.map((f) => resolve(root, dirname(f))))];
      const [digest, runtime] = await Promise.all([digestFiles(root, files), runtimePart(manager, tool, probeDir)]);
      const stores = spec.paths({ root, projects: projects.length > 0 ? projects : [root], platform });
      const paths = admit(manager, stores, roots, warnings);
      if (paths.length === 0) {
        warnings.push(`${manager} is not cached: none of its store paths may be cached.`);
        continue;
      }
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
        paths,
        runtime,
      });
    }
  } finally {
    if (probeDir) rmSync(probeDir, { recursive: true, force: true });
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

function absOrEmpty(v: string | undefined): string {
  return v && isAbsolute(v) ? v : '';
}

/** The store paths that pass the policy; a warning naming each refused one and its source. */
function admit(manager: ManagerName, stores: readonly StorePath[], roots: StoreRoots, warnings: string[]): string[] {
  const out: string[] = [];
  for (const s of stores) {
    const why = storePathProblem(s.path, roots);
    if (why) {
      warnings.push(
        `${manager}: the store path ${JSON.stringify(s.path)} (from ${s.source}) is left out of the cache: ${why}. Point it at a folder of its own inside the home folder, the workspace, RUNNER_TOOL_CACHE or RUNNER_TEMP.`,
      );
    } else if (!out.includes(s.path)) {
      out.push(s.path);
    }
  }
  return out;
}
