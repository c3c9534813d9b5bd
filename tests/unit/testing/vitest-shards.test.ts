/**
 * vitest shards, run with the real vitest: vitest reads a file argument as a case-insensitive
 * substring of every test path, so a shard's `a.test.js` alone would also run `xa.test.js`,
 * `lib/a.test.js` and `a.test.jsx`. Every file must run in exactly one shard.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { planRun, retryPlan, type FailureEntry, type ProjectFacts, type RunPlan } from '@quality/testing';
import { repoRoot } from '../../e2e/harness/index.js';

const VITEST = join(repoRoot, 'node_modules/vitest/vitest.mjs');
const facts: ProjectFacts = { packageManager: 'npm', python: false, pythonPrefix: ['python3'], goMod: false };
const FILES = [
  'a.test.js',
  'xa.test.js',
  'src/a.test.js',
  'lib/src/a.test.js',
  'src/a.test.jsx',
  'b(1).test.js',
  'src/b(1).test.js',
  'c.test.js',
];
const SHARDS = [
  ['a.test.js', 'src/a.test.js', 'b(1).test.js', 'c.test.js'],
  ['xa.test.js', 'lib/src/a.test.js', 'src/a.test.jsx', 'src/b(1).test.js'],
];

let dir: string;
let reports: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'quality-vitest-shards-'));
  reports = join(dir, '.reports');
  mkdirSync(reports);
  const project = join(dir, 'p');
  for (const f of FILES) {
    mkdirSync(dirname(join(project, f)), { recursive: true });
    writeFileSync(join(project, f), `test(${JSON.stringify(f)}, () => { expect(1).toBe(1); });\n`);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run a plan as actions/test does (an argument list, no shell); the test files its report lists. */
function ran(plan: RunPlan): string[] {
  const r = spawnSync(plan.argv[0]!, plan.argv.slice(1), {
    cwd: plan.cwd,
    env: { ...process.env, ...plan.env },
    encoding: 'utf8',
  });
  expect([r.status, r.stderr]).toEqual([0, expect.any(String)]);
  const xml = readFileSync(plan.report!.path, 'utf8');
  return [...xml.matchAll(/<testsuite name="([^"]*)"/g)].map((m) =>
    m[1]!.replace(/&#x28;|&#40;/g, '(').replace(/&#x29;|&#41;/g, ')'),
  );
}

describe('vitest shards with the real vitest', () => {
  it('runs each file in exactly one shard, the shard that lists it', () => {
    const project = join(dir, 'p');
    const seen: string[] = [];
    SHARDS.forEach((files, i) => {
      const reportDir = join(reports, `shard-${i}`);
      mkdirSync(reportDir);
      const got = ran(planRun(project, facts, { command: ['node', VITEST, '--globals'], reportDir, files }));
      expect(got.sort()).toEqual([...files].sort());
      seen.push(...got);
    });
    expect(seen.sort()).toEqual([...FILES].sort());
  }, 60_000);

  it("runs each file once when the config moves vitest's folder (test.dir: paths are matched from there)", () => {
    const project = join(dir, 'q');
    const files = ['src/a.test.js', 'src/x/a.test.js', 'src/x/b.test.js'];
    for (const f of files) {
      mkdirSync(dirname(join(project, f)), { recursive: true });
      writeFileSync(join(project, f), `test(${JSON.stringify(f)}, () => {});\n`);
    }
    writeFileSync(join(project, 'vitest.config.mjs'), "export default { test: { dir: 'src', globals: true } };\n");
    const seen: string[] = [];
    [['src/a.test.js'], ['src/x/a.test.js', 'src/x/b.test.js']].forEach((shard, i) => {
      const reportDir = join(reports, `dir-${i}`);
      mkdirSync(reportDir);
      // The report names files from vitest's root (the project).
      const got = ran(planRun(project, facts, { command: ['node', VITEST], reportDir, files: shard }));
      expect(got.sort()).toEqual(shard);
      seen.push(...got);
    });
    expect(seen.sort()).toEqual(files);
  }, 60_000);

  it('a retry runs only the failed files of the shard, not the files they are a part of', () => {
    const project = join(dir, 'p');
    const base = planRun(project, facts, {
      command: ['node', VITEST, '--globals'],
      reportDir: reports,
      files: SHARDS[0]!,
    });
    const failure: FailureEntry = {
      name: 'a.test.js',
      outcome: 'failed',
      producer: 'junit',
      file: 'p/a.test.js',
      message: 'x',
    };
    const plan = retryPlan(base, [failure], join(reports, 'retry.xml'))!;
    expect(ran(plan)).toEqual(['a.test.js']);
  }, 60_000);
});
