/**
 * A zlib stream (RFC 1950 around RFC 1951 deflate) decoded in plain code, for the small objects
 * git-objects.ts reads: loading node:zlib and making its first stream costs a Node program about
 * 3.5 ms, more than the whole walk it serves; fflate's Node build loads worker_threads on import.
 * Canonical Huffman codes are decoded bit by bit (as zlib's puff.c does): linear in the input, no
 * tables beyond the code counts, fine for the few kilobytes of a commit.
 *
 * The one rule: output is bounded (`maxBytes`), every malformed stream throws an InflateError,
 * and the Adler-32 check must match; running out of input is `short`, so a caller reading a window
 * of a larger file can read more and try again.
 */

export class InflateError extends Error {
  override readonly name = 'InflateError';
  constructor(
    message: string,
    /** The input ended before the stream did. */
    readonly short = false,
  ) {
    super(message);
  }
}

interface Huffman {
  /** How many codes of each length, 0..15. */
  count: Uint16Array;
  /** The symbols, ordered by code. */
  symbol: Uint16Array;
}

const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
  8193, 12289, 16385, 24577,
];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

let fixed: { lit: Huffman; dist: Huffman } | undefined;

/**
 * Decode the zlib stream starting at `start` of `input`. Returns the data and the offset just past
 * the stream (its Adler-32 included). Throws InflateError when malformed or over `maxBytes`.
 */
export function inflateZlib(input: Uint8Array, start: number, maxBytes: number): { data: Buffer; end: number } {
  const s = new Stream(input, start, maxBytes);
  const cmf = s.bits(8);
  const flg = s.bits(8);
  if ((cmf & 15) !== 8 || cmf >> 4 > 7 || (cmf * 256 + flg) % 31 !== 0 || flg & 0x20)
    throw new InflateError('not a zlib stream');
  let last;
  do {
    last = s.bits(1);
    const type = s.bits(2);
    if (type === 0) s.stored();
    else if (type === 1) {
      fixed ??= fixedCodes();
      s.codes(fixed.lit, fixed.dist);
    } else if (type === 2) {
      const { lit, dist } = s.dynamic();
      s.codes(lit, dist);
    } else throw new InflateError('invalid block type');
  } while (!last);
  s.align();
  const check = (s.byte() * 2 ** 24 + (s.byte() << 16) + (s.byte() << 8) + s.byte()) >>> 0;
  const data = s.output();
  if (check !== adler32(data)) throw new InflateError('Adler-32 check failed');
  return { data, end: s.pos };
}

class Stream {
  private bitBuf = 0;
  private bitCount = 0;
  private out: Buffer;
  private n = 0;

  constructor(
    private readonly input: Uint8Array,
    public pos: number,
    private readonly max: number,
  ) {
    this.out = Buffer.allocUnsafe(Math.min(max, 4096));
  }

  bits(need: number): number {
    let buf = this.bitBuf;
    while (this.bitCount < need) {
      if (this.pos >= this.input.length) throw new InflateError('unexpected end of stream', true);
      buf |= this.input[this.pos++]! << this.bitCount;
      this.bitCount += 8;
    }
    this.bitBuf = buf >>> need;
    this.bitCount -= need;
    return buf & ((1 << need) - 1);
  }

  align(): void {
    this.bitBuf = 0;
    this.bitCount = 0;
  }

  byte(): number {
    if (this.pos >= this.input.length) throw new InflateError('unexpected end of stream', true);
    return this.input[this.pos++]!;
  }

  output(): Buffer {
    return this.out.subarray(0, this.n);
  }

  private room(more: number): void {
    const want = this.n + more;
    if (want > this.max) throw new InflateError(`inflated data over ${this.max} bytes`);
    if (want <= this.out.length) return;
    const next = Buffer.allocUnsafe(Math.min(this.max, Math.max(want, this.out.length * 2)));
    this.out.copy(next, 0, 0, this.n);
    this.out = next;
  }

  stored(): void {
    this.align();
    const len = this.byte() | (this.byte() << 8);
    const nlen = this.byte() | (this.byte() << 8);
    if ((len ^ 0xffff) !== nlen) throw new InflateError('stored block length mismatch');
    if (this.pos + len > this.input.length) throw new InflateError('unexpected end of stream', true);
    this.room(len);
    this.out.set(this.input.subarray(this.pos, this.pos + len), this.n);
    this.n += len;
    this.pos += len;
  }

  decode(h: Huffman): number {
    // Bit by bit, in locals: this loop is most of the work, and runs cold (interpreted).
    let buf = this.bitBuf;
    let left = this.bitCount;
    let code = 0;
    let first = 0;
    let index = 0;
    const count = h.count;
    for (let len = 1; len < 16; len++) {
      if (left === 0) {
        if (this.pos >= this.input.length) throw new InflateError('unexpected end of stream', true);
        buf = this.input[this.pos++]!;
        left = 8;
      }
      code |= buf & 1;
      buf >>>= 1;
      left--;
      const c = count[len]!;
      if (code - c < first) {
        this.bitBuf = buf;
        this.bitCount = left;
        return h.symbol[index + (code - first)]!;
      }
      index += c;
      first = (first + c) << 1;
      code <<= 1;
    }
    throw new InflateError('invalid Huffman code');
  }

