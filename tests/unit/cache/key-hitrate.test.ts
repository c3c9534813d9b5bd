/**
 * A simulation of cache hits across runner image updates and a 3-version matrix, with the
 * keys as they were (the runtime's full patch version for every manager) and as they are
 * (no runtime for npm/yarn/pnpm, the minor for pip/Poetry/uv/Go). Runs on the default
 * branch; the jobs of one run start together, so they see the cache as it was when the run
 * started, and a miss saves (the first save of a key wins). Set QUALITY_PRINT_HITRATE=1 to
 * print the table.
 */
import { describe, expect, it } from '@jest/globals';
import { buildKey } from '../../../packages/cache/src/key.js';
import type { ManagerName } from '../../../packages/cache/src/managers.js';
import { runtimeKeyPart } from '../../../packages/cache/src/plan.js';

const RUNS = 40;
/** Runner image updates at run 10 and 30; a dependency update (new lockfile) at run 25. */
const IMAGE_UPDATES = [10, 30];
const LOCKFILE_CHANGE = 25;

/** Each matrix leg's full version before and after each image update. */
const NODE: Record<string, string[]> = {
  '18': ['18.20.7', '18.20.8', '18.20.8'],
  '20': ['20.20.1', '20.20.2', '20.20.2'],
  '22': ['22.21.0', '22.21.0', '22.21.1'],
};
const PYTHON: Record<string, string[]> = {
  '3.11': ['3.11.9', '3.11.9', '3.11.10'],
  '3.12': ['3.12.3', '3.12.4', '3.12.4'],
  '3.13': ['3.13.1', '3.13.2', '3.13.2'],
};

type KeyRule = (manager: ManagerName, full: string) => string;
/** Before: `node20.20.2`, `py3.12.4` in every key. */
const before: KeyRule = (m, full) => (['npm', 'yarn', 'pnpm'].includes(m) ? `node${full}` : `py${full}`);
/** After: the code's own rule, from what the probe prints. */
const after: KeyRule = (m, full) => runtimeKeyPart(m, `Python ${full}`);

function simulate(manager: ManagerName, legs: Record<string, string[]>, rule: KeyRule) {
  const saved = new Set<string>();
  let hits = 0;
  let jobs = 0;
  for (let run = 0; run < RUNS; run++) {
    const image = IMAGE_UPDATES.filter((u) => run >= u).length;
    const digest = (run >= LOCKFILE_CHANGE ? 'b' : 'a').repeat(64);
    const atStart = new Set(saved);
    for (const versions of Object.values(legs)) {
      const key = buildKey({
        prefix: 'deps',
        os: 'Linux',
        arch: 'X64',
        manager,
        runtime: rule(manager, versions[image]!),
        digest,
      }).key;
      jobs++;
      if (atStart.has(key)) hits++;
      else saved.add(key);
    }
  }
  return { hitRate: hits / jobs, misses: jobs - hits, entries: saved.size };
}

describe('cache hit rate across image updates and a 3-version matrix', () => {
  const rows = (['npm', 'pip'] as const).map((m) => {
    const legs = m === 'npm' ? NODE : PYTHON;
    return { manager: m, before: simulate(m, legs, before), after: simulate(m, legs, after) };
  });

  it('misses only when the store content changes, and saves one copy per lockfile (npm) or minor (pip)', () => {
    if (process.env.QUALITY_PRINT_HITRATE) {
      const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
      console.log(
        rows
          .map(
            (r) =>
              `${r.manager}: before ${pct(r.before.hitRate)} (${r.before.misses} misses, ${r.before.entries} entries) -> after ${pct(r.after.hitRate)} (${r.after.misses} misses, ${r.after.entries} entries)`,
          )
          .join('\n'),
      );
    }
    const [npm, pip] = rows;
    // npm: every patch update of any leg missed; now the 3 legs share one entry per lockfile.
    expect(npm!.before).toEqual({ hitRate: 111 / 120, misses: 9, entries: 9 });
    expect(npm!.after).toEqual({ hitRate: 114 / 120, misses: 6, entries: 2 });
    // pip: wheels built for one Python minor stay apart, but a patch update no longer misses.
    expect(pip!.before).toEqual({ hitRate: 111 / 120, misses: 9, entries: 9 });
    expect(pip!.after).toEqual({ hitRate: 114 / 120, misses: 6, entries: 6 });
  });
});
