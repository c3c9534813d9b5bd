/**
 * Helpers for tests that run the real @actions/cache in-process against the local cache
 * service (tests/support/cache-server): the runner-like environment, stdout capture (where
 * @actions/core writes its commands), and fast retry timers.
 */
import { afterAll, beforeAll } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startCacheServer } from './index.js';
import type { CacheServer } from './index.js';

/** Variables of the machine running the tests that would steer @actions/cache elsewhere. */
const CLEARED_ENV = /^(ACTIONS_|GITHUB_|RUNNER_|CACHE_UPLOAD_|SEGMENT_DOWNLOAD_)/;

export interface CacheServiceEnv {
  readonly server: CacheServer;
  /** Temp folder holding `workspace/` (GITHUB_WORKSPACE) and `runner-temp/` (RUNNER_TEMP). */
  readonly root: string;
  /** The environment the tests started with, without the runner's and the cache's variables (for a child process). */
  hostEnv(): NodeJS.ProcessEnv;
}

/**
 * Start the cache service before the file's tests and point process.env at it (with a fresh
 * workspace and runner temp); restore the environment and remove everything after them.
 */
export function useCacheServiceEnv(prefix: string): CacheServiceEnv {
  let server: CacheServer | undefined;
  let root: string | undefined;
  let savedEnv: NodeJS.ProcessEnv = {};
  beforeAll(async () => {
    server = await startCacheServer();
    root = mkdtempSync(path.join(tmpdir(), prefix));
    mkdirSync(path.join(root, 'workspace'));
    mkdirSync(path.join(root, 'runner-temp'));
    savedEnv = { ...process.env };
    for (const k of Object.keys(process.env)) if (CLEARED_ENV.test(k)) delete process.env[k];
    Object.assign(process.env, server.env(), {
      GITHUB_WORKSPACE: path.join(root, 'workspace'),
      RUNNER_TEMP: path.join(root, 'runner-temp'),
    });
  });
  afterAll(async () => {
    for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k];
    Object.assign(process.env, savedEnv);
    await server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });
  return {
    get server() {
      if (!server) throw new Error('the cache service starts in beforeAll');
      return server;
    },
    get root() {
      if (!root) throw new Error('the temp root is made in beforeAll');
      return root;
    },
    hostEnv() {
      const out: NodeJS.ProcessEnv = {};
      for (const [k, v] of Object.entries(savedEnv)) if (!CLEARED_ENV.test(k)) out[k] = v;
      return out;
    },
  };
}

/** Run fn with process.stdout.write captured (that is where @actions/core writes commands). */
export async function captureStdout<T>(fn: () => Promise<T>): Promise<{ value: T; out: string }> {
  const original = process.stdout.write;
  let out = '';
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const cb = rest.find((r): r is () => void => typeof r === 'function');
    if (cb) cb();
    return true;
  }) as typeof process.stdout.write;
  try {
    return { value: await fn(), out };
  } finally {
    process.stdout.write = original;
  }
}

/**
 * The client sleeps for seconds between retries (Twirp: 3 s, 4.5-6.75 s, ...; blob download:
 * 5 s; Azure SDK: 0 s, 4 s, 12 s). To observe "retries until it gives up" without waiting,
 * shrink every timer of >= 1 s to 5 ms while fn runs.
 */
export async function withFastRetries<T>(fn: () => Promise<T>): Promise<T> {
  const g = globalThis as unknown as {
    setTimeout: (cb: (...a: unknown[]) => void, ms?: number, ...a: unknown[]) => unknown;
  };
  const original = g.setTimeout;
  g.setTimeout = (cb, ms, ...a) => original(cb, ms !== undefined && ms >= 1000 ? 5 : ms, ...a);
  try {
    return await fn();
  } finally {
    g.setTimeout = original;
  }
}
