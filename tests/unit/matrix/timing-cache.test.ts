/** The matrix's timing cache over a fake cache backend: what is copied, saved, restored and said. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BackendResult, CacheBackend, CacheSaveStatus } from '@quality/kit/cache-backend';
import {
  HISTORY_FILE,
  parseTimingHistory,
  TIMINGS_DIR,
  restoreTimingFiles,
  saveTimingFiles,
  timingKeyPrefix,
} from '@quality/matrix';

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
  it('adds this run to the restored history (last N runs per file) and saves one history file', async () => {
    const junit = (secs: number) =>
      `<testsuite><testcase classname="t" name="x" file="src/a.test.js" time="${secs}"/></testsuite>`;
    writeFileSync(join(ws, 'junit.xml'), junit(3));
    const first = fakeBackend();
    const files = [join(ws, 'junit.xml')];
    const r1 = await saveTimingFiles({ backend: first, workspace: ws, ...at, files, runKey: '41-1', keep: 2 });
    expect(r1.saved).toBe(true);
    expect(r1.notes.at(-1)).toEqual({
      level: 'info',
      message: 'Saved the timings of 1 file(s) under quality-matrix-timings-CI-build-test-41-1.',
    });
    expect(first.calls.map((c) => c[0])).toEqual(['restore', 'save']);
    expect(readdirSync(join(ws, TIMINGS_DIR))).toEqual([HISTORY_FILE]);
    const saved1 = readFileSync(join(ws, TIMINGS_DIR, HISTORY_FILE), 'utf8');

    // Next runs: the cache gives back the saved history; samples pile up to `keep`, the median plans.
    let history = saved1;
    for (const [run, secs] of [
      ['42-1', 5],
      ['43-1', 100],
    ] as const) {
      writeFileSync(join(ws, 'junit.xml'), junit(secs));
      const backend = fakeBackend({
        restore: { value: 'quality-matrix-timings-CI-build-test-old' },
        onRestore: () => {
          mkdirSync(join(ws, TIMINGS_DIR), { recursive: true });
          writeFileSync(join(ws, TIMINGS_DIR, HISTORY_FILE), history);
        },
      });
      const r = await saveTimingFiles({ backend, workspace: ws, ...at, files, runKey: run, keep: 2 });
      expect(r.saved).toBe(true);
      history = readFileSync(join(ws, TIMINGS_DIR, HISTORY_FILE), 'utf8');
    }
    const h = parseTimingHistory(history, 'h');
    // three runs saved, the oldest (3 s) fell out with keep 2
    expect(h.runs).toBe(3);
    expect(h.entries).toEqual([expect.objectContaining({ path: 'src/a.test.js', samples: [5, 100] })]);
  });

  it('a history that cannot be restored is a warning, and this run starts a new one', async () => {
    writeFileSync(join(ws, 't.xml'), '<testsuite><testcase name="x" file="a.test.js" time="1"/></testsuite>');
    const backend = fakeBackend({ restore: { value: undefined, warnings: ['HTTP 503'] } });
    const r = await saveTimingFiles({ backend, workspace: ws, ...at, files: [join(ws, 't.xml')], runKey: '1' });
    expect(r.saved).toBe(true);
    expect(r.notes[0]).toEqual({
      level: 'warning',
      message: 'The previous timing history could not be restored (HTTP 503); starting a new one.',
    });
  });

  it('an entry another job saved meanwhile counts as saved; a refusal or a timeout is a warning', async () => {
    writeFileSync(join(ws, 't.xml'), '<testsuite><testcase name="x" file="a.test.js" time="1"/></testsuite>');
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
