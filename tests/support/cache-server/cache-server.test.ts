/**
 * Drives the real @actions/cache@6.3.0 client (in-process and in a child
 * process) against the local cache server, and pins down what the client
 * does in each fault case. README.md in this folder summarises the results.
 */
import { describe, it, expect, beforeAll, beforeEach, afterEach } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import * as cache from '@actions/cache';
import { cacheVersion, CACHE_WRITE_DENIED_MESSAGE } from './index.js';
import { captureStdout, useCacheServiceEnv, withFastRetries } from './in-process.js';
import type { CacheServer } from './index.js';

// ---------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------

interface Captured<T> {
  result: T;
  out: string;
  warnings: string[];
  errors: string[];
  infos: string[];
  debugs: string[];
}

/** Run fn with stdout captured, and the workflow commands @actions/core wrote sorted by kind. */
async function capture<T>(fn: () => Promise<T>): Promise<Captured<T>> {
  const { value: result, out } = await captureStdout(fn);
  const lines = out.split(/\r?\n/).filter((l) => l.length > 0);
  const cmd = (name: string) =>
    lines
      .filter((l) => l.startsWith(`::${name}::`) || l.startsWith(`::${name} `))
      .map((l) => l.replace(/^::[^:]+::/, ''));
  return {
    result,
    out,
    warnings: cmd('warning'),
    errors: cmd('error'),
    debugs: cmd('debug'),
    infos: lines.filter((l) => !l.startsWith('::')),
  };
}

function makeTree(dir: string, seed: string): void {
  mkdirSync(path.join(dir, 'nested', 'deeper'), { recursive: true });
  writeFileSync(path.join(dir, 'a.txt'), `hello ${seed}\n`);
  writeFileSync(path.join(dir, 'nested', 'b.json'), JSON.stringify({ seed, n: 42 }));
  writeFileSync(path.join(dir, 'nested', 'deeper', 'blob.bin'), randomBytes(64 * 1024));
}

function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = readFileSync(p).toString('base64');
    }
  };
  walk(dir);
  return out;
}

/** saveCache / restoreCache with their log output swallowed (for setup steps). */
const save = async (paths: string[], key: string) => (await capture(() => cache.saveCache(paths, key))).result;

// ---------------------------------------------------------------------------

const service = useCacheServiceEnv('cache-server-test-');
let server: CacheServer;
let root: string;
let counter = 0;
/** fresh absolute directory per test */
let dir: string;

beforeAll(() => {
  server = service.server;
  root = service.root;
});

beforeEach(() => {
  server.clear();
  dir = path.join(root, 'workspace', `data-${++counter}`);
  makeTree(dir, `t${counter}`);
});

afterEach(async () => {
  await server.setDown(false);
});

describe('environment', () => {
  it('env() is what @actions/cache needs to pick service v2 and this server', () => {
    const env = server.env();
    expect(env['ACTIONS_RESULTS_URL']).toBe(server.url);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(env['ACTIONS_CACHE_SERVICE_V2']).toBe('True');
    expect(env['ACTIONS_RUNTIME_TOKEN']!.split('.')).toHaveLength(3);
    expect(cache.isFeatureAvailable()).toBe(true);
  });
});

