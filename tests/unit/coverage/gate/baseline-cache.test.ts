/**
 * CacheBaselineStore (packages/coverage) over a fake backend (the store's own rules), then over
 * kit's backend against the local cache service (tests/support/cache-server) with the real
 * @actions/cache in-process. The file lives under RUNNER_TEMP, outside GITHUB_WORKSPACE.
 */
import { describe, it, expect, beforeAll, beforeEach, afterEach } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as cache from '@actions/cache';
import { cacheVersion } from '../../../support/cache-server/index.js';
import { captureStdout, useCacheServiceEnv, withFastRetries } from '../../../support/cache-server/in-process.js';
import type { CacheServer } from '../../../support/cache-server/index.js';
import { BASELINE_SCHEMA } from '../../../../packages/coverage/src/gate/baseline.js';
import type { BaselineRead } from '../../../../packages/coverage/src/gate/baseline.js';
import {
  CacheBaselineStore,
  baselineKeys,
  escapeKeyPart,
  keyCommitTime,
  padTime,
} from '../../../../packages/coverage/src/gate/baseline-cache.js';
import { createCacheBackend, type CacheBackend } from '@quality/kit/cache-backend';
import { snap } from '../../../support/baseline.js';

const commitOf = (r: BaselineRead): string | undefined => (r.status === 'found' ? r.snapshot.commit : undefined);
const detailOf = (r: BaselineRead): string => (r.status === 'found' ? '' : r.detail);

const quiet = captureStdout;

const sha = (c: string) => c.repeat(40);

const service = useCacheServiceEnv('baseline-cache-');
let server: CacheServer;
let tempDir: string;
const store = (opts: { prefix?: string; timeoutMs?: number } = {}) =>
  new CacheBaselineStore({
    tempDir,
    ...(opts.prefix ? { prefix: opts.prefix } : {}),
    backend: createCacheBackend({ timeoutMs: opts.timeoutMs ?? 20_000, libraryWarnings: 'log' }),
  });

beforeAll(() => {
  server = service.server;
  tempDir = path.join(service.root, 'runner-temp', 'quality-baseline');
});

beforeEach(() => server.clear());
afterEach(async () => {
  await server.setDown(false);
  server.setReadOnly(false);
  server.setFaults(undefined);
});

describe('keys', () => {
  it('escape branch names so one branch prefix never matches another branch', () => {
    expect(escapeKeyPart('main')).toBe('main');
    expect(escapeKeyPart('main-2')).toBe('main%2D2');
    expect(escapeKeyPart('release/1.x,y')).toBe('release%2F1.x%2Cy');
    const k = baselineKeys('quality-coverage', 'main', 'A'.repeat(40), 1_700_000_000);
    expect(k).toEqual({
      sha: `quality-coverage-sha-${'a'.repeat(40)}`,
      branchPrefix: 'quality-coverage-branch-main-',
      branch: `quality-coverage-branch-main-001700000000-${'a'.repeat(40)}`,
    });
    expect(
      baselineKeys('p', 'main-2', sha('a'), 1).branch.startsWith(k.branchPrefix.replace('quality-coverage', 'p')),
    ).toBe(false);
    expect(keyCommitTime(k.branch)).toBe(1_700_000_000);
    expect(keyCommitTime('quality-coverage-sha-abc')).toBeUndefined();
    expect(padTime(-5)).toBe('000000000000');
  });
});

