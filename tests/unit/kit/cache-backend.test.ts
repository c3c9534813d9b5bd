/**
 * kit's cache backend over a fake `@actions/cache`: warnings captured from stdout, the deadline,
 * and the look-up-again rule after a save answered -1.
 */
import { describe, it, expect } from '@jest/globals';
import { createCacheBackend, type CacheLibrary } from '@quality/kit/cache-backend';

function fakeLibrary(over: Partial<CacheLibrary> = {}): CacheLibrary & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    isFeatureAvailable: () => true,
    restoreCache: (_p, key, _rk, opts) => {
      calls.push(`${opts?.lookupOnly ? 'lookup' : 'restore'} ${key}`);
      return Promise.resolve(undefined);
    },
    saveCache: (_p, key) => {
      calls.push(`save ${key}`);
      return Promise.resolve(7);
    },
    ...over,
  };
}

/** A runner with a cache service. */
const env = { ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' };

const backend = (lib: CacheLibrary, timeoutMs = 1000, libraryWarnings: 'annotate' | 'log' = 'annotate') =>
  createCacheBackend({ timeoutMs, load: () => Promise.resolve(lib), cacheMode: '', libraryWarnings, env });

/** Run fn with stdout captured (and not printed). */
async function quiet<T>(fn: () => Promise<T>): Promise<{ value: T; out: string }> {
  const original = process.stdout.write;
  let out = '';
  process.stdout.write = ((c: string | Uint8Array) => {
    out += String(c);
    return true;
  }) as typeof process.stdout.write;
  try {
    return { value: await fn(), out };
  } finally {
    process.stdout.write = original;
  }
}

describe('createCacheBackend', () => {
  it('loads the library only when a call is made', async () => {
    let loads = 0;
    const b = createCacheBackend({
      timeoutMs: 1000,
      env,
      load: () => {
        loads++;
        return Promise.resolve(fakeLibrary());
      },
    });
    expect(loads).toBe(0);
    expect(await b.available()).toBe(true);
    await b.available();
    expect(loads).toBe(1);
  });

  it('without a cache service URL is unavailable, and never loads the library', async () => {
    let loads = 0;
    const load = () => {
      loads++;
      return Promise.resolve(fakeLibrary());
    };
    for (const vars of [{}, { ACTIONS_CACHE_URL: '' }, { ACTIONS_CACHE_MODE: 'read' }]) {
      expect(await createCacheBackend({ timeoutMs: 1000, env: vars, load }).available()).toBe(false);
    }
    expect(loads).toBe(0);
    expect(
      await createCacheBackend({ timeoutMs: 1000, env: { ACTIONS_CACHE_URL: 'http://x/' }, load }).available(),
    ).toBe(true);
    expect(loads).toBe(1);
  });

  it('records the warnings a restore prints, and the size', async () => {
    const lib = fakeLibrary({
      restoreCache: () => {
        process.stdout.write('Cache Size: ~1 MB (1234567 B)\n::warning::Failed to restore: 503%0Aretry\n');
        return Promise.resolve(undefined);
      },
    });
    const { value: r, out } = await quiet(() => backend(lib).restore(['p'], 'k', [], false));
    expect(r).toEqual({ value: undefined, warnings: ['Failed to restore: 503 retry'], sizeBytes: 1234567 });
    expect(out).toContain('::warning::Failed to restore');
  });

  it("prints the library's warnings as plain lines when asked", async () => {
    const lib = fakeLibrary({
      restoreCache: () => {
        process.stdout.write('::warning::down\n');
        return Promise.resolve(undefined);
      },
    });
    const { value: r, out } = await quiet(() => backend(lib, 1000, 'log').restore(['p'], 'k', [], false));
    expect(r.warnings).toEqual(['down']);
    expect(out).toBe('@actions/cache: down\n');
  });

  it('a call past its deadline is timed out, and stdout is given back', async () => {
    const original = process.stdout.write;
    const lib = fakeLibrary({ restoreCache: () => new Promise(() => undefined) });
    const r = await backend(lib, 50).restore(['p'], 'k', [], false);
    expect(r).toMatchObject({ value: undefined, timedOut: true });
    expect(r.warnings.join()).toMatch(/no answer within/);
    expect(process.stdout.write).toBe(original);
  });

  it('a throw becomes a warning, never an exception', async () => {
    const lib = fakeLibrary({ saveCache: () => Promise.reject(new Error('tar failed')) });
    const r = await backend(lib).save(['p'], 'k');
    expect(r.value).toBe('failed');
    expect(r.warnings).toContain('tar failed');
  });

  it('save: a new entry is saved', async () => {
    const lib = fakeLibrary();
    expect((await backend(lib).save(['p'], 'k')).value).toBe('saved');
    expect(lib.calls).toEqual(['save k']);
  });

  it('save: -1 and the key is there on a second look: another job saved it', async () => {
    const lib = fakeLibrary({
      saveCache: () => Promise.resolve(-1),
      restoreCache: (_p, key) => Promise.resolve(key),
    });
    expect(await backend(lib).save(['p'], 'k')).toEqual({ value: 'exists', warnings: [] });
  });

  it('save: -1, no warning, and still no key: reserved by another job', async () => {
    const lib = fakeLibrary({ saveCache: () => Promise.resolve(-1) });
    expect((await backend(lib).save(['p'], 'k')).value).toBe('reserved');
    expect(lib.calls).toEqual(['lookup k']);
  });

  it('save: -1 with a warning and no key: failed with the warning', async () => {
    const lib = fakeLibrary({
      saveCache: () => {
        process.stdout.write('::warning::write denied\n');
        return Promise.resolve(-1);
      },
    });
    const { value: r } = await quiet(() => backend(lib).save(['p'], 'k'));
    expect(r).toEqual({ value: 'failed', warnings: ['write denied'] });
  });

  it('save: no second look when ACTIONS_CACHE_MODE forbids reads', async () => {
    const lib = fakeLibrary({ saveCache: () => Promise.resolve(-1) });
    const b = createCacheBackend({ timeoutMs: 1000, load: () => Promise.resolve(lib), cacheMode: 'write-only' });
    expect(b.mode).toBe('write-only');
    expect((await b.save(['p'], 'k')).value).toBe('failed');
    expect(lib.calls).toEqual([]);
  });

  it('a library that cannot be loaded is unavailable', async () => {
    const b = createCacheBackend({ timeoutMs: 1000, env, load: () => Promise.reject(new Error('no module')) });
    expect(await b.available()).toBe(false);
  });
});
