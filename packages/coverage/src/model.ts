/**
 * The one normalized coverage model every parser produces and every consumer reads.
 *
 * Integer counts everywhere. Percentages are computed from counts only at the edge
 * (`percent()`), never averaged, never rounded before a comparison.
 *
 * Memory: line hits live in a dense Uint16Array per file (2 bytes per source line, counts
 * of 65,534 and more in a small overflow map), because a 1 GB tracefile can hold tens of
 * millions of line records and a Map entry costs ten times that. Hits saturate at
 * MAX_HITS; no total depends on the size of a count, only on whether it is zero.
 *
 * A parser over its memory budget freezes the files it has finished (FileCoverage.freeze):
 * their tables go to a spill file on disk and come back on first access, while the counters
 * a summary needs stay in memory. That keeps a 1 GB tracefile of distinct data under 300 MB.
 */
import type { SpillFile, SpillRef } from './spill.js';

export type Format = 'lcov' | 'cobertura' | 'clover' | 'jacoco' | 'go' | 'istanbul' | 'istanbul-summary';
export const FORMATS: readonly Format[] = ['lcov', 'cobertura', 'clover', 'jacoco', 'go', 'istanbul', 'istanbul-summary'];

export type MetricName = 'lines' | 'branches' | 'statements' | 'functions' | 'instructions';
export const METRICS: readonly MetricName[] = ['lines', 'branches', 'statements', 'functions', 'instructions'];

export interface Counter {
  covered: number;
  total: number;
}

/** The tool that wrote a report, where the report says so (a comment, a root attribute). */
export interface Producer {
  name: 'coverage.py' | 'gcovr' | 'istanbul' | 'jacoco' | 'go' | 'lcov' | 'phpunit' | 'openclover' | 'cobertura' | 'unknown';
  version?: string;
}

/** Line numbers above this are refused: no source file is that long, and the table is dense. */
export const MAX_LINE = 10_000_000;
/** Hit counts saturate here (stored +1 in a Uint32Array). */
export const MAX_HITS = 0xfffffffe;

const EMPTY_U16 = new Uint16Array(0);

/** Stored value meaning "the hits are in the overflow map". */
const BIG = 0xffff;

/**
 * Executable lines of one file and their hit counts, dense by line number: 2 bytes a source
 * line (hits+1 in a Uint16Array, so 0 means "not executable"), and counts of 65534 and more
 * in a small overflow map. Half the memory of 32-bit cells; only hot lines overflow.
 */
export class LineTable {
  private data: Uint16Array<ArrayBuffer>;
  private big: Map<number, number> | undefined;
  private maxLine = 0;
  private count = 0;

  constructor(capacity = 0) {
    this.data = capacity === 0 ? EMPTY_U16 : new Uint16Array(capacity);
  }

  private hitsOf(v: number, line: number): number {
    return v === BIG ? this.big!.get(line)! : v - 1;
  }

  private store(line: number, h: number): void {
    if (h < BIG - 1) this.data[line] = h + 1;
    else {
      this.data[line] = BIG;
      (this.big ??= new Map()).set(line, h);
    }
  }

  /** Add hits to a line (marking it executable). Sums saturate at MAX_HITS. */
  add(line: number, hits: number): void {
    if (line >= this.data.length) this.grow(line);
    const prev = this.data[line]!;
    const h = hits >= 0 && hits < BIG - 1 && (hits | 0) === hits ? hits : clampHits(hits);
    if (prev === 0) {
      this.count++;
      if (line > this.maxLine) this.maxLine = line;
      if (h < BIG - 1) this.data[line] = h + 1;
      else this.store(line, h);
    } else {
      const sum = (prev === BIG ? this.big!.get(line)! : prev - 1) + h;
      if (sum < BIG - 1) this.data[line] = sum + 1;
      else this.store(line, sum > MAX_HITS ? MAX_HITS : sum);
    }
  }

  /** Raise a line's hits to at least `hits` (OR semantics for set-mode data). */
  max(line: number, hits: number): void {
    if (line >= this.data.length) this.grow(line);
    const prev = this.data[line]!;
    const h = clampHits(hits);
    if (prev === 0) {
      this.count++;
      if (line > this.maxLine) this.maxLine = line;
      this.store(line, h);
    } else if (this.hitsOf(prev, line) < h) {
      this.store(line, h);
    }
  }

  /** Hits of a line, or undefined when the line is not executable. */
  get(line: number): number | undefined {
    if (line < 0 || line >= this.data.length) return undefined;
    const v = this.data[line]!;
    return v === 0 ? undefined : this.hitsOf(v, line);
  }

  has(line: number): boolean {
    return line >= 0 && line < this.data.length && this.data[line] !== 0;
  }

  get size(): number {
    return this.count;
  }

  /** Executable lines in ascending order. */
  *entries(): IterableIterator<[line: number, hits: number]> {
    const d = this.data;
    for (let i = 0; i <= this.maxLine && i < d.length; i++) {
      const v = d[i]!;
      if (v !== 0) yield [i, this.hitsOf(v, i)];
    }
  }

  counter(): Counter {
    let covered = 0;
    const d = this.data;
    const n = Math.min(this.maxLine + 1, d.length);
    for (let i = 0; i < n; i++) {
      if (d[i]! > 1) covered++;
    }
    return { covered, total: this.count };
  }

  /** Add every line of `src` (hits summed) in one pass over its array, growing at most once. */
  mergeFrom(src: LineTable): void {
    if (src.count === 0) return;
    if (src.maxLine >= this.data.length) this.grow(src.maxLine);
    const d = src.data;
    const n = Math.min(src.maxLine + 1, d.length);
    for (let i = 0; i < n; i++) {
      const v = d[i]!;
      if (v !== 0) this.add(i, v === BIG ? src.big!.get(i)! : v - 1);
    }
  }

  /** Make room for lines up to `line` in one allocation (a parser that knows the largest line of a section). */
  reserve(line: number): void {
    if (line < this.data.length) return;
    if (!Number.isInteger(line) || line < 0 || line > MAX_LINE) {
      throw new RangeError(`line number ${line} is out of range (0..${MAX_LINE})`);
    }
    const next = new Uint16Array(line + 1);
    next.set(this.data);
    this.data = next;
  }

  /** Bytes the table holds (for a parser's memory budget). */
  byteSize(): number {
    return this.data.byteLength + (this.big ? this.big.size * 40 : 0);
  }

  /** The table as numbers and arrays, for FileCoverage.freeze(); the table is left empty. */
  exportState(): TableState {
    let big: Float64Array<ArrayBuffer> | undefined;
    if (this.big) {
      big = new Float64Array(this.big.size * 2);
      let k = 0;
      for (const [line, h] of this.big) {
        big[k++] = line;
        big[k++] = h;
      }
    }
    const state: TableState = { nums: [this.maxLine, this.count], arrays: [this.data, big] };
    this.data = EMPTY_U16;
    this.big = undefined;
    this.maxLine = 0;
    this.count = 0;
    return state;
  }

