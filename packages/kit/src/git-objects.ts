/**
 * The one question the gate asks git besides its diff, answered from the repository's own files
 * when that is certain: is `base` an ancestor of HEAD? Then `base` is the only merge base of the
 * two (every other common ancestor is an ancestor of it), and the top level is the folder holding
 * `.git`. That is the usual pull request (HEAD is GitHub's merge commit, whose first parent is the
 * base) and push (`before` is an ancestor of `after`). Starting git costs a Node program a fork of
 * itself (about 5 ms of blocked main thread) and git's own start; reading a few commits costs less.
 *
 * The one rule, as in git-index.ts: answer only where the answer is certainly git's, else return
 * undefined and let git say. So: the repository git would find from `cwd` (no file system
 * boundary crossed, no bare repository on the way), with a plain `.git` folder (git-plain.ts)
 * owned by this user, neither grafts nor replace refs, SHA-1 objects (loose, or in packs
 * with version 2 indexes), commits listed as shallow walked as parentless (as git walks them), and
 * at most `maxCommits` commits walked from HEAD. Anything missing, malformed or over a limit is
 * "not certain", never an error.
 */
import { closeSync, lstatSync, readdirSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { openIfPresent, readChunk, readSmallBytes, realPath } from './files.js';
import { plainGitDir } from './git-plain.js';
import { InflateError, inflateZlib } from './inflate.js';

const SHA1 = /^[0-9a-f]{40}$/;
/** Largest commit object read (a commit is a few hundred bytes; a huge one is git's to read). */
const MAX_OBJECT = 1024 * 1024;
const MAX_DELTA_CHAIN = 64;

export interface KnownMergeBaseOptions {
  /** Most commits walked from HEAD looking for `base`, default 64. */
  maxCommits?: number;
  /** The environment git would run in (default process.env). */
  env?: NodeJS.ProcessEnv;
}

/**
 * `{ topLevel, mergeBase: base }` when `base` (a full SHA-1) is certainly an ancestor of (or is)
 * HEAD of the repository git finds from `cwd`; undefined when only git can say (module header).
 */
export function knownMergeBase(
  cwd: string,
  base: string,
  options: KnownMergeBaseOptions = {},
): { topLevel: string; mergeBase: string } | undefined {
  const want = base.toLowerCase();
  if (process.platform === 'win32' || !SHA1.test(want)) return undefined;
  try {
    const topLevel = findRepository(cwd);
    if (!topLevel) return undefined;
    const gitDir = plainGitDir(topLevel, options.env ?? process.env);
    if (!gitDir) return undefined;
    if (exists(join(gitDir, 'info', 'grafts')) || exists(join(gitDir, 'refs', 'replace'))) return undefined;
    const packed = readText(join(gitDir, 'packed-refs')) ?? '';
    if (packed.includes(' refs/replace/')) return undefined;
    const head = resolveHead(gitDir, packed);
    if (!head) return undefined;
    const shallow = new Set((readText(join(gitDir, 'shallow')) ?? '').split('\n').filter((l) => SHA1.test(l)));
    const store = new ObjectStore(join(gitDir, 'objects'));
    try {
      return isAncestor(store, want, head, shallow, options.maxCommits ?? 64)
        ? { topLevel, mergeBase: want }
        : undefined;
    } finally {
      store.close();
    }
  } catch {
    return undefined;
  }
}

/** Breadth-first from `head`: is `want` reached within `max` commits? */
function isAncestor(store: ObjectStore, want: string, head: string, shallow: Set<string>, max: number): boolean {
  const queue = [head];
  const seen = new Set(queue);
  for (let i = 0; i < queue.length; i++) {
    const sha = queue[i]!;
    if (sha === want) return true;
    if (i >= max) return false;
    if (shallow.has(sha)) continue;
    const obj = store.read(sha);
    if (!obj || obj.type !== 'commit') return false;
    for (const p of commitParents(obj.data)) {
      if (!seen.has(p)) {
        seen.add(p);
        queue.push(p);
      }
    }
  }
  return false;
}

/** The parent lines of a commit object's header (`tree` first, then `parent` lines); throws when malformed. */
export function commitParents(data: Buffer): string[] {
  const text = data.toString('latin1', 0, Math.min(data.length, 64 * 1024));
  const lines = text.split('\n');
  if (!/^tree [0-9a-f]{40}$/.test(lines[0] ?? '')) throw new Error('not a commit');
  const parents: string[] = [];
  for (let i = 1; i < lines.length && lines[i]!.startsWith('parent '); i++) {
    const p = lines[i]!.slice(7);
    if (!SHA1.test(p)) throw new Error('malformed parent');
    parents.push(p);
  }
  return parents;
}

/** The top level git finds from `cwd`: the first folder upwards holding `.git`, as git's own walk. */
function findRepository(cwd: string): string | undefined {
  const uid = process.geteuid?.();
  if (uid === undefined) return undefined;
  let dir = realPath(cwd);
  const device = lstatSync(dir).dev;
  for (;;) {
    const gitDir = join(dir, '.git');
    const st = lstatOrUndefined(gitDir);
    if (st) {
      // A `.git` file (worktree, submodule) or link is git's to follow; a folder must be ours.
      if (!st.isDirectory() || st.uid !== uid || lstatSync(dir).uid !== uid) return undefined;
      if (!exists(join(gitDir, 'HEAD')) || !exists(join(gitDir, 'objects'))) return undefined;
      return dir;
    }
    // A folder that is itself a repository (bare) stops git's walk here.
    if (exists(join(dir, 'HEAD')) && exists(join(dir, 'objects'))) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    const pst = lstatOrUndefined(parent);
    if (!pst || pst.dev !== device) return undefined;
    dir = parent;
  }
}

/** HEAD's commit: a detached SHA, or the branch it names (loose ref file, else packed-refs). */
function resolveHead(gitDir: string, packed: string): string | undefined {
  const head = readText(join(gitDir, 'HEAD'))?.trim();
  if (!head) return undefined;
  if (SHA1.test(head)) return head;
  const m = /^ref: (refs\/heads\/[^\s]+)$/.exec(head);
  if (!m) return undefined;
  const name = m[1]!;
  if (name.split('/').some((c) => c === '' || c === '.' || c === '..')) return undefined;
  const loose = readText(join(gitDir, ...name.split('/')))?.trim();
  if (loose !== undefined) return SHA1.test(loose) ? loose : undefined;
  for (const line of packed.split('\n')) {
    if (line.endsWith(` ${name}`) && SHA1.test(line.slice(0, 40)) && line.length === 41 + name.length)
      return line.slice(0, 40);
  }
  return undefined;
}

const TYPES = ['', 'commit', 'tree', 'blob', 'tag'] as const;
type ObjectType = (typeof TYPES)[number];

interface PackIndex {
  fd: number;
  packFd: number;
  packSize: number;
  count: number;
  fanout: Uint32Array;
}

/**
 * Objects read from `.git/objects`: packs (version 2 indexes, searched in place) and loose files.
 * Bounded: objects over MAX_OBJECT and delta chains over MAX_DELTA_CHAIN are "not found".
 */
class ObjectStore {
  private packs: PackIndex[] | undefined;

  constructor(private readonly dir: string) {}

  read(sha: string, depth = 0): { type: ObjectType; data: Buffer } | undefined {
    for (const p of this.openPacks()) {
      const at = this.find(p, sha);
      if (at !== undefined) return this.readPacked(p, at, depth);
    }
    return this.readLoose(sha);
  }

  close(): void {
    for (const p of this.packs ?? []) {
      closeSync(p.fd);
      closeSync(p.packFd);
    }
    this.packs = [];
  }

  private readLoose(sha: string): { type: ObjectType; data: Buffer } | undefined {
    const f = openOrUndefined(join(this.dir, sha.slice(0, 2), sha.slice(2)));
    if (!f) return undefined;
    let raw: Buffer;
    try {
      if (f.size > MAX_OBJECT + 64) return undefined;
      raw = readChunk(f.fd, f.size);
    } finally {
      closeSync(f.fd);
    }
    const out = inflateZlib(raw, 0, MAX_OBJECT + 64).data;
    const nul = out.indexOf(0);
    const m = /^(commit|tree|blob|tag) (\d+)$/.exec(out.toString('latin1', 0, nul < 0 ? 0 : nul));
    if (!m || Number(m[2]) !== out.length - nul - 1) return undefined;
    return { type: m[1] as ObjectType, data: out.subarray(nul + 1) };
  }

  private openPacks(): PackIndex[] {
    if (this.packs) return this.packs;
    this.packs = [];
    let names: string[];
    try {
      names = readdirSync(join(this.dir, 'pack')).filter((n) => n.endsWith('.idx'));
    } catch {
      return this.packs;
    }
    for (const n of names.sort()) {
      const idx = openOrUndefined(join(this.dir, 'pack', n));
      if (!idx) continue;
      const pack = openOrUndefined(join(this.dir, 'pack', `${n.slice(0, -4)}.pack`));
      const head = readChunk(idx.fd, 8 + 1024, 0);
      const fanout = new Uint32Array(256);
      for (let i = 0; i < 256; i++) fanout[i] = head.length === 1032 ? head.readUInt32BE(8 + i * 4) : 0;
      const count = fanout[255]!;
      // Version 2 only ("\377tOc", 2); counts must rise, and sizes agree with the object count.
      const ok =
        pack !== undefined &&
        fanout.every((n, i) => i === 0 || n >= fanout[i - 1]!) &&
        head.length === 1032 &&
        head.readUInt32BE(0) === 0xff744f63 &&
        head.readUInt32BE(4) === 2 &&
        idx.size >= 8 + 1024 + count * 28 + 40;
      if (!ok) {
        closeSync(idx.fd);
        if (pack) closeSync(pack.fd);
        // A pack we cannot search may hold the object: then nothing here is certain.
        throw new Error(`unreadable pack index ${n}`);
      }
      this.packs.push({ fd: idx.fd, packFd: pack.fd, packSize: pack.size, count, fanout });
    }
    return this.packs;
  }

  /** The object's offset in the pack, by binary search of the index's sorted names. */
  private find(p: PackIndex, sha: string): number | undefined {
    const want = Buffer.from(sha, 'hex');
    const first = want[0]!;
    let lo = first === 0 ? 0 : p.fanout[first - 1]!;
    let hi = p.fanout[first]!;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const c = readChunk(p.fd, 20, 8 + 1024 + mid * 20).compare(want);
      if (c === 0) {
        const off = readChunk(p.fd, 4, 8 + 1024 + p.count * 24 + mid * 4).readUInt32BE(0);
        if (!(off & 0x80000000)) return off;
        const big = readChunk(p.fd, 8, 8 + 1024 + p.count * 28 + (off & 0x7fffffff) * 8);
        const n = big.readUInt32BE(0) * 2 ** 32 + big.readUInt32BE(4);
        if (!Number.isSafeInteger(n)) throw new Error('pack offset too large');
        return n;
      }
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    return undefined;
  }

  private readPacked(p: PackIndex, offset: number, depth: number): { type: ObjectType; data: Buffer } | undefined {
    if (depth > MAX_DELTA_CHAIN || offset >= p.packSize) return undefined;
    // The entry header: type and size (a varint), then a delta's base, then zlib data.
    const head = readChunk(p.packFd, 32, offset);
    let pos = 0;
    let c = head[pos++]!;
    const type = (c >> 4) & 7;
    let size = c & 15;
    let shift = 4;
    while (c & 0x80) {
      if (pos >= head.length || shift > 28) return undefined;
      c = head[pos++]!;
      size += (c & 0x7f) * 2 ** shift;
      shift += 7;
    }
    if (size > MAX_OBJECT) return undefined;
    let base: { type: ObjectType; data: Buffer } | undefined;
    if (type === 6) {
      // OFS_DELTA: the base is this many bytes before the entry.
      c = head[pos++]!;
      let rel = c & 0x7f;
      while (c & 0x80) {
        if (pos >= head.length || rel > 2 ** 40) return undefined;
        c = head[pos++]!;
        rel = (rel + 1) * 128 + (c & 0x7f);
      }
      if (rel > offset) return undefined;
      base = this.readPacked(p, offset - rel, depth + 1);
    } else if (type === 7) {
      // REF_DELTA: the base by name, anywhere in the store.
      if (pos + 20 > head.length) return undefined;
      const name = head.toString('hex', pos, pos + 20);
      pos += 20;
      base = this.read(name, depth + 1);
    } else if (!TYPES[type]) return undefined;
    const data = this.inflatePacked(p, offset + pos, size);
    if (type !== 6 && type !== 7) return { type: TYPES[type]!, data };
    return base && { type: base.type, data: applyDelta(base.data, data) };
  }

  /** The zlib stream at `at`, `size` bytes once inflated: read in growing windows (its packed length is not stored). */
  private inflatePacked(p: PackIndex, at: number, size: number): Buffer {
    for (let window = size + 64 + (size >> 4); ; window *= 4) {
      const len = Math.min(window, p.packSize - at);
      try {
        const { data } = inflateZlib(readChunk(p.packFd, len, at), 0, size);
        if (data.length !== size) throw new Error('object size mismatch');
        return data;
      } catch (e) {
        if (len === p.packSize - at || !(e instanceof InflateError && e.short)) throw e;
      }
    }
  }
}

/** git's delta format: source and target sizes, then copy (from the base) and insert instructions. */
export function applyDelta(base: Buffer, delta: Buffer): Buffer {
  let pos = 0;
  const varint = () => {
    let n = 0;
    let shift = 0;
    let c;
    do {
      c = delta[pos++];
      if (c === undefined || shift > 28) throw new Error('malformed delta');
      n += (c & 0x7f) * 2 ** shift;
      shift += 7;
    } while (c & 0x80);
    return n;
  };
  if (varint() !== base.length) throw new Error('delta base size mismatch');
  const size = varint();
  if (size > MAX_OBJECT) throw new Error('delta result too large');
  const out = Buffer.allocUnsafe(size);
  let o = 0;
  while (pos < delta.length) {
    const op = delta[pos++]!;
    if (op & 0x80) {
      let from = 0;
      let n = 0;
      for (let b = 0; b < 4; b++) if (op & (1 << b)) from += delta[pos++]! * 2 ** (8 * b);
      for (let b = 0; b < 3; b++) if (op & (0x10 << b)) n += delta[pos++]! * 2 ** (8 * b);
      if (n === 0) n = 0x10000;
      if (pos > delta.length || from + n > base.length || o + n > size) throw new Error('malformed delta copy');
      base.copy(out, o, from, from + n);
      o += n;
    } else if (op !== 0) {
      if (pos + op > delta.length || o + op > size) throw new Error('malformed delta insert');
      delta.copy(out, o, pos, pos + op);
      pos += op;
      o += op;
    } else throw new Error('malformed delta');
  }
  if (o !== size) throw new Error('delta result size mismatch');
  return out;
}

function openOrUndefined(path: string): { fd: number; size: number } | undefined {
  const f = openIfPresent(path);
  return f?.ok ? f : undefined;
}

/** A small file of `.git` (HEAD, a ref, packed-refs, shallow): missing is undefined, anything odd throws. */
function readText(path: string): string | undefined {
  const f = readSmallBytes(path, MAX_OBJECT);
  if (f.ok) return f.bytes.toString('latin1');
  if (f.reason === 'missing') return undefined;
  throw new Error(`${path}: ${f.reason}`);
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

const exists = (path: string) => lstatOrUndefined(path) !== undefined;
