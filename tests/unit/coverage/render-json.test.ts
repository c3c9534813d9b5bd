/**
 * writeJson (the CLI's --json and the gate's report file, written in pieces) gives exactly the
 * text of JSON.stringify over toJson, whatever the paths hold.
 */
import { describe, expect, it } from '@jest/globals';
import { toJson, writeJson } from '../../../packages/coverage/src/render.js';
import type { Analysis } from '../../../packages/coverage/src/analyze.js';
import { emptyReport, type FileSummary } from '@quality/coverage';

const NASTY = ['"files":[]', 'a"b', 'back\\slash', 'ünï/cödé', 'tab\there', 'new\nline', '"files":[', '{}[],:'];

function analysis(n: number, withDiff: boolean): Analysis {
  const files: FileSummary[] = Array.from({ length: n }, (_, i) => ({
    path: `src/${NASTY[i % NASTY.length]}/f${i}.ts`,
    lines: { covered: i % 7, total: 7 + (i % 3) },
    branches: i % 4 === 0 ? { covered: 0, total: 0 } : { covered: 1, total: 2 },
    statements: null,
    functions: { covered: i % 2, total: 1 },
    instructions: null,
  }));
  return {
    format: 'lcov',
    producer: { name: 'lcov', version: '1.16' },
    inputs: [{ path: 'cov/"files":[].info', format: 'lcov', producer: { name: 'lcov' }, files: n }],
    model: emptyReport('lcov'),
    workspace: '/w',
    totals: {
      lines: { covered: 3, total: 9 },
      branches: { covered: 1, total: 2 },
      statements: null,
      functions: null,
      instructions: null,
    },
    headline: {
      percent: 33.3,
      rule: 'lcov: covered lines / lines',
      metric: 'lines',
      covered: 3,
      total: 9,
      display: '33.3%',
    },
    files,
    unmapped: [{ path: '"files":[]', reason: 'outside "files":[]' }],
    warnings: ['w "files":[]'],
    ...(withDiff
      ? {
          diff: {
            source: 'patch',
            lines: { covered: 0, total: 0 },
            percent: null,
            noCoverableLines: true,
            files: [],
            skipped: [],
          },
        }
      : {}),
  } as unknown as Analysis;
}

describe('writeJson', () => {
  for (const [n, withDiff] of [
    [0, true],
    [1, false],
    [5000, true],
    [5000, false],
  ] as const) {
    it(`writes the same text as JSON.stringify(toJson) (${n} files${withDiff ? ', a diff with no files' : ''})`, async () => {
      const a = analysis(n, withDiff);
      const extra = { verdict: { passed: true, why: '"files":[]' } };
      const pieces: string[] = [];
      let waits = 0;
      // a writer that is "full" every other piece: writeJson waits for it
      await writeJson(
        a,
        (t) => {
          pieces.push(t);
          return pieces.length % 2 ? undefined : new Promise<void>((res) => setImmediate(() => (waits++, res())));
        },
        extra,
      );
      const text = pieces.join('');
      expect(text).toBe(JSON.stringify({ ...toJson(a), ...extra }));
      expect((JSON.parse(text) as { files: unknown[] }).files).toHaveLength(n);
      if (n === 5000) {
        expect(pieces.length).toBeGreaterThan(5);
        expect(waits).toBe(Math.floor(pieces.length / 2));
        for (const p of pieces) expect(p.length).toBeLessThan((1 << 16) + 1000);
      }
    });
  }
});
