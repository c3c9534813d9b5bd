/**
 * Line hits of one file (LineTable), dense by line number.
 */
import { EMPTY_U16, type TableState } from './pools.js';
import { MAX_HITS, MAX_LINE, clampHits, type Counter } from './vocabulary.js';

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
