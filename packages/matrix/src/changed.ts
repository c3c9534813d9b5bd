/**
 * `changed-only`: the projects whose files changed since the merge base with the pull
 * request's base (or the push's `before`), computed with real git.
 */
import { globToRegExp } from './detect.js';
import { changedPaths, ensureHistory, isNullSha } from './git.js';
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
  /** Repository root (work tree top level). */
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
  files: string[];
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
  const files = await changedPaths(options.cwd, mb, head);
  return {
    all: false,
    reason: `changes since ${mb.slice(0, 12)} (merge base of ${base} and ${head})`,
    files,
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
  for (const f of changes.files) {
    if (alwaysRes.some((r) => r.test(f)))
      return { projects, allReason: `${f} changed, and it is listed in always`, files: new Map() };
  }
  const dirs = [...new Set(projects.map((p) => p.dir))].sort((a, b) => b.length - a.length);
  const files = new Map<string, string[]>();
  for (const f of changes.files) {
    const owner = dirs.find((d) => d === '.' || f === d || f.startsWith(`${d}/`));
    if (owner === undefined) continue;
    const list = files.get(owner);
    if (list) list.push(f);
    else files.set(owner, [f]);
  }
  return { projects: projects.filter((p) => files.has(p.dir)), files };
}
