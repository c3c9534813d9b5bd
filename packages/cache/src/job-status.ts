/**
 * Has this job failed so far? Asked only by the post step when `save-on-failure: false`.
 *
 * The runner tells a post step nothing about the job's status. The one source is the Actions
 * REST API: the jobs of this run attempt, where the job on this runner (`runner_name`, status
 * `in_progress`) lists its steps with their conclusions (needs `actions: read`). The caller
 * gives the API call (kit's GitHub client); when it cannot answer, the status is 'unknown'.
 */
export type JobStatus = { status: 'failed'; step: string } | { status: 'ok' } | { status: 'unknown'; why: string };

export interface RunJobInfo {
  runnerName: string | null;
  status: string;
  steps: { name: string; conclusion: string | null }[];
}

export interface JobStatusQuery {
  /** RUNNER_NAME */
  runner: string | undefined;
  runId: string;
  repository: { owner: string; repo: string } | undefined;
  token: string;
}

export async function jobStatus(q: JobStatusQuery, listJobs: () => Promise<RunJobInfo[]>): Promise<JobStatus> {
  if (!q.repository || !q.runId || !q.runner)
    return { status: 'unknown', why: 'GITHUB_REPOSITORY, GITHUB_RUN_ID or RUNNER_NAME is not set' };
  if (!q.token) return { status: 'unknown', why: "no token (input 'token')" };
  let jobs: RunJobInfo[];
  try {
    jobs = await listJobs();
  } catch (e) {
    const status = typeof e === 'object' && e !== null ? (e as { status?: unknown }).status : undefined;
    const message = e instanceof Error ? e.message : String(e);
    if (typeof status === 'number') {
      const hint = status === 403 || status === 404 ? " (the job needs 'permissions: actions: read')" : '';
      return { status: 'unknown', why: `the Actions API answered ${status}${hint}` };
    }
    return { status: 'unknown', why: `the Actions API did not answer (${message})` };
  }
  const mine = jobs.filter((j) => j.runnerName === q.runner && j.status === 'in_progress');
  if (mine.length !== 1) return { status: 'unknown', why: `found ${mine.length} running jobs on runner ${q.runner}` };
  const failed = mine[0]!.steps.find((s) => s.conclusion === 'failure');
  return failed ? { status: 'failed', step: failed.name } : { status: 'ok' };
}
