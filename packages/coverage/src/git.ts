/**
 * The change of a branch against its merge base, parsed. The generic git layer (argument
 * arrays, ref validation, merge-base, deepening shallow clones) lives in `@quality/kit/git`,
 * shared with the matrix; this module adds what is coverage's own: the diff.
 */
import { assertRef, isShallow, mergeBase, noMergeBase, repoRoot, runGit, trackedFiles } from '@quality/kit/git';
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
  return runDiff(cwd, [mb, head], `git diff ${mb.slice(0, 12)} ${head}`);
}

/**
 * `git diff base...head`: the same change, with git finding the merge base itself, so it can run
 * beside the run that finds it (`topLevelAndMergeBases`). With several merge bases git picks one:
 * use the result only when that run found exactly one.
 */
export function diffThreeDot(cwd: string, base: string, head = 'HEAD'): Promise<ParsedDiff> {
  assertRef(base, 'base');
  assertRef(head, 'head');
  return runDiff(cwd, [`${base}...${head}`], `git diff ${base}...${head}`);
}

async function runDiff(cwd: string, revisions: string[], name: string): Promise<ParsedDiff> {
  const parser = new DiffParser({ name });
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
      ...revisions,
    ],
    { onStdout: (c) => parser.write(decoder.decode(c, { stream: true })) },
  );
  parser.write(decoder.decode());
  return parser.end();
}

/** A promise's outcome as a value. It never rejects: git started early is never an unhandled rejection. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export function settle<T>(p: Promise<T>): Promise<Settled<T>> {
  return p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

export interface RepoFiles {
  /** The repository's top level. */
  workspace: string;
  /** Every tracked file, relative to the top level. */
  files: string[];
}

/** The top level and every tracked file (`trackedFiles`: the index, or ls-files) from any folder in it. */
export async function repoFiles(cwd: string): Promise<RepoFiles> {
  const workspace = await repoRoot(cwd);
  return { workspace, files: await trackedFiles(cwd, workspace) };
}
