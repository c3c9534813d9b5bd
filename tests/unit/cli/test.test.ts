/**
 * `quality test`: reading reports (--report), the JSON contract, exit codes and usage errors.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quality } from './run.js';

const repo = process.cwd();
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

  it('usage errors exit 2: --report with --command, a bad --flaky, --command without a command', async () => {
    expect((await quality(['test', '--report', 'a.xml', '--command', 'npx', 'jest'], repo)).code).toBe(2);
    const flaky = await quality(['test', '--flaky', 'maybe'], repo);
    expect(flaky.code).toBe(2);
    expect(flaky.stderr).toContain("'pass', 'fail'");
    expect((await quality(['test', '--command'], repo)).code).toBe(2);
  });
});
