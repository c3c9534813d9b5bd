/**
 * actions/test end to end: the composite action's step run as the runner runs it (env: expanded
 * from the inputs, GITHUB_ACTION_PATH set, the bundled CLI), on the sample projects, on a fork
 * pull request with a read-only token: annotations and the job summary only, no API call.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { makeEventPayload } from '../support/github-api/index.js';
import { runComposite } from './harness/composite.js';
import { fixtureFiles, makeWorkspace } from './harness/index.js';

/** The files of a sample project, under `prefix` in the new workspace. */
const project = (name: string, prefix: string) => fixtureFiles(`tests/fixtures/testing/${name}`, prefix);

const fork = {
  name: 'pull_request',
  payload: makeEventPayload('pull_request', { number: 7, headRef: 'feature', baseRef: 'main', fork: true }),
};
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
