/**
 * What `quality lint` and `quality format` share: the options (flags, or INPUT_* variables with
 * `--github`), the projects under the target directory (the matrix detection), the repository
 * files the engine reads, the change for the filter, and (re-exported from ../trust.ts) the
 * trust rule.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ConfigurationError, ConfigValueError, InputError } from '@quality/kit/errors';
import type { ChangedLines } from '@quality/kit/findings';
import { ensureHistory, repoRoot } from '@quality/kit/git';
import type { Inputs } from '@quality/kit/inputs';
import { parseToolList, type ProjectRef, type RepoFiles } from '@quality/lint';
import { detectProjects, diskReader } from '@quality/matrix';
import { changeBase, changeText } from '../change.js';
import { existingDir, fromCwd } from '../args.js';
import type { CliIO } from '../registry.js';

export const posixRel = (from: string, to: string): string => relative(from, to).split(sep).join('/') || '.';

/** Files of the repository for the engine: reads capped at 4 MiB (config files and package.json). */
export function repoFiles(root: string): RepoFiles {
  return {
    read(path) {
      try {
        const abs = join(root, path);
        if (statSync(abs).size > 4 * 1024 * 1024) return undefined;
        return readFileSync(abs, 'utf8');
      } catch {
        return undefined;
      }
    },
    exists: (path) => existsSync(join(root, path)),
  };
}

export interface Target {
  /** Absolute target directory (PATH or working-directory). */
  dir: string;
  /** Absolute repository root (the target itself outside git). */
  root: string;
  inGit: boolean;
  /** The target relative to the root. */
  rel: string;
  projects: ProjectRef[];
}

export async function resolveTarget(cwd: string, given: string | undefined, flag: string): Promise<Target> {
  const dir = existingDir(cwd, given, flag);
  let root = dir;
  let inGit = true;
  try {
    root = await repoRoot(dir);
  } catch {
    inGit = false;
  }
  const rel = posixRel(root, dir);
  const prefix = (d: string) => (rel === '.' ? d : d === '.' ? rel : `${rel}/${d}`);
  // Outside a repository (a home folder, '/'), look only near the target, never the whole disk.
  const projects = detectProjects(diskReader(dir), { maxDepth: inGit ? 12 : 2 }).map((p) => ({
    dir: prefix(p.dir),
    language: p.language,
    packageManager: p.packageManager,
  }));
  return { dir, root, inGit, rel, projects };
}

/** Added lines per repository-relative path (the gate's diff parser, loaded only when a filter needs it). */
export async function changedLines(diffText: string, name: string): Promise<ChangedLines> {
  const { parseDiff } = await import('@quality/coverage');
  const diff = parseDiff(diffText, { name });
  return new Map(diff.files.map((f) => [f.path, new Set(f.added)]));
}

/** The change on a laptop: --diff PATCH, or the work tree against the merge-base with --base (or the default branch). */
export async function localChange(
  t: Target,
  io: CliIO,
  opts: { base?: string; diff?: string },
): Promise<{ changed: ChangedLines; what: string }> {
  if (opts.diff !== undefined) {
    const file = fromCwd(io.cwd, opts.diff);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new ConfigurationError(`--diff ${opts.diff} does not exist or cannot be read.`);
    }
    return { changed: await changedLines(text, opts.diff), what: `the diff ${opts.diff}` };
  }
  if (!t.inGit)
    throw new ConfigurationError(
      `${t.dir} is not in a git repository: give the change with --diff PATCH, or use --filter nofilter.`,
    );
  const { base, mergeBase } = await changeBase(t.root, opts.base);
  return {
    changed: await changedLines(await changeText(t.root, mergeBase, false), `git diff ${mergeBase.slice(0, 12)}`),
    what: `your change since the merge-base with ${base}`,
  };
}

/** The change in a workflow run: the pull request (or push) against its base, committed. */
export async function runChange(
  t: Target,
  base: string | undefined,
): Promise<{ changed: ChangedLines; what: string } | undefined> {
  if (base === undefined) return undefined;
  if (!t.inGit) throw new ConfigurationError(`${t.dir} is not in a git repository: the filter needs the change.`);
  const mergeBase = await ensureHistory(t.root, base, { allowFetch: true });
  return {
    changed: await changedLines(await changeText(t.root, mergeBase, true), `git diff ${mergeBase.slice(0, 12)}`),
    what: `the change since ${base.slice(0, 12)}`,
  };
}

export { assertTrustedCheckout } from '../trust.js';

/**
 * The tools named by `name` (a flag, an action input or a config key), undefined when not set: a
 * wrong name in the config file is reported at its file, line and key.
 */
export function toolsOf(inputs: Inputs, name: string, mode: Parameters<typeof parseToolList>[1]): string[] | undefined {
  const raw = inputs.optional(name);
  if (raw === undefined) return undefined;
  try {
    return parseToolList(raw, mode, name);
  } catch (e) {
    const o = inputs.origin(name);
    if (o && e instanceof InputError) throw new ConfigValueError(o.file, o.line, o.key, raw, e.expected);
    throw e;
  }
}

/** Read a text file's chunks (for the streamed report parsers). */
export async function* fileChunks(path: string): AsyncIterable<Buffer> {
  const { createReadStream } = await import('node:fs');
  for await (const c of createReadStream(path, { highWaterMark: 1 << 20 })) yield c as Buffer;
}
