export const id = 713;
export const ids = [713];
export const modules = {

/***/ 8713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   listRunAttemptJobs: () => (/* binding */ listRunAttemptJobs)
/* harmony export */ });
/* unused harmony exports DEFAULT_RETRY, GitHubApiError, redact, classifyError, GitHubClient, isStickyComment, upsertStickyComment, PULL_REQUEST_FILES_CAP, listPullRequestFiles, findPullRequestForCommit */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7817);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8238);
/**
 * The GitHub REST API, the way the actions need it: retried where that is safe, bounded in
 * time, classified when it fails, and never holding a token in a message.
 *
 * `@actions/github`'s Octokit (v9) has no retry, no throttling and no timeout of its own
 * (see tests/support/github-api/README.md), so `GitHubClient.request` adds them:
 *
 * - retried: 429, 5xx, network errors (ECONNRESET, timeouts) and 403 rate limits (primary:
 *   `x-ratelimit-remaining: 0`, secondary: "secondary rate limit"), with exponential backoff and
 *   jitter, or exactly the wait GitHub asks for (`retry-after` seconds or `x-ratelimit-reset`).
 * - not retried: 401, 403 for permissions, 404, 422 and anything else.
 * - bounded: at most `retries` retries, no single wait above `maxDelayMs` (if GitHub asks for a
 *   longer wait we give up at once and say so), at most `budgetMs` of waiting per call, and a
 *   `timeoutMs` timeout per attempt (a per-call `AbortSignal.timeout`, never set on `getOctokit`).
 * - a POST is not idempotent: it is only retried when GitHub rejected it before doing anything
 *   (429 and 403 rate limits). After a 5xx or a network error the comment may exist, so
 *   `upsertStickyComment` looks again before it posts again.
 *
 * Messages (errors and log lines) go through `redact()`: the client's token and anything shaped
 * like a GitHub token become `***`. Errors thrown by the client are `GitHubApiError`s carrying only
 * text built here (no `cause`, no request object). Logging goes to an injected logger.
 */



const DEFAULT_RETRY = {
    retries: 3,
    baseDelayMs: 1000,
    maxDelayMs: 30_000,
    timeoutMs: 15_000,
    budgetMs: 60_000,
};
/** What `GitHubClient` throws: a classified failure whose message is safe to show. */
class GitHubApiError extends Error {
    classified;
    name = 'GitHubApiError';
    kind;
    status;
    code;
    requestId;
    constructor(classified) {
        super(classified.message);
        this.classified = classified;
        this.kind = classified.kind;
        this.status = classified.status;
        this.code = classified.code;
        this.requestId = classified.requestId;
    }
}
/** Things shaped like GitHub tokens: classic/fine-grained PATs, app and Actions tokens. */
const TOKEN_SHAPES = /\b(?:gh[pousr]_[A-Za-z0-9_]{16,}|github_pat_[A-Za-z0-9_]{20,})/g;
/** Replace the given secrets and anything shaped like a GitHub token with `***`. */
function redact(text, secrets = []) {
    let out = text;
    for (const s of secrets)
        if (s.length >= 4)
            out = out.split(s).join('***');
    return out.replace(TOKEN_SHAPES, '***');
}
function header(e, name) {
    const v = e.response?.headers?.[name];
    return v === undefined || v === null ? undefined : String(v);
}
function githubMessage(e) {
    const data = e.response?.data;
    if (data && typeof data === 'object' && typeof data.message === 'string') {
        return data.message;
    }
    return typeof data === 'string' && data.trim() !== '' ? data.trim().slice(0, 300) : undefined;
}
/** Names and codes along the `cause` chain (undici nests the socket error two levels down). */
function causeChain(e) {
    const names = [];
    const codes = [];
    let cur = e;
    for (let depth = 0; depth < 6 && cur && typeof cur === 'object'; depth++) {
        const c = cur;
        if (typeof c.name === 'string')
            names.push(c.name);
        if (typeof c.code === 'string')
            codes.push(c.code);
        cur = c.cause;
    }
    return { names, codes };
}
function isRateLimit403(e) {
    return (header(e, 'x-ratelimit-remaining') === '0' ||
        header(e, 'retry-after') !== undefined ||
        /rate limit/i.test(githubMessage(e) ?? ''));
}
/**
 * Sort a failure from Octokit (or from `GitHubClient`) into what a user can act on. Octokit
 * reports network failures and timeouts as status 500 *without* a response: the response is
 * what tells them apart from a real 500.
 */
