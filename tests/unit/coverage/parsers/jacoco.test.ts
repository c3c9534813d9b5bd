import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJacoco } from '../../../../packages/coverage/src/parsers/jacoco.js';
import { summarizeFile, totalsOf } from '@quality/coverage';
import type { Counter, CoverageReport, Totals } from '@quality/coverage';

const DIR = join(process.cwd(), 'tests/fixtures/coverage/handmade-xml');

async function* chunked(buf: Buffer, size: number): AsyncIterable<Buffer> {
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}
const parse = (xml: string | Buffer, size = 1 << 16): Promise<CoverageReport> =>
  parseJacoco(chunked(Buffer.isBuffer(xml) ? xml : Buffer.from(xml), size), { name: 'jacoco.xml' });
const totals = (r: CoverageReport): Totals =>
  totalsOf(
    [...r.files.values()].map((f) => summarizeFile(f, r.metrics)),
    r.metrics,
  );

/** The report-level <counter> elements: direct children of <report>, i.e. the last ones in the file. */
function reportCounters(xml: string): Record<string, Counter> {
  const tail = xml.slice(xml.lastIndexOf('</group>') + 1 || xml.lastIndexOf('</package>'));
  const out: Record<string, Counter> = {};
  for (const m of tail.matchAll(/<counter type="(\w+)" missed="(\d+)" covered="(\d+)"\/>/g)) {
    out[m[1]!] = { covered: Number(m[3]), total: Number(m[2]) + Number(m[3]) };
  }
  return out;
}

describe('JaCoCo parser', () => {
  it('totals from <line>/<method> equal the report-level LINE, BRANCH, INSTRUCTION, METHOD counters', async () => {
    const xml = readFileSync(join(DIR, 'jacoco.xml'), 'utf8');
    const expected = reportCounters(xml);
    for (const size of [3, 100, 1 << 16]) {
      const t = totals(await parse(xml, size));
      expect(t.lines).toEqual(expected.LINE);
      expect(t.branches).toEqual(expected.BRANCH);
      expect(t.instructions).toEqual(expected.INSTRUCTION);
      expect(t.functions).toEqual(expected.METHOD);
    }
  });

  it('paths are package/sourcefile, raw; default package is the file name; methods keyed per class', async () => {
    const r = await parse(readFileSync(join(DIR, 'jacoco.xml')));
    expect([...r.files.keys()].sort()).toEqual(['B.java', 'com/x/A.java']);
    expect(r.producer.name).toBe('jacoco');
    const a = r.files.get('com/x/A.java')!;
    expect([...a.functions.keys()].sort()).toEqual(['com/x/A$1.<init>()V', 'com/x/A.<init>()V', 'com/x/A.run(I)V']);
    expect(a.lines.get(6)).toBe(0);
    expect(a.branches.get(5)).toEqual([1, 0]);
    expect(a.instructions.get(5)).toEqual({ covered: 4, total: 6 });
  });

  it('a line with ci=0 and mi=0 is not executable; bad counts are errors with a line', async () => {
    const r = await parse(
      '<report name="r"><package name="p"><sourcefile name="S.java"><line nr="1" mi="0" ci="0" mb="0" cb="0"/></sourcefile></package></report>',
    );
    expect(totals(r).lines).toEqual({ covered: 0, total: 0 });
    await expect(
      parse(
        '<report name="r">\n<package name="p">\n<sourcefile name="S.java"><line nr="1" mi="-1" ci="0"/></sourcefile></package></report>',
      ),
    ).rejects.toThrow(/jacoco\.xml:3: attribute mi="-1"/);
    await expect(parse('<coverage/>')).rejects.toThrow(/not a JaCoCo XML report/);
  });
});

describe('classes without debug information', () => {
  it('says how many instructions JaCoCo counts that no line holds, instead of leaving them out silently', async () => {
    const xml =
      '<report name="r"><package name="p">' +
      '<class name="p/A" sourcefilename="A.java"><method name="a" desc="()V" line="3"><counter type="METHOD" missed="0" covered="1"/></method>' +
      '<counter type="INSTRUCTION" missed="0" covered="4"/></class>' +
      '<class name="p/B"><method name="b" desc="()V"><counter type="INSTRUCTION" missed="9" covered="2"/><counter type="METHOD" missed="0" covered="1"/></method>' +
      '<counter type="INSTRUCTION" missed="9" covered="2"/></class>' +
      '<sourcefile name="A.java"><line nr="3" mi="0" ci="4" mb="0" cb="0"/></sourcefile></package></report>';
    const r = await parse(xml, 7);
    expect(totals(r).instructions).toEqual({ covered: 4, total: 4 });
    expect(r.warnings).toEqual([
      expect.stringMatching(
        /^1 class \(p\/B\) compiled without debug information .* JaCoCo counts their 11 instructions/,
      ),
    ]);
    // A report whose classes all carry debug information has no such warning.
    expect(
      (await parse(xml.replace('<class name="p/B">', '<class name="p/B" sourcefilename="A.java">'))).warnings,
    ).toEqual([]);
  });
});
