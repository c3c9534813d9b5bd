/**
 * What the guard reads from git: the tracked files (`git ls-files -s -z`, once), the work tree's
 * copy of each, or the index's blobs through one `git cat-file --batch` process.
 *
 * Tricky rule: a work-tree symlink is read as a link (lstat), never followed, so a link that
 * points out of the repository is never read.
 */
import { closeSync, constants as fsConstants, fstatSync, lstatSync, openSync, readlinkSync, readSync } from 'node:fs';
import { join, posix } from 'node:path';
import { runGit } from '@quality/kit/git';
import { isBinary } from './files.js';
import { READ_PREFILTER } from './reader.js';
import type { Loaded, ScanEntry } from './scan.js';

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

/** `git ls-files -z --full-name`: every index path, names only (no modes, half the bytes). */
export async function indexPaths(root: string): Promise<string> {
  return (await runGit(root, ['ls-files', '-z', '--full-name'])).stdout.toString('utf8');
}

/**
 * Of a NUL-separated index listing, the few paths the file checks of a small change need: those
 * that differ only by case from a changed path or one of its folders (a collision), and one path
 * at or under each symlink target of the change (the target exists). The checks then see a
 * handful of paths, not the whole repository; the findings are the same.
 *
 * Tricky rule: a path's folders are walked from the top and the walk stops at the first folder
 * no changed path shares (case-insensitively), so most paths cost one comparison.
 */
export function relatedPaths(
  listing: string,
  changed: readonly string[],
  symlinks: ReadonlyMap<string, string> = new Map(),
): string[] {
  const exact = new Set<string>();
  const lower = new Set<string>();
  const note = (p: string) => {
    exact.add(p);
    lower.add(p.toLowerCase());
  };
  for (const p of changed) {
    note(p);
    for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1)) note(p.slice(0, i));
  }
  // A target inside the repository, as brokenSymlink resolves it.
  const targets = new Set<string>();
  for (const [path, target] of symlinks) {
    const t = posix.normalize(posix.join(posix.dirname(path), target)).replace(/\/$/, '');
    if (!posix.isAbsolute(target) && t !== '..' && !t.startsWith('../')) targets.add(t);
  }
  const out: string[] = [];
  for (let s = 0; s < listing.length;) {
    let e = listing.indexOf('\0', s);
    if (e < 0) e = listing.length;
    const p = listing.slice(s, e);
    s = e + 1;
    if (!p) continue;
    let keep = false;
    const low = p.toLowerCase();
    for (let i = 0; ;) {
      const j = low.indexOf('/', i);
      const end = j < 0 ? low.length : j;
      if (!lower.has(low.slice(0, end))) break;
      if (!exact.has(p.slice(0, end))) {
        keep = true;
        break;
      }
      if (j < 0) break;
      i = j + 1;
    }
    if (!keep && targets.size) {
      if (targets.has(p)) keep = true;
      else for (let i = p.indexOf('/'); i > 0 && !keep; i = p.indexOf('/', i + 1)) keep = targets.has(p.slice(0, i));
    }
    if (keep) out.push(p);
  }
  return out;
}

/** One scratch buffer for every work-tree read: most files fit, so a read allocates nothing. */
let scratch = Buffer.allocUnsafe(1 << 20);
const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0) | (fsConstants.O_NONBLOCK ?? 0);

/**
 * Open, read and close: three system calls for a file that fits the scratch buffer (a short
 * read of a regular file is its end). O_NOFOLLOW: a symlink is never followed (ELOOP), its
 * target is read instead; O_NONBLOCK: a FIFO in the work tree cannot hang the scan.
 */
