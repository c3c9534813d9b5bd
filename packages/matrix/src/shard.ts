/**
 * Test shards balanced by time: longest processing time first (LPT).
 *
 * Units (test files, or Go packages) are sorted by estimated seconds, longest first, ties by
 * path; each goes to the shard with the least load so far, ties to the lowest index. Each shard
 * starts with its bias (seconds of fixed cost: setup, a slower runner), so the plan balances
 * what the shards really spend. Units with no timing (new tests) are grouped on a few shards
 * with a reserve when the timings allow it (see groupUntimed), else spread at the median of the
 * timed ones (1 s if none is timed). The same inputs always give the same plan.
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
  /** The weight given to each untimed unit (the median of the timed ones when spread, their mean when grouped). */
  defaultSeconds: number;
  /** How many shards hold the untimed units (fewer than all when they are grouped; 0 when there are none). */
  untimedShards: number;
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
  const isTimed = (u: ShardUnit) => u.seconds !== undefined && Number.isFinite(u.seconds);
  const timedValues = units.filter(isTimed).map((u) => u.seconds!);
  const untimed = units.filter((u) => !isTimed(u)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const untimedPaths = new Set(untimed.map((u) => u.path));
  const bias = options.bias ?? 0;
  const biasOf = (i: number) => (Array.isArray(bias) ? (bias[i] ?? 0) : bias);
  const loads = new Float64Array(total); // what LPT compares (reserves included)
  const estimate = new Float64Array(total); // what the plan reports
  for (let i = 0; i < total; i++) loads[i] = estimate[i] = biasOf(i);
  const files: string[][] = Array.from({ length: total }, () => []);

  const group = groupUntimed(timedValues, untimed.length, total);
  let defaultSeconds: number;
  let weighted: { path: string; w: number }[];
  if (group) {
    // The untimed units go to the `group.shards` least-biased shards, dealt in path order; each
    // of those starts with their expected seconds plus one standard deviation of their sum.
    defaultSeconds = group.mean;
    const order = Array.from({ length: total }, (_, i) => i).sort((x, y) => biasOf(x) - biasOf(y) || x - y);
    const count = new Array<number>(total).fill(0);
    untimed.forEach((u, k) => {
      const i = order[k % group.shards]!;
      files[i]!.push(u.path);
      count[i]!++;
    });
    for (let i = 0; i < total; i++) {
      if (count[i] === 0) continue;
      estimate[i]! += count[i]! * group.mean;
      loads[i]! += count[i]! * group.mean + Math.sqrt(count[i]! * group.variance);
    }
    weighted = units.filter(isTimed).map((u) => ({ path: u.path, w: u.seconds! }));
  } else {
    defaultSeconds = timedValues.length > 0 ? median(timedValues) : 1;
    weighted = units.map((u) => ({ path: u.path, w: isTimed(u) ? u.seconds! : defaultSeconds }));
  }
  weighted.sort((a, b) => b.w - a.w || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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
    estimate[best]! += w;
    files[best]!.push(path);
  }
  return {
    total,
    shards: files.map((f, i) => ({ index: i + 1, files: f.sort(), seconds: round(estimate[i]!) })),
    timed: timedValues.length,
    untimed: untimed.length,
    defaultSeconds: round(defaultSeconds),
    untimedShards: group ? group.shards : files.filter((f) => f.some((p) => untimedPaths.has(p))).length,
    totalSeconds: round(timedValues.reduce((s, w) => s + w, 0) + untimed.length * defaultSeconds),
  };
}

/**
 * Where the untimed units go. Spread over every shard, each is a gamble on every shard, and the
 * slowest of N gambles is far above the average: with 10% new files on 16 shards that alone
 * costs about a quarter of the ideal time (tests/bench/matrix-bench.mjs). So when the timed
 * units show what a unit costs (two or more) and the untimed ones' expected total fills at most
 * half the shards, they are grouped on as few shards as that total needs (at least two), weighted at the mean
 * of the timed units (their expected sum), and those shards keep one standard deviation of it in
 * reserve. Otherwise (mostly untimed, no timings): spread, at the median weight.
 */
function groupUntimed(
  timed: number[],
  untimed: number,
  total: number,
): { shards: number; mean: number; variance: number } | undefined {
  if (untimed === 0 || timed.length < 2 || total < 2) return undefined;
  const mean = timed.reduce((s, w) => s + w, 0) / timed.length;
  const variance = timed.reduce((s, w) => s + (w - mean) ** 2, 0) / timed.length;
  const expected = untimed * mean;
  const perShard = (timed.reduce((s, w) => s + w, 0) + expected) / total;
  if (!(perShard > 0)) return undefined;
  // At least two: one shard holding every new file is too easily the slowest (its worst cases in
  // the bench were the worst of all).
  const shards = Math.max(2, Math.ceil(expected / perShard - 1e-9));
  return shards <= total / 2 ? { shards, mean, variance } : undefined;
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