  importState(s: TableState): void {
    this.maxLine = s.nums[0]!;
    this.count = s.nums[1]!;
    this.data = s.arrays[0] as Uint16Array<ArrayBuffer>;
    const big = s.arrays[1];
    this.big = undefined;
    if (big) {
      this.big = new Map();
      for (let k = 0; k < big.length; k += 2) this.big.set(big[k]!, big[k + 1]!);
    }
  }

  /** Drop the growth slack (call when the table is complete; adding later still works). */
  compact(): void {
    const want = this.count === 0 ? 0 : this.maxLine + 1;
    if (this.data.length > want) this.data = this.data.slice(0, want);
  }

  private grow(line: number): void {
    if (!Number.isInteger(line) || line < 0 || line > MAX_LINE) {
      throw new RangeError(`line number ${line} is out of range (0..${MAX_LINE})`);
    }
    const next = new Uint16Array(nextCapacity(this.data.length, line));
    next.set(this.data);
    this.data = next;
  }
}

/**
 * Capacity for a growing table that must hold index `line`: a quarter more (at least 64), rounded up to 16.
 * Doubling left a 500 MB report's 46,000 small files with up to twice the memory they use;
 * growing by a quarter still keeps appends amortized.
 */
export function nextCapacity(current: number, line: number): number {
  // At least 64 more slots: a file read line by line would otherwise reallocate every few lines
  // (the parsers trim the slack when a file is complete).
  const want = Math.max(line + 1, Math.ceil(current * 1.25), current + 64);
  return Math.min((want + 15) & ~15, MAX_LINE + 1);
}

export function clampHits(hits: number): number {
  if (!(hits > 0)) return 0; // negative, NaN -> 0 (parsers warn before calling)
  return hits > MAX_HITS ? MAX_HITS : Math.floor(hits);
}

/** A statement (Go block, istanbul statement): `n` statements counted as one unit (Go's numStmt). */
export interface Statement {
  line: number;
  endLine: number;
  n: number;
  hits: number;
}

export interface FunctionCoverage {
  name: string;
  line: number;
  endLine?: number;
  hits: number;
}

/** Shared empty tables: never written (length 0); growing replaces them. Saves ~120 bytes each per file. */
const EMPTY_U32 = new Uint32Array(0);

/** Branch id of a branch added by position (no id given). */
const NO_ID = -0x80000000;

function growU32(a: Uint32Array<ArrayBuffer>, need: number): Uint32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const next = new Uint32Array(Math.max(need, Math.ceil(a.length * 1.25)) + 7);
  next.set(a);
  return next;
}

function growI32(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const next = new Int32Array(Math.max(need, Math.ceil(a.length * 1.25)) + 7);
  next.set(a);
  return next;
}

