/**
 * What the matrix needs from git beyond the shared layer (`@quality/kit/git`: argument arrays,
 * ref validation, merge-base, deepening shallow clones): the paths a change touches.
 */
import { runGit } from '@quality/kit/git';

export { GitError, ensureHistory, isNullSha } from '@quality/kit/git';

/**
 * Files changed between `from` and `to` (both sides of a rename count: a move out of a
 * project changes that project too). No limit on the number of files.
 */
export async function changedPaths(cwd: string, from: string, to: string): Promise<string[]> {
  const { stdout } = await runGit(cwd, [
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
  const parts = stdout.toString('utf8').split('\0');
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

/** `cwd` relative to the work tree's top level, with a trailing '/' ('' at the top level). */
export async function topLevelPrefix(cwd: string): Promise<string> {
  const { stdout } = await runGit(cwd, ['rev-parse', '--show-prefix']);
  return stdout.toString('utf8').trim();
}
