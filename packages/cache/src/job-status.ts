/**
 * Has this job failed so far? Asked only by the post step when `save-on-failure: false`.
 *
 * The runner tells a post step nothing about the job's status (`job.status` is not in its
 * environment, and `post-if` cannot read inputs). The one source a step can read is the
 * Actions REST API: the jobs of this run attempt, where the job running on this runner
 * (`runner_name` = RUNNER_NAME, status `in_progress`) lists its steps with their
 * conclusions. This needs `actions: read` for the token. When the API cannot answer, the
 * status is 'unknown' and the caller must decide (this action then does not save).
 */
export type JobStatus = { status: 'failed'; step: string } | { status: 'ok' } | { status: 'unknown'; why: string };

interface JobsResponse {
  jobs?: { runner_name?: string | null; status?: string; steps?: { name?: string; conclusion?: string | null }[] }[];
}

export async function jobStatus(env: NodeJS.ProcessEnv, token: string, timeoutMs = 15_000): Promise<JobStatus> {
  const api = env.GITHUB_API_URL ?? 'https://api.github.com';
  const repo = env.GITHUB_REPOSITORY;
  const runId = env.GITHUB_RUN_ID;
  const attempt = env.GITHUB_RUN_ATTEMPT ?? '1';
  const runner = env.RUNNER_NAME;
  if (!repo || !runId || !runner)
    return { status: 'unknown', why: 'GITHUB_REPOSITORY, GITHUB_RUN_ID or RUNNER_NAME is not set' };
  if (!token) return { status: 'unknown', why: "no token (input 'token')" };
  const url = `${api.replace(/\/$/, '')}/repos/${repo}/actions/runs/${runId}/attempts/${attempt}/jobs?per_page=100`;
  let body: JobsResponse;
  try {
    const res = await fetch(url, {
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
      },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok) {
      return {
        status: 'unknown',
        why: `the Actions API answered ${res.status}${res.status === 403 || res.status === 404 ? " (the job needs 'permissions: actions: read')" : ''}`,
      };
    }
    body = (await res.json()) as JobsResponse;
  } catch (e) {
    return { status: 'unknown', why: `the Actions API did not answer (${e instanceof Error ? e.message : String(e)})` };
  }
  const mine = (body.jobs ?? []).filter((j) => j.runner_name === runner && j.status === 'in_progress');
  if (mine.length !== 1) return { status: 'unknown', why: `found ${mine.length} running jobs on runner ${runner}` };
  const failed = (mine[0]!.steps ?? []).find((s) => s.conclusion === 'failure');
  return failed ? { status: 'failed', step: failed.name ?? '?' } : { status: 'ok' };
}
