import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { FileFormatError } from '@quality/kit/errors';
import { parseGo } from '../../../../packages/coverage/src/parsers/go.js';
import { fromBuffers } from '../../../../packages/coverage/src/input.js';
import { summarizeFile, totalsOf } from '@quality/coverage';
import type { CoverageReport } from '@quality/coverage';

const dir = 'tests/fixtures/coverage/handmade/go';
const parse = (text: string | Buffer, name = 'cover.out') => parseGo(fromBuffers(text), { name });
const totals = (r: CoverageReport) =>
  totalsOf(
    [...r.files.values()].map((f) => summarizeFile(f, r.metrics)),
    r.metrics,
  );

describe('go coverprofile parser', () => {
  it('sums duplicate blocks in count mode across concatenated profiles (repeated mode lines)', async () => {
    const r = await parse(readFileSync(`${dir}/count-concat.out`));
    const a = r.files.get('example.com/m/a.go')!;
    expect(a.statements.get('5.2,7.3')).toMatchObject({ n: 1, hits: 4 });
    // blocks: a 3.14,5.2 (2, hit) 5.2,7.3 (1, 0+4) 9.10,9.20 (1, 0); b 1.1,2.5 (3, 0) 4.1,4.9 (0 statements)
    expect(totals(r).statements).toEqual({ covered: 3, total: 7 });
    expect([...r.metrics].sort()).toEqual(['lines', 'statements']);
  });

  it('ORs duplicate blocks in set mode (-coverpkg profiles repeat every block)', async () => {
    const r = await parse(readFileSync(`${dir}/set-dup.out`));
    const x = r.files.get('example.com/m/pkg/x.go')!;
    expect(x.statements.get('10.20,12.3')!.hits).toBe(1);
    expect(totals(r).statements).toEqual({ covered: 3, total: 4 });
  });

  it('derives lines: every line of a block with statements, MAX over the blocks touching it', async () => {
    const r = await parse(readFileSync(`${dir}/set-dup.out`));
    const x = r.files.get('example.com/m/pkg/x.go')!;
    // 10-12 from the covered block, 12 also touched by the uncovered 12.3,14.4: max -> covered
    expect([...x.lines.entries()]).toEqual([
      [10, 1],
      [11, 1],
      [12, 1],
      [13, 0],
      [14, 0],
      [16, 1],
    ]);
    const c = await parse(readFileSync(`${dir}/count-concat.out`));
    // b.go's 0-statement block 4.1,4.9 makes no line executable
    expect(c.files.get('example.com/m/b.go')!.lines.has(4)).toBe(false);
  });

  it('keeps Windows paths whole (the last colon separates the position)', async () => {
    const r = await parse('mode: atomic\r\nC:\\src\\m\\a.go:1.1,2.2 1 5\r\n');
    expect([...r.files.keys()]).toEqual(['C:\\src\\m\\a.go']);
  });

  it('warns when a later mode line differs', async () => {
    const r = await parse('mode: set\nm/a.go:1.1,1.5 1 1\nmode: count\nm/a.go:1.1,1.5 1 3\n');
    expect(r.warnings.join()).toMatch(/later says mode count \(line 3\)/);
  });

  it('refuses what go tool cover refuses, naming the line', async () => {
    const cases: [string, number | undefined, RegExp][] = [
      ['', undefined, /is empty/],
      ['m/a.go:1.1,1.5 1 1\n', 1, /does not start with a "mode/],
      ['mode: fast\n', 1, /unknown coverage mode/],
      ['mode: set\nm/a.go:1.1,1.5 1\n', 2, /malformed block/],
      ['mode: set\nm/a.go:1.1,1.5 1 1\nm/a.go:1.1,1.5 2 1\n', 3, /inconsistent NumStmt/],
      ['mode: set\nm/a.go:5.1,3.5 1 1\n', 2, /invalid line range/],
    ];
    for (const [text, line, re] of cases) {
      const e = await parse(text, 'p.out').catch((x: unknown) => x);
      expect(e).toBeInstanceOf(FileFormatError);
      expect((e as FileFormatError).line).toBe(line);
      expect((e as Error).message).toMatch(re);
    }
  });
});
