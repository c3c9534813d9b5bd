/**
 * Test timings carried from run to run in the Actions cache, over a cache backend given as a value
 * (kit's `createCacheBackend` in the action, a fake in tests). Entries are keyed by workflow and
 * job and restored by prefix, so a run gets the newest timings saved for its job. The one tricky
 * rule: the folder is a constant path relative to the workspace, because the cache versions an
 * entry by its path strings and runners' temp folders differ.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
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
    if (e.isDirectory()) out.push(...filesUnder(p));
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

/**
 * Copy `files` into the timings folder and save it under this job's prefix and `runKey` (unique
 * per run attempt). Whether the run may write is the caller's decision (kit's readEvent).
 */
export async function saveTimingFiles(
  o: TimingCacheOptions & { files: readonly string[]; runKey: string },
): Promise<{ saved: boolean; notes: TimingCacheNote[] }> {
  const dir = resolve(o.workspace, TIMINGS_DIR);
  mkdirSync(dir, { recursive: true });
  o.files.forEach((f, i) => copyFileSync(f, join(dir, `${String(i).padStart(4, '0')}-${basename(f)}`)));
  const key = `${timingKeyPrefix(o.workflow, o.job)}${o.runKey}`;
  if (!(await o.backend.available())) {
    const message = 'The Actions cache service is not available here; timings not saved.';
    return { saved: false, notes: [{ level: 'warning', message }] };
  }
  const r = await o.backend.save([TIMINGS_DIR], key);
  if (r.value === 'saved' || r.value === 'exists')
    return { saved: true, notes: [{ level: 'info', message: `Saved ${o.files.length} timing file(s) under ${key}.` }] };
  const why = r.timedOut ? 'timed out' : r.warnings.join(' / ') || 'the cache refused it';
  return { saved: false, notes: [{ level: 'warning', message: `Timings were not saved under ${key} (${why}).` }] };
}
