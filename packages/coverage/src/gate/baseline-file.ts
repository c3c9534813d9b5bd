/**
 * A baseline kept in one file (a path the workflow manages itself: an artifact it downloads,
 * a file on a self-hosted runner's disk, a fixture in tests).
 *
 * read: a missing file is `missing`; a file that is not a snapshot (bad JSON, wrong shape,
 * a schema from a newer quality) is `unavailable` with the parse error's message; any other
 * read error (permissions, a directory) is `unavailable` too. The query is not used: the file
 * holds the one snapshot the workflow chose.
 *
 * write: never regresses. When the file already holds a snapshot of a newer commit
 * (greater commitTime) the write is `skipped`; a schema from a newer quality is not replaced
 * either. Otherwise the snapshot is written to a temp file next to the target and renamed
 * over it, so a reader never sees half a file; a SIGTERM or SIGINT meanwhile removes the temp file
 * before the process dies. Parent directories are created. Nothing throws.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { BASELINE_SCHEMA, parseBaseline, serializeBaseline } from './baseline.js';
import type { BaselineRead, BaselineSnapshot, BaselineStore, BaselineWrite } from './baseline.js';
import { shortSha as short } from '@quality/kit/git';

/** The part of `process` that signal cleanup uses (a fake in tests). */
export interface SignalHost {
  once(signal: 'SIGTERM' | 'SIGINT', handler: () => void): unknown;
  removeListener(signal: 'SIGTERM' | 'SIGINT', handler: () => void): unknown;
  kill(pid: number, signal: 'SIGTERM' | 'SIGINT'): unknown;
  pid: number;
}

/** Remove `tmp` if a signal arrives before `release()`, then let the signal end the process. */
function guardTemp(host: SignalHost, tmp: string): () => void {
  const handlers: [sig: 'SIGTERM' | 'SIGINT', h: () => void][] = [];
  let released = false;
  const release = () => {
    released = true;
    for (const [sig, h] of handlers) host.removeListener(sig, h);
  };
  for (const sig of ['SIGTERM', 'SIGINT'] as const) {
    if (released) break;
    const h = () => {
      release();
      rmSync(tmp, { force: true });
      host.kill(host.pid, sig); // no listener now: the default action ends the process
    };
    handlers.push([sig, h]);
    host.once(sig, h);
  }
  return release;
}

export class FileBaselineStore implements BaselineStore {
  readonly kind = 'file' as const;

  constructor(
    readonly path: string,
    private readonly host: SignalHost = process,
  ) {}

  async read(): Promise<BaselineRead> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { status: 'missing', detail: `the baseline file ${this.path} does not exist yet.` };
      return { status: 'unavailable', detail: `the baseline file ${this.path} could not be read (${errorText(e)}).` };
    }
    try {
      return { status: 'found', snapshot: parseBaseline(text, this.path), source: `file ${this.path}` };
    } catch (e) {
      return { status: 'unavailable', detail: errorText(e) };
    }
  }

  async write(s: BaselineSnapshot): Promise<BaselineWrite> {
    let existing: string | undefined;
    try {
      existing = await readFile(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
        return {
          status: 'failed',
          detail: `the baseline file ${this.path} could not be read before writing (${errorText(e)}).`,
        };
      }
    }
    if (existing !== undefined) {
      const future = futureSchema(existing);
      if (future !== undefined) {
        return {
          status: 'skipped',
          detail: `${this.path} holds a schema ${future} baseline written by a newer quality; it was not replaced (delete the file to start over with schema ${BASELINE_SCHEMA}).`,
        };
      }
      let old: BaselineSnapshot | undefined;
      try {
        old = parseBaseline(existing, this.path);
      } catch {
        old = undefined; // unreadable: replaced below
      }
      if (old && old.commitTime > s.commitTime) {
        return {
          status: 'skipped',
          detail: `${this.path} already holds the baseline of a newer commit (${short(old.commit)}, committed ${iso(old.commitTime)}) than ${short(s.commit)} (${iso(s.commitTime)}).`,
        };
      }
    }
    const tmp = join(
      dirname(this.path),
      `.${basename(this.path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
    );
    let release = () => {};
    try {
      await mkdir(dirname(this.path), { recursive: true });
      const fh = await open(tmp, 'wx');
      release = guardTemp(this.host, tmp);
      try {
        await fh.writeFile(serializeBaseline(s));
      } finally {
        await fh.close();
      }
      await rename(tmp, this.path);
      release();
    } catch (e) {
      release();
      await rm(tmp, { force: true }).catch(() => undefined);
      return { status: 'failed', detail: `the baseline file ${this.path} could not be written (${errorText(e)}).` };
    }
    return { status: 'written', detail: `saved the baseline of ${s.branch} at ${short(s.commit)} to ${this.path}.` };
  }
}

/** The schema number of a snapshot from a newer quality, else undefined. */
export function futureSchema(text: string): number | undefined {
  try {
    const v = JSON.parse(text) as { schema?: unknown } | null;
    return v && typeof v.schema === 'number' && v.schema > BASELINE_SCHEMA ? v.schema : undefined;
  } catch {
    return undefined;
  }
}

export function iso(seconds: number): string {
  const d = new Date(seconds * 1000);
  return Number.isNaN(d.getTime()) ? String(seconds) : d.toISOString().replace('.000Z', 'Z');
}

/** An error's message (also for errors from another realm, which fail `instanceof Error`). */
export function errorText(e: unknown): string {
  const m = typeof e === 'object' && e !== null ? (e as { message?: unknown }).message : undefined;
  return typeof m === 'string' ? m : String(e);
}
