/**
 * Baselines in the GitHub Actions cache, one small JSON file per entry, over a cache backend
 * given as a value (kit's `createCacheBackend` in the action, a fake in tests).
 *
 * Entries are immutable and a lookup asks for an exact key or a prefix (newest created wins), so
 * each snapshot is saved under two keys: `<prefix>-sha-<commit>` (exact base lookups) and
 * `<prefix>-branch-<escaped branch>-<commitTime, 12 digits>-<commit>` (newest per branch). The
 * one tricky rule: never regress. Before saving, the branch's newest entry is looked up; when it
 * is newer, only the SHA key is saved (`skipped`). Branch names are escaped ([A-Za-z0-9._] kept,
 * any other byte %XX, `-` included) so `main`'s prefix never matches `main-2`'s entries.
 *
 * The file passes through `.quality-baseline/` in the workspace (a constant relative path: the
 * cache versions an entry by its path strings) and that folder is removed after each call.
 * Faults never throw: a read is `unavailable` or `missing`, a write `failed`, with the reason.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BackendResult, CacheBackend } from '@quality/kit/cache-backend';
import { isFullSha, shortSha as short } from '@quality/kit/git';
import { parseBaseline, serializeBaseline } from './baseline.js';
import type { BaselineQuery, BaselineRead, BaselineSnapshot, BaselineStore, BaselineWrite } from './baseline.js';

export interface CacheBaselineLog {
  info(message: string): void;
  debug(message: string): void;
}

export interface CacheBaselineStoreOptions {
  backend: CacheBackend;
  /** Key prefix, default "quality-coverage". No commas. */
  prefix?: string;
  /** Directory for the one cached file, default `.quality-baseline` in the working directory. */
  tempDir?: string;
  log?: CacheBaselineLog;
}

export const BASELINE_FILE = 'baseline.json';
/** Folder (relative to the workspace) the snapshot passes through; removed after each call. */
export const QUALITY_DIR = '.quality-baseline';
const NOT_AVAILABLE = 'the cache service is not available (GHES without cache, or ACTIONS_RESULTS_URL unset).';

/** [A-Za-z0-9._] kept, any other byte (including `-`) as %XX. */
export function escapeKeyPart(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9._]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export const padTime = (t: number): string =>
  String(Math.max(0, Math.min(999_999_999_999, Math.floor(Number.isFinite(t) ? t : 0)))).padStart(12, '0');

export function baselineKeys(prefix: string, branch: string, commit: string, commitTime: number) {
  const branchPrefix = `${prefix}-branch-${escapeKeyPart(branch)}-`;
  return {
    sha: `${prefix}-sha-${commit.toLowerCase()}`,
    branchPrefix,
    branch: `${branchPrefix}${padTime(commitTime)}-${commit.toLowerCase()}`,
  };
}

/** The commitTime in a branch key (`...-<12 digits>-<sha>`), or undefined. */
export function keyCommitTime(key: string): number | undefined {
  const m = /-(\d{12})-[0-9a-f]{7,64}$/.exec(key);
  return m ? Number(m[1]) : undefined;
}

const errorText = (e: unknown): string => {
  const m = typeof e === 'object' && e !== null ? (e as { message?: unknown }).message : undefined;
  return typeof m === 'string' ? m : String(e);
};
const words = (r: BackendResult<unknown>) => r.warnings.join(' ');

export class CacheBaselineStore implements BaselineStore {
  readonly kind = 'cache' as const;
  readonly prefix: string;
  readonly tempDir: string;
  readonly file: string;
  /** The path given to the cache: relative and constant, so the cache version is the same on every runner. */
  readonly cachePath: string;
  private readonly backend: CacheBackend;
  private readonly log: CacheBaselineLog;

  constructor(options: CacheBaselineStoreOptions) {
    this.backend = options.backend;
    this.prefix = options.prefix ?? 'quality-coverage';
    this.tempDir = options.tempDir ?? resolve(QUALITY_DIR);
    this.file = join(this.tempDir, BASELINE_FILE);
    this.cachePath = options.tempDir ? this.file : `${QUALITY_DIR}/${BASELINE_FILE}`;
    this.log = options.log ?? { info: () => undefined, debug: () => undefined };
  }

  /** Leave nothing behind in the workspace (only the default folder is ours to remove). */
  private async cleanup(): Promise<void> {
    if (this.cachePath !== this.file) await rm(this.tempDir, { recursive: true, force: true }).catch(() => undefined);
  }

  async read(q: BaselineQuery): Promise<BaselineRead> {
    try {
      return await this.readInner(q);
    } catch (e) {
      return { status: 'unavailable', detail: `the cache could not be read: ${errorText(e)}` };
    } finally {
      await this.cleanup();
    }
  }