/** First index in a[0..n) whose value is >= v (a sorted ascending). */
function lowerBound(a: Uint32Array, n: number, v: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Branches per line, read like a `Map<line, hits[]>` (lines in ascending order), stored
 * sparse: about 6% of source lines have branches, so nothing is kept per source line.
 *
 * - Identified branches (lcov BRDA, istanbul): one entry per branch in parallel typed arrays
 *   (line, hits, and while parsing an id), sorted by line, in the order the report lists a
 *   line's branches: 8 bytes a branch (12 with ids) instead of a Map entry and an array a line.
 * - Count-only lines (Cobertura's condition-coverage, JaCoCo's mb/cb, Clover): (line,
 *   covered<<16|total) pairs sorted by line; reading one synthesizes [1 × covered, 0 × rest].
 *
 * A line is in one of the two. Appends in ascending line order take a fast path; other
 * inserts shift (lines of one file arrive nearly sorted in every format we read).
 */
export class BranchTable implements Iterable<[number, number[]]> {
  // identified
  private bLine = EMPTY_U32;
  private bHits = EMPTY_U32;
  private bId: Int32Array<ArrayBuffer> | undefined;
  private bN = 0;
  private bLines = 0;
  // count-only
  private cLine = EMPTY_U32;
  private cVal = EMPTY_U32;
  private cN = 0;

  get size(): number {
    return this.bLines + this.cN;
  }

  /** [start, end) of a line's identified branches (start === end: none, start is where they go). */
  private range(line: number): number {
    const n = this.bN;
    const a = this.bLine;
    let lo: number;
    if (n === 0 || a[n - 1]! < line) return n;
    if (a[n - 1] === line) {
      lo = n - 1;
      while (lo > 0 && a[lo - 1] === line) lo--;
      return lo;
    }
    lo = lowerBound(a, n, line);
    return lo;
  }

  private rangeEnd(lo: number, line: number): number {
    let hi = lo;
    const a = this.bLine;
    const n = this.bN;
    while (hi < n && a[hi] === line) hi++;
    return hi;
  }

  private cIndex(line: number): number {
    const n = this.cN;
    if (n === 0) return -1;
    const a = this.cLine;
    if (a[n - 1]! < line) return -1;
    const i = a[n - 1] === line ? n - 1 : lowerBound(a, n, line);
    return i < n && a[i] === line ? i : -1;
  }

  has(line: number): boolean {
    const lo = this.range(line);
    return (lo < this.bN && this.bLine[lo] === line) || this.cIndex(line) !== -1;
  }

  get(line: number): number[] | undefined {
    const lo = this.range(line);
    if (lo < this.bN && this.bLine[lo] === line) return Array.from(this.bHits.subarray(lo, this.rangeEnd(lo, line)));
    const c = this.cIndex(line);
    return c === -1 ? undefined : unpack(this.cVal[c]!);
  }

  /** Insert k identified entries for `line` at position `at` (hits 0, no id). */
  private insert(at: number, line: number, k: number): void {
    const n = this.bN;
    const need = n + k;
    this.bLine = growU32(this.bLine, need);
    this.bHits = growU32(this.bHits, need);
    if (this.bId) this.bId = growI32(this.bId, need);
    if (at < n) {
      this.bLine.copyWithin(at + k, at, n);
      this.bHits.copyWithin(at + k, at, n);
      this.bId?.copyWithin(at + k, at, n);
    }
    this.bLine.fill(line, at, at + k);
    this.bHits.fill(0, at, at + k);
    this.bId?.fill(NO_ID, at, at + k);
    this.bN = need;
  }

  private removeIdentified(line: number): void {
    const lo = this.range(line);
    const hi = this.rangeEnd(lo, line);
    if (hi === lo) return;
    const n = this.bN;
    this.bLine.copyWithin(lo, hi, n);
    this.bHits.copyWithin(lo, hi, n);
    this.bId?.copyWithin(lo, hi, n);
    this.bN = n - (hi - lo);
    this.bLines--;
  }

  /** Move a count-only line into the identified entries (as [1 × covered, 0 × rest]). */
  private unpackLine(line: number): void {
    const c = this.cIndex(line);
    if (c === -1) return;
    const v = this.cVal[c]!;
    this.cLine.copyWithin(c, c + 1, this.cN);
    this.cVal.copyWithin(c, c + 1, this.cN);
    this.cN--;
    const cov = v >>> 16;
    const total = v & 0xffff;
    const at = this.range(line);
    this.insert(at, line, total);
    this.bHits.fill(1, at, at + cov);
    this.bLines++;
  }

  set(line: number, hits: number[]): this {
    this.removeIdentified(line);
    const c = this.cIndex(line);
    if (c !== -1) {
      this.cLine.copyWithin(c, c + 1, this.cN);
      this.cVal.copyWithin(c, c + 1, this.cN);
      this.cN--;
    }
    if (hits.length === 0) return this; // an empty list: nothing to keep (reads as absent)
    const at = this.range(line);
    this.insert(at, line, hits.length);
    for (let i = 0; i < hits.length; i++) this.bHits[at + i] = clampHits(hits[i]!);
    this.bLines++;
    return this;
  }

  /** Add per-branch hits (summed per index). */
  add(line: number, hits: readonly number[]): void {
    if (this.cN > 0) this.unpackLine(line);
    const lo = this.range(line);
    const hi = this.rangeEnd(lo, line);
    if (hi === lo) {
      if (hits.length === 0) return;
      this.bLines++;
    }
    const have = hi - lo;
    if (hits.length > have) this.insert(hi, line, hits.length - have);
    const h = this.bHits;
    for (let i = 0; i < hits.length; i++) {
      const v = clampHits(hits[i]!);
      if (i < have) {
        const sum = h[lo + i]! + v;
        h[lo + i] = sum > MAX_HITS ? MAX_HITS : sum;
      } else h[lo + i] = v;
    }
  }

  /**
   * Add hits to the branch `id` of a line (lcov's (line, block, branch)): repeated ids are
   * summed, a new id goes after the line's others. Ids are an int32 the caller chooses (not
   * -2^31); they are kept until `compact()`.
   */
  addById(line: number, id: number, hits: number): void {
    if (this.cN > 0) this.unpackLine(line);
    if (!this.bId) {
      this.bId = new Int32Array(this.bLine.length);
      this.bId.fill(NO_ID, 0, this.bN);
    }
    const n = this.bN;
    let lo: number;
    let hi: number;
    if (n === 0 || this.bLine[n - 1]! < line) {
      lo = hi = n;
    } else {
      lo = this.range(line);
      hi = this.rangeEnd(lo, line);
    }
    const ids = this.bId;
    for (let i = lo; i < hi; i++) {
      if (ids[i] === id) {
        const sum = this.bHits[i]! + hits;
        this.bHits[i] = sum > MAX_HITS ? MAX_HITS : sum;
        return;
      }
    }
    if (hi === lo) this.bLines++;
    if (hi === n && n < this.bLine.length && n < ids.length) {
      // append with room left (a parser's usual case): no fill/copy calls
      this.bLine[n] = line;
      this.bHits[n] = hits > MAX_HITS ? MAX_HITS : hits;
      ids[n] = id;
      this.bN = n + 1;
      return;
    }
    this.insert(hi, line, 1);
    this.bId![hi] = id;
    this.bHits[hi] = hits > MAX_HITS ? MAX_HITS : hits;
  }

  /** Add count-only branches: covered is the larger of the two readings (no identity to OR by). */
  addCounts(line: number, covered: number, total: number): void {
    if (total <= 0) return;
    const c = Math.max(0, Math.min(covered, total));
    if (total > 0xffff || line > MAX_LINE || this.has(line) && this.cIndex(line) === -1) {
      this.add(line, Array.from({ length: total }, (_, i) => (i < c ? 1 : 0)));
      return;
    }
    const n = this.cN;
    let at: number;
    if (n === 0 || this.cLine[n - 1]! < line) at = n;
    else {
      at = lowerBound(this.cLine, n, line);
      if (this.cLine[at] === line) {
        const prev = this.cVal[at]!;
        this.cVal[at] = ((Math.max(prev >>> 16, c) << 16) | Math.max(prev & 0xffff, total)) >>> 0;
        return;
      }
    }
    this.cLine = growU32(this.cLine, n + 1);
    this.cVal = growU32(this.cVal, n + 1);
    if (at < n) {
      this.cLine.copyWithin(at + 1, at, n);
      this.cVal.copyWithin(at + 1, at, n);
    }
    this.cLine[at] = line;
    this.cVal[at] = ((c << 16) | total) >>> 0;
    this.cN = n + 1;
  }

  /** Covered and total branches without materializing arrays. */
  counter(): Counter {
    let covered = 0;
    const h = this.bHits;
    for (let i = 0; i < this.bN; i++) if (h[i]! > 0) covered++;
    let total = this.bN;
    const v = this.cVal;
    for (let i = 0; i < this.cN; i++) {
      covered += v[i]! >>> 16;
      total += v[i]! & 0xffff;
    }
    return { covered, total };
  }

  *keys(): IterableIterator<number> {
    for (const [l] of this.entries()) yield l;
  }

  *values(): IterableIterator<number[]> {
    for (const [, h] of this.entries()) yield h;
  }

  /** Lines in ascending order. */
  *entries(): IterableIterator<[number, number[]]> {
    let i = 0;
    let c = 0;
    while (i < this.bN || c < this.cN) {
      const bl = i < this.bN ? this.bLine[i]! : Infinity;
      const cl = c < this.cN ? this.cLine[c]! : Infinity;
      if (cl < bl) {
        yield [cl, unpack(this.cVal[c]!)];
        c++;
      } else {
        const hi = this.rangeEnd(i, bl);
        yield [bl, Array.from(this.bHits.subarray(i, hi))];
        i = hi;
      }
    }
  }

  [Symbol.iterator](): IterableIterator<[number, number[]]> {
    return this.entries();
  }

  /** Merge another table into this one (identified branches by position), keeping count-only lines packed. */
  mergeFrom(src: BranchTable): void {
    for (let i = 0; i < src.bN; ) {
      const line = src.bLine[i]!;
      const hi = src.rangeEnd(i, line);
      this.add(line, Array.from(src.bHits.subarray(i, hi)));
      i = hi;
    }
    for (let c = 0; c < src.cN; c++) {
      const v = src.cVal[c]!;
      this.addCounts(src.cLine[c]!, v >>> 16, v & 0xffff);
    }
  }

  /** Make room for `n` identified branches in one allocation per array (contents unchanged). */
  reserve(n: number): void {
    if (n <= this.bLine.length) return;
    const m = this.bN;
    const line = new Uint32Array(n);
    line.set(this.bLine.subarray(0, m));
    this.bLine = line;
    const hits = new Uint32Array(n);
    hits.set(this.bHits.subarray(0, m));
    this.bHits = hits;
    if (this.bId) {
      const id = new Int32Array(n);
      id.set(this.bId.subarray(0, m));
      this.bId = id;
    }
  }

  /** Forget branch ids (addById then treats every existing branch as unidentified). */
  releaseIds(): void {
    this.bId = undefined;
  }

  byteSize(): number {
    return this.bLine.byteLength + this.bHits.byteLength + (this.bId?.byteLength ?? 0) + this.cLine.byteLength + this.cVal.byteLength;
  }

  /** The table as numbers and arrays, for FileCoverage.freeze() (after compact()); the table is left empty. */
  exportState(): TableState {
    const state: TableState = { nums: [this.bN, this.bLines, this.cN], arrays: [this.bLine, this.bHits, this.bId, this.cLine, this.cVal] };
    this.bLine = this.bHits = this.cLine = this.cVal = EMPTY_U32;
    this.bId = undefined;
    this.bN = this.bLines = this.cN = 0;
    return state;
  }

  importState(s: TableState): void {
    [this.bN, this.bLines, this.cN] = s.nums as [number, number, number];
    const [bLine, bHits, bId, cLine, cVal] = s.arrays;
    this.bLine = bLine as Uint32Array<ArrayBuffer>;
    this.bHits = bHits as Uint32Array<ArrayBuffer>;
    this.bId = bId as Int32Array<ArrayBuffer> | undefined;
    this.cLine = cLine as Uint32Array<ArrayBuffer>;
    this.cVal = cVal as Uint32Array<ArrayBuffer>;
  }

  /** Drop growth slack (the table is complete; adding later still works). */
  compact(): void {
    if (this.bLine.length > this.bN) {
      this.bLine = this.bLine.slice(0, this.bN);
      this.bHits = this.bHits.slice(0, this.bN);
      if (this.bId) this.bId = this.bId.slice(0, this.bN);
    }
    if (this.cLine.length > this.cN) {
      this.cLine = this.cLine.slice(0, this.cN);
      this.cVal = this.cVal.slice(0, this.cN);
    }
  }
}

function unpack(v: number): number[] {
  const c = v >>> 16;
  const t = v & 0xffff;
  const out = new Array<number>(t);
  for (let i = 0; i < t; i++) out[i] = i < c ? 1 : 0;
  return out;
}

/**
 * Functions of one file, read like a `Map<key, FunctionCoverage>` in insertion order. Stored
 * compact: all keys as UTF-8 bytes back to back in one byte array with end offsets, line / end
 * line / hits in typed arrays, and the display name only where it differs from the key. A 1 GB
 * C++ tracefile holds millions of functions; an object, a string and a Map entry each cost ~150
 * bytes, this ~12 plus the name's bytes.
 *
 * Parsers look keys up by their bytes (`findBytes`, `keyEquals`) without making a string; a
 * string key is encoded to bytes first. Objects read from it are copies: change a function with
 * `add`/`locate`. Lookups use an open-addressing hash index built on first use;
 * `releaseIndex()` (or `compact()`) frees it when the file is done. Keys compare as UTF-8, so a
 * key with a lone surrogate (only possible from escaped JSON) equals its U+FFFD spelling.
 */
export class FunctionTable implements Iterable<[string, FunctionCoverage]> {
  /** Keys' bytes, back to back; key i ends at rec[3i]. */
  private keyBytes: Uint8Array<ArrayBuffer> = EMPTY_U8;
  private keyLen = 0;
  /** Whether every key byte is ASCII (keys then decode as Latin-1, the fast way). */
  private ascii = true;
  /** Per function, three numbers: key end offset, line, hits (one array: fewer objects per file). */
  private rec = EMPTY_U32;
  /** end line + 1, 0 when unknown; allocated when the first end line is set */
  private end: Uint32Array<ArrayBuffer> | undefined;
  private names: Map<number, string> | undefined;
  private n = 0;
  /** slot -> key index + 1 (0: empty); a power of two long, at most half full. Parse time only. */
  private slots: Int32Array<ArrayBuffer> | undefined;
  /** Key hashes, kept with `slots` so that growing the index does not hash the keys again. */
  private hashes: Uint32Array<ArrayBuffer> | undefined;
  /** The hash of the key `findBytes` last did not find (for `addBytes` right after it). */
  private missHash = 0;
  /** Whether keyBytes and rec are scratch arrays from the pool (the table is being filled). */
  private hot = false;

  get size(): number {
    return this.n;
  }

  private keyStart(i: number): number {
    return i === 0 ? 0 : this.rec[3 * i - 3]!;
  }

  private view(): Buffer {
    return Buffer.from(this.keyBytes.buffer, this.keyBytes.byteOffset, this.keyLen);
  }

  private keyAt(i: number, v: Buffer): string {
    return v.toString(this.ascii ? 'latin1' : 'utf8', this.keyStart(i), this.rec[3 * i]!);
  }

  /**
   * Hash of bytes [s, e): 32-bit FNV-1a, its prime multiply written as shifts (Math.imul is
   * not inlined where the code runs in another realm, e.g. under jest's vm modules: 100x
   * slower there); -1 when a byte is not ASCII.
   */
  private static hash(buf: Uint8Array, s: number, e: number): number {
    let h = 0x811c9dc5 | 0;
    for (let j = s; j < e; j++) {
      const c = buf[j]!;
      if (c >= 0x80) return -1;
      h ^= c;
      h = (h + (h << 1) + (h << 4) + (h << 7) + (h << 8) + (h << 24)) | 0;
    }
    return h >>> 0;
  }

  private static hashAny(buf: Uint8Array, s: number, e: number): number {
    let h = 0x811c9dc5 | 0;
    for (let j = s; j < e; j++) {
      h ^= buf[j]!;
      h = (h + (h << 1) + (h << 4) + (h << 7) + (h << 8) + (h << 24)) | 0;
    }
    return h >>> 0;
  }

  /** (Re)build the index with `cap` slots (a power of two). */
  private buildSlots(cap: number): Int32Array<ArrayBuffer> {
    const n = this.n;
    let hs = this.hashes;
    if (!hs) {
      hs = takeU32(Math.max(16, Math.floor(this.rec.length / 3)));
      const kb = this.keyBytes;
      for (let i = 0; i < n; i++) hs[i] = FunctionTable.hashAny(kb, this.keyStart(i), this.rec[3 * i]!);
      this.hashes = hs;
    }
    if (this.slots) giveI32(this.slots);
    const slots = takeI32(cap); // a power of two long (every slots array is), maybe longer than cap
    slots.fill(0);
    const mask = slots.length - 1;
    for (let i = 0; i < n; i++) {
      let x = hs[i]! & mask;
      while (slots[x] !== 0) x = (x + 1) & mask;
      slots[x] = i + 1;
    }
    this.slots = slots;
    return slots;
  }

  private newSlots(): Int32Array<ArrayBuffer> {
    let cap = 64;
    while (cap < this.n * 2 + 2) cap *= 2;
    return this.buildSlots(cap);
  }

  private probe(h: number, buf: Uint8Array, s: number, e: number): number {
    const slots = this.slots ?? this.newSlots();
    const mask = slots.length - 1;
    for (let x = h & mask; ; x = (x + 1) & mask) {
      const k = slots[x]!;
      if (k === 0) return -1;
      if (this.keyEquals(k - 1, buf, s, e)) return k - 1;
    }
  }

  /**
   * Index of the key whose UTF-8 bytes are buf[s..e), -1 when absent (an `addBytes` right after
   * it adds the key without hashing again), -2 when a byte is not ASCII (use the string methods:
   * the bytes may not be valid UTF-8).
   */
  findBytes(buf: Uint8Array, s: number, e: number): number {
    const h = FunctionTable.hash(buf, s, e);
    if (h === -1) return -2;
    this.missHash = h;
    return this.probe(h, buf, s, e);
  }

  /** Add the key buf[s..e) that `findBytes` just did not find. Returns its index. */
  addBytes(buf: Uint8Array, s: number, e: number, line: number, endLine: number | undefined, hits: number): number {
    return this.append(buf, s, e, this.missHash, line, endLine, hits);
  }

  private append(buf: Uint8Array, s: number, e: number, h: number, line: number, endLine: number | undefined, hits: number): number {
    const i = this.n++;
    const len = e - s;
    if (!this.hot) this.thaw(len);
    let rec = this.rec;
    if (3 * i + 3 > rec.length) {
      const next = takeU32(Math.max(48, rec.length * 2));
      next.set(rec.subarray(0, 3 * i));
      giveU32(rec);
      this.rec = rec = next;
    }
    const room = Math.floor(rec.length / 3);
    if (this.end && this.end.length < room) this.end = growU32(this.end, room);
    const hs = this.hashes;
    if (hs && hs.length < room) {
      const next = takeU32(room);
      next.set(hs.subarray(0, i));
      giveU32(hs);
      this.hashes = next;
    }
    let kb = this.keyBytes;
    let at = this.keyLen;
    if (at + len > kb.length) {
      const next = takeU8(Math.max(4096, (at + len) * 2));
      next.set(kb.subarray(0, at));
      giveU8(kb);
      this.keyBytes = kb = next;
    }
    if (len < 48) {
      for (let j = s; j < e; j++) kb[at++] = buf[j]!;
    } else {
      kb.set(buf.subarray(s, e), at);
      at += len;
    }
    this.keyLen = at;
    rec[3 * i] = at;
    rec[3 * i + 1] = line > 0 ? line : 0;
    rec[3 * i + 2] = clampHits(hits);
    if (endLine !== undefined) this.setEnd(i, endLine);
    else if (this.end) this.end[i] = 0;
    let slots = this.slots;
    if (slots) {
      this.hashes![i] = h;
      if (this.n * 2 > slots.length) slots = this.buildSlots(slots.length * 2);
      else {
        const mask = slots.length - 1;
        let x = h & mask;
        while (slots[x] !== 0) x = (x + 1) & mask;
        slots[x] = i + 1;
      }
    }
    return i;
  }

  /** Move keys and records into pool scratch arrays with room to grow (compact() moves them out). */
  private thaw(len: number): void {
    const rec = takeU32(Math.max(48, this.rec.length * 2));
    rec.set(this.rec.subarray(0, 3 * this.n));
    const kb = takeU8(Math.max(4096, (this.keyLen + len) * 2));
    kb.set(this.keyBytes.subarray(0, this.keyLen));
    this.rec = rec;
    this.keyBytes = kb;
    this.hot = true;
  }

  private setEnd(i: number, endLine: number): void {
    this.end ??= new Uint32Array(Math.floor(this.rec.length / 3));
    this.end[i] = endLine + 1;
  }

  /** A key as UTF-8 bytes, in a scratch buffer for ASCII keys: [bytes, length]. */
  private static encode(key: string): [Uint8Array, number] {
    const n = key.length;
    if (scratch.length < n) scratch = new Uint8Array(n * 2);
    for (let j = 0; j < n; j++) {
      const c = key.charCodeAt(j);
      if (c >= 0x80) {
        const b = Buffer.from(key, 'utf8');
        return [b, b.length];
      }
      scratch[j] = c;
    }
    return [scratch, n];
  }

  /** Index of a key, or -1. */
  indexOf(key: string): number {
    const [b, n] = FunctionTable.encode(key);
    return this.probe(FunctionTable.hashAny(b, 0, n), b, 0, n);
  }

  /** Free the key index (lookups rebuild it). */
  releaseIndex(): void {
    if (this.slots) giveI32(this.slots);
    if (this.hashes) giveU32(this.hashes);
    this.slots = undefined;
    this.hashes = undefined;
  }

  has(key: string): boolean {
    return this.indexOf(key) !== -1;
  }

  private at(i: number, key: string): FunctionCoverage {
    const e = this.end ? this.end[i]! : 0;
    const name = this.names?.get(i) ?? key;
    const line = this.rec[3 * i + 1]!;
    const hits = this.rec[3 * i + 2]!;
    return e === 0 ? { name, line, hits } : { name, line, endLine: e - 1, hits };
  }

  get(key: string): FunctionCoverage | undefined {
    const i = this.indexOf(key);
    return i === -1 ? undefined : this.at(i, key);
  }

  /** Add a function, or add hits to the one with this key (its name and location stay). Returns its index. */
  add(key: string, f: FunctionCoverage): number {
    const i = this.indexOf(key);
    if (i !== -1) {
      this.addHits(i, f.hits);
      return i;
    }
    return this.addNew(key, f);
  }

  /** Add a function whose key the table does not have (the caller looked it up). Returns its index. */
  addNew(key: string, f: FunctionCoverage): number {
    const [b, n] = FunctionTable.encode(key);
    if (b !== scratch) this.ascii = false;
    if (!this.slots) this.newSlots();
    const i = this.append(b, 0, n, FunctionTable.hashAny(b, 0, n), f.line, f.endLine, f.hits);
    if (f.name !== key) (this.names ??= new Map()).set(i, f.name);
    return i;
  }

  /** Add hits to function i (what `add` does for a key it finds). */
  addHits(i: number, hits: number): void {
    const sum = this.rec[3 * i + 2]! + clampHits(hits);
    this.rec[3 * i + 2] = sum > MAX_HITS ? MAX_HITS : sum;
  }

  /** Whether key i is exactly the bytes buf[s..e) (false when i is out of range). Allocates nothing. */
  keyEquals(i: number, buf: Uint8Array, s: number, e: number): boolean {
    if (i >= this.n) return false;
    const rec = this.rec;
    let a = i === 0 ? 0 : rec[3 * i - 3]!;
    if (rec[3 * i]! - a !== e - s) return false;
    const kb = this.keyBytes;
    for (let j = s; j < e; j++, a++) if (buf[j] !== kb[a]) return false;
    return true;
  }

  /** Set the location of function i (lcov: the last FN line wins); `end` undefined keeps the end line. */
  locate(i: number, line: number, end: number | undefined): void {
    this.rec[3 * i + 1] = line;
    if (end !== undefined) this.setEnd(i, end);
  }

  clear(): void {
    if (this.hot) {
      giveU8(this.keyBytes);
      giveU32(this.rec);
      this.hot = false;
    }
    this.keyBytes = EMPTY_U8;
    this.keyLen = 0;
    this.ascii = true;
    this.rec = EMPTY_U32;
    this.n = 0;
    this.end = undefined;
    this.names = undefined;
    this.releaseIndex();
  }

  *entries(): IterableIterator<[string, FunctionCoverage]> {
    const v = this.view();
    for (let i = 0; i < this.n; i++) {
      const k = this.keyAt(i, v);
      yield [k, this.at(i, k)];
    }
  }

  *keys(): IterableIterator<string> {
    const v = this.view();
    for (let i = 0; i < this.n; i++) yield this.keyAt(i, v);
  }

  *values(): IterableIterator<FunctionCoverage> {
    for (const [, f] of this.entries()) yield f;
  }

  [Symbol.iterator](): IterableIterator<[string, FunctionCoverage]> {
    return this.entries();
  }

  /** Functions with hits > 0. */
  covered(): number {
    let c = 0;
    for (let i = 0; i < this.n; i++) if (this.rec[3 * i + 2]! > 0) c++;
    return c;
  }

  byteSize(): number {
    return this.keyBytes.byteLength + this.rec.byteLength + (this.end?.byteLength ?? 0) + (this.slots?.byteLength ?? 0) + (this.hashes?.byteLength ?? 0);
  }

  /** Whether exportState() can hold the table: no display names that differ from keys (istanbul's). */
  get exportable(): boolean {
    return this.names === undefined;
  }

  /** The table as numbers and arrays, for FileCoverage.freeze() (after compact()); the table is left empty. */
  exportState(): TableState {
    const state: TableState = { nums: [this.keyLen, this.ascii ? 1 : 0, this.n], arrays: [this.keyBytes, this.rec, this.end] };
    this.keyBytes = EMPTY_U8;
    this.rec = EMPTY_U32;
    this.end = undefined;
    this.keyLen = this.n = 0;
    this.ascii = true;
    return state;
  }

  importState(s: TableState): void {
    this.keyLen = s.nums[0]!;
    this.ascii = s.nums[1] === 1;
    this.n = s.nums[2]!;
    this.keyBytes = s.arrays[0] as Uint8Array<ArrayBuffer>;
    this.rec = s.arrays[1] as Uint32Array<ArrayBuffer>;
    this.end = s.arrays[2] as Uint32Array<ArrayBuffer> | undefined;
  }

  /** Drop growth slack and the index: the arrays are copied out at their exact size. */
  compact(): void {
    this.releaseIndex();
    if (this.hot) {
      const kb = this.keyBytes;
      const rec = this.rec;
      this.keyBytes = kb.slice(0, this.keyLen);
      this.rec = rec.slice(0, 3 * this.n);
      giveU8(kb);
      giveU32(rec);
      this.hot = false;
    }
    if (this.end && this.end.length > this.n) this.end = this.end.slice(0, this.n);
  }
}

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

function take<T extends Uint8Array<ArrayBuffer> | Uint32Array<ArrayBuffer> | Int32Array<ArrayBuffer>>(pool: T[], min: number, make: (n: number) => T): T {
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

function give<T extends Uint8Array<ArrayBuffer> | Uint32Array<ArrayBuffer> | Int32Array<ArrayBuffer>>(pool: T[], a: T): void {
  if (a.length > 0 && a.byteLength <= POOL_MAX_BYTES && pool.length < 4) pool.push(a);
}

const takeU8 = (min: number) => take(poolU8, min, (n) => new Uint8Array(n));
const takeU32 = (min: number) => take(poolU32, min, (n) => new Uint32Array(n));
const takeI32 = (min: number) => take(poolI32, min, (n) => new Int32Array(n));
const giveU8 = (a: Uint8Array<ArrayBuffer>) => give(poolU8, a);
const giveU32 = (a: Uint32Array<ArrayBuffer>) => give(poolU32, a);
const giveI32 = (a: Int32Array<ArrayBuffer>) => give(poolI32, a);

const EMPTY_U8 = new Uint8Array(0);
/** FunctionTable.encode's buffer for ASCII keys (used before the next call only). */
let scratch = new Uint8Array(256);

/** A table's content as numbers and typed arrays (undefined: an array the table does not have). */
export interface TableState {
  nums: number[];
  arrays: (Uint8Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Uint32Array<ArrayBuffer> | Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer> | undefined)[];
}

const ARRAY_KINDS = [Uint8Array, Uint16Array, Uint32Array, Int32Array, Float64Array] as const;

/** Zero-length arrays of each kind, shared by thawed empty tables (never written: growing replaces them). */
const EMPTIES = ARRAY_KINDS.map((K) => new K(0));

/** packStates' buffer (reused: one freeze at a time). */
let packBuf = new Uint8Array(1 << 16);

/**
 * Tables' states as one block: a Float64 header (its length, then per table the numbers, the
 * array count, and per array its kind and length, -1 for none), then the arrays' bytes.
 * Returns the block's length in `packBuf` (valid until the next call).
 */
function packStates(states: TableState[]): number {
  const head: number[] = [];
  let bytes = 0;
  for (const st of states) {
    head.push(st.nums.length, ...st.nums, st.arrays.length);
    for (const a of st.arrays) {
      if (!a) head.push(-1, 0);
      else {
        head.push(
          ARRAY_KINDS.findIndex((K) => a instanceof K),
          a.length,
        );
        bytes += a.byteLength;
      }
    }
  }
  const headBytes = 8 * (head.length + 1);
  const len = headBytes + bytes;
  if (packBuf.length < len) packBuf = new Uint8Array(Math.max(len, packBuf.length * 2));
  const raw = packBuf;
  raw.set(new Uint8Array(Float64Array.from([head.length, ...head]).buffer));
  let off = headBytes;
  for (const st of states) {
    for (const a of st.arrays) {
      if (!a) continue;
      raw.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), off);
      off += a.byteLength;
    }
  }
  return len;
}

