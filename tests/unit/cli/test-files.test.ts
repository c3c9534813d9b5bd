/**
 * `quality test --file` / `--files-from`: only a shard's test files run, with the real runners
 * (jest from this repository, Debian's pytest, go test), and the retry of a shard stays in it.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFileList } from '../../../packages/cli/src/commands/test.js';
import { quality } from './run.js';

const repo = process.cwd();
const debianPython = { PATH: `/usr/bin:${process.env.PATH ?? ''}` };
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'quality-test-files-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const names = (out: { timings: { file: string }[] }) => out.timings.map((t) => t.file).sort();

describe('quality test --file: only the given test files run', () => {
  it('jest (the package.json script through npm): --runTestsByPath with the files', async () => {
    const r = await quality(
      ['test', 'tests/fixtures/testing/node', '--file', '__tests__/divide.test.js', '--json'],
      repo,
      { TMPDIR: tmp() },
    );
    expect(r.stderr).toContain('--runTestsByPath __tests__/divide.test.js');
    const out = JSON.parse(r.stdout);
    expect(names(out)).toEqual(['tests/fixtures/testing/node/__tests__/divide.test.js']);
    expect(out.tests).toEqual({ total: 2, passed: 1, failed: 1, errored: 0, skipped: 0 });
    expect(r.code).toBe(1);
  });

  it('pytest: the files as paths (--files-from a JSON array, as quality shard --json writes it)', async () => {
    const d = tmp();
    writeFileSync(join(d, 'files.json'), '["tests/test_helpers.py"]\n');
    const r = await quality(
      ['test', 'tests/fixtures/testing/python', '--files-from', join(d, 'files.json'), '--json'],
      repo,
      debianPython,
    );
    const out = JSON.parse(r.stdout);
    expect(names(out)).toEqual(['tests/fixtures/testing/python/tests/test_helpers.py']);
    expect(out.tests.total).toBe(2);
  });

  it('go test: the packages replace ./... (a passing package passes alone)', async () => {
    const r = await quality(['test', 'tests/fixtures/testing/go', '--file', './divide', '--json'], repo);
    expect(r.stderr).toContain('go test -json ./divide');
    const out = JSON.parse(r.stdout);
    expect(out.tests).toEqual({ total: 4, passed: 3, failed: 0, errored: 0, skipped: 1 });
    expect(r.code).toBe(0);
  });

  it('go test: a package that build constraints exclude is left out, as go test ./... leaves it out', async () => {
    const d = tmp();
    const test = (pkg: string, build = '') =>
      `${build}package ${pkg}\n\nimport "testing"\n\nfunc TestX(t *testing.T) {}\n`;
    for (const [f, text] of Object.entries({
      'go.mod': 'module example.com/m\n\ngo 1.19\n',
      'a/a_test.go': test('a'),
      'integ/x_test.go': test('integ', '//go:build integration\n\n'),
    })) {
      mkdirSync(join(d, f, '..'), { recursive: true });
      writeFileSync(join(d, f), text);
    }
    // The unsharded run: ./... skips ./integ without a word.
    const all = await quality(['test', d, '--json'], repo);
    expect([all.code, JSON.parse(all.stdout).tests.total]).toEqual([0, 1]);
    // A shard that holds both runs ./a (go test stops before any test when one named package has no file to build).
    const shard = await quality(['test', d, '--file', './a', '--file', './integ', '--json'], repo);
    expect(shard.stderr).toContain('./integ: build constraints exclude all Go files');
    expect([shard.code, JSON.parse(shard.stdout).tests]).toEqual([
      0,
      { total: 1, passed: 1, failed: 0, errored: 0, skipped: 0 },
    ]);
    // With the tag in the command, both run.
    const tagged = await quality(
      ['test', d, '--file', './a', '--file', './integ', '--json', '--command', 'go', 'test', '-tags', 'integration'],
      repo,
    );
    expect([tagged.code, JSON.parse(tagged.stdout).tests.total]).toEqual([0, 2]);
    // A shard of excluded packages only has nothing to run: it says why rather than pass.
    const only = await quality(['test', d, '--file', './integ'], repo);
    expect(only.code).toBe(2);
    expect(only.stderr).toMatch(/build constraints exclude every package of this shard \(\.\/integ\).*-tags/);
  }, 60_000);

  it('a file that is not in the project, or a runner quality cannot narrow, is a configuration error', async () => {
    const missing = await quality(['test', 'tests/fixtures/testing/node', '--file', 'gone.test.js'], repo);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('"gone.test.js" does not exist');
    const unknown = await quality(['test', tmp(), '--file', 'x', '--command', 'true'], repo);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('every test would run instead');
    const reportsOnly = await quality(['test', '--report', 'r.xml', '--file', 'a.test.js'], repo);
    expect(reportsOnly.code).toBe(2);
    expect(reportsOnly.stderr).toContain('with --report alone nothing runs');
    // The reports from the config file: the message names it (it said --report, never given).
    const d = tmp();
    writeFileSync(join(d, 'quality.yml'), 'test:\n  reports: r.xml\n');
    const configOnly = await quality(['test', d, '--file', 'a.test.js'], repo);
    expect(configOnly.code).toBe(2);
    expect(configOnly.stderr).toContain('but quality.yml:2 sets test.reports and no command');
  });

  it('--retry-failed in a shard: pytest reruns the failed node ids, not the whole shard', async () => {
    const d = tmp();
    mkdirSync(join(d, 'tests'));
    writeFileSync(join(d, 'conftest.py'), '');
    writeFileSync(
      join(d, 'tests/test_a.py'),
      [
        'import os',
        'MARK = os.path.join(os.path.dirname(__file__), "ran-once")',
        'def test_ok():',
        '    pass',
        'def test_flaky():',
        '    first = not os.path.exists(MARK)',
        '    open(MARK, "w").close()',
        '    assert not first',
        '',
      ].join('\n'),
    );
    writeFileSync(join(d, 'tests/test_b.py'), 'def test_other():\n    assert False\n');
    const r = await quality(['test', d, '--file', 'tests/test_a.py', '--retry-failed', '1', '--json'], d, debianPython);
    const out = JSON.parse(r.stdout);
    // test_b.py is not in the shard: neither run nor rerun.
    expect(out.tests).toEqual({ total: 2, passed: 2, failed: 0, errored: 0, skipped: 0 });
    expect(out.flaky.map((f: { name: string }) => f.name)).toEqual(['tests/test_a.py::test_flaky']);
    expect(r.stderr).toMatch(/again \(attempt 1 of 1\): .* tests\/test_a\.py::test_flaky\n/);
    expect(r.stderr).not.toMatch(/attempt 1 of 1\): .*tests\/test_a\.py tests/);
    expect(r.code).toBe(0);
  });
});

describe('parseFileList', () => {
  it('reads a JSON array, lines, and null or nothing as no selection', () => {
    expect(parseFileList('["a.test.js", "b c.test.js"]', 'files')).toEqual(['a.test.js', 'b c.test.js']);
    expect(parseFileList('a.test.js\r\n\n  b.test.js  \n', 'files')).toEqual(['a.test.js', 'b.test.js']);
    expect(parseFileList('null', 'files')).toEqual([]);
    expect(parseFileList('  ', 'files')).toEqual([]);
    expect(() => parseFileList('[1]', 'files')).toThrow(/Input 'files'/);
    expect(() => parseFileList('["a"', 'files')).toThrow(/JSON array/);
  });
});
