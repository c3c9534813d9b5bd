/**
 * Restore and save, one entry per package manager, over an injected cache backend (kit's
 * `createCacheBackend` in the action, fakes in tests). Nothing here throws for a cache fault:
 * every outcome is a status plus words for the summary, and the job goes on. The backend puts
 * each call under its deadline and reports what the library only printed.
 */
import * as md from '@quality/kit/markdown';
import type { CacheBackend } from '@quality/kit/cache-backend';
import type { ManagerName } from './managers.js';

export type { BackendResult, CacheBackend } from '@quality/kit/cache-backend';

/** What main hands to post through the state (never recomputed after the install). */
export interface EntryState {
  manager: ManagerName;
  key: string;
  paths: string[];
  /** The key restored, '' for none. */
  matchedKey: string;
  /** Exact hit: nothing to save. */
  hit: boolean;
}

/** The key under which main hands its entries to post (one place, both steps). */
export const ENTRY_STATE_KEY = 'cache-deps-entries';

/**
 * Post's reading of what main saved. Saved state is outside text by the time post reads it: a
 * value that is not the list main writes gives `undefined` (post warns and saves nothing).
 */
export function decodeEntryState(raw: string): EntryState[] | undefined {
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const str = (x: unknown) => typeof x === 'string';
  const ok =
    Array.isArray(v) &&
    v.every(
      (e) =>
        e !== null &&
        typeof e === 'object' &&
        str(e.manager) &&
        str(e.key) &&
        str(e.matchedKey) &&
        typeof e.hit === 'boolean' &&
        Array.isArray(e.paths) &&
        e.paths.every(str),
    );
  return ok ? (v as EntryState[]) : undefined;
}

export type RestoreStatus = 'hit' | 'partial' | 'miss' | 'failed' | 'timeout' | 'unavailable';

export interface RestoreOutcome {
  manager: ManagerName;
  key: string;
  paths: string[];
  status: RestoreStatus;
  matchedKey: string;
  sizeBytes?: number;
  seconds: number;
  /** For failed / timeout / unavailable: what went wrong. */
  detail?: string;
}

export interface RestoreOptions {
  /** Fall back to `restorePrefix` when there is no exact entry. */
  restoreKeys: boolean;
  now?: () => number;
}

export async function restoreEntry(
  e: { manager: ManagerName; key: string; restorePrefix: string; paths: string[] },
  backend: CacheBackend,
  opts: RestoreOptions,
): Promise<RestoreOutcome> {
  const now = opts.now ?? Date.now;
  const started = now();
  const base = { manager: e.manager, key: e.key, paths: e.paths, matchedKey: '' };
  const seconds = () => (now() - started) / 1000;
  if (!(await backend.available())) {
    return { ...base, status: 'unavailable', seconds: 0, detail: 'the cache service is not available on this runner' };
  }
  const restoreKeys = opts.restoreKeys ? [e.restorePrefix] : [];
  const { value: matched, warnings, sizeBytes, timedOut } = await backend.restore(e.paths, e.key, restoreKeys, false);
  if (timedOut) {
    return {
      ...base,
      status: 'timeout',
      seconds: seconds(),
      detail: `${warnings.join(' / ')} (files may be partly restored)`,
    };
  }
  if (matched === undefined) {
    if (warnings.length > 0) return { ...base, status: 'failed', seconds: seconds(), detail: warnings.join(' / ') };
    return { ...base, status: 'miss', seconds: seconds() };
  }
  return { ...base, status: matched === e.key ? 'hit' : 'partial', matchedKey: matched, sizeBytes, seconds: seconds() };
}

export type SaveStatus = 'saved' | 'skipped' | 'exists' | 'failed' | 'timeout' | 'unavailable';

export interface SaveOutcome {
  manager: ManagerName;
  key: string;
  status: SaveStatus;
  sizeBytes?: number;
  seconds: number;
  detail: string;
}

export interface SaveOptions {
  /** From decideSave(): whether this run may write at all, and why. */
  decision: { save: boolean; reason: string };
  pathExists: (p: string) => boolean;
  now?: () => number;
}

const EXISTS = 'another job saved this key meanwhile';