function unpackStates(raw: Buffer, count: number): TableState[] {
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const headLen = view.getFloat64(0, true);
  let p = 8;
  const num = (): number => {
    const v = view.getFloat64(p, true);
    p += 8;
    return v;
  };
  let off = 8 * (headLen + 1);
  const out: TableState[] = [];
  for (let t = 0; t < count; t++) {
    const nn = num();
    const nums: number[] = [];
    for (let k = 0; k < nn; k++) nums.push(num());
    const na = num();
    const arrays: TableState['arrays'] = [];
    for (let k = 0; k < na; k++) {
      const kind = num();
      const n = num();
      if (kind === -1) {
        arrays.push(undefined);
        continue;
      }
      if (n === 0) {
        arrays.push(EMPTIES[kind]!);
        continue;
      }
      const a = new ARRAY_KINDS[kind]!(n);
      new Uint8Array(a.buffer).set(raw.subarray(off, off + a.byteLength));
      off += a.byteLength;
      arrays.push(a);
    }
    out.push({ nums, arrays });
  }
  return out;
}

/**
 * A frozen file's place in its spill file and the counters summaries read without thawing it.
 * Kept after a thaw, so a refreeze that fits reuses the place. One small object per frozen file
 * (its tables are dropped): a 1 GB report can hold a hundred thousand files.
 */
