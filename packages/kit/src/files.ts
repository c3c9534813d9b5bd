/**
 * Files of the checkout (config, go.mod, coverage reports): untrusted, so opened non-blocking and
 * judged on the open file (fstat). The one rule: a FIFO, or a link to one, is refused at once
 * instead of waiting for a writer, and a link swapped between a check and the open cannot slip a
 * device in.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';

export type OpenedFile = { ok: true; fd: number; size: number } | { ok: false; reason: 'a directory' | 'not a file' };

/** A regular file opened for reading (the caller closes `fd`), or why not. Open errors are thrown. */
export function openRegularFile(path: string): OpenedFile {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  let st;
  try {
    st = fstatSync(fd);
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  if (st.isFile()) return { ok: true, fd, size: st.size };
  closeSync(fd);
  return { ok: false, reason: st.isDirectory() ? 'a directory' : 'not a file' };
}

/**
 * Up to `size` bytes from the file's current position (or from `position`, leaving the current one
 * alone), in a buffer of their own (callers keep slices); fewer only at the end of the file.
 */
export function readChunk(fd: number, size: number, position: number | null = null): Buffer {
  const b = Buffer.allocUnsafe(size);
  let n = 0;
  while (n < size) {
    const got = readSync(fd, b, n, size - n, position === null ? null : position + n);
    if (got === 0) break;
    n += got;
  }
  return n === size ? b : b.subarray(0, n);
}

/** Why a small file was not read. */
export type NotRead =
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'not a file' }
  | { ok: false; reason: 'too large'; size: number };
export type SmallBytes = { ok: true; bytes: Buffer } | NotRead;
export type SmallFile = { ok: true; text: string } | NotRead;

/** `openRegularFile`, with a missing file (or a missing folder on its way) as undefined. */
export function openIfPresent(path: string): OpenedFile | undefined {
  try {
    return openRegularFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw e;
  }
}

/** The file's bytes, or why not. Other errors (no permission...) are thrown as they come. */
export function readSmallBytes(path: string, maxBytes: number): SmallBytes {
  const f = openIfPresent(path);
  if (!f) return { ok: false, reason: 'missing' };
  if (!f.ok) return { ok: false, reason: 'not a file' };
  try {
    if (f.size > maxBytes) return { ok: false, reason: 'too large', size: f.size };
    return { ok: true, bytes: readChunk(f.fd, f.size) };
  } finally {
    closeSync(f.fd);
  }
}

/** The file's text (UTF-8), or why not, as `readSmallBytes`. */
export function readSmallFile(path: string, maxBytes: number): SmallFile {
  const f = readSmallBytes(path, maxBytes);
  return f.ok ? { ok: true, text: f.bytes.toString('utf8') } : f;
}

/** `path` with symbolic links followed (one system call), or resolved as it is when it does not exist. */
export function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}
