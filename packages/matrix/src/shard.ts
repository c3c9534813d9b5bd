/**
 * Test shards balanced by time: longest processing time first (LPT).
 *
 * Units (test files, or Go packages) are sorted by estimated seconds, longest first, ties by
 * path; each goes to the shard with the least load so far, ties to the lowest index. Each shard
 * starts with its bias (seconds of fixed cost: setup, a slower runner), so the plan balances
 * what the shards really spend. Units with no timing get the median of the timed ones (1 s if
 * none is timed). The same inputs always give the same plan.
 */
import { InputError } from '@quality/kit/errors';

export interface ShardUnit {
  path: string;
  seconds?: number;
}

export interface Shard {
  /** 1-based, as `jest --shard=i/n` and pytest-split `--group i` count. */
  index: number;
  files: string[];
  /** Estimated seconds, bias included. */
  seconds: number;
}

export interface ShardPlan {
  total: number;
  shards: Shard[];
  timed: number;
  untimed: number;
  /** The weight given to each untimed unit. */
  defaultSeconds: number;
  /** Estimated seconds of all units, bias excluded. */
  totalSeconds: number;
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface PlanOptions {
  /** Per-shard fixed seconds: one number for all shards, or one per shard. */
  bias?: number | number[];
}

export function planShards(units: ShardUnit[], total: number, options: PlanOptions = {}): ShardPlan {
  if (!Number.isInteger(total) || total < 1)
    throw new InputError('shards', String(total), 'a whole number of at least 1, or auto');
  const timedValues = units.filter((u) => u.seconds !== undefined && Number.isFinite(u.seconds)).map((u) => u.seconds!);
  const defaultSeconds = timedValues.length > 0 ? median(timedValues) : 1;
  const weighted = units.map((u) => ({
    path: u.path,
    w: u.seconds !== undefined && Number.isFinite(u.seconds) ? u.seconds : defaultSeconds,
  }));
  weighted.sort((a, b) => b.w - a.w || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const bias = options.bias ?? 0;
  const loads = new Float64Array(total);
  for (let i = 0; i < total; i++) loads[i] = Array.isArray(bias) ? (bias[i] ?? 0) : bias;
  const files: string[][] = Array.from({ length: total }, () => []);
  for (let k = 0; k < weighted.length; k++) {
    const { path, w } = weighted[k]!;
    let best = 0;
    let min = loads[0]!;
    for (let i = 1; i < total; i++) {
      if (loads[i]! < min) {
        min = loads[i]!;
        best = i;
      }
    }
    loads[best] = min + w;
    files[best]!.push(path);
  }
  return {
    total,
    shards: files.map((f, i) => ({ index: i + 1, files: f.sort(), seconds: round(loads[i]!) })),
    timed: timedValues.length,
    untimed: units.length - timedValues.length,
    defaultSeconds: round(defaultSeconds),
    totalSeconds: round(weighted.reduce((s, u) => s + u.w, 0)),
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** `shards: auto`: enough shards that each takes about `targetMinutes`, within [1, min(units, max)]. */
export function autoShardCount(totalSeconds: number, units: number, targetMinutes: number, max = 32): number {
  if (!(targetMinutes > 0))
    throw new InputError('target-minutes', String(targetMinutes), 'a positive number of minutes');
  const n = Math.ceil(totalSeconds / (targetMinutes * 60));
  return Math.max(1, Math.min(n, units, max));
}

/** What `jest --shard` does: sort paths, then give each shard a contiguous block of equal count. For comparison. */
export function splitByCount(paths: string[], total: number): string[][] {
  const sorted = [...paths].sort();
  const out: string[][] = [];
  const size = Math.ceil(sorted.length / total);
  for (let i = 0; i < total; i++) out.push(sorted.slice(i * size, (i + 1) * size));
  return out;
}
