/**
 * Timing history for shard planning: per test unit (file, dotted Python class, Go package), the
 * seconds of the last N runs, so the planner weighs each unit by the median of its samples rather
 * than by one noisy run. Stored as one JSON file in the timing cache; `updateTimingHistory` is the
 * one pure step of a save: previous history + this run's timing files → the new history.
 *
 * Tricky rule: one run's records are summed per unit before they become one sample (a file's
 * test cases, or a unit split over several shard reports), and a unit not seen for `keep` runs
 * is dropped (a deleted test file must not weigh on plans forever).
 */
import { FileFormatError } from '@quality/kit/errors';
import { median } from './shard.js';
import type { TimingRecord } from './timing.js';

export const HISTORY_FORMAT = 'quality-timing-history';
export const DEFAULT_KEEP = 10;
/** A history holds at most this many units (a runaway report cannot grow the cache without bound). */
export const MAX_UNITS = 200_000;

export interface HistoryEntry {
  path?: string;
  classname?: string;
  goPackage?: string;
  /** Seconds, oldest first; at most `keep`. */
  samples: number[];
  /** The `runs` count when it was last seen. */
  lastRun: number;
}

export interface TimingHistory {
  format: typeof HISTORY_FORMAT;
  version: 1;
  keep: number;
  /** Runs merged so far. */
  runs: number;
  entries: HistoryEntry[];
}

const keyOf = (r: { path?: string; classname?: string; goPackage?: string }) =>
  r.path !== undefined ? `p:${r.path}` : r.classname !== undefined ? `c:${r.classname}` : `g:${r.goPackage ?? ''}`;

/** The history with one more run: `records` are all the timing records of that run. */
export function mergeTimingHistory(
  previous: TimingHistory | undefined,
  records: readonly TimingRecord[],
  keep: number = previous?.keep ?? DEFAULT_KEEP,
): TimingHistory {
  const k = Math.max(1, Math.min(100, Math.floor(keep)));
  const runs = (previous?.runs ?? 0) + 1;
  const sums = new Map<string, { rec: TimingRecord; seconds: number }>();
  for (const r of records) {
    if (!Number.isFinite(r.seconds) || r.seconds < 0) continue;
    const key = keyOf(r);
    const cur = sums.get(key);
    if (cur) cur.seconds += r.seconds;
    else sums.set(key, { rec: r, seconds: r.seconds });
  }
  const entries: HistoryEntry[] = [];
  for (const e of previous?.entries ?? []) {
    const key = keyOf(e);
    const now = sums.get(key);
    if (now) {
      sums.delete(key);
      entries.push({ ...unitOf(e), samples: [...e.samples, round(now.seconds)].slice(-k), lastRun: runs });
    } else if (runs - e.lastRun < k) entries.push({ ...e, samples: e.samples.slice(-k) });
  }
  for (const { rec, seconds } of sums.values())
    entries.push({ ...unitOf(rec), samples: [round(seconds)], lastRun: runs });
  return { format: HISTORY_FORMAT, version: 1, keep: k, runs, entries: entries.slice(0, MAX_UNITS) };
}

const round = (s: number) => Math.round(s * 1000) / 1000;

function unitOf(r: { path?: string; classname?: string; goPackage?: string }) {
  return r.path !== undefined
    ? { path: r.path }
    : r.classname !== undefined
      ? { classname: r.classname }
      : { goPackage: r.goPackage ?? '' };
}

/** One record per unit, weighted by the median of its samples: what the planner reads. */
export function historyRecords(h: TimingHistory): TimingRecord[] {
  return h.entries.filter((e) => e.samples.length > 0).map((e) => ({ ...unitOf(e), seconds: median(e.samples) }));
}

export function isTimingHistory(text: string): boolean {
  return /^\s*\{\s*"format"\s*:\s*"quality-timing-history"/.test(text.slice(0, 200));
}

export function parseTimingHistory(text: string, file: string): TimingHistory {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new FileFormatError(file, undefined, `is not valid JSON (${(e as Error).message}).`);
  }
  const h = v as Partial<TimingHistory> | null;
  if (!h || h.format !== HISTORY_FORMAT || h.version !== 1 || !Array.isArray(h.entries)) {
    throw new FileFormatError(file, undefined, 'is not a timing history (format quality-timing-history, version 1).');
  }
  const num = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
  const entries: HistoryEntry[] = [];
  for (const e of h.entries.slice(0, MAX_UNITS) as Partial<HistoryEntry>[]) {
    if (!e || !Array.isArray(e.samples)) continue;
    const unit =
      typeof e.path === 'string'
        ? { path: e.path }
        : typeof e.classname === 'string'
          ? { classname: e.classname }
          : typeof e.goPackage === 'string'
            ? { goPackage: e.goPackage }
            : undefined;
    if (!unit) continue;
    entries.push({ ...unit, samples: e.samples.filter(num).slice(-100), lastRun: num(e.lastRun) ? e.lastRun! : 0 });
  }
  const keep = num(h.keep) && h.keep! >= 1 ? Math.min(100, Math.floor(h.keep!)) : DEFAULT_KEEP;
  const runs = num(h.runs) ? Math.floor(h.runs!) : 0;
  return { format: HISTORY_FORMAT, version: 1, keep, runs, entries };
}

export function serializeTimingHistory(h: TimingHistory): string {
  return `${JSON.stringify(h)}\n`;
}
