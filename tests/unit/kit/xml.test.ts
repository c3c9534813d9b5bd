import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { FileFormatError } from '@quality/kit/errors';
import { tokenize, MAX_TOKEN_BYTES } from '@quality/kit/xml';
import type { XmlHandler } from '@quality/kit/xml';

async function* chunked(buf: Buffer, sizes: number[]): AsyncIterable<Buffer> {
  let i = 0;
  let k = 0;
  while (i < buf.length) {
    const n = Math.max(1, sizes.length ? sizes[k++ % sizes.length]! : buf.length);
    yield buf.subarray(i, i + n);
    i += n;
  }
}

type Event =
  | ['open', string, Record<string, string>]
  | ['close', string]
  | ['text', string]
  | ['comment', string]
  | ['doctype', string];

async function events(xml: string | Buffer, sizes: number[] = [], capture = true): Promise<Event[]> {
  const out: Event[] = [];
  await tokenize(chunked(Buffer.isBuffer(xml) ? xml : Buffer.from(xml), sizes), 'test.xml', (tok) => {
    tok.captureText = capture;
    const h: XmlHandler = {
      open: (name, attrs) => out.push(['open', name, attrs.toObject()]),
      close: (name) => out.push(['close', name]),
      text: (t) => {
        const last = out[out.length - 1];
        if (last && last[0] === 'text') last[1] += t;
        else out.push(['text', t]);
      },
      comment: (t) => out.push(['comment', t]),
      doctype: (t) => out.push(['doctype', t]),
    };
    return h;
  });
  return out.filter((e) => e[0] !== 'text' || e[1].trim() !== '');
}

// ---- A generator of well-formed documents and the events they must produce.

interface Node {
  name: string;
  attrs: [string, string][];
  children: (Node | string)[];
}

const nameArb = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,8}$/);
const valueArb = fc.string({
  unit: fc.constantFrom('a', 'Z', '0', ' ', '&', '<', '>', '"', "'", 'é', '€', '😀', '\t', ';', '#'),
  maxLength: 12,
});
const textArb = fc.string({
  unit: fc.constantFrom('a', ' ', '&', '<', '>', 'é', '😀', '\n', ']'),
  minLength: 1,
  maxLength: 10,
});
const { node } = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.record({
    name: nameArb,
    attrs: fc.uniqueArray(fc.tuple(nameArb, valueArb), { maxLength: 4, selector: (a) => a[0] }),
    children: fc.array(fc.oneof({ maxDepth: 4 }, textArb, tie('node')), { maxLength: 4 }),
  }),
}));

function escapeAttr(v: string, q: string): string {
  return v
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\t/g, '&#9;')
    .replace(q === '"' ? /"/g : /'/g, q === '"' ? '&quot;' : '&#39;')
    .replace(/😀/g, '&#x1F600;');
}

function write(n: Node, style: number): string {
  const q = style % 2 ? '"' : "'";
  const ws = style % 3 ? ' ' : '\n\t ';
  let s = `<${n.name}`;
  for (const [k, v] of n.attrs) s += `${ws}${k}${style % 5 ? '=' : ' = '}${q}${escapeAttr(v, q)}${q}`;
  if (n.children.length === 0 && style % 7) return s + (style % 4 ? '/>' : ' />');
  s += '>';
  n.children.forEach((c, i) => {
    if (typeof c !== 'string') s += write(c, style + i + 1);
    else if (style % 4 === 0) s += `<![CDATA[${c.replace(/]]>/g, '')}]]>`;
    else s += c.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  });
  return s + `</${n.name}${style % 3 ? '' : ' '}>`;
}

function expected(n: Node, style: number, out: Event[] = []): Event[] {
  out.push(['open', n.name, Object.fromEntries(n.attrs)]);
  n.children.forEach((c, i) => {
    if (typeof c !== 'string') expected(c, style + i + 1, out);
    else {
      const t = style % 4 === 0 ? c.replace(/]]>/g, '') : c;
      const last = out[out.length - 1]!;
      if (last[0] === 'text') last[1] += t;
      else out.push(['text', t]);
    }
  });
  out.push(['close', n.name]);
  return out.filter((e) => e[0] !== 'text' || e[1].trim() !== '');
}

