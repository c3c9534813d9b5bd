/**
 * Reading a coverage report: a stream of Buffers, gunzipped when the content is gzip
 * (detected by the magic bytes 1f 8b, never by the file name), without a UTF-8 BOM.
 *
 * Parsers never see a path or the file system: they take `AsyncIterable<Buffer>` and a
 * display name for error messages, so they can be fed from memory in tests.
 * zlib loads only when a report is gzip (most are not). Plain files are read with synchronous
 * reads (no stream or promise machinery to load for a small report), giving the event loop a turn
 * between chunks so that git's output keeps flowing while a large report parses.
 */
import { closeSync, createReadStream } from 'node:fs';
import { openRegularFile, readChunk } from '@quality/kit/files';
import { FileFormatError } from '@quality/kit/errors';
import type { CoverageReport } from './model/index.js';

/** Every parser has this shape. `ctx.name` is the file name used in messages. */
export interface ParseContext {
  /** The report's name in messages (its path). */
  name: string;
  /**
   * A folder for a spill file (the runner's or the system's temp folder). Parsers that can
   * freeze finished files (lcov) move their tables there once the files they hold take more
   * than `freezeAboveBytes`. Without it everything stays in memory.
   */
  spillDir?: string;
  /** The budget for `spillDir` (default MODEL_BUDGET_BYTES); 0 freezes every finished file. */
  freezeAboveBytes?: number;
}

export type Parser = (chunks: AsyncIterable<Buffer>, ctx: ParseContext) => Promise<CoverageReport>;

/** Read size of the file stream. */
export const CHUNK_BYTES = 1 << 20;
/** How much decoded text `sniff` returns. */
export const SNIFF_BYTES = 8 * 1024;

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

function unreadable(path: string, e: unknown): FileFormatError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT')
    return new FileFormatError(
      path,
      undefined,
      'does not exist.',
      'Check the report path (it is resolved against the working directory).',
    );
  if (code === 'EISDIR')
    return new FileFormatError(
      path,
      undefined,
      'is a directory, not a coverage report.',
      'Point to the report file itself, or use a glob.',
    );
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || code === 'Z_STREAM_ERROR') {
    return new FileFormatError(
      path,
      undefined,
      `starts like a gzip file but cannot be decompressed (${(e as Error).message}).`,
      'The file is truncated or corrupt; regenerate it.',
    );
  }
  return new FileFormatError(path, undefined, `cannot be read: ${e instanceof Error ? e.message : String(e)}.`);
}

/** Drop a UTF-8 BOM at the start of a stream of chunks (the BOM may straddle chunks). */
export async function* stripBom(chunks: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  let first: Buffer | null = Buffer.alloc(0);
  for await (const c of chunks) {
    if (first === null) {
      yield c;
      continue;
    }
    first = first.length === 0 ? c : Buffer.concat([first, c]);
    if (first.length < 3 && BOM.subarray(0, first.length).equals(first)) continue; // could still become a BOM
    const out: Buffer = first.subarray(0, 3).equals(BOM) ? first.subarray(3) : first;
    first = null;
    if (out.length > 0) yield out;
  }
  if (first !== null && first.length > 0) yield first; // shorter than a BOM: not one
}

/** A gzip report inflating past this many bytes is refused (no coverage report is that large). */
export const MAX_INFLATED_BYTES = 4 * 1024 ** 3;

/**
 * Open a report for reading, refusing what is not a regular file (kit's openRegularFile: a FIFO
 * would block an ordinary open until something writes to it, a device can stream forever).
 * Returns the descriptor and the size.
 */
