import { EMPTY_U32, growI32, growU32, lowerBound, type TableState } from './pools.js';
import { MAX_HITS, MAX_LINE, clampHits, type Counter } from './vocabulary.js';

/** Branch id of a branch added by position (no id given). */
const NO_ID = -0x80000000;

/** Count-only branches of one line that can still be read as an array (`get`, `entries`). */
export const MAX_LISTED_BRANCHES = 0xffff;

/** A packed count-only value meaning "the counts are in the wide map" (a packed total is never 0). */
const WIDE = 0;

/**
 * Branches per line, read like a `Map<line, hits[]>` (lines in ascending order), stored
 * sparse: about 6% of source lines have branches, so nothing is kept per source line.
 *
 * - Identified branches (lcov BRDA, istanbul): one entry per branch in parallel typed arrays
 *   (line, hits, and while parsing an id), sorted by line, in the order the report lists a
 *   line's branches: 8 bytes a branch (12 with ids) instead of a Map entry and an array a line.
 * - Count-only lines (Cobertura's condition-coverage, JaCoCo's mb/cb, Clover): (line,
 *   covered<<16|total) pairs sorted by line; reading one synthesizes [1 × covered, 0 × rest].
 *   A total above MAX_LISTED_BRANCHES (up to 2^53-1) is "wide": its counts live in a small
 *   map and are never materialised; `get`/`entries` refuse such a line, read it with
 *   `counts`/`lineCounts` (every consumer in the package does).
 *
 * A line is in one of the two. Appends in ascending line order take a fast path; other
 * inserts shift (lines of one file arrive nearly sorted in every format we read).
 *
 * Mixing the two on one line reads the counts as [1 × covered, 0 × rest] merged by position,
 * so covered = c + (identified branches hit at positions >= c), total = max(t, n). A line
 * that is or becomes wide keeps only these two counts (its per-branch hits are dropped).
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
  /** line -> [covered, total] of the count-only lines whose packed value is WIDE. */
  private wide: Map<number, [number, number]> | undefined;

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

  /** A line's branch hits as a list; a RangeError for a wide count-only line (read it with `counts`). */
  get(line: number): number[] | undefined {
    const lo = this.range(line);
    if (lo < this.bN && this.bLine[lo] === line) return Array.from(this.bHits.subarray(lo, this.rangeEnd(lo, line)));
    const c = this.cIndex(line);
    return c === -1 ? undefined : this.unpackAt(c);
  }

  /** A line's covered and total branches, without listing them; undefined when it has none. */
  counts(line: number): Counter | undefined {
    const lo = this.range(line);
    if (lo < this.bN && this.bLine[lo] === line) return this.identifiedCounts(lo, this.rangeEnd(lo, line));
    const c = this.cIndex(line);
    if (c === -1) return undefined;
    const [covered, total] = this.countsAt(c);
    return { covered, total };
  }

  private identifiedCounts(lo: number, hi: number): Counter {
    let covered = 0;
    const h = this.bHits;
    for (let i = lo; i < hi; i++) if (h[i]! > 0) covered++;
    return { covered, total: hi - lo };
  }

  /** [covered, total] of the count-only entry at index c. */
  private countsAt(c: number): [number, number] {
    const v = this.cVal[c]!;
    return v === WIDE ? this.wide!.get(this.cLine[c]!)! : [v >>> 16, v & 0xffff];
  }

  /** Store counts at index c (for line), packed when they fit. */
  private putCounts(c: number, line: number, covered: number, total: number): void {
    if (total <= MAX_LISTED_BRANCHES) {
      this.wide?.delete(line);
      this.cVal[c] = ((covered << 16) | total) >>> 0;
    } else {
      this.cVal[c] = WIDE;
      (this.wide ??= new Map()).set(line, [covered, total]);
    }
  }

  private unpackAt(c: number): number[] {
    const v = this.cVal[c]!;
    if (v === WIDE) {
      const [covered, total] = this.wide!.get(this.cLine[c]!)!;
      throw new RangeError(
        `line ${this.cLine[c]} has ${total} count-only branches (${covered} covered), too many to list: read it with counts()`,
      );
    }
    return unpack(v);
  }

  /** Remove the count-only entry at index c. */
  private removeCounts(c: number): void {
    if (this.cVal[c] === WIDE) this.wide!.delete(this.cLine[c]!);
    this.cLine.copyWithin(c, c + 1, this.cN);
    this.cVal.copyWithin(c, c + 1, this.cN);
    this.cN--;
  }

  /** The wide count-only entry of `line`, or -1 (a line with no such entry, or one that can be listed). */
  private wideIndex(line: number): number {
    if (!this.wide || this.wide.size === 0) return -1;
    const c = this.cIndex(line);
    return c !== -1 && this.cVal[c] === WIDE ? c : -1;
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
    if (v === WIDE) throw new RangeError(`line ${line}: wide count-only branches cannot be listed`); // callers check first
    this.removeCounts(c);
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
    if (c !== -1) this.removeCounts(c);
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
    const w = this.wideIndex(line);
    if (w !== -1) {
      const [c, t] = this.countsAt(w);
      let covered = c;
      for (let i = c; i < hits.length; i++) if (hits[i]! > 0) covered++;
      this.putCounts(w, line, covered, Math.max(t, hits.length));
      return;
    }
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
    const w = this.wideIndex(line);
    if (w !== -1) {
      // no ids on a wide line: every branch added by id is a new one, after the counted ones
      const [c, t] = this.countsAt(w);
      this.putCounts(w, line, c + (hits > 0 ? 1 : 0), t + 1);
      return;
    }
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

  /**
   * Add count-only branches. A second reading of a count-only line keeps the larger covered
   * and the larger total (no identity to OR by); on an identified line the counts merge by
   * position (see the class comment). Totals up to 2^53-1, in constant time and memory.
   */
  addCounts(line: number, covered: number, total: number): void {
    if (!(total > 0)) return;
    if (!Number.isSafeInteger(total) || line > MAX_LINE) {
      // Parsers refuse such counts first (a FileFormatError naming the report's line).
      throw new RangeError(
        `${total} branches on line ${line}: at most 2^53-1 branches per line (lines 0..${MAX_LINE})`,
      );
    }
    const c = Math.max(0, Math.min(Math.floor(covered), total));
    const lo = this.range(line);
    const hi = lo < this.bN && this.bLine[lo] === line ? this.rangeEnd(lo, line) : lo;
    if (hi > lo) {
      if (total <= MAX_LISTED_BRANCHES) {
        this.add(
          line,
          Array.from({ length: total }, (_, i) => (i < c ? 1 : 0)),
        );
        return;
      }
      // too many to list: the line becomes count-only with the position-merged counts
      let cov = c;
      for (let i = lo + c; i < hi; i++) if (this.bHits[i]! > 0) cov++;
      const n = hi - lo;
      this.removeIdentified(line);
      this.insertCounts(line, cov, Math.max(total, n));
      return;
    }
    this.insertCounts(line, c, total);
  }

  /** Add a count-only reading for a line that has no identified branches (max of the readings). */
  private insertCounts(line: number, c: number, total: number): void {
    const n = this.cN;
    let at: number;
    if (n === 0 || this.cLine[n - 1]! < line) at = n;
    else {
      at = lowerBound(this.cLine, n, line);
      if (this.cLine[at] === line) {
        const [pc, pt] = this.countsAt(at);
        this.putCounts(at, line, Math.max(pc, c), Math.max(pt, total));
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
    this.cN = n + 1;
    this.putCounts(at, line, c, total);
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
    if (this.wide) {
      for (const [c, t] of this.wide.values()) {
        covered += c;
        total += t;
      }
    }
    return { covered, total };
  }

  /** [line, covered, total] per line in ascending order, without listing any branch. */
  *lineCounts(): IterableIterator<[line: number, covered: number, total: number]> {
    let i = 0;
    let c = 0;
    while (i < this.bN || c < this.cN) {
      const bl = i < this.bN ? this.bLine[i]! : Infinity;
      const cl = c < this.cN ? this.cLine[c]! : Infinity;
      if (cl < bl) {
        const [cov, total] = this.countsAt(c);
        yield [cl, cov, total];
        c++;
      } else {
        const hi = this.rangeEnd(i, bl);
        const k = this.identifiedCounts(i, hi);
        yield [bl, k.covered, k.total];
        i = hi;
      }
    }
  }

  *keys(): IterableIterator<number> {
    for (const [l] of this.entries()) yield l;
  }

  *values(): IterableIterator<number[]> {
    for (const [, h] of this.entries()) yield h;
  }

  /** Lines in ascending order; a RangeError at a wide count-only line (use `lineCounts`). */
  *entries(): IterableIterator<[number, number[]]> {
    let i = 0;
    let c = 0;
    while (i < this.bN || c < this.cN) {
      const bl = i < this.bN ? this.bLine[i]! : Infinity;
      const cl = c < this.cN ? this.cLine[c]! : Infinity;
      if (cl < bl) {
        yield [cl, this.unpackAt(c)];
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
      const [cov, total] = src.countsAt(c);
      this.addCounts(src.cLine[c]!, cov, total);
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
      this.cVal.byteLength +
      (this.wide ? this.wide.size * 64 : 0)
    );
  }

  /** The table as numbers and arrays, for FileCoverage.freeze() (after compact()); the table is left empty. */
  exportState(): TableState {
    this.idx = undefined;
    let wide: Float64Array<ArrayBuffer> | undefined;
    if (this.wide?.size) {
      wide = new Float64Array(this.wide.size * 3);
      let k = 0;
      for (const [line, [c, t]] of this.wide) {
        wide[k++] = line;
        wide[k++] = c;
        wide[k++] = t;
      }
    }
    const state: TableState = {
      nums: [this.bN, this.bLines, this.cN],
      arrays: [this.bLine, this.bHits, this.bId, this.cLine, this.cVal, wide],
    };
    this.bLine = this.bHits = this.cLine = this.cVal = EMPTY_U32;
    this.bId = undefined;
    this.wide = undefined;
    this.bN = this.bLines = this.cN = 0;
    return state;
  }

  importState(s: TableState): void {
    this.idx = undefined;
    [this.bN, this.bLines, this.cN] = s.nums as [number, number, number];
    const [bLine, bHits, bId, cLine, cVal, wide] = s.arrays;
    this.wide = undefined;
    if (wide) {
      this.wide = new Map();
      for (let k = 0; k < wide.length; k += 3) this.wide.set(wide[k]!, [wide[k + 1]!, wide[k + 2]!]);
    }
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