/** An in-memory cache: exact key first, then the newest entry under a restore key. */
function fakeBackend(
  over: Partial<CacheBackend> = {},
): CacheBackend & { entries: Map<string, string>; calls: string[] } {
  const entries = new Map<string, string>();
  const calls: string[] = [];
  return {
    entries,
    calls,
    mode: 'read-write',
    available: () => Promise.resolve(true),
    restore: (paths, key, restoreKeys, lookupOnly) => {
      calls.push(`${lookupOnly ? 'lookup' : 'restore'} ${key}`);
      const newest = [...entries.keys()].reverse().find((k) => restoreKeys.some((p) => k.startsWith(p)));
      const hit = entries.has(key) ? key : newest;
      if (hit && !lookupOnly) writeFileSync(paths[0]!, entries.get(hit)!);
      return Promise.resolve({ value: hit, warnings: [] });
    },
    save: (paths, key) => {
      calls.push(`save ${key}`);
      if (entries.has(key)) return Promise.resolve({ value: 'exists' as const, warnings: [] });
      entries.set(key, readFileSync(paths[0]!, 'utf8'));
      return Promise.resolve({ value: 'saved' as const, warnings: [] });
    },
    ...over,
  };
}

describe('CacheBaselineStore over a fake backend', () => {
  const fakeStore = (b: CacheBackend) => new CacheBaselineStore({ tempDir, backend: b });

  it('saves under the sha and branch keys and reads the exact commit, else the newest of the branch', async () => {
    const b = fakeBackend();
    expect((await fakeStore(b).write(snap(sha('a'), 100))).status).toBe('written');
    expect((await fakeStore(b).write(snap(sha('b'), 200))).status).toBe('written');
    expect([...b.entries.keys()]).toEqual([
      `quality-coverage-sha-${sha('a')}`,
      `quality-coverage-branch-main-000000000100-${sha('a')}`,
      `quality-coverage-sha-${sha('b')}`,
      `quality-coverage-branch-main-000000000200-${sha('b')}`,
    ]);
    expect(commitOf(await fakeStore(b).read({ branch: 'main', commit: sha('a') }))).toBe(sha('a'));
    expect(commitOf(await fakeStore(b).read({ branch: 'main' }))).toBe(sha('b'));
    expect((await fakeStore(b).read({ branch: 'main-2' })).status).toBe('missing');
  });

  it('never regresses: an older commit gets its sha key only', async () => {
    const b = fakeBackend();
    await fakeStore(b).write(snap(sha('b'), 200));
    const w = await fakeStore(b).write(snap(sha('a'), 100));
    expect(w).toMatchObject({ status: 'skipped', detail: expect.stringContaining('newer baseline for main') });
    expect(b.entries.has(`quality-coverage-branch-main-000000000100-${sha('a')}`)).toBe(false);
    expect(b.entries.has(`quality-coverage-sha-${sha('a')}`)).toBe(true);
  });

  it('a key another job saved counts as saved; a reserved key is a failure naming the causes', async () => {
    expect(
      (
        await fakeStore(fakeBackend({ save: () => Promise.resolve({ value: 'exists', warnings: [] }) })).write(
          snap(sha('a'), 1),
        )
      ).status,
    ).toBe('written');
    const reserved = fakeBackend({ save: () => Promise.resolve({ value: 'reserved', warnings: [] }) });
    const w = await fakeStore(reserved).write(snap(sha('a'), 1));
    expect(w).toMatchObject({ status: 'failed', detail: expect.stringContaining('did not accept the entry') });
  });

  it('timeouts, warnings and a missing service never throw', async () => {
    const slow = fakeBackend({
      restore: () => Promise.resolve({ value: undefined, warnings: ['no answer within 1 s'], timedOut: true }),
    });
    expect(await fakeStore(slow).read({ branch: 'main' })).toEqual({
      status: 'unavailable',
      detail: 'reading the cache timed out (no answer within 1 s).',
    });
    expect((await fakeStore(slow).write(snap(sha('a'), 1))).detail).toMatch(/timed out/);
    const down = fakeBackend({ restore: () => Promise.resolve({ value: undefined, warnings: ['ECONNREFUSED'] }) });
    expect(await fakeStore(down).read({ branch: 'main' })).toEqual({
      status: 'unavailable',
      detail: 'the cache could not be read: ECONNREFUSED',
    });
    const none = fakeBackend({ available: () => Promise.resolve(false) });
    expect((await fakeStore(none).read({ branch: 'main' })).status).toBe('unavailable');
    expect((await fakeStore(none).write(snap(sha('a'), 1))).status).toBe('failed');
    expect(none.calls).toEqual([]);
  });

  it("follows the backend's ACTIONS_CACHE_MODE: write-only writes without looking, read never writes", async () => {
    const writeOnly = fakeBackend({ mode: 'write-only' });
    expect((await fakeStore(writeOnly).read({ branch: 'main' })).status).toBe('unavailable');
    const w = await fakeStore(writeOnly).write(snap(sha('a'), 1));
    expect(w).toMatchObject({ status: 'written', detail: expect.stringContaining('not checked for a newer entry') });
    expect(writeOnly.calls.filter((c) => c.startsWith('lookup'))).toEqual([]);
    const readOnly = fakeBackend({ mode: 'read' });
    expect((await fakeStore(readOnly).write(snap(sha('a'), 1))).status).toBe('failed');
    expect(readOnly.calls).toEqual([]);
  });
});

