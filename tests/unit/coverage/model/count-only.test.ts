/**
 * Count-only branches of any size (issue 12): a line's branches known only as covered/total
 * (Cobertura, JaCoCo, Clover) stay two numbers, up to 2^53-1, through summaries, merge, spill,
 * diff coverage and the renderers; mixing them with listed branches follows one rule whatever
 * the size: covered = c + (listed branches hit at positions >= c), total = max(t, n).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BranchTable,
  FileCoverage,
  MAX_LISTED_BRANCHES,
  diffCoverage,
  emptyReport,
  fileOf,
  mergeReports,
  summarizeFile,
  toCobertura,
  toJson,
  toLcov,
  totalsOf,
  type Analysis,
  type CoverageReport,
} from '@quality/coverage';
import { SpillFile } from '../../../../packages/coverage/src/spill.js';

const dir = mkdtempSync(join(tmpdir(), 'quality-count-only-'));
afterAll(() => {
  expect(readdirSync(dir)).toEqual([]);
  rmSync(dir, { recursive: true, force: true });
});

const WIDE = 2_000_000_000;
const HUGE = 100_000_000_000;

/** The rule for counts (c of t) read on a line that also lists branches `hits`. */
function mixed(c: number, t: number, hits: readonly number[]): { covered: number; total: number } {
  let covered = c;
  for (let i = c; i < hits.length; i++) if (hits[i]! > 0) covered++;
  return { covered, total: Math.max(t, hits.length) };
}

function report(
  lines: Record<number, number>,
  counts: [line: number, covered: number, total: number][],
): CoverageReport {
  const r = emptyReport('cobertura', { name: 'coverage.py' });
  r.metrics.add('branches');
  const f = fileOf(r, 'a.py');
  for (const [l, h] of Object.entries(lines)) f.lines.add(Number(l), h);
  for (const [l, c, t] of counts) f.addBranchCounts(l, c, t);
  return r;
}

const totals = (r: CoverageReport) =>
  totalsOf(
    [...r.files.values()].map((f) => summarizeFile(f, r.metrics)),
    r.metrics,
  );

describe('BranchTable: wide count-only lines', () => {
  it('keeps 2e9 and 1e11 branches as two numbers, in constant memory', () => {
    const b = new BranchTable();
    const before = b.byteSize();
    b.addCounts(7, 1, WIDE);
    b.addCounts(3, 5, HUGE);
    b.addCounts(9, 1, 2);
    expect(b.size).toBe(3);
    expect(b.has(7)).toBe(true);
    expect(b.counts(7)).toEqual({ covered: 1, total: WIDE });
    expect(b.counts(3)).toEqual({ covered: 5, total: HUGE });
    expect(b.counts(9)).toEqual({ covered: 1, total: 2 });
    expect(b.counts(8)).toBeUndefined();
    expect(b.counter()).toEqual({ covered: 7, total: WIDE + HUGE + 2 });
    expect([...b.lineCounts()]).toEqual([
      [3, 5, HUGE],
      [7, 1, WIDE],
      [9, 1, 2],
    ]);
    expect(b.byteSize() - before).toBeLessThan(1024);
    // the largest count still exact
    b.addCounts(11, 0, Number.MAX_SAFE_INTEGER);
    expect(b.counts(11)).toEqual({ covered: 0, total: Number.MAX_SAFE_INTEGER });
  });

  it('refuses to list a wide line (get, entries) instead of allocating it; small lines still list', () => {
    const b = new BranchTable();
    b.addCounts(2, 1, 2);
    b.addCounts(7, 1, WIDE);
    expect(b.get(2)).toEqual([1, 0]);
    expect(() => b.get(7)).toThrow(/line 7 has 2000000000 count-only branches \(1 covered\), too many to list/);
    expect(() => [...b.entries()]).toThrow(RangeError);
    // the boundary: MAX_LISTED_BRANCHES still lists
    b.addCounts(4, 0, MAX_LISTED_BRANCHES);
    expect(b.get(4)).toHaveLength(MAX_LISTED_BRANCHES);
  });

  it('refuses totals beyond 2^53-1 (parsers report them first)', () => {
    const b = new BranchTable();
    expect(() => b.addCounts(1, 0, 2 ** 53)).toThrow(RangeError);
    expect(() => b.addCounts(1, 0, Infinity)).toThrow(RangeError);
    expect(b.size).toBe(0);
  });

  it('two readings of a wide line keep the larger covered and the larger total (as for small lines)', () => {
    const b = new BranchTable();
    b.addCounts(5, 10, WIDE);
    b.addCounts(5, 20, 100);
    expect(b.counts(5)).toEqual({ covered: 20, total: WIDE });
    b.addCounts(5, 3, HUGE);
    expect(b.counts(5)).toEqual({ covered: 20, total: HUGE });
    const small = new BranchTable();
    small.addCounts(5, 1, 4);
    small.addCounts(5, 2, 3);
    expect(small.counts(5)).toEqual({ covered: 2, total: 4 });
  });

  it('counts mixed with listed branches follow the position rule, small or wide', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 1, max: 50 }),
        fc.boolean(),
        fc.boolean(),
        (hits, c0, t0, wide, countsFirst) => {
          const t = wide ? WIDE + t0 : t0;
          const c = Math.min(c0, t);
          const b = new BranchTable();
          if (countsFirst) {
            b.addCounts(3, c, t);
            b.add(3, hits);
          } else {
            b.add(3, hits);
            b.addCounts(3, c, t);
          }
          expect(b.counts(3)).toEqual(mixed(c, t, hits));
          expect(b.counter()).toEqual(mixed(c, t, hits));
          expect(b.size).toBe(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a branch added by id to a wide line is one more branch', () => {
    const b = new BranchTable();
    b.addCounts(4, 1, WIDE);
    b.addById(4, 0, 5);
    b.addById(4, 1, 0);
    expect(b.counts(4)).toEqual({ covered: 2, total: WIDE + 2 });
  });

  it('set() replaces a wide line; mergeFrom and compact keep it', () => {
    const b = new BranchTable();
    b.addCounts(4, 1, WIDE);
    b.addCounts(6, 2, HUGE);
    const m = new BranchTable();
    m.addCounts(6, 7, 10);
    m.add(1, [1, 0]);
    m.mergeFrom(b);
    m.compact();
    expect([...m.lineCounts()]).toEqual([
      [1, 1, 2],
      [4, 1, WIDE],
      [6, 7, HUGE],
    ]);
    b.set(4, [0, 1, 1]);
    expect(b.get(4)).toEqual([0, 1, 1]);
    expect(b.counter()).toEqual({ covered: 4, total: HUGE + 3 });
  });
});

