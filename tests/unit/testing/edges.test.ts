/**
 * The readers on inputs the sample projects do not produce: hostile or broken reports, tests that
 * never ended, paths outside the repository, and the bounded collector.
 */
import { describe, expect, it } from '@jest/globals';
import { FileFormatError } from '@quality/kit/errors';
import { readJUnit, MAX_DETAIL_CHARS, type JUnitCase } from '@quality/kit/junit';
import {
  framesOf,
  GoTestJsonReader,
  JestJsonReader,
  junitResults,
  pickFrame,
  repoPath,
  ResultCollector,
  SLOWEST,
  type TestResult,
} from '@quality/testing';

const ctx = { root: '/repo', projectDir: '/repo/app', goModule: 'example.com/m' };

function go(lines: string[]): TestResult[] {
  const out: TestResult[] = [];
  const r = new GoTestJsonReader('go.jsonl', { ...ctx, onResult: (x) => out.push(x) });
  // Split across chunks in the middle of a line: the reader carries the rest.
  const text = lines.join('\n') + '\n';
  r.write(text.slice(0, 17));
  r.write(text.slice(17));
  r.end();
  return out;
}
const ev = (o: object) => JSON.stringify({ Package: 'example.com/m/p', ...o });

describe('go test -json', () => {
  it('a test that started and never ended (the binary panicked) is failed with its output', () => {
    const out = go([
      ev({ Action: 'run', Test: 'TestA' }),
      ev({ Action: 'output', Test: 'TestA', Output: '    a_test.go:7: about to panic\n' }),
      ev({ Action: 'fail', Elapsed: 0.1 }),
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      name: 'TestA',
      outcome: 'failed',
      location: { path: 'app/p/a_test.go', line: 7 },
    });
  });

  it('a package that failed with every test passed (TestMain) is one errored result', () => {
    const out = go([
      ev({ Action: 'run', Test: 'TestA' }),
      ev({ Action: 'pass', Test: 'TestA', Elapsed: 0 }),
      ev({ Action: 'output', Output: 'TestMain: database unreachable\n' }),
      ev({ Action: 'fail', Elapsed: 0.2 }),
    ]);
    expect(out.map((r) => [r.name, r.outcome])).toEqual([
      ['TestA', 'passed'],
      ['example.com/m/p', 'errored'],
    ]);
    expect(out[1]!.message).toContain('database unreachable');
  });

  it('a broken event line is a FileFormatError with its line number; other plain lines are skipped', () => {
    expect(() => go(['not json at all', ev({ Action: 'run', Test: 'T' }), '{"Action": broken'])).toThrow(
      new FileFormatError('go.jsonl', 3, 'is not a line of `go test -json` output.'),
    );
  });
});

describe('JUnit reader (kit)', () => {
  const cases = (xml: string) => {
    const out: JUnitCase[] = [];
    readJUnit(xml, 'r.xml', { testcase: (c) => out.push(c) });
    return out;
  };

  it('error outranks failure whatever the order; skipped does not hide a failure', () => {
    const [a, b] = cases(
      '<testsuite><testcase name="a"><failure message="f"/><error message="e"/></testcase>' +
        '<testcase name="b"><failure message="f">trace</failure><skipped/></testcase></testsuite>',
    );
    expect([a!.outcome, a!.message, b!.outcome, b!.details]).toEqual(['errored', 'e', 'failed', 'trace']);
  });

  it('a huge failure text is kept to its first MAX_DETAIL_CHARS', () => {
    const [c] = cases(
      `<testsuite><testcase name="a"><failure>${'x'.repeat(MAX_DETAIL_CHARS * 3)}</failure></testcase></testsuite>`,
    );
    expect(c!.details!.length).toBe(MAX_DETAIL_CHARS);
  });

  it('a root that is not JUnit, and entity declarations, are FileFormatErrors', () => {
    expect(() => cases('<coverage/>')).toThrow(FileFormatError);
    expect(() => cases('<!DOCTYPE x [<!ENTITY a "b">]><testsuite/>')).toThrow(FileFormatError);
  });
});

