/** kit's zlib decoder against node:zlib: the same bytes out, or an InflateError. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { constants, deflateSync, inflateSync } from 'node:zlib';
import { adler32, inflateZlib, InflateError } from '../../../packages/kit/src/inflate.js';

const sample = (n: number, seed: number): Buffer => {
  // Compressible but not trivial: a few letters, some noise.
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x % 7 === 0 ? x >>> 24 : 97 + (x % 5);
  }
  return b;
};

describe('inflateZlib', () => {
  it('decodes what zlib writes, at every level and strategy, and says where the stream ends', () => {
    const inputs = [
      Buffer.alloc(0),
      Buffer.from('a'),
      Buffer.from('tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\nparent 0\n'.repeat(40)),
      sample(3000, 1),
      sample(200_000, 2), // several blocks, stored blocks over 64 KiB at level 0
      Buffer.from('abc'.repeat(50_000)),
    ];
    const strategies = [
      constants.Z_DEFAULT_STRATEGY,
      constants.Z_FILTERED,
      constants.Z_HUFFMAN_ONLY,
      constants.Z_RLE,
      constants.Z_FIXED,
    ];
    for (const input of inputs) {
      for (const level of [0, 1, 6, 9]) {
        for (const strategy of strategies) {
          const z = deflateSync(input, { level, strategy });
          const withTail = Buffer.concat([Buffer.from('xx'), z, Buffer.from('trailing bytes')]);
          const out = inflateZlib(withTail, 2, input.length);
          expect(out.data.equals(input)).toBe(true);
          expect(out.end).toBe(2 + z.length);
        }
      }
    }
  });

  it('reports a cut stream as short, for every cut', () => {
    const z = deflateSync(sample(2000, 3));
    for (let cut = 0; cut < z.length; cut++) {
      let err: unknown;
      try {
        inflateZlib(z.subarray(0, cut), 0, 1 << 20);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(InflateError);
      expect((err as InflateError).short).toBe(true);
    }
  });

  it('stops at maxBytes, and refuses a wrong check or a stream that is not zlib', () => {
    const input = sample(5000, 4);
    const z = deflateSync(input);
    expect(() => inflateZlib(z, 0, 4999)).toThrow(/over 4999 bytes/);
    const badCheck = Buffer.from(z);
    badCheck[badCheck.length - 1]! ^= 1;
    expect(() => inflateZlib(badCheck, 0, 1 << 20)).toThrow(/Adler-32/);
    expect(() => inflateZlib(Buffer.from('not zlib at all'), 0, 100)).toThrow(InflateError);
    // A preset dictionary (FDICT) is not something git writes.
    const dict = deflateSync(input, { dictionary: Buffer.from('abcde') });
    expect(() => inflateZlib(dict, 0, 1 << 20)).toThrow(/not a zlib stream/);
  });

  it('accepts exactly the altered streams zlib accepts, with the same bytes, and throws only InflateError', () => {
    const input = sample(1500, 5);
    const streams = [
      deflateSync(input),
      deflateSync(input, { strategy: constants.Z_FIXED }),
      deflateSync(input, { level: 0 }),
    ];
    const both = (b: Buffer): [string | undefined, string | undefined] => {
      let theirs: string | undefined;
      try {
        theirs = inflateSync(b, { maxOutputLength: 1 << 16 }).toString('hex');
      } catch {
        theirs = undefined;
      }
      let ours: string | undefined;
      try {
        ours = inflateZlib(b, 0, 1 << 16).data.toString('hex');
      } catch (e) {
        expect(e).toBeInstanceOf(InflateError);
      }
      return [ours, theirs];
    };
    // An edit both take: another compression level in the header, its check bits made right again.
    const relabelled = Buffer.from(streams[0]!);
    relabelled[1] = 0xc0;
    relabelled[1] += 31 - ((relabelled[0]! * 256 + relabelled[1]) % 31);
    expect(both(relabelled)).toEqual([input.toString('hex'), input.toString('hex')]);
    fc.assert(
      fc.property(
        fc.constantFrom(...streams),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
        (orig, edits) => {
          const b = Buffer.from(orig);
          for (const [at, byte] of edits) b[at % b.length] = byte;
          const [ours, theirs] = both(b);
          expect(ours).toBe(theirs);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('computes Adler-32 as zlib does, across its modulo windows', () => {
    for (const n of [0, 1, 5551, 5552, 5553, 100_000]) {
      const b = Buffer.alloc(n, 0xff);
      const z = deflateSync(b);
      expect(adler32(b)).toBe(z.readUInt32BE(z.length - 4));
    }
  });
});
