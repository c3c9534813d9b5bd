/**
 * Spill packing: a file's table states as one block of bytes for the spill file, and back.
 */
import { ARRAY_KINDS, EMPTIES, type TableState } from './pools.js';

/** packStates' buffer (reused: one freeze at a time). */
let packBuf = new Uint8Array(1 << 16);

/**
 * Tables' states as one block: a Float64 header (its length, then per table the numbers, the
 * array count, and per array its kind and length, -1 for none), then the arrays' bytes.
 * Returns the block, a view of a reused buffer (valid until the next call).
 */
export function packStates(states: TableState[]): Uint8Array {
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
  return raw.subarray(0, len);
}

export function unpackStates(raw: Buffer, count: number): TableState[] {
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