describe('CacheBaselineStore against the local cache service', () => {
  it('writes, then reads the exact commit back (file outside the workspace, library warnings none)', async () => {
    const s = store();
    expect(s.kind).toBe('cache');
    const { value: w, out } = await quiet(() => s.write(snap(sha('a'), 100)));
    expect(w).toEqual({ status: 'written', detail: expect.stringContaining('quality-coverage-sha-') });
    expect(out).not.toContain('::warning');
    const keys = server.entries().map((e) => e.key);
    expect(keys.sort()).toEqual(
      [`quality-coverage-sha-${sha('a')}`, `quality-coverage-branch-main-000000000100-${sha('a')}`].sort(),
    );
    // one small file, archived relative to the workspace: the version is the hash of its absolute path
    expect(server.entries().every((e) => e.version === cacheVersion([path.join(tempDir, 'baseline.json')]))).toBe(true);

    rmSync(tempDir, { recursive: true, force: true });
    const r = (await quiet(() => store().read({ branch: 'main', commit: sha('a') }))).value;
    expect(r.status).toBe('found');
    expect(r.status === 'found' && r.source).toBe(`cache entry quality-coverage-sha-${sha('a')}`);
    expect(r.status === 'found' && r.snapshot).toEqual(snap(sha('a'), 100));
  });

  it('reads the newest for the branch when the commit is unknown or not saved; other branches do not leak', async () => {
    const s = store();
    await quiet(() => s.write(snap(sha('a'), 100)));
    await quiet(() => s.write(snap(sha('b'), 200)));
    await quiet(() => s.write(snap(sha('c'), 300, 'main-2')));
    const latest = (await quiet(() => s.read({ branch: 'main' }))).value;
    expect(commitOf(latest)).toBe(sha('b'));
    expect(latest.status === 'found' && latest.source).toContain('quality-coverage-branch-main-000000000200-');
    expect(commitOf((await quiet(() => s.read({ branch: 'main', commit: sha('d') }))).value)).toBe(sha('b'));
    expect(commitOf((await quiet(() => s.read({ branch: 'main', commit: sha('a') }))).value)).toBe(sha('a'));
    expect(commitOf((await quiet(() => s.read({ branch: 'main-2' }))).value)).toBe(sha('c'));
  });

  it('missing when nothing was saved, even with a file left by an earlier call', async () => {
    const s = store();
    mkdirSync(tempDir, { recursive: true });
    writeFileSync(path.join(tempDir, 'baseline.json'), JSON.stringify(snap(sha('e'), 1)));
    const { value: r, out } = await quiet(() => s.read({ branch: 'main', commit: sha('e') }));
    expect(r).toEqual({ status: 'missing', detail: expect.stringContaining('no cache entry for main yet') });
    expect(out).not.toContain('::warning');
    expect(existsSync(path.join(tempDir, 'baseline.json'))).toBe(false);
  });

  it('an older commit does not overwrite the newest for the branch (its sha key is still saved)', async () => {
    const s = store();
    await quiet(() => s.write(snap(sha('b'), 200)));
    const w = (await quiet(() => s.write(snap(sha('a'), 100)))).value;
    expect(w.status).toBe('skipped');
    expect(w.detail).toContain('newer baseline for main');
    expect(server.entries().map((e) => e.key)).not.toContain(`quality-coverage-branch-main-000000000100-${sha('a')}`);
    expect(server.entries().map((e) => e.key)).toContain(`quality-coverage-sha-${sha('a')}`);
    expect(commitOf((await quiet(() => s.read({ branch: 'main' }))).value)).toBe(sha('b'));
    expect(commitOf((await quiet(() => s.read({ branch: 'main', commit: sha('a') }))).value)).toBe(sha('a'));
    // writing the same snapshot again: nothing to save
    const again = (await quiet(() => s.write(snap(sha('b'), 200)))).value;
    expect(again.status).toBe('skipped');
    expect(again.detail).toContain('already holds');
    expect(server.requestsFor('CreateCacheEntry')).toHaveLength(3);
  });

  it('a key another job saved between our lookup and our save (-1, info only) counts as saved', async () => {
    const keys = baselineKeys('quality-coverage', 'main', sha('a'), 100);
    const version = cacheVersion([path.join(tempDir, 'baseline.json')]);
    server.seed({ key: keys.sha, version, data: Buffer.from('x') });
    // the first lookup (the sha key) answers "miss", as if the other job had not finished yet
    const miss = { status: 200, body: JSON.stringify({ ok: false, signed_download_url: '', matched_key: '' }) };
    server.setFaults({ GetCacheEntryDownloadURL: [miss, 'ok'] });
    const w = (await quiet(() => store().write(snap(sha('a'), 100)))).value;
    expect(w.status).toBe('written');
    expect(w.detail).toContain(keys.branch);
    expect(server.requestsFor('CreateCacheEntry').map((r) => (r.body as { key: string }).key)).toEqual([
      keys.sha,
      keys.branch,
    ]);
  });

  it('a save that is refused without a warning and whose key is not there: failed naming the causes', async () => {
    const keys = baselineKeys('quality-coverage', 'main', sha('a'), 100);
    // an unfinalized reservation (a save that never finished): lookups miss, the save gets 409
    server.seed({
      key: keys.sha,
      version: cacheVersion([path.join(tempDir, 'baseline.json')]),
      data: Buffer.from('x'),
      finalized: false,
    });
    const w = (await quiet(() => store().write(snap(sha('a'), 100)))).value;
    expect(w.status).toBe('failed');
    expect(w.detail).toContain('did not accept the entry');
  });

  it('service down: read unavailable, write failed, nothing thrown, no ::warning:: annotation leaks', async () => {
    await server.setDown(true);
    const s = store();
    const { value: r, out } = await quiet(() => s.read({ branch: 'main', commit: sha('a') }));
    expect(r.status).toBe('unavailable');
    expect(detailOf(r)).toContain('ECONNREFUSED');
    expect(out).not.toMatch(/^::warning/m);
    expect(out).toMatch(/^@actions\/cache: Failed to restore/m);
    const w = (await quiet(() => s.write(snap(sha('a'), 1)))).value;
    expect(w.status).toBe('failed');
    expect(w.detail).toContain('ECONNREFUSED');
  });

  it('write denied (read-only token): failed with the library words', async () => {
    server.setReadOnly(true);
    const w = (await quiet(() => store().write(snap(sha('a'), 1)))).value;
    expect(w.status).toBe('failed');
    expect(w.detail).toContain('cache write denied');
    expect(server.entries()).toEqual([]);
  });

  it('a corrupt entry is unavailable', async () => {
    const keys = baselineKeys('quality-coverage', 'main', sha('a'), 1);
    server.seed({
      key: keys.sha,
      version: cacheVersion([path.join(tempDir, 'baseline.json')]),
      data: Buffer.from('garbage, not zstd'),
    });
    const r = (await quiet(() => store().read({ branch: 'main', commit: sha('a') }))).value;
    expect(r.status).toBe('unavailable');
    expect(detailOf(r)).toContain('tar');
  });

  it('a future-schema snapshot is unavailable with the message', async () => {
    const keys = baselineKeys('quality-coverage', 'main', sha('a'), 1);
    mkdirSync(tempDir, { recursive: true });
    const file = path.join(tempDir, 'baseline.json');
    writeFileSync(file, JSON.stringify({ ...snap(sha('a'), 1), schema: BASELINE_SCHEMA + 1, writer: 'quality 9.9.9' }));
    expect((await quiet(() => cache.saveCache([file], keys.sha))).value).toBeGreaterThan(0);
    const r = (await quiet(() => store().read({ branch: 'main', commit: sha('a') }))).value;
    expect(r.status).toBe('unavailable');
    expect(detailOf(r)).toMatch(/schema 2, written by a newer quality \(quality 9\.9\.9\)/);
  });

  it('persistent 5xx: unavailable after the library gives up', async () => {
    server.setFaults({ GetCacheEntryDownloadURL: '503' });
    // a deadline under 1 s: withFastRetries shrinks every timer of 1 s or more, the store's own too
    const r = (await quiet(() => withFastRetries(() => store({ timeoutMs: 999 }).read({ branch: 'main' })))).value;
    expect(r.status).toBe('unavailable');
    expect(detailOf(r)).toContain('5 attempts');
  });

  it('a hanging service hits the deadline: unavailable / failed "timed out", stdout given back', async () => {
    const before = process.stdout.write;
    server.setFaults({ GetCacheEntryDownloadURL: 'hang' });
    const s = store({ timeoutMs: 300 });
    const t0 = Date.now();
    const r = (await quiet(() => s.read({ branch: 'main', commit: sha('a') }))).value;
    expect(r).toEqual({ status: 'unavailable', detail: 'reading the cache timed out (no answer within 0.3 s).' });
    const w = (await quiet(() => s.write(snap(sha('a'), 1)))).value;
    expect(w).toEqual({ status: 'failed', detail: 'saving to the cache timed out (no answer within 0.3 s).' });
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(process.stdout.write).toBe(before);
    await server.setDown(true); // drop the hung connections
  });

  it('no cache service: unavailable / failed with the sentence', async () => {
    const url = process.env.ACTIONS_RESULTS_URL;
    delete process.env.ACTIONS_RESULTS_URL;
    try {
      expect(await store().read({ branch: 'main' })).toEqual({
        status: 'unavailable',
        detail: 'the cache service is not available (GHES without cache, or ACTIONS_RESULTS_URL unset).',
      });
      expect((await store().write(snap(sha('a'), 1))).status).toBe('failed');
    } finally {
      process.env.ACTIONS_RESULTS_URL = url;
    }
  });

  it('ACTIONS_CACHE_MODE that forbids reads or writes', async () => {
    try {
      process.env.ACTIONS_CACHE_MODE = 'read';
      const w = await store().write(snap(sha('a'), 1));
      expect(w).toEqual({
        status: 'failed',
        detail: 'cache writes are disabled for this job (ACTIONS_CACHE_MODE=read).',
      });
      process.env.ACTIONS_CACHE_MODE = 'write-only';
      expect((await store().read({ branch: 'main' })).status).toBe('unavailable');
      const w2 = (await quiet(() => store().write(snap(sha('a'), 1)))).value;
      expect(w2.status).toBe('written');
      expect(w2.detail).toContain('not checked for a newer entry');
    } finally {
      delete process.env.ACTIONS_CACHE_MODE;
    }
  });

  it('a custom prefix keeps entries apart', async () => {
    await quiet(() => store({ prefix: 'other' }).write(snap(sha('a'), 1)));
    expect((await quiet(() => store().read({ branch: 'main' }))).value.status).toBe('missing');
    expect(commitOf((await quiet(() => store({ prefix: 'other' }).read({ branch: 'main' }))).value)).toBe(sha('a'));
  });
});