function classifyError(e, ctx = {}) {
    if (e instanceof GitHubApiError)
        return e.classified;
    const secrets = ctx.secrets ?? [];
    const prefix = ctx.what ? `${ctx.what}: ` : '';
    const done = (c) => ({ ...c, message: redact(prefix + c.message, secrets) });
    if (!e || typeof e !== 'object')
        return done({ kind: 'unknown', message: String(e) });
    const err = e;
    const response = err.response;
    const status = typeof err.status === 'number' ? err.status : undefined;
    const { names, codes } = causeChain(e);
    if (!response) {
        const timedOut = names.includes('TimeoutError') || codes.some((c) => /TIMEOUT|ETIMEDOUT/.test(c));
        const aborted = names.includes('AbortError');
        const socketCode = codes.find((c) => /^E[A-Z]+$/.test(c) || c.startsWith('UND_ERR'));
        if (timedOut) {
            const after = ctx.timeoutMs !== undefined ? ` within ${ctx.timeoutMs} ms` : '';
            return done({ kind: 'network', code: 'timeout', message: `GitHub did not answer${after} (timed out).` });
        }
        if (aborted)
            return done({ kind: 'network', code: 'aborted', message: 'The request to GitHub was aborted.' });
        // Octokit's RequestError for a failed fetch: status 500, no response, `cause` = undici's error.
        const isRequestError = err.name === 'HttpError' || status !== undefined || socketCode !== undefined;
        if (isRequestError) {
            const code = socketCode ?? 'fetch-failed';
            return done({
                kind: 'network',
                code,
                message: `Could not reach GitHub (${code}). Check the network and the API URL.`,
            });
        }
        return done({ kind: 'unknown', message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e) });
    }
    const httpStatus = typeof response.status === 'number' ? response.status : (status ?? 0);
    const requestId = header(err, 'x-github-request-id');
    const gh = githubMessage(err) ?? `HTTP ${httpStatus}`;
    const base = { status: httpStatus, ...(requestId ? { requestId } : {}) };
    if (httpStatus === 401) {
        return done({
            ...base,
            kind: 'unauthorized',
            message: `GitHub rejected the token (401 ${gh}). Check that the token is set, valid and not expired.`,
        });
    }
    if (httpStatus === 429 || (httpStatus === 403 && isRateLimit403(err))) {
        return done({ ...base, kind: 'rate-limited', message: `GitHub rate limit (${httpStatus} ${gh}).` });
    }
    if (httpStatus === 403) {
        const needs = header(err, 'x-accepted-github-permissions');
        return done({
            ...base,
            kind: 'forbidden',
            message: `The token may not do this (403 ${gh})${needs ? `; it needs ${needs}` : ''}. ` +
                'Grant the permission in the workflow (`permissions:`). On pull requests from forks GITHUB_TOKEN is ' +
                'read-only: comment from a `workflow_run` workflow instead.',
        });
    }
    if (httpStatus === 404) {
        return done({
            ...base,
            kind: 'not-found',
            message: `Not found (404 ${gh}): the repository, pull request or comment does not exist, or the token cannot see it.`,
        });
    }
    if (httpStatus === 422 || httpStatus === 400) {
        const data = response.data;
        const details = Array.isArray(data?.errors)
            ? data.errors
                .map((x) => (typeof x === 'string' ? x : JSON.stringify(x)))
                .join('; ')
                .slice(0, 500)
            : '';
        return done({
            ...base,
            kind: 'validation',
            message: `GitHub refused the request (${httpStatus} ${gh})${details ? `: ${details}` : ''}.`,
        });
    }
    if (httpStatus >= 500) {
        return done({ ...base, kind: 'server', message: `GitHub had a server error (${httpStatus} ${gh}).` });
    }
    return done({ ...base, kind: 'unknown', message: `Unexpected answer from GitHub (${httpStatus} ${gh}).` });
}
/** The wait GitHub asks for, in ms: `retry-after` (seconds or a date), else the rate-limit reset. */
function requestedDelay(e, kind, now) {
    const err = e;
    const ra = header(err, 'retry-after');
    if (ra !== undefined) {
        const secs = Number(ra);
        if (Number.isFinite(secs))
            return Math.max(0, secs * 1000);
        const at = Date.parse(ra);
        if (Number.isFinite(at))
            return Math.max(0, at - now);
    }
    if (kind !== 'rate-limited')
        return undefined;
    if (header(err, 'x-ratelimit-remaining') === '0') {
        const reset = Number(header(err, 'x-ratelimit-reset'));
        if (Number.isFinite(reset) && reset > 0)
            return Math.max(0, reset * 1000 - now);
    }
    // A secondary rate limit without headers: GitHub's docs say to wait at least a minute.
    if (err.response?.status === 403)
        return 60_000;
    return undefined;
}
// ---------------------------------------------------------------------------------------------
// The client
function parseNextLink(link) {
    if (typeof link !== 'string')
        return undefined;
    for (const part of link.split(',')) {
        const m = /<([^>]*)>\s*;\s*rel="?([^";]*)"?/.exec(part);
        if (m && m[2].split(/\s+/).includes('next')) {
            try {
                return new URL(m[1]);
            }
            catch {
                return undefined;
            }
        }
    }
    return undefined;
}
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class GitHubClient {
    octokit;
    retry;
    /** The injected logger, with every message redacted. */
    log;
    sleep;
    #token;
    #random;
    #now;
    constructor(opts) {
        if (!opts.token)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('A GitHub token is required to call the GitHub API.');
        let base;
        try {
            base = new URL(opts.baseUrl);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The GitHub API URL ${JSON.stringify(opts.baseUrl)} is not a URL.`);
        }
        this.#token = opts.token;
        const sink = opts.log;
        const r = (m) => this.redact(m);
        this.log = {
            warning: (m) => sink.warning(r(m)),
            info: (m) => sink.info(r(m)),
            debug: (m) => sink.debug(r(m)),
        };
        this.retry = { ...DEFAULT_RETRY, ...opts.retry };
        this.sleep = opts.sleep ?? realSleep;
        this.#random = opts.random ?? Math.random;
        this.#now = opts.now ?? Date.now;
        this.octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(opts.token, {
            baseUrl: base.href.replace(/\/+$/, ''),
            userAgent: opts.userAgent ?? 'quality-actions',
            // Octokit's own warnings (deprecations) go to debug, redacted; never to the console.
            log: {
                debug: () => { },
                info: () => { },
                warn: (m) => this.log.debug(`octokit: ${m}`),
                error: (m) => this.log.debug(`octokit: ${m}`),
            },
        });
    }
    /** Remove this client's token (and token-shaped strings) from a text. */
    redact(text) {
        return redact(text, [this.#token]);
    }
    /** Backoff before retry `attempt` (0-based): base\u00b72^attempt capped at maxDelayMs, "equal jitter" (50\u2013100 %). */
    backoffDelay(attempt) {
        const cap = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** attempt);
        return Math.round(cap * (0.5 + 0.5 * this.#random()));
    }
    /**
     * One REST call, e.g. `request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {...})`, with
     * the timeout and retries described at the top of this module. Throws `GitHubApiError`.
     */
    async request(route, params = {}, opts = {}) {
        const method = route.trim().split(/\s+/)[0].toUpperCase();
        const idempotent = opts.idempotent ?? method !== 'POST';
        const { retries, maxDelayMs, timeoutMs, budgetMs } = this.retry;
        const what = route.trim();
        let waited = 0;
        for (let attempt = 0;; attempt++) {
            try {
                const callerRequest = (params['request'] ?? {});
                const res = await this.octokit.request(route, {
                    ...params,
                    request: { ...callerRequest, signal: AbortSignal.timeout(timeoutMs) },
                });
                this.log.debug(`${what} \u2192 ${res.status}${attempt ? ` (attempt ${attempt + 1})` : ''}`);
                return { status: res.status, headers: res.headers, data: res.data };
            }
            catch (e) {
                const c = classifyError(e, { secrets: [this.#token], what, timeoutMs });
                const fail = (why) => {
                    throw new GitHubApiError(why ? { ...c, message: this.redact(`${c.message} ${why}`) } : c);
                };
                const retryable = c.kind === 'rate-limited' || c.kind === 'server' || c.kind === 'network';
                if (!retryable)
                    fail();
                if (!idempotent && c.kind !== 'rate-limited')
                    fail('Not retried: the request may have been carried out.');
                if (attempt >= retries)
                    fail(`Gave up after ${attempt + 1} attempt${attempt ? 's' : ''}.`);
                const asked = requestedDelay(e, c.kind, this.#now());
                let delay;
                if (asked !== undefined) {
                    const secs = Math.ceil(asked / 1000);
                    if (asked > maxDelayMs) {
                        fail(`GitHub asks to wait ${secs} s before retrying, longer than ${maxDelayMs / 1000} s: giving up.`);
                    }
                    delay = asked;
                }
                else {
                    delay = this.backoffDelay(attempt);
                }
                if (waited + delay > budgetMs) {
                    fail(`Giving up: waiting ${delay} ms more would exceed the retry budget of ${budgetMs} ms.`);
                }
                this.log.info(`${c.message} Retrying in ${delay} ms (retry ${attempt + 1} of ${retries}${asked !== undefined ? ', as GitHub asked' : ''}).`);
                await this.sleep(delay);
                waited += delay;
            }
        }
    }
    /**
     * All items of a paginated list (`per_page: 100` unless given). Each page is one `request()`
     * with its own retries. Pages are followed by `rel="next"`, but only its query is used: the next
     * request goes to the same route and host, so the token never goes where a Link header points.
     */
    async paginate(route, params = {}, opts = {}) {
        const items = [];
        const maxPages = opts.maxPages ?? 1000;
        const maxItems = opts.maxItems ?? Infinity;
        let query = { per_page: 100, ...params };
        let seen = '';
        for (let page = 1; page <= maxPages; page++) {
            const res = await this.request(route, query, opts);
            const data = res.data;
            // A few endpoints wrap the list ({ total_count, workflow_runs: [...] }).
            const list = Array.isArray(data)
                ? data
                : Object.values((data ?? {})).find(Array.isArray);
            if (!list)
                break;
            for (const item of list) {
                if (items.length >= maxItems)
                    return items;
                items.push(item);
            }
            const next = parseNextLink(res.headers['link']);
            if (!next || list.length === 0)
                break;
            const nextQuery = Object.fromEntries(next.searchParams);
            const key = JSON.stringify(nextQuery);
            if (key === seen)
                break; // a Link header pointing at itself
            seen = key;
            query = { ...params, ...nextQuery };
        }
        return items;
    }
}
function createGitHubClient(opts) {
    return new GitHubClient(opts);
}
const MARKER = /^<!--[\s\S]*\S[\s\S]*-->$/;
/**
 * Is this comment one of ours? Its body must start with the marker (a human quoting it has `>`
 * or text first), and its author must be a bot (`github-actions[bot]`, an app) or the token's
 * own user given as `authorLogin`. A human's comment is never taken over, even if it starts
 * with the marker.
 */
function isStickyComment(c, marker, authorLogin) {
    const body = c.body ?? '';
    if (!body.trimStart().startsWith(marker))
        return false;
    const user = c.user ?? {};
    return user.type === 'Bot' || (authorLogin !== undefined && user.login === authorLogin);
}
const sameBody = (a, b) => a.replace(/\r\n/g, '\n').trimEnd() === b.replace(/\r\n/g, '\n').trimEnd();
/**
 * Create or update the one comment carrying `marker` on an issue or pull request. Never throws
 * for API failures: they come back as `{ status: 'failed', error }` (a fork PR's read-only token
 * gives `forbidden`).
 *
 * - All pages of comments are read (`per_page: 100`). Of the comments that are ours
 *   (`isStickyComment`), the newest is updated in place, and only if its body differs.
 * - Several of ours (left by an older bug or a race): the newest is updated, the others are left
 *   (never deleted) and reported in `duplicates`.
 * - A body over 65,536 characters is cut with `fitComment`.
 * - After a 5xx or a network error on the POST the comment may have been created anyway, so the
 *   comments are read again before another POST (at most `retries` more times): no duplicates.
 */
async function upsertStickyComment(client, opts) {
    const { owner, repo, issueNumber, marker, authorLogin } = opts;
    if (!MARKER.test(marker))
        throw new TypeError(`upsertStickyComment: ${JSON.stringify(marker)} is not an HTML comment marker`);
    const where = `${owner}/${repo}#${issueNumber}`;
    const withMarker = opts.body.trimStart().startsWith(marker) ? opts.body : `${marker}\n${opts.body}`;
    const fitted = fitComment(withMarker);
    if (fitted.truncated)
        client.log.info(`The comment on ${where} was cut to GitHub's 65,536-character limit.`);
    const body = fitted.text;
    const extra = fitted.truncated ? { truncated: true } : {};
    const failed = (e, doing) => {
        const error = classifyError(e);
        // info, not warning: the caller decides how loud a missing comment is.
        client.log.info(`Could not ${doing} the comment on ${where}: ${error.message}`);
        return { status: 'failed', error, ...extra };
    };
    const find = async () => {
        const all = await client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner,
            repo,
            issue_number: issueNumber,
            per_page: 100,
        });
        const ours = all
            .filter((c) => isStickyComment(c, marker, authorLogin))
            .sort((a, b) => (a.created_at ?? '').localeCompare(b.created_at ?? '') || a.id - b.id);
        const target = ours.pop();
        return target ? { target, duplicates: ours.map((c) => c.id) } : { duplicates: [] };
    };
    /** Update `target` if needed; `justCreated` reports a comment our failed POST made as 'created'. */
    const update = async (target, duplicates, justCreated) => {
        const dup = duplicates.length ? { duplicates } : {};
        if (duplicates.length) {
            client.log.info(`${where} has ${duplicates.length} older comment(s) with ${marker}; left as they are.`);
        }
        const ref = { commentId: target.id, ...(target.html_url ? { url: target.html_url } : {}) };
        if (sameBody(target.body ?? '', body)) {
            return { status: justCreated ? 'created' : 'unchanged', ...ref, ...extra, ...dup };
        }
        try {
            const res = await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
                owner,
                repo,
                comment_id: target.id,
                body,
            });
            return {
                status: justCreated ? 'created' : 'updated',
                commentId: res.data.id,
                ...(res.data.html_url ? { url: res.data.html_url } : {}),
                ...extra,
                ...dup,
            };
        }
        catch (e) {
            // Deleted between our listing and the PATCH: post a new one instead.
            if (classifyError(e).kind === 'not-found')
                return undefined;
            return { ...failed(e, 'update'), ...dup };
        }
    };
    let found;
    try {
        found = await find();
    }
    catch (e) {
        return failed(e, 'read');
    }
    if (found.target) {
        const r = await update(found.target, found.duplicates, false);
        if (r)
            return r;
    }
    for (let attempt = 0;; attempt++) {
        try {
            const res = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                owner,
                repo,
                issue_number: issueNumber,
                body,
            });
            return {
                status: 'created',
                commentId: res.data.id,
                ...(res.data.html_url ? { url: res.data.html_url } : {}),
                ...extra,
            };
        }
        catch (e) {
            const c = classifyError(e);
            if ((c.kind !== 'server' && c.kind !== 'network') || attempt >= client.retry.retries)
                return failed(e, 'create');
            const delay = client.backoffDelay(attempt);
            client.log.info(`Creating the comment on ${where} failed (${c.message}); looking again in ${delay} ms.`);
            await client.sleep(delay);
            try {
                found = await find();
            }
            catch (e2) {
                return failed(e2, 'read');
            }
            if (found.target) {
                const r = await update(found.target, found.duplicates, true);
                if (r)
                    return r;
            }
        }
    }
}
/** GitHub lists at most this many files of a pull request. */
const PULL_REQUEST_FILES_CAP = 3000;
/**
 * The files of a pull request, all pages. GitHub stops listing at 3000 files; `truncated` is true
 * when the PR's `changed_files` is larger than what was listed. Throws `GitHubApiError`.
 */
