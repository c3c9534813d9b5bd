/**
 * `changed-only`: the projects whose files changed since the merge base with the pull
 * request's base (or the push's `before`), computed with real git.
 */
import { globToRegExp } from './detect.js';
import { changedPaths, ensureHistory, isNullSha, topLevelPrefix } from './git.js';
import type { Project } from './types.js';

/** Root files whose change selects every project. */
export const DEFAULT_ALWAYS = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'bun.lock',
  'bun.lockb',
  'uv.lock',
  'poetry.lock',
  'go.work',
  'go.work.sum',
  '.nvmrc',
  '.node-version',
  '.python-version',
  '.tool-versions',
  '.github/workflows/**',
];

export interface ChangeOptions {
  /** The folder the projects were found in: the repository's top level, or a folder inside it. */
  cwd: string;
  /** Pull request: the base branch or SHA. */
  base?: string;
  /** Push: the `before` SHA (all zero for a new branch). */
  before?: string;
  head?: string;
  /** May the action fetch a missing base and deepen a shallow clone? Default true. */
  allowFetch?: boolean;
  remote?: string;
}

export interface Changes {
  /** Every project is selected (no base, a new branch). */
  all: boolean;
  reason: string;
  /** Changed files inside `cwd`, relative to it (as the projects' folders are). */
  files: string[];
  /** Changed files outside `cwd`, relative to the top level: they select through `always` only. */
  outside?: string[];
  mergeBase?: string;
}

export async function changedFiles(options: ChangeOptions): Promise<Changes> {
  const head = options.head ?? 'HEAD';
  const base = options.base || options.before;
  if (!base) return { all: true, reason: 'no base commit to compare with (not a pull request or push)', files: [] };
  if (isNullSha(base)) return { all: true, reason: 'a new branch: its push has no previous commit', files: [] };
  const mb = await ensureHistory(options.cwd, base, {
    head,
    allowFetch: options.allowFetch ?? true,
    ...(options.remote ? { remote: options.remote } : {}),
  });
  // git names files from the top level; the projects are relative to cwd (working-directory).
  const prefix = await topLevelPrefix(options.cwd);
  const files: string[] = [];
  const outside: string[] = [];
  for (const f of await changedPaths(options.cwd, mb, head)) {
    if (f.startsWith(prefix)) files.push(f.slice(prefix.length));
    else outside.push(f);
  }
  return {
    all: false,
    reason: `changes since ${mb.slice(0, 12)} (merge base of ${base} and ${head})`,
    files,
    ...(outside.length ? { outside } : {}),
    mergeBase: mb,
  };
}

export interface Selection {
  projects: Project[];
  /** Why everything was selected, if it was. */
  allReason?: string;
  /** Changed files per selected project directory. */
  files: Map<string, string[]>;
}

/**
 * The projects owning a changed file: the deepest project directory containing it (all
 * languages of that directory). A change to an `always` file selects every project.
 */
export function selectChanged(projects: Project[], changes: Changes, always: string[] = DEFAULT_ALWAYS): Selection {
  if (changes.all) return { projects, allReason: changes.reason, files: new Map() };
  const alwaysRes = always.map((g) => globToRegExp(g.replace(/^\.\//, '')));
  for (const f of [...changes.files, ...(changes.outside ?? [])]) {
    if (alwaysRes.some((r) => r.test(f)))
      return { projects, allReason: `${f} changed, and it is listed in always`, files: new Map() };
  }
  // Deepest folder first; the root ('.') owns only what no other project folder does.
  const depth = (d: string) => (d === '.' ? -1 : d.length);
  const dirs = [...new Set(projects.map((p) => p.dir))].sort((a, b) => depth(b) - depth(a));
  const files = new Map<string, string[]>();
  for (const f of changes.files) {
    const owner = dirs.find((d) => d === '.' || f === d || f.startsWith(`${d}/`));
    if (owner === undefined) continue;
    const list = files.get(owner);
    if (list) list.push(f);
    else files.set(owner, [f]);
  }
  // A project whose runtime version comes from a changed file outside its folder (a shared
  // services/.python-version) changed too.
  const changed = new Set(changes.files);
  for (const p of projects) {
    const v = p.version?.file;
    if (v && changed.has(v) && !files.has(p.dir)) files.set(p.dir, [v]);
  }
  return { projects: projects.filter((p) => files.has(p.dir)), files };
}
