/**
 * Reads the work tree's files in a worker thread while the main thread scans: the system calls
 * (open, read, close) and the cheap tests (binary: a NUL in the first 8000 bytes; clean: none of
 * TRIGGERS_SOURCE) run there, and only the bytes a check needs cross over, in batches of about
 * 1 MB transferred without a copy. The worker is source text (no module to bundle or locate).
 *
 * Tricky rule: at most MAX_IN_FLIGHT batches wait for the scan (a shared counter the worker
 * blocks on), so a slow scan never holds the repository in memory.
 */
import { Worker } from 'node:worker_threads';
import type { Loaded } from './scan.js';

/** What the reader is told about each path: read it (clean when no trigger is in it), read it
 * and keep every byte (a check reads the whole file whatever it holds), or skip it (submodule). */
export const READ_PREFILTER = 0;
export const READ_CONTENT = 1;
export const READ_SKIP = 2;

const MAX_IN_FLIGHT = 8;

// Record kinds (the worker's numbers): 0 gone, 1 symlink, 2 size only (above maxScan),
// 3 binary, 4 clean, 5 bytes at [offset, offset + length) of the batch.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { root, paths, how, maxScan, triggers, inFlight, maxInFlight } = workerData;
const C = fs.constants;
const FLAGS = C.O_RDONLY | (C.O_NOFOLLOW || 0) | (C.O_NONBLOCK || 0);
const ANY = triggers === null ? null : new RegExp(triggers);
const BATCH = 1 << 20;
let scratch = Buffer.allocUnsafe(1 << 20);
let batch = Buffer.from(new ArrayBuffer(BATCH));
let used = 0;
let recs = [];
let targets = {};
function flush() {
  if (recs.length === 0) return;
  for (let v = Atomics.load(inFlight, 0); v >= maxInFlight; v = Atomics.load(inFlight, 0)) Atomics.wait(inFlight, 0, v, 100);
  Atomics.add(inFlight, 0, 1);
  parentPort.postMessage({ recs, targets, buf: batch.buffer }, [batch.buffer]);
  batch = Buffer.from(new ArrayBuffer(BATCH));
  used = 0;
  recs = [];
  targets = {};
}
function rec(i, kind, size, data) {
  let off = 0;
  let len = 0;
  if (data) {
    if (used + data.length > batch.length) {
      flush();
      if (data.length > batch.length) batch = Buffer.from(new ArrayBuffer(data.length));
    }
    data.copy(batch, used);
    off = used;
    len = data.length;
    used += len;
  }
  recs.push(i, kind, size, off, len);
  if (recs.length >= 5 * 2048) flush();
}
function one(i) {
  const abs = root + '/' + paths[i];
  let fd;
  try {
    fd = fs.openSync(abs, FLAGS);
  } catch (e) {
    if (e && (e.code === 'ELOOP' || e.code === 'EMLINK')) {
      try {
        targets[i] = fs.readlinkSync(abs);
        return rec(i, 1, 0);
      } catch {}
    }
    return rec(i, 0, 0);
  }
  let size;
  let data;
  try {
    let n = fs.readSync(fd, scratch, 0, scratch.length, 0);
    data = scratch.subarray(0, n);
    size = n;
    if (n === scratch.length) {
      const st = fs.fstatSync(fd);
      if (!st.isFile()) return rec(i, 0, 0);
      if (st.size > maxScan) return rec(i, 2, st.size);
      if (st.size > scratch.length) {
        const bigger = Buffer.allocUnsafe(st.size);
        scratch.copy(bigger, 0, 0, n);
        for (let r = 1; n < st.size && r > 0; n += r) r = fs.readSync(fd, bigger, n, st.size - n, n);
        data = bigger.subarray(0, n);
        size = st.size;
      }
    }
  } catch {
    return rec(i, 0, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (size > maxScan) return rec(i, 2, size);
  if (data.subarray(0, 8000).includes(0)) return rec(i, 3, size);
  if (how[i] === 0 && ANY !== null && !ANY.test(data.toString('utf8'))) return rec(i, 4, size);
  rec(i, 5, size, data);
}
for (let i = 0; i < paths.length; i++) if (how[i] !== 2) one(i);
flush();
parentPort.postMessage({ done: true });
`;

/** The worker could not run (not an error of the scan): the caller reads in this thread instead. */
export class ReaderUnavailable extends Error {
  override readonly name = 'ReaderUnavailable';
}

/**
 * Read `paths` (repository-relative, under `root`) in a worker and call `onFile` for each one
 * not skipped, in order, with what was read (null: gone or not a file). `triggers` is a regular
 * expression source; a file it does not match is `clean` unless read as Content; null: never clean.
 */
export function readInWorker(
  root: string,
  paths: readonly string[],
  how: Uint8Array,
  opts: { maxScan: number; triggers: string | null },
  onFile: (index: number, loaded: Loaded | null) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const inFlight = new Int32Array(new SharedArrayBuffer(4));
    let worker: Worker;
    try {
      worker = new Worker(WORKER, {
        eval: true,
        workerData: {
          root,
          paths,
          how,
          maxScan: opts.maxScan,
          triggers: opts.triggers,
          inFlight,
          maxInFlight: MAX_IN_FLIGHT,
        },
        stdout: false,
        stderr: false,
      });
    } catch (e) {
      reject(new ReaderUnavailable(`the reader thread could not start: ${(e as Error).message}`));
      return;
    }
    let settled = false;
    let seen = 0;
    const settle = (e?: unknown) => {
      if (settled) return;
      settled = true;
      if (e === undefined) resolve();
      else {
        void worker.terminate();
        reject(e);
      }
    };
    worker.on('message', (m: { done?: true; recs?: number[]; targets?: Record<number, string>; buf?: ArrayBuffer }) => {
      if (settled) return;
      if (m.done) return settle();
      const { recs = [], targets = {}, buf } = m;
      const bytes = buf ? Buffer.from(buf) : Buffer.alloc(0);
      try {
        for (let r = 0; r < recs.length; r += 5) {
          const i = recs[r]!;
          const kind = recs[r + 1]!;
          const size = recs[r + 2]!;
          seen++;
          if (kind === 0) onFile(i, null);
          else if (kind === 1) onFile(i, { size: 0, symlinkTarget: targets[i]! });
          else if (kind === 2) onFile(i, { size });
          else if (kind === 3) onFile(i, { size, binary: true });
          else if (kind === 4) onFile(i, { size, clean: true });
          else onFile(i, { size, data: bytes.subarray(recs[r + 3]!, recs[r + 3]! + recs[r + 4]!) });
        }
      } catch (e) {
        settle(e); // the scan's own error: not retried
        return;
      } finally {
        Atomics.sub(inFlight, 0, 1);
        Atomics.notify(inFlight, 0);
      }
    });
    worker.on('error', (e) => settle(seen === 0 ? new ReaderUnavailable(`the reader thread failed: ${e.message}`) : e));
    worker.on('exit', (code) => settle(new Error(`the reader thread stopped (exit code ${code}) before it was done`)));
  });
}
