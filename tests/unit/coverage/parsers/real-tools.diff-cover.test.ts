/**
 * Our diff coverage against diff-cover's own JSON report on a real change
 * (tests/fixtures/coverage/generated/diff: a coverage.py Cobertura report with a
 * relative <source>, a git patch with a new file, a deleted file and a rename).
 */
import { describe, it, expect } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseCobertura } from '../../../../packages/coverage/src/parsers/cobertura.js';
import { parseDiff } from '../../../../packages/coverage/src/diff.js';
import { resolvePaths } from '../../../../packages/coverage/src/paths.js';
import { diffCoverage, lineRanges } from '../../../../packages/coverage/src/diff-coverage.js';

const dir = fileURLToPath(new URL('../../../fixtures/coverage/generated/diff/', import.meta.url));

interface DiffCoverJson {
  src_stats: Record<string, { percent_covered: number; violation_lines: number[] }>;
  total_num_lines: number;
  total_num_violations: number;
  total_percent_covered: number;
  num_changed_lines: number;
}

async function* chunks(b: Buffer): AsyncIterable<Buffer> {
  yield b;
}

describe('diff coverage vs diff-cover 7.4 on a real change', () => {
  it.each(['change.patch', 'change-U0.patch'])('%s: same files, missing lines and totals', async (patchName) => {
    const expected = JSON.parse(await readFile(dir + 'diff-cover.json', 'utf8')) as DiffCoverJson;
    const raw = await parseCobertura(chunks(await readFile(dir + 'coverage.xml')), { name: 'coverage.xml' });
    // The repository's files, as coverage.py's own text report names them (an independent source).
    const files = (await readFile(dir + 'coverage-report.txt', 'utf8'))
      .split('\n')
      .map((l) => l.split(/\s+/)[0]!)
      .filter((n) => n.endsWith('.py'));
    const { report, unmapped } = resolvePaths(raw, { workspace: '/work/repo', files });
    expect(unmapped).toEqual([]);
    const diff = parseDiff(await readFile(dir + patchName, 'utf8'), { name: patchName });

    // diff-cover's num_changed_lines: every added line of surviving files.
    expect(diff.files.reduce((n, f) => n + f.added.length, 0)).toBe(expected.num_changed_lines);

    const d = diffCoverage(report, diff);
    const ours = Object.fromEntries(d.files.map((f) => [f.path, f]));
    expect(Object.keys(ours).sort()).toEqual(Object.keys(expected.src_stats).sort());
    for (const [path, s] of Object.entries(expected.src_stats)) {
      const f = ours[path]!;
      expect(f.uncovered).toEqual(s.violation_lines);
      expect((f.counter.covered / f.counter.total) * 100).toBeCloseTo(s.percent_covered, 10);
    }
    expect(d.lines.total).toBe(expected.total_num_lines);
    expect(d.lines.total - d.lines.covered).toBe(expected.total_num_violations);
    // diff-cover 7.4 truncates the total percent to an integer; ours is unrounded.
    expect(Math.floor(d.percent!)).toBe(expected.total_percent_covered);
    // The console report's "Missing lines 6,8,13-16" is the same set as our ranges.
    expect(lineRanges(ours['shop/discount.py']!.uncovered)).toBe('6, 8, 13-16');
  });
});
