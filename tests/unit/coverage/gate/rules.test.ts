import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import {
  atLeast,
  decreasedBeyond,
  evaluate,
  uncoveredAnnotations,
  renderSummary,
  renderComment,
  BASELINE_SCHEMA,
  parseBaseline,
  type Analysis,
  type BaselineSnapshot,
  type GateConfig,
  type GateResult,
  type GateVerdict,
} from '@quality/coverage';

const counter = (covered: number, total: number) => ({ covered, total });

function analysis(lines: [number, number], diff?: { covered: number[]; uncovered: number[]; path?: string }): Analysis {
  const files = [
    {
      path: diff?.path ?? 'src/a.ts',
      lines: counter(...lines),
      branches: null,
      statements: null,
      functions: null,
      instructions: null,
    },
  ];
  return {
    format: 'lcov',
    producer: { name: 'unknown' },
    inputs: [{ path: 'lcov.info', format: 'lcov', producer: { name: 'unknown' }, files: 1 }],
    model: {
      format: 'lcov',
      producer: { name: 'unknown' },
      metrics: new Set(['lines']),
      files: new Map(),
      sourceRoots: [],
      warnings: [],
    },
    workspace: '/ws',
    totals: { lines: counter(...lines), branches: null, statements: null, functions: null, instructions: null },
    headline: {
      metric: 'lines',
      covered: lines[0],
      total: lines[1],
      percent: (lines[0] / lines[1]) * 100,
      rule: 'lines',
      display: '',
    },
    files,
    unmapped: [],
    warnings: [],
    diff: diff && {
      source: 'git',
      lines: counter(diff.covered.length, diff.covered.length + diff.uncovered.length),
      files: [
        {
          path: diff.path ?? 'src/a.ts',
          added: [...diff.covered, ...diff.uncovered].sort((a, b) => a - b),
          covered: diff.covered,
          uncovered: diff.uncovered,
          counter: counter(diff.covered.length, diff.covered.length + diff.uncovered.length),
        },
      ],
      skipped: [],
      noCoverableLines: diff.covered.length + diff.uncovered.length === 0,
      percent:
        diff.covered.length + diff.uncovered.length === 0
          ? null
          : (100 * diff.covered.length) / (diff.covered.length + diff.uncovered.length),
    },
  };
}

const baseline = (covered: number, total: number): BaselineSnapshot => ({
  schema: BASELINE_SCHEMA,
  commit: 'a'.repeat(40),
  commitTime: 1,
  branch: 'main',
  createdAt: '',
  writer: 'test',
  totals: { lines: counter(covered, total), branches: null, statements: null, functions: null, instructions: null },
  headline: { metric: 'lines', covered, total },
  files: {},
});

const result = (analysis: Analysis, verdict: GateVerdict): GateResult => ({
  analysis,
  verdict,
  baselineNote: 'not used.',
  warnings: [],
  notices: [],
});

const cfg = (c: Partial<GateConfig>): GateConfig => ({ minChangedLines: 0, metric: 'lines', ...c });

describe('exact comparisons', () => {
  it('never rounds up to a threshold', () => {
    expect(atLeast(counter(7999, 10000), 80)).toBe(false); // 79.99%
    expect(atLeast(counter(799_999_999, 1_000_000_000), 80)).toBe(false); // 79.9999999%
    expect(atLeast(counter(8, 10), 80)).toBe(true);
    expect(atLeast(counter(2, 3), 66.666667)).toBe(false);
    expect(atLeast(counter(2, 3), 66.666666)).toBe(true);
    expect(atLeast(counter(0, 0), 0)).toBe(false); // nothing measured never meets a minimum
  });

  it('agrees with exact rational arithmetic on random counts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.nat(),
        fc.integer({ min: 0, max: 100 }),
        (total, c, min) => {
          const covered = c % (total + 1);
          expect(atLeast(counter(covered, total), min)).toBe(BigInt(covered) * 100n >= BigInt(min) * BigInt(total));
        },
      ),
    );
  });

  it('measures a decrease against the baseline without rounding', () => {
    expect(decreasedBeyond(counter(80, 100), counter(80, 100), 0)).toBe(false);
    expect(decreasedBeyond(counter(7999, 10000), counter(80, 100), 0)).toBe(true); // -0.01 points
    expect(decreasedBeyond(counter(7999, 10000), counter(80, 100), 0.01)).toBe(false);
    expect(decreasedBeyond(counter(7998, 10000), counter(80, 100), 0.01)).toBe(true);
    // more lines, same percentage: no decrease
    expect(decreasedBeyond(counter(160, 200), counter(80, 100), 0)).toBe(false);
  });
});

