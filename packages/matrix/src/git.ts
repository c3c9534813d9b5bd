/**
 * The git calls `changed-only` needs, with the real git binary and argument arrays only.
 *
 * NOTE: packages/coverage/src/git.ts has the same operations (mergeBase, isShallow,
 * ensureHistory), but `@quality/coverage` does not export them yet; this is a minimal copy of
 * the same approach (including the deepen loop that names both tips) to unify later.
 */
import { execFile } from 'node:child_process';
import { ConfigurationError } from '@quality/kit/errors';

export class GitError extends Error {
  override readonly name = 'GitError';
  constructor(
    readonly args: readonly string[],
    readonly code: number,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} exited with ${code}: ${stderr.trim() || '(no message)'}`);
  }
}

const CONFIG = [
  '-c',
  'core.quotePath=false',
  '-c',
  'diff.renameLimit=100000',
  '-c',
  'diff.relative=false',
  '-c',
  'diff.external=',
];

export function git(
  cwd: string,
  args: readonly string[],
  ok: readonly number[] = [0],
): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...CONFIG, ...args],
      { cwd, maxBuffer: 1024 * 1024 * 1024, encoding: 'utf8' },
      (err, stdout, stderr) => {
        const code = err
          ? typeof (err as { code?: unknown }).code === 'number'
            ? (err as { code: number }).code
            : -1
          : 0;
        if (err && code === -1) reject(err);
        else if (!ok.includes(code)) reject(new GitError(args, code, stderr));
        else resolve({ code, stdout });
      },
    );
  });
}

export function isNullSha(sha: string | undefined): boolean {
  return typeof sha === 'string' && /^(?:0{40}|0{64})$/.test(sha);
}

/** Refuses refs that git would read as an option or that are not valid ref names or SHAs. */
export function assertRef(ref: string, what: string): void {
  const bad =
    ref === '' ||
    ref.startsWith('-') ||
    /[\x00-\x20\x7f~^:?*[\\]/.test(ref) ||
    ref.includes('..') ||
    ref.includes('@{') ||
    ref.endsWith('/') ||
    ref.endsWith('.lock');
  if (bad)
    throw new ConfigurationError(`The ${what} ${JSON.stringify(ref)} is not a valid git ref name or commit SHA.`);
}

export async function resolveCommit(cwd: string, rev: string): Promise<string | undefined> {
  const r = await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], [0, 1, 128]);
  return r.code === 0 ? r.stdout.trim() : undefined;
}

export async function isShallow(cwd: string): Promise<boolean> {
  return (await git(cwd, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
}

export async function mergeBase(cwd: string, a: string, b: string): Promise<string | undefined> {
  const r = await git(cwd, ['merge-base', '--end-of-options', a, b], [0, 1]);
  return r.code === 0 ? r.stdout.trim() : undefined;
}

const HINT =
  'Check out more history: actions/checkout with `fetch-depth: 0`, or let the action fetch (allow-fetch: true).';

export interface HistoryOptions {
  allowFetch: boolean;
  remote?: string;
  /** Most commits to deepen by in total (default 2000). */
  maxDeepen?: number;
}

/**
 * The merge base of `base` and `head`, fetching a missing base and deepening a shallow clone
 * (50, 100, 200 ... commits, naming both tips) when allowed.
 */
export async function ensureMergeBase(
  cwd: string,
  base: string,
  head: string,
  options: HistoryOptions,
): Promise<string> {
  const remote = options.remote ?? 'origin';
  assertRef(base, 'base');
  assertRef(head, 'head');
  assertRef(remote, 'remote');
  let baseSha = await resolveCommit(cwd, base);
  if (baseSha === undefined) {
    if (!options.allowFetch) throw new ConfigurationError(`The base ${base} is not in this clone. ${HINT}`);
    const sha = /^[0-9a-f]{40,64}$/i.test(base);
    const name = base.startsWith(`${remote}/`) ? base.slice(remote.length + 1) : base.replace(/^refs\/heads\//, '');
    const local = sha ? base : `refs/remotes/${remote}/${name}`;
    await git(
      cwd,
      [
        'fetch',
        '--quiet',
        '--no-tags',
        '--depth=1',
        '--end-of-options',
        remote,
        sha ? base : `+refs/heads/${name}:${local}`,
      ],
      [0, 1, 128],
    );
    baseSha = await resolveCommit(cwd, local);
    if (baseSha === undefined)
      throw new ConfigurationError(
        `The base ${base} is not in this clone and could not be fetched from ${remote}. ${HINT}`,
      );
  }
  const headSha = await resolveCommit(cwd, head);
  if (headSha === undefined) throw new ConfigurationError(`The head ${head} is not a commit in this repository.`);
  const max = options.maxDeepen ?? 2000;
  let deepened = 0;
  let step = 50;
  for (;;) {
    const mb = await mergeBase(cwd, baseSha, headSha);
    if (mb) return mb;
    const shallow = await isShallow(cwd);
    if (!shallow) throw new ConfigurationError(`${base} and ${head} have no common ancestor (unrelated histories).`);
    if (!options.allowFetch || deepened >= max) {
      throw new ConfigurationError(
        `No common ancestor of ${base} and ${head} in this shallow clone${deepened ? ` after fetching ${deepened} more commits` : ''}. ${HINT}`,
      );
    }
    const n = Math.min(step, max - deepened);
    await git(cwd, ['fetch', '--quiet', '--no-tags', `--deepen=${n}`, '--end-of-options', remote, baseSha, headSha]);
    deepened += n;
    step *= 2;
  }
}

/**
 * Files changed between `from` and `to` (both sides of a rename count: a move out of a
 * project changes that project too). No limit on the number of files.
 */
export async function changedPaths(cwd: string, from: string, to: string): Promise<string[]> {
  const { stdout } = await git(cwd, [
    'diff',
    '--name-status',
    '-z',
    '-M',
    '--no-ext-diff',
    '--ignore-submodules=all',
    '--end-of-options',
    from,
    to,
  ]);
  const parts = stdout.split('\0');
  const out = new Set<string>();
  for (let i = 0; i < parts.length;) {
    const status = parts[i++]!;
    if (status === '') continue;
    if (status[0] === 'R' || status[0] === 'C') {
      out.add(parts[i++]!);
      out.add(parts[i++]!);
    } else out.add(parts[i++]!);
  }
  return [...out].sort();
}

/** Tracked files, relative to the top level. */
export async function trackedFiles(cwd: string): Promise<string[]> {
  const { stdout } = await git(cwd, ['ls-files', '-z', '--full-name', '--', ':/']);
  return stdout.split('\0').filter(Boolean);
}
