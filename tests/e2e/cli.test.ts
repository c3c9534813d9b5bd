/**
 * The CLI bundle (dist/cli/index.js), run as a user runs it, on every report the real tools
 * wrote into tests/fixtures/coverage/generated: its totals must equal what the tool printed.
 */
import { describe, it, expect } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './harness/index.js';

const node = process.env.QUALITY_TEST_NODE ?? process.execPath;
const cli = (args: string[], cwd = repoRoot) => {
  // A run that hangs (a git child left waiting) fails on the timeout instead of stalling the suite.
  const r = spawnSync(node, [join(repoRoot, 'dist/cli/index.js'), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

interface Expected {
  format: string;
  report: string;
  tool: string;
  totals: Record<string, { covered: number; total: number } | null>;
  headline?: { metric: string; percent: number; printed: string } | null;
  readers?: { tool: string; totals: Record<string, { covered: number; total: number } | null> }[];
}

const gen = join(repoRoot, 'tests/fixtures/coverage/generated');
const index = JSON.parse(readFileSync(join(gen, 'index.json'), 'utf8')) as {
  fixtures: { dir: string; format: string }[];
};
const SUPPORTED = new Set([
  'lcov',
  'cobertura',
  'clover',
  'jacoco',
  'go-coverprofile',
  'istanbul-json',
  'istanbul-json-summary',
]);
/** Metrics each format carries; a metric outside the list cannot be read back from that file. */
const CARRIES: Record<string, string[]> = {
  lcov: ['lines', 'branches', 'functions'],
  cobertura: ['lines', 'branches', 'statements'], // statements: coverage.py's own word for its lines
  clover: ['lines', 'branches', 'functions'],
  jacoco: ['lines', 'branches', 'functions', 'instructions'],
  'go-coverprofile': ['statements'],
  'istanbul-json': ['lines', 'branches', 'statements', 'functions'],
  'istanbul-json-summary': ['lines', 'branches', 'statements', 'functions'],
};
const cases = index.fixtures.filter((f) => SUPPORTED.has(f.format)).map((f) => f.dir);

describe('quality CLI', () => {
  it('prints its version and help', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(cli(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^\s+coverage\s+Read coverage reports/m);
  });

  it('rejects an unknown command and bad options with exit code 2', () => {
    expect(cli(['nope'])).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown command 'nope'") });
    expect(cli(['coverage'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('at least one coverage report'),
    });
    expect(cli(['coverage', 'x.info', '--format', 'xml'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Input '--format'"),
    });
    const missing = cli(['coverage', 'does-not-exist.info']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does-not-exist.info');
  });

  it('answers usage errors with exit code 2, the message and the usage, never "this is a bug"', () => {
    const cases: [string[], RegExp][] = [
      [['coverage', 'x.info', '--bogus'], /^quality coverage: Unknown option '--bogus'.\nUsage: quality coverage /],
      [['check', '--bogus'], /^quality check: Unknown option '--bogus'.\nUsage: quality check /],
      [['matrix', '--bogus'], /^quality matrix: Unknown option '--bogus'.\nUsage: quality matrix /],
      [['check', '--base'], /Option '--base <value>' argument missing/],
      [['check', '--min-coverage', '0x50'], /Input '--min-coverage' has the value "0x50"/],
      [['check', '--baseline', 'no-such-baseline.json'], /--baseline no-such-baseline.json does not exist/],
      [['check', '--root', '/nonexistent-quality'], /--root \/nonexistent-quality does not exist/],
      [['matrix', '--root', '/nonexistent-quality'], /--root \/nonexistent-quality does not exist/],
      [['cache-key', '/nonexistent-quality'], /DIR \/nonexistent-quality does not exist/],
    ];
    for (const [args, message] of cases) {
      const r = cli(args);
      expect({ args, code: r.code, stdout: r.stdout }).toEqual({ args, code: 2, stdout: '' });
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/unexpected error|This is a bug/);
    }
  });

  it('cache-key --help is the same full help as the other commands', () => {
    for (const cmd of ['coverage', 'check', 'matrix', 'shard', 'cache-key']) {
      const r = cli([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: quality ${cmd} [\\s\\S]*\\nOptions:\\n[\\s\\S]*-h, --help`));
    }
  });

  it('exits quietly when the reader of its output goes away (| head)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quality-cli-epipe-'));
    try {
      const lcov = Array.from({ length: 20_000 }, (_, i) => `SF:src/f${i}.js\nDA:1,1\nDA:2,0\nend_of_record\n`).join(
        '',
      );
      writeFileSync(join(dir, 'lcov.info'), lcov);
      const child = spawn(node, [join(repoRoot, 'dist/cli/index.js'), 'coverage', 'lcov.info', '--json'], { cwd: dir });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits when its answer is written, even when git could not start (no timer of a dead child keeps it alive)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quality-cli-nogit-'));
    try {
      writeFileSync(join(dir, 'lcov.info'), 'SF:a.js\nDA:1,1\nDA:2,0\nend_of_record\n');
      const started = Date.now();
      // No git on PATH: the spawn fails, and Node's spawn timeout timer would stay armed for 10 minutes.
      const r = spawnSync(node, [join(repoRoot, 'dist/cli/index.js'), 'coverage', 'lcov.info', '--json'], {
        cwd: dir,
        env: { PATH: dir },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.error).toBeUndefined();
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.totals.lines).toMatchObject({ covered: 1, total: 2 });
      expect(out.pathMapping.skipped).toBe('git could not be run (not installed, or not on PATH)');
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds every real-tool fixture', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)('%s: totals equal what the tool printed', (dir) => {
    const exp = JSON.parse(readFileSync(join(gen, dir, 'expected.json'), 'utf8')) as Expected;
    const r = cli(['coverage', exp.report, '--json'], join(gen, dir));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      warnings: string[];
      totals: Record<string, { covered: number; total: number } | null>;
      headline: { covered: number; total: number; percent: number; display: string };
      unmapped: unknown[];
    };
    // coverage.py 6.5's lcov writer marks non-statement lines too: there the file's own
    // numbers are what lcov --summary prints, not what coverage.py printed.
    const lcovReader = exp.readers?.find((x) => x.tool.startsWith('lcov'));
    const want =
      exp.tool.startsWith('coverage.py') && exp.format === 'lcov' && lcovReader ? lcovReader.totals : exp.totals;
    const carried = CARRIES[exp.format]!;
    for (const [metric, c] of Object.entries(want)) {
      if (!c || !carried.includes(metric)) continue;
      if (metric === 'statements' && exp.format === 'cobertura' && !exp.tool.startsWith('coverage.py')) continue;
      if (metric === 'branches' && exp.tool.startsWith('jest') && ['cobertura', 'clover'].includes(exp.format)) {
        // istanbul's XML writers drop branches on lines without a statement: the file holds
        // fewer branches than jest printed, and the reader must say so rather than guess.
        expect(out.warnings.join('\n')).toMatch(/istanbul's XML reporters drop the branches/);
        continue;
      }
      expect({ metric, covered: out.totals[metric]?.covered, total: out.totals[metric]?.total }).toEqual({
        metric,
        covered: c.covered,
        total: c.total,
      });
    }
    expect(out.unmapped).toEqual([]);
    if (exp.headline && want === exp.totals) {
      expect(out.headline.percent).toBeCloseTo(exp.headline.percent, exp.headline.printed.includes('.') ? 1 : 0);
      if (/^\d+(\.\d+)?%$/.test(exp.headline.printed) && !['lcov', 'cobertura'].includes(exp.format)) {
        expect(out.headline.display).toBe(exp.headline.printed);
      }
    }
  });

  it('prints the headline the way coverage.py and go print it', () => {
    const py = cli(['coverage', 'coverage.xml', '--json'], join(gen, 'python/branch/cobertura'));
    expect(JSON.parse(py.stdout).headline).toMatchObject({
      display: '67%',
      metric: 'statements+branches',
      covered: 48,
      total: 72,
    });
    const go = cli(['coverage', 'coverage.out', '--json'], join(gen, 'go/coverpkg'));
    expect(JSON.parse(go.stdout).headline).toMatchObject({ display: '62.9%', covered: 22, total: 35 });
  });

  it('prints a human table by default', () => {
    const r = cli(['coverage', 'lcov.info'], join(gen, 'js/lcov'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Total\s+18\/29\s+62\.06%/m);
    expect(r.stdout).toMatch(/^Headline: /m);
  });
});