function loadFile(
  abs: string,
  maxBytes: number,
  statOnly = false,
): { size: number; data?: Buffer; symlinkTarget?: string } | undefined {
  if (statOnly) {
    try {
      const st = lstatSync(abs);
      if (st.isSymbolicLink()) return { size: 0, symlinkTarget: readlinkSync(abs) };
      return st.isFile() ? { size: st.size } : undefined;
    } catch {
      return undefined;
    }
  }
  let fd: number;
  try {
    fd = openSync(abs, OPEN_FLAGS);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK') {
      try {
        return { size: 0, symlinkTarget: readlinkSync(abs) };
      } catch {
        return undefined;
      }
    }
    return undefined; // deleted in the work tree: nothing to scan
  }
  try {
    let n = readSync(fd, scratch, 0, scratch.length, 0);
    if (n < scratch.length) return { size: n, data: scratch.subarray(0, n) };
    const st = fstatSync(fd);
    if (!st.isFile()) return undefined;
    if (st.size > maxBytes) return { size: st.size };
    if (st.size > scratch.length) {
      const bigger = Buffer.allocUnsafe(st.size);
      scratch.copy(bigger, 0, 0, n);
      scratch = bigger.length <= 64 << 20 ? bigger : scratch;
      for (let r = 1; n < st.size && r > 0; n += r) r = readSync(fd, bigger, n, st.size - n, n);
      return { size: st.size, data: bigger.subarray(0, n) };
    }
    return { size: n, data: scratch.subarray(0, n) };
  } catch {
    return undefined; // a directory (EISDIR) or a file that vanished: not a file to scan
  } finally {
    closeSync(fd);
  }
}

/**
 * The work tree's copy of a tracked file, read lazily by the scan. The mode is the index's:
 * git records the executable bit there, whatever the file system says.
 */
export function workTreeEntry(root: string, path: string, mode: number, clean = false): ScanEntry {
  const abs = join(root, path);
  const entry: ScanEntry = {
    path,
    mode,
    size: 0,
    clean,
    read: () => entry.load!(Infinity)?.data ?? Buffer.alloc(0),
    load: (maxBytes, statOnly) => loadFile(abs, maxBytes, statOnly),
  };
  return entry;
}

/**
 * What the reader thread finds for one file (see reader.ts), in this thread: for small scopes,
 * and when no worker can start. `how` is READ_PREFILTER or READ_CONTENT.
 */
export function readWorkTreeFile(
  root: string,
  path: string,
  how: number,
  maxScan: number,
  triggers: RegExp | null,
): Loaded | null {
  const l = loadFile(join(root, path), maxScan);
  if (!l) return null;
  if (l.symlinkTarget !== undefined) return { size: 0, symlinkTarget: l.symlinkTarget };
  if (l.data === undefined || l.size > maxScan) return { size: l.size };
  if (isBinary(l.data)) return { size: l.size, binary: true };
  if (how === READ_PREFILTER && triggers && !triggers.test(l.data.toString('utf8')))
    return { size: l.size, clean: true };
  return { size: l.size, data: l.data };
}

/**
 * `git cat-file --batch` of `specs` (object names or `rev:path`), in order: each answer is a
 * header `<object> <type> <size>\n`, the bytes, then `\n`; `<spec> missing\n` when there is no
 * such object (undefined).
 */
async function catFile(
  root: string,
  specs: readonly string[],
): Promise<({ type: string; data: Buffer } | undefined)[]> {
  if (specs.length === 0) return [];
  const raw = (await runGit(root, ['cat-file', '--batch'], { input: `${specs.join('\n')}\n` })).stdout;
  const out: ({ type: string; data: Buffer } | undefined)[] = [];
  let off = 0;
  for (const spec of specs) {
    const nl = raw.indexOf(10, off);
    if (nl < 0) throw new Error(`git cat-file --batch ended before ${spec}`);
    const header = raw.toString('utf8', off, nl);
    off = nl + 1;
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
      out.push(undefined);
      continue;
    }
    const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
    if (!m) throw new Error(`git cat-file --batch: ${header.slice(0, 80)}`);
    const size = Number(m[3]);
    out.push({ type: m[2]!, data: raw.subarray(off, off + size) });
    off += size + 1;
  }
  return out;
}

/**
 * The contents of many blobs through one `git cat-file --batch`. A missing object is an error
 * (the index named it, so the repository is broken).
 */
export async function readBlobs(root: string, objects: readonly string[]): Promise<Map<string, Buffer>> {
  const wanted = [...new Set(objects)];
  const answers = await catFile(root, wanted);
  const out = new Map<string, Buffer>();
  wanted.forEach((name, i) => {
    const a = answers[i];
    if (!a) throw new Error(`git cat-file --batch: ${name} missing`);
    out.set(name, a.data);
  });
  return out;
}