export async function saveEntry(s: EntryState, backend: CacheBackend, opts: SaveOptions): Promise<SaveOutcome> {
  const now = opts.now ?? Date.now;
  const started = now();
  const seconds = () => (now() - started) / 1000;
  const base = { manager: s.manager, key: s.key };
  if (s.hit) return { ...base, status: 'skipped', seconds: 0, detail: 'exact hit: the entry already exists' };
  if (!opts.decision.save) return { ...base, status: 'skipped', seconds: 0, detail: opts.decision.reason };
  if (!(await backend.available())) {
    return { ...base, status: 'unavailable', seconds: 0, detail: 'the cache service is not available on this runner' };
  }
  const present = s.paths.filter((p) => opts.pathExists(p));
  if (present.length === 0) {
    return { ...base, status: 'skipped', seconds: 0, detail: 'nothing to save: none of the store paths exists' };
  }
  // Look first: a matrix sibling may have saved the same key meanwhile. Skipping here is
  // cheaper and clearer than a reserve that fails with "another job may be creating this cache".
  const looked = await backend.restore(s.paths, s.key, [], true);
  if (looked.timedOut) {
    return { ...base, status: 'timeout', seconds: seconds(), detail: `lookup: ${looked.warnings.join(' / ')}` };
  }
  if (looked.value === s.key) return { ...base, status: 'exists', seconds: seconds(), detail: EXISTS };
  const saved = await backend.save(s.paths, s.key);
  const detail = saved.warnings.join(' / ');
  switch (saved.value) {
    case 'saved':
      return { ...base, status: 'saved', sizeBytes: saved.sizeBytes, seconds: seconds(), detail: opts.decision.reason };
    case 'exists':
      return { ...base, status: 'exists', seconds: seconds(), detail: EXISTS };
    case 'reserved':
      return {
        ...base,
        status: 'exists',
        seconds: seconds(),
        detail:
          'not saved: the key is reserved by another job that is still uploading it (or the service refused the reservation)',
      };
    case 'failed':
      return saved.timedOut
        ? { ...base, status: 'timeout', seconds: seconds(), detail }
        : {
            ...base,
            status: 'failed',
            seconds: seconds(),
            detail: detail || 'the cache service did not accept the entry',
          };
  }
}

export function formatBytes(n: number | undefined): string {
  if (n === undefined) return '–';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 * 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  return `${(n / (1024 * 1024 * 1024)).toFixed(2)} GiB`;
}

const RESTORE_WORDS: Record<RestoreStatus, string> = {
  hit: 'hit',
  partial: 'partial hit (restore key)',
  miss: 'miss',
  failed: 'restore failed',
  timeout: 'restore timed out',
  unavailable: 'cache service unavailable',
};

export function restoreSummary(outcomes: readonly RestoreOutcome[]): string {
  if (outcomes.length === 0) return '### Dependency cache\n\nNo package manager found: nothing to cache.\n';
  const rows = outcomes.map((o) => [
    md.text(o.manager),
    md.text(RESTORE_WORDS[o.status]) + (o.detail ? `: ${md.text(o.detail)}` : ''),
    formatBytes(o.sizeBytes),
    o.seconds.toFixed(1),
    md.code(o.matchedKey || o.key),
  ]);
  return `### Dependency cache: restore\n\n${md.table(['Manager', 'Result', 'Size', 'Seconds', 'Key'], rows, ['left', 'left', 'right', 'right', 'left'])}\n`;
}

const SAVE_WORDS: Record<SaveStatus, string> = {
  saved: 'saved',
  skipped: 'not saved',
  exists: 'not saved',
  failed: 'save failed',
  timeout: 'save timed out',
  unavailable: 'cache service unavailable',
};

export function saveSummary(outcomes: readonly SaveOutcome[]): string {
  if (outcomes.length === 0) return '';
  const rows = outcomes.map((o) => [
    md.text(o.manager),
    `${md.text(SAVE_WORDS[o.status])}: ${md.text(o.detail)}`,
    formatBytes(o.sizeBytes),
    o.seconds.toFixed(1),
    md.code(o.key),
  ]);
  return `### Dependency cache: save\n\n${md.table(['Manager', 'Result', 'Size', 'Seconds', 'Key'], rows, ['left', 'left', 'right', 'right', 'left'])}\n`;
}
