/**
 * `quality test`: reading reports (--report), the JSON contract, exit codes and usage errors.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quality } from './run.js';
import { flakyPytest } from '../../support/flaky-pytest.js';

const repo = process.cwd();
/** Debian's pytest (the pyenv shim on PATH starts slowly and is not what CI has). */
const debianPython = { PATH: `/usr/bin:${process.env.PATH ?? ''}` };
const reports = 'tests/fixtures/testing/reports';
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'quality-test-cli-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('quality test --report', () => {
  it('prints the JSON contract and exits 1 when tests failed', async () => {
    const r = await quality(
      ['test', 'tests/fixtures/testing/vitest', '--report', `${reports}/vitest.xml`, '--json'],
      repo,
    );
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['tests', 'failures', 'slowest', 'timings', 'flaky']);
    expect(out.tests).toEqual({ total: 8, passed: 3, failed: 3, errored: 0, skipped: 2 });
    expect(out.failures[0]).toEqual({
      name: 'add > fails on purpose',
      outcome: 'failed',
      path: 'tests/fixtures/testing/vitest/test/calc.test.js',
      line: 10,
      message: 'expected 4 to be 5 // Object.is equality',
    });
    expect(out.timings).toEqual([
      { file: 'tests/fixtures/testing/vitest/test/calc.test.js', seconds: expect.any(Number) },
    ]);
  });

  it('reads several reports of different formats into one total', async () => {
    const r = await quality(
      [
        'test',
        'tests/fixtures/testing/go',
        '--report',
        `${reports}/go-test.jsonl`,
        '--report',
        `${reports}/vitest.xml`,
        '--json',
      ],
      repo,
    );
    expect(JSON.parse(r.stdout).tests.total).toBe(12 + 8);
  });

  it('a human summary: each failure with its location and message, then the totals', async () => {
    const r = await quality(['test', 'tests/fixtures/testing/go', '--report', `${reports}/go-test.jsonl`], repo);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'FAIL TestAddCases/two_two (tests/fixtures/testing/go/calc_test.go:33)\n    calc_test.go:33: Add(2, 2) = 4, want 5',
    );
    expect(r.stdout).toContain('ERROR example.com/calc/broken');
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('12 tests: 6 passed, 3 failed, 1 errored, 2 skipped');
  });

  it('exits 0 when every test passed, and 1 when no test ran at all', async () => {
    const d = tmp();
    writeFileSync(
      join(d, 'ok.xml'),
      '<testsuites><testsuite name="s"><testcase classname="a" name="b" time="0.5"/></testsuite></testsuites>',
    );
    writeFileSync(join(d, 'none.xml'), '<testsuites></testsuites>');
    const ok = await quality(['test', '--report', 'ok.xml'], d);
    expect([ok.code, ok.stderr]).toEqual([0, '']);
    const none = await quality(['test', '--report', 'none.xml'], d);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('No test ran');
  });

  it('a missing or unreadable report is a configuration error (exit 2) naming the file', async () => {
    const d = tmp();
    writeFileSync(join(d, 'bad.txt'), 'hello');
    const missing = await quality(['test', '--report', 'nope.xml'], d);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.xml does not exist');
    const bad = await quality(['test', '--report', 'bad.txt'], d);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.txt:1: is not a test report');
  });

  it('usage errors exit 2: a bad --flaky, --command without a command, a bad --retry-failed', async () => {
    expect((await quality(['test', '--retry-failed', '-1'], repo)).code).toBe(2);
    const flaky = await quality(['test', '--flaky', 'maybe'], repo);
    expect(flaky.code).toBe(2);
    expect(flaky.stderr).toContain("'pass', 'fail'");
    expect((await quality(['test', '--command'], repo)).code).toBe(2);
  });
});

/** The closing line a tool printed when the fixtures were made, as counts. */
function counts(name: string): Record<string, number> {
  const line = readFileSync(`${reports}/${name}.summary.txt`, 'utf8');
  const out: Record<string, number> = {};
  for (const m of line.matchAll(/(\d+) ([a-z]+)/g)) out[m[2]!] = Number(m[1]);
  return out;
}