describe('locations and paths', () => {
  it('prefers the frame in the test file, skips node_modules and the runtime', () => {
    const frames = framesOf(
      [
        'Error: boom',
        '    at helper (/repo/node_modules/lib/index.js:3:9)',
        '    at node:internal/process/task_queues:95:5',
        '    at Object.<anonymous> (/repo/app/src/util.js:10:3)',
        '    at Object.<anonymous> (/repo/app/test/a.test.js:22:5)',
      ].join('\n'),
    );
    expect(pickFrame(frames, 'test/a.test.js')).toEqual({ file: '/repo/app/test/a.test.js', line: 22 });
    expect(pickFrame(frames)).toEqual({ file: '/repo/app/src/util.js', line: 10 });
  });

  it('paths outside the repository are dropped, not kept as written', () => {
    expect(repoPath('../../etc/passwd', ctx)).toBeUndefined();
    expect(repoPath('/elsewhere/a.js', ctx)).toBeUndefined();
    expect(repoPath('src\\a.js', ctx)).toBe('app/src/a.js');
    expect(repoPath('/repo/app/./src/../a.js', ctx)).toBe('app/a.js');
  });

  it('a long hostile line is not searched (linear time)', () => {
    const t0 = performance.now();
    expect(framesOf(`    at ${'('.repeat(200_000)}:1:1`)).toEqual([]);
    expect(framesOf('File "'.repeat(100_000))).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe('JUnit results: each file placed from its first case on', () => {
  it('a file with a single test case still has its path and timing (the path cache returned nothing on a miss)', async () => {
    const out: TestResult[] = [];
    const xml =
      '<testsuites name="jest tests"><testsuite name="s">' +
      '<testcase name="a" classname="a" file="src/a.test.js" time="1.5"/>' +
      '<testcase name="b" classname="b" file="src/b.test.js" time="2"/>' +
      '<testcase name="c" classname="c" file="src/b.test.js" time="1"/>' +
      '</testsuite></testsuites>';
    const r = junitResults('r.xml', xml, { ...ctx, onResult: (x) => out.push(x) });
    r.write(Buffer.from(xml));
    r.end();
    expect(out.map((x) => x.file)).toEqual(['app/src/a.test.js', 'app/src/b.test.js', 'app/src/b.test.js']);
  });
});

describe('collector', () => {
  it('keeps the slowest N and totals for any number of tests', () => {
    const c = new ResultCollector();
    for (let i = 0; i < 5000; i++)
      c.add({ producer: 'junit', name: `t${i}`, seconds: (i * 7919) % 5000, outcome: 'passed' });
    const r = c.report();
    expect(r.tests.total).toBe(5000);
    expect(r.slowest.map((s) => s.seconds)).toEqual(Array.from({ length: SLOWEST }, (_, k) => 4999 - k));
  });
});

describe('jest --json', () => {
  const jest = (doc: object): TestResult[] => {
    const out: TestResult[] = [];
    const r = new JestJsonReader('jest.json', { ...ctx, onResult: (x) => out.push(x) });
    r.write(Buffer.from(JSON.stringify(doc)));
    r.end();
    return out;
  };
  const file = (status: string, assertionResults: object[], message = '') => ({
    testResults: [{ name: '/repo/app/a.test.js', status, message, assertionResults }],
  });

  it('a status jest does not write ("constructor", "__proto__", anything else) counts the test as errored, never drops it', () => {
    const out = jest(
      file('failed', [
        { fullName: 'ok', status: 'passed' },
        { fullName: 'bad1', status: 'constructor', failureMessages: ['x'] },
        { fullName: 'bad2', status: '__proto__' },
        { fullName: 'bad3', status: 'exploded' },
      ]),
    );
    expect(out.map((t) => [t.name, t.outcome])).toEqual([
      ['ok', 'passed'],
      ['bad1', 'errored'],
      ['bad2', 'errored'],
      ['bad3', 'errored'],
    ]);
    expect(out[1]!.message).toMatch(/jest reported the status "constructor", which is not one of passed, failed/);
  });

  it('a file jest failed while every test in it passed (a hook that threw) adds an errored entry with its message', () => {
    const out = jest(file('failed', [{ fullName: 'ok', status: 'passed' }], 'afterAll hook: boom'));
    expect(out.map((t) => [t.name, t.outcome, t.message])).toEqual([
      ['ok', 'passed', undefined],
      ['app/a.test.js', 'errored', 'afterAll hook: boom'],
    ]);
    // A passing file adds nothing; a failed test already says the file failed.
    expect(jest(file('passed', [{ fullName: 'ok', status: 'passed' }]))).toHaveLength(1);
    expect(jest(file('failed', [{ fullName: 'no', status: 'failed' }]))).toHaveLength(1);
  });
});
