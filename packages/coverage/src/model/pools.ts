/**
 * The bottom of the model: typed-array pools, shared empty arrays and growth helpers the
 * tables use, and the TableState shape they export. Imports nothing, so no table module and
 * no spill packing can form a cycle through it.
 */

/*
 * Scratch arrays for the table being filled: a table takes them when it first grows and gives
 * them back when compact() copies its content out at exact size, so reading a file's section
 * allocates its final arrays once instead of at every doubling. An array is in the pool or in
 * one table, never both. Small arrays only (at most 1 MiB each, four per kind).
 */
const POOL_MAX_BYTES = 1 << 20;
const poolU8: Uint8Array<ArrayBuffer>[] = [];
const poolU32: Uint32Array<ArrayBuffer>[] = [];
const poolI32: Int32Array<ArrayBuffer>[] = [];

function take<T extends Uint8Array<ArrayBuffer> | Uint32Array<ArrayBuffer> | Int32Array<ArrayBuffer>>(
  pool: T[],
  min: number,
  make: (n: number) => T,
): T {
  for (let k = pool.length - 1; k >= 0; k--) {
    const a = pool[k]!;
    if (a.length >= min) {
      pool[k] = pool[pool.length - 1]!;
      pool.pop();
      return a;
    }
  }
  return make(min);
}

function give<T extends Uint8Array<ArrayBuffer> | Uint32Array<ArrayBuffer> | Int32Array<ArrayBuffer>>(
  pool: T[],
  a: T,
): void {
  if (a.length > 0 && a.byteLength <= POOL_MAX_BYTES && pool.length < 4) pool.push(a);
}

export const takeU8 = (min: number) => take(poolU8, min, (n) => new Uint8Array(n));
export const takeU32 = (min: number) => take(poolU32, min, (n) => new Uint32Array(n));
export const takeI32 = (min: number) => take(poolI32, min, (n) => new Int32Array(n));
export const giveU8 = (a: Uint8Array<ArrayBuffer>) => give(poolU8, a);
export const giveU32 = (a: Uint32Array<ArrayBuffer>) => give(poolU32, a);
export const giveI32 = (a: Int32Array<ArrayBuffer>) => give(poolI32, a);

export const EMPTY_U8 = new Uint8Array(0);

/** Shared empty tables: never written (length 0); growing replaces them. Saves ~120 bytes each per file. */
export const EMPTY_U32 = new Uint32Array(0);

export const EMPTY_U16 = new Uint16Array(0);

export function growU32(a: Uint32Array<ArrayBuffer>, need: number): Uint32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const next = new Uint32Array(Math.max(need, Math.ceil(a.length * 1.25)) + 7);
  next.set(a);
  return next;
}

export function growI32(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const next = new Int32Array(Math.max(need, Math.ceil(a.length * 1.25)) + 7);
  next.set(a);
  return next;
}

/** First index in a[0..n) whose value is >= v (a sorted ascending). */
export function lowerBound(a: Uint32Array, n: number, v: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A table's content as numbers and typed arrays (undefined: an array the table does not have). */
export interface TableState {
  nums: number[];
  arrays: (
    | Uint8Array<ArrayBuffer>
    | Uint16Array<ArrayBuffer>
    | Uint32Array<ArrayBuffer>
    | Int32Array<ArrayBuffer>
    | Float64Array<ArrayBuffer>
    | undefined
  )[];
}

export const ARRAY_KINDS = [Uint8Array, Uint16Array, Uint32Array, Int32Array, Float64Array] as const;

/** Zero-length arrays of each kind, shared by thawed empty tables (never written: growing replaces them). */
export const EMPTIES = ARRAY_KINDS.map((K) => new K(0));
