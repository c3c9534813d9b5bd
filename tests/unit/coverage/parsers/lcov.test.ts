import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { FileFormatError } from '@quality/kit/errors';
import { parseLcov, parseLcovBuffer, MAX_LCOV_LINE_BYTES } from '../../../../packages/coverage/src/parsers/lcov.js';
import { fromBuffers } from '../../../../packages/coverage/src/input.js';
import { summarizeFile, totalsOf, MAX_HITS, MAX_LINE } from '@quality/coverage';
import type { CoverageReport } from '@quality/coverage';

const dir = 'tests/fixtures/coverage/handmade/lcov';
const read = (name: string): Buffer => readFileSync(`${dir}/${name}`);
const totals = (r: CoverageReport) =>
  totalsOf(
    [...r.files.values()].map((f) => summarizeFile(f, r.metrics)),
    r.metrics,
  );

function formatError(fn: () => unknown): FileFormatError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FileFormatError);
    return e as FileFormatError;
  }
  throw new Error('expected a FileFormatError');
}

describe('lcov parser', () => {
  it('merges sections of the same SF the way `lcov --summary` (1.16) counts them', () => {
    // lcov 1.16 --summary --rc lcov_branch_coverage=1 on this file prints
    // lines 4 of 6, functions 3 of 3, branches 3 of 5.
    const r = parseLcovBuffer(read('two-tests.info'), 'two-tests.info');
    const t = totals(r);
    expect(t.lines).toEqual({ covered: 4, total: 6 });
    expect(t.functions).toEqual({ covered: 3, total: 3 });
    expect(t.branches).toEqual({ covered: 3, total: 5 });
    // the section without DA lines is dropped, as lcov does
    expect([...r.files.keys()]).toEqual(['src/a.c']);
    expect(r.warnings.join('\n')).toMatch(/without any DA line/);
    const a = r.files.get('src/a.c')!;
    expect(a.lines.get(3)).toBe(3);
    expect(a.functions.get('helper')).toMatchObject({ line: 10, hits: 3 }); // the last FN line wins (FN:12 then FN:10 in the second section)
    expect(a.functions.get('only_in_fnda')!.hits).toBe(1);
    // branch ids (1,0) (1,1) then (1,1) (2,0) (1,0): aligned by id, not by position
    expect(a.branches.get(6)).toEqual([0, 2, 5]);
  });

  it('gives the same result whatever the chunk boundaries', async () => {
    const buf = read('two-tests.info');
    const whole = parseLcovBuffer(buf, 'x');
    for (const size of [1, 2, 3, 7, 64]) {
      const parts: Buffer[] = [];
      for (let i = 0; i < buf.length; i += size) parts.push(buf.subarray(i, i + size));
      const r = await parseLcov(fromBuffers(...parts), { name: 'x' });
      expect(totals(r)).toEqual(totals(whole));
      expect(r.files.get('src/a.c')!.branches).toEqual(whole.files.get('src/a.c')!.branches);
    }
  });

  it('reads CRLF files', () => {
    // Built here: the repository's `* text=auto eol=lf` would turn a CRLF fixture into LF.
    const crlf =
      'TN:\r\nSF:src/b.c\r\nDA:1,1\r\nDA:2,0\r\nBRDA:2,0,0,-\r\nBRDA:2,0,1,3\r\nLF:2\r\nLH:1\r\nend_of_record\r\n';
    const r = parseLcovBuffer(crlf, 'crlf.info');
    expect([...r.files.keys()]).toEqual(['src/b.c']); // no '\r' in the path
    const t = totals(r);
    expect(t.lines).toEqual({ covered: 1, total: 2 }); // lcov 1.16: 1 of 2 lines
    expect(t.branches).toEqual({ covered: 1, total: 2 }); // lcov 1.16: 1 of 2 branches
    expect(t.functions).toBeNull();
  });

  it('keeps a truncated last record and saturates huge counts, with warnings', () => {
    const r = parseLcovBuffer(read('truncated.info'), 't.info');
    const f = r.files.get('src/c.c')!;
    expect([...f.lines.entries()]).toEqual([
      [1, 1],
      [2, 0],
      [3, MAX_HITS],
      [4, 0],
    ]);
    expect(r.warnings.join('\n')).toMatch(/no end_of_record/);
  });

  it('refuses a negative count, naming the file and line (never read as "not run")', () => {
    const text = 'TN:\nSF:src/c.c\nDA:1,1\nDA:2,-5\nend_of_record\n';
    expect(() => parseLcovBuffer(Buffer.from(text), 't.info')).toThrow(FileFormatError);
    expect(() => parseLcovBuffer(Buffer.from(text), 't.info')).toThrow(/t\.info:4: .*negative/);
    const brda = 'TN:\nSF:src/c.c\nDA:1,1\nBRDA:1,0,0,-3\nend_of_record\n';
    expect(() => parseLcovBuffer(Buffer.from(brda), 't.info')).toThrow(/t\.info:4: .*negative/);
    // "-" is lcov's own word for a branch never reached: not a count.
    const dash = parseLcovBuffer(Buffer.from('TN:\nSF:src/c.c\nDA:1,1\nBRDA:1,0,0,-\nend_of_record\n'), 't.info');
    expect(dash.files.get('src/c.c')!.branches.get(1)).toEqual([0]);
  });

  it('takes the first BRDA field as the line and the last as taken (coverage.py branch names)', () => {
    const r = parseLcovBuffer(read('coveragepy.info'), 'py.info');
    const f = r.files.get('pkg/mod.py')!;
    expect(f.branches.get(2)).toEqual([0, 1]);
    expect(f.branches.get(5)).toEqual([1, 0]);
    expect(totals(r).lines).toEqual({ covered: 3, total: 4 }); // lcov 1.16: 3 of 4 (checksums ignored)
  });

  it('reads lcov 2 FNL/FNA (aliases of one index are one function) and FN with an end line', () => {
    const r = parseLcovBuffer(read('lcov2-fnl.info'), 'l2.info');
    const f = r.files.get('src/t.cpp')!;
    expect(f.functions.get('_Z3fooi')).toMatchObject({ line: 10, endLine: 20, hits: 4 });
    expect(f.functions.has('_Z3food')).toBe(false);
    expect(f.functions.get('bar(int, char)')).toMatchObject({ line: 30, hits: 0 });
    expect(f.functions.get('legacy')).toMatchObject({ line: 40, endLine: 45, hits: 1 });
    expect(totals(r).functions).toEqual({ covered: 2, total: 3 });
  });

  it('merges BRDA records repeated within a section by id, and keeps "-" as not hit', () => {
    const r = parseLcovBuffer(
      'SF:x\nDA:1,1\nBRDA:1,0,0,-\nBRDA:1,0,1,1\nDA:2,1\nBRDA:2,0,0,1\nBRDA:1,0,0,-\nBRDA:1,0,1,2\nend_of_record\n',
    );
    expect(r.files.get('x')!.branches.get(1)).toEqual([0, 3]);
    expect(totals(r).branches).toEqual({ covered: 2, total: 3 });
  });

  it('accepts records it does not know, comments and blank lines, with a warning', () => {
    const r = parseLcovBuffer('# comment\n\nTN:t\nSF:x\nMCDC:1,2,t,1,0,a\nDA:1,1\nLF:1\nLH:1\nend_of_record\n');
    expect(totals(r).lines).toEqual({ covered: 1, total: 1 });
    expect(r.warnings.join()).toMatch(/1 line\(s\) that are not lcov records were skipped \(first at line 5/);
  });

  it('reads a file name that is not UTF-8 as Latin-1, keeping distinct names distinct', () => {
    const r = parseLcovBuffer(
      Buffer.concat([
        Buffer.from('SF:a\xff\n', 'latin1'),
        Buffer.from('DA:1,1\nend_of_record\nSF:a\xfe\nDA:1,0\nend_of_record\n', 'latin1'),
      ]),
    );
    expect([...r.files.keys()]).toEqual(['a\u00ff', 'a\u00fe']);
    expect(r.warnings.join()).toMatch(/not valid UTF-8/);
    const u = parseLcovBuffer('SF:dir/é.c\nDA:1,1\nend_of_record\n');
    expect([...u.files.keys()]).toEqual(['dir/é.c']);
  });

  describe('errors name the file and line', () => {
    it('empty file', () => {
      const e = formatError(() => parseLcovBuffer('', 'empty.info'));
      expect(e.message).toMatch(/^empty\.info: contains no lcov coverage records/);
    });
    it('NUL bytes', () => {
      const e = formatError(() => parseLcovBuffer(Buffer.from('SF:x\nDA:1,1\n\0\0\0'), 'z.info'));
      expect(e.line).toBe(3);
    });
    it('malformed DA', () => {
      const e = formatError(() => parseLcovBuffer('SF:x\nDA:1,1\nDA:2,abc\n', 'm.info'));
      expect(e.line).toBe(3);
      expect(e.message).toMatch(/m\.info:3: malformed record "DA:2,abc"/);
    });
    it('a line number above MAX_LINE', () => {
      const e = formatError(() => parseLcovBuffer(`SF:x\nDA:${MAX_LINE + 1},1\n`, 'big.info'));
      expect(e.line).toBe(2);
    });
    it('a record before any SF', () => {
      expect(formatError(() => parseLcovBuffer('TN:\nDA:1,1\n')).line).toBe(2);
    });
    it('FNA with an unknown index', () => {
      expect(formatError(() => parseLcovBuffer('SF:x\nFNA:3,1,f\n')).line).toBe(2);
    });
    it('a line longer than the cap, fed in 1 MiB chunks, fails fast without buffering it all', async () => {
      const chunk = Buffer.alloc(1 << 20, 0x41);
      let fed = 0;
      async function* huge(): AsyncIterable<Buffer> {
        yield Buffer.from('SF:x\nDA:1,1\n');
        for (let i = 0; i < 100; i++) {
          fed++;
          yield chunk;
        }
      }
      const err = await parseLcov(huge(), { name: 'huge.info' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FileFormatError);
      expect((err as FileFormatError).line).toBe(3);
      expect(fed).toBeLessThanOrEqual(MAX_LCOV_LINE_BYTES / (1 << 20) + 1);
    });
  });
});