/** The names in a git tree object: `<mode> <name>\0<binary object name>` each. */
function treeNames(tree: Buffer, hashBytes: number): string[] {
  const names: string[] = [];
  for (let off = 0; off < tree.length;) {
    const sp = tree.indexOf(32, off);
    const nul = tree.indexOf(0, sp + 1);
    if (sp < 0 || nul < 0) break;
    names.push(tree.toString('utf8', sp + 1, nul));
    off = nul + 1 + hashBytes;
  }
  return names;
}

/**
 * The staged files (added, copied, modified, type-changed; renames as their new path) as the
 * next commit holds them, and the few other index paths their checks need (see relatedPaths).
 * Two git calls for any size of repository: `git diff --cached --raw` names each new blob and
 * mode (and the deletions), then one `git cat-file --batch` reads the blobs and the HEAD trees
 * of the folders on their paths, which are all a case collision can involve (the index is HEAD
 * plus the staged changes). `related` is undefined when that is not enough to know (a staged
 * symlink, a folder emptied by staged deletions): then list the index.
 */
export async function stagedChange(root: string): Promise<{ entries: ScanEntry[]; related?: string[] }> {
  const raw = (await runGit(root, ['diff', '--cached', '--raw', '-z', '--no-renames', '--no-abbrev'])).stdout.toString(
    'utf8',
  );
  // Each change: ":<old mode> <new mode> <old sha> <new sha> <status>\0<path>\0".
  const fields = raw.split('\0');
  const index: IndexEntry[] = [];
  const deleted: string[] = [];
  let hashBytes = 20;
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const meta = fields[i]!.split(' ');
    if (meta.length < 5) break;
    hashBytes = meta[3]!.length / 2;
    if (meta[4]!.startsWith('D')) deleted.push(fields[i + 1]!);
    else index.push({ mode: parseInt(meta[1]!, 8), object: meta[3]!, path: fields[i + 1]! });
  }
  const blobs = [...new Set(index.filter((e) => e.mode !== SUBMODULE_MODE).map((e) => e.object))];
  const exact = new Set<string>();
  const lower = new Set<string>();
  const dirs = new Set<string>(['']);
  for (const e of index) {
    exact.add(e.path);
    lower.add(e.path.toLowerCase());
    for (let i = e.path.indexOf('/'); i > 0; i = e.path.indexOf('/', i + 1)) {
      const d = e.path.slice(0, i);
      exact.add(d);
      lower.add(d.toLowerCase());
      dirs.add(d);
    }
  }
  const dirList = [...dirs].filter((d) => !d.includes('\n'));
  const answers = await catFile(root, [...blobs, ...dirList.map((d) => `HEAD:${d}`)]);
  const blobOf = new Map(blobs.map((b, i) => [b, answers[i]!]));
  for (const [b, a] of blobOf) if (!a) throw new Error(`git cat-file --batch: ${b} missing`);
  const entries: ScanEntry[] = index.map((e) => {
    if (e.mode === SUBMODULE_MODE) return { path: e.path, mode: e.mode, size: 0, read: () => Buffer.alloc(0) };
    const blob = blobOf.get(e.object)!.data;
    if (e.mode === SYMLINK_MODE)
      return { path: e.path, mode: e.mode, size: 0, symlinkTarget: blob.toString('utf8'), read: () => Buffer.alloc(0) };
    return { path: e.path, mode: e.mode, size: blob.length, read: () => blob };
  });

  if (dirList.length < dirs.size || entries.some((e) => e.symlinkTarget !== undefined)) return { entries };
  const gone = new Set(deleted);
  const related: string[] = [];
  for (const [k, d] of dirList.entries()) {
    const tree = answers[blobs.length + k];
    if (tree?.type !== 'tree') continue; // no HEAD yet, or a folder HEAD does not have
    for (const name of treeNames(tree.data, hashBytes)) {
      const full = d ? `${d}/${name}` : name;
      if (exact.has(full) || gone.has(full) || !lower.has(full.toLowerCase())) continue;
      if (deleted.some((p) => p.startsWith(`${full}/`))) return { entries };
      related.push(full);
    }
  }
  return { entries, related };
}

/** The staged files as the next commit holds them (see stagedChange). */
export async function stagedEntries(root: string): Promise<ScanEntry[]> {
  return (await stagedChange(root)).entries;
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