class ColdBlock {
  ref: SpillRef = { off: 0, len: 0, cap: 0 };
  linesCovered = 0;
  lines = 0;
  branchesCovered = 0;
  branches = 0;
  functionsCovered = 0;
  functions = 0;
  constructor(readonly spill: SpillFile) {}
}

export class FileCoverage {
  private _lines: LineTable | undefined = new LineTable();
  private _branches: BranchTable | undefined = new BranchTable();
  private _functions: FunctionTable | undefined = new FunctionTable();
  /** Set while the file is frozen (its tables in the spill file, the fields above undefined), and kept after a thaw. */
  private cold: ColdBlock | undefined;

  /** line -> hits (executable lines only). */
  get lines(): LineTable {
    return this._lines ?? this.thaw()._lines!;
  }
  /** line -> hit count of each branch on that line, in the order the report lists them. */
  get branches(): BranchTable {
    return this._branches ?? this.thaw()._branches!;
  }
  /** key (name, or name@line where names repeat) -> function (Map-like, compact). */
  get functions(): FunctionTable {
    return this._functions ?? this.thaw()._functions!;
  }
  private _statements: Map<string, Statement> | undefined;
  private _instructions: Map<number, Counter> | undefined;

  /** key (format-specific, stable: e.g. "12.5,14.2" for Go, the statement id for istanbul) -> statement. Created on first use. */
  get statements(): Map<string, Statement> {
    return (this._statements ??= new Map());
  }
  /** line -> instructions (JaCoCo). Created on first use. */
  get instructions(): Map<number, Counter> {
    return (this._instructions ??= new Map());
  }