async function listPullRequestFiles(client, opts) {
    const { owner, repo, pullNumber } = opts;
    const pr = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
        owner,
        repo,
        pull_number: pullNumber,
    });
    const raw = await client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { owner, repo, pull_number: pullNumber, per_page: 100 }, { maxPages: Math.ceil(PULL_REQUEST_FILES_CAP / 100) + 1 });
    const files = raw.map((f) => {
        const out = { filename: f.filename, status: f.status };
        if (typeof f.previous_filename === 'string')
            out.previous_filename = f.previous_filename;
        if (typeof f.patch === 'string')
            out.patch = f.patch;
        return out;
    });
    const changedFiles = typeof pr.data.changed_files === 'number' ? pr.data.changed_files : files.length;
    const truncated = changedFiles > files.length;
    if (truncated) {
        client.log.info(`GitHub listed ${files.length} of the ${changedFiles} files of ${owner}/${repo}#${pullNumber} (it lists at most ${PULL_REQUEST_FILES_CAP}).`);
    }
    return { files, truncated, changedFiles };
}
/**
 * The number of the pull request whose head is `sha` (`GET /commits/{sha}/pulls`), for a
 * `workflow_run` workflow that must not trust an artifact with the PR number. Only PRs whose
 * head commit is exactly `sha` count (not merged PRs whose merge commit it is, nor PRs that
 * merely contain it); with `headRepository` ('owner/name', the triggering run's
 * `head_repository.full_name`) the head must also be in that repository. Open PRs only unless
 * `state: 'all'`; open ones win, then the highest number. Undefined when there is none. Throws
 * `GitHubApiError`.
 */
