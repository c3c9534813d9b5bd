/**
 * The spill file (finished lcov files moved to disk past the parser's memory budget): blocks
 * read back byte for byte and rewritten in place when they fit, nothing left in the temp
 * folder, and no number anywhere (summaries, merge, path resolution, diff coverage, lcov
 * output) that differs from the same report held in memory.
 */
import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpillFile } from '../../../packages/coverage/src/spill.js';
import { parseLcovBuffer } from '../../../packages/coverage/src/parsers/lcov.js';
import { summarizeFile, totalsOf } from '@quality/coverage';
import type { CoverageReport } from '@quality/coverage';
import { mergeReports } from '../../../packages/coverage/src/merge.js';
import { resolvePaths } from '../../../packages/coverage/src/paths.js';
import { diffCoverage } from '../../../packages/coverage/src/diff-coverage.js';
import { parseDiff } from '../../../packages/coverage/src/diff.js';
import { toLcov } from '../../../packages/coverage/src/serialize/lcov.js';

const dir = mkdtempSync(join(tmpdir(), 'spill-test-'));
afterAll(() => {
  // every spill file was unlinked as soon as it was open
  expect(readdirSync(dir)).toEqual([]);
  rmSync(dir, { recursive: true, force: true });
});

/** A tracefile of `files` files (a.c, b.c, ...) with lines, branches and functions; `salt` varies the hits. */
function tracefile(files: number, salt: number, prefix = '/build/src/'): string {
  let t = '';
  for (let i = 0; i < files; i++) {
    t += `TN:run${salt}\nSF:${prefix}f${i}.c\n`;
    for (let k = 0; k < 3 + (i % 4); k++)
      t += `FN:${1 + k * 10},fn_${i}_${k}\nFNDA:${(i + k + salt) % 3},fn_${i}_${k}\n`;
    for (let l = 1; l <= 40 + i; l++) {
      if (l % 3 === 0) continue;
      if (l % 7 === 0)
        t += `BRDA:${l},0,0,${(l + salt) % 4 === 0 ? '-' : (l * salt) % 5}\nBRDA:${l},0,1,${(l + i) % 2}\n`;
      t += `DA:${l},${(l * (i + 1) + salt) % 4 === 0 ? 0 : l * 70_000 * ((i % 3) + 1)}\n`;
    }
    t += 'end_of_record\n';
  }
  return t;
}

const summaries = (r: CoverageReport) =>
  [...r.files.values()].map((f) => summarizeFile(f, r.metrics)).sort((a, b) => (a.path < b.path ? -1 : 1));
const frozenCount = (r: CoverageReport) => [...r.files.values()].filter((f) => f.frozen).length;

describe('SpillFile', () => {
  it('reads blocks back exactly, rewrites a block in place when it fits and appends it when it grows', () => {
    const s = new SpillFile(dir);
    const a = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7) & 255);
    const b = Uint8Array.from({ length: 300 }, (_, i) => (i * 13 + 1) & 255);
    const ra = s.put(a, a.length);
    const rb = s.put(b, 200); // only the first 200 bytes
    expect(ra).toEqual({ off: 0, len: 1000, cap: 1000 });
    expect(rb).toEqual({ off: 1000, len: 200, cap: 200 });
    expect([...s.get(ra)]).toEqual([...a]);
    expect([...s.get(rb)]).toEqual([...b.subarray(0, 200)]);
    const smaller = s.put(b, 300, ra); // 300 <= 1000: same place, same room
    expect(smaller).toEqual({ off: 0, len: 300, cap: 1000 });
    expect([...s.get(smaller)]).toEqual([...b]);
    expect([...s.get(rb)]).toEqual([...b.subarray(0, 200)]); // its neighbour is untouched
    const grown = s.put(a, 1000, rb); // 1000 > 200: moves to the end
    expect(grown).toEqual({ off: 1200, len: 1000, cap: 1000 });
    expect(s.size).toBe(2200);
    expect(s.written).toBe(1000 + 200 + 300 + 1000);
    expect([...s.get(grown)]).toEqual([...a]);
    expect(readdirSync(dir)).toEqual([]); // unlinked while open
    s.close();
    expect(() => s.get(ra)).toThrow();
    s.close(); // twice is harmless
  });
});

