import {
  EMPTY_U8,
  EMPTY_U32,
  growU32,
  giveI32,
  giveU8,
  giveU32,
  takeI32,
  takeU8,
  takeU32,
  type TableState,
} from './pools.js';
import { MAX_HITS, clampHits, type FunctionCoverage } from './vocabulary.js';

/** FunctionTable.encode's buffer for ASCII keys (used before the next call only). */
let scratch = new Uint8Array(256);

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

  private append(
    buf: Uint8Array,
    s: number,
    e: number,
    h: number,
    line: number,
    endLine: number | undefined,
    hits: number,
  ): number {
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
    return (
      this.keyBytes.byteLength +
      this.rec.byteLength +
      (this.end?.byteLength ?? 0) +
      (this.slots?.byteLength ?? 0) +
      (this.hashes?.byteLength ?? 0)
    );
  }

  /** Whether exportState() can hold the table: no display names that differ from keys (istanbul's). */
  get exportable(): boolean {
    return this.names === undefined;
  }

  /** The table as numbers and arrays, for FileCoverage.freeze() (after compact()); the table is left empty. */
  exportState(): TableState {
    const state: TableState = {
      nums: [this.keyLen, this.ascii ? 1 : 0, this.n],
      arrays: [this.keyBytes, this.rec, this.end],
    };
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
