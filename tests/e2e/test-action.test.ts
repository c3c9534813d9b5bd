/**
 * actions/test end to end: the composite action's step run as the runner runs it (env: expanded
 * from the inputs, GITHUB_ACTION_PATH set, the bundled CLI), on the sample projects, on a fork
 * pull request with a read-only token: annotations and the job summary only, no API call.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeEventPayload } from '../support/github-api/index.js';
import { runComposite } from './harness/composite.js';
import { fixtureFiles, makeWorkspace } from './harness/index.js';

/** The files of a sample project, under `prefix` in the new workspace. */
const project = (name: string, prefix: string) => fixtureFiles(`tests/fixtures/testing/${name}`, prefix);

const fork = {
  name: 'pull_request',
  payload: makeEventPayload('pull_request', { number: 7, headRef: 'feature', baseRef: 'main', fork: true }),
};
/** A test that leaves a file behind when it runs. */
const MARK_TEST =
  'import pathlib\n\ndef test_mark():\n    pathlib.Path(__file__).parent.parent.joinpath("ran").touch()\n';
/** Debian's pytest first on PATH (as in CI). */
const env = { PATH: `/usr/bin:${process.env.PATH ?? ''}` };

describe('actions/test', () => {
  it('runs pytest in working-directory on a fork pull request: annotations at the failing assertions, summary, outputs', async () => {
    const ws = makeWorkspace(project('python', 'svc'));
    const r = await runComposite('test', {
      workspace: ws,
      inputs: { 'working-directory': 'svc' },
      event: fork,
      env,
      token: 'read-only',
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ total: '12', passed: '5', failed: '4', errored: '1', skipped: '2', flaky: '0' });
    expect(r.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ level: 'error', file: 'svc/tests/test_calc.py', line: 11 }),
        expect.objectContaining({ level: 'error', file: 'svc/tests/test_helpers.py', line: 6 }),
      ]),
    );
    expect(r.summary).toContain('| 12 | 5 | 4 | 1 | 2 | 0 |');
    expect(r.summary).toContain('tests/test_calc.py::test_setup_error');
    expect(JSON.parse(readFileSync(r.outputs.timings!, 'utf8'))).toEqual({
      'svc/tests/test_calc.py': expect.any(Number),
      'svc/tests/test_helpers.py': expect.any(Number),
    });
  });

  it("pull_request_target with the pull request's head checked out: refused, the tests never run", async () => {
    const ws = makeWorkspace({ ...project('python', 'svc'), 'svc/tests/test_mark.py': MARK_TEST });
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ws, encoding: 'utf8' }).trim();
    const r = await runComposite('test', {
      workspace: ws,
      inputs: { 'working-directory': 'svc' },
      event: { name: 'pull_request_target', payload: makeEventPayload('pull_request_target', { headSha: head }) },
      env,
    });
    expect(r.exitCode).toBe(2);
    // Said where people look: the step's error annotation and the job summary, not only the log.
    expect(r.annotations[0]?.message).toMatch(/checked out the pull request's head .*pull_request event instead/);
    expect(r.summary).toMatch(/### Tests\n\n> \[!CAUTION\]\n> quality test runs the project/);
    expect(existsSync(join(ws, 'svc/ran'))).toBe(false);
  });

  it('reads reports only when given no command, and passes when every test passed', async () => {
    const ws = makeWorkspace({
      'app/report.xml':
        '<testsuites><testsuite name="s"><testcase classname="a" name="b" file="t/a.test.js" time="0.5"/></testsuite></testsuites>',
    });
    const r = await runComposite('test', {
      workspace: ws,
      inputs: { 'working-directory': 'app', reports: 'report.xml' },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ total: '1', passed: '1', failed: '0' });
    expect(r.summary).toContain('All tests passed');
  });

  it('an input that is wrong fails the step with the input named', async () => {
    const ws = makeWorkspace();
    const r = await runComposite('test', { workspace: ws, inputs: { 'retry-failed': 'twice' } });
    expect(r.exitCode).toBe(2);
    expect(r.stderr + r.stdout).toContain("Input 'retry-failed'");
  });
});