describe('lcov files frozen past the memory budget', () => {
  const text = tracefile(60, 1);

  it('keeps the files read before the budget is spent in memory and freezes the later ones', () => {
    const all = parseLcovBuffer(text, 'r.info', { spillDir: dir, freezeAboveBytes: 0 });
    expect(frozenCount(all)).toBe(60);
    const some = parseLcovBuffer(text, 'r.info', { spillDir: dir, freezeAboveBytes: 4000 });
    const frozen = [...some.files.values()].map((f) => f.frozen);
    const firstFrozen = frozen.indexOf(true);
    expect(firstFrozen).toBeGreaterThan(0);
    expect(frozen.slice(firstFrozen).every(Boolean)).toBe(true); // once over the budget, every finished file
    const none = parseLcovBuffer(text, 'r.info', { spillDir: dir, freezeAboveBytes: 1 << 30 });
    expect(frozenCount(none)).toBe(0);
    expect(summaries(all)).toEqual(summaries(none));
    expect(summaries(some)).toEqual(summaries(none));
  });

  it('merges sections of one file (concatenated shards) through the spill exactly as in memory, reusing each block', () => {
    const shards = tracefile(30, 1) + tracefile(30, 2) + tracefile(30, 3);
    const warm = parseLcovBuffer(shards, 's.info');
    const cold = parseLcovBuffer(shards, 's.info', { spillDir: dir, freezeAboveBytes: 0 });
    expect(frozenCount(cold)).toBe(30);
    expect(summaries(cold)).toEqual(summaries(warm));
    expect(frozenCount(cold)).toBe(30); // summaries come from the counters kept at freeze time
    const spill = [...cold.files.values()][0]!.frozenIn!;
    expect(spill.size * 2).toBeLessThan(spill.written); // sections 2 and 3 rewrote each file's block in place
    expect(toLcov(cold)).toBe(toLcov(warm)); // the tables, read back
    expect(frozenCount(cold)).toBe(0);
  });

  it('merges frozen reports and frozen path collisions, and freezes the merged file again', () => {
    const a = parseLcovBuffer(tracefile(20, 1), 'a.info', { spillDir: dir, freezeAboveBytes: 0 });
    const b = parseLcovBuffer(tracefile(25, 2), 'b.info', { spillDir: dir, freezeAboveBytes: 0 });
    const wa = parseLcovBuffer(tracefile(20, 1), 'a.info');
    const wb = parseLcovBuffer(tracefile(25, 2), 'b.info');
    const merged = mergeReports([a, b], { consume: true });
    const warm = mergeReports([wa, wb], { consume: true });
    expect(frozenCount(merged)).toBe(25);
    expect(summaries(merged)).toEqual(summaries(warm));
    expect(totalsOf(summaries(merged), merged.metrics)).toEqual(totalsOf(summaries(warm), warm.metrics));

    // Two spellings of each path (a build dir and the source dir) resolve to one repository file.
    const twice = tracefile(10, 3, '/build/src/') + tracefile(10, 4, '/work/repo/src/');
    const files = Array.from({ length: 10 }, (_, i) => `src/f${i}.c`);
    const opts = { workspace: '/work/repo', files, pathMap: [{ from: '/build/src', to: '/work/repo/src' }] };
    const cold = resolvePaths(parseLcovBuffer(twice, 't.info', { spillDir: dir, freezeAboveBytes: 0 }), opts).report;
    const hot = resolvePaths(parseLcovBuffer(twice, 't.info'), opts).report;
    expect(cold.files.size).toBe(10);
    expect(frozenCount(cold)).toBe(10);
    expect(summaries(cold)).toEqual(summaries(hot));
    expect(toLcov(cold)).toBe(toLcov(hot));

    // A spill that can no longer be written (a full disk): the merge still gives the numbers,
    // and the merged files stay in memory.
    const c1 = parseLcovBuffer(tracefile(5, 1), 'c1.info', { spillDir: dir, freezeAboveBytes: 0 });
    const c2 = parseLcovBuffer(tracefile(5, 2), 'c2.info', { spillDir: dir, freezeAboveBytes: 0 });
    const full = jest.spyOn(SpillFile.prototype, 'put').mockImplementation(() => {
      throw new Error('ENOSPC: no space left on device');
    });
    try {
      const m = mergeReports([c1, c2], { consume: true });
      const w = mergeReports(
        [parseLcovBuffer(tracefile(5, 1), 'c1.info'), parseLcovBuffer(tracefile(5, 2), 'c2.info')],
        { consume: true },
      );
      expect(full).toHaveBeenCalled();
      expect(frozenCount(m)).toBe(0);
      expect(summaries(m)).toEqual(summaries(w));
      expect(toLcov(m)).toBe(toLcov(w));
    } finally {
      full.mockRestore();
    }
  });

  it('keeps everything in memory, with a warning, when the spill file cannot be made or written', () => {
    const warm = parseLcovBuffer(text, 'r.info');
    const missing = join(dir, 'no', 'such', 'folder');
    const r = parseLcovBuffer(text, 'r.info', { spillDir: missing, freezeAboveBytes: 0 });
    expect(frozenCount(r)).toBe(0);
    expect(summaries(r)).toEqual(summaries(warm));
    expect(r.warnings.filter((w) => w.includes('could not use a spill file'))).toHaveLength(1);
    expect(r.warnings.find((w) => w.includes('spill'))).toContain(missing);

    // A write that fails (here: the spill is closed) leaves the file's tables as they were.
    const spill = new SpillFile(dir);
    spill.close();
    const f = [...parseLcovBuffer(text, 'r.info').files.values()][5]!;
    const before = toLcov({ ...warm, files: new Map([[f.path, f]]) });
    expect(() => f.freeze(spill)).toThrow();
    expect(f.frozen).toBe(false);
    expect(toLcov({ ...warm, files: new Map([[f.path, f]]) })).toBe(before);
  });

  it('gives the same diff coverage, reading back only the changed files', () => {
    const cold = parseLcovBuffer(text, 'r.info', { spillDir: dir, freezeAboveBytes: 0 });
    const warm = parseLcovBuffer(text, 'r.info');
    const rel = (r: CoverageReport) =>
      resolvePaths(r, { workspace: '/build', files: Array.from({ length: 60 }, (_, i) => `src/f${i}.c`) }).report;
    const patch =
      'diff --git a/src/f3.c b/src/f3.c\n--- a/src/f3.c\n+++ b/src/f3.c\n@@ -1,0 +1,12 @@\n' +
      Array.from({ length: 12 }, (_, i) => `+line ${i}\n`).join('') +
      'diff --git a/src/f9.c b/src/f9.c\n--- a/src/f9.c\n+++ b/src/f9.c\n@@ -20,0 +20,5 @@\n' +
      Array.from({ length: 5 }, (_, i) => `+line ${i}\n`).join('');
    const d = parseDiff(patch, { name: 'p' });
    const coldRel = rel(cold);
    const got = diffCoverage(coldRel, d);
    expect(got).toEqual(diffCoverage(rel(warm), d));
    expect(got.lines.total).toBeGreaterThan(0);
    expect(frozenCount(coldRel)).toBe(58); // f3 and f9 were read back, no other
  });
});
