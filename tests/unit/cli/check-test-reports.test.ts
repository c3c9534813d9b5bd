/**
 * `quality check`'s test step with test.reports and no test.command: it runs nothing and reads the
 * reports, so a report last written before the newest file of the change (committed, staged or
 * unstaged; 2 s of slack) is refused, naming every stale one even when others are fresh; reports
 * newer than the change are read; with no changed file there is nothing to compare, and they are
 * read. With a test command the step runs it and reads the reports it wrote, as before.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { judgeReports } from '../../../packages/cli/src/commands/check-test-reports.js';
import { GitRepo, removeAll } from '../../support/git-repo.js';
import { quality } from './run.js';

afterAll(removeAll);

const junit = (name: string, failed = false) =>
  `<?xml version="1.0"?>\n<testsuite name="s" tests="1" failures="${failed ? 1 : 0}" errors="0" skipped="0">` +
  `<testcase classname="s" name="${name}" time="0.01">${failed ? '<failure message="bad">bad</failure>' : ''}</testcase></testsuite>\n`;

const MIN = 60_000;
/** Set a file's modification time to `ago` milliseconds before now (no sleeps). */
const age = (dir: string, rel: string, ago: number) => {
  const t = new Date(Date.now() - ago);
  utimesSync(join(dir, rel), t, t);
};
const ISO = String.raw`\d{4}-\d\d-\d\dT[\d:.]+Z`;

interface Step {
  name: string;
  status: string;
  summary: string;
  exitCode: number | null;
  result?: { tests?: { total: number; passed: number } };
}
const step = (stdout: string, name = 'test') =>
  (JSON.parse(stdout) as { steps: Step[] }).steps.find((s) => s.name === name)!;

const CONFIG = { '.github/quality.yml': 'test:\n  reports: [reports/*.xml]\n', '.gitignore': 'reports/\ncoverage/\n' };

describe('judgeReports: the rule', () => {
  const changed = [
    { name: 'src/a.js', mtimeMs: 100_000 },
    { name: 'src/b.js', mtimeMs: 90_000 },
  ];
  it('compares with the newest changed file, 2 s of slack: 98 000 is read, 97 999 is refused', () => {
    expect(judgeReports([{ name: 'r.xml', mtimeMs: 98_000 }], changed, 'test.reports')).toEqual({
      note: expect.stringMatching(/all after the newest file of your change, src\/a\.js/),
    });
    const v = judgeReports([{ name: 'r.xml', mtimeMs: 97_999 }], changed, 'test.reports');
    expect(v).toEqual({ stale: expect.stringMatching(/^r\.xml \(last written [^)]+\) is older than your change/) });
  });
  it('no changed file: read, and says nothing was compared', () => {
    expect(judgeReports([{ name: 'r.xml', mtimeMs: 0 }], [], 'test.reports')).toEqual({
      note: 'reports written 1970-01-01T00:00:00.000Z, this check ran no tests (test.reports and no test command): your change has no file to compare them with',
    });
  });
});

