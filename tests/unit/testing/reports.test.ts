/**
 * The reports the real tools wrote for the sample projects (tests/fixtures/testing/generate.sh):
 * the totals read from each report are compared with the closing line the tool itself printed.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readReports, type TestReport } from '@quality/testing';

const fixtures = fileURLToPath(new URL('../../fixtures/testing/', import.meta.url));
const reports = `${fixtures}reports/`;
const roots = JSON.parse(readFileSync(`${reports}roots.json`, 'utf8')) as Record<string, string>;
/** The repository root the reports were made in (their stack traces hold absolute paths under it). */
const repoOf = (project: string) => project.replace(/\/tests\/fixtures\/testing\/[^/]+$/, '');

async function read(file: string, project: string): Promise<TestReport> {
  const projectDir = roots[project]!;
  return readReports([{ path: reports + file, display: file }], {
    root: repoOf(projectDir),
    projectDir,
    goModule: 'example.com/calc',
  });
}

/** `4 failed, 5 passed, 1 skipped` → { failed: 4, passed: 5, skipped: 1 } */
function counts(line: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of line.matchAll(/(\d+) ([a-z]+)/g)) out[m[2]!] = Number(m[1]);
  for (const m of line.matchAll(/([a-z]+) (\d+)/gi)) if (!(m[1]! in out)) out[m[1]!.toLowerCase()] = Number(m[2]);
  return out;
}
const summary = (name: string) => readFileSync(`${reports}${name}.summary.txt`, 'utf8').trim();
const P = 'tests/fixtures/testing';

describe('totals match what the tools printed', () => {
  it.each(['pytest-xunit1.xml', 'pytest-xunit2.xml'])(
    'pytest %s: xfail is skipped, a setup error is errored',
    async (f) => {
      const c = counts(summary('pytest'));
      const r = await read(f, 'python');
      expect(r.tests).toEqual({
        total: c.failed! + c.passed! + c.skipped! + c.xfailed! + c.error!,
        passed: c.passed,
        failed: c.failed,
        errored: c.error,
        skipped: c.skipped! + c.xfailed!,
      });
      expect(r.failures.find((x) => x.outcome === 'errored')?.name).toBe('tests/test_calc.py::test_setup_error');
    },
  );

  it('jest-junit: failed and skipped as jest counts them; a todo test is written as passed by jest-junit', async () => {
    const c = counts(summary('jest-junit')); // Tests: 3 failed, 1 skipped, 1 todo, 4 passed, 9 total
    const r = await read('jest-junit.xml', 'node');
    expect(r.tests).toEqual({
      total: c.total,
      passed: c.passed! + c.todo!,
      failed: c.failed,
      errored: 0,
      skipped: c.skipped,
    });
  });

  it('jest --json: todo is skipped, as jest counts it', async () => {
    const c = counts(summary('jest-junit')); // Tests: 3 failed, 1 skipped, 1 todo, 4 passed, 9 total
    const r = await read('jest.json', 'node');
    expect(r.tests).toEqual({
      total: c.total,
      passed: c.passed,
      failed: c.failed,
      errored: 0,
      skipped: c.skipped! + c.todo!,
    });
    expect(r.failures.map((x) => [x.name, x.path, x.line])).toEqual([
      ['add fails on purpose', `${P}/node/__tests__/calc.test.js`, 9],
      ['add add(2, 2) = 5', `${P}/node/__tests__/calc.test.js`, 17],
      ['throws an error it did not expect', `${P}/node/__tests__/divide.test.js`, 8],
    ]);
  });

  it('vitest: todo is skipped', async () => {
    const line = summary('vitest'); // Tests  3 failed | 3 passed | 1 skipped | 1 todo (8)
    const c = counts(line);
    const r = await read('vitest.xml', 'vitest');
    expect(r.tests).toEqual({
      total: Number(/\((\d+)\)/.exec(line)![1]),
      passed: c.passed,
      failed: c.failed,
      errored: 0,
      skipped: c.skipped! + c.todo!,
    });
  });

  it.each(['go-test.jsonl', 'gotestsum.xml'])(
    'go %s: tests and subtests count as gotestsum counts them, the package that did not build is an error',
    async (f) => {
      const c = counts(summary('gotestsum')); // DONE 11 tests, 2 skipped, 3 failures, 1 error
      const r = await read(f, 'go');
      expect(r.tests.total - r.tests.errored).toBe(c.tests);
      expect(r.tests.failed).toBe(c.failures);
      expect(r.tests.skipped).toBe(c.skipped);
      expect(r.tests.errored).toBe(c.error);
      expect(r.failures.map((x) => x.name)).toEqual(expect.arrayContaining(['TestAddCases', 'TestAddCases/two_two']));
    },
  );
});

