/**
 * Cache keys: `<prefix>-<os>-<arch>-<manager>[-<runtime><major.minor>][-<matrix>]-<hash>`.
 *
 * The runtime is in the key only where the store's content depends on it (pip, Poetry, uv:
 * the Python minor; Go: the Go minor), so a runner image's patch update keeps every key.
 *
 * The cache service takes keys of at most 512 characters without commas (a comma separates
 * keys in its API). Every part is reduced to `[A-Za-z0-9._+=@-]`; a key that would still be
 * too long is a configuration error (only a very long prefix can cause it).
 */
import { createHash } from 'node:crypto';
import { ConfigurationError } from '@quality/kit/errors';
import type { ManagerName } from './managers.js';

export const MAX_KEY_LENGTH = 512;
/** Hex characters of the lockfile digest kept in the key (128 bits). */
export const KEY_HASH_LENGTH = 32;
const MATRIX_MAX = 80;

export function keyPart(s: string): string {
  return s
    .trim()
    .replace(/[^A-Za-z0-9._+=@-]+/g, '_')
    .replace(/^[-_]+|[-_]+$/g, '');
}

/** Runner OS / arch in the runner's own spelling (RUNNER_OS 'Linux', RUNNER_ARCH 'X64'), lower-cased. */
export function osPart(runnerOs: string): string {
  const map: Record<string, string> = {
    linux: 'linux',
    darwin: 'macos',
    macos: 'macos',
    win32: 'windows',
    windows: 'windows',
  };
  return map[runnerOs.toLowerCase()] ?? keyPart(runnerOs.toLowerCase());
}

export function archPart(runnerArch: string): string {
  const map: Record<string, string> = { x64: 'x64', arm64: 'arm64', x86: 'x86', ia32: 'x86', arm: 'arm' };
  return map[runnerArch.toLowerCase()] ?? keyPart(runnerArch.toLowerCase());
}

/**
 * The matrix part: `k=v` pairs of the (flattened) matrix object in key order, joined by '+'.
 * Longer than 80 characters: `m` + 16 hex characters of sha256 of its canonical JSON.
 */
export function matrixPart(matrix: unknown): string {
  if (matrix === null || typeof matrix !== 'object' || Array.isArray(matrix)) {
    throw new ConfigurationError(
      `Input 'matrix' must be the JSON of the job's matrix object: write \`matrix: \${{ toJSON(matrix) }}\`.`,
    );
  }
  const flat: [string, string][] = [];
  const walk = (prefix: string, v: unknown) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      for (const k of Object.keys(v).sort()) walk(prefix ? `${prefix}.${k}` : k, (v as Record<string, unknown>)[k]);
    } else {
      flat.push([prefix, typeof v === 'string' ? v : JSON.stringify(v)]);
    }
  };
  walk('', matrix);
  if (flat.length === 0) return '';
  const readable = flat.map(([k, v]) => `${keyPart(k)}=${keyPart(v)}`).join('+');
  if (readable.length <= MATRIX_MAX) return readable;
  const canonical = JSON.stringify(flat);
  return `m${createHash('sha256').update(canonical).digest('hex').slice(0, 16)}`;
}

export interface KeyParts {
  prefix: string;
  os: string;
  arch: string;
  manager: ManagerName;
  /** e.g. 'py3.12', 'go1.22', 'py-none' when the runtime is absent; '' or undefined: none. */
  runtime?: string;
  matrix?: string;
  /** The full hex digest; the key keeps KEY_HASH_LENGTH characters. */
  digest: string;
}

export interface CacheKey {
  key: string;
  /** The key without the hash: what `restore-keys: true` falls back to. */
  restorePrefix: string;
}

export function buildKey(p: KeyParts): CacheKey {
  const prefix = keyPart(p.prefix);
  if (!prefix) throw new ConfigurationError(`Input 'key-prefix' must contain at least one letter or digit.`);
  const parts = [prefix, osPart(p.os), archPart(p.arch), p.manager];
  const runtime = keyPart(p.runtime ?? '');
  if (runtime) parts.push(runtime);
  if (p.matrix) parts.push(p.matrix);
  const restorePrefix = `${parts.join('-')}-`;
  const key = `${restorePrefix}${p.digest.slice(0, KEY_HASH_LENGTH)}`;
  validateKey(key);
  return { key, restorePrefix };
}

/** The cache service's rules for a key. */
export function validateKey(key: string): void {
  if (key.length > MAX_KEY_LENGTH) {
    throw new ConfigurationError(
      `The cache key would be ${key.length} characters long; the cache service accepts at most ${MAX_KEY_LENGTH}. Shorten 'key-prefix'.`,
    );
  }
  if (key.includes(',')) throw new ConfigurationError(`A cache key cannot contain a comma: ${key}`);
}
