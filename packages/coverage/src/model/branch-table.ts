import { EMPTY_U32, growI32, growU32, lowerBound, type TableState } from './pools.js';
import { MAX_HITS, MAX_LINE, clampHits, type Counter } from './vocabulary.js';

/** Branch id of a branch added by position (no id given). */
const NO_ID = -0x80000000;

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
  /**
   * addById's index of one line's ids (id -> position) once that line has many branches, so
   * 200,000 ids on one line take linear time. Valid while `idxLine`'s range is [idxLo, idxHi);
   * every other mutation drops it.
   */
  private idx: Map<number, number> | undefined;
  private idxLine = -1;
  private idxLo = 0;
  private idxHi = 0;
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
    this.idx = undefined;
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
    this.idx = undefined;
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
    this.idx = undefined;
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
    this.idx = undefined;
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
    } else if (this.idx && this.idxLine === line && this.idxHi === n) {
      // the indexed line is still the last one, unchanged since: no backward scan for its start
      lo = this.idxLo;
      hi = n;
    } else {
      lo = this.range(line);
      hi = this.rangeEnd(lo, line);
    }
    const ids = this.bId;
    let idx: Map<number, number> | undefined;
    if (hi - lo > 32) {
      idx = this.idx;
      if (!idx || this.idxLine !== line || this.idxLo !== lo || this.idxHi !== hi) {
        idx = this.idx = new Map();
        for (let i = lo; i < hi; i++) if (!idx.has(ids[i]!)) idx.set(ids[i]!, i);
        this.idxLine = line;
        this.idxLo = lo;
      }
      const i = idx.get(id);
      if (i !== undefined) {
        const sum = this.bHits[i]! + hits;
        this.bHits[i] = sum > MAX_HITS ? MAX_HITS : sum;
        this.idxHi = hi;
        return;
      }
      idx.set(id, hi);
      this.idxHi = hi + 1;
    } else {
      for (let i = lo; i < hi; i++) {
        if (ids[i] === id) {
          const sum = this.bHits[i]! + hits;
          this.bHits[i] = sum > MAX_HITS ? MAX_HITS : sum;
          return;
        }
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
    if (total > 0xffff || line > MAX_LINE) {
      // Parsers refuse such lines first (MAX_LINE_BRANCHES): materialising them could take all memory.
      throw new RangeError(
        `${total} branches on line ${line}: at most 65535 count-only branches per line (lines 0..${MAX_LINE})`,
      );
    }
    if (this.has(line) && this.cIndex(line) === -1) {
      this.add(
        line,
        Array.from({ length: total }, (_, i) => (i < c ? 1 : 0)),
      );
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
    for (let i = 0; i < src.bN;) {
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
    this.idx = undefined;
    this.bId = undefined;
  }

  byteSize(): number {
    return (
      this.bLine.byteLength +
      this.bHits.byteLength +
      (this.bId?.byteLength ?? 0) +
      this.cLine.byteLength +
      this.cVal.byteLength
    );
  }

  /** The table as numbers and arrays, for FileCoverage.freeze() (after compact()); the table is left empty. */
  exportState(): TableState {
    this.idx = undefined;
    const state: TableState = {
      nums: [this.bN, this.bLines, this.cN],
      arrays: [this.bLine, this.bHits, this.bId, this.cLine, this.cVal],
    };
    this.bLine = this.bHits = this.cLine = this.cVal = EMPTY_U32;
    this.bId = undefined;
    this.bN = this.bLines = this.cN = 0;
    return state;
  }

  importState(s: TableState): void {
    this.idx = undefined;
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
    this.idx = undefined;
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