describe('evaluate', () => {
  it('fails the patch rule on untested new lines, with the counts in the message', () => {
    const v = evaluate(
      analysis([10, 20], { covered: [1], uncovered: [2, 3, 4] }),
      cfg({ minDiffCoverage: 80 }),
      undefined,
    );
    expect(v.passed).toBe(false);
    expect(v.rules).toEqual([expect.objectContaining({ id: 'min-diff-coverage', status: 'fail', enforced: true })]);
    expect(v.rules[0]!.message).toContain('25.00% (1/4 changed executable lines) is below the minimum 80%');
  });

  it('reports but does not enforce the patch rule below min-changed-lines', () => {
    const v = evaluate(
      analysis([10, 20], { covered: [], uncovered: [2, 3] }),
      cfg({ minDiffCoverage: 80, minChangedLines: 5 }),
      undefined,
    );
    expect(v.passed).toBe(true);
    expect(v.rules[0]).toMatchObject({ status: 'fail', enforced: false });
    expect(v.rules[0]!.message).toMatch(/not enforced: fewer than min-changed-lines \(5\)/);
  });

  it('skips the patch rule when no coverable line changed: not 0%, not 100%', () => {
    const v = evaluate(analysis([10, 20], { covered: [], uncovered: [] }), cfg({ minDiffCoverage: 80 }), undefined);
    expect(v.passed).toBe(true);
    expect(v.rules[0]).toMatchObject({ status: 'skip', message: expect.stringContaining('no coverable lines') });
  });

  it('ratchets against the baseline and passes the first run without one', () => {
    const drop = evaluate(analysis([79, 100]), cfg({ maxDecrease: 0 }), baseline(80, 100));
    expect(drop.passed).toBe(false);
    expect(drop.delta).toBeCloseTo(-1, 10);
    expect(drop.rules[0]!.message).toMatch(
      /79\.00% vs 80\.00% on main at a{12} \(−1\.00 points\); no decrease is allowed/,
    );
    const first = evaluate(analysis([79, 100]), cfg({ maxDecrease: 0 }), undefined);
    expect(first.passed).toBe(true);
    expect(first.rules[0]).toMatchObject({ id: 'max-decrease', status: 'skip' });
  });

  it('checks the total and each changed file', () => {
    const v = evaluate(
      analysis([5, 10], { covered: [1], uncovered: [2] }),
      cfg({ minCoverage: 60, minFileCoverage: 60 }),
      undefined,
    );
    expect(v.rules.map((r) => [r.id, r.status])).toEqual([
      ['min-coverage', 'fail'],
      ['min-file-coverage', 'fail'],
    ]);
    expect(v.changedFiles[0]).toMatchObject({ path: 'src/a.ts', belowMin: true });
  });
});