describe('failures: message and location, repository-relative', () => {
  it('pytest: the failing assertion, in the test file, the same in both families (xunit2 has no file or line)', async () => {
    for (const f of ['pytest-xunit1.xml', 'pytest-xunit2.xml']) {
      const r = await read(f, 'python');
      const by = Object.fromEntries(r.failures.map((x) => [x.name, x]));
      expect(by['tests/test_calc.py::test_fails_on_purpose']).toMatchObject({
        path: `${P}/python/tests/test_calc.py`,
        line: 11,
        message: expect.stringContaining('assert 4 == 5'),
      });
      // The assertion failed in a helper: the annotation goes where the test called it.
      expect(by['tests/test_helpers.py::test_helper_fails']).toMatchObject({
        path: `${P}/python/tests/test_helpers.py`,
        line: 6,
      });
      expect(by['tests/test_calc.py::TestDivide::test_divides_by_zero']).toMatchObject({ line: 43 });
    }
  });

  it('jest-junit: from the V8 stack trace, skipping node_modules frames', async () => {
    const r = await read('jest-junit.xml', 'node');
    expect(r.failures.map((x) => [x.name, x.path, x.line])).toEqual([
      ['add fails on purpose', `${P}/node/__tests__/calc.test.js`, 9],
      ['add add(2, 2) = 5', `${P}/node/__tests__/calc.test.js`, 17],
      // The error was thrown in calc.js; the test's own frame comes first.
      ['throws an error it did not expect', `${P}/node/__tests__/divide.test.js`, 8],
    ]);
    expect(r.failures[0]!.message).toBe(
      'Error: expect(received).toBe(expected) // Object.is equality\n\nExpected: 5\nReceived: 4',
    );
  });

  it('vitest: from its ❯ frames, relative to the project', async () => {
    const r = await read('vitest.xml', 'vitest');
    expect(r.failures.map((x) => [x.path, x.line, x.message])).toEqual([
      [`${P}/vitest/test/calc.test.js`, 10, 'expected 4 to be 5 // Object.is equality'],
      [`${P}/vitest/test/calc.test.js`, 18, 'expected 4 to be 5 // Object.is equality'],
      [`${P}/vitest/test/calc.test.js`, 29, 'division by zero'],
    ]);
  });

  it('go: file names relative to the package directory, placed through the module path', async () => {
    for (const f of ['go-test.jsonl', 'gotestsum.xml']) {
      const r = await read(f, 'go');
      const two = r.failures.find((x) => x.name === 'TestAddCases/two_two')!;
      expect([two.path, two.line, two.message]).toEqual([
        `${P}/go/calc_test.go`,
        33,
        'calc_test.go:33: Add(2, 2) = 4, want 5',
      ]);
      // The parent failed through its subtest: counted, listed, not annotated at a made-up line.
      expect(r.failures.find((x) => x.name === 'TestAddCases')!.line).toBeUndefined();
    }
  });

  it('go test -json: the package that did not build says so', async () => {
    const r = await read('go-test.jsonl', 'go');
    expect(r.failures.find((x) => x.outcome === 'errored')).toMatchObject({
      name: 'example.com/calc/broken',
      message: expect.stringContaining('[build failed]'),
    });
  });
});

describe('timings and the slowest tests', () => {
  it('per file for JavaScript and Python, per package directory for Go', async () => {
    expect((await read('jest-junit.xml', 'node')).timings.map((t) => t.file)).toEqual([
      `${P}/node/__tests__/calc.test.js`,
      `${P}/node/__tests__/divide.test.js`,
    ]);
    expect((await read('go-test.jsonl', 'go')).timings.map((t) => t.file)).toEqual([`${P}/go`, `${P}/go/divide`]);
    const py = await read('pytest-xunit1.xml', 'python');
    const sum = py.timings.reduce((a, t) => a + t.seconds, 0);
    const cases = readFileSync(`${reports}pytest-xunit1.xml`, 'utf8').match(/<testcase [^>]*time="([\d.]+)"/g)!;
    const expected = cases.reduce((a, m) => a + Number(/time="([\d.]+)"/.exec(m)![1]), 0);
    expect(sum).toBeCloseTo(expected, 3);
  });

  it('the 10 slowest, slowest first', async () => {
    const r = await read('pytest-xunit1.xml', 'python');
    expect(r.slowest).toHaveLength(10);
    for (let i = 1; i < r.slowest.length; i++)
      expect(r.slowest[i - 1]!.seconds).toBeGreaterThanOrEqual(r.slowest[i]!.seconds);
  });
});

describe('Surefire (a file written to the schema: Maven is not installable here)', () => {
  it('errors, failures, skips; flakyFailure leaves the test passed and flaky; frames placed by the Maven layout', async () => {
    const root = '/repo';
    const r = await readReports([{ path: `${fixtures}surefire/TEST-com.example.CalcTest.xml`, display: 'TEST.xml' }], {
      root,
      projectDir: `${root}/app`,
      exists: (p) => p === 'app/src/test/java/com/example/CalcTest.java',
    });
    expect(r.tests).toEqual({ total: 5, passed: 2, failed: 1, errored: 1, skipped: 1 });
    expect(r.flaky).toEqual([{ name: 'com.example.CalcTest.flaky' }]);
    expect(r.failures.map((f) => [f.name, f.outcome, f.path, f.line])).toEqual([
      ['com.example.CalcTest.failsOnPurpose', 'failed', 'app/src/test/java/com/example/CalcTest.java', 17],
      ['com.example.CalcTest.divideByZero', 'errored', 'app/src/test/java/com/example/CalcTest.java', 23],
    ]);
    expect(existsSync(`${fixtures}surefire/TEST-com.example.CalcTest.xml`)).toBe(true);
  });
});
