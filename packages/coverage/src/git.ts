/**
 * The change of a branch against its merge base, parsed. The generic git layer (argument
 * arrays, ref validation, merge-base, deepening shallow clones) lives in `@quality/kit/git`,
 * shared with the matrix; this module adds what is coverage's own: the diff.
 */
import { isShallow, mergeBase, noMergeBase, runGit } from '@quality/kit/git';
import { DiffParser } from './diff.js';
import type { ParsedDiff } from './diff.js';

export * from '@quality/kit/git';

/**
 * The change of `head` against its merge base with `base`, parsed: the same
 * "three-dot" diff a pull request shows (`git diff base...head`), so commits that
 * landed on the base branch after the branch point are not part of the change.
 * Throws a ConfigurationError when there is no merge base (see `ensureHistory`).
 */
export async function diffAgainstBase(
  cwd: string,
  base: string,
  head = 'HEAD',
  known?: { mergeBase: string },
): Promise<ParsedDiff> {
  // A merge base the caller already has (ensureHistory's) saves a git run.
  const mb = known?.mergeBase ?? (await mergeBase(cwd, base, head));
  if (mb === null) throw noMergeBase(base, head, await isShallow(cwd));
  const parser = new DiffParser({ name: `git diff ${mb.slice(0, 12)} ${head}` });
  const decoder = new TextDecoder('utf-8');
  await runGit(
    cwd,
    [
      'diff',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '-M',
      '--unified=0',
      '--ignore-submodules=all',
      '--src-prefix=a/',
      '--dst-prefix=b/',
      '--end-of-options',
      mb,
      head,
    ],
    { onStdout: (c) => parser.write(decoder.decode(c, { stream: true })) },
  );
  parser.write(decoder.decode());
  return parser.end();
}
