/**
 * "Your change" on a laptop, one way for every command that measures it (check, guard): the
 * merge-base of HEAD with the base branch, and the diff of the work tree (or of the commits)
 * against it. The one rule: no base branch found is an error naming --base, never "no change".
 */
import { ConfigurationError } from '@quality/kit/errors';
import { ensureHistory, resolveCommit, runGit } from '@quality/kit/git';

/** Tried in order when --base is not given (after the remote's default branch). */
export const BASE_CANDIDATES = ['origin/main', 'origin/master', 'main', 'master'];

/** The base branch: the remote's default branch, then the usual names; undefined when none exists. */
export async function defaultBase(root: string): Promise<string | undefined> {
  const head = await runGit(root, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'], { ok: [0, 1, 128] });
  const remoteDefault =
    head.code === 0
      ? head.stdout
          .toString('utf8')
          .trim()
          .replace(/^refs\/remotes\//, '')
      : '';
  for (const ref of [remoteDefault, ...BASE_CANDIDATES]) {
    if (ref && (await resolveCommit(root, ref)) !== null) return ref;
  }
  return undefined;
}

/** The base (given or found) and its merge-base with HEAD. */
export async function changeBase(
  root: string,
  given: string | undefined,
): Promise<{ base: string; mergeBase: string }> {
  const base = given ?? (await defaultBase(root));
  if (base === undefined) {
    throw new ConfigurationError(
      `No base branch found (tried refs/remotes/origin/HEAD, ${BASE_CANDIDATES.join(', ')}): give the branch your change is based on with --base REF.`,
    );
  }
  if ((await resolveCommit(root, base)) === null) {
    throw new ConfigurationError(`--base ${base} is not a commit in ${root}. Fetch it, or give another --base REF.`);
  }
  return { base, mergeBase: await ensureHistory(root, base, { allowFetch: false }) };
}

/** The diff of the change: `git diff MB` (work tree) or `git diff MB HEAD` (committed). */
export async function changeText(root: string, mergeBase: string, committed: boolean): Promise<string> {
  const args = ['diff', '--no-color', '--no-ext-diff', '--no-textconv', '-M', '--unified=0'];
  args.push('--ignore-submodules=all', '--src-prefix=a/', '--dst-prefix=b/', '--end-of-options', mergeBase);
  if (committed) args.push('HEAD');
  return (await runGit(root, args)).stdout.toString('utf8');
}

/**
 * The files of the change that are in the work tree, relative to `root`: `git diff --name-only
 * MB` (committed, staged and unstaged changes; untracked files are not part of it, deleted ones
 * are left out: they have no modification time).
 */
export async function changedFiles(root: string, mergeBase: string): Promise<string[]> {
  const args = ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', '--ignore-submodules=all'];
  args.push('--end-of-options', mergeBase);
  return (await runGit(root, args)).stdout.toString('utf8').split('\0').filter(Boolean);
}