describe("quality test runs the project's tests", () => {
  it('pytest: detected, --junitxml switched on, totals as pytest prints them', async () => {
    const r = await quality(['test', 'tests/fixtures/testing/python', '--json'], repo, debianPython);
    expect(r.stderr).toContain('-m pytest -o junit_family=xunit1 --junitxml=');
    expect(r.code).toBe(1);
    const c = counts('pytest');
    expect(JSON.parse(r.stdout).tests).toEqual({
      total: c.failed! + c.passed! + c.skipped! + c.xfailed! + c.error!,
      passed: c.passed,
      failed: c.failed,
      errored: c.error,
      skipped: c.skipped! + c.xfailed!,
    });
  });

  it('go test -json: detected from go.mod, counted as gotestsum counts', async () => {
    const r = await quality(['test', 'tests/fixtures/testing/go', '--json'], repo);
    expect(r.code).toBe(1);
    const c = counts('gotestsum');
    const t = JSON.parse(r.stdout).tests;
    expect([t.total - t.errored, t.failed, t.skipped, t.errored]).toEqual([c.tests, c.failures, c.skipped, c.error]);
  });

  it('jest through the package.json test script and npm: jest --json switched on', async () => {
    const r = await quality(['test', 'tests/fixtures/testing/node', '--json'], repo, { TMPDIR: tmp() });
    expect(r.stderr).toContain('npm test -- --ci --json --outputFile=');
    const c = counts('jest-junit');
    expect(JSON.parse(r.stdout).tests).toEqual({
      total: c.total,
      passed: c.passed,
      failed: c.failed,
      errored: 0,
      skipped: c.skipped! + c.todo!,
    });
  });

  it('vitest through the package.json test script: its JUnit reporter switched on', async () => {
    const r = await quality(['test', 'tests/fixtures/testing/vitest', '--json'], repo, { TMPDIR: tmp() });
    expect(r.stderr).toContain('--reporter=junit');
    expect(JSON.parse(r.stdout).tests).toEqual({ total: 8, passed: 3, failed: 3, errored: 0, skipped: 2 });
  });

  it('warns that reports given beside a command of a known runner are not read (its own report is)', async () => {
    const r = await quality(
      ['test', 'tests/fixtures/testing/go', '--report', 'unused.xml', '--json', '--command', 'go', 'test', './...'],
      repo,
    );
    // A warning line before the run, as every command writes them (quality check collects those).
    expect(r.stderr.indexOf('warning: The reports given')).toBeLessThan(r.stderr.indexOf('quality test: running'));
    expect(r.stderr).toContain(
      'warning: The reports given (unused.xml) are not read: go test -json ./... is a runner quality reads itself',
    );
    const c = counts('gotestsum');
    expect(JSON.parse(r.stdout).tests.failed).toBe(c.failures);
  });

  it('a command of an unknown runner without reports is not measured: exit 2 saying why', async () => {
    const d = tmp();
    const r = await quality(['test', '--command', 'true'], d);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot tell which tests passed');
  });

  it('a command that does not exist is a configuration error naming it', async () => {
    const d = tmp();
    const r = await quality(['test', '--command', 'quality-no-such-runner', 'x'], d);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('could not start');
  });
});