async function findPullRequestForCommit(client, opts) {
    const { owner, repo, sha, headRepository } = opts;
    const pulls = await client.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { owner, repo, commit_sha: sha, per_page: 100 }, { maxPages: 10 });
    const matches = pulls
        .filter((p) => p.head?.sha === sha)
        .filter((p) => !headRepository || p.head?.repo?.full_name?.toLowerCase() === headRepository.toLowerCase())
        .filter((p) => opts.state === 'all' || p.state === 'open')
        .sort((a, b) => Number(b.state === 'open') - Number(a.state === 'open') || b.number - a.number);
    if (matches.length > 1) {
        client.log.info(`Commit ${sha.slice(0, 12)} is the head of ${matches.length} pull requests (${matches.map((p) => `#${p.number}`).join(', ')}); using #${matches[0].number}.`);
    }
    return matches[0]?.number;
}
/** The jobs of one run attempt (`actions: read`), reduced to what a post step needs. Throws `GitHubApiError`. */
async function listRunAttemptJobs(client, opts) {
    const jobs = await client.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs', { owner: opts.owner, repo: opts.repo, run_id: opts.runId, attempt_number: opts.attempt }, { maxPages: 10 });
    return jobs.map((j) => ({
        runnerName: j.runner_name ?? null,
        status: j.status ?? '',
        steps: (j.steps ?? []).map((st) => ({ name: st.name ?? '?', conclusion: st.conclusion ?? null })),
    }));
}


/***/ })

};
