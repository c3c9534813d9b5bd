import { describe, it, expect } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { ConfigurationError } from '@quality/kit/errors';
import {
  buildMatrix,
  entryName,
  isShellUnsafe,
  parseLanguages,
  shardFiles,
} from '../../../packages/matrix/src/build.js';
import { detectProjects } from '../../../packages/matrix/src/detect.js';
import { diskReader, memoryReader } from '../../../packages/matrix/src/reader.js';
import { parseVersionPolicy } from '../../../packages/matrix/src/policy.js';
import type { TimingRecord } from '../../../packages/matrix/src/timing.js';

const today = '2026-11-22';
const fixture = fileURLToPath(new URL('../../fixtures/matrix/monorepo', import.meta.url));

/** What GitHub's fromJSON sees: valid JSON, an object with a non-empty include list of objects. */
function fromJSON(json: string): { include: Record<string, unknown>[] } {
  const v = JSON.parse(json);
  expect(Object.keys(v)).toEqual(['include']);
  expect(Array.isArray(v.include) && v.include.length > 0).toBe(true);
  for (const e of v.include) expect(typeof e === 'object' && e !== null && !Array.isArray(e)).toBe(true);
  return v;
}

describe('buildMatrix', () => {
  it('builds versions x os for every project, with stable names', () => {
    const reader = memoryReader({
      'package.json': '{"engines":{"node":">=22"}}',
      'py/pyproject.toml': '[project]\nrequires-python = ">=3.13"\n',
    });
    const r = buildMatrix({ reader, today, versions: 'supported', os: ['ubuntu-latest', 'windows-latest'] });
    const m = fromJSON(r.json);
    expect(m.include.map((e) => e['name'])).toEqual([
      'node 22, ubuntu-latest',
      'node 22, windows-latest',
      'node 24, ubuntu-latest',
      'node 24, windows-latest',
      'node 26, ubuntu-latest',
      'node 26, windows-latest',
      'py, python 3.13, ubuntu-latest',
      'py, python 3.13, windows-latest',
      'py, python 3.14, ubuntu-latest',
      'py, python 3.14, windows-latest',
      'py, python 3.15, ubuntu-latest',
      'py, python 3.15, windows-latest',
    ]);
    expect(m.include[0]).toEqual({
      name: 'node 22, ubuntu-latest',
      project: '.',
      language: 'node',
      'package-manager': 'npm',
      version: '22',
      os: 'ubuntu-latest',
    });
    expect(r.hasWork).toBe(true);
  });

  it('languages keeps only their projects, and the exclude entries (of the config file) still apply', () => {
    const reader = memoryReader({
      'package.json': '{"engines":{"node":">=24"}}',
      'py/pyproject.toml': '[project]\nrequires-python = ">=3.13"\n',
      'go/go.mod': 'module example.com/m\n\ngo 1.26\n',
    });
    const r = buildMatrix({
      reader,
      today,
      versions: 'supported',
      os: ['ubuntu-latest', 'windows-latest'],
      languages: ['node', 'go'],
      exclude: [{ os: 'windows-latest', language: 'node' }],
    });
    expect(fromJSON(r.json).include.map((e) => e['name'])).toEqual([
      'node 24, ubuntu-latest',
      'node 26, ubuntu-latest',
      'go, go 1.26, ubuntu-latest',
      'go, go 1.26, windows-latest',
    ]);
    expect(r.summaries.map((s) => s.project.language)).toEqual(['node', 'go']);
    // No project of the languages asked for: nothing to run, and include entries alone are no job.
    const nodeOnly = memoryReader({ 'package.json': '{"engines":{"node":">=24"}}' });
    const none = buildMatrix({ reader: nodeOnly, today, languages: ['go'], include: [{ os: 'macos-latest' }] });
    expect([none.hasWork, none.matrix.include]).toEqual([false, [{ name: 'no changes', skip: true }]]);
  });

  it('parseLanguages: comma- or blank-separated known names; empty is every language; a wrong one names itself', () => {
    expect(parseLanguages('languages', [])).toBeUndefined();
    expect(parseLanguages('languages', [' go, node ', 'go'])).toEqual(['go', 'node']);
    expect(parseLanguages('languages', ['python go'])).toEqual(['python', 'go']);
    expect(() => parseLanguages('languages', ['node,ruby'])).toThrow(
      /Input 'languages' has the value "node,ruby": expected languages from node, python, go, comma-separated \(not "ruby"\)/,
    );
  });

  it('applies exclude then include with GitHub semantics on the engine matrix', () => {
    const reader = memoryReader({ 'package.json': '{"engines":{"node":">=22"}}' });
    const r = buildMatrix({
      reader,
      today,
      versions: 'min-max',
      os: ['ubuntu-latest', 'windows-latest'],
      exclude: [{ os: 'windows-latest', version: 26 }],
      include: [
        { version: 26, experimental: true },
        { os: 'macos-latest', version: '24' },
      ],
    });
    expect(r.matrix.include).toEqual([
      {
        name: 'node 22, ubuntu-latest',
        project: '.',
        language: 'node',
        'package-manager': 'npm',
        version: '22',
        os: 'ubuntu-latest',
      },
      {
        name: 'node 22, windows-latest',
        project: '.',
        language: 'node',
        'package-manager': 'npm',
        version: '22',
        os: 'windows-latest',
      },
      {
        name: 'node 26, ubuntu-latest, experimental=true',
        project: '.',
        language: 'node',
        'package-manager': 'npm',
        version: 26,
        os: 'ubuntu-latest',
        experimental: true,
      },
      { name: 'version 24, macos-latest', os: 'macos-latest', version: '24' },
    ]);
  });

  it('runs the fixture monorepo under every policy', () => {
    const reader = diskReader(fixture);
    const file = buildMatrix({ reader, today, versions: 'file' });
    expect(file.matrix.include).toHaveLength(12);
    expect(file.warnings.filter((w) => w.startsWith('The newest known Go line is 1.26'))).toHaveLength(1);
    expect(() => buildMatrix({ reader, today, versions: 'supported' })).toThrow(
      /^go\/svc: toolchain in go\/svc\/go.mod is "1.23.1", which no supported Go release line satisfies on 2026-11-22 \(supported: 1.25, 1.26\)/,
    );
    const list = buildMatrix({ reader, today, versions: parseVersionPolicy('node:22,node:24 python:3.13 go:1.26') });
    expect(list.matrix.include).toHaveLength(5 * 2 + 4 + 3);
  });

  it('keeps only the selected projects, and emits a placeholder when nothing is selected', () => {
    const reader = diskReader(fixture);
    const projects = detectProjects(reader);
    const some = buildMatrix({ reader, today, projects, selected: projects.filter((p) => p.dir === 'go/lib') });
    expect(some.matrix.include.map((e) => e['name'])).toEqual(['go/lib, go 1.24, ubuntu-latest']);
    const none = buildMatrix({ reader, today, projects, selected: [], include: [{ os: 'windows-latest', extra: 1 }] });
    expect(none.hasWork).toBe(false);
    expect(fromJSON(none.json).include).toEqual([{ name: 'no changes', skip: true }]);
  });

  it('refuses more than 256 combinations, saying where they come from', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`p${i}/package.json`] = '{"engines":{"node":">=20"}}';
    const reader = memoryReader(files);
    const err = (() => {
      try {
        buildMatrix({ reader, today, versions: 'supported', os: ['ubuntu-latest', 'windows-latest', 'macos-latest'] });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toMatch(
      /^The matrix has 270 combinations; GitHub runs at most 256 jobs per matrix \(p0 node: 3 version\(s\) x 3 os/,
    );
  });

  it('refuses an output over the limit with a clear error', () => {
    const reader = memoryReader({ 'package.json': '{}' });
    const include = Array.from({ length: 50 }, (_, i) => ({ version: `x${i}`, blob: 'y'.repeat(100) }));
    expect(() => buildMatrix({ reader, today, include, maxOutputBytes: 2000 })).toThrow(
      /a step output may be at most 2000 bytes/,
    );
  });

  it('is an error when there is no project at all', () => {
    expect(() => buildMatrix({ reader: memoryReader({ 'README.md': '' }), today })).toThrow(/No project found/);
  });
});

describe('buildMatrix with shards', () => {
  const files: Record<string, string> = { 'package.json': '{"engines":{"node":"24"}}' };
  for (let i = 0; i < 10; i++) files[`src/t${i}.test.ts`] = '';
  const reader = memoryReader(files);
  const timings: TimingRecord[] = Array.from({ length: 9 }, (_, i) => ({
    path: `src/t${i}.test.ts`,
    seconds: (i + 1) * 10,
  }));

  it('splits the tests of each project across N entries carrying index, total and files', () => {
    const r = buildMatrix({ reader, today, shards: 3, timings });
    const m = fromJSON(r.json);
    expect(m.include.map((e) => [e['name'], e['shard'], e['shard-total']])).toEqual([
      ['node 24, ubuntu-latest, shard 1/3', 1, 3],
      ['node 24, ubuntu-latest, shard 2/3', 2, 3],
      ['node 24, ubuntu-latest, shard 3/3', 3, 3],
    ]);
    const all = m.include.flatMap((e) => e['files'] as string[]).sort();
    expect(all).toEqual(
      Object.keys(files)
        .filter((f) => f.endsWith('.test.ts'))
        .sort(),
    );
    const plan = r.summaries[0]!.shards!;
    expect(plan.untimed).toBe(1);
    expect(plan.defaultSeconds).toBe(50);
    expect(
      Math.max(...plan.shards.map((s) => s.seconds)) - Math.min(...plan.shards.map((s) => s.seconds)),
    ).toBeLessThanOrEqual(10);
  });

  it('the same inputs give the same plan (a re-run of one shard runs the same tests)', () => {
    expect(buildMatrix({ reader, today, shards: 4, timings }).json).toBe(
      buildMatrix({ reader, today, shards: 4, timings: [...timings].reverse() }).json,
    );
  });

  it('auto picks the count from target-minutes', () => {
    expect(buildMatrix({ reader, today, shards: 'auto', targetMinutes: 3, timings }).summaries[0]!.shards!.total).toBe(
      3,
    ); // 450 s timed + 50 s median for the untimed file = 500 s; 500 / 180 -> 3
    expect(buildMatrix({ reader, today, shards: 'auto', targetMinutes: 60, timings }).summaries[0]!.shards!.total).toBe(
      1,
    );
  });

  it('never makes more shards than test files', () => {
    const r = buildMatrix({ reader, today, shards: 20, timings });
    expect(r.summaries[0]!.shards!.total).toBe(10);
    expect(r.warnings.some((w) => w.includes('20 shards asked for but only 10'))).toBe(true);
  });

  it('switches to a plan file when the lists would exceed the output limit', () => {
    const r = buildMatrix({ reader, today, shards: 2, timings, maxOutputBytes: 450, planFile: 'plan.json' });
    expect(r.usesPlanFile).toBe(true);
    const m = fromJSON(r.json);
    expect(m.include[0]).toMatchObject({ shard: 1, 'shard-total': 2, plan: 'plan.json' });
    expect(m.include[0]!['files']).toBeUndefined();
    expect(shardFiles(r.plan, '.', 2, 2)).toEqual(r.summaries[0]!.shards!.shards[1]!.files);
    expect(() => shardFiles(r.plan, '.', 1, 3)).toThrow(/has 2 shards, not 3/);
    expect(() => shardFiles(r.plan, 'nope', 1, 2)).toThrow(/no project "nope"/);
  });

  it('names are stable whatever the order of keys', () => {
    expect(entryName({ os: 'x', language: 'go', version: '1.26', project: 'a' })).toBe('a, go 1.26, x');
    expect(entryName({ project: 'a', version: '1.26', language: 'go', os: 'x' })).toBe('a, go 1.26, x');
  });

  it('warns about test file names a shell would interpret, once per project', () => {
    const r = buildMatrix({
      reader: memoryReader({
        'package.json': '{}',
        'src/ok.test.js': '',
        'src/a$(touch${IFS}pwned).test.js': '',
        'src/b;rm -rf ~.test.js': '',
      }),
      today,
      shards: 2,
    });
    const w = r.warnings.filter((x) => x.includes('a shell interprets'));
    expect(w).toEqual([
      '. (node): 2 test file name(s) hold characters a shell interprets, e.g. "src/a$(touch${IFS}pwned).test.js". ' +
        'Pass matrix.files to commands through env: and quoted arguments, never ${{ }} inside run: (see the example workflow in the README).',
    ]);
    const clean = buildMatrix({
      reader: memoryReader({ 'package.json': '{}', 'src/ok.test.js': '' }),
      today,
      shards: 1,
    });
    expect(clean.warnings.some((x) => x.includes('a shell interprets'))).toBe(false);
    expect(isShellUnsafe('packages/a-b/c_d.test.ts')).toBe(false);
    expect(isShellUnsafe('-rf.test.js')).toBe(true);
    expect(isShellUnsafe('a b.test.js')).toBe(true);
  });
});
