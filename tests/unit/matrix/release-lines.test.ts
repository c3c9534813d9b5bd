import { buildMatrix } from '../../../packages/matrix/src/build.js';
import { memoryReader } from '../../../packages/matrix/src/reader.js';
import { describe, it, expect } from '@jest/globals';
import {
  compareVersions,
  defaultReleaseData,
  loadReleaseData,
  ltsLines,
  staleDataWarnings,
  supportedLines,
} from '../../../packages/matrix/src/release-lines.js';

const data = defaultReleaseData();
const lines = (xs: { line: string }[]) => xs.map((l) => l.line);

describe('release lines', () => {
  it('orders versions numerically, not as strings', () => {
    expect(compareVersions('3.9', '3.10')).toBeLessThan(0);
    expect(compareVersions('1.22', '1.22.0')).toBe(0);
    expect(compareVersions('26', '3')).toBeGreaterThan(0);
  });

  it('gives the supported lines for an injected today', () => {
    expect(lines(supportedLines(data, 'node', '2026-11-22'))).toEqual(['22', '24', '26']);
    expect(lines(supportedLines(data, 'node', '2025-11-01'))).toEqual(['20', '22', '24', '25']);
    expect(lines(supportedLines(data, 'python', '2026-11-22'))).toEqual(['3.11', '3.12', '3.13', '3.14', '3.15']);
    expect(lines(supportedLines(data, 'python', '2025-06-01'))).toEqual(['3.9', '3.10', '3.11', '3.12', '3.13']);
  });

  it('derives Go end of life from the release two minors later', () => {
    const go = Object.fromEntries(data.go.map((l) => [l.line, l.eol]));
    expect(go['1.23']).toBe('2025-08-12');
    expect(go['1.25']).toBeUndefined();
    expect(lines(supportedLines(data, 'go', '2025-09-01'))).toEqual(['1.24', '1.25']);
    expect(lines(supportedLines(data, 'go', '2026-11-22'))).toEqual(['1.25', '1.26']);
  });

  it('knows which Node lines are LTS on a date', () => {
    expect(lines(ltsLines(data, '2026-11-22'))).toEqual(['22', '24', '26']);
    expect(lines(ltsLines(data, '2026-10-01'))).toEqual(['22', '24']);
  });

  it('warns when the data is older than the release cadence', () => {
    expect(staleDataWarnings(data, '2026-03-01')).toEqual([]);
    const w = staleDataWarnings(data, '2026-11-22');
    expect(w).toEqual([
      'The newest known Go line is 1.26 (released 2026-02-10). A newer line may be out: pin versions explicitly if you need it (e.g. versions: node:<version>, python:<version>, go:<version>).',
    ]);
    expect(w[0]).not.toMatch(/release-lines\.json|packages\//);
  });

  it('warns only for the languages the repository uses, in one warning', () => {
    expect(staleDataWarnings(data, '2026-11-22', ['node', 'python'])).toEqual([]);
    expect(staleDataWarnings(data, '2026-11-22', ['go'])[0]).toMatch(
      /^The newest known Go line is 1\.26 .*versions: go:<version>\)\.$/,
    );
    const later = staleDataWarnings(data, '2027-12-01', ['node', 'go']);
    expect(later).toHaveLength(1);
    expect(later[0]).toMatch(
      /^The newest known Node\.js line is 26 \(released 2026-04-22\); the newest known Go line is 1\.26/,
    );
  });

  it('gives the matrix one stale-data warning for the languages present, none for an explicit list', () => {
    const reader = memoryReader({ 'a/go.mod': 'module a\ngo 1.25\n', 'b/go.mod': 'module b\ngo 1.26\n' });
    const r = buildMatrix({ reader, today: '2026-11-22' });
    expect(r.warnings.filter((x) => x.includes('newest known'))).toHaveLength(1);
    const node = buildMatrix({ reader: memoryReader({ 'package.json': '{}' }), today: '2026-11-22' });
    expect(node.warnings.some((x) => x.includes('newest known'))).toBe(false);
    const list = buildMatrix({ reader, today: '2026-11-22', versions: { list: ['go:1.26'] } });
    expect(list.warnings).toEqual([]);
  });

  it('rejects malformed data with the field that is wrong', () => {
    expect(() => loadReleaseData({ node: [{ line: '20', released: '2023/04/18' }], python: [], go: [] })).toThrow(
      /node\[0\]: 'released' must be a date/,
    );
    expect(() => loadReleaseData({ node: [{ line: 'x', released: '2023-04-18' }] })).toThrow(/'line' must be/);
  });
});
