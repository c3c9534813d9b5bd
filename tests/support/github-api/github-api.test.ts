import { describe, it, expect, beforeAll, afterAll, beforeEach } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import {
  INVALID_TOKEN,
  READ_TOKEN,
  WRITE_TOKEN,
  makeEventPayload,
  makeUser,
  respond,
  startGitHubApi,
  writeEventPayload,
} from './index.js';
import type { FakeGitHubApi } from './index.js';

const ROOT = process.cwd();

interface ErrorLike {
  name?: string;
  status?: number;
  message?: string;
  response?: { headers: Record<string, string>; data: unknown };
  cause?: { name?: string; code?: string; cause?: { code?: string } };
}

async function failure(p: Promise<unknown>): Promise<ErrorLike> {
  try {
    await p;
  } catch (err) {
    return err as ErrorLike;
  }
  throw new Error('expected the request to fail');
}

function runNode(script: string, env: Record<string, string>): Promise<{ stdout: string; stderr: string }> {
  const clean: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !k.startsWith('GITHUB_')) clean[k] = v;
  }
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--input-type=module', '-e', script],
      { cwd: ROOT, env: { ...clean, ...env }, timeout: 20000 },
      (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve({ stdout, stderr })),
    );
  });
}

describe('fake GitHub API through @actions/github Octokit', () => {
  let api: FakeGitHubApi;
  const octo = (token = WRITE_TOKEN) => getOctokit(token, { baseUrl: api.url });
  const o = { owner: 'acme', repo: 'widgets' };

  beforeAll(async () => {
    api = await startGitHubApi();
  });
  afterAll(async () => {
    await api.close();
  });
  beforeEach(() => {
    api.reset();
    const repo = api.repo('acme', 'widgets', {
      defaultBranch: 'trunk',
      permissions: 'write',
    });
    repo.addPull(7, { headSha: 'a'.repeat(40), files: 3 });
  });

  it('serves GitHub headers and the 404 shape for unknown routes', async () => {
    const res = await octo().rest.repos.get(o);
    expect(res.status).toBe(200);
    expect(res.data.default_branch).toBe('trunk');
    expect(res.data.permissions).toEqual({
      admin: false,
      maintain: false,
      push: true,
      triage: true,
      pull: true,
    });
    expect(res.headers['x-ratelimit-limit']).toBe('5000');
    expect(res.headers['x-ratelimit-remaining']).toBe('4999');
    expect(res.headers['x-ratelimit-resource']).toBe('core');
    expect(res.headers['x-github-request-id']).toMatch(/^[0-9A-F]{4}:[0-9A-F]{4}:/);

    const err = await failure(octo().request('GET /repos/{owner}/{repo}/nope', o));
    expect(err.status).toBe(404);
    expect(err.response?.data).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404',
    });
    expect(err.response?.headers['x-github-request-id']).toBeDefined();
    expect((await failure(octo().rest.repos.get({ owner: 'acme', repo: 'missing' }))).status).toBe(404);
  });

  it('records requests with the Authorization header redacted', async () => {
    await octo().rest.issues.createComment({
      ...o,
      issue_number: 7,
      body: 'hi',
    });
    const [rec] = api.requests;
    expect(rec).toMatchObject({
      method: 'POST',
      path: '/repos/acme/widgets/issues/7/comments',
      body: { body: 'hi' },
      route: '/repos/:owner/:repo/issues/:number/comments',
      status: 201,
      auth: {
        present: true,
        scheme: 'token',
        token: WRITE_TOKEN,
        access: 'write',
      },
    });
    expect(rec!.headers['authorization']).toBe('REDACTED');
    expect(JSON.stringify(api.requests)).not.toContain(`token ${WRITE_TOKEN}`);
  });

  it('paginates with real Link headers via octokit.paginate (3+ pages)', async () => {
    const repo = api.getRepo('acme', 'widgets')!;
    for (let i = 0; i < 75; i++) repo.addComment(7, `comment ${i}`, makeUser('someone'));

    const first = await octo().rest.issues.listComments({
      ...o,
      issue_number: 7,
    });
    expect(first.data).toHaveLength(30); // GitHub's default per_page
    expect(first.headers.link).toBe(
      `<${api.url}/repos/acme/widgets/issues/7/comments?page=2>; rel="next", ` +
        `<${api.url}/repos/acme/widgets/issues/7/comments?page=3>; rel="last"`,
    );

    api.clearRequests();
    const all = await octo().paginate(octo().rest.issues.listComments, {
      ...o,
      issue_number: 7,
      per_page: 20,
    });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 75 }, (_, i) => `comment ${i}`));
    expect(api.requests.map((r) => r.query['page'] ?? '1')).toEqual(['1', '2', '3', '4']);
    expect(api.requests.every((r) => r.query['per_page'] === '20')).toBe(true);

    const capped = await octo().rest.issues.listComments({
      ...o,
      issue_number: 7,
      per_page: 500,
    });
    expect(capped.data).toHaveLength(75); // per_page is capped at 100
    expect(capped.headers.link).toBeUndefined();

    const last = await octo().rest.issues.listComments({
      ...o,
      issue_number: 7,
      per_page: 20,
      page: 4,
    });
    expect(last.data).toHaveLength(15);
    expect(last.headers.link).toContain('rel="prev"');
    expect(last.headers.link).toContain('rel="first"');
    expect(last.headers.link).not.toContain('rel="next"');
  });

  it('creates then updates a comment (201 then 200) as github-actions[bot]', async () => {
    const created = await octo().rest.issues.createComment({
      ...o,
      issue_number: 7,
      body: 'coverage: 80%',
    });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(created.data.url);
    expect(created.data.user).toMatchObject({
      login: 'github-actions[bot]',
      type: 'Bot',
    });
    expect(created.data.html_url).toBe(`https://github.com/acme/widgets/pull/7#issuecomment-${created.data.id}`);

    const updated = await octo().rest.issues.updateComment({
      ...o,
      comment_id: created.data.id,
      body: 'coverage: 81%',
    });
    expect(updated.status).toBe(200);
    expect(updated.data.id).toBe(created.data.id);
    expect(updated.data.body).toBe('coverage: 81%');

    const list = await octo().rest.issues.listComments({
      ...o,
      issue_number: 7,
    });
    expect(list.data.map((c) => c.body)).toEqual(['coverage: 81%']);
    expect(api.getRepo('acme', 'widgets')!.commentsOn(7)).toHaveLength(1);

    const missing = await failure(octo().rest.issues.updateComment({ ...o, comment_id: 1, body: 'x' }));
    expect(missing.status).toBe(404);
    const invalid = await failure(
      octo().request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments' as string, { ...o, issue_number: 7 }),
    );
    expect(invalid.status).toBe(422);
    expect(invalid.response?.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }],
    });
    const tooLong = await failure(
      octo().rest.issues.createComment({
        ...o,
        issue_number: 7,
        body: 'x'.repeat(65537),
      }),
    );
    expect(tooLong.status).toBe(422);
  });

  it('403s writes from a read-only token (or a read-only repo), 401s unknown tokens', async () => {
    const err = await failure(
      octo(READ_TOKEN).rest.issues.createComment({
        ...o,
        issue_number: 7,
        body: 'x',
      }),
    );
    expect(err.status).toBe(403);
    expect(err.message).toContain('Resource not accessible by integration');
    expect(err.response?.data).toMatchObject({
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
    });
    expect(err.response?.headers['x-accepted-github-permissions']).toBe('issues=write; pull_requests=write');
    // reads still work with the read-only token
    const repoRes = await octo(READ_TOKEN).rest.repos.get(o);
    expect(repoRes.data.permissions?.push).toBe(false);

    api.repo('acme', 'widgets', { permissions: 'read' }); // e.g. GITHUB_TOKEN of a fork PR
    expect(
      (
        await failure(
          octo().rest.checks.create({
            ...o,
            name: 'cov',
            head_sha: 'a'.repeat(40),
          }),
        )
      ).status,
    ).toBe(403);

    for (const token of [INVALID_TOKEN, 'ghp_somethingUnknown']) {
      const bad = await failure(octo(token).rest.repos.get(o));
      expect(bad.status).toBe(401);
      expect(bad.message).toContain('Bad credentials');
    }
    expect(api.requests.at(-1)!.auth).toMatchObject({
      present: true,
      access: 'unknown',
    });
    expect(api.requests.at(-1)!.auth.token).toBeUndefined(); // unknown tokens are not stored, only fingerprinted
    expect(api.requests.at(-1)!.auth.fingerprint).toMatch(/^[0-9a-f]{12}$/);
    expect(api.getRepo('acme', 'widgets')!.comments).toHaveLength(0);
  });

  it('429 then success: Octokit from @actions/github does NOT retry by itself', async () => {
    const r = api.route('POST', '/repos/:owner/:repo/issues/:number/comments', [
      respond.tooManyRequests(1),
      respond.passthrough(),
    ]);
    const err = await failure(octo().rest.issues.createComment({ ...o, issue_number: 7, body: 'x' }));
    expect(err.status).toBe(429);
    expect(err.response?.headers['retry-after']).toBe('1');
    expect(api.requests).toHaveLength(1); // no automatic retry
    expect(r.hits).toBe(1);
    // the caller retries -> the model answers
    const ok = await octo().rest.issues.createComment({
      ...o,
      issue_number: 7,
      body: 'x',
    });
    expect(ok.status).toBe(201);
    expect(api.requests).toHaveLength(2);
  });

  it('5xx throughout and 403 secondary rate limit: one request each, no retry', async () => {
    api.route('GET', '/repos/:owner/:repo/pulls/:number', respond.serverError(500));
    const err = await failure(octo().rest.pulls.get({ ...o, pull_number: 7 }));
    expect(err.status).toBe(500);
    const again = await failure(octo().rest.pulls.get({ ...o, pull_number: 7 }));
    expect(again.status).toBe(500);
    expect(api.requests).toHaveLength(2);

    for (const status of [502, 503] as const) {
      api.clearRequests();
      api.route('GET', '/repos/:owner/:repo', respond.serverError(status));
      expect((await failure(octo().rest.repos.get(o))).status).toBe(status);
      expect(api.requests).toHaveLength(1);
    }

    api.clearRequests();
    api.route('POST', '/repos/:owner/:repo/check-runs', [respond.secondaryRateLimit(60), respond.passthrough()]);
    const sec = await failure(
      octo().rest.checks.create({
        ...o,
        name: 'cov',
        head_sha: 'a'.repeat(40),
      }),
    );
    expect(sec.status).toBe(403);
    expect(sec.message).toContain('secondary rate limit');
    expect(sec.response?.headers['retry-after']).toBe('60');
    expect(api.requests).toHaveLength(1);
  });

  it('scripted sequences honour times, then repeat the last entry', async () => {
    api.route('GET', '/repos/:owner/:repo', [
      respond.serverError(502, { times: 2 }),
      respond.json({ name: 'scripted' }, { headers: { 'x-custom': 'yes' } }),
    ]);
    const statuses: Array<number | undefined> = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(
        await octo()
          .rest.repos.get(o)
          .then(
            (r) => r.status,
            (e: ErrorLike) => e.status,
          ),
      );
    }
    expect(statuses).toEqual([502, 502, 200, 200]);
    const res = await octo().rest.repos.get(o);
    expect(res.data).toEqual({ name: 'scripted' });
    expect(res.headers['x-custom']).toBe('yes');
    expect(res.headers['x-ratelimit-limit']).toBe('5000');

    // handler form: params + fall-through with undefined
    api.route('GET', '/repos/:owner/:repo/pulls/:number', (req) =>
      req.params['number'] === '99' ? respond.json({ number: 99, scripted: true }) : undefined,
    );
    expect((await octo().rest.pulls.get({ ...o, pull_number: 99 })).data).toMatchObject({ scripted: true });
    expect((await octo().rest.pulls.get({ ...o, pull_number: 7 })).data.head.sha).toBe('a'.repeat(40));
  });

  it('slow response + client timeout (AbortSignal per request)', async () => {
    api.route('GET', '/repos/:owner/:repo/pulls/:number', respond.slow(3000));
    const t0 = Date.now();
    const err = await failure(
      octo().rest.pulls.get({
        ...o,
        pull_number: 7,
        request: { signal: AbortSignal.timeout(200) },
      }),
    );
    expect(Date.now() - t0).toBeLessThan(2000);
    // AbortSignal.timeout() aborts with a DOMException "TimeoutError"; @octokit/request wraps it
    // as a RequestError with status 500 (only name === 'AbortError' is re-thrown as-is). Plain Node
    // gives message "The operation was aborted due to timeout"; under jest's VM realm the
    // `instanceof Error` check fails and the message is "Unknown Error": assert on the cause.
    expect(err.name).toBe('HttpError');
    expect(err.status).toBe(500);
    expect(err.response).toBeUndefined();
    expect(err.cause?.name).toBe('TimeoutError');
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]!.status).toBeUndefined(); // client went away before the answer

    // a plain AbortController abort: in plain Node the AbortError itself is re-thrown (status set
    // to 500); under jest's VM realm it is wrapped like above. Either way: status 500.
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    const aborted = await failure(
      octo().rest.pulls.get({
        ...o,
        pull_number: 7,
        request: { signal: ac.signal },
      }),
    );
    expect(aborted.status).toBe(500);
    expect([aborted.name, aborted.cause?.name]).toContain('AbortError');

    // slow but within budget
    api.route('GET', '/repos/:owner/:repo', respond.slow(150));
    const s0 = Date.now();
    expect((await octo().rest.repos.get(o)).status).toBe(200);
    expect(Date.now() - s0).toBeGreaterThanOrEqual(140);
  });

  it('connection reset surfaces as a status-500 RequestError, not retried', async () => {
    api.route('GET', '/repos/:owner/:repo', [respond.connectionReset(), respond.passthrough()]);
    const err = await failure(octo().rest.repos.get(o));
    expect(err.name).toBe('HttpError');
    expect(err.status).toBe(500);
    expect(err.response).toBeUndefined();
    expect(err.cause?.name).toBe('TypeError'); // undici "fetch failed", cause.cause.code ECONNRESET
    expect(err.cause?.cause?.code).toBe('ECONNRESET');
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]!.reset).toBe(true);
    expect((await octo().rest.repos.get(o)).status).toBe(200);
  });

  it('caps the PR files listing at 3000 files', async () => {
    const repo = api.getRepo('acme', 'widgets')!;
    repo.addPull(8, { files: 3500 });
    const pr = await octo().rest.pulls.get({ ...o, pull_number: 8 });
    expect(pr.data.changed_files).toBe(3500);

    api.clearRequests();
    const files = await octo().paginate(octo().rest.pulls.listFiles, {
      ...o,
      pull_number: 8,
      per_page: 100,
    });
    expect(files).toHaveLength(3000);
    expect(files[0]).toMatchObject({
      filename: 'src/file-0001.ts',
      status: 'modified',
      additions: 1,
      changes: 1,
    });
    expect(files.at(-1)!.filename).toBe('src/file-3000.ts');
    expect(api.requests).toHaveLength(30);

    const beyond = await octo().rest.pulls.listFiles({
      ...o,
      pull_number: 8,
      per_page: 100,
      page: 31,
    });
    expect(beyond.data).toEqual([]);
  });

  it('models commits/{sha}/pulls, actions/runs/{id} and check-runs', async () => {
    const repo = api.getRepo('acme', 'widgets')!;
    const prs = await octo().rest.repos.listPullRequestsAssociatedWithCommit({
      ...o,
      commit_sha: 'a'.repeat(40),
    });
    expect(prs.data.map((p) => p.number)).toEqual([7]);
    expect(prs.data[0]!.head.sha).toBe('a'.repeat(40));
    expect(prs.data[0]!.base.ref).toBe('trunk');

    const run = repo.addWorkflowRun({
      id: 555,
      headSha: 'a'.repeat(40),
      pullRequests: [7],
    });
    const runRes = await octo().rest.actions.getWorkflowRun({
      ...o,
      run_id: run.id,
    });
    expect(runRes.data).toMatchObject({
      id: 555,
      head_sha: 'a'.repeat(40),
      conclusion: 'success',
      event: 'pull_request',
    });
    expect(runRes.data.pull_requests![0]).toMatchObject({
      number: 7,
      head: { sha: 'a'.repeat(40) },
    });
    expect((await failure(octo().rest.actions.getWorkflowRun({ ...o, run_id: 1 }))).status).toBe(404);

    const check = await octo().rest.checks.create({
      ...o,
      name: 'coverage',
      head_sha: 'a'.repeat(40),
      conclusion: 'failure',
      output: { title: 'Coverage 70%', summary: 'below 80%' },
    });
    expect(check.status).toBe(201);
    expect(check.data).toMatchObject({
      name: 'coverage',
      status: 'completed',
      conclusion: 'failure',
    });
    expect(check.data.output.title).toBe('Coverage 70%');
    expect(repo.checkRuns).toHaveLength(1);
    const bad = await failure(
      octo().request('POST /repos/{owner}/{repo}/check-runs' as string, {
        ...o,
        name: 'x',
      }),
    );
    expect(bad.status).toBe(422);
  });

  it('anonymous requests: reads allowed, writes 401 "Requires authentication"', async () => {
    const res = await fetch(`${api.url}/repos/acme/widgets`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-ratelimit-limit')).toBe('60');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body['permissions']).toBeUndefined();
    const post = await fetch(`${api.url}/repos/acme/widgets/issues/7/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'x' }),
    });
    expect(post.status).toBe(401);
    expect(((await post.json()) as { message: string }).message).toBe('Requires authentication');
    expect(api.requests[0]!.auth).toEqual({
      present: false,
      access: 'anonymous',
    });
  });

  it('GITHUB_API_URL is read once, when @actions/github is imported (child process)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-gh-'));
    try {
      const ev = writeEventPayload(dir, 'pull_request', {
        repository: 'acme/widgets',
        number: 7,
        fork: true,
        apiUrl: api.url,
      });
      const script = `
        import { getOctokit, context } from '@actions/github';
        const octokit = getOctokit(process.env.TOKEN); // no baseUrl: comes from GITHUB_API_URL
        const res = await octokit.rest.pulls.get({ ...context.repo, pull_number: context.issue.number });
        process.env.GITHUB_API_URL = 'http://127.0.0.1:9';
        const later = getOctokit(process.env.TOKEN).request.endpoint.DEFAULTS.baseUrl;
        console.log(JSON.stringify({
          status: res.status, number: res.data.number, baseUrl: octokit.request.endpoint.DEFAULTS.baseUrl, later,
          fork: context.payload.pull_request.head.repo.fork, eventName: context.eventName, sha: context.sha,
        }));`;
      const { stdout } = await runNode(script, {
        ...ev.env,
        TOKEN: WRITE_TOKEN,
      });
      const out = JSON.parse(stdout.trim()) as Record<string, unknown>;
      expect(out).toEqual({
        status: 200,
        number: 7,
        baseUrl: api.url,
        later: api.url, // changing the env after import has no effect
        fork: true,
        eventName: 'pull_request',
        sha: ev.env['GITHUB_SHA'],
      });
      expect(api.requests.at(-1)).toMatchObject({
        path: '/repos/acme/widgets/pulls/7',
        auth: { token: WRITE_TOKEN },
      });
      expect(api.requests.at(-1)!.headers['user-agent']).toMatch(/octokit/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('makeEventPayload', () => {
  it('push', () => {
    const p = makeEventPayload('push', {
      repository: 'acme/widgets',
      defaultBranch: 'trunk',
      created: true,
    });
    expect(p).toMatchObject({
      ref: 'refs/heads/trunk',
      before: '0000000000000000000000000000000000000000',
      created: true,
      forced: false,
      repository: {
        default_branch: 'trunk',
        full_name: 'acme/widgets',
        name: 'widgets',
        owner: { login: 'acme', name: 'acme' },
      },
    });
    expect(p['after']).toMatch(/^[0-9a-f]{40}$/);
  });

  it('pull_request, same repo and from a fork', () => {
    const same = makeEventPayload('pull_request', {
      repository: 'acme/widgets',
      number: 5,
      headSha: 'b'.repeat(40),
    });
    expect(same).toMatchObject({
      action: 'synchronize',
      number: 5,
      after: 'b'.repeat(40),
      pull_request: {
        number: 5,
        head: {
          sha: 'b'.repeat(40),
          ref: 'feature-5',
          repo: { full_name: 'acme/widgets', fork: false },
        },
        base: { ref: 'main', repo: { full_name: 'acme/widgets' } },
      },
      repository: { full_name: 'acme/widgets' },
    });
    const fork = makeEventPayload('pull_request', {
      repository: 'acme/widgets',
      fork: 'mallory/widgets',
    });
    expect(fork).toMatchObject({
      pull_request: {
        head: {
          repo: { full_name: 'mallory/widgets', fork: true },
          label: expect.stringMatching(/^mallory:/),
        },
      },
      sender: { login: 'mallory' },
    });
  });

  it('workflow_run, schedule, workflow_dispatch', () => {
    const wr = makeEventPayload('workflow_run', {
      repository: 'acme/widgets',
      number: 9,
    });
    expect(wr).toMatchObject({
      action: 'completed',
      workflow_run: {
        event: 'pull_request',
        status: 'completed',
        conclusion: 'success',
        pull_requests: [{ number: 9 }],
      },
      repository: { full_name: 'acme/widgets' },
    });
    const wrFork = makeEventPayload('workflow_run', { fork: true });
    expect(wrFork).toMatchObject({
      workflow_run: { pull_requests: [], head_repository: { fork: true } },
    });
    expect(makeEventPayload('schedule', { minimal: true })).toEqual({
      schedule: '0 3 * * *',
    });
    expect(makeEventPayload('schedule')).toMatchObject({
      schedule: '0 3 * * *',
      repository: { full_name: 'octo-org/octo-repo' },
    });
    expect(makeEventPayload('workflow_dispatch', { inputs: { threshold: '80' } })).toMatchObject({
      inputs: { threshold: '80' },
      ref: 'refs/heads/main',
      workflow: '.github/workflows/manual.yml',
    });
  });
});