  /**
   * Counts known only as totals, without per-line data (istanbul coverage-summary.json).
   * When set, `summarizeFile` reports these counters (0/0 for a metric not given) instead of
   * counting the tables above.
   */
  summaryOnly?: Partial<Record<MetricName, Counter>>;

  constructor(public path: string) {}

  addBranches(line: number, hits: readonly number[]): void {
    this.branches.add(line, hits);
  }

  /** Branches known only as counts (Cobertura's "condition-coverage", JaCoCo's mb/cb). */
  addBranchCounts(line: number, covered: number, total: number): void {
    this.branches.addCounts(line, covered, total);
  }

  addStatement(key: string, s: Statement, mode: 'sum' | 'max' = 'sum'): void {
    const prev = this.statements.get(key);
    if (!prev) {
      this.statements.set(key, { ...s, hits: clampHits(s.hits) });
    } else if (mode === 'max') {
      prev.hits = Math.max(prev.hits, clampHits(s.hits));
    } else {
      prev.hits = Math.min(prev.hits + clampHits(s.hits), MAX_HITS);
    }
  }

  addFunction(key: string, f: FunctionCoverage): void {
    this.functions.add(key, f);
  }

  /** Drop growth slack and parse-time indexes once the file is read (it can still be added to). */
  compact(): void {
    if (this.frozen) return;
    this._lines!.compact();
    this._branches!.compact();
    this._functions!.compact();
  }

