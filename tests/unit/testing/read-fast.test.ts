/**
 * The shortcuts of the report-reading path give the answers of the plain code: the cached path
 * placer and `repoPath`, `locate` and `pickFrame(framesOf())`, a report read in many chunks and
 * the same report read whole, a character split between chunks of `go test -json` output.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJUnit } from '@quality/kit/junit';
import {
  cachedRepoPath,
  framesOf,
  GoTestJsonReader,
  locate,
  pickFrame,
  readReports,
  repoPath,
  ResultCollector,
  toResult,
  type TestResult,
} from '@quality/testing';

const tmp = mkdtempSync(join(tmpdir(), 'quality-read-fast-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('cachedRepoPath', () => {
  it('gives what repoPath gives, for plain and unusual paths, whatever the project directory', () => {
    const segment = fc.constantFrom('src', 'a.ts', '.', '..', '', 'app', 'repo', 'x\\y', 'file:', 'é');
    const path = fc
      .tuple(fc.boolean(), fc.array(segment, { maxLength: 5 }), fc.boolean())
      .map(([abs, parts, slash]) => `${abs ? '/' : ''}${parts.join('/')}${slash ? '/' : ''}`);
    const ctxArb = fc.constantFrom(
      { root: '/repo', projectDir: '/repo/app' },
      { root: '/repo', projectDir: '/repo' },
      { root: '/repo/', projectDir: '/repo/app/' },
      { root: '/', projectDir: '/repo' },
      { root: '/repo', projectDir: '/elsewhere' },
      { root: 'C:\\repo', projectDir: 'C:\\repo\\app' },
    );
    fc.assert(
      fc.property(ctxArb, fc.array(path, { maxLength: 8 }), (ctx, paths) => {
        const place = cachedRepoPath(ctx);
        for (const p of [...paths, ...paths, '/repo/app/src/a.ts', 'src/a.ts', '/repo/app/src/a.ts'])
          expect(place(p)).toBe(repoPath(p, ctx));
      }),
      { numRuns: 500 },
    );
  });
});

describe('locate', () => {
  it('is pickFrame(framesOf(text)) without reading the whole trace', () => {
    const line = fc.constantFrom(
      'Error: boom',
      '    at helper (/repo/node_modules/lib/index.js:3:9)',
      '    at node:internal/process/task_queues:95:5',
      '    at Object.<anonymous> (/repo/app/src/util.js:10:3)',
      '    at Object.<anonymous> (/repo/app/test/a.test.js:22:5)\r',
      '  File "/repo/app/tests/test_x.py", line 7, in test_x',
      'tests/test_x.py:9: AssertionError',
      '    x_test.go:12: want 1',
      ' ❯ test/a.test.js:4:2',
      '',
    );
    const file = fc.constantFrom(undefined, 'test/a.test.js', 'tests/test_x.py', 'x_test.go', 'other.js');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), file, (lines, testFile) => {
        const text = lines.join('\n');
        expect(locate(text, testFile)).toEqual(pickFrame(framesOf(text), testFile));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('readReports in chunks', () => {
  it('a report of several read buffers gives what the whole report gives (failures split across buffers)', async () => {
    const cases: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const fail =
        i % 7 === 3
          ? `<failure message="é ${i} &amp; co">Error: ${'é€😀'.repeat(i % 50)}\n    at Object.t (/repo/app/src/f${i % 13}.test.ts:${i + 1}:5)\n${'    at x (/repo/node_modules/j/x.js:1:1)\n'.repeat(30)}</failure>`
          : i % 11 === 5
            ? '<skipped/>'
            : '';
      cases.push(
        `<testcase classname="c ${i}" name="c ${i}" time="0.0${i % 10}5" file="src/f${i % 13}.test.ts">${fail}</testcase>`,
      );
    }
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests">\n<testsuite name="s">\n${cases.join('\n')}\n</testsuite>\n</testsuites>\n`;
    expect(Buffer.byteLength(xml)).toBeGreaterThan(3 * 256 * 1024);
    const path = join(tmp, 'big.xml');
    writeFileSync(path, xml);
    const ctx = { root: '/repo', projectDir: '/repo/app' };
    const got = await readReports([{ path, display: 'big.xml' }], ctx);

    const c = new ResultCollector();
    readJUnit(xml, 'big.xml', { testcase: (t) => c.add(toResult(t, 'jest', ctx)) });
    expect(got).toEqual(c.report());
    expect(got.tests.failed).toBe(429);
    expect(got.failures[0]).toMatchObject({ path: 'app/src/f3.test.ts', line: 4 });
  });
});

describe('go test -json', () => {
  it('a character split between two chunks is read whole', () => {
    const out: TestResult[] = [];
    const r = new GoTestJsonReader('go.jsonl', { root: '/r', projectDir: '/r', onResult: (x) => out.push(x) });
    const text = Buffer.from(
      [
        { Action: 'run', Package: 'p', Test: 'TestÉ' },
        { Action: 'output', Package: 'p', Test: 'TestÉ', Output: '    x_test.go:3: é€😀\n' },
        { Action: 'fail', Package: 'p', Test: 'TestÉ', Elapsed: 0.1 },
      ]
        .map((o) => JSON.stringify(o))
        .join('\n') + '\n',
    );
    for (let i = 0; i < text.length; i++) r.write(text.subarray(i, i + 1));
    r.end();
    expect(out).toHaveLength(1);
    expect(out[0]!.name).toBe('TestÉ');
    expect(out[0]!.details ?? out[0]!.message).toContain('é€😀');
  });
});
