import { describe, it, expect } from '@jest/globals';
import { jobStatus, type RunJobInfo } from '../../../packages/cache/src/job-status.js';

const q = { runner: 'r1', runId: '7', repository: { owner: 'o', repo: 'r' }, token: 't' };
const job = (runnerName: string, conclusion: string | null, status = 'in_progress'): RunJobInfo => ({
  runnerName,
  status,
  steps: [
    { name: 'Checkout', conclusion: 'success' },
    { name: 'Test', conclusion },
  ],
});
const answer = (jobs: RunJobInfo[]) => () => Promise.resolve(jobs);

describe('jobStatus', () => {
  it('reads the step conclusions of the job running on this runner', async () => {
    expect(await jobStatus(q, answer([job('r1', 'failure'), job('r2', 'success')]))).toEqual({
      status: 'failed',
      step: 'Test',
    });
    expect(await jobStatus(q, answer([job('r1', null), job('r2', 'failure')]))).toEqual({ status: 'ok' });
    expect(await jobStatus(q, answer([job('r1', 'failure', 'completed')]))).toMatchObject({ status: 'unknown' });
  });

  it('unknown, with the reason, when it cannot ask or the API cannot answer', async () => {
    let asked = 0;
    const never = () => {
      asked++;
      return Promise.resolve([]);
    };
    expect(await jobStatus({ ...q, runner: undefined }, never)).toMatchObject({
      why: expect.stringMatching(/RUNNER_NAME/),
    });
    expect(await jobStatus({ ...q, token: '' }, never)).toMatchObject({ why: expect.stringMatching(/no token/) });
    expect(asked).toBe(0);
    const forbidden = Object.assign(new Error('Resource not accessible'), { status: 403 });
    expect(await jobStatus(q, () => Promise.reject(forbidden))).toEqual({
      status: 'unknown',
      why: "the Actions API answered 403 (the job needs 'permissions: actions: read')",
    });
    expect(await jobStatus(q, () => Promise.reject(new Error('ECONNRESET')))).toEqual({
      status: 'unknown',
      why: 'the Actions API did not answer (ECONNRESET)',
    });
  });
});