describe('quality check: test reports read without a test command', () => {
  let repo: GitRepo;
  beforeAll(async () => {
    repo = await GitRepo.init();
    await repo.commit('base', { ...CONFIG, 'src/a.js': 'a\n', 'src/b.js': 'b\n' });
    await repo.branch('feature');
    await repo.commit('change a', { 'src/a.js': 'a2\n' });
  });
  // Every test: no reports, src/a.js (the committed change) last written an hour ago.
  beforeEach(async () => {
    rmSync(join(repo.dir, 'reports'), { recursive: true, force: true });
    rmSync(join(repo.dir, 'src/new.js'), { force: true });
    await repo.git('checkout', '-q', 'HEAD', '--', 'src');
    age(repo.dir, 'src/a.js', 60 * MIN);
  });

  it('reads reports written after the newest file of the change: the step passes, saying it ran no tests', async () => {
    await repo.write({ 'reports/unit.xml': junit('adds'), 'reports/more.xml': junit('subs') });
    age(repo.dir, 'reports/unit.xml', 30 * MIN);
    age(repo.dir, 'reports/more.xml', 20 * MIN);
    const j = await quality(['check', '--only', 'test', '--json'], repo.dir);
    expect(step(j.stdout)).toMatchObject({ status: 'pass', result: { tests: { total: 2, passed: 2 } } });
    expect(j.code).toBe(0);
    const r = await quality(['check', '--only', 'test'], repo.dir);
    expect(r.stdout).toMatch(
      new RegExp(
        `^ {8}reports written ${ISO} to ${ISO}, this check ran no tests \\(test\\.reports \\(\\.github/quality\\.yml:2\\) and no test command\\): all after the newest file of your change, src/a\\.js \\(${ISO}\\)$`,
        'm',
      ),
    );
  });

  it('refuses a report older than a changed file: the report, its time, the file, its time, what to do; exit 2', async () => {
    await repo.write({ 'reports/unit.xml': junit('adds') });
    age(repo.dir, 'reports/unit.xml', 90 * MIN);
    const r = await quality(['check', '--only', 'test'], repo.dir);
    expect(r.stdout).toMatch(
      new RegExp(
        `^ERROR test .*reports/unit\\.xml \\(last written ${ISO}\\) is older than your change \\(2 s of slack\\): its newest file, src/a\\.js, was last written ${ISO}\\. `,
        'm',
      ),
    );
    expect(r.stdout).toMatch(/test\.reports \(\.github\/quality\.yml:2\) names test reports and no test command/);
    expect(r.stdout).toMatch(/Run the tests again \(they write the reports anew\), or set test\.command/);
    expect(r.stdout).toMatch(/^ {2}test +could not run/m);
    expect(r.code).toBe(2);
    const j = await quality(['check', '--only', 'test', '--json'], repo.dir);
    expect(step(j.stdout)).toMatchObject({ status: 'error', exitCode: 2 });
    expect(j.code).toBe(2);
  });

  it('an unstaged or staged edit is part of the change: a report older than it is refused', async () => {
    await repo.write({ 'reports/unit.xml': junit('adds'), 'src/b.js': 'b2\n' });
    age(repo.dir, 'reports/unit.xml', 30 * MIN);
    age(repo.dir, 'src/b.js', 10 * MIN);
    let s = step((await quality(['check', '--only', 'test', '--json'], repo.dir)).stdout);
    expect(s.summary).toMatch(/its newest file, src\/b\.js, was last written/);
    await repo.git('add', 'src/b.js');
    s = step((await quality(['check', '--only', 'test', '--json'], repo.dir)).stdout);
    expect(s).toMatchObject({ status: 'error', summary: expect.stringMatching(/its newest file, src\/b\.js,/) });
    await repo.git('reset', '-q', '--', 'src/b.js');
  });

  it('untracked and deleted files are not part of the change: a newer one does not make a report stale', async () => {
    await repo.write({ 'reports/unit.xml': junit('adds'), 'src/new.js': 'n\n' });
    age(repo.dir, 'reports/unit.xml', 30 * MIN);
    rmSync(join(repo.dir, 'src/b.js'));
    const r = await quality(['check', '--only', 'test'], repo.dir);
    expect(r.stdout).toMatch(/all after the newest file of your change, src\/a\.js/);
    expect(r.code).toBe(0);
  });

  it('fresh and stale together: refused, naming only the stale ones (never a pass on old results)', async () => {
    await repo.write({ 'reports/fresh.xml': junit('adds'), 'reports/old.xml': junit('subs', true) });
    age(repo.dir, 'reports/fresh.xml', 30 * MIN);
    age(repo.dir, 'reports/old.xml', 90 * MIN);
    const r = await quality(['check', '--only', 'test', '--json'], repo.dir);
    const s = step(r.stdout);
    expect(s).toMatchObject({ status: 'error', exitCode: 2 });
    expect(s.summary).toMatch(/^reports\/old\.xml \(last written [^)]+\) is older than your change/);
    expect(s.summary).not.toMatch(/fresh\.xml/);
    expect(r.code).toBe(2);
  });

  it('many stale reports: the first five named, the rest counted', async () => {
    const files = Object.fromEntries([...Array(7).keys()].map((i) => [`reports/r${i}.xml`, junit(`t${i}`)]));
    await repo.write(files);
    for (const f of Object.keys(files)) age(repo.dir, f, 90 * MIN);
    const s = step((await quality(['check', '--only', 'test', '--json'], repo.dir)).stdout);
    expect(s.summary).toMatch(/r4\.xml \(last written [^)]+\) and 2 more are older than your change/);
    expect(s.summary.match(/last written/g)).toHaveLength(6); // five reports and the changed file
  });

  it('a coverage report written before the step is not stale: the step ran no tests (as with --skip test)', async () => {
    await repo.write({
      'reports/unit.xml': junit('adds'),
      'coverage/lcov.info': 'TN:\nSF:src/a.js\nDA:1,1\nLF:1\nLH:1\nend_of_record\n',
    });
    age(repo.dir, 'reports/unit.xml', 30 * MIN);
    age(repo.dir, 'coverage/lcov.info', 30 * MIN);
    try {
      const r = await quality(['check', '--only', 'test,coverage', '--json'], repo.dir);
      expect(step(r.stdout)).toMatchObject({ status: 'pass' });
      expect(step(r.stdout, 'coverage')).toMatchObject({ status: 'pass' });
      expect(r.stderr).not.toMatch(/older than the test step/);
      expect(r.code).toBe(0);
    } finally {
      rmSync(join(repo.dir, 'coverage'), { recursive: true, force: true });
    }
  });

  it('with test.command the step runs it and reads what it wrote: an old copy before the run is no issue', async () => {
    await repo.write({ 'reports/unit.xml': junit('old') });
    age(repo.dir, 'reports/unit.xml', 90 * MIN);
    const write = `require('fs').writeFileSync('reports/unit.xml', ${JSON.stringify(junit('adds'))})`;
    const config = join(repo.dir, 'with-command.yml');
    await repo.write({
      'with-command.yml': `test:\n  command: ${JSON.stringify(['node', '-e', write])}\n  reports: [reports/*.xml]\n`,
    });
    try {
      const r = await quality(['check', '--only', 'test', '--config', config, '--json'], repo.dir);
      expect(step(r.stdout)).toMatchObject({ status: 'pass', result: { tests: { total: 1, passed: 1 } } });
      expect(r.code).toBe(0);
    } finally {
      rmSync(config, { force: true });
    }
  });
});

