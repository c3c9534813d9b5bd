import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { diffCoverage, lineRanges } from '../../../packages/coverage/src/diff-coverage.js';
import { parseDiff } from '../../../packages/coverage/src/diff.js';
import { emptyReport, fileOf } from '@quality/coverage';

function report(files: Record<string, Record<number, number>>) {
  const r = emptyReport('lcov');
  for (const [p, lines] of Object.entries(files)) {
    const f = fileOf(r, p);
    for (const [l, h] of Object.entries(lines)) f.lines.add(Number(l), h);
  }
  return r;
}

const diff = (files: Record<string, number[]>) => ({
  files: Object.entries(files).map(([path, added]) => ({ path, oldPath: path, status: 'modified' as const, added })),
});

describe('diffCoverage', () => {
  it('counts only added lines that are executable; covered = hits > 0', () => {
    const r = report({ 'a.ts': { 1: 1, 2: 0, 3: 5, 7: 0 }, 'b.ts': { 10: 0 } });
    const d = diffCoverage(r, diff({ 'a.ts': [2, 3, 4, 5, 7], 'b.ts': [10, 11], 'README.md': [1, 2, 3] }));
    expect(d.files).toEqual([
      { path: 'a.ts', added: [2, 3, 7], covered: [3], uncovered: [2, 7], counter: { covered: 1, total: 3 } },
      { path: 'b.ts', added: [10], covered: [], uncovered: [10], counter: { covered: 0, total: 1 } },
    ]);
    expect(d.lines).toEqual({ covered: 1, total: 4 });
    expect(d.percent).toBe(25);
    expect(d.noCoverableLines).toBe(false);
    expect(d.skipped).toEqual([{ path: 'README.md', reason: 'not in the coverage report' }]);
  });

  it('a change with no executable line has no coverable lines: percent null, never 0 or 100', () => {
    const r = report({ 'a.ts': { 1: 0 } });
    const d = diffCoverage(r, diff({ 'a.ts': [2, 3], 'docs.md': [1] }));
    expect(d).toEqual({
      lines: { covered: 0, total: 0 },
      files: [],
      skipped: [
        { path: 'a.ts', reason: 'no executable added lines' },
        { path: 'docs.md', reason: 'not in the coverage report' },
      ],
      noCoverableLines: true,
      percent: null,
    });
    expect(diffCoverage(r, { files: [] }).noCoverableLines).toBe(true);
  });

  it('works end to end with a parsed git diff (renamed file keyed by its new path)', () => {
    const d = parseDiff(
      [
        'diff --git a/old.py b/new.py',
        'similarity index 90%',
        'rename from old.py',
        'rename to new.py',
        '--- a/old.py',
        '+++ b/new.py',
        '@@ -2,0 +3,2 @@',
        '+x = 1',
        '+# note',
      ].join('\n'),
    );
    const r = report({ 'new.py': { 1: 1, 3: 1 }, 'old.py': { 3: 0 } });
    expect(diffCoverage(r, d).files).toEqual([
      { path: 'new.py', added: [3], covered: [3], uncovered: [], counter: { covered: 1, total: 1 } },
    ]);
  });

  it('property: covered + uncovered = executable added lines, totals add up', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('a', 'b', 'c'),
          fc.dictionary(fc.integer({ min: 1, max: 20 }).map(String), fc.integer({ min: 0, max: 2 })),
        ),
        fc.dictionary(
          fc.constantFrom('a', 'b', 'c', 'd'),
          fc.uniqueArray(fc.integer({ min: 1, max: 20 })).map((a) => a.sort((x, y) => x - y)),
        ),
        (cov, changed) => {
          const r = report(cov as Record<string, Record<number, number>>);
          const d = diffCoverage(r, diff(changed));
          let total = 0;
          for (const f of d.files) {
            expect([...f.covered, ...f.uncovered].sort((x, y) => x - y)).toEqual(f.added);
            for (const l of f.added) expect(changed[f.path]).toContain(l);
            for (const l of f.covered) expect(r.files.get(f.path)!.lines.get(l)).toBeGreaterThan(0);
            for (const l of f.uncovered) expect(r.files.get(f.path)!.lines.get(l)).toBe(0);
            total += f.added.length;
          }
          // every executable changed line is counted
          let expected = 0;
          for (const [p, ls] of Object.entries(changed))
            for (const l of ls) if (r.files.get(p)?.lines.has(l)) expected++;
          expect(d.lines.total).toBe(total);
          expect(total).toBe(expected);
          expect(d.noCoverableLines).toBe(total === 0);
          expect(d.files.length + d.skipped.length).toBe(Object.keys(changed).length);
        },
      ),
    );
  });
});

describe('lineRanges', () => {
  it('writes ascending ranges', () => {
    expect(lineRanges([9, 3, 4, 5])).toBe('3-5, 9');
    expect(lineRanges([1, 1, 2, 4, 6, 7])).toBe('1-2, 4, 6-7');
    expect(lineRanges([])).toBe('');
    expect(lineRanges([42])).toBe('42');
  });
});