describe('min-file-coverage on branches', () => {
  const rule = (v: GateVerdict) => v.rules.find((r) => r.id === 'min-file-coverage')!;

  it('fails, saying why, when the reports carry no branch data: never judges the files on their lines instead', () => {
    const a = analysis([4, 4], { covered: [3, 4], uncovered: [] });
    const v = evaluate(a, cfg({ metric: 'branches', minFileCoverage: 80 }), undefined);
    expect([rule(v).status, v.passed]).toEqual(['fail', false]);
    expect(rule(v).message).toMatch(/Input 'metric' is branches, but the reports carry no branches data/);
    // No branch measured anywhere (0/0) cannot be judged either.
    const none = analysis([4, 4], { covered: [3, 4], uncovered: [] });
    none.totals.branches = counter(0, 0);
    none.files[0]!.branches = counter(0, 0);
    expect(rule(evaluate(none, cfg({ metric: 'branches', minFileCoverage: 80 }), undefined)).message).toMatch(
      /measure no branches at all \(0\/0\)/,
    );
  });

  it('judges each changed file on its branches; one without branches (0/0) is not below', () => {
    const a = analysis([4, 4], { covered: [3, 4], uncovered: [] });
    a.totals.branches = counter(1, 4);
    a.files[0]!.branches = counter(1, 4); // 25% of branches, 100% of lines
    const v = evaluate(a, cfg({ metric: 'branches', minFileCoverage: 80 }), undefined);
    expect([rule(v).status, v.changedFiles.map((f) => [f.path, f.percent, f.belowMin])]).toEqual([
      'fail',
      [['src/a.ts', 25, true]],
    ]);
    a.files[0]!.branches = counter(0, 0);
    const flat = evaluate(a, cfg({ metric: 'branches', minFileCoverage: 80 }), undefined);
    expect([rule(flat).status, flat.changedFiles.map((f) => [f.percent, f.belowMin])]).toEqual([
      'pass',
      [[null, false]],
    ]);
  });
});

describe('rendering', () => {
  it('groups uncovered changed lines into ranges, biggest first in priority', () => {
    const v = evaluate(
      analysis([1, 10], { covered: [1], uncovered: [3, 4, 5, 9] }),
      cfg({ minDiffCoverage: 80 }),
      undefined,
    );
    const ann = uncoveredAnnotations(v, 'warning');
    expect(ann.map((a) => [a.startLine, a.endLine, a.priority])).toEqual([
      [3, 5, 3],
      [9, 9, 1],
    ]);
    expect(ann[0]!.message).toBe('Changed lines 3-5 are not covered by tests (3 executable lines).');
    // with line 6-8 not executable, 5 and 9 are one range
    const bridged = uncoveredAnnotations(v, 'warning', (_p, l) => ![6, 7, 8].includes(l));
    expect(bridged.map((a) => [a.startLine, a.endLine, a.priority])).toEqual([[3, 9, 4]]);
  });

  it('escapes hostile file names in the summary and comment', () => {
    const evil = 'src/x|y<img src=x onerror=alert(1)>`::error::boom.ts';
    const a = analysis([1, 2], { covered: [1], uncovered: [2], path: evil });
    const v = evaluate(a, cfg({ minDiffCoverage: 80 }), undefined);
    for (const out of [renderSummary(result(a, v)), renderComment(result(a, v), {}, '<!-- m -->')]) {
      // Inside a code span HTML is literal text; outside code spans nothing of it may remain.
      const outsideCode = out.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, '');
      expect(outsideCode).not.toContain('<img');
      expect(outsideCode).not.toContain('onerror');
      expect(out.split('\n').some((l) => l.startsWith('::error::'))).toBe(false);
      const row = out.split('\n').find((l) => l.includes('onerror'))!;
      expect(row.match(/(?<!\\)\|/g)).toHaveLength(5); // 4 cells: 5 unescaped separators
    }
  });

  it('puts the verdict first', () => {
    const a = analysis([1, 2], { covered: [], uncovered: [2] });
    const s = renderSummary(result(a, evaluate(a, cfg({ minDiffCoverage: 80 }), undefined)));
    expect(s.split('\n')[0]).toBe('### ❌ Coverage gate failed: `min-diff-coverage`');
  });
});

describe('baseline snapshots', () => {
  it('round-trips and refuses a future schema with what to do', () => {
    const b = baseline(3, 4);
    expect(parseBaseline(JSON.stringify(b), 'x')).toEqual(b);
    expect(() => parseBaseline(JSON.stringify({ ...b, schema: 2, writer: 'quality 9.0.0' }), 'cache entry')).toThrow(
      /cache entry: the baseline has schema 2, written by a newer quality \(quality 9\.0\.0\).*Use the same quality version/,
    );
    expect(() => parseBaseline('{', 'f')).toThrow(/not valid JSON/);
    expect(() => parseBaseline(JSON.stringify({ ...b, totals: { lines: { covered: 5, total: 4 } } }), 'f')).toThrow(
      /no line totals/,
    );
  });
});
