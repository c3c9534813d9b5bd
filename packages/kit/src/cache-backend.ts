/**
 * The one wrapper of `@actions/cache`, loaded with `import()` on the first call only.
 *
 * The library reports a failed restore only as a `::warning::` line and `undefined`, a failed save
 * as -1, and has no timeouts. So stdout is watched while a call runs (warnings recorded, output
 * passed on), every call runs under a deadline, and a save answered with -1 is looked up again:
 * -1 is also "another job saved this key meanwhile", which is no failure.
 */
import { errorMessage } from './errors.js';

export interface BackendResult<T> {
  value: T;
  /** Warnings the cache library printed during the call (or why the call failed). */
  warnings: string[];
  /** Archive size, when the library told it. */
  sizeBytes?: number;
  /** The call passed its deadline (it may still finish in the background). */
  timedOut?: boolean;
}

/**
 * `saved`: a new entry; `exists`: the key was saved by another job meanwhile; `reserved`: the
 * key is reserved by a job still uploading it (or the service refused the reservation without
 * a word); `failed`: see the warnings.
 */
export type CacheSaveStatus = 'saved' | 'exists' | 'reserved' | 'failed';

/** What ACTIONS_CACHE_MODE allows this job ('read-write' when unset). */
export type CacheMode = 'read-write' | 'read' | 'write-only' | 'none';

export interface CacheBackend {
  /** false when the runner provides no cache service (some GHES, act, local runs). */
  available(): Promise<boolean>;
  readonly mode: CacheMode;
  /** The matched key, or undefined (a miss, or a failure: see warnings and timedOut). */
  restore(
    paths: string[],
    key: string,
    restoreKeys: string[],
    lookupOnly: boolean,
  ): Promise<BackendResult<string | undefined>>;
  save(paths: string[], key: string): Promise<BackendResult<CacheSaveStatus>>;
}

export interface CacheBackendOptions {
  /** Deadline of one library call. */
  timeoutMs: number;
  log?: { debug(message: string): void };
  /**
   * 'annotate' (default): the library's `::warning::` lines reach the log unchanged; 'log': they
   * are printed as plain `@actions/cache: ...` lines (for callers that raise their own warning).
   */
  libraryWarnings?: 'annotate' | 'log';
  /** ACTIONS_CACHE_MODE, as the runner sets it. */
  cacheMode?: string;
  /**
   * The runner's variables (default process.env). Without a cache service URL (ACTIONS_CACHE_URL
   * or ACTIONS_RESULTS_URL) the cache is unavailable and the library is never loaded.
   */
  env?: Readonly<Record<string, string | undefined>>;
  /** For tests: the library (default: `import('@actions/cache')`). */
  load?: () => Promise<CacheLibrary>;
}

