/**
 * The tokenizer's streaming contract: it keeps no reference to a chunk (callers reuse one read
 * buffer), captured text and CDATA of any size go through in pieces, a token carried across many
 * chunks is re-parsed a bounded number of times, and numbers and repeated values come from the bytes.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { MAX_TOKEN_BYTES, XmlTokenizer, type XmlAttributes, type XmlHandler } from '@quality/kit/xml';

type Event = string;

/** Every event as one string (text pieces merged), for comparing two ways of feeding the same bytes. */
function recorder(capture: boolean): { h: (t: XmlTokenizer) => XmlHandler; out: Event[] } {
  const out: Event[] = [];
  return {
    out,
    h: (tok) => {
      tok.captureText = capture;
      return {
        open: (name, attrs) => out.push(`open ${name} ${JSON.stringify(attrs.toObject())}`),
        close: (name) => out.push(`close ${name}`),
        text: (t) => {
          const last = out.length - 1;
          if (last >= 0 && out[last]!.startsWith('text ')) out[last] += t;
          else out.push(`text ${t}`);
        },
      };
    },
  };
}

function feed(bytes: Buffer, sizes: number[], capture: boolean, reuse: boolean): Event[] {
  const r = recorder(capture);
  const tok = new XmlTokenizer('t.xml');
  tok.handler = r.h(tok);
  const scratch = Buffer.alloc(64);
  let k = 0;
  for (let i = 0; i < bytes.length;) {
    const n = Math.max(1, Math.min(64, sizes.length ? sizes[k++ % sizes.length]! : 64));
    const part = bytes.subarray(i, i + n);
    if (reuse) {
      // One buffer for every chunk, overwritten with garbage once the tokenizer has returned.
      part.copy(scratch);
      tok.write(scratch.subarray(0, part.length));
      scratch.fill(0x3c);
    } else tok.write(part);
    i += n;
  }
  tok.end();
  return r.out;
}

const piece = fc.constantFrom(
  '<a x="1&amp;2" y=\'&#x1F600;\'>in &lt;a&gt;</a>',
  '<b v="é€😀 &lt;&gt;"/>',
  'text &amp; more é😀 ',
  '<![CDATA[raw <text> ]] é€ ]]]>',
  '\n  ',
  '<!-- c -->',
  '<c p="a>b" q=">>"/>',
);

describe('XML tokenizer, streaming', () => {
  it('keeps no reference to a chunk: a reused, overwritten read buffer gives the same events', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }),
        fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (parts, sizes, capture) => {
          const xml = Buffer.from(`<?xml version="1.0"?>\n<root>${parts.join('')}</root>\n`);
          const whole = feed(xml, [xml.length], capture, false);
          expect(feed(xml, sizes, capture, true)).toEqual(whole);
          expect(feed(xml, sizes, capture, false)).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a character split between two chunks in text nobody captures is valid UTF-8 (it was refused)', () => {
    const b = Buffer.from('<a>text é more</a>');
    const at = b.indexOf(0xc3) + 1;
    expect(feed(b, [at, 64], false, false)).toEqual(['open a {}', 'close a']);
  });

  it('captured text and CDATA longer than MAX_TOKEN_BYTES stream through in pieces; uncaptured ones are skipped', () => {
    // 2-byte characters, fed in chunks of an odd size: a character is split at every boundary.
    const body = Buffer.alloc(MAX_TOKEN_BYTES + (1 << 20), 'é');
    for (const [open, close] of [
      ['<![CDATA[', ']]>'],
      ['', ''],
    ] as const) {
      for (const capture of [true, false]) {
        let chars = 0;
        let pieces = 0;
        const tok = new XmlTokenizer('big.xml');
        tok.handler = {
          open: () => {},
          close: () => {},
          text: (t) => {
            chars += t.length;
            pieces++;
          },
        };
        tok.captureText = capture;
        tok.write(Buffer.from(`<system-out>${open}`));
        for (let n = 0; n < body.length; n += 999_999) tok.write(body.subarray(n, n + 999_999));
        tok.write(Buffer.from(`${close}</system-out>`));
        tok.end();
        if (capture) {
          expect(pieces).toBeGreaterThan(1);
          expect(chars).toBe(body.length / 2);
        } else expect(chars).toBe(0);
      }
    }
  });

  it('a tag carried over thousands of chunks with ">" in its values is re-parsed a bounded number of times (linear)', () => {
    const value = '>'.repeat(4 << 20);
    const xml = Buffer.from(`<a v="${value}" w="1"/>`);
    let seen: string | undefined;
    const tok = new XmlTokenizer('gt.xml');
    tok.handler = { open: (_n, a) => (seen = a.get('w')), close: () => {} };
    const t0 = performance.now();
    for (let i = 0; i < xml.length; i += 1024) tok.write(xml.subarray(i, i + 1024));
    tok.end();
    // Re-parsing the carried tag at every chunk would scan 4096 × 2 MB on average: minutes.
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(seen).toBe('1');
  });

  it('an endless tag is still refused at MAX_TOKEN_BYTES when its chunks contain ">"', () => {
    const tok = new XmlTokenizer('e.xml');
    tok.handler = { open: () => {}, close: () => {} };
    tok.write(Buffer.from('<a x="'));
    const chunk = Buffer.alloc(1 << 20, '>');
    expect(() => {
      for (let i = 0; i < 40; i++) tok.write(chunk);
    }).toThrow(/e\.xml:1: .*longer than 16 MB/);
  });
});

describe('XmlAttributes from the bytes', () => {
  function attrsOf(xml: string, read: (a: XmlAttributes) => void): void {
    const tok = new XmlTokenizer('a.xml');
    tok.handler = { open: (_n, a) => read(a), close: () => {} };
    tok.write(Buffer.from(xml));
    tok.end();
  }

  it('num() reads decimals from the bytes as exactly the number Number() gives', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,9}(\.[0-9]{1,9})?$/), (text) => {
        attrsOf(`<a t="${text}"/>`, (a) => expect(a.num('t')).toBe(Number(text)));
      }),
      { numRuns: 2000 },
    );
    attrsOf('<a a="0.1" b="1.5" c="9007199254740993" d="1." e=".5" f="1.2.3" g="1,5" h="123456789012345.6"/>', (a) => {
      expect([a.num('a'), a.num('b'), a.num('c'), a.num('d'), a.num('e'), a.num('f'), a.num('g'), a.num('h')]).toEqual([
        0.1,
        1.5,
        Number('9007199254740993'),
        1,
        0.5,
        NaN,
        NaN,
        123456789012345.6,
      ]);
    });
  });

  it('getReusing() returns the previous string when the value is the same text, else the decoded value', () => {
    const prev = 'src/a.test.ts';
    attrsOf(`<a f="src/a.test.ts" g="src/b.test.ts" h="src/a&#46;test.ts" i="é" j="src/a.test.tsx"/>`, (a) => {
      expect(a.getReusing('f', prev)).toBe(prev);
      expect(a.getReusing('g', prev)).toBe('src/b.test.ts');
      expect(a.getReusing('h', 'src/a&#46;test.ts')).toBe('src/a.test.ts');
      expect(a.getReusing('i', 'Ã©')).toBe('é'); // the UTF-8 bytes of é read as Latin-1 are not é
      expect(a.getReusing('j', prev)).toBe('src/a.test.tsx');
      expect(a.getReusing('missing', prev)).toBeUndefined();
      expect(a.getReusing('f', undefined)).toBe(prev);
    });
  });
});