function openRegular(path: string): { fd: number; size: number } {
  let f;
  try {
    f = openRegularFile(path);
  } catch (e) {
    throw unreadable(path, e);
  }
  if (f.ok) return f;
  if (f.reason === 'a directory')
    throw unreadable(path, Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
  throw new FileFormatError(
    path,
    undefined,
    'is not a regular file (a FIFO, socket or device): coverage reports are read from files.',
    'Write the report to a file and pass its path.',
  );
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function* rawChunks(path: string, maxInflated: number): AsyncIterable<Buffer> {
  const { fd, size } = openRegular(path);
  let first: Buffer;
  try {
    // A small report in one read (one byte more than its size, to see its end).
    first = readChunk(fd, Math.min(CHUNK_BYTES, size + 1));
  } catch (e) {
    closeSync(fd);
    throw unreadable(path, e);
  }
  if (isGzip(first)) {
    closeSync(fd);
    yield* gunzipped(path, maxInflated);
    return;
  }
  try {
    let chunk = first;
    while (chunk.length > 0) {
      yield chunk;
      await turn();
      try {
        chunk = readChunk(fd, CHUNK_BYTES);
      } catch (e) {
        throw unreadable(path, e);
      }
    }
  } finally {
    closeSync(fd);
  }
}

async function* gunzipped(path: string, maxInflated: number): AsyncIterable<Buffer> {
  const file = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  try {
    const { createGunzip } = await import('node:zlib');
    const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
    file.on('error', (e) => gunzip.destroy(e));
    file.pipe(gunzip);
    let inflated = 0;
    for await (const c of gunzip) {
      inflated += (c as Buffer).length;
      if (inflated > maxInflated) {
        throw new FileFormatError(
          path,
          undefined,
          `inflates to more than ${maxInflated} bytes: refused (a gzip bomb, or not a coverage report).`,
          'Pass the uncompressed report, or check where this file came from.',
        );
      }
      yield c as Buffer;
    }
  } catch (e) {
    if (e instanceof FileFormatError) throw e;
    throw unreadable(path, e);
  } finally {
    file.destroy();
  }
}

/**
 * Stream a report's bytes: 1 MiB reads, gunzipped when the content is gzip (at most
 * `maxInflatedBytes`), BOM removed. Only regular files are read.
 */
export function openReport(path: string, opts: { maxInflatedBytes?: number } = {}): AsyncIterable<Buffer> {
  return stripBom(rawChunks(path, opts.maxInflatedBytes ?? MAX_INFLATED_BYTES));
}

/**
 * The first few KB of a report as text (gunzipped when needed, BOM removed), for format
 * detection. Reads at most 64 KiB of the file.
 */
export async function sniff(path: string, bytes = SNIFF_BYTES): Promise<{ head: string; gz: boolean }> {
  let buf: Buffer;
  const { fd } = openRegular(path);
  try {
    buf = readChunk(fd, Math.max(bytes, 64 * 1024));
  } catch (e) {
    throw unreadable(path, e);
  } finally {
    closeSync(fd);
  }
  const gz = isGzip(buf);
  if (gz) {
    try {
      // A prefix of a gzip stream: SYNC_FLUSH returns what it can instead of failing at the cut.
      const { constants, gunzipSync } = await import('node:zlib');
      buf = gunzipSync(buf, { finishFlush: constants.Z_SYNC_FLUSH });
    } catch (e) {
      throw unreadable(path, e);
    }
  }
  if (buf.subarray(0, 3).equals(BOM)) buf = buf.subarray(3);
  buf = buf.subarray(0, bytes);
  // stream: true holds back a UTF-8 sequence cut at the end instead of decoding it to U+FFFD.
  return { head: new TextDecoder('utf-8').decode(buf, { stream: true }), gz };
}

/** Feed a parser from memory (tests, already-read content). */
export async function* fromBuffers(...bufs: (Buffer | string)[]): AsyncIterable<Buffer> {
  for (const b of bufs) yield typeof b === 'string' ? Buffer.from(b, 'utf8') : b;
}

/**
 * Call `fn` for each line of a chunk stream (without '\n' or a trailing '\r'), with its
 * 1-based number. A line split across chunks is joined; a line longer than `maxLine`
 * bytes is a FileFormatError (no text report needs one, and buffering it costs memory).
 */
export async function forEachLine(
  chunks: AsyncIterable<Buffer>,
  name: string,
  fn: (buf: Buffer, start: number, end: number, lineNo: number) => void,
  maxLine = 8 * 1024 * 1024,
): Promise<number> {
  let lineNo = 0;
  let pending: Buffer[] = [];
  let pendingLen = 0;
  const tooLong = (): never => {
    throw new FileFormatError(
      name,
      lineNo + 1,
      `has a line longer than ${maxLine} bytes.`,
      'This is not a text coverage report, or it is corrupt.',
    );
  };
  const emit = (buf: Buffer, s: number, e: number): void => {
    lineNo++;
    if (e > s && buf[e - 1] === 13) e--;
    fn(buf, s, e, lineNo);
  };
  for await (const chunk of chunks) {
    let pos = 0;
    if (pendingLen > 0) {
      const nl = chunk.indexOf(10);
      if (nl === -1) {
        pending.push(chunk);
        pendingLen += chunk.length;
        if (pendingLen > maxLine) tooLong();
        continue;
      }
      if (pendingLen + nl > maxLine) tooLong();
      pending.push(chunk.subarray(0, nl));
      const joined = Buffer.concat(pending, pendingLen + nl);
      pending = [];
      pendingLen = 0;
      emit(joined, 0, joined.length);
      pos = nl + 1;
    }
    for (;;) {
      const nl = chunk.indexOf(10, pos);
      if (nl === -1) break;
      if (nl - pos > maxLine) tooLong();
      emit(chunk, pos, nl);
      pos = nl + 1;
    }
    if (pos < chunk.length) {
      if (chunk.length - pos > maxLine) tooLong();
      pending.push(chunk.subarray(pos));
      pendingLen = chunk.length - pos;
    }
  }
  if (pendingLen > 0) {
    const last = Buffer.concat(pending, pendingLen);
    emit(last, 0, last.length);
  }
  return lineNo;
}

/** Concatenate a chunk stream, refusing more than `limit` bytes. */
export async function readAll(
  chunks: AsyncIterable<Buffer>,
  name: string,
  limit: number,
  hint: string,
): Promise<Buffer> {
  const parts: Buffer[] = [];
  let len = 0;
  for await (const c of chunks) {
    len += c.length;
    if (len > limit) {
      throw new FileFormatError(
        name,
        undefined,
        `is larger than ${Math.round(limit / (1024 * 1024))} MiB, the most we read into memory for this format.`,
        hint,
      );
    }
    parts.push(c);
  }
  return Buffer.concat(parts, len);
}