describe('quality check: test reports without a change to compare them with', () => {
  it('no changed file: the reports are read, however old, and the step says so', async () => {
    const repo = await GitRepo.init();
    await repo.commit('base', { ...CONFIG, 'src/a.js': 'a\n' });
    await repo.write({ 'reports/unit.xml': junit('adds') });
    age(repo.dir, 'reports/unit.xml', 24 * 60 * MIN);
    const r = await quality(['check', '--only', 'test'], repo.dir);
    expect(r.stdout).toMatch(
      new RegExp(
        `^ {8}reports written ${ISO}, this check ran no tests \\(test\\.reports \\(\\.github/quality\\.yml:2\\) and no test command\\): your change has no file to compare them with$`,
        'm',
      ),
    );
    expect(r.code).toBe(0);
  });

  it('no base branch: the step cannot tell, so it could not run (exit 2), asking for --base', async () => {
    const repo = await GitRepo.init({ branch: 'feature' });
    await repo.commit('only', { ...CONFIG, 'src/a.js': 'a\n' });
    await repo.write({ 'reports/unit.xml': junit('adds') });
    const r = await quality(['check', '--only', 'test', '--json'], repo.dir);
    expect(step(r.stdout)).toMatchObject({
      status: 'error',
      exitCode: 2,
      summary: expect.stringMatching(
        /^test\.reports \(\.github\/quality\.yml:2\) names test reports and no test command, so quality check compares them with your change, and cannot: No base branch found .*--base REF/,
      ),
    });
    expect(r.code).toBe(2);
    // A test command needs no base branch: the step runs it.
    const write = `require('fs').writeFileSync('reports/unit.xml', ${JSON.stringify(junit('adds'))})`;
    await repo.write({
      'c.yml': `test:\n  command: ${JSON.stringify(['node', '-e', write])}\n  reports: [reports/*.xml]\n`,
    });
    const c = await quality(['check', '--only', 'test', '--config', join(repo.dir, 'c.yml'), '--json'], repo.dir);
    expect(step(c.stdout)).toMatchObject({ status: 'pass' });
  });
});
