/**
 * `--report` takes globs too (and comma-separated lists), in `quality lint` and `quality test`:
 * every pattern must match a file (exit 2 naming the pattern otherwise), and `quality test
 * --command` expands its globs after the command ran (the reports do not exist before).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { quality } from '../cli/run.js';

const REPO = process.cwd();
const THIRD = join(REPO, 'tests/fixtures/lint/third-party');
const TESTING = join(REPO, 'tests/fixtures/testing/reports');
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A folder holding only report files (no project: no linter runs). */
function reportsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'quality-report-globs-'));
  made.push(dir);
  for (const [to, from] of Object.entries(files)) {
    mkdirSync(join(dir, to, '..'), { recursive: true });
    copyFileSync(from, join(dir, to));
  }
  return dir;
}

type LintJson = { tools: { name: string; findings: number }[]; counts: Record<string, number> };

describe('quality lint --report with globs', () => {
  const dir = reportsDir({
    'out/golangci.sarif': join(THIRD, 'golangci-lint.sarif'),
    'out/sub/checkstyle.xml': join(THIRD, 'golangci-lint.checkstyle.xml'),
    'other/ruff.sarif': join(THIRD, 'ruff-check.sarif'),
  });

  it('a glob reads every report it matches, the same findings as naming each file', async () => {
    const one = async (f: string) =>
      JSON.parse((await quality(['lint', '--report', f, '--json'], dir)).stdout) as LintJson;
    const a = await one('out/golangci.sarif');
    const b = await one('out/sub/checkstyle.xml');
    const r = await quality(['lint', '--report', 'out/**/*.sarif,out/**/*.xml', '--json'], dir);
    const both = JSON.parse(r.stdout) as LintJson;
    expect(both.tools).toEqual([...a.tools, ...b.tools]);
    expect(both.counts.error).toBe(a.counts.error! + b.counts.error!);
    const all = JSON.parse((await quality(['lint', '--report', '**/*.sarif', '--json'], dir)).stdout) as LintJson;
    expect(all.tools).toHaveLength(2);
  }, 60_000);

  it('a report is told apart by its first bytes, never loaded whole (a 2 GB one was "cannot be read")', async () => {
    // Sparse: a checkstyle start and then 2 GB of NUL bytes that take no disk. Loading it whole to sniff its
    // first character failed (past Node's buffer limit); streamed, the XML reader refuses the NUL.
    const big = join(dir, 'big/huge.xml');
    mkdirSync(join(dir, 'big'));
    writeFileSync(big, '<?xml version="1.0"?>\n<checkstyle>\n');
    truncateSync(big, 2 ** 31 + 4096);
    const r = await quality(['lint', '--report', 'big/huge.xml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/NUL byte/);
    expect(r.stderr).not.toMatch(/cannot be read|does not exist/);
  }, 60_000);

  it('a pattern that matches nothing fails with exit 2 naming it, even beside one that matches', async () => {
    const r = await quality(['lint', '--report', 'out/*.sarif', '--report', 'out/*.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/No report file matches "out\/\*\.json" \(relative to /);
  }, 60_000);
});

type TestJson = { tests: Record<string, number> };

describe('quality test --report with globs', () => {
  const dir = reportsDir({
    'reports/vitest.xml': join(TESTING, 'vitest.xml'),
    'reports/jest/junit.xml': join(TESTING, 'jest-junit.xml'),
  });
  const totals = async (argv: string[]) => {
    const r = await quality(['test', ...argv, '--json'], dir);
    return (JSON.parse(r.stdout) as TestJson).tests;
  };

  it('a glob reads every report it matches: the totals add up', async () => {
    const a = await totals(['--report', 'reports/vitest.xml']);
    const b = await totals(['--report', 'reports/jest/junit.xml']);
    const both = await totals(['--report', 'reports/**/*.xml']);
    expect(both.total).toBe(a.total! + b.total!);
    expect(both.failed).toBe(a.failed! + b.failed!);
    expect(await totals(['--report', 'reports/vitest.xml, reports/jest/*.xml'])).toEqual(both);
  }, 60_000);

  it("the config file's reports, comma-separated too, are each relative to PATH (the second was to the current folder)", async () => {
    writeFileSync(join(dir, 'quality.yml'), 'test:\n  reports: reports/vitest.xml, reports/jest/*.xml\n');
    try {
      const r = await quality(['test', dir, '--json'], REPO);
      expect(r.stderr).toBe('');
      expect((JSON.parse(r.stdout) as TestJson).tests).toEqual(await totals(['--report', 'reports/**/*.xml']));
    } finally {
      rmSync(join(dir, 'quality.yml'));
    }
  }, 60_000);

  it('with --command: the glob is expanded after the command wrote the reports; none written is exit 2', async () => {
    const src = join(dir, 'reports/vitest.xml');
    const write = `require('fs').mkdirSync('late',{recursive:true});require('fs').copyFileSync(${JSON.stringify(src)},'late/r.xml')`;
    const r = await quality(
      ['test', '--report', 'late/*.xml', '--json', '--command', process.execPath, '-e', write],
      dir,
    );
    expect((JSON.parse(r.stdout) as TestJson).tests).toEqual(await totals(['--report', 'reports/vitest.xml']));
    const none = await quality(['test', '--report', 'never/*.xml', '--command', process.execPath, '-e', '0'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/exited with code 0 and wrote no report matching "never\/\*\.xml"/);
  }, 60_000);

  it('with --command: a report older than the run (left by an earlier one) is refused, never read as its result', async () => {
    mkdirSync(join(dir, 'old'), { recursive: true });
    copyFileSync(join(dir, 'reports/vitest.xml'), join(dir, 'old/r.xml'));
    const yesterday = new Date(Date.now() - 86_400_000);
    utimesSync(join(dir, 'old/r.xml'), yesterday, yesterday);
    const stale = await quality(['test', '--report', 'old/*.xml', '--command', process.execPath, '-e', '0'], dir);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toMatch(
      /exited with code 0 but did not write old\/r\.xml \(last written .*before it started\)/,
    );
    // Rewritten by the command: read.
    const touch = `require('fs').utimesSync('old/r.xml', new Date(), new Date())`;
    const fresh = await quality(
      ['test', '--report', 'old/*.xml', '--json', '--command', process.execPath, '-e', touch],
      dir,
    );
    expect((JSON.parse(fresh.stdout) as TestJson).tests).toEqual(await totals(['--report', 'reports/vitest.xml']));
    // Reports read alone (no command) are what the user names, whatever their age.
    expect(await totals(['--report', 'old/r.xml'])).toEqual(await totals(['--report', 'reports/vitest.xml']));
  }, 60_000);
});
