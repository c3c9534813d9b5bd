import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { mergeReports } from '../../../packages/coverage/src/merge.js';
import { emptyReport, fileOf, summarizeFile, totalsOf, METRICS } from '@quality/coverage';
import type { CoverageReport, Format, MetricName } from '@quality/coverage';

function totals(r: CoverageReport) {
  return totalsOf(
    [...r.files.values()].map((f) => summarizeFile(f, r.metrics)),
    r.metrics,
  );
}

/** Per file: line -> hits, for comparing line-level content. */
function lineMap(r: CoverageReport): Record<string, Record<number, number>> {
  const out: Record<string, Record<number, number>> = {};
  for (const [p, f] of r.files) out[p] = Object.fromEntries(f.lines.entries());
  return out;
}

describe('mergeReports', () => {
  it('sums line hits, ORs branches per index, keys statements/functions, maxes instructions', () => {
    const a = emptyReport('lcov', { name: 'lcov', version: '1.16' });
    a.metrics = new Set(['lines', 'branches', 'functions']);
    const fa = fileOf(a, 'src/x.c');
    fa.lines.add(1, 3);
    fa.lines.add(2, 0);
    fa.lines.add(3, 0);
    fa.addBranches(2, [0, 1]);
    fa.addFunction('main', { name: 'main', line: 1, hits: 0 });

    const b = emptyReport('lcov', { name: 'lcov', version: '2.0' });
    b.metrics = new Set(['lines', 'branches', 'functions']);
    const fb = fileOf(b, 'src/x.c');
    fb.lines.add(2, 5);
    fb.lines.add(4, 0);
    fb.addBranches(2, [2, 0, 0]);
    fb.addFunction('main', { name: 'main', line: 1, hits: 1 });
    fileOf(b, 'src/y.c').lines.add(1, 1);

    const m = mergeReports([a, b]);
    expect(lineMap(m)).toEqual({ 'src/x.c': { 1: 3, 2: 5, 3: 0, 4: 0 }, 'src/y.c': { 1: 1 } });
    expect(m.files.get('src/x.c')!.branches.get(2)).toEqual([2, 1, 0]);
    const t = totals(m);
    expect(t.lines).toEqual({ covered: 3, total: 5 });
    expect(t.branches).toEqual({ covered: 2, total: 3 });
    expect(t.functions).toEqual({ covered: 1, total: 1 });
    expect(m.format).toBe('lcov');
    expect(m.producer).toEqual({ name: 'lcov' }); // versions differ
    // inputs untouched
    expect(fa.lines.get(2)).toBe(0);
    expect(fa.branches.get(2)).toEqual([0, 1]);

    const j1 = emptyReport('jacoco');
    j1.metrics = new Set(['lines', 'instructions']);
    fileOf(j1, 'A.java').addInstructions(3, 2, 5);
    const j2 = emptyReport('jacoco');
    j2.metrics = new Set(['lines', 'instructions']);
    fileOf(j2, 'A.java').addInstructions(3, 4, 5);
    expect(totals(mergeReports([j1, j2])).instructions).toEqual({ covered: 4, total: 5 });
  });

  it("counts a metric over the files that carry it: Go's missing branches do not dilute LCOV's", () => {
    const l = emptyReport('lcov');
    l.metrics = new Set(['lines', 'branches']);
    const f = fileOf(l, 'web/a.js');
    f.lines.add(1, 1);
    f.addBranches(1, [1, 0]);
    const g = emptyReport('go', { name: 'go' });
    g.metrics = new Set(['lines', 'statements']);
    const gf = fileOf(g, 'svc/main.go');
    gf.lines.add(5, 0);
    gf.addStatement('5.1,6.2', { line: 5, endLine: 6, n: 2, hits: 0 });
    const m = mergeReports([l, g]);
    expect(m.format).toBe('mixed');
    expect(m.producer).toEqual({ name: 'unknown' });
    expect([...m.metrics]).toEqual(['lines', 'branches', 'statements']);
    const t = totals(m);
    expect(t.branches).toEqual({ covered: 1, total: 2 });
    expect(t.statements).toEqual({ covered: 0, total: 2 });
    expect(t.lines).toEqual({ covered: 1, total: 2 });
  });

  it('gives an empty mixed report for no input', () => {
    const m = mergeReports([]);
    expect(m.files.size).toBe(0);
    expect(m.format).toBe('mixed');
  });

  // ---- properties -------------------------------------------------------------

  const formats: Format[] = ['lcov', 'cobertura', 'go', 'jacoco'];
  const arbFile = fc.record({
    lines: fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 3 })), { maxLength: 12 }),
    branches: fc.array(
      fc.tuple(
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 4 }),
      ),
      {
        maxLength: 4,
      },
    ),
    statements: fc.array(fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 2 })), { maxLength: 5 }),
    functions: fc.array(fc.tuple(fc.constantFrom('f', 'g', 'h'), fc.integer({ min: 0, max: 2 })), { maxLength: 3 }),
    instructions: fc.array(
      fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })),
      { maxLength: 4 },
    ),
  });
  const arbReport = fc
    .record({
      format: fc.constantFrom(...formats),
      metrics: fc.subarray(['branches', 'statements', 'functions', 'instructions'] as MetricName[]),
      files: fc.dictionary(fc.constantFrom('a.c', 'b.c', 'c.go', 'd.java'), arbFile, { maxKeys: 4 }),
    })
    .map(({ format, metrics, files }) => {
      const r = emptyReport(format);
      r.metrics = new Set(['lines', ...metrics]);
      for (const [p, d] of Object.entries(files)) {
        const f = fileOf(r, p);
        for (const [l, h] of d.lines) f.lines.add(l, h);
        for (const [l, hs] of d.branches) f.addBranches(l, hs);
        for (const [k, h] of d.statements) f.addStatement(`s${k}`, { line: k, endLine: k, n: 1 + (k % 3), hits: h });
        for (const [n, h] of d.functions) f.addFunction(n, { name: n, line: 1, hits: h });
        for (const [l, x, y] of d.instructions) f.addInstructions(l, Math.min(x, y), Math.max(x, y));
      }
      return r;
    });

  it('is commutative on every total and on line content', () => {
    fc.assert(
      fc.property(arbReport, arbReport, (a, b) => {
        const ab = mergeReports([a, b]);
        const ba = mergeReports([b, a]);
        expect(totals(ab)).toEqual(totals(ba));
        expect(lineMap(ab)).toEqual(lineMap(ba));
        expect(ab.format).toBe(ba.format);
        expect([...ab.metrics]).toEqual([...ba.metrics]);
      }),
      { numRuns: 150 },
    );
  });

  it('is associative on every total, and merging one report preserves its totals', () => {
    fc.assert(
      fc.property(arbReport, arbReport, arbReport, (a, b, c) => {
        const left = mergeReports([mergeReports([a, b]), c]);
        const right = mergeReports([a, mergeReports([b, c])]);
        const flat = mergeReports([a, b, c]);
        expect(totals(left)).toEqual(totals(right));
        expect(totals(left)).toEqual(totals(flat));
        expect(lineMap(left)).toEqual(lineMap(right));
        expect(totals(mergeReports([a]))).toEqual(totals(a));
      }),
      { numRuns: 150 },
    );
  });

  it('covers a line/branch when covered in any report, never averaging', () => {
    fc.assert(
      fc.property(fc.array(arbReport, { minLength: 1, maxLength: 4 }), (rs) => {
        const m = mergeReports(rs);
        for (const [p, f] of m.files) {
          for (const [line, hits] of f.lines.entries()) {
            const anyHit = rs.some((r) => (r.files.get(p)?.lines.get(line) ?? 0) > 0);
            expect(hits > 0).toBe(anyHit);
          }
          for (const [line, hs] of f.branches) {
            hs.forEach((h, i) => {
              const anyHit = rs.some((r) => (r.files.get(p)?.branches.get(line)?.[i] ?? 0) > 0);
              expect(h > 0).toBe(anyHit);
            });
          }
        }
        // The line total is the number of distinct executable (file, line) pairs.
        const distinct = new Set<string>();
        for (const r of rs)
          for (const [p, f] of r.files) for (const [l] of f.lines.entries()) distinct.add(`${p}:${l}`);
        expect(totals(m).lines!.total).toBe(distinct.size);
        for (const metric of METRICS) {
          expect(totals(m)[metric] === null).toBe(!rs.some((r) => r.metrics.has(metric)));
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('summary-only files (istanbul coverage-summary.json)', () => {
  it('keep their counts through a merge', async () => {
    const { parseIstanbulSummary } = await import('../../../packages/coverage/src/parsers/istanbul.js');
    const { fromBuffers } = await import('../../../packages/coverage/src/input.js');
    const { mergeReports } = await import('../../../packages/coverage/src/merge.js');
    const { summarizeFile } = await import('@quality/coverage');
    const json = JSON.stringify({
      total: {
        lines: { total: 4, covered: 3 },
        statements: { total: 4, covered: 3 },
        functions: { total: 1, covered: 1 },
        branches: { total: 2, covered: 1 },
      },
      'src/a.js': {
        lines: { total: 4, covered: 3 },
        statements: { total: 4, covered: 3 },
        functions: { total: 1, covered: 1 },
        branches: { total: 2, covered: 1 },
      },
    });
    const a = await parseIstanbulSummary(fromBuffers(json), { name: 'a' });
    const b = await parseIstanbulSummary(fromBuffers(json.replace(/"covered": ?3/g, '"covered":4')), { name: 'b' });
    const merged = mergeReports([a, b]);
    const f = merged.files.get('src/a.js')!;
    expect(summarizeFile(f, merged.metrics).lines).toEqual({ covered: 4, total: 4 });
    expect(summarizeFile(f, merged.metrics).branches).toEqual({ covered: 1, total: 2 });
  });
});

describe('mergeReports with consume', () => {
  it('gives the same totals and lines as copying', async () => {
    const { parseLcovBuffer } = await import('../../../packages/coverage/src/parsers/lcov.js');
    const a =
      'SF:x.c\nDA:1,1\nDA:2,0\nDA:70000,3\nBRDA:2,0,0,1\nBRDA:2,0,1,0\nend_of_record\nSF:y.c\nDA:5,0\nend_of_record\n';
    const b = 'SF:x.c\nDA:2,4\nDA:3,0\nDA:70000,70000\nBRDA:2,0,0,-\nBRDA:2,0,1,2\nend_of_record\n';
    const copied = mergeReports([parseLcovBuffer(a), parseLcovBuffer(b)]);
    const consumed = mergeReports([parseLcovBuffer(a), parseLcovBuffer(b)], { consume: true });
    for (const r of [copied, consumed]) {
      const x = r.files.get('x.c')!;
      expect([...x.lines.entries()]).toEqual([
        [1, 1],
        [2, 4],
        [3, 0],
        [70000, 70003],
      ]);
      expect(x.branches.get(2)).toEqual([1, 2]);
    }
    expect(
      totalsOf(
        [...consumed.files.values()].map((f) => summarizeFile(f, consumed.metrics)),
        consumed.metrics,
      ),
    ).toEqual(
      totalsOf(
        [...copied.files.values()].map((f) => summarizeFile(f, copied.metrics)),
        copied.metrics,
      ),
    );
  });
});
