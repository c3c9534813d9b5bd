/**
 * Small files of the checkout (config, go.mod): untrusted, so read whole only when regular and at
 * most `maxBytes`. The one rule: open non-blocking, then decide on the open file (fstat), so a
 * FIFO, or a link to one, is refused at once instead of waiting for a writer, and a link swapped
 * between a check and the open cannot slip a device in.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export type SmallFile =
  | { ok: true; text: string }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'not a file' }
  | { ok: false; reason: 'too large'; size: number };

/** The file's text (UTF-8), or why not. Other errors (no permission...) are thrown as they come. */
export function readSmallFile(path: string, maxBytes: number): SmallFile {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing' };
    throw e;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: 'not a file' };
    if (st.size > maxBytes) return { ok: false, reason: 'too large', size: st.size };
    const buf = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < buf.length) {
      const n = readSync(fd, buf, off, buf.length - off, off);
      if (n === 0) break;
      off += n;
    }
    return { ok: true, text: buf.toString('utf8', 0, off) };
  } finally {
    closeSync(fd);
  }
}