  private async readInner(q: BaselineQuery): Promise<BaselineRead> {
    if (!(await this.backend.available())) return { status: 'unavailable', detail: NOT_AVAILABLE };
    const mode = this.backend.mode;
    if (mode === 'none' || mode === 'write-only') {
      return { status: 'unavailable', detail: `cache reads are disabled for this job (ACTIONS_CACHE_MODE=${mode}).` };
    }
    const keys = baselineKeys(this.prefix, q.branch, q.commit ?? '0'.repeat(40), 0);
    const primary = isFullSha(q.commit) ? keys.sha : keys.branchPrefix;
    await rm(this.file, { force: true }); // never read a file left by an earlier call
    await mkdir(this.tempDir, { recursive: true });
    const res = await this.backend.restore([this.cachePath], primary, [keys.branchPrefix], false);
    if (res.timedOut) return { status: 'unavailable', detail: `reading the cache timed out (${words(res)}).` };
    if (res.value === undefined) {
      return res.warnings.length
        ? { status: 'unavailable', detail: `the cache could not be read: ${words(res)}` }
        : {
            status: 'missing',
            detail: `no cache entry for ${q.branch} yet (keys ${primary}${primary === keys.branchPrefix ? '*' : ` or ${keys.branchPrefix}*`}).`,
          };
    }
    this.log.debug(`baseline cache: restored ${res.value}`);
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (e) {
      return {
        status: 'unavailable',
        detail: `the cache entry ${res.value} did not hold ${BASELINE_FILE} (${errorText(e)}).`,
      };
    }
    try {
      const source = `cache entry ${res.value}`;
      return { status: 'found', snapshot: parseBaseline(text, source), source };
    } catch (e) {
      return { status: 'unavailable', detail: errorText(e) };
    }
  }

  async write(s: BaselineSnapshot): Promise<BaselineWrite> {
    try {
      return await this.writeInner(s);
    } catch (e) {
      return { status: 'failed', detail: `the baseline could not be saved to the cache: ${errorText(e)}` };
    } finally {
      await this.cleanup();
    }
  }

  private async writeInner(s: BaselineSnapshot): Promise<BaselineWrite> {
    if (!(await this.backend.available())) return { status: 'failed', detail: NOT_AVAILABLE };
    const mode = this.backend.mode;
    if (mode === 'none' || mode === 'read') {
      return { status: 'failed', detail: `cache writes are disabled for this job (ACTIONS_CACHE_MODE=${mode}).` };
    }
    if (!isFullSha(s.commit))
      return { status: 'failed', detail: `the snapshot names no full commit SHA (${JSON.stringify(s.commit)}).` };
    const keys = baselineKeys(this.prefix, s.branch, s.commit, s.commitTime);
    const canLook = mode !== 'write-only';
    await mkdir(this.tempDir, { recursive: true });
    await writeFile(this.file, serializeBaseline(s));
    // What is there already?
    let shaExists = false;
    let branchExists = false;
    let newer: string | undefined;
    if (canLook) {
      const a = await this.backend.restore([this.cachePath], keys.sha, [], true);
      if (a.timedOut) return { status: 'failed', detail: `saving to the cache timed out (${words(a)}).` };
      if (a.value === undefined && a.warnings.length)
        return { status: 'failed', detail: `the cache could not be searched: ${words(a)}` };
      shaExists = a.value === keys.sha;
      const b = await this.backend.restore([this.cachePath], keys.branch, [keys.branchPrefix], true);
      if (b.timedOut) return { status: 'failed', detail: `saving to the cache timed out (${words(b)}).` };
      if (b.value === undefined && b.warnings.length)
        return { status: 'failed', detail: `the cache could not be searched: ${words(b)}` };
      branchExists = b.value === keys.branch;
      const t = b.value && !branchExists ? keyCommitTime(b.value) : undefined;
      if (t !== undefined && t > s.commitTime) newer = b.value;
    }
    /** undefined when the key is there now (saved by us or by another job), else why not. */
    const save = async (key: string): Promise<string | undefined> => {
      const r = await this.backend.save([this.cachePath], key);
      if (r.value === 'saved' || r.value === 'exists') return undefined;
      if (r.timedOut) return `timed out (${words(r)})`;
      return r.warnings.length
        ? words(r)
        : 'the cache service did not accept the entry (service unreachable, storage quota full, or a save of the same key that never finished)';
    };
    const saved: string[] = [];
    if (!shaExists) {
      const err = await save(keys.sha);
      if (err)
        return { status: 'failed', detail: `the baseline could not be saved to the cache as ${keys.sha}: ${err}` };
      saved.push(keys.sha);
    }
    if (newer) {
      return {
        status: 'skipped',
        detail: `the cache already has a newer baseline for ${s.branch} (${newer}); the snapshot of ${short(s.commit)} was saved as ${keys.sha} only.`,
      };
    }
    if (!branchExists) {
      const err = await save(keys.branch);
      if (err)
        return { status: 'failed', detail: `the baseline could not be saved to the cache as ${keys.branch}: ${err}` };
      saved.push(keys.branch);
    }
    if (saved.length === 0)
      return {
        status: 'skipped',
        detail: `the cache already holds the baseline of ${short(s.commit)} (${keys.branch}).`,
      };
    const unchecked = canLook ? '' : ' (not checked for a newer entry: ACTIONS_CACHE_MODE=write-only)';
    return {
      status: 'written',
      detail: `saved the baseline of ${s.branch} at ${short(s.commit)} to the cache (${saved.join(', ')})${unchecked}.`,
    };
  }
}