  /** Bytes the tables hold (0 while frozen: they are in the spill file), for a parser's memory budget. */
  byteSize(): number {
    if (this.frozen) return 0;
    return this._lines!.byteSize() + this._branches!.byteSize() + this._functions!.byteSize();
  }

  get frozen(): boolean {
    return this._lines === undefined;
  }

  /**
   * Move the tables to `spill` until they are next read: any access to lines, branches or
   * functions reads them back, exactly as they were. For a parser over its memory budget. The
   * counters summarizeFile needs are kept, so summaries do not thaw. Only files with lines,
   * branches and functions alone (lcov's) are frozen; returns whether this one was.
   */
  freeze(spill: SpillFile): boolean {
    if (this.frozen || this._statements?.size || this._instructions?.size || this.summaryOnly || !this._functions!.exportable) return false;
    this.compact();
    const lines = this._lines!;
    const branches = this._branches!;
    const fns = this._functions!;
    const prev = this.cold?.spill === spill ? this.cold.ref : undefined;
    const c = (this.cold = prev ? this.cold! : new ColdBlock(spill));
    const l = lines.counter();
    const b = branches.counter();
    c.linesCovered = l.covered;
    c.lines = l.total;
    c.branchesCovered = b.covered;
    c.branches = b.total;
    c.functionsCovered = fns.covered();
    c.functions = fns.size;
    const states = [lines.exportState(), branches.exportState(), fns.exportState()];
    try {
      c.ref = spill.put(packBuf, packStates(states), prev);
    } catch (e) {
      // A full disk, say: the tables stay in memory as they were.
      lines.importState(states[0]!);
      branches.importState(states[1]!);
      fns.importState(states[2]!);
      if (!prev) this.cold = undefined;
      throw e;
    }
    this._lines = this._branches = this._functions = undefined;
    return true;
  }