/** The part of `@actions/cache` used here. */
export interface CacheLibrary {
  isFeatureAvailable(): boolean;
  restoreCache(
    paths: string[],
    key: string,
    restoreKeys?: string[],
    options?: { lookupOnly?: boolean },
  ): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

export function parseCacheMode(raw: string | undefined): CacheMode {
  const m = (raw ?? '').trim().toLowerCase();
  return m === 'read' || m === 'write-only' || m === 'none' ? m : 'read-write';
}

// --- watching the library's stdout ------------------------------------------------------------

/** Restore prints `Cache Size: ~N MB (B B)`; save prints only `::debug::File Size: B`. */
const SIZE = /(?:Cache Size: ~\d+ MB \((\d+) B\)|^::debug::File Size: (\d+)$)/;

interface Watch {
  warnings: string[];
  sizeBytes?: number;
  pending: string;
  plain: boolean;
}

type Write = typeof process.stdout.write;
const watches = new Set<Watch>();
let patched: { original: Write; ours: Write } | undefined;

const decode = (s: string) => s.replace(/%0D/g, '').replace(/%0A/g, ' ').replace(/%25/g, '%');

/** Record warnings and sizes of complete lines; returns the text to print. */
function scan(text: string): string {
  let plain = false;
  for (const w of watches) {
    plain ||= w.plain;
    w.pending += text;
    const lines = w.pending.split(/\r?\n/);
    w.pending = lines.pop() ?? '';
    for (const line of lines) {
      const warn = /^::warning[^:]*::(.*)$/.exec(line);
      if (warn) w.warnings.push(decode(warn[1]!));
      const size = SIZE.exec(line);
      if (size) w.sizeBytes = Number(size[1] ?? size[2]);
    }
  }
  return plain ? text.replace(/^::warning[^:]*::(.*)$/gm, (_l, m: string) => `@actions/cache: ${decode(m)}`) : text;
}

function startWatch(plain: boolean): { watch: Watch; stop(): void } {
  const watch: Watch = { warnings: [], pending: '', plain };
  watches.add(watch);
  if (!patched) {
    const original = process.stdout.write;
    const ours = function (this: NodeJS.WriteStream, chunk: string | Uint8Array, ...rest: unknown[]) {
      let out: string | Uint8Array = chunk;
      try {
        if (watches.size > 0) out = scan(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      } catch {
        out = chunk; // never let the watch break the log
      }
      return (original as (...a: unknown[]) => boolean).call(this, out, ...rest);
    } as Write;
    patched = { original, ours };
    process.stdout.write = ours;
  }
  let stopped = false;
  return {
    watch,
    stop() {
      if (stopped) return;
      stopped = true;
      if (watch.pending) {
        const last = watch.pending;
        watch.pending = '';
        const warn = /^::warning[^:]*::(.*)$/.exec(last);
        if (warn) watch.warnings.push(decode(warn[1]!));
      }
      watches.delete(watch);
      if (watches.size === 0 && patched) {
        // Give stdout back unless someone patched it after us (then ours passes everything on).
        if (process.stdout.write === patched.ours) process.stdout.write = patched.original;
        patched = undefined;
      }
    },
  };
}

// --- the backend --------------------------------------------------------------------------------

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

export function createCacheBackend(options: CacheBackendOptions): CacheBackend {
  const load = options.load ?? (() => import('@actions/cache') as Promise<CacheLibrary>);
  let lib: Promise<CacheLibrary> | undefined;
  const library = () => (lib ??= load());
  const plain = options.libraryWarnings === 'log';
  const debug = (m: string) => options.log?.debug(m);
  const env = options.env ?? process.env;
  const mode = parseCacheMode(options.cacheMode ?? env['ACTIONS_CACHE_MODE']);

  /** One library call, watched, under the deadline; a throw becomes a warning. */
  async function call<T>(fn: (l: CacheLibrary) => Promise<T>, onFail: T): Promise<BackendResult<T>> {
    const w = startWatch(plain);
    let timer: NodeJS.Timeout | undefined;
    try {
      const l = await library();
      const work = fn(l).then(
        (value) => ({ value, timedOut: false as const }),
        (e: unknown) => ({ error: errorMessage(e) }),
      );
      const deadline = new Promise<{ timedOut: true }>((resolve) => {
        timer = setTimeout(() => resolve({ timedOut: true }), options.timeoutMs);
        timer.unref?.();
      });
      const r = await Promise.race([work, deadline]);
      w.stop();
      if ('error' in r) return { value: onFail, warnings: [...w.watch.warnings, r.error] };
      if (r.timedOut) {
        return {
          value: onFail,
          warnings: [...w.watch.warnings, `no answer within ${seconds(options.timeoutMs)}`],
          timedOut: true,
        };
      }
      return { value: r.value, warnings: w.watch.warnings, sizeBytes: w.watch.sizeBytes };
    } catch (e) {
      return { value: onFail, warnings: [...w.watch.warnings, errorMessage(e)] };
    } finally {
      clearTimeout(timer);
      w.stop();
    }
  }

  const restore: CacheBackend['restore'] = (paths, key, restoreKeys, lookupOnly) => {
    debug(
      `cache: ${lookupOnly ? 'look up' : 'restore'} ${key}${restoreKeys.length ? ` (restore keys ${restoreKeys.join(', ')})` : ''}`,
    );
    return call((l) => l.restoreCache([...paths], key, [...restoreKeys], { lookupOnly }), undefined);
  };

  return {
    mode,
    async available() {
      // The library needs one of these in every service version: without them, no load at all.
      if (!env['ACTIONS_CACHE_URL'] && !env['ACTIONS_RESULTS_URL']) return false;
      try {
        return (await library()).isFeatureAvailable();
      } catch (e) {
        debug(`cache: @actions/cache could not be loaded: ${errorMessage(e)}`);
        return false;
      }
    },
    restore,
    async save(paths, key) {
      debug(`cache: save ${key}`);
      const r = await call((l) => l.saveCache([...paths], key), -1);
      if (r.value !== -1) return { ...r, value: 'saved' };
      if (r.timedOut || mode === 'write-only' || mode === 'none') return { ...r, value: 'failed' };
      // -1 is also "another job saved (or is saving) this key": look again to tell.
      const again = await restore(paths, key, [], true);
      if (again.value === key) return { value: 'exists', warnings: [], sizeBytes: r.sizeBytes };
      if (r.warnings.length > 0) return { ...r, value: 'failed' };
      if (again.timedOut || again.warnings.length > 0) {
        const why = `the cache service could not reserve the key (${again.warnings.join(' / ')})`;
        return { value: 'failed', warnings: [why], ...(again.timedOut ? { timedOut: true } : {}) };
      }
      return { value: 'reserved', warnings: [] };
    },
  };
}
