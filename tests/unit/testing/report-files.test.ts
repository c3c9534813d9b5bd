/**
 * Report paths and globs (the `reports` input, `--report`): kit's glob language relative to a base
 * folder, comma- or newline-separated, every pattern matching a file or an error naming it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expandReports, NoReportMatchError, reportPatterns } from '@quality/testing';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'quality-report-files-'));
  for (const d of ['a/deep', 'b']) mkdirSync(join(dir, d), { recursive: true });
  const made = ['a/one.xml', 'a/two.xml', 'a/deep/three.xml', 'b/skip.xml', 'b/x.sarif', 'odd,name.xml'];
  for (const f of [...made, 'evil\n::error::x.xml']) writeFileSync(join(dir, f), '<x/>');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const names = (patterns: string[]) => expandReports(patterns, dir).map((r) => r.display);

describe('reportPatterns', () => {
  it('lines and commas; an existing file whose name has a comma stays whole; comments and blanks skipped', () => {
    expect(reportPatterns(['a/*.xml, b/*.sarif', '# note', '', 'c.xml\n  d.xml  '], dir)).toEqual([
      'a/*.xml',
      'b/*.sarif',
      'c.xml',
      'd.xml',
    ]);
    expect(reportPatterns(['odd,name.xml'], dir)).toEqual(['odd,name.xml']);
  });
});

describe('expandReports', () => {
  it('paths and globs (`*`, `**`), relative to the base, in pattern order, each file once', () => {
    expect(names(['a/two.xml'])).toEqual(['a/two.xml']);
    expect(names(['a/*.xml'])).toEqual(['a/one.xml', 'a/two.xml']);
    expect(names(['b/*.sarif', 'a/**/*.xml', 'a/one.xml'])).toEqual([
      'b/x.sarif',
      'a/deep/three.xml',
      'a/one.xml',
      'a/two.xml',
    ]);
    expect(expandReports(['./a/one.xml'], dir)[0]!.path).toBe(join(dir, 'a/one.xml'));
    expect(names([join(dir, 'b/x.sarif')])).toEqual(['b/x.sarif']);
  });
  it('`!pattern` excludes', () => {
    expect(names(['**/*.xml', '!b/**', '!**/deep/**', '!*.xml'])).toEqual(['a/one.xml', 'a/two.xml']);
  });
  it('a pattern that matches nothing is an error naming it, even when the others match', () => {
    expect(() => expandReports(['a/*.xml', 'c/*.xml'], dir)).toThrow(NoReportMatchError);
    expect(() => expandReports(['a/*.xml', 'c/*.xml'], dir)).toThrow(
      /No report file matches "c\/\*\.xml" \(relative to /,
    );
    // A path (no glob character) says so; a folder is not a report.
    expect(() => expandReports(['a'], dir)).toThrow(/^The report a does not exist \(relative to /);
    expect(() => expandReports(['b/*.sarif', '!b/*'], dir)).toThrow(/matches "b\/\*\.sarif"/);
  });
  it('a file name from the repository is shown on one line (no workflow command can start a line)', () => {
    const [evil] = expandReports(['evil*'], dir);
    expect(evil!.display).toBe('evil ::error::x.xml');
    expect(evil!.path).toBe(join(dir, 'evil\n::error::x.xml'));
  });
  it('no pattern, no file', () => {
    expect(expandReports([], dir)).toEqual([]);
  });
});