describe('wide count-only lines through the rest of the package', () => {
  it('freeze and thaw (spill file) keep wide lines and their counters', () => {
    const f = new FileCoverage('a.c');
    f.lines.add(1, 1);
    f.addBranchCounts(1, 3, WIDE);
    f.addBranchCounts(2, 1, 2);
    const spill = new SpillFile(dir);
    try {
      expect(f.freeze(spill)).toBe(true);
      expect(f.frozenCounters()!.branches).toEqual({ covered: 4, total: WIDE + 2 });
      expect(f.branches.counts(1)).toEqual({ covered: 3, total: WIDE }); // thaws
      expect(f.branches.counter()).toEqual({ covered: 4, total: WIDE + 2 });
    } finally {
      spill.close();
    }
  });

  it('summaries, merge of two reports of one file, and diff coverage give the exact counts', () => {
    const a = report({ 1: 1, 2: 0, 3: 1 }, [
      [1, 1, WIDE],
      [3, 2, 2],
    ]);
    const b = report({ 1: 0, 2: 1 }, [
      [1, 1_500_000_000, 1_999_999_999],
      [2, 0, HUGE],
    ]);
    expect(totals(a).branches).toEqual({ covered: 3, total: WIDE + 2 });
    const m = mergeReports([a, b]);
    // per line: the larger covered and the larger total of the two readings
    expect(totals(m).branches).toEqual({ covered: 1_500_000_002, total: WIDE + HUGE + 2 });
    expect(totals(mergeReports([b, a])).branches).toEqual(totals(m).branches);
    const d = diffCoverage(m, { files: [{ path: 'a.py', oldPath: 'a.py', status: 'modified', added: [1, 2, 4] }] });
    expect(d.lines).toEqual({ covered: 2, total: 2 });
    expect(d.branches).toEqual({ covered: 1_500_000_000, total: WIDE + HUGE });
    expect(d.files[0]!.branches).toEqual({ covered: 1_500_000_000, total: WIDE + HUGE });
  });

  it('a report without branch data has no branch diff', () => {
    const r = emptyReport('go');
    fileOf(r, 'a.go').lines.add(1, 1);
    const d = diffCoverage(r, { files: [{ path: 'a.go', oldPath: 'a.go', status: 'modified', added: [1] }] });
    expect(d.branches).toBeUndefined();
    expect(d.files[0]!.branches).toBeUndefined();
  });

  it('Cobertura output writes the counts; lcov output refuses the line with a reason', () => {
    const r = report({ 3: 1, 4: 1 }, [
      [3, 1, WIDE],
      [4, 1, 2],
    ]);
    const xml = toCobertura(r, { timestamp: 0 });
    expect(xml).toContain(`<line number="3" hits="1" branch="true" condition-coverage="0% (1/${WIDE})"/>`);
    expect(xml).toContain('<line number="4" hits="1" branch="true" condition-coverage="50% (1/2)"/>');
    expect(xml).toContain(`branches-covered="2" branches-valid="${WIDE + 2}"`);
    const big = report({ 1: 1 }, [[1, Number.MAX_SAFE_INTEGER - 1, Number.MAX_SAFE_INTEGER]]);
    expect(toCobertura(big, { timestamp: 0 })).toContain(
      `condition-coverage="99% (${Number.MAX_SAFE_INTEGER - 1}/${Number.MAX_SAFE_INTEGER})"`,
    );
    expect(() => toLcov(r)).toThrow(/a\.py line 3 to lcov: it has 2000000000 branches .*write Cobertura instead/);
  });

  it('the JSON renderer carries the totals and the diff branches', () => {
    const r = report({ 1: 1 }, [[1, 1, WIDE]]);
    const d = diffCoverage(r, { files: [{ path: 'a.py', oldPath: 'a.py', status: 'modified', added: [1] }] });
    const files = [...r.files.values()].map((f) => summarizeFile(f, r.metrics));
    const json = toJson({
      format: 'cobertura',
      producer: { name: 'coverage.py' },
      inputs: [],
      totals: totals(r),
      headline: { percent: 100, rule: '', metric: 'lines', covered: 1, total: 1, display: '100%' },
      files,
      unmapped: [],
      warnings: [],
      diff: { ...d, source: 'patch' },
    } as unknown as Analysis);
    expect(json.totals.branches).toEqual({ covered: 1, total: WIDE, percent: (1 / WIDE) * 100 });
    expect(json.files[0]!.branches).toEqual({ covered: 1, total: WIDE, percent: (1 / WIDE) * 100 });
    expect(json.diff!.branches).toEqual({ covered: 1, total: WIDE, percent: (1 / WIDE) * 100 });
  });
});
