/**
 * Test timings carried from run to run in the Actions cache, over a cache backend given as a value
 * (kit's `createCacheBackend` in the action, a fake in tests). Entries are keyed by workflow and
 * job and restored by prefix, so a run gets the newest timings saved for its job. The one tricky
 * rule: the folder is a constant path relative to the workspace, because the cache versions an
 * entry by its path strings and runners' temp folders differ.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { updateTimingHistory } from './timing.js';
import { DEFAULT_KEEP } from './timing-history.js';
import type { CacheBackend } from '@quality/kit/cache-backend';

/** Where timing files pass through, relative to the workspace. A dot folder: never a project. */
export const TIMINGS_DIR = '.quality-matrix-timings';

export interface TimingCacheNote {
  level: 'info' | 'warning';
  message: string;
}

export interface TimingCacheOptions {
  backend: CacheBackend;
  /** The workspace (the process's working directory, where the cache resolves TIMINGS_DIR). */
  workspace: string;
  workflow: string;
  job: string;
}

/** The key prefix of one workflow's job. */
export function timingKeyPrefix(workflow: string, job: string): string {
  const clean = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80) || 'default';
  return `quality-matrix-timings-${clean(workflow)}-${clean(job)}-`;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) for (const f of filesUnder(p)) out.push(f);
    else if (e.isFile()) out.push(p);
  }
  return out.sort();
}

/** Restore the newest timings of this job; the files restored (none without a cache). */
export async function restoreTimingFiles(
  o: TimingCacheOptions & { runId: string },
): Promise<{ files: string[]; notes: TimingCacheNote[] }> {
  if (!(await o.backend.available())) {
    const message = 'The Actions cache service is not available; planning shards without cached timings.';
    return { files: [], notes: [{ level: 'info', message }] };
  }
  const prefix = timingKeyPrefix(o.workflow, o.job);
  const r = await o.backend.restore([TIMINGS_DIR], `${prefix}${o.runId}`, [prefix], false);
  const note: TimingCacheNote = r.timedOut
    ? { level: 'warning', message: 'Restoring the timing cache timed out; planning shards without it.' }
    : r.value === undefined && r.warnings.length > 0
      ? { level: 'warning', message: `Could not restore the timing cache: ${r.warnings.join(' / ')}` }
      : r.value === undefined
        ? { level: 'info', message: `No timing cache under ${prefix}*; tests get equal (median) weights.` }
        : { level: 'info', message: `Restored timings from ${r.value}.` };
  return { files: filesUnder(resolve(o.workspace, TIMINGS_DIR)), notes: [note] };
}

/** The one file a saved entry holds: the last runs' timings per file (timing-history.ts). */
export const HISTORY_FILE = 'timing-history.json';

/**
 * Save this run's timing `files` as the job's timing history: the newest entry saved under the
 * job's prefix is restored first, this run's samples are added to it (the last `keep` runs per
 * file are kept, so the planner can take their median), and the folder is saved under the prefix
 * and `runKey` (unique per run attempt). Whether the run may write is the caller's decision
 * (kit's readEvent).
 */
export async function saveTimingFiles(
  o: TimingCacheOptions & { files: readonly string[]; runKey: string; keep?: number },
): Promise<{ saved: boolean; notes: TimingCacheNote[] }> {
  const key = `${timingKeyPrefix(o.workflow, o.job)}${o.runKey}`;
  if (!(await o.backend.available())) {
    const message = 'The Actions cache service is not available here; timings not saved.';
    return { saved: false, notes: [{ level: 'warning', message }] };
  }
  const notes: TimingCacheNote[] = [];
  const dir = resolve(o.workspace, TIMINGS_DIR);
  const prefix = timingKeyPrefix(o.workflow, o.job);
  const previous = await o.backend.restore([TIMINGS_DIR], key, [prefix], false);
  if (previous.timedOut || (previous.value === undefined && previous.warnings.length > 0)) {
    const why = previous.timedOut ? 'timed out' : previous.warnings.join(' / ');
    notes.push({
      level: 'warning',
      message: `The previous timing history could not be restored (${why}); starting a new one.`,
    });
  }
  const historyFile = join(dir, HISTORY_FILE);
  const prevText =
    previous.value !== undefined && existsSync(historyFile) ? readFileSync(historyFile, 'utf8') : undefined;
  const warnings: string[] = [];
  const text = updateTimingHistory(
    prevText,
    o.files.map((f) => ({ name: f, text: readFileSync(f, 'utf8') })),
    { keep: o.keep ?? DEFAULT_KEEP, warnings },
  );
  notes.push(...warnings.map((message) => ({ level: 'warning' as const, message })));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(historyFile, text);
  const r = await o.backend.save([TIMINGS_DIR], key);
  if (r.value === 'saved' || r.value === 'exists') {
    const message = `Saved the timings of ${o.files.length} file(s)${prevText !== undefined ? ' added to the restored history' : ''} under ${key}.`;
    return { saved: true, notes: [...notes, { level: 'info', message }] };
  }
  const why = r.timedOut ? 'timed out' : r.warnings.join(' / ') || 'the cache refused it';
  return {
    saved: false,
    notes: [...notes, { level: 'warning', message: `Timings were not saved under ${key} (${why}).` }],
  };
}
