/**
 * The CacheBackend of the action: `@actions/cache`, with the warnings it prints captured.
 *
 * `@actions/cache` reports a failed restore only as a `::warning::` line on stdout and an
 * `undefined` result, a failed save as `-1` (plus a warning for some causes). To tell "miss"
 * from "failed", stdout is teed while a call runs: output still reaches the log unchanged.
 * Kept out of the package index so that the CLI does not bundle `@actions/cache`.
 */
import * as cache from '@actions/cache';
import type { BackendResult, CacheBackend } from './restore-save.js';

/** Restore prints `Cache Size: ~N MB (B B)`; save prints only `::debug::File Size: B`. */
const SIZE = /(?:Cache Size: ~\d+ MB \((\d+) B\)|^::debug::File Size: (\d+)$)/;

async function captured<T>(fn: () => Promise<T>): Promise<BackendResult<T>> {
  const warnings: string[] = [];
  let sizeBytes: number | undefined;
  let pending = '';
  const original = process.stdout.write.bind(process.stdout);
  const scan = (chunk: string) => {
    pending += chunk;
    const lines = pending.split(/\r?\n/);
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('::warning')) {
        const msg = line.slice(line.indexOf('::', 2) + 2);
        warnings.push(msg.replace(/%0D/g, '').replace(/%0A/g, ' ').replace(/%25/g, '%'));
      }
      const size = SIZE.exec(line);
      if (size) sizeBytes = Number(size[1] ?? size[2]);
    }
  };
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    try {
      scan(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    } catch {
      // never let the tee break the log
    }
    return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
  try {
    const value = await fn();
    if (pending) scan('\n');
    return { value, warnings, sizeBytes };
  } finally {
    process.stdout.write = original;
  }
}

export const actionsCacheBackend: CacheBackend = {
  available: () => cache.isFeatureAvailable(),
  restore: (paths, key, restoreKeys, lookupOnly) =>
    captured(() => cache.restoreCache([...paths], key, [...restoreKeys], { lookupOnly })),
  save: (paths, key) => captured(() => cache.saveCache([...paths], key)),
};