describe('@actions/cache against the local server (in-process)', () => {
  it('saves a directory and restores it byte for byte on an exact key', async () => {
    const before = readTree(dir);
    const key = `exact-${counter}`;
    const saved = await capture(() => cache.saveCache([dir], key));
    expect(saved.warnings).toEqual([]);
    expect(saved.result).toBeGreaterThan(0);

    const [entry] = server.entries();
    expect(entry).toMatchObject({
      id: saved.result,
      key,
      version: cacheVersion([dir]),
      finalized: true,
    });
    expect(entry!.size).toBeGreaterThan(0);
    expect(server.blob(entry!.id)!.length).toBe(entry!.size);
    // protocol shape actually used by the client
    const create = server.requestsFor('CreateCacheEntry')[0]!;
    expect(create.body).toEqual({ key, version: cacheVersion([dir]) });
    expect(create.headers.authorization).toBe(`Bearer ${server.token}`);
    expect(server.requestsFor('PutBlob')).toHaveLength(1);
    expect(server.requestsFor('PutBlob')[0]!.headers['x-ms-blob-type']).toBe('BlockBlob');
    expect(server.requestsFor('FinalizeCacheEntryUpload')[0]!.body).toEqual({
      key,
      version: cacheVersion([dir]),
      size_bytes: String(entry!.size),
    });

    rmSync(dir, { recursive: true });
    const restored = await capture(() => cache.restoreCache([dir], key));
    expect(restored.result).toBe(key);
    expect(restored.warnings).toEqual([]);
    expect(restored.infos).toContain(`Cache hit for: ${key}`);
    expect(readTree(dir)).toEqual(before);
    // download is one plain GET (the host is not *.blob.core.windows.net)
    expect(server.requestsFor('GetBlob')).toHaveLength(1);
    expect(server.requestsFor('GetBlob')[0]!.headers.range).toBeUndefined();
  });

  it('a miss returns undefined quietly', async () => {
    const r = await capture(() => cache.restoreCache([dir], 'never-saved', ['also-not-']));
    expect(r.result).toBeUndefined();
    expect(r.warnings).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(server.requestsFor('GetCacheEntryDownloadURL')[0]!.body).toEqual({
      key: 'never-saved',
      restore_keys: ['also-not-'],
      version: cacheVersion([dir]),
    });
    expect(server.requestsFor('GetBlob')).toHaveLength(0);
  });

  it('restore-keys: prefix match, newest entry wins, keys tried in order', async () => {
    writeFileSync(path.join(dir, 'a.txt'), 'OLD');
    expect(await save([dir], 'deps-linux-aaa')).toBeGreaterThan(0);
    writeFileSync(path.join(dir, 'a.txt'), 'NEW');
    expect(await save([dir], 'deps-linux-bbb')).toBeGreaterThan(0);
    expect(await save([dir], 'other-zzz')).toBeGreaterThan(0);

    rmSync(dir, { recursive: true });
    const r = await capture(() => cache.restoreCache([dir], 'deps-linux-ccc', ['nomatch-', 'deps-linux-', 'other-']));
    expect(r.result).toBe('deps-linux-bbb');
    expect(r.infos).toContain('Cache hit for restore-key: deps-linux-bbb');
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('NEW');

    // seeded entries with explicit dates order by createdAt
    server.seed({
      key: 'seeded-2',
      version: 'v',
      data: 'x',
      createdAt: new Date(2000, 1, 1),
    });
    server.seed({
      key: 'seeded-1',
      version: 'v',
      data: 'y',
      createdAt: new Date(1999, 1, 1),
    });
    expect(
      server
        .entries()
        .map((e) => e.key)
        .slice(0, 2),
    ).toEqual(['seeded-1', 'seeded-2']);
  });

  it('a version mismatch (different paths) is a miss', async () => {
    const key = `ver-${counter}`;
    expect(await save([dir], key)).toBeGreaterThan(0);
    const other = path.join(root, 'workspace', `other-${counter}`);
    const r = await capture(() => cache.restoreCache([dir, other], key));
    expect(r.result).toBeUndefined();
    expect(r.warnings).toEqual([]);
    const req = server.requestsFor('GetCacheEntryDownloadURL')[0]!;
    expect((req.body as { version: string }).version).toBe(cacheVersion([dir, other]));
    expect(cacheVersion([dir, other])).not.toBe(cacheVersion([dir]));
  });

  it('two concurrent saves of one key: one wins, the other logs "another job may be creating this cache" (info, not warning)', async () => {
    const key = `race-${counter}`;
    const r = await capture(() => Promise.all([cache.saveCache([dir], key), cache.saveCache([dir], key)]));
    const ids = [...r.result].sort((a, b) => a - b);
    expect(ids[0]).toBe(-1);
    expect(ids[1]).toBeGreaterThan(0);
    expect(r.warnings).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.infos).toContain(
      `Failed to save: Unable to reserve cache with key ${key}, another job may be creating this cache.`,
    );
    expect(r.debugs.join('\n')).toContain(
      '(409) Conflict: cache entry with the same key, version, and scope already exists',
    );
    expect(server.entries()).toHaveLength(1);
    expect(server.entries()[0]!.finalized).toBe(true);

    // saving again after it is finalized gets the same 409 -> -1 outcome
    const again = await capture(() => cache.saveCache([dir], key));
    expect(again.result).toBe(-1);
    expect(again.warnings).toEqual([]);
  });
});

