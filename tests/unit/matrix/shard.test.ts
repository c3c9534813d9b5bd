import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { autoShardCount, median, planShards, splitByCount } from '../../../packages/matrix/src/shard.js';
import { discoverTests } from '../../../packages/matrix/src/tests.js';
import { memoryReader } from '../../../packages/matrix/src/reader.js';

describe('planShards (LPT)', () => {
  it('places the longest first, each on the least loaded shard', () => {
    const plan = planShards(
      [
        { path: 'a', seconds: 7 },
        { path: 'b', seconds: 5 },
        { path: 'c', seconds: 4 },
        { path: 'd', seconds: 3 },
        { path: 'e', seconds: 1 },
      ],
      2,
    );
    // 7 -> 1; 5 -> 2; 4 -> 2 (9); 3 -> 1 (10); 1 -> 2 (10)
    expect(plan.shards).toEqual([
      { index: 1, files: ['a', 'd'], seconds: 10 },
      { index: 2, files: ['b', 'c', 'e'], seconds: 10 },
    ]);
    expect(plan.totalSeconds).toBe(20);
  });

  it('spreads untimed units at the median weight when they cannot be grouped (2 shards)', () => {
    const plan = planShards(
      [{ path: 'x', seconds: 1 }, { path: 'y', seconds: 3 }, { path: 'z', seconds: 10 }, { path: 'new' }],
      2,
    );
    expect(plan.defaultSeconds).toBe(3);
    expect(plan.untimed).toBe(1);
    expect(plan.untimedShards).toBe(1);
    expect(plan.totalSeconds).toBe(17);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('groups a minority of untimed units on the fewest shards their expected time needs (at least 2), with a reserve', () => {
    // 40 timed units (mean 10 s, standard deviation 5 s) and 4 new ones on 8 shards: the new
    // ones' expected 40 s needs one shard (55 s each), so two least-biased shards take them,
    // dealt in path order, each starting at 2 x 10 s plus sqrt(2 x 25) s in reserve.
    const timed = Array.from({ length: 40 }, (_, i) => ({
      path: `t${String(i).padStart(2, '0')}`,
      seconds: i % 2 ? 15 : 5,
    }));
    const fresh = ['n-d', 'n-a', 'n-c', 'n-b'].map((path) => ({ path }));
    const plan = planShards([...timed, ...fresh], 8, { bias: [5, 0, 0, 0, 0, 0, 0, 0] });
    expect(plan.untimedShards).toBe(2);
    expect(plan.defaultSeconds).toBe(10);
    expect(plan.totalSeconds).toBe(440);
    const holding = plan.shards.filter((s) => s.files.some((f) => f.startsWith('n-')));
    expect(holding.map((s) => [s.index, s.files.filter((f) => f.startsWith('n-'))])).toEqual([
      [2, ['n-a', 'n-c']],
      [3, ['n-b', 'n-d']],
    ]);
    // the reserve: those shards get about sqrt(50) ~ 7 s less timed work than the others
    const timedOn = (s: { files: string[] }) =>
      s.files.filter((f) => f.startsWith('t')).reduce((t, f) => t + timed.find((u) => u.path === f)!.seconds, 0);
    const others = plan.shards.filter((s) => !holding.includes(s) && s.index !== 1);
    for (const h of holding) for (const o of others) expect(timedOn(h)).toBeLessThan(timedOn(o));
    // reported seconds are expectations (no reserve): bias + timed + 2 x the mean
    for (const h of holding) expect(h.seconds).toBe(timedOn(h) + 20);
    expect(plan.shards[0]!.seconds).toBe(5 + timedOn(plan.shards[0]!));
  });

  it('spreads untimed units at the median weight when they are most of the work', () => {
    const units = [
      { path: 'a', seconds: 2 },
      { path: 'b', seconds: 4 },
      ...Array.from({ length: 10 }, (_, i) => ({ path: `n${i}` })),
    ];
    const plan = planShards(units, 4);
    expect(plan.defaultSeconds).toBe(3);
    expect(plan.untimedShards).toBe(4);
    expect(plan.totalSeconds).toBe(36);
  });

  it('starts each shard at its bias', () => {
    const units = ['a', 'b', 'c', 'd'].map((path) => ({ path, seconds: 1 }));
    const plan = planShards(units, 2, { bias: [3, 0] });
    expect(plan.shards.map((s) => s.files.length)).toEqual([1, 3]);
    expect(plan.shards.map((s) => s.seconds)).toEqual([4, 3]);
  });

  it('is deterministic: input order does not change the plan', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            path: fc.stringMatching(/^[a-z]{1,6}$/),
            seconds: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
          }),
          {
            selector: (u) => u.path,
            maxLength: 40,
          },
        ),
        fc.integer({ min: 1, max: 6 }),
        (units, n) => {
          const a = planShards(units, n);
          const b = planShards([...units].reverse(), n);
          expect(b).toEqual(a);
          // every unit lands in exactly one shard
          expect(a.shards.flatMap((s) => s.files).sort()).toEqual(units.map((u) => u.path).sort());
        },
      ),
    );
  });

  it("property: the makespan is within Graham's list-scheduling bound sum/n + (1 - 1/n) * max", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 8 }),
        (ws, n) => {
          const plan = planShards(
            ws.map((w, i) => ({ path: `f${String(i).padStart(3, '0')}`, seconds: w })),
            n,
          );
          const bound = ws.reduce((s, w) => s + w, 0) / n + (1 - 1 / n) * Math.max(...ws);
          const makespan = Math.max(...plan.shards.map((s) => s.seconds));
          expect(makespan).toBeLessThanOrEqual(bound + 1e-9);
        },
      ),
    );
  });

  it('rejects a shard count that is not a whole number', () => {
    expect(() => planShards([], 0)).toThrow(/Input 'shards'/);
    expect(() => planShards([], 1.5)).toThrow(/Input 'shards'/);
  });

  it('auto: enough shards for the target, no more than units or the cap', () => {
    expect(autoShardCount(3600, 100, 10)).toBe(6);
    expect(autoShardCount(3600, 3, 10)).toBe(3);
    expect(autoShardCount(10, 100, 10)).toBe(1);
    expect(autoShardCount(100000, 1000, 1, 16)).toBe(16);
    expect(() => autoShardCount(1, 1, 0)).toThrow(/target-minutes/);
  });

  it('count split (jest --shard) gives contiguous equal blocks', () => {
    expect(splitByCount(['d', 'a', 'c', 'b', 'e'], 2)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });
});

