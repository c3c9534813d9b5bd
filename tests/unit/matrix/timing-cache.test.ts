/** The matrix's timing cache over a fake cache backend: what is copied, saved, restored and said. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BackendResult, CacheBackend, CacheSaveStatus } from '@quality/kit/cache-backend';
import { TIMINGS_DIR, restoreTimingFiles, saveTimingFiles, timingKeyPrefix } from '@quality/matrix';

let ws: string;
beforeEach(() => {
  ws = mkdtempSync(join(tmpdir(), 'quality-timing-cache-'));
});
afterEach(() => rmSync(ws, { recursive: true, force: true }));

function fakeBackend(
  o: {
    available?: boolean;
    restore?: Partial<BackendResult<string | undefined>>;
    save?: Partial<BackendResult<CacheSaveStatus>>;
    onRestore?: () => void;
  } = {},
): CacheBackend & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    mode: 'read-write',
    available: () => Promise.resolve(o.available ?? true),
    restore: (paths, key, restoreKeys, lookupOnly) => {
      calls.push(['restore', paths, key, restoreKeys, lookupOnly]);
      o.onRestore?.();
      return Promise.resolve({ value: undefined, warnings: [], ...o.restore });
    },
    save: (paths, key) => {
      calls.push(['save', paths, key]);
      return Promise.resolve({ value: 'saved', warnings: [], ...o.save });
    },
  };
}

const at = { workflow: 'CI / build', job: 'test' };

describe('timingKeyPrefix', () => {
  it('keeps keys to safe characters, and an empty part still names something', () => {
    expect(timingKeyPrefix('CI / build', 'test')).toBe('quality-matrix-timings-CI-build-test-');
    expect(timingKeyPrefix('', '')).toBe('quality-matrix-timings-default-default-');
  });
});

describe('saveTimingFiles', () => {
  it('copies the files into the timings folder, numbered, and saves it under the job prefix', async () => {
    mkdirSync(join(ws, 'a'));
    writeFileSync(join(ws, 'a', 'junit.xml'), '<a/>');
    writeFileSync(join(ws, 'junit.xml'), '<b/>');
    const backend = fakeBackend();
    const files = [join(ws, 'a', 'junit.xml'), join(ws, 'junit.xml')];
    const r = await saveTimingFiles({ backend, workspace: ws, ...at, files, runKey: '42-1' });
    expect(r.saved).toBe(true);
    expect(r.notes).toEqual([
      { level: 'info', message: 'Saved 2 timing file(s) under quality-matrix-timings-CI-build-test-42-1.' },
    ]);
    expect(backend.calls).toEqual([['save', [TIMINGS_DIR], 'quality-matrix-timings-CI-build-test-42-1']]);
    expect(readdirSync(join(ws, TIMINGS_DIR)).sort()).toEqual(['0000-junit.xml', '0001-junit.xml']);
    expect(readFileSync(join(ws, TIMINGS_DIR, '0001-junit.xml'), 'utf8')).toBe('<b/>');
  });

  it('an entry another job saved meanwhile counts as saved; a refusal or a timeout is a warning', async () => {
    writeFileSync(join(ws, 't.xml'), 'x');
    const files = [join(ws, 't.xml')];
    const exists = fakeBackend({ save: { value: 'exists' } });
    expect((await saveTimingFiles({ backend: exists, workspace: ws, ...at, files, runKey: '1' })).saved).toBe(true);
    const refused = fakeBackend({ save: { value: 'failed', warnings: ['quota'] } });
    const r = await saveTimingFiles({ backend: refused, workspace: ws, ...at, files, runKey: '1' });
    expect(r).toEqual({
      saved: false,
      notes: [
        { level: 'warning', message: 'Timings were not saved under quality-matrix-timings-CI-build-test-1 (quota).' },
      ],
    });
    const slow = fakeBackend({ save: { value: 'failed', timedOut: true } });
    const t = await saveTimingFiles({ backend: slow, workspace: ws, ...at, files, runKey: '1' });
    expect(t.notes[0]!.message).toMatch(/\(timed out\)\.$/);
  });

  it('no cache service: a warning, nothing saved', async () => {
    writeFileSync(join(ws, 't.xml'), 'x');
    const backend = fakeBackend({ available: false });
    const r = await saveTimingFiles({ backend, workspace: ws, ...at, files: [join(ws, 't.xml')], runKey: '1' });
    expect(r.saved).toBe(false);
    expect(r.notes[0]).toEqual({ level: 'warning', message: expect.stringMatching(/not available/) });
    expect(backend.calls).toEqual([]);
  });
});

describe('restoreTimingFiles', () => {
  it('restores by the job prefix and returns the files restored, sorted', async () => {
    const backend = fakeBackend({
      restore: { value: 'quality-matrix-timings-CI-build-test-41' },
      onRestore: () => {
        mkdirSync(join(ws, TIMINGS_DIR, 'sub'), { recursive: true });
        writeFileSync(join(ws, TIMINGS_DIR, '0001-b.xml'), 'b');
        writeFileSync(join(ws, TIMINGS_DIR, 'sub', '0000-a.xml'), 'a');
      },
    });
    const r = await restoreTimingFiles({ backend, workspace: ws, ...at, runId: '42' });
    expect(backend.calls).toEqual([
      [
        'restore',
        [TIMINGS_DIR],
        'quality-matrix-timings-CI-build-test-42',
        ['quality-matrix-timings-CI-build-test-'],
        false,
      ],
    ]);
    expect(r.files).toEqual([join(ws, TIMINGS_DIR, '0001-b.xml'), join(ws, TIMINGS_DIR, 'sub', '0000-a.xml')]);
    expect(r.notes).toEqual([
      { level: 'info', message: 'Restored timings from quality-matrix-timings-CI-build-test-41.' },
    ]);
  });

  it('says why there are no timings: no entry, a failure, a timeout, no service', async () => {
    const note = async (backend: CacheBackend) =>
      (await restoreTimingFiles({ backend, workspace: ws, ...at, runId: '1' })).notes[0];
    expect(await note(fakeBackend())).toEqual({
      level: 'info',
      message: expect.stringMatching(/^No timing cache under/),
    });
    expect(await note(fakeBackend({ restore: { warnings: ['503'] } }))).toEqual({
      level: 'warning',
      message: 'Could not restore the timing cache: 503',
    });
    expect(await note(fakeBackend({ restore: { timedOut: true } }))).toEqual({
      level: 'warning',
      message: expect.stringMatching(/timed out/),
    });
    expect(await note(fakeBackend({ available: false }))).toEqual({
      level: 'info',
      message: expect.stringMatching(/not available/),
    });
    expect((await restoreTimingFiles({ backend: fakeBackend(), workspace: ws, ...at, runId: '1' })).files).toEqual([]);
  });
});
