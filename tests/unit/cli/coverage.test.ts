/**
 * `quality coverage REPORT` outside any git repository (and in an unrelated one) prints the
 * totals the report's own tool printed, with the report's paths and a note why mapping was skipped.
 */
import { describe, it, expect, afterAll } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitEnv } from '../../support/git-repo.js';
import { quality } from './run.js';

const gen = join(process.cwd(), 'tests/fixtures/coverage/generated');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface Expected {
  report: string;
  tool: string;
  totals: Record<string, { covered: number; total: number } | null>;
  headline?: { printed: string } | null;
}

/** One real-tool fixture per format, and the metrics that format carries exactly as the tool printed. */
const CASES: [format: string, dir: string, metrics: string[]][] = [
  ['lcov', 'c/lcov', ['lines', 'branches', 'functions']],
  ['cobertura', 'python/branch/cobertura', ['lines', 'statements', 'branches']],
  ['clover', 'js/clover', ['lines']], // istanbul's clover drops some branches and all method lines
  ['jacoco', 'java/jacoco', ['lines', 'branches', 'functions', 'instructions']],
  ['go', 'go/coverpkg', ['statements']],
  ['istanbul', 'js/json', ['lines', 'statements', 'branches', 'functions']],
];

/** A temp folder outside any repository holding only the report. */
function alone(dir: string, exp: Expected): string {
  const tmp = mkdtempSync(join(tmpdir(), 'quality-cli-coverage-'));
  dirs.push(tmp);
  copyFileSync(join(gen, dir, exp.report), join(tmp, exp.report));
  return tmp;
}

describe('quality coverage outside a git repository', () => {
  it.each(CASES)(
    '%s (%s): the totals the tool printed, the paths as the report gives them',
    async (_f, dir, metrics) => {
      const exp = JSON.parse(readFileSync(join(gen, dir, 'expected.json'), 'utf8')) as Expected;
      const tmp = alone(dir, exp);
      const r = await quality(['coverage', exp.report, '--json'], tmp);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout) as {
        totals: Record<string, { covered: number; total: number } | null>;
        headline: { display: string };
        files: { path: string }[];
        unmapped: unknown[];
        pathMapping?: { skipped: string };
      };
      for (const m of metrics) {
        expect({ m, covered: out.totals[m]?.covered, total: out.totals[m]?.total }).toEqual({
          m,
          covered: exp.totals[m]!.covered,
          total: exp.totals[m]!.total,
        });
      }
      expect(out.files.length).toBeGreaterThan(0);
      expect(out.unmapped).toEqual([]);
      expect(out.pathMapping?.skipped).toMatch(/is not inside a git repository/);
      const text = await quality(['coverage', exp.report], tmp);
      expect(text.code).toBe(0);
      expect(text.stdout).toMatch(
        /^Note: Path mapping skipped: .* is not inside a git repository; the paths are the reports' own\.$/m,
      );
    },
  );

  it('prints the headline as coverage.py and go printed it', async () => {
    for (const [dir, printed] of [
      ['python/branch/cobertura', '67%'],
      ['go/coverpkg', '62.9%'],
    ] as const) {
      const exp = JSON.parse(readFileSync(join(gen, dir, 'expected.json'), 'utf8')) as Expected;
      const r = await quality(['coverage', exp.report, '--json'], alone(dir, exp));
      expect(JSON.parse(r.stdout).headline.display).toBe(printed);
    }
  });

  it('in an unrelated repository, where no path maps, keeps the report paths and says why', async () => {
    const exp = JSON.parse(readFileSync(join(gen, 'c/lcov', 'expected.json'), 'utf8')) as Expected;
    const tmp = alone('c/lcov', exp);
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: tmp, env: gitEnv() });
    execFileSync('git', ['add', '-A'], { cwd: tmp, env: gitEnv() });
    execFileSync('git', ['commit', '-qm', 'report only'], { cwd: tmp, env: gitEnv() });
    const r = await quality(['coverage', exp.report, '--json'], tmp);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.totals.lines).toMatchObject({ covered: 30, total: 44 });
    expect(out.unmapped).toEqual([]);
    expect(out.pathMapping.skipped).toMatch(/^no path in the report is a file git tracks in /);
  });

  it('--base still needs git, and says so', async () => {
    const exp = JSON.parse(readFileSync(join(gen, 'c/lcov', 'expected.json'), 'utf8')) as Expected;
    const r = await quality(['coverage', exp.report, '--base', 'main'], alone('c/lcov', exp));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not inside a git repository .*Run from your checkout/);
  });

  it('answers usage errors with exit code 2 and the usage', async () => {
    const cases: [string[], RegExp][] = [
      [['x.info', '--bogus'], /Unknown option '--bogus'/],
      [['x.info', '--limit'], /Option '--limit <value>' argument missing/],
      [['x.info', '--limit', '0x50'], /Input '--limit' has the value "0x50": expected a whole number of at least 1/],
      [['x.info', '--format', 'xml'], /Input '--format' has the value "xml"/],
      [['x.info', '--limit', ' '], /Option '--limit' has an empty value/],
      [['x.info', '--path-map', ''], /Option '--path-map' has an empty value/],
      [[], /Give at least one coverage report file/],
      [['x.info', '--root', '/nonexistent-quality'], /--root \/nonexistent-quality does not exist/],
    ];
    for (const [argv, message] of cases) {
      const r = await quality(['coverage', ...argv], tmpdir());
      expect({ argv, code: r.code, stdout: r.stdout }).toEqual({ argv, code: 2, stdout: '' });
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/This is a bug/);
    }
  });
});