describe('discoverTests', () => {
  const reader = memoryReader({
    'package.json': '{}',
    'src/a.test.ts': '',
    'src/b.spec.jsx': '',
    'src/__tests__/c.js': '',
    'src/util.ts': '',
    'node_modules/x/y.test.js': '',
    'packages/inner/package.json': '{}',
    'packages/inner/z.test.ts': '',
    'py/tests/test_a.py': '',
    'py/tests/b_test.py': '',
    'py/tests/conftest.py': '',
    'go/a_test.go': '',
    'go/pkg/x/x_test.go': '',
    'go/pkg/x/y_test.go': '',
    'go/pkg/y/y.go': '',
    'go/testdata/t_test.go': '',
  });
  it('finds Node test files by convention, leaving nested projects and node_modules out', () => {
    expect(discoverTests(reader, '.', 'node', { otherProjects: ['packages/inner'] })).toEqual([
      'src/__tests__/c.js',
      'src/a.test.ts',
      'src/b.spec.jsx',
    ]);
  });
  it('finds Python test files and Go packages', () => {
    expect(discoverTests(reader, 'py', 'python')).toEqual(['tests/b_test.py', 'tests/test_a.py']);
    expect(discoverTests(reader, 'go', 'go')).toEqual(['.', './pkg/x']);
  });
  it("collects the folders each runner collects: jest's build, env, vendor; pytest's env and target, not its norecursedirs", () => {
    const r = memoryReader({
      'package.json': '{}',
      'src/a.test.ts': '',
      'src/build/compile.test.ts': '',
      'src/env/config.test.ts': '',
      'src/vendor/shim.test.ts': '',
      'dist/a.test.js': '',
      'tests/test_a.py': '',
      'tests/env/test_settings.py': '',
      'tests/target/test_t.py': '',
      'tests/build/test_b.py': '',
      '.venv/lib/test_v.py': '',
      'venv2/pyvenv.cfg': 'home = /usr/bin\n',
      'venv2/lib/test_w.py': '',
    });
    expect(discoverTests(r, '.', 'node')).toEqual([
      'src/a.test.ts',
      'src/build/compile.test.ts',
      'src/env/config.test.ts',
      'src/vendor/shim.test.ts',
    ]);
    expect(discoverTests(r, '.', 'python')).toEqual([
      'tests/env/test_settings.py',
      'tests/target/test_t.py',
      'tests/test_a.py',
    ]);
  });
  it('uses globs instead of the convention when given', () => {
    expect(discoverTests(reader, 'py', 'python', { patterns: ['tests/conf*.py'] })).toEqual(['tests/conftest.py']);
  });
});
