/**
 * The tracked files of a repository read from its index file, without starting git: what
 * `git ls-files -z --full-name -- :/` prints (every index entry in index order, unmerged paths
 * once per stage), for index versions 2, 3 and 4. Starting a process costs a Node program
 * about 5 ms of blocked main thread (fork of the whole process), more than reading a small index.
 *
 * The one rule: read it only where the answer is certainly git's, else return undefined and let
 * the caller run ls-files. So: a plain `.git` folder at the top level git reported (git-plain.ts:
 * no worktree or submodule `.git` file, no GIT_DIR-like variable, no unusual config), a SHA-1
 * index with neither a split index (`link`) nor sparse folder entries (`sdir`, mode 040000), no
 * required extension we do not know, nothing malformed, and an index no larger than `maxBytes` (a
 * large index is faster in git's own process, beside ours).
 */
import { join } from 'node:path';
import { readSmallBytes } from './files.js';
import { plainGitDir } from './git-plain.js';

const HASH_BYTES = 20;

export interface IndexFilesOptions {
  /** Largest index read here, default 1 MiB (about 10,000 files). */
  maxBytes?: number;
  /** The environment git would run in (default process.env). */
  env?: NodeJS.ProcessEnv;
}

/**
 * The tracked files of the repository whose top level (as `git rev-parse --show-toplevel` printed
 * it) is `topLevel`, relative to it, or undefined when only git can say (see the module header).
 */
export function indexFiles(topLevel: string, options: IndexFilesOptions = {}): string[] | undefined {
  const gitDir = plainGitDir(topLevel, options.env ?? process.env);
  if (!gitDir) return undefined;
  let index;
  try {
    index = readSmallBytes(join(gitDir, 'index'), options.maxBytes ?? 1024 * 1024);
  } catch {
    return undefined;
  }
  // No index yet (a repository with nothing added): ls-files prints nothing.
  if (!index.ok) return index.reason === 'missing' ? [] : undefined;
  return parseIndex(index.bytes);
}

/** The entry names of an index file (SHA-1), or undefined when it is not one this reader takes. */
export function parseIndex(data: Buffer): string[] | undefined {
  const end = data.length - HASH_BYTES;
  if (end < 12 || data.toString('latin1', 0, 4) !== 'DIRC') return undefined;
  const version = data.readUInt32BE(4);
  const count = data.readUInt32BE(8);
  if (version < 2 || version > 4 || count > end / 40) return undefined;
  const names: string[] = new Array(count);
  let off = 12;
  let prev = Buffer.alloc(0);
  for (let i = 0; i < count; i++) {
    const start = off;
    if (off + 62 > end) return undefined;
    const type = data.readUInt32BE(off + 24) >>> 12;
    // Regular file, symbolic link, gitlink (a submodule); a folder is a sparse index entry.
    if (type !== 0o10 && type !== 0o12 && type !== 0o16) return undefined;
    const flags = data.readUInt16BE(off + 60);
    const extended = (flags & 0x4000) !== 0;
    if (extended && version === 2) return undefined;
    off += 62 + (extended ? 2 : 0);
    const nameLen = flags & 0xfff;
    if (version === 4) {
      // A varint: how many bytes of the previous name to drop, then the rest of the name.
      let c = data[off++];
      if (c === undefined) return undefined;
      let strip = c & 127;
      while (c & 128) {
        c = data[off++];
        if (c === undefined || strip > 0xffffff) return undefined;
        strip = ((strip + 1) << 7) | (c & 127);
      }
      const nul = data.indexOf(0, off);
      if (nul < 0 || nul >= end || strip > prev.length) return undefined;
      const name = Buffer.concat([prev.subarray(0, prev.length - strip), data.subarray(off, nul)]);
      if (nameLen !== 0xfff && name.length !== nameLen) return undefined;
      names[i] = name.toString('utf8');
      prev = name;
      off = nul + 1;
    } else {
      const nul = nameLen === 0xfff ? data.indexOf(0, off + nameLen) : off + nameLen;
      if (nul < 0 || nul >= end || data[nul] !== 0 || data.indexOf(0, off) !== nul) return undefined;
      names[i] = data.toString('utf8', off, nul);
      // NUL padding to a multiple of 8 bytes from the entry's start (at least one NUL).
      const next = start + ((nul - start + 8) & ~7);
      if (next > end) return undefined;
      for (let p = nul; p < next; p++) if (data[p] !== 0) return undefined;
      off = next;
    }
    if (names[i] === '') return undefined;
  }
  // Extensions: a split index keeps its entries elsewhere, a sparse index holds folders; any
  // other required extension (lower-case first letter) is one this reader does not know.
  while (off + 8 <= end) {
    const sig = data.toString('latin1', off, off + 4);
    const size = data.readUInt32BE(off + 4);
    const first = data[off]!;
    if (sig === 'link' || sig === 'sdir' || (first >= 0x61 && first <= 0x7a)) return undefined;
    off += 8 + size;
  }
  return off === end ? names : undefined;
}
