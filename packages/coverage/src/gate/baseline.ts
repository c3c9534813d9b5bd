/**
 * Baseline snapshots: the base branch's coverage, saved on trusted pushes and read by pull
 * requests. Compact JSON, versioned: a reader refuses a schema it does not know (a snapshot
 * written by a newer quality) instead of misreading it.
 */
import { FileFormatError } from '@quality/kit/errors';
import type { Counter, MetricName, Totals } from '../model/index.js';
import { METRICS } from '../model/index.js';

export const BASELINE_SCHEMA = 1;

export interface BaselineSnapshot {
  schema: typeof BASELINE_SCHEMA;
  /** The commit whose coverage this is. */
  commit: string;
  /** Committer time of that commit (seconds since the epoch): orders snapshots without trusting upload order. */
  commitTime: number;
  branch: string;
  createdAt: string;
  /** The quality version that wrote it. */
  writer: string;
  totals: Totals;
  headline: { metric: string; covered: number; total: number };
  /** Per file: [covered, total] executable lines. */
  files: Record<string, [number, number]>;
}

export type BaselineRead =
  | { status: 'found'; snapshot: BaselineSnapshot; source: string }
  /** Nothing stored yet (first run): the ratchet passes with a notice. */
  | { status: 'missing'; detail: string }
  /** The store could not be read (service down, corrupt data, future schema): a warning. */
  | { status: 'unavailable'; detail: string };

export type BaselineWrite =
  { status: 'written'; detail: string } | { status: 'skipped'; detail: string } | { status: 'failed'; detail: string };

export interface BaselineQuery {
  /** The base branch name (e.g. main). */
  branch: string;
  /** The exact base commit, when known (a pull request's base SHA). */
  commit?: string;
}

/** Where baselines live: the Actions cache, an orphan data branch, a file. */
export interface BaselineStore {
  readonly kind: 'cache' | 'branch' | 'file';
  read(q: BaselineQuery): Promise<BaselineRead>;
  /** Never regresses: a snapshot of an older commit than the stored one is skipped. */
  write(s: BaselineSnapshot): Promise<BaselineWrite>;
}

/** Counts are safe integers (1e300 is an integer, but not a count that adds up exactly). */
const isCounter = (v: unknown): v is Counter =>
  typeof v === 'object' && v !== null && isFileCounts((v as Counter).covered, (v as Counter).total);

const isFileCounts = (covered: unknown, total: unknown): boolean =>
  Number.isSafeInteger(covered) &&
  Number.isSafeInteger(total) &&
  (covered as number) >= 0 &&
  (covered as number) <= (total as number);

/** Parse and validate a snapshot; `source` names it in errors. */
export function parseBaseline(text: string, source: string): BaselineSnapshot {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new FileFormatError(
      source,
      undefined,
      `the baseline is not valid JSON (${e instanceof Error ? e.message : String(e)}).`,
    );
  }
  const o = v as Partial<BaselineSnapshot> & { schema?: unknown };
  if (typeof o !== 'object' || o === null)
    throw new FileFormatError(source, undefined, 'the baseline is not a JSON object.');
  if (typeof o.schema === 'number' && o.schema > BASELINE_SCHEMA) {
    throw new FileFormatError(
      source,
      undefined,
      `the baseline has schema ${o.schema}, written by a newer quality (${String(o.writer ?? 'unknown')}); this version reads schema ${BASELINE_SCHEMA}.`,
      'Use the same quality version for the base branch and pull requests, or upgrade this workflow.',
    );
  }
  if (o.schema !== BASELINE_SCHEMA)
    throw new FileFormatError(source, undefined, `the baseline has no known schema (got ${JSON.stringify(o.schema)}).`);
  const totals = o.totals as Record<string, unknown> | undefined;
  if (!totals || !isCounter(totals.lines))
    throw new FileFormatError(source, undefined, 'the baseline has no line totals.');
  for (const m of METRICS)
    if (totals[m] !== null && totals[m] !== undefined && !isCounter(totals[m]))
      throw new FileFormatError(source, undefined, `the baseline's ${m} totals are malformed.`);
  if (!o.headline || !isCounter(o.headline))
    throw new FileFormatError(source, undefined, 'the baseline has no headline counts.');
  if (typeof o.commit !== 'string' || typeof o.branch !== 'string' || typeof o.commitTime !== 'number') {
    throw new FileFormatError(source, undefined, 'the baseline does not name its commit, commit time and branch.');
  }
  const files: Record<string, [number, number]> = {};
  for (const [k, f] of Object.entries(o.files ?? {})) {
    if (Array.isArray(f) && f.length === 2 && isFileCounts(f[0], f[1])) files[k] = [f[0] as number, f[1] as number];
  }
  const t = {} as Totals;
  for (const m of METRICS) t[m as MetricName] = (totals[m] as Counter | null | undefined) ?? null;
  return {
    schema: BASELINE_SCHEMA,
    commit: o.commit,
    commitTime: o.commitTime,
    branch: o.branch,
    createdAt: String(o.createdAt ?? ''),
    writer: String(o.writer ?? ''),
    totals: t,
    headline: { metric: String(o.headline.metric ?? 'lines'), covered: o.headline.covered, total: o.headline.total },
    files,
  };
}

export function serializeBaseline(s: BaselineSnapshot): string {
  return JSON.stringify(s);
}
