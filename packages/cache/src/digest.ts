/**
 * Which files decide a cache key, and their digest.
 *
 * Listing: git's own index (`git ls-files -z --cached` with `:(glob)**\/<name>` pathspecs, so
 * nothing outside the index is even looked at: a populated node_modules costs nothing).
 * Outside a git work tree (or when git refuses, e.g. "dubious ownership" in a container), a
 * directory walk that never descends into node_modules, .git, virtualenvs or vendor folders.
 *
 * Digest (hex sha256), the one definition used everywhere (action, CLI, benchmark):
 *
 *   sha256( concat over files sorted by the UTF-8 bytes of their path of
 *           `<path relative to the root, '/' separated>` NUL `<hex sha256 of the file's bytes>` LF )
 *
 * File contents are read from the working tree (what the install step will read), not from
 * the index. A listed file that no longer exists on disk is left out.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage } from '@quality/kit/errors';
import { GitError, runGit as kitRunGit } from '@quality/kit/git';

/** Folders the fallback walk never enters (and the git listing excludes). */
export const SKIPPED_DIRS: readonly string[] = [
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'vendor',
  '.venv',
  'venv',
  '.tox',
  '.nox',
  '__pycache__',
  'bower_components',
  '.pnpm-store',
  '.yarn',
];

export interface FileList {
  /** Paths relative to the root, '/' separated, sorted by UTF-8 bytes. */
  files: string[];
  source: 'git' | 'walk';
  /** Why git was not used, when it was not. */
  gitProblem?: string;
}

/** Byte order of the UTF-8 encodings (JS string order differs for characters outside the BMP). */
export function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function escapeGlob(s: string): string {
  return s.replace(/[[\]\\]/g, '\\$&');
}

/** Pathspecs for `git ls-files`: each pattern in any folder, minus the skipped folders. */
export function gitPathspecs(patterns: readonly string[]): string[] {
  return [
    ...patterns.map((p) => `:(glob)**/${p}`),
    ...SKIPPED_DIRS.filter((d) => d !== '.git').map((d) => `:(glob,exclude)**/${escapeGlob(d)}/**`),
  ];
}

const globCache = new Map<string, RegExp>();
function segmentRegex(glob: string): RegExp {
  let re = globCache.get(glob);
  if (!re) {
    re = new RegExp(
      '^' +
        glob
          .split('')
          .map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
          .join('') +
        '$',
    );
    globCache.set(glob, re);
  }
  return re;
}

/** Does a relative path end with the (one or more segment) pattern, as `**\/<pattern>` means? */
export function matchesPattern(relPath: string, pattern: string): boolean {
  const segs = relPath.split('/');
  const want = pattern.split('/');
  if (want.length > segs.length) return false;
  const tail = segs.slice(segs.length - want.length);
  return want.every((w, i) => segmentRegex(w).test(tail[i]!));
}

export type GitRunner = (args: readonly string[], cwd: string) => Promise<string>;

/** kit's git, without taking optional locks (a listing must not block the job's own git). */
export const runGit: GitRunner = async (args, cwd) => {
  try {
    const r = await kitRunGit(cwd, args, { env: { GIT_OPTIONAL_LOCKS: '0' } });
    return r.stdout.toString('utf8');
  } catch (e) {
    throw new Error(e instanceof GitError ? e.stderr.trim() || e.message : errorMessage(e));
  }
};

/** Tracked files matching the patterns, from git's index. Throws when git cannot answer. */
export async function gitListFiles(
  root: string,
  patterns: readonly string[],
  git: GitRunner = runGit,
): Promise<string[]> {
  // Pathspecs and output are both relative to root (git's default): one process, no prefix work.
  const out = await git(['ls-files', '-z', '--cached', '--', ...gitPathspecs(patterns)], root);
  const files = out.split('\0').filter(Boolean);
  return [...new Set(files)].sort(byteOrder);
}

/** Walk the tree, never entering SKIPPED_DIRS or a folder holding pyvenv.cfg (a virtualenv). */
export function walkListFiles(root: string, patterns: readonly string[]): string[] {
  const skipped = new Set(SKIPPED_DIRS);
  const found: string[] = [];
  const stack: string[] = [''];
  while (stack.length > 0) {
    const rel = stack.pop()!;
    const abs = rel === '' ? root : join(root, rel);
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      continue;
    }
    if (rel !== '' && entries.some((e) => e.name === 'pyvenv.cfg')) continue;
    for (const e of entries) {
      const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (!skipped.has(e.name)) stack.push(childRel);
      } else if (e.isFile() && patterns.some((p) => matchesPattern(childRel, p))) {
        found.push(childRel);
      }
    }
  }
  return found.sort(byteOrder);
}

export async function listFiles(root: string, patterns: readonly string[], git: GitRunner = runGit): Promise<FileList> {
  try {
    return { files: await gitListFiles(root, patterns, git), source: 'git' };
  } catch (e) {
    return {
      files: walkListFiles(root, patterns),
      source: 'walk',
      gitProblem: e instanceof Error ? e.message.split('\n')[0] : String(e),
    };
  }
}

export interface Digest {
  /** hex sha256, see the module comment. */
  digest: string;
  /** The files that went in, with their own hex sha256. */
  entries: { path: string; sha256: string }[];
}

/** The digest of the given files (relative to root). Files missing on disk are left out. */
export async function digestFiles(root: string, relPaths: readonly string[]): Promise<Digest> {
  const sorted = [...new Set(relPaths)].sort(byteOrder);
  const hashed = await Promise.all(
    sorted.map(async (path) => {
      try {
        const bytes = await readFile(join(root, path));
        return { path, sha256: createHash('sha256').update(bytes).digest('hex') };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT' && !existsSync(join(root, path))) return undefined;
        throw e;
      }
    }),
  );
  const entries = hashed.filter((h): h is { path: string; sha256: string } => h !== undefined);
  const h = createHash('sha256');
  for (const e of entries) h.update(`${e.path}\0${e.sha256}\n`, 'utf8');
  return { digest: h.digest('hex'), entries };
}
