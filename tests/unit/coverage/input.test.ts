import { afterAll, describe, it, expect } from '@jest/globals';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { FileFormatError } from '@quality/kit/errors';
import { openReport, sniff, stripBom, fromBuffers, forEachLine } from '../../../packages/coverage/src/input.js';

const dir = mkdtempSync(join(tmpdir(), 'quality-input-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, data: Buffer | string): string => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
async function collect(it: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of it) parts.push(c);
  return Buffer.concat(parts);
}

describe('openReport / sniff', () => {
  const text = 'TN:\nSF:a.c\nDA:1,1\nend_of_record\n';

  it('streams a plain file and strips a UTF-8 BOM', async () => {
    const p = write('bom.info', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect((await collect(openReport(p))).toString()).toBe(text);
    expect(await sniff(p)).toEqual({ head: text, gz: false });
  });

  it('gunzips by magic bytes, whatever the name', async () => {
    const p = write('report.info', gzipSync(text)); // no .gz suffix
    expect((await collect(openReport(p))).toString()).toBe(text);
    expect(await sniff(p)).toEqual({ head: text, gz: true });
    const q = write('plain.gz', text); // .gz suffix, not gzip
    expect((await collect(openReport(q))).toString()).toBe(text);
  });

  it('streams a large gzip file in chunks and sniffs only its beginning', async () => {
    const big = randomBytes(3 << 20).toString('base64'); // 4 MiB of text
    const p = write('big.gz', gzipSync(big));
    let chunks = 0;
    let len = 0;
    for await (const c of openReport(p)) {
      chunks++;
      len += c.length;
    }
    expect(len).toBe(big.length);
    expect(chunks).toBeGreaterThan(1);
    const s = await sniff(p, 1000);
    expect(s).toEqual({ head: big.slice(0, 1000), gz: true });
  });

  it('does not cut a UTF-8 character in the sniffed head', async () => {
    const p = write('utf8.info', 'SF:é' + 'é'.repeat(10));
    const s = await sniff(p, 6); // "SF:" + 1.5 characters
    expect(s.head).toBe('SF:é');
  });

  it('turns a missing file, a directory and corrupt gzip into FileFormatError', async () => {
    mkdirSync(join(dir, 'adir'));
    const corrupt = write(
      'corrupt.gz',
      Buffer.concat([gzipSync(text).subarray(0, 10), Buffer.from('garbage garbage')]),
    );
    for (const p of [join(dir, 'nope.info'), join(dir, 'adir'), corrupt]) {
      const e = await collect(openReport(p)).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(FileFormatError);
      expect((e as Error).message).toContain(p);
    }
    await expect(sniff(join(dir, 'nope.info'))).rejects.toBeInstanceOf(FileFormatError);
  });
});

describe('stripBom / forEachLine', () => {
  it('removes a BOM split across chunks, and only at the start', async () => {
    const out = await collect(
      stripBom(fromBuffers(Buffer.from([0xef]), Buffer.from([0xbb]), Buffer.from([0xbf, 0x41, 0xef, 0xbb, 0xbf]))),
    );
    expect([...out]).toEqual([0x41, 0xef, 0xbb, 0xbf]);
    const short = await collect(stripBom(fromBuffers(Buffer.from([0xef, 0xbb]))));
    expect([...short]).toEqual([0xef, 0xbb]);
  });

  it('yields lines across chunk boundaries with CRLF removed and numbers them', async () => {
    const seen: [string, number][] = [];
    const n = await forEachLine(fromBuffers('a\r', '\nbb', 'b\n\nlast'), 'x', (b, s, e, no) =>
      seen.push([b.toString('utf8', s, e), no]),
    );
    expect(seen).toEqual([
      ['a', 1],
      ['bbb', 2],
      ['', 3],
      ['last', 4],
    ]);
    expect(n).toBe(4);
  });

  it('refuses a line longer than the cap', async () => {
    const e = await forEachLine(fromBuffers('ok\n', 'x'.repeat(50), 'y'.repeat(60)), 'f.out', () => {}, 100).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(FileFormatError);
    expect((e as FileFormatError).line).toBe(2);
  });
});