describe('faults (in-process)', () => {
  it('service down: restore -> undefined + warning; save -> -1 + info only, nothing throws', async () => {
    await server.setDown(true);
    const r = await capture(() => cache.restoreCache([dir], 'k'));
    expect(r.result).toBeUndefined();
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(
      /^Failed to restore: Failed to GetCacheEntryDownloadURL: Unable to make request: ECONNREFUSED/,
    );

    const s = await capture(() => cache.saveCache([dir], 'k'));
    expect(s.result).toBe(-1);
    expect(s.warnings).toEqual([]);
    expect(s.errors).toEqual([]);
    expect(s.infos).toContain(
      'Failed to save: Unable to reserve cache with key k, another job may be creating this cache.',
    );
    expect(s.debugs.join('\n')).toContain('ECONNREFUSED');
  });

  it('503 then success: the Twirp client retries after ~3 s and the restore succeeds', async () => {
    const key = `retry-${counter}`;
    expect(await save([dir], key)).toBeGreaterThan(0);
    server.setFaults({ GetCacheEntryDownloadURL: ['503', 'ok'] });
    const t0 = Date.now();
    const r = await capture(() => cache.restoreCache([dir], key));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(2900);
    expect(r.result).toBe(key);
    expect(r.warnings).toEqual([]);
    expect(server.requestsFor('GetCacheEntryDownloadURL').map((q) => q.status)).toEqual([503, 200]);
    expect(r.infos.join('\n')).toContain(
      'Attempt 1 of 5 failed with error: Failed request: (503) Service Unavailable: injected fault: HTTP 503. Retrying request in 3000 ms...',
    );
  });

  it('persistent 500: 5 attempts, then restore -> undefined + warning (not ::error::), save -> -1 + info', async () => {
    server.setFaults({ '*': '500' });
    const r = await withFastRetries(() => capture(() => cache.restoreCache([dir], 'k')));
    expect(r.result).toBeUndefined();
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      'Failed to restore: Failed to GetCacheEntryDownloadURL: Failed to make request after 5 attempts: Failed request: (500) Internal Server Error: injected fault: HTTP 500',
    ]);
    expect(server.requestsFor('GetCacheEntryDownloadURL')).toHaveLength(5);

    const s = await withFastRetries(() => capture(() => cache.saveCache([dir], 'k')));
    expect(s.result).toBe(-1);
    expect(s.warnings).toEqual([]);
    expect(s.infos).toContain(
      'Failed to save: Unable to reserve cache with key k, another job may be creating this cache.',
    );
    expect(server.requestsFor('CreateCacheEntry')).toHaveLength(5);
  });

  it('429 with retry-after: no retry, two warnings, restore -> undefined', async () => {
    server.setFaults({
      GetCacheEntryDownloadURL: {
        status: 429,
        headers: { 'retry-after': '30' },
      },
    });
    const r = await capture(() => cache.restoreCache([dir], 'k'));
    expect(r.result).toBeUndefined();
    expect(server.requestsFor('GetCacheEntryDownloadURL')).toHaveLength(1);
    expect(r.warnings).toEqual([
      "You've hit a rate limit, your rate limit will reset in 30 seconds",
      'Failed to restore: Failed to GetCacheEntryDownloadURL: Rate limited: Failed request: (429) Too Many Requests: injected fault: HTTP 429',
    ]);
  });

  it('write denied (read-only token): save -> -1 with one warning carrying "cache write denied:"', async () => {
    server.setReadOnly(true);
    const key = `ro-${counter}`;
    const s = await capture(() => cache.saveCache([dir], key));
    expect(s.result).toBe(-1);
    expect(s.errors).toEqual([]);
    expect(s.warnings).toEqual([
      `Failed to save: Unable to reserve cache with key ${key}. More details: ${CACHE_WRITE_DENIED_MESSAGE}`,
    ]);
    expect(server.requestsFor('CreateCacheEntry')[0]!.status).toBe(200);
    expect(server.requestsFor('PutBlob')).toHaveLength(0);
    expect(server.entries()).toEqual([]);
  });

  it('read denied: restore -> undefined + warning carrying "cache read denied:"', async () => {
    server.setFaults({ GetCacheEntryDownloadURL: 'read-denied' });
    const r = await capture(() => cache.restoreCache([dir], 'k'));
    expect(r.result).toBeUndefined();
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('cache read denied: token has no readable scopes');
    expect(server.requestsFor('GetCacheEntryDownloadURL')).toHaveLength(1);
  });

  it('corrupt archive: tar fails, restore -> undefined + warning, nothing extracted', async () => {
    const key = `corrupt-${counter}`;
    expect(await save([dir], key)).toBeGreaterThan(0);
    rmSync(dir, { recursive: true });
    server.setFaults({ BlobDownload: 'corrupt' });
    const r = await capture(() => cache.restoreCache([dir], key));
    expect(r.result).toBeUndefined();
    expect(r.errors).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^Failed to restore: .*tar.* failed with exit code 2/);
    expect(() => statSync(path.join(dir, 'a.txt'))).toThrow();
  });

  it('truncated download: restore -> undefined + warning, no retry of the body', async () => {
    const key = `trunc-${counter}`;
    expect(await save([dir], key)).toBeGreaterThan(0);
    server.setFaults({ BlobDownload: 'truncate' });
    const r = await capture(() => cache.restoreCache([dir], key));
    expect(r.result).toBeUndefined();
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^Failed to restore: /);
    expect(server.requestsFor('GetBlob')).toHaveLength(1);
  });

  it('blob download 503 then ok: retried (after 5 s, shortened here) and restored', async () => {
    const key = `dl503-${counter}`;
    expect(await save([dir], key)).toBeGreaterThan(0);
    server.setFaults({ BlobDownload: ['503', 'ok'] });
    const r = await withFastRetries(() => capture(() => cache.restoreCache([dir], key)));
    expect(r.result).toBe(key);
    expect(server.requestsFor('GetBlob').map((q) => q.status)).toEqual([503, 200]);
  });

  it('blob upload 500 once: the Azure SDK retries immediately and the save succeeds', async () => {
    server.setFaults({ BlobUpload: ['500', 'ok'] });
    const s = await capture(() => cache.saveCache([dir], `up500-${counter}`));
    expect(s.result).toBeGreaterThan(0);
    expect(s.warnings).toEqual([]);
    expect(server.requestsFor('PutBlob').map((q) => q.status)).toEqual([500, 201]);
  });

  it('blob upload always 500: 4 tries, save -> -1 with two warnings; the reservation is left unfinalized', async () => {
    const key = `upfail-${counter}`;
    server.setFaults({ BlobUpload: '500' });
    const s = await withFastRetries(() => capture(() => cache.saveCache([dir], key)));
    expect(s.result).toBe(-1);
    expect(s.errors).toEqual([]);
    expect(s.warnings).toHaveLength(2);
    expect(s.warnings[0]).toMatch(/^uploadCacheArchiveSDK: internal error uploading cache archive: /);
    expect(s.warnings[1]).toMatch(/^Failed to save: /);
    expect(server.requestsFor('PutBlob')).toHaveLength(4);
    expect(server.requestsFor('FinalizeCacheEntryUpload')).toHaveLength(0);
    expect(server.entries()).toMatchObject([{ key, finalized: false, size: 0 }]);
  });

  it('blob download 500 is not retried; a 404 body is saved as the archive and tar fails', async () => {
    const key = `dlerr-${counter}`;
    expect(await save([dir], key)).toBeGreaterThan(0);
    server.setFaults({ BlobDownload: '500' });
    const r500 = await capture(() => cache.restoreCache([dir], key));
    expect(r500.result).toBeUndefined();
    expect(r500.warnings).toEqual(['Failed to restore: downloadCache failed: Cache service responded with 500']);
    expect(server.requestsFor('GetBlob')).toHaveLength(1);

    server.setFaults({ BlobDownload: 'not-found' });
    const r404 = await capture(() => cache.restoreCache([dir], key));
    expect(r404.result).toBeUndefined();
    expect(r404.warnings).toHaveLength(1);
    expect(r404.warnings[0]).toMatch(/^Failed to restore: .*tar.* failed with exit code 2/);
  });

  it('quota ("insufficient usage") and ok:false on CreateCacheEntry end in the generic info line', async () => {
    server.setFaults({ CreateCacheEntry: 'quota' });
    const q = await capture(() => cache.saveCache([dir], 'q'));
    expect(q.result).toBe(-1);
    expect(q.warnings).toEqual([]);
    expect(q.infos).toContain(
      'Failed to save: Unable to reserve cache with key q, another job may be creating this cache.',
    );

    server.setFaults({
      CreateCacheEntry: {
        status: 200,
        body: { ok: false, message: 'some other reason' },
      },
    });
    const f = await capture(() => cache.saveCache([dir], 'f'));
    expect(f.result).toBe(-1);
    expect(f.warnings).toEqual(['Cache reservation failed: some other reason']);
    expect(f.infos).toContain(
      'Failed to save: Unable to reserve cache with key f, another job may be creating this cache.',
    );
  });

  it('connection reset on CreateCacheEntry: no retry, save -> -1 + info', async () => {
    server.setFaults({ CreateCacheEntry: 'reset' });
    const s = await capture(() => cache.saveCache([dir], 'k'));
    expect(s.result).toBe(-1);
    expect(s.warnings).toEqual([]);
    expect(s.infos).toContain(
      'Failed to save: Unable to reserve cache with key k, another job may be creating this cache.',
    );
    expect(server.requestsFor('CreateCacheEntry')).toHaveLength(1);
  });

  it('slow responses just take longer', async () => {
    const key = `slow-${counter}`;
    expect(await save([dir], key)).toBeGreaterThan(0);
    server.setFaults({
      GetCacheEntryDownloadURL: 'slow:700',
      BlobDownload: { delayMs: 300 },
    });
    const t0 = Date.now();
    expect((await capture(() => cache.restoreCache([dir], key))).result).toBe(key);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1000);
  });

  it('a hanging Twirp call is never timed out by the client', async () => {
    server.setFaults({ GetCacheEntryDownloadURL: 'hang' });
    let settled = false;
    const p = capture(() => cache.restoreCache([dir], 'k')).finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 1500));
    expect(settled).toBe(false);
    await server.setDown(true); // drops the connection -> ECONNRESET
    const r = await p;
    expect(r.result).toBeUndefined();
    expect(r.warnings[0]).toMatch(
      /^Failed to restore: Failed to GetCacheEntryDownloadURL: Unable to make request: ECONNRESET/,
    );
  });
});

