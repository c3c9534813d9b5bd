import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FileFormatError } from '@quality/kit/errors';
import { parseIstanbul, parseIstanbulSummary } from '../../../../packages/coverage/src/parsers/istanbul.js';
import { fromBuffers } from '../../../../packages/coverage/src/input.js';
import { summarizeFile, totalsOf } from '@quality/coverage';
import type { CoverageReport } from '@quality/coverage';

const FINAL = 'tests/fixtures/coverage/handmade/istanbul/coverage-final.json';
const totals = (r: CoverageReport) =>
  totalsOf(
    [...r.files.values()].map((f) => summarizeFile(f, r.metrics)),
    r.metrics,
  );
const pick = (c: { covered: number; total: number }) => ({ covered: c.covered, total: c.total });

// The oracle: istanbul-lib-coverage itself (installed with jest), not numbers we typed.
const require = createRequire(import.meta.url);
const libCoverage = require('istanbul-lib-coverage') as {
  createCoverageMap(data: unknown): {
    getCoverageSummary(): { data: Record<string, { covered: number; total: number }> };
  };
};

describe('istanbul coverage-final.json', () => {
  it('counts exactly what istanbul-lib-coverage summarizes (lines = statement start lines, max count)', async () => {
    const text = readFileSync(FINAL, 'utf8');
    const r = await parseIstanbul(fromBuffers(text), { name: 'coverage-final.json' });
    const want = libCoverage.createCoverageMap(JSON.parse(text)).getCoverageSummary().data;
    const t = totals(r);
    expect(t.lines).toEqual(pick(want['lines']!));
    expect(t.statements).toEqual(pick(want['statements']!));
    expect(t.functions).toEqual(pick(want['functions']!));
    expect(t.branches).toEqual(pick(want['branches']!));
    const a = r.files.get('/app/src/a.js')!;
    expect(a.lines.get(2)).toBe(1); // statements 1 (1 hit) and 2 (0) start on line 2: max
    expect(a.branches.get(3)).toEqual([4, 0, 1, 0, 2]); // two branch entries on line 3, concatenated
    expect([...a.functions.keys()]).toEqual(['(anonymous_0)@2', '(anonymous_1)@6', '(anonymous_1)@6#2']);
    expect(r.files.get('/app/src/empty.js')!.lines.size).toBe(0);
  });

  it('reports invalid JSON with the line of the error', async () => {
    const e = await parseIstanbul(fromBuffers('{\n"a": {\n  "s": {"0": 1,}\n}}'), { name: 'bad.json' }).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(FileFormatError);
    expect((e as FileFormatError).line).toBe(3);
  });

  it('refuses a count that is not a number', async () => {
    const e = await parseIstanbul(fromBuffers('{"x.js": {"statementMap": {}, "s": {"0": "1"}}}'), {
      name: 'c.json',
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(FileFormatError);
    expect((e as Error).message).toMatch(/x\.js statement 0: count "1" is not a number/);
  });
});

describe('istanbul coverage-summary.json', () => {
  const summary = {
    total: {
      lines: { total: 10, covered: 7, skipped: 0, pct: 70 },
      statements: { total: 12, covered: 8, skipped: 0, pct: 66.66 },
      functions: { total: 3, covered: 2, skipped: 0, pct: 66.66 },
      branches: { total: 4, covered: 1, skipped: 0, pct: 25 },
      branchesTrue: { total: 0, covered: 0, skipped: 0, pct: 'Unknown' },
    },
    '/app/a.js': {
      lines: { total: 6, covered: 5, skipped: 0, pct: 83.33 },
      statements: { total: 7, covered: 6, skipped: 0, pct: 85.71 },
      functions: { total: 2, covered: 2, skipped: 0, pct: 100 },
      branches: { total: 4, covered: 1, skipped: 0, pct: 25 },
    },
    '/app/b.js': {
      lines: { total: 4, covered: 2, skipped: 0, pct: 50 },
      statements: { total: 5, covered: 2, skipped: 0, pct: 40 },
      functions: { total: 1, covered: 0, skipped: 0, pct: 0 },
      branches: { total: 0, covered: 0, skipped: 0, pct: 100 },
    },
  };

  it('carries per-file counts as summaryOnly and adds up to the total entry', async () => {
    const r = await parseIstanbulSummary(fromBuffers(JSON.stringify(summary)), { name: 's.json' });
    const t = totals(r);
    for (const m of ['lines', 'statements', 'functions', 'branches'] as const)
      expect(t[m]).toEqual(pick(summary.total[m]));
    expect(r.files.get('/app/b.js')!.summaryOnly!.lines).toEqual({ covered: 2, total: 4 });
    expect(r.warnings).toEqual([]);
  });

  it('warns when "total" disagrees with the files, and refuses impossible counters', async () => {
    const off = { ...summary, total: { ...summary.total, lines: { total: 11, covered: 7 } } };
    const r = await parseIstanbulSummary(fromBuffers(JSON.stringify(off)), { name: 's.json' });
    expect(r.warnings.join()).toMatch(/"total".lines says 7\/11 but the files add up to 7\/10/);
    const bad = { total: summary.total, 'x.js': { lines: { total: 1, covered: 2 } } };
    const e = await parseIstanbulSummary(fromBuffers(JSON.stringify(bad)), { name: 's.json' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(FileFormatError);
  });
});