  private thaw(): this {
    const c = this.cold!;
    const [l, b, f] = unpackStates(c.spill.get(c.ref), 3);
    (this._lines = new LineTable()).importState(l!);
    (this._branches = new BranchTable()).importState(b!);
    (this._functions = new FunctionTable()).importState(f!);
    return this;
  }

  /** The spill file of a frozen file (undefined when the file is in memory). */
  get frozenIn(): SpillFile | undefined {
    return this.frozen ? this.cold!.spill : undefined;
  }

  /** Lines with data (executable lines), without thawing a frozen file. */
  get lineCount(): number {
    return this.frozen ? this.cold!.lines : this._lines!.size;
  }

  /** A frozen file's line, branch and function counters, without thawing it; undefined when it is not frozen. */
  frozenCounters(): { lines: Counter; branches: Counter; functions: Counter } | undefined {
    if (!this.frozen) return undefined;
    const c = this.cold!;
    return {
      lines: { covered: c.linesCovered, total: c.lines },
      branches: { covered: c.branchesCovered, total: c.branches },
      functions: { covered: c.functionsCovered, total: c.functions },
    };
  }

  addInstructions(line: number, covered: number, total: number): void {
    const prev = this.instructions.get(line);
    if (!prev) this.instructions.set(line, { covered, total });
    else {
      prev.covered = Math.max(prev.covered, covered);
      prev.total = Math.max(prev.total, total);
    }
  }
}

export interface CoverageReport {
  /** The format read; 'mixed' after merging reports of several formats. */
  format: Format | 'mixed';
  producer: Producer;
  /** Metrics this report carries. A metric not here is `null` in every summary. */
  metrics: Set<MetricName>;
  /** Keyed by path: raw as the report wrote it until paths are resolved, then repository-relative. */
  files: Map<string, FileCoverage>;
  /** `<sources>` roots (Cobertura) and other base directories the report names. */
  sourceRoots: string[];
  /** Tolerant readings the parser made (negative counts, duplicate records...), for the summary. */
  warnings: string[];
}

export function emptyReport(format: Format | 'mixed', producer: Producer = { name: 'unknown' }): CoverageReport {
  return { format, producer, metrics: new Set(['lines']), files: new Map(), sourceRoots: [], warnings: [] };
}

/**
 * Release what parsing needed and reading does not (lookup indexes, branch ids) in every file
 * of a report; parsers call this when done. It allocates nothing: trimming growth slack
 * (`FileCoverage.compact`) is done per file as a parser leaves it, so that the old arrays are
 * collected during the parse instead of all at once at the end, when memory peaks.
 */
export function releaseParseState(r: CoverageReport): void {
  for (const f of r.files.values()) {
    if (f.frozen) continue; // frozen after compact(): no index; branch ids stay in the blob
    f.functions.releaseIndex();
    f.branches.releaseIds();
  }
}

/** Get or create the entry for a path. */
export function fileOf(report: CoverageReport, path: string): FileCoverage {
  let f = report.files.get(path);
  if (!f) {
    f = new FileCoverage(path);
    report.files.set(path, f);
  }
  return f;
}

// ---------------------------------------------------------------------------------
// Summaries

export interface FileSummary {
  path: string;
  lines: Counter;
  branches: Counter | null;
  statements: Counter | null;
  functions: Counter | null;
  instructions: Counter | null;
}

export type Totals = Record<MetricName, Counter | null>;

function branchCounter(f: FileCoverage): Counter {
  return f.branches.counter();
}

function statementCounter(f: FileCoverage): Counter {
  let covered = 0;
  let total = 0;
  for (const s of f.statements.values()) {
    total += s.n;
    if (s.hits > 0) covered += s.n;
  }
  return { covered, total };
}

function functionCounter(f: FileCoverage): Counter {
  return { covered: f.functions.covered(), total: f.functions.size };
}

function instructionCounter(f: FileCoverage): Counter {
  let covered = 0;
  let total = 0;
  for (const c of f.instructions.values()) {
    covered += c.covered;
    total += c.total;
  }
  return { covered, total };
}

export function summarizeFile(f: FileCoverage, metrics: Set<MetricName>): FileSummary {
  const only = f.summaryOnly;
  if (only) {
    const get = (m: MetricName): Counter | null => (metrics.has(m) ? { ...(only[m] ?? { covered: 0, total: 0 }) } : null);
    return {
      path: f.path,
      lines: { ...(only.lines ?? { covered: 0, total: 0 }) },
      branches: get('branches'),
      statements: get('statements'),
      functions: get('functions'),
      instructions: get('instructions'),
    };
  }
  const cold = f.frozenCounters();
  if (cold) {
    return {
      path: f.path,
      lines: cold.lines,
      branches: metrics.has('branches') ? cold.branches : null,
      statements: metrics.has('statements') ? statementCounter(f) : null,
      functions: metrics.has('functions') ? cold.functions : null,
      instructions: metrics.has('instructions') ? instructionCounter(f) : null,
    };
  }
  return {
    path: f.path,
    lines: f.lines.counter(),
    branches: metrics.has('branches') ? branchCounter(f) : null,
    statements: metrics.has('statements') ? statementCounter(f) : null,
    functions: metrics.has('functions') ? functionCounter(f) : null,
    instructions: metrics.has('instructions') ? instructionCounter(f) : null,
  };
}

export function addCounters(a: Counter, b: Counter): Counter {
  return { covered: a.covered + b.covered, total: a.total + b.total };
}

export function totalsOf(summaries: Iterable<FileSummary>, metrics: Set<MetricName>): Totals {
  const t: Totals = {
    lines: { covered: 0, total: 0 },
    branches: metrics.has('branches') ? { covered: 0, total: 0 } : null,
    statements: metrics.has('statements') ? { covered: 0, total: 0 } : null,
    functions: metrics.has('functions') ? { covered: 0, total: 0 } : null,
    instructions: metrics.has('instructions') ? { covered: 0, total: 0 } : null,
  };
  for (const s of summaries) {
    t.lines = addCounters(t.lines!, s.lines);
    for (const m of ['branches', 'statements', 'functions', 'instructions'] as const) {
      const c = s[m];
      if (t[m] && c) t[m] = addCounters(t[m]!, c);
    }
  }
  return t;
}

/** Unrounded percent, or null when there is nothing to cover. */
export function percent(c: Counter | null | undefined): number | null {
  if (!c || c.total === 0) return null;
  return (c.covered / c.total) * 100;
}

/**
 * Compare a counter's percent with a threshold without rounding either:
 * covered/total >= min/100  <=>  covered*100 >= min*total.
 */
export function meets(c: Counter, minPercent: number): boolean {
  if (c.total === 0) return true;
  return c.covered * 100 >= minPercent * c.total;
}
