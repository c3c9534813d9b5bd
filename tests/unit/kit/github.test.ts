import { describe, it, expect, beforeAll, afterAll, beforeEach } from '@jest/globals';
import {
  GitHubApiError,
  classifyError,
  createGitHubClient,
  findPullRequestForCommit,
  listRunAttemptJobs,
  isStickyComment,
  listPullRequestFiles,
  redact,
  upsertStickyComment,
  type GitHubClient,
  type RetryOptions,
} from '@quality/kit/github';
import { md } from '@quality/kit';
import {
  INVALID_TOKEN,
  READ_TOKEN,
  WRITE_TOKEN,
  errorBody,
  fakeSha,
  makeUser,
  respond,
  startGitHubApi,
} from '../../support/github-api/index.js';
import type { FakeGitHubApi, RepoModel } from '../../support/github-api/index.js';

const O = { owner: 'acme', repo: 'widgets' };
const MARKER = md.marker('coverage-gate');
const COMMENTS = '/repos/:owner/:repo/issues/:number/comments';

/** Everything any logger received, across all tests: the token check at the end reads it. */
const allLines: string[] = [];
const allErrors: string[] = [];

interface Harness {
  client: GitHubClient;
  sleeps: number[];
  lines: string[];
}

describe('kit/github against the fake GitHub API', () => {
  let api: FakeGitHubApi;
  let repo: RepoModel;

  const make = (token = WRITE_TOKEN, retry: Partial<RetryOptions> = {}): Harness => {
    const sleeps: number[] = [];
    const lines: string[] = [];
    const rec = (level: string) => (m: string) => {
      lines.push(`${level}: ${m}`);
      allLines.push(m);
    };
    const client = createGitHubClient({
      token,
      baseUrl: api.url,
      log: { warning: rec('warning'), info: rec('info'), debug: rec('debug') },
      retry: { timeoutMs: 5000, ...retry },
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      random: () => 1, // no jitter: backoff is exactly base·2^n
    });
    return { client, sleeps, lines };
  };

  const fail = async (p: Promise<unknown>): Promise<GitHubApiError> => {
    try {
      await p;
    } catch (e) {
      expect(e).toBeInstanceOf(GitHubApiError);
      allErrors.push((e as Error).message);
      return e as GitHubApiError;
    }
    throw new Error('expected a failure');
  };

  const upsert = async (h: Harness, body: string, extra: { authorLogin?: string; issueNumber?: number } = {}) => {
    const r = await upsertStickyComment(h.client, { ...O, issueNumber: 7, marker: MARKER, body, ...extra });
    if (r.error) allErrors.push(r.error.message);
    return r;
  };

  beforeAll(async () => {
    api = await startGitHubApi();
  });
  afterAll(async () => {
    await api.close();
    // Nothing any logger or error ever said holds a token.
    expect(allLines.length).toBeGreaterThan(20);
    expect(allErrors.length).toBeGreaterThan(5);
    for (const text of [...allLines, ...allErrors]) {
      for (const token of [WRITE_TOKEN, READ_TOKEN, INVALID_TOKEN]) expect(text).not.toContain(token);
    }
  });
  beforeEach(() => {
    api.reset();
    repo = api.repo('acme', 'widgets', { permissions: 'write' });
    repo.addPull(7, { headSha: 'a'.repeat(40), files: 3 });
  });

  describe('upsertStickyComment', () => {
    it('creates the comment when there is none', async () => {
      const h = make();
      const r = await upsert(h, `${MARKER}\n## Coverage 91%`);
      expect(r.status).toBe('created');
      const comments = repo.commentsOn(7);
      expect(comments).toHaveLength(1);
      expect(comments[0]!.body).toBe(`${MARKER}\n## Coverage 91%`);
      expect(r.commentId).toBe(comments[0]!.id);
      expect(r.url).toBe(comments[0]!.html_url);
      expect(api.requests[0]!.auth.token).toBe(WRITE_TOKEN);
    });

    it('puts the marker first when the body does not start with it', async () => {
      const r = await upsert(make(), 'no marker here');
      expect(r.status).toBe('created');
      expect(repo.commentsOn(7)[0]!.body).toBe(`${MARKER}\nno marker here`);
    });

    it('updates the marked comment on page 3 of 250 in place, and creates no second one', async () => {
      for (let i = 0; i < 250; i++) {
        if (i === 230) repo.addComment(7, `${MARKER}\nold verdict`);
        else repo.addComment(7, `comment ${i}`, makeUser(`user${i % 7}`));
      }
      const target = repo.commentsOn(7)[230]!;
      api.clearRequests();
      const r = await upsert(make(), `${MARKER}\nnew verdict`);
      expect(r).toMatchObject({ status: 'updated', commentId: target.id, url: target.html_url });
      expect(repo.commentsOn(7)).toHaveLength(250);
      expect(repo.findComment(target.id)!.body).toBe(`${MARKER}\nnew verdict`);
      const lists = api.requestsTo('GET', COMMENTS);
      expect(lists.map((q) => q.query['page'] ?? '1')).toEqual(['1', '2', '3']);
      expect(lists.every((q) => q.query['per_page'] === '100')).toBe(true);
      expect(api.requestsTo('POST', COMMENTS)).toHaveLength(0);
      expect(api.requestsTo('PATCH', '/repos/:owner/:repo/issues/comments/:id')).toHaveLength(1);
    });

    it('does not PATCH when the body is unchanged', async () => {
      const c = repo.addComment(7, `${MARKER}\nsame`);
      api.clearRequests();
      const r = await upsert(make(), `${MARKER}\nsame`);
      expect(r).toMatchObject({ status: 'unchanged', commentId: c.id });
      expect(api.requests.map((q) => q.method)).toEqual(['GET']);
    });

    it("never edits a human's comment that quotes the marker, even at its start", async () => {
      const quoting = repo.addComment(7, `> ${MARKER}\n> old verdict\nwhy is this red?`, makeUser('octocat'));
      const pasted = repo.addComment(7, `${MARKER}\ncopied by hand`, makeUser('mallory'));
      const bot = repo.addComment(7, `thanks! ${MARKER}`); // a bot comment with the marker not first
      const r = await upsert(make(), `${MARKER}\nverdict`);
      expect(r.status).toBe('created');
      expect(repo.findComment(quoting.id)!.body).toBe(`> ${MARKER}\n> old verdict\nwhy is this red?`);
      expect(repo.findComment(pasted.id)!.body).toBe(`${MARKER}\ncopied by hand`);
      expect(repo.findComment(bot.id)!.body).toBe(`thanks! ${MARKER}`);
      expect(repo.commentsOn(7)).toHaveLength(4);
    });

    it("takes over the PAT user's own comment when authorLogin is given", async () => {
      const mine = repo.addComment(7, `${MARKER}\nold`, makeUser('ci-user'));
      const other = repo.addComment(7, `${MARKER}\nnot mine`, makeUser('octocat'));
      const r = await upsert(make(), `${MARKER}\nnew`, { authorLogin: 'ci-user' });
      expect(r).toMatchObject({ status: 'updated', commentId: mine.id });
      expect(repo.findComment(other.id)!.body).toBe(`${MARKER}\nnot mine`);
      expect(isStickyComment(repo.findComment(mine.id)!, MARKER)).toBe(false); // not without authorLogin
    });

    it('updates the newest of several marked comments and leaves the others', async () => {
      const first = repo.addComment(7, `${MARKER}\nfirst`);
      const second = repo.addComment(7, `${MARKER}\nsecond`);
      const r = await upsert(make(), `${MARKER}\nthird`);
      expect(r).toMatchObject({ status: 'updated', commentId: second.id, duplicates: [first.id] });
      expect(repo.findComment(first.id)!.body).toBe(`${MARKER}\nfirst`);
      expect(repo.findComment(second.id)!.body).toBe(`${MARKER}\nthird`);
    });

    it('a read-only token (fork PR) gets failed/forbidden on POST, without throwing', async () => {
      api.reset();
      repo = api.repo('acme', 'widgets', { permissions: 'read' });
      repo.addPull(7, { fork: true });
      const h = make(READ_TOKEN);
      const r = await upsert(h, `${MARKER}\nverdict`);
      expect(r.status).toBe('failed');
      expect(r.error).toMatchObject({ kind: 'forbidden', status: 403 });
      expect(r.error!.message).toMatch(/Resource not accessible by integration/);
      expect(r.error!.message).toMatch(/issues=write/);
      expect(r.error!.message).toMatch(/workflow_run/);
      expect(api.requestsTo('POST', COMMENTS)).toHaveLength(1); // not retried
      expect(h.sleeps).toEqual([]);
      expect(h.lines.some((l) => l.startsWith('info: Could not create the comment on acme/widgets#7'))).toBe(true);
    });

    it('a 403 on the PATCH is failed/forbidden too', async () => {
      const c = repo.addComment(7, `${MARKER}\nold`);
      api.route('PATCH', '/repos/:owner/:repo/issues/comments/:id', respond.notAccessible());
      const r = await upsert(make(), `${MARKER}\nnew`);
      expect(r).toMatchObject({ status: 'failed', error: { kind: 'forbidden' } });
      expect(repo.findComment(c.id)!.body).toBe(`${MARKER}\nold`);
    });

    it('an unknown issue is failed/not-found; a revoked token is failed/unauthorized', async () => {
      expect((await upsert(make(), 'x', { issueNumber: 404 })).error).toMatchObject({ kind: 'not-found', status: 404 });
      const r = await upsert(make(INVALID_TOKEN), 'x');
      expect(r.error).toMatchObject({ kind: 'unauthorized', status: 401 });
      expect(r.error!.message).toMatch(/Bad credentials/);
    });

    it('retries a 429 after exactly the retry-after it was given', async () => {
      api.route('POST', COMMENTS, [respond.tooManyRequests(2), respond.passthrough()]);
      const h = make();
      const r = await upsert(h, `${MARKER}\nverdict`);
      expect(r.status).toBe('created');
      expect(h.sleeps).toEqual([2000]);
      expect(api.requestsTo('POST', COMMENTS).map((q) => q.status)).toEqual([429, 201]);
      expect(repo.commentsOn(7)).toHaveLength(1);
    });

    it('retries 500 three times, then succeeds (backoff 1 s, 2 s, 4 s)', async () => {
      api.route('GET', COMMENTS, [respond.serverError(500, { times: 3 }), respond.passthrough()]);
      const h = make();
      const r = await upsert(h, `${MARKER}\nverdict`);
      expect(r.status).toBe('created');
      expect(h.sleeps).toEqual([1000, 2000, 4000]);
      expect(api.requestsTo('GET', COMMENTS).map((q) => q.status)).toEqual([500, 500, 500, 200]);
    });

    it('gives up with failed/server when GitHub keeps answering 500', async () => {
      api.route('GET', COMMENTS, respond.serverError(502));
      const h = make();
      const r = await upsert(h, `${MARKER}\nverdict`);
      expect(r.status).toBe('failed');
      expect(r.error).toMatchObject({ kind: 'server', status: 502 });
      expect(r.error!.message).toMatch(/Gave up after 4 attempts/);
      expect(api.requestsTo('GET', COMMENTS)).toHaveLength(4);
      expect(h.sleeps).toEqual([1000, 2000, 4000]);
      expect(api.requestsTo('POST', COMMENTS)).toHaveLength(0);
    });

    it('a slow answer is a network/timeout failure after the bounded attempts', async () => {
      api.route('GET', COMMENTS, respond.slow(3000));
      const h = make(WRITE_TOKEN, { timeoutMs: 150, retries: 1 });
      const t0 = Date.now();
      const r = await upsert(h, `${MARKER}\nverdict`);
      expect(Date.now() - t0).toBeLessThan(2500);
      expect(r.status).toBe('failed');
      expect(r.error).toMatchObject({ kind: 'network', code: 'timeout' });
      expect(r.error!.status).toBeUndefined();
      expect(r.error!.message).toMatch(/did not answer within 150 ms \(timed out\)/);
      expect(api.requestsTo('GET', COMMENTS)).toHaveLength(2);
      expect(h.sleeps).toEqual([1000]);
    });

    it('a POST that fails with 5xx is not blindly repeated: it looks again, then posts', async () => {
      api.route('POST', COMMENTS, [respond.serverError(503, { times: 2 }), respond.passthrough()]);
      const h = make();
      const r = await upsert(h, `${MARKER}\nverdict`);
      expect(r.status).toBe('created');
      expect(api.requestsTo('POST', COMMENTS).map((q) => q.status)).toEqual([503, 503, 201]);
      expect(api.requestsTo('GET', COMMENTS)).toHaveLength(3);
      expect(repo.commentsOn(7)).toHaveLength(1);
    });

    it('a POST carried out but answered by a connection reset makes no duplicate', async () => {
      let first = true;
      api.route('POST', COMMENTS, (req) => {
        if (!first) return undefined;
        first = false;
        repo.addComment(7, (req.body as { body: string }).body); // GitHub did create it…
        return respond.connectionReset(); // …but the answer was lost
      });
      const h = make();
      const r = await upsert(h, `${MARKER}\nverdict`);
      expect(r.status).toBe('created');
      expect(repo.commentsOn(7)).toHaveLength(1);
      expect(r.commentId).toBe(repo.commentsOn(7)[0]!.id);
      expect(api.requestsTo('POST', COMMENTS)).toHaveLength(1);
      expect(h.lines.some((l) => /ECONNRESET|fetch-failed/.test(l))).toBe(true);
    });

    it('fits a body over 65,536 characters before sending it', async () => {
      const big = `${MARKER}\n${'| a | b |\n'.repeat(10_000)}`;
      const r = await upsert(make(), big);
      expect(r).toMatchObject({ status: 'created', truncated: true });
      const body = repo.commentsOn(7)[0]!.body;
      expect([...body].length).toBeLessThanOrEqual(65_536);
      expect(body.startsWith(MARKER)).toBe(true);
      expect(body).toMatch(/truncated/);
      // the same big body again: unchanged (compared after fitting)
      expect((await upsert(make(), big)).status).toBe('unchanged');
    });
  });

  describe('request retries', () => {
    const get = (h: Harness) => h.client.request<{ default_branch: string }>('GET /repos/{owner}/{repo}', O);

    it('waits for a secondary rate limit retry-after, and for x-ratelimit-reset', async () => {
      api.route('GET', '/repos/:owner/:repo', [respond.secondaryRateLimit(3), respond.passthrough()]);
      const h = make();
      expect((await get(h)).data.default_branch).toBe('main');
      expect(h.sleeps).toEqual([3000]);

      const now = Date.now();
      const reset = Math.floor(now / 1000) + 10;
      api.route('GET', '/repos/:owner/:repo', [
        respond.rateLimitExceeded({ headers: { 'x-ratelimit-reset': String(reset) } }),
        respond.passthrough(),
      ]);
      const h2 = make();
      await get(h2);
      expect(h2.sleeps).toHaveLength(1);
      expect(Math.abs(h2.sleeps[0]! - (reset * 1000 - now))).toBeLessThan(2000);
    });

    it('gives up at once when GitHub asks for a wait longer than maxDelayMs', async () => {
      api.route('GET', '/repos/:owner/:repo', respond.tooManyRequests(120));
      const h = make();
      const e = await fail(get(h));
      expect(e.kind).toBe('rate-limited');
      expect(e.status).toBe(429);
      expect(e.message).toMatch(/asks to wait 120 s before retrying, longer than 30 s: giving up/);
      expect(h.sleeps).toEqual([]);
      expect(api.requests).toHaveLength(1);

      api.route('GET', '/repos/:owner/:repo', respond.rateLimitExceeded()); // reset in 60 s
      expect((await fail(get(make()))).kind).toBe('rate-limited');
    });

    it('stops when the total waiting budget would be exceeded', async () => {
      api.route('GET', '/repos/:owner/:repo', respond.serverError(500));
      const h = make(WRITE_TOKEN, { retries: 10, budgetMs: 5000 });
      const e = await fail(get(h));
      expect(e.kind).toBe('server');
      expect(e.message).toMatch(/retry budget of 5000 ms/);
      expect(h.sleeps).toEqual([1000, 2000]); // + 4000 would be 7000 > 5000
    });

    it('caps the backoff at maxDelayMs and jitters it', async () => {
      api.route('GET', '/repos/:owner/:repo', respond.serverError(500));
      const h = make(WRITE_TOKEN, { retries: 6, baseDelayMs: 1000, maxDelayMs: 5000, budgetMs: 1e9 });
      await fail(get(h));
      expect(h.sleeps).toEqual([1000, 2000, 4000, 5000, 5000, 5000]);
      const jittered = createGitHubClient({
        token: WRITE_TOKEN,
        baseUrl: api.url,
        log: { warning() {}, info() {}, debug() {} },
        random: () => 0,
      });
      expect(jittered.backoffDelay(0)).toBe(500);
      expect(jittered.backoffDelay(20)).toBe(15_000);
    });

    it('retries connection resets; does not retry 401, 403, 404, 422', async () => {
      api.route('GET', '/repos/:owner/:repo', [respond.connectionReset({ times: 2 }), respond.passthrough()]);
      const h = make();
      expect((await get(h)).status).toBe(200);
      expect(h.sleeps).toEqual([1000, 2000]);

      for (const [resp, kind] of [
        [respond.badCredentials(), 'unauthorized'],
        [respond.notAccessible(), 'forbidden'],
        [respond.notFound(), 'not-found'],
        [respond.validationFailed(), 'validation'],
      ] as const) {
        api.route('GET', '/repos/:owner/:repo', resp);
        api.clearRequests();
        const h2 = make();
        expect((await fail(get(h2))).kind).toBe(kind);
        expect(api.requests).toHaveLength(1);
        expect(h2.sleeps).toEqual([]);
      }
    });

    it('does not retry a POST after a 5xx (it may have been carried out)', async () => {
      api.route('POST', COMMENTS, respond.serverError(500));
      const h = make();
      const e = await fail(
        h.client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          ...O,
          issue_number: 7,
          body: 'x',
        }),
      );
      expect(e.kind).toBe('server');
      expect(e.message).toMatch(/Not retried/);
      expect(api.requests).toHaveLength(1);
    });
  });

  describe('listPullRequestFiles', () => {
    it('lists all pages and says truncated when the PR has more than 3000 files', async () => {
      repo.addPull(9, { files: 3100 });
      api.clearRequests();
      const h = make();
      const r = await listPullRequestFiles(h.client, { ...O, pullNumber: 9 });
      expect(r.files).toHaveLength(3000);
      expect(r.truncated).toBe(true);
      expect(r.changedFiles).toBe(3100);
      expect(r.files[0]).toEqual({
        filename: 'src/file-0001.ts',
        status: 'modified',
        patch: expect.any(String),
      });
      expect(api.requestsTo('GET', '/repos/:owner/:repo/pulls/:number/files')).toHaveLength(30);
      expect(h.lines.some((l) => l.startsWith('info: GitHub listed 3000 of the 3100 files'))).toBe(true);
    });

    it('keeps previous_filename, leaves out a missing patch, and is not truncated below the cap', async () => {
      repo.setPullFiles(7, [
        { filename: 'a.ts', status: 'renamed', previous_filename: 'old/a.ts' },
        { filename: 'b.ts', status: 'added', patch: '@@ -0,0 +1 @@\n+x' },
      ]);
      api.route('GET', '/repos/:owner/:repo/pulls/:number/files', (req) =>
        req.params['number'] === '7'
          ? respond.paginated([
              { filename: 'a.ts', status: 'renamed', previous_filename: 'old/a.ts' },
              { filename: 'logo.png', status: 'added' },
            ])
          : undefined,
      );
      const r = await listPullRequestFiles(make().client, { ...O, pullNumber: 7 });
      expect(r.truncated).toBe(false);
      expect(r.files).toEqual([
        { filename: 'a.ts', status: 'renamed', previous_filename: 'old/a.ts' },
        { filename: 'logo.png', status: 'added' },
      ]);
    });

    it('throws a classified GitHubApiError when the PR does not exist', async () => {
      const e = await fail(listPullRequestFiles(make().client, { ...O, pullNumber: 999 }));
      expect(e.kind).toBe('not-found');
      expect(classifyError(e)).toBe(e.classified);
    });
  });

  describe('fork recipe: commit → pull request, workflow run', () => {
    it('finds the open PR whose head is the commit, checking the head repository', async () => {
      const sha = fakeSha('fork-head');
      repo.addPull(12, { headSha: sha, fork: 'mallory/widgets' });
      repo.addPull(13, { headSha: fakeSha('other'), mergeCommitSha: sha, state: 'closed', merged: true });
      const c = make().client;
      expect(await findPullRequestForCommit(c, { ...O, sha })).toBe(12);
      expect(await findPullRequestForCommit(c, { ...O, sha, headRepository: 'mallory/widgets' })).toBe(12);
      expect(await findPullRequestForCommit(c, { ...O, sha, headRepository: 'eve/widgets' })).toBeUndefined();
      expect(await findPullRequestForCommit(c, { ...O, sha: fakeSha('nothing') })).toBeUndefined();
    });

    it('closed PRs only with state: all', async () => {
      const sha = fakeSha('closed-head');
      repo.addPull(14, { headSha: sha, state: 'closed' });
      repo.linkCommit(sha, 14); // the fake lists only open PRs by head; GitHub lists closed ones too
      const c = make().client;
      expect(await findPullRequestForCommit(c, { ...O, sha })).toBeUndefined();
      expect(await findPullRequestForCommit(c, { ...O, sha, state: 'all' })).toBe(14);
    });

    it('lists the jobs of a run attempt', async () => {
      api.route('GET', '/repos/:owner/:repo/actions/runs/:id/attempts/:n/jobs', {
        status: 200,
        body: {
          total_count: 2,
          jobs: [
            { runner_name: 'r1', status: 'in_progress', steps: [{ name: 'Test', conclusion: 'failure' }] },
            { runner_name: null, status: 'queued' },
          ],
        },
      });
      const c = make().client;
      expect(await listRunAttemptJobs(c, { ...O, runId: '7', attempt: '2' })).toEqual([
        { runnerName: 'r1', status: 'in_progress', steps: [{ name: 'Test', conclusion: 'failure' }] },
        { runnerName: null, status: 'queued', steps: [] },
      ]);
    });
  });

  describe('tokens never leak', () => {
    it('redacts the token when a server echoes it back, in errors and in log lines', async () => {
      api.route('GET', '/repos/:owner/:repo', [
        respond.json(errorBody(500, `internal error for Authorization: token ${WRITE_TOKEN}`), { status: 500 }),
        respond.json(errorBody(422, `bad token ${WRITE_TOKEN}`), { status: 422 }),
      ]);
      const h = make();
      const e = await fail(h.client.request('GET /repos/{owner}/{repo}', O));
      expect(e.kind).toBe('validation');
      expect(e.message).toContain('bad token ***');
      expect(h.lines.some((l) => l.includes('internal error for Authorization: token ***'))).toBe(true);
      for (const l of h.lines) expect(l).not.toContain(WRITE_TOKEN);
      expect(JSON.stringify(e)).not.toContain(WRITE_TOKEN);
      expect(JSON.stringify(e.classified)).not.toContain(WRITE_TOKEN);
    });

    it('redact() hides given secrets and token-shaped strings', () => {
      expect(redact('x s3cret y', ['s3cret'])).toBe('x *** y');
      expect(redact('ghp_abcdefghijklmnopqrstuvwxyz0123456789 and github_pat_11ABCDEFG0123456789_abcdefghijkl')).toBe(
        '*** and ***',
      );
    });

    it('classifies plain errors without a response', () => {
      expect(classifyError(new TypeError('boom'))).toEqual({ kind: 'unknown', message: 'boom' });
      const reset = Object.assign(new Error('fetch failed'), {
        name: 'HttpError',
        status: 500,
        cause: Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } }),
      });
      expect(classifyError(reset)).toMatchObject({ kind: 'network', code: 'ECONNRESET' });
      expect(classifyError(reset).status).toBeUndefined();
    });

    it('refuses to start without a token or with a bad URL', () => {
      const log = { warning() {}, info() {}, debug() {} };
      expect(() => createGitHubClient({ token: '', baseUrl: api.url, log })).toThrow(/token is required/);
      expect(() => createGitHubClient({ token: WRITE_TOKEN, baseUrl: 'not a url', log })).toThrow(/not a URL/);
    });
  });
});
