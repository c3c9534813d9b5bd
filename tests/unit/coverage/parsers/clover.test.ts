import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseClover } from '../../../../packages/coverage/src/parsers/clover.js';
import { summarizeFile, totalsOf } from '@quality/coverage';
import type { Counter, CoverageReport, Totals } from '@quality/coverage';

const DIR = join(process.cwd(), 'tests/fixtures/coverage/handmade-xml');

async function* chunked(buf: Buffer, size: number): AsyncIterable<Buffer> {
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}
const parse = (xml: string | Buffer, size = 1 << 16): Promise<CoverageReport> =>
  parseClover(chunked(Buffer.isBuffer(xml) ? xml : Buffer.from(xml), size), { name: 'clover.xml' });
const totals = (r: CoverageReport): Totals =>
  totalsOf(
    [...r.files.values()].map((f) => summarizeFile(f, r.metrics)),
    r.metrics,
  );

/** Each <file>'s own <metrics> (not its classes'), as the tool wrote them. */
function fileMetrics(xml: string): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const m of xml.matchAll(/<file\s([^>]*)>([\s\S]*?)<\/file>/g)) {
    const attrs = m[1]!;
    const path = (/\spath="([^"]*)"/.exec(' ' + attrs) ?? /\sname="([^"]*)"/.exec(' ' + attrs))![1]!;
    const body = m[2]!.replace(/<class[\s\S]*?<\/class>/g, '');
    const metrics = /<metrics\s([^>]*)\/>/.exec(body)![1]!;
    const rec: Record<string, number> = {};
    for (const [, k, v] of metrics.matchAll(/(\w+)="(\d+)"/g)) rec[k!] = Number(v);
    out.set(path, rec);
  }
  return out;
}

const counter = (m: Record<string, number>, total: string, covered: string): Counter => ({
  covered: m[covered]!,
  total: m[total]!,
});

describe('Clover parser', () => {
  for (const [fixture, producer] of [
    ['clover-istanbul.xml', 'istanbul'],
    ['clover-openclover.xml', 'openclover'],
    ['clover-phpunit.xml', 'phpunit'],
  ] as const) {
    it(`${fixture}: per-file totals from <line> elements equal each file's <metrics>`, async () => {
      const xml = readFileSync(join(DIR, fixture), 'utf8');
      for (const size of [5, 1 << 16]) {
        const r = await parse(xml, size);
        expect(r.producer.name).toBe(producer);
        expect(r.warnings).toEqual([]);
        const expected = fileMetrics(xml);
        expect([...r.files.keys()].sort()).toEqual([...expected.keys()].sort());
        for (const [path, m] of expected) {
          const s = summarizeFile(r.files.get(path)!, r.metrics);
          // istanbul writes its LINE counts as clover statements
          expect(producer === 'istanbul' ? s.lines : s.statements).toEqual(
            counter(m, 'statements', 'coveredstatements'),
          );
          if (producer === 'istanbul') expect(s.statements).toBeNull();
          expect(s.branches).toEqual(counter(m, 'conditionals', 'coveredconditionals'));
          // istanbul writes no method lines: its functions come from <metrics methods coveredmethods>
          expect(s.functions).toEqual(counter(m, 'methods', 'coveredmethods'));
        }
      }
    });
  }

  it('istanbul cond lines are lines; truecount/falsecount are covered/uncovered branch counts', async () => {
    const r = await parse(readFileSync(join(DIR, 'clover-istanbul.xml')));
    const f = r.files.get('/home/u/web/src/math.js')!;
    expect(f.branches.get(6)).toEqual([1, 1, 0]);
    expect(f.lines.get(6)).toBe(0);
    expect(totals(r).lines).toEqual({ covered: 5, total: 7 }); // <project><metrics statements="7" coveredstatements="5">
  });

  it('OpenClover cond lines: two branches, true/false taken; lines are stmt+cond lines, methods are not lines', async () => {
    const r = await parse(readFileSync(join(DIR, 'clover-openclover.xml')));
    const f = r.files.get('/home/u/proj/src/main/java/com/x/A.java')!;
    expect(f.branches.get(7)).toEqual([1, 0]);
    expect(f.lines.has(3)).toBe(false);
    expect(f.lines.size).toBe(6);
    expect(r.producer).toEqual({ name: 'openclover', version: '4.5.2' });
  });

  it('a disagreement with <metrics> becomes a warning', async () => {
    const xml = readFileSync(join(DIR, 'clover-phpunit.xml'), 'utf8').replace(
      '<line num="9" type="stmt" count="3"/>',
      '',
    );
    const r = await parse(xml);
    expect(r.warnings.join('\n')).toMatch(/statements=3.*statements=4/);
  });

  it('errors', async () => {
    await expect(parse('<coverage><packages/></coverage>')).rejects.toThrow(/Cobertura/);
    await expect(
      parse('<coverage><project><file path="a"><line num="1" type="bogus"/></file></project></coverage>'),
    ).rejects.toThrow(/type="bogus"/);
    await expect(parse('<coverage generated="1"/>')).rejects.toThrow(/no <project>/);
    await expect(
      parse('<coverage><project><file path="a">\n<line num="x" type="stmt"/></file></project></coverage>'),
    ).rejects.toThrow(/clover\.xml:2: <line> has num="x"/);
  });

  it('functions from <metrics methods> are bounded and consistent', async () => {
    const doc = (m: string) =>
      `<?xml version="1.0"?>\n<coverage clover="3.2.0"><project>\n<file path="/a.js">\n<metrics ${m}/>\n<line num="1" count="1" type="stmt"/>\n</file></project></coverage>\n`;
    await expect(parse(doc('methods="1" coveredmethods="2"'), 1 << 16)).rejects.toThrow(
      /coveredmethods="2", more than methods="1"/,
    );
    await expect(parse(doc('methods="100000000000" coveredmethods="0"'), 1 << 16)).rejects.toThrow(
      /methods="100000000000", more than the 100000 a file may have/,
    );
    const r = await parse(doc('methods="3" coveredmethods="2"'), 1 << 16);
    expect(summarizeFile(r.files.get('/a.js')!, r.metrics).functions).toEqual({ covered: 2, total: 3 });
  });
});
