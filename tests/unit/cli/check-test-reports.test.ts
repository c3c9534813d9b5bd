/**
 * `quality check`'s test step with test.reports and no test.command: it runs nothing and reads the
 * reports, so a report last written before the check started (an earlier run's result) is refused,
 * naming every stale one even when others are fresh; fresh reports are read; with a test command
 * the step runs it and reads the reports it wrote, as before.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { GitRepo, removeAll } from '../../support/git-repo.js';
import { quality } from './run.js';

afterAll(removeAll);

const junit = (name: string, failed = false) =>
  `<?xml version="1.0"?>\n<testsuite name="s" tests="1" failures="${failed ? 1 : 0}" errors="0" skipped="0">` +
  `<testcase classname="s" name="${name}" time="0.01">${failed ? '<failure message="bad">bad</failure>' : ''}</testcase></testsuite>\n`;

const HOUR_AGO = () => new Date(Date.now() - 3600_000);

interface Step {
  name: string;
  status: string;
  summary: string;
  exitCode: number | null;
  result?: { tests?: { total: number; passed: number } };
}
const testStep = (stdout: string) => (JSON.parse(stdout) as { steps: Step[] }).steps.find((s) => s.name === 'test')!;

describe('quality check: test reports read without a test command', () => {
  let repo: GitRepo;
  beforeAll(async () => {
    repo = await GitRepo.init();
    await repo.commit('base', {
      '.github/quality.yml': 'test:\n  reports: [reports/*.xml]\n',
      '.gitignore': 'reports/\n',
    });
  });
  const clear = () => rmSync(join(repo.dir, 'reports'), { recursive: true, force: true });

  it('refuses a report written before the check started: the file, the config line, what to do; exit 2', async () => {
    clear();
    await repo.write({ 'reports/unit.xml': junit('adds') });
    utimesSync(join(repo.dir, 'reports/unit.xml'), HOUR_AGO(), HOUR_AGO());
    const r = await quality(['check', '--only', 'test'], repo.dir);
    expect(r.stdout).toMatch(
      /^ERROR test .*reports\/unit\.xml \(last written \d{4}-\d\d-\d\dT[\d:.]+Z\) is older than this check \(started /m,
    );
    expect(r.stdout).toMatch(/test\.reports \(\.github\/quality\.yml:2\) names test reports and no test command/);
    expect(r.stdout).toMatch(/Set test\.command to the command that writes them/);
    expect(r.stdout).toMatch(/^ {2}test +could not run/m);
    expect(r.code).toBe(2);
    const j = await quality(['check', '--only', 'test', '--json'], repo.dir);
    expect(testStep(j.stdout)).toMatchObject({ status: 'error', exitCode: 2 });
    expect(j.code).toBe(2);
  });

  it('reads reports written since the check started (2 s of slack): the step passes', async () => {
    clear();
    await repo.write({ 'reports/unit.xml': junit('adds'), 'reports/more.xml': junit('subs') });
    const r = await quality(['check', '--only', 'test', '--json'], repo.dir);
    expect(testStep(r.stdout)).toMatchObject({ status: 'pass', result: { tests: { total: 2, passed: 2 } } });
    expect(r.code).toBe(0);
  });

  it('fresh and stale together: refused, naming only the stale ones (never a pass on old results)', async () => {
    clear();
    await repo.write({ 'reports/fresh.xml': junit('adds'), 'reports/old.xml': junit('subs', true) });
    utimesSync(join(repo.dir, 'reports/old.xml'), HOUR_AGO(), HOUR_AGO());
    const r = await quality(['check', '--only', 'test', '--json'], repo.dir);
    const step = testStep(r.stdout);
    expect(step).toMatchObject({ status: 'error', exitCode: 2 });
    expect(step.summary).toMatch(/^reports\/old\.xml \(last written [^)]+\) is older than this check/);
    expect(step.summary).not.toMatch(/fresh\.xml/);
    expect(r.code).toBe(2);
  });

  it('many stale reports: the first five named, the rest counted', async () => {
    clear();
    const files = Object.fromEntries([...Array(7).keys()].map((i) => [`reports/r${i}.xml`, junit(`t${i}`)]));
    await repo.write(files);
    for (const f of Object.keys(files)) utimesSync(join(repo.dir, f), HOUR_AGO(), HOUR_AGO());
    const step = testStep((await quality(['check', '--only', 'test', '--json'], repo.dir)).stdout);
    expect(step.summary).toMatch(/r4\.xml \(last written [^)]+\) and 2 more are older than this check/);
    expect(step.summary.match(/last written/g)).toHaveLength(5);
  });

  it('with test.command the step runs it and reads what it wrote: an old copy before the run is no issue', async () => {
    clear();
    await repo.write({ 'reports/unit.xml': junit('old') });
    utimesSync(join(repo.dir, 'reports/unit.xml'), HOUR_AGO(), HOUR_AGO());
    const write = `require('fs').writeFileSync('reports/unit.xml', ${JSON.stringify(junit('adds'))})`;
    const config = join(repo.dir, 'with-command.yml');
    await repo.write({
      'with-command.yml': `test:\n  command: ${JSON.stringify(['node', '-e', write])}\n  reports: [reports/*.xml]\n`,
    });
    try {
      const r = await quality(['check', '--only', 'test', '--config', config, '--json'], repo.dir);
      expect(testStep(r.stdout)).toMatchObject({ status: 'pass', result: { tests: { total: 1, passed: 1 } } });
      expect(r.code).toBe(0);
    } finally {
      rmSync(config, { force: true });
    }
  });
});