  codes(lit: Huffman, dist: Huffman): void {
    for (;;) {
      const sym = this.decode(lit);
      if (sym < 256) {
        this.room(1);
        this.out[this.n++] = sym;
      } else if (sym === 256) return;
      else {
        const li = sym - 257;
        if (li >= 29) throw new InflateError('invalid length code');
        const len = LENGTH_BASE[li]! + this.bits(LENGTH_EXTRA[li]!);
        const di = this.decode(dist);
        if (di >= 30) throw new InflateError('invalid distance code');
        const d = DIST_BASE[di]! + this.bits(DIST_EXTRA[di]!);
        if (d > this.n) throw new InflateError('distance before the start of the data');
        this.room(len);
        // Byte by byte: a copy may overlap what it writes (distance < length).
        for (let i = 0; i < len; i++, this.n++) this.out[this.n] = this.out[this.n - d]!;
      }
    }
  }

  dynamic(): { lit: Huffman; dist: Huffman } {
    const nlen = this.bits(5) + 257;
    const ndist = this.bits(5) + 1;
    const ncode = this.bits(4) + 4;
    if (nlen > 286 || ndist > 30) throw new InflateError('too many length or distance codes');
    const lengths = new Uint8Array(nlen + ndist);
    const cl = new Uint8Array(19);
    for (let i = 0; i < ncode; i++) cl[CODE_LENGTH_ORDER[i]!] = this.bits(3);
    const clCode = huffman(cl, 'code-lengths');
    for (let i = 0; i < nlen + ndist;) {
      const sym = this.decode(clCode);
      if (sym < 16) {
        lengths[i++] = sym;
        continue;
      }
      let value = 0;
      let repeat;
      if (sym === 16) {
        if (i === 0) throw new InflateError('repeat with no previous length');
        value = lengths[i - 1]!;
        repeat = 3 + this.bits(2);
      } else if (sym === 17) repeat = 3 + this.bits(3);
      else repeat = 11 + this.bits(7);
      if (i + repeat > nlen + ndist) throw new InflateError('too many code lengths');
      while (repeat--) lengths[i++] = value;
    }
    if (lengths[256] === 0) throw new InflateError('no end-of-block code');
    return { lit: huffman(lengths.subarray(0, nlen), 'symbols'), dist: huffman(lengths.subarray(nlen), 'symbols') };
  }
}

/**
 * Canonical code from code lengths, with zlib's rules: over-subscribed is malformed; incomplete is
 * malformed too, except a literal or distance code of a single one-bit code (or of none at all),
 * and the fixed codes RFC 1951 defines.
 */
function huffman(lengths: Uint8Array, kind: 'code-lengths' | 'symbols' | 'fixed'): Huffman {
  const count = new Uint16Array(16);
  for (let i = 0; i < lengths.length; i++) count[lengths[i]!]!++; // indexed: cold code, no iterator
  count[0] = 0;
  let max = 15;
  while (max > 0 && count[max] === 0) max--;
  let left = 1;
  for (let len = 1; len < 16; len++) {
    left = left * 2 - count[len]!;
    if (left < 0) throw new InflateError('over-subscribed Huffman code');
  }
  if (kind !== 'fixed' && max > 0 && left > 0 && (kind === 'code-lengths' || max !== 1))
    throw new InflateError('incomplete Huffman code');
  const offs = new Uint16Array(16);
  for (let len = 1; len < 15; len++) offs[len + 1] = offs[len]! + count[len]!;
  const symbol = new Uint16Array(lengths.length);
  for (let s = 0; s < lengths.length; s++) if (lengths[s]) symbol[offs[lengths[s]!]!++] = s;
  return { count, symbol };
}

function fixedCodes(): { lit: Huffman; dist: Huffman } {
  const l = new Uint8Array(288);
  l.fill(8, 0, 144);
  l.fill(9, 144, 256);
  l.fill(7, 256, 280);
  l.fill(8, 280, 288);
  // The fixed distance code is incomplete (30 of 32 five-bit codes), as RFC 1951 defines it.
  return { lit: huffman(l, 'fixed'), dist: huffman(new Uint8Array(30).fill(5), 'fixed') };
}

export function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length;) {
    // 5552 bytes keep b below 2^32 before the modulo (zlib's NMAX).
    const end = Math.min(i + 5552, data.length);
    for (; i < end; i++) {
      a += data[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return (b * 65536 + a) >>> 0;
}