describe('blob endpoint protocol details', () => {
  it('supports HEAD, Range and x-ms-range with the headers the clients look at', async () => {
    const e = server.seed({
      key: 'raw',
      version: 'v1',
      data: Buffer.from('0123456789'),
    });
    const hit = await fetch(
      new URL('twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL', server.url),
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${server.token}`,
        },
        body: JSON.stringify({ key: 'ra', restore_keys: ['r'], version: 'v1' }),
      },
    );
    const body = (await hit.json()) as {
      ok: boolean;
      signed_download_url: string;
      matched_key: string;
    };
    expect(body).toMatchObject({ ok: true, matched_key: 'raw' });
    const url = body.signed_download_url;

    const head = await fetch(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('10');
    expect(head.headers.get('accept-ranges')).toBe('bytes');
    expect(head.headers.get('x-ms-blob-type')).toBe('BlockBlob');
    expect(head.headers.get('etag')).toMatch(/^"0x[0-9A-F]+"$/);
    expect(head.headers.get('last-modified')).toBeTruthy();

    const part = await fetch(url, { headers: { range: 'bytes=2-5' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 2-5/10');
    expect(await part.text()).toBe('2345');

    const part2 = await fetch(url, { headers: { 'x-ms-range': 'bytes=8-' } });
    expect(await part2.text()).toBe('89');
    expect((await fetch(url, { headers: { range: 'bytes=20-' } })).status).toBe(416);

    // wrong signature
    expect((await fetch(url.replace(/sig=[^&]+/, 'sig=nope'))).status).toBe(403);
    expect(server.blob(e.id)!.toString()).toBe('0123456789');

    // unauthenticated Twirp call
    const unauth = await fetch(
      new URL('twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry', server.url),
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ key: 'x', version: 'v' }),
      },
    );
    expect(unauth.status).toBe(401);
    expect(await unauth.json()).toMatchObject({ code: 'unauthenticated' });
  });

  it('block staging: PUT ?comp=block + PUT ?comp=blocklist assemble the blob', async () => {
    const create = await fetch(
      new URL('twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry', server.url),
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${server.token}`,
        },
        body: JSON.stringify({ key: 'blocks', version: 'v' }),
      },
    );
    const { signed_upload_url: up } = (await create.json()) as {
      signed_upload_url: string;
    };
    const id1 = Buffer.from('block-1').toString('base64');
    const id2 = Buffer.from('block-2').toString('base64');
    expect(
      (
        await fetch(`${up}&comp=block&blockid=${encodeURIComponent(id2)}`, {
          method: 'PUT',
          body: 'world',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await fetch(`${up}&comp=block&blockid=${encodeURIComponent(id1)}`, {
          method: 'PUT',
          body: 'hello ',
        })
      ).status,
    ).toBe(201);
    const xml = `<?xml version="1.0" encoding="utf-8"?><BlockList><Latest>${id1}</Latest><Latest>${id2}</Latest></BlockList>`;
    expect((await fetch(`${up}&comp=blocklist`, { method: 'PUT', body: xml })).status).toBe(201);
    const fin = await fetch(
      new URL('twirp/github.actions.results.api.v1.CacheService/FinalizeCacheEntryUpload', server.url),
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${server.token}`,
        },
        body: JSON.stringify({ key: 'blocks', version: 'v', size_bytes: '11' }),
      },
    );
    expect(await fin.json()).toMatchObject({ ok: true });
    const [entry] = server.entries();
    expect(server.blob(entry!.id)!.toString()).toBe('hello world');
  });
});

describe('spawned child process (env handling as in an action)', () => {
  it('saves and restores through env vars only', async () => {
    const script = `
      import * as fs from 'node:fs';
      const cache = await import('@actions/cache');
      const dir = process.env.CS_DIR, key = process.env.CS_KEY;
      const available = cache.isFeatureAvailable();
      const id = await cache.saveCache([dir], key);
      fs.rmSync(dir, { recursive: true });
      const hit = await cache.restoreCache([dir], key);
      const miss = await cache.restoreCache([dir], key + '-nope');
      console.log('RESULT ' + JSON.stringify({ available, id, hit, miss: miss ?? null }));
    `;
    const env = service.hostEnv();
    Object.assign(env, server.env(), {
      GITHUB_WORKSPACE: path.join(root, 'workspace'),
      RUNNER_TEMP: path.join(root, 'runner-temp'),
      CS_DIR: dir,
      CS_KEY: `child-${counter}`,
    });
    const before = readTree(dir);
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        ['--input-type=module', '-e', script],
        { cwd: process.cwd(), env, timeout: 60_000 },
        (err, out, errOut) => (err ? reject(new Error(`${err.message}\n${out}\n${errOut}`)) : resolve(out)),
      );
    });
    const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
    expect(line).toBeDefined();
    const result = JSON.parse(line!.slice('RESULT '.length)) as {
      available: boolean;
      id: number;
      hit: string;
      miss: null;
    };
    expect(result).toEqual({
      available: true,
      id: server.entries()[0]!.id,
      hit: `child-${counter}`,
      miss: null,
    });
    expect(readTree(dir)).toEqual(before);
    expect(stdout).not.toContain('::warning::');
  });
});