describe('XML tokenizer', () => {
  it('round-trips random well-formed documents at random chunk sizes', async () => {
    await fc.assert(
      fc.asyncProperty(
        node,
        fc.nat(100),
        fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 5 }),
        async (root, style, sizes) => {
          const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- c -->\n${write(root, style)}\n`;
          const got = await events(xml, sizes);
          expect(got).toEqual([['comment', ' c '], ...expected(root, style)]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never crashes or hangs on mutated or truncated input: it parses or throws FileFormatError', async () => {
    await fc.assert(
      fc.asyncProperty(
        node,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
        fc.nat(),
        fc.array(fc.integer({ min: 1, max: 17 }), { maxLength: 3 }),
        async (root, edits, cut, sizes) => {
          const b = Buffer.from(write(root, 3));
          for (const [at, byte] of edits) b[at % b.length] = byte;
          const input = b.subarray(0, cut % (b.length + 1));
          try {
            await events(input, sizes);
          } catch (e) {
            expect(e).toBeInstanceOf(FileFormatError);
            const line = (e as FileFormatError).line;
            if (input.length > 0) expect(line).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      { numRuns: 500 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        try {
          await events(Buffer.from(bytes), [7]);
        } catch (e) {
          expect(e).toBeInstanceOf(FileFormatError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('decodes the predefined entities and character references in attributes, normalizes whitespace', async () => {
    const got = await events(`<a v="&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#x1F600;" w="a\nb\tc"/>`);
    expect(got[0]).toEqual(['open', 'a', { v: `<>&"'AB😀`, w: 'a b c' }]);
    await expect(events('<a v="&nbsp;"/>')).rejects.toThrow(/undefined entity &nbsp;/);
    // A name of Object's members is no entity either (the table is looked up by its own keys).
    for (const name of ['constructor', 'toString', '__proto__'])
      await expect(events(`<a v="&${name};"/>`)).rejects.toThrow(`undefined entity &${name};`);
    await expect(events('<a v="&#0;"/>')).rejects.toThrow(/not a valid XML character reference/);
    await expect(events('<a v="a & b"/>')).rejects.toThrow(/&amp;/);
  });

  it('refuses a DOCTYPE declaring entities (billion laughs), accepts SYSTEM/PUBLIC ids without fetching', async () => {
    const lol = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
]>
<lolz a="&lol2;"/>`;
    await expect(events(lol)).rejects.toThrow(/test\.xml:2: the DOCTYPE declares entities/);
    await expect(events('<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><x>&xxe;</x>')).rejects.toThrow(
      /declares entities/,
    );
    expect(
      await events(`<!DOCTYPE coverage SYSTEM 'http://cobertura.sourceforge.net/xml/coverage-04.dtd'><coverage/>`),
    ).toEqual([
      ['doctype', "coverage SYSTEM 'http://cobertura.sourceforge.net/xml/coverage-04.dtd'"],
      ['open', 'coverage', {}],
      ['close', 'coverage'],
    ]);
    expect(
      (await events('<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report/>'))[0]![0],
    ).toBe('doctype');
  });

  it('malformed XML: clear errors with the line', async () => {
    const cases: [string, RegExp][] = [
      ['<a>\n<b>\n</a>', /test\.xml:3: end tag <\/a> does not match the open element <b>/],
      ['<a>\n<b x="1"', /test\.xml:2: .*truncated/],
      ['<a><b></b>', /ends inside <a>.*truncated/],
      ['<a/><b/>', /second root element/],
      ['<a/>junk', /text after the end of the root element/],
      ['junk<a/>', /not an XML file/],
      ['<a x=1/>', /not quoted/],
      ['<a x/>', /has no value/],
      ['<a x="<"/>', /'<' in the value/],
      ['<a x="1"y="2"/>', /unexpected character/],
      ['<a><1/></a>', /not followed by an element name/],
      ['</a>', /without a start tag/],
      ['', /empty/],
      ['   \n  ', /no XML element/],
      ['<a><!-- x', /truncated/],
      ['<a><![CDATA[ x', /truncated/],
      ['<?xml version="1.0" encoding="Shift_JIS"?><a/>', /encoding="Shift_JIS"/],
      ['<a/><?xml version="1.0"?>', /misplaced XML declaration/],
    ];
    for (const [xml, re] of cases) await expect(events(xml, [3]).then(() => xml)).rejects.toThrow(re);
  });

  it('NUL bytes, invalid UTF-8 and UTF-16 are refused with a line', async () => {
    await expect(events(Buffer.from('<a>\n\n<b/>\0</a>'))).rejects.toThrow(/test\.xml:3: the file contains a NUL byte/);
    await expect(
      events(Buffer.concat([Buffer.from('<a>\n<b x="'), Buffer.from([0xc3, 0x28]), Buffer.from('"/></a>')])),
    ).rejects.toThrow(/test\.xml:2: the file is not valid UTF-8/);
    await expect(events(Buffer.concat([Buffer.from('<a>'), Buffer.from([0xe2, 0x82])]), [1])).rejects.toThrow(
      FileFormatError,
    );
    await expect(events(Buffer.from('\ufeff<a/>', 'utf16le'))).rejects.toThrow(/UTF-16/);
  });

  it('multi-byte characters split across chunks; ISO-8859-1 declared files are read as latin1', async () => {
    const xml = '<a p="€😀é"><s>ü😀</s></a>';
    expect(await events(xml, [1])).toEqual(await events(xml));
    const latin = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a p="'),
      Buffer.from([0xe9]),
      Buffer.from('"/>'),
    ]);
    expect((await events(latin))[0]).toEqual(['open', 'a', { p: 'é' }]);
  });

  it('a 100 MB single line of elements streams; an endless tag is refused at 16 MB', async () => {
    const unit = Buffer.from('<line number="1" hits="2"/>'.repeat(40_000)); // ~1 MB, no newline
    let n = 0;
    async function* big(): AsyncIterable<Buffer> {
      yield Buffer.from('<lines>');
      for (let i = 0; i < 100; i++) yield unit;
      yield Buffer.from('</lines>');
    }
    await tokenize(big(), 'big.xml', () => ({ open: () => void n++, close: () => {} }));
    expect(n).toBe(1 + 100 * 40_000);

    async function* endless(): AsyncIterable<Buffer> {
      yield Buffer.from('<a x="');
      for (let i = 0; i < 100; i++) yield Buffer.alloc(1 << 20, 0x61);
    }
    await expect(tokenize(endless(), 'e.xml', () => ({ open: () => {}, close: () => {} }))).rejects.toThrow(
      new RegExp(`e\\.xml:1: .*longer than ${MAX_TOKEN_BYTES >> 20} MB`),
    );
  });

  it('numbers straight from the bytes', async () => {
    const seen: (number | undefined)[] = [];
    await tokenize(
      chunked(Buffer.from('<a n="42" big="123456789012345678" f="1.5" neg="-3" bad="x" e="" sp=" 7 "/>'), []),
      't',
      () => ({
        open: (_n, a) =>
          seen.push(
            a.num('n'),
            a.num('big'),
            a.num('f'),
            a.num('neg'),
            a.num('bad'),
            a.num('e'),
            a.num('sp'),
            a.num('missing'),
          ),
        close: () => {},
      }),
    );
    expect(seen).toEqual([42, 123456789012345678, 1.5, -3, NaN, NaN, 7, undefined]);
  });
});

describe('end-of-input errors', () => {
  it('name a line for a file of only whitespace (found by the fuzz test)', async () => {
    const { tokenize } = await import('@quality/kit/xml');
    const { fromBuffers } = await import('../../../packages/coverage/src/input.js');
    await expect(tokenize(fromBuffers(' \n\n'), 'ws.xml', () => ({ open() {}, close() {} }))).rejects.toMatchObject({
      line: 3,
      message: expect.stringContaining('ws.xml:3: no XML element found'),
    });
  });
});
