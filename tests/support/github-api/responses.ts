/**
 * Scripted responses for the fake GitHub REST API, and builders producing
 * GitHub's real error bodies / headers.
 */

/** What a scripted route (or a handler) can answer with. */
export interface ScriptedResponse {
  /** HTTP status; default 200. */
  status?: number;
  /** JSON body (serialised with JSON.stringify). `undefined` → empty body. */
  body?: unknown;
  /** Extra response headers (lower-case names recommended). Override the defaults. */
  headers?: Record<string, string>;
  /**
   * Serve this array as a GitHub-paginated list: honours `per_page` (default 30,
   * max 100) and `page`, emits a real `Link` header. Replaces `body`.
   */
  paginate?: unknown[];
  /** Wait this many ms before answering (or before resetting the connection). */
  delayMs?: number;
  /** Destroy the socket with a TCP RST instead of answering (ECONNRESET on the client). */
  reset?: boolean;
  /** Delegate to the built-in model (or the 404 fallback) instead of answering here. */
  passthrough?: boolean;
  /** In a sequence: use this entry this many times before moving on (default 1). */
  times?: number;
}

export const DOCS = 'https://docs.github.com/rest';

/** GitHub's error body shape (`status` is a string, as GitHub sends it since 2024). */
export function errorBody(
  status: number,
  message: string,
  documentationUrl: string = DOCS,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    message,
    ...extra,
    documentation_url: documentationUrl,
    status: String(status),
  };
}

type Opts = Pick<ScriptedResponse, 'delayMs' | 'times' | 'headers'>;

function merge(base: ScriptedResponse, opts: Opts | undefined): ScriptedResponse {
  if (!opts) return base;
  return { ...base, ...opts, headers: { ...base.headers, ...opts.headers } };
}

/** Builders for the responses GitHub really sends. All accept `{ delayMs, times, headers }`. */
export const respond = {
  json(body: unknown, opts?: Opts & { status?: number }): ScriptedResponse {
    return merge({ status: opts?.status ?? 200, body }, opts);
  },
  paginated(items: unknown[], opts?: Opts): ScriptedResponse {
    return merge({ status: 200, paginate: items }, opts);
  },
  noContent(opts?: Opts): ScriptedResponse {
    return merge({ status: 204 }, opts);
  },
  /** 401 Bad credentials (unknown / revoked token). */
  badCredentials(opts?: Opts): ScriptedResponse {
    return merge({ status: 401, body: errorBody(401, 'Bad credentials') }, opts);
  },
  /** 401 for a write without any Authorization header. */
  requiresAuthentication(opts?: Opts): ScriptedResponse {
    return merge({ status: 401, body: errorBody(401, 'Requires authentication') }, opts);
  },
  /** 403 the GITHUB_TOKEN lacks the permission (read-only token, fork PR…). */
  notAccessible(documentationUrl = DOCS, opts?: Opts & { acceptedPermissions?: string }): ScriptedResponse {
    return merge(
      {
        status: 403,
        body: errorBody(403, 'Resource not accessible by integration', documentationUrl),
        headers: {
          'x-accepted-github-permissions': opts?.acceptedPermissions ?? 'issues=write; pull_requests=write',
        },
      },
      opts,
    );
  },
  /** 403 secondary rate limit (abuse detection). `retryAfter` seconds → `retry-after` header when given. */
  secondaryRateLimit(retryAfter?: number, opts?: Opts): ScriptedResponse {
    return merge(
      {
        status: 403,
        body: errorBody(
          403,
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
          'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        ),
        headers: retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) },
      },
      opts,
    );
  },
  /** 403 primary rate limit exhausted (x-ratelimit-remaining: 0). */
  rateLimitExceeded(opts?: Opts): ScriptedResponse {
    const reset = Math.floor(Date.now() / 1000) + 60;
    return merge(
      {
        status: 403,
        body: errorBody(
          403,
          'API rate limit exceeded for installation ID 1.',
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        ),
        headers: {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(reset),
        },
      },
      opts,
    );
  },
  notFound(opts?: Opts): ScriptedResponse {
    return merge({ status: 404, body: errorBody(404, 'Not Found') }, opts);
  },
  /** 422 Validation Failed with an `errors` array. */
  validationFailed(
    errors: Array<Record<string, unknown>> = [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }],
    opts?: Opts,
  ): ScriptedResponse {
    return merge(
      {
        status: 422,
        body: errorBody(422, 'Validation Failed', DOCS, { errors }),
      },
      opts,
    );
  },
  /** 429 with a `retry-after` header (seconds). */
  tooManyRequests(retryAfter = 1, opts?: Opts): ScriptedResponse {
    return merge(
      {
        status: 429,
        body: errorBody(429, 'API rate limit exceeded', DOCS),
        headers: { 'retry-after': String(retryAfter) },
      },
      opts,
    );
  },
  /** 500 / 502 / 503 with the body GitHub (or its front-end) sends. */
  serverError(status: 500 | 502 | 503 = 500, opts?: Opts): ScriptedResponse {
    const body =
      status === 500
        ? errorBody(500, 'Server Error')
        : status === 502
          ? errorBody(502, 'Server Error')
          : errorBody(503, 'Service Unavailable');
    return merge({ status, body }, opts);
  },
  /** Answer `inner` (default: passthrough to the model) after `ms` milliseconds. */
  slow(ms: number, inner: ScriptedResponse = { passthrough: true }): ScriptedResponse {
    return { ...inner, delayMs: ms };
  },
  /** Reset the TCP connection (client sees ECONNRESET / "other side closed"). */
  connectionReset(opts?: Pick<ScriptedResponse, 'delayMs' | 'times'>): ScriptedResponse {
    return { reset: true, ...opts };
  },
  /** Let the built-in model answer (use as the last entry: "fail twice, then behave"). */
  passthrough(opts?: Pick<ScriptedResponse, 'delayMs' | 'times'>): ScriptedResponse {
    return { passthrough: true, ...opts };
  },
};