describe('--retry-failed: only the failed tests again; a pass on retry is flaky', () => {
  /** A test that fails the first time it runs and passes after (a marker file remembers). */
  function flakyPython(): string {
    const d = tmp();
    mkdirSync(join(d, 'tests'));
    writeFileSync(join(d, 'pytest.ini'), '[pytest]\n');
    writeFileSync(join(d, 'tests', 'test_flaky.py'), flakyPytest(['def test_broken():', '    assert 1 == 2', '']));
    return d;
  }

  it('pytest: flaky passes (default), the real failure still fails, node ids are rerun', async () => {
    const d = flakyPython();
    const r = await quality(['test', '--retry-failed', '2', '--json'], d, debianPython);
    const out = JSON.parse(r.stdout);
    expect(out.tests).toEqual({ total: 3, passed: 2, failed: 1, errored: 0, skipped: 0 });
    expect(out.flaky).toEqual([
      { name: 'tests/test_flaky.py::test_flaky', path: expect.stringMatching(/tests\/test_flaky\.py$/) },
    ]);
    expect(out.failures.map((f: { name: string }) => f.name)).toEqual([
      'tests/test_broken.py::test_broken'.replace('test_broken.py', 'test_flaky.py'),
    ]);
    expect(r.stderr).toContain('tests/test_flaky.py::test_flaky');
    expect(r.code).toBe(1);
  });

  it('--flaky fail: a flaky test fails the run', async () => {
    const d = flakyPython();
    writeFileSync(
      join(d, 'tests', 'test_flaky.py'),
      readFileSync(join(d, 'tests', 'test_flaky.py'), 'utf8').replace(
        /def test_broken[\s\S]*?def test_ok/,
        'def test_ok',
      ),
    );
    const pass = await quality(['test', '--retry-failed', '1'], d, debianPython);
    expect(pass.code).toBe(0);
    expect(pass.stdout).toContain('1 flaky');
    rmSync(join(d, 'tests', 'ran-once'));
    const fail = await quality(['test', '--retry-failed', '1', '--flaky', 'fail'], d, debianPython);
    expect(fail.code).toBe(1);
  });

  it('go: -run with the failed top-level tests', async () => {
    const d = tmp();
    writeFileSync(join(d, 'go.mod'), 'module example.com/flaky\n\ngo 1.19\n');
    writeFileSync(
      join(d, 'flaky_test.go'),
      [
        'package flaky',
        '',
        'import (',
        '\t"os"',
        '\t"testing"',
        ')',
        '',
        'func TestFlaky(t *testing.T) {',
        '\tt.Run("sub", func(t *testing.T) {',
        '\t\tif _, err := os.Stat("ran-once"); err != nil {',
        '\t\t\t_ = os.WriteFile("ran-once", nil, 0o644)',
        '\t\t\tt.Fatal("fails the first time")',
        '\t\t}',
        '\t})',
        '}',
        '',
        'func TestOk(t *testing.T) {}',
        '',
      ].join('\n'),
    );
    const r = await quality(['test', '--retry-failed', '1', '--json'], d, {
      GOFLAGS: '-count=1',
      HOME: process.env.HOME ?? d,
    });
    const out = JSON.parse(r.stdout);
    expect(r.stderr).toContain("-run '^(TestFlaky)$'");
    expect(out.tests).toEqual({ total: 3, passed: 3, failed: 0, errored: 0, skipped: 0 });
    expect(out.flaky.map((f: { name: string }) => f.name).sort()).toEqual(['TestFlaky', 'TestFlaky/sub']);
    expect(r.code).toBe(0);
  });

  it('jest: -t with the failed test names and their files', async () => {
    const d = tmp();
    writeFileSync(join(d, 'package.json'), '{"name":"flaky","private":true}');
    writeFileSync(
      join(d, 'flaky.test.js'),
      [
        "const fs = require('fs');",
        "const mark = __dirname + '/ran-once';",
        "test('passes', () => {});",
        "describe('group', () => {",
        "  test('flaky (once)', () => {",
        '    const first = !fs.existsSync(mark);',
        "    fs.writeFileSync(mark, '');",
        '    expect(first).toBe(false);',
        '  });',
        '});',
        '',
      ].join('\n'),
    );
    const jest = join(repo, 'node_modules/jest/bin/jest.js');
    const r = await quality(
      ['test', '--retry-failed', '1', '--json', '--command', process.execPath, jest, '--rootDir', d],
      d,
      {
        TMPDIR: d,
      },
    );
    const out = JSON.parse(r.stdout);
    expect(r.stderr).toContain("-t '^(group flaky \\(once\\))$'");
    expect(out.tests).toEqual({ total: 2, passed: 2, failed: 0, errored: 0, skipped: 0 });
    expect(out.flaky.map((f: { name: string }) => f.name)).toEqual(['group flaky (once)']);
    expect(r.code).toBe(0);
  });
});
