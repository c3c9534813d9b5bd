/**
 * Restore and save, one entry per package manager, over an injected cache backend (the
 * action gives `@actions/cache`; tests give fakes). Nothing here throws for a cache fault:
 * every outcome is a status plus words for the summary, and the job goes on.
 *
 * `@actions/cache` never throws for a service fault either, but it reports a failure only as
 * a `::warning::` line and `undefined` / `-1`, and it has no timeouts. The backend returns
 * the warnings it saw, and every call here runs under a deadline.
 */
import * as md from '@quality/kit/markdown';
import type { ManagerName } from './managers.js';

export interface BackendResult<T> {
  value: T;
  /** Warnings the cache library printed during the call. */
  warnings: string[];
  /** Archive size, when the library told it. */
  sizeBytes?: number;
}

export interface CacheBackend {
  /** false when the runner provides no cache service (e.g. some GHES, act, local runs). */
  available(): boolean;
  /** The matched key, or undefined (miss or failure: see warnings). */
  restore(
    paths: string[],
    key: string,
    restoreKeys: string[],
    lookupOnly: boolean,
  ): Promise<BackendResult<string | undefined>>;
  /** The entry id, or -1. */
  save(paths: string[], key: string): Promise<BackendResult<number>>;
}

export type Deadline = <T>(p: Promise<T>, ms: number) => Promise<{ timedOut: true } | { timedOut: false; value: T }>;

export const withDeadline: Deadline = (p, ms) =>
  new Promise((resolve, reject) => {
    const t = setTimeout(() => resolve({ timedOut: true }), ms);
    t.unref?.();
    p.then(
      (value) => {
        clearTimeout(t);
        resolve({ timedOut: false, value });
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });

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
  timeoutMs: number;
  deadline?: Deadline;
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
  if (!backend.available()) {
    return { ...base, status: 'unavailable', seconds: 0, detail: 'the cache service is not available on this runner' };
  }
  const restoreKeys = opts.restoreKeys ? [e.restorePrefix] : [];
  const r = await (opts.deadline ?? withDeadline)(backend.restore(e.paths, e.key, restoreKeys, false), opts.timeoutMs);
  if (r.timedOut) {
    return {
      ...base,
      status: 'timeout',
      seconds: seconds(),
      detail: `no answer within ${Math.round(opts.timeoutMs / 1000)} s (files may be partly restored)`,
    };
  }
  const { value: matched, warnings, sizeBytes } = r.value;
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
  timeoutMs: number;
  pathExists: (p: string) => boolean;
  deadline?: Deadline;
  now?: () => number;
}

export async function saveEntry(s: EntryState, backend: CacheBackend, opts: SaveOptions): Promise<SaveOutcome> {
  const now = opts.now ?? Date.now;
  const started = now();
  const seconds = () => (now() - started) / 1000;
  const base = { manager: s.manager, key: s.key };
  if (s.hit) return { ...base, status: 'skipped', seconds: 0, detail: 'exact hit: the entry already exists' };
  if (!opts.decision.save) return { ...base, status: 'skipped', seconds: 0, detail: opts.decision.reason };
  if (!backend.available()) {
    return { ...base, status: 'unavailable', seconds: 0, detail: 'the cache service is not available on this runner' };
  }
  const present = s.paths.filter((p) => opts.pathExists(p));
  if (present.length === 0) {
    return { ...base, status: 'skipped', seconds: 0, detail: 'nothing to save: none of the store paths exists' };
  }
  const deadline = opts.deadline ?? withDeadline;
  // Look first: a matrix sibling may have saved the same key meanwhile. Skipping here is
  // cheaper and clearer than a reserve that fails with "another job may be creating this cache".
  const looked = await deadline(backend.restore(s.paths, s.key, [], true), opts.timeoutMs);
  if (looked.timedOut) {
    return {
      ...base,
      status: 'timeout',
      seconds: seconds(),
      detail: `lookup: no answer within ${Math.round(opts.timeoutMs / 1000)} s`,
    };
  }
  if (looked.value.value === s.key) {
    return { ...base, status: 'exists', seconds: seconds(), detail: 'another job saved this key meanwhile' };
  }
  const left = Math.max(1, opts.timeoutMs - (now() - started));
  const saved = await deadline(backend.save(s.paths, s.key), left);
  if (saved.timedOut) {
    return {
      ...base,
      status: 'timeout',
      seconds: seconds(),
      detail: `no answer within ${Math.round(opts.timeoutMs / 1000)} s`,
    };
  }
  const { value: id, warnings, sizeBytes } = saved.value;
  if (id !== -1) return { ...base, status: 'saved', sizeBytes, seconds: seconds(), detail: opts.decision.reason };
  if (warnings.length > 0) return { ...base, status: 'failed', seconds: seconds(), detail: warnings.join(' / ') };
  // -1 without a warning: @actions/cache says the same info line for "another job is saving
  // this key" and "service down / 5xx / 429 / quota". Look again to tell them apart.
  const again = await deadline(backend.restore(s.paths, s.key, [], true), Math.min(30_000, opts.timeoutMs));
  if (!again.timedOut && again.value.value === s.key) {
    return { ...base, status: 'exists', seconds: seconds(), detail: 'another job saved this key meanwhile' };
  }
  if (!again.timedOut && again.value.value === undefined && again.value.warnings.length === 0) {
    return {
      ...base,
      status: 'exists',
      seconds: seconds(),
      detail:
        'not saved: the key is reserved by another job that is still uploading it (or the service refused the reservation)',
    };
  }
  const why = again.timedOut ? 'no answer' : again.value.warnings.join(' / ');
  return {
    ...base,
    status: 'failed',
    seconds: seconds(),
    detail: `the cache service could not reserve the key (${why})`,
  };
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
