import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASELINE_SCHEMA, serializeBaseline } from '../../../../packages/coverage/src/gate/baseline.js';
import { FileBaselineStore } from '../../../../packages/coverage/src/gate/baseline-file.js';
import { snap as snapOn } from '../../../support/baseline.js';
const snap = (commit: string, commitTime: number, covered = 80) => snapOn(commit, commitTime, 'main', covered);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quality-baseline-file-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

describe('FileBaselineStore', () => {
  it('removes its temp file when SIGTERM arrives during a write, then lets the signal end the process', async () => {
    const sub = join(dir, 'signal');
    const handlers = new Map<string, () => void>();
    const killed: string[] = [];
    let seen: string[] = [];
    const host = {
      pid: 4242,
      once: (sig: 'SIGTERM' | 'SIGINT', h: () => void) => {
        handlers.set(sig, h);
        if (sig === 'SIGINT') {
          // the temp file exists now: the runner cancels the job
          seen = readdirSync(sub);
          handlers.get('SIGTERM')!();
        }
      },
      removeListener: (sig: 'SIGTERM' | 'SIGINT') => void handlers.delete(sig),
      kill: (pid: number, sig: 'SIGTERM' | 'SIGINT') => void killed.push(`${pid} ${sig}`),
    };
    const w = await new FileBaselineStore(join(sub, 'baseline.json'), host).write(snap(A, 100));
    expect(seen.some((n) => n.endsWith('.tmp'))).toBe(true);
    expect(killed).toEqual(['4242 SIGTERM']);
    expect(handlers.size).toBe(0);
    expect(w.status).toBe('failed'); // the real process would be gone; nothing half-written remains
    expect(await readdir(sub)).toEqual([]);
  });

  it('a missing file is missing', async () => {
    const r = await new FileBaselineStore(join(dir, 'none.json')).read();
    expect(r).toEqual({ status: 'missing', detail: expect.stringContaining('does not exist') });
  });

  it('writes (creating directories) and reads back', async () => {
    const p = join(dir, 'nested', 'deeper', 'baseline.json');
    const store = new FileBaselineStore(p);
    expect(store.kind).toBe('file');
    expect((await store.write(snap(A, 100))).status).toBe('written');
    const r = await store.read();
    expect(r.status).toBe('found');
    if (r.status === 'found') {
      expect(r.snapshot).toEqual(snap(A, 100));
      expect(r.source).toContain(p);
    }
    // no temp files left behind
    expect(await readdir(join(dir, 'nested', 'deeper'))).toEqual(['baseline.json']);
  });

  it('never regresses: an older commit does not replace a newer one; a newer or equal one does', async () => {
    const p = join(dir, 'order.json');
    const store = new FileBaselineStore(p);
    expect((await store.write(snap(B, 200))).status).toBe('written');
    const older = await store.write(snap(A, 100));
    expect(older.status).toBe('skipped');
    expect(older.detail).toContain('newer commit');
    expect(JSON.parse(await readFile(p, 'utf8')).commit).toBe(B);
    expect((await store.write(snap(A, 300))).status).toBe('written');
    expect((await store.write(snap(B, 300, 90))).status).toBe('written');
    expect(JSON.parse(await readFile(p, 'utf8')).headline.covered).toBe(90);
  });

  it('malformed content is unavailable with the parse message, and is replaced by a write', async () => {
    const p = join(dir, 'bad.json');
    await writeFile(p, '{"schema":1, nope');
    const store = new FileBaselineStore(p);
    const r = await store.read();
    expect(r.status).toBe('unavailable');
    expect(r.status !== 'found' && r.detail).toContain('not valid JSON');
    expect((await store.write(snap(A, 1))).status).toBe('written');
    expect((await store.read()).status).toBe('found');
  });

  it('a future schema is unavailable with the message, and is not overwritten', async () => {
    const p = join(dir, 'future.json');
    const text = JSON.stringify({ ...snap(A, 1), schema: BASELINE_SCHEMA + 1, writer: 'quality 9.0.0' });
    await writeFile(p, text);
    const store = new FileBaselineStore(p);
    const r = await store.read();
    expect(r.status).toBe('unavailable');
    expect(r.status !== 'found' && r.detail).toMatch(/schema 2, written by a newer quality \(quality 9\.0\.0\)/);
    const w = await store.write(snap(B, 999));
    expect(w.status).toBe('skipped');
    expect(await readFile(p, 'utf8')).toBe(text);
  });

  it('a path that cannot be read or written gives statuses, never throws', async () => {
    const d = join(dir, 'is-a-dir');
    await mkdir(d);
    const store = new FileBaselineStore(d);
    expect((await store.read()).status).toBe('unavailable');
    expect((await store.write(snap(A, 1))).status).toBe('failed');
    const blocked = new FileBaselineStore(join(dir, 'bad.json', 'x.json')); // parent is a file
    const w = await blocked.write(snap(A, 1));
    expect(w.status).toBe('failed');
    expect(w.detail).toContain('ENOTDIR');
    expect(w.detail).not.toContain('Error:');
  });

  it('serializes exactly what serializeBaseline gives', async () => {
    const p = join(dir, 'exact.json');
    await new FileBaselineStore(p).write(snap(A, 5));
    expect(await readFile(p, 'utf8')).toBe(serializeBaseline(snap(A, 5)));
  });
});
