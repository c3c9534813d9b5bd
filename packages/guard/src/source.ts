/**
 * What the guard reads from git: the tracked files (`git ls-files -s -z`, once), the work tree's
 * copy of each, or the index's blobs through one `git cat-file --batch` process.
 *
 * Tricky rule: a work-tree symlink is read as a link (lstat), never followed, so a link that
 * points out of the repository is never read.
 */
import { closeSync, fstatSync, lstatSync, openSync, readlinkSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { runGit } from '@quality/kit/git';
import type { ScanEntry } from './scan.js';

export interface IndexEntry {
  mode: number;
  /** The blob's object name in the index. */
  object: string;
  /** Repository-relative, '/' separators. */
  path: string;
}

export const SYMLINK_MODE = 0o120000;
export const SUBMODULE_MODE = 0o160000;

/** `git ls-files -s -z`: every index entry (or only `paths`), repository-relative. */
export async function indexEntries(root: string, paths?: readonly string[]): Promise<IndexEntry[]> {
  const args = ['ls-files', '-s', '-z', '--full-name'];
  if (paths) {
    if (paths.length === 0) return [];
    args.push('--', ...paths.map((p) => `:(literal)${p}`));
  }
  const out = (await runGit(root, args)).stdout.toString('utf8');
  const entries: IndexEntry[] = [];
  let seen = '';
  for (let s = 0; s < out.length;) {
    let e = out.indexOf('\0', s);
    if (e < 0) e = out.length;
    const line = out.slice(s, e);
    s = e + 1;
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const path = line.slice(tab + 1);
    if (path === seen) continue; // unmerged entries list one path up to three times
    seen = path;
    const sp = line.indexOf(' ');
    entries.push({ mode: parseInt(line.slice(0, sp), 8), object: line.slice(sp + 1, line.indexOf(' ', sp + 1)), path });
  }
  return entries;
}

/** Read at most `limit` bytes of a file: a large file is sized from its descriptor, never read whole. */
function readFile(abs: string, limit: number): Buffer {
  const fd = openSync(abs, 'r');
  try {
    const size = Math.min(fstatSync(fd).size, limit);
    const buf = Buffer.allocUnsafe(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return off === size ? buf : buf.subarray(0, off);
  } finally {
    closeSync(fd);
  }
}

/** The work tree's copy of a tracked file; undefined when it was deleted or is not a file. */
export function workTreeEntry(root: string, path: string, mode: number): ScanEntry | undefined {
  const abs = join(root, path);
  let st;
  try {
    st = lstatSync(abs);
  } catch {
    return undefined; // deleted in the work tree: nothing to scan
  }
  if (st.isSymbolicLink())
    return { path, mode: SYMLINK_MODE, size: 0, symlinkTarget: readlinkSync(abs), read: () => Buffer.alloc(0) };
  if (!st.isFile()) return mode === SUBMODULE_MODE ? { path, mode, size: 0, read: () => Buffer.alloc(0) } : undefined;
  const size = st.size;
  return {
    path,
    mode: st.mode & 0o111 ? 0o100755 : 0o100644,
    size,
    read: () => readFile(abs, size),
  };
}

/**
 * The contents of many blobs through one `git cat-file --batch`: each answer is a header
 * `<object> <type> <size>\n`, the bytes, then `\n`. A missing object is an error (the index
 * named it, so the repository is broken).
 */
export async function readBlobs(root: string, objects: readonly string[]): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const wanted = [...new Set(objects)];
  if (wanted.length === 0) return out;
  const raw = (await runGit(root, ['cat-file', '--batch'], { input: `${wanted.join('\n')}\n` })).stdout;
  let off = 0;
  for (const name of wanted) {
    const nl = raw.indexOf(10, off);
    if (nl < 0) throw new Error(`git cat-file --batch ended before ${name}`);
    const header = raw.toString('latin1', off, nl);
    const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
    if (!m) throw new Error(`git cat-file --batch: ${header.slice(0, 80)}`);
    const size = Number(m[3]);
    out.set(name, raw.subarray(nl + 1, nl + 1 + size));
    off = nl + 1 + size + 1;
  }
  return out;
}

/** The staged files (added, copied, modified, renamed, type-changed) as the next commit holds them. */
export async function stagedEntries(root: string): Promise<ScanEntry[]> {
  const names = (
    await runGit(root, ['diff', '--cached', '--name-only', '-z', '--no-renames', '--diff-filter=d'])
  ).stdout
    .toString('utf8')
    .split('\0')
    .filter(Boolean);
  const index = await indexEntries(root, names);
  const blobs = await readBlobs(
    root,
    index.filter((e) => e.mode !== SUBMODULE_MODE).map((e) => e.object),
  );
  return index.map((e) => {
    if (e.mode === SUBMODULE_MODE) return { path: e.path, mode: e.mode, size: 0, read: () => Buffer.alloc(0) };
    const blob = blobs.get(e.object)!;
    if (e.mode === SYMLINK_MODE)
      return { path: e.path, mode: e.mode, size: 0, symlinkTarget: blob.toString('utf8'), read: () => Buffer.alloc(0) };
    return { path: e.path, mode: e.mode, size: blob.length, read: () => blob };
  });
}

/** The commits of `from..to` (newest first) with their full messages: `git log -z`. */
export async function commitMessages(
  root: string,
  from: string,
  to: string,
  max = 1000,
): Promise<{ sha: string; message: string }[]> {
  const out = (
    await runGit(root, [
      'log',
      '-z',
      `--max-count=${max}`,
      '--format=%H%n%B',
      '--end-of-options',
      `${from}..${to}`,
      '--',
    ])
  ).stdout.toString('utf8');
  return out
    .split('\0')
    .filter(Boolean)
    .map((c) => {
      const nl = c.indexOf('\n');
      return { sha: nl < 0 ? c : c.slice(0, nl), message: nl < 0 ? '' : c.slice(nl + 1).replace(/\n+$/, '') };
    });
}
