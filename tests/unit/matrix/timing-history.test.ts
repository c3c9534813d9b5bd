/**
 * Timing history: the last N runs per unit, the planner weighs each by the median.
 */
import { describe, expect, it } from '@jest/globals';
import { FileFormatError } from '@quality/kit/errors';
import {
  historyRecords,
  matchTimings,
  mergeTimingHistory,
  parseTimingFile,
  parseTimingHistory,
  updateTimingHistory,
  type TimingHistory,
} from '@quality/matrix';

const run = (prev: TimingHistory | undefined, secs: Record<string, number>, keep?: number) =>
  mergeTimingHistory(
    prev,
    Object.entries(secs).map(([path, seconds]) => ({ path, seconds })),
    keep,
  );

describe('mergeTimingHistory', () => {
  it('keeps the last N samples per file, newest last, and sums one run’s records per file', () => {
    let h: TimingHistory | undefined;
    for (const s of [1, 2, 3, 4]) h = run(h, { 'a.test.ts': s }, 3);
    h = mergeTimingHistory(h, [
      { path: 'a.test.ts', seconds: 2 },
      { path: 'a.test.ts', seconds: 3 },
    ]);
    expect(h.entries).toEqual([{ path: 'a.test.ts', samples: [3, 4, 5], lastRun: 5 }]);
    expect(h.runs).toBe(5);
  });

  it('weighs a file by the median: one outlier run does not move it', () => {
    let h: TimingHistory | undefined;
    for (const s of [10, 11, 9, 60, 10]) h = run(h, { 'slow.test.ts': s, 'b.test.ts': 1 });
    expect(historyRecords(h!)).toEqual([
      { path: 'slow.test.ts', seconds: 10 },
      { path: 'b.test.ts', seconds: 1 },
    ]);
  });

  it('drops a file not seen for keep runs (a deleted test must not weigh forever)', () => {
    let h = run(undefined, { 'gone.test.ts': 5, 'stays.test.ts': 1 }, 3);
    h = run(h, { 'stays.test.ts': 1 });
    h = run(h, { 'stays.test.ts': 1 });
    expect(h.entries.map((e) => e.path)).toEqual(['gone.test.ts', 'stays.test.ts']);
    h = run(h, { 'stays.test.ts': 1 });
    expect(h.entries.map((e) => e.path)).toEqual(['stays.test.ts']);
  });

  it('keeps Python classnames and Go packages as their own units', () => {
    const h = mergeTimingHistory(undefined, [
      { classname: 'tests.test_a.TestX', seconds: 2 },
      { goPackage: 'example.com/m/p', seconds: 3 },
    ]);
    expect(historyRecords(h)).toEqual([
      { classname: 'tests.test_a.TestX', seconds: 2 },
      { goPackage: 'example.com/m/p', seconds: 3 },
    ]);
  });
});

describe('updateTimingHistory and the planner', () => {
  it('reads this run’s files (JUnit, actions/test’s timings JSON), and parseTimingFile reads the history at the median', () => {
    const warnings: string[] = [];
    let text: string | undefined;
    for (const s of [4, 40, 5]) {
      text = updateTimingHistory(
        text,
        [
          { name: 'timings.json', text: JSON.stringify({ 'pkg/src/a.test.ts': s }) },
          {
            name: 'junit.xml',
            text: `<testsuites><testsuite><testcase file="pkg/src/b.test.ts" name="x" time="${s / 2}"/></testsuite></testsuites>`,
          },
        ],
        { warnings },
      );
    }
    expect(warnings).toEqual([]);
    const idx = matchTimings(parseTimingFile(text!, 'history.json'), ['src/a.test.ts', 'src/b.test.ts'], 'pkg');
    expect(Object.fromEntries(idx.seconds)).toEqual({ 'src/a.test.ts': 5, 'src/b.test.ts': 2.5 });
  });

  it('an unreadable previous history or timing file is a warning, never a failed save', () => {
    const warnings: string[] = [];
    const text = updateTimingHistory(
      '{"format":"quality-timing-history","version":9}',
      [{ name: 'bad.xml', text: '<nope/>' }],
      {
        warnings,
      },
    );
    expect(warnings).toHaveLength(2);
    expect(parseTimingHistory(text, 'h').entries).toEqual([]);
  });

  it('a history that is not one is a FileFormatError', () => {
    expect(() => parseTimingHistory('{"format":"quality-timing-history","version":1}', 'h.json')).toThrow(
      FileFormatError,
    );
  });
});

describe('updateTimingHistory on a big run', () => {
  it('takes a timing file of 200,000 tests (more than a spread can pass)', () => {
    const durations: Record<string, number> = {};
    for (let i = 0; i < 200_000; i++) durations[`tests/t${i}.py::test`] = 0.5;
    const text = updateTimingHistory(undefined, [{ name: '.test_durations', text: JSON.stringify(durations) }]);
    expect((JSON.parse(text) as { entries: unknown[] }).entries).toHaveLength(200_000);
  });
});
