/**
 * Fake GitHub REST API server on 127.0.0.1 (random port).
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { createHash, randomBytes } from 'node:crypto';
import { RepoModel, actionsBot } from './model.js';
import type { RepoPermission, TokenAccess } from './model.js';
import { DOCS, errorBody, respond } from './responses.js';
import type { ScriptedResponse } from './responses.js';

export const WRITE_TOKEN = 'ghs_fakeWriteToken000000000000000000000';
export const READ_TOKEN = 'ghs_fakeReadToken0000000000000000000000';
export const INVALID_TOKEN = 'ghs_fakeRevokedToken000000000000000000';

/** GitHub's cap on `GET /pulls/{n}/files`. */
export const PULL_FILES_CAP = 3000;
/** GitHub's cap on an issue comment body (characters). */
export const COMMENT_BODY_MAX = 65536;

export interface StartOptions {
  /** token → access. Merged over the defaults {WRITE_TOKEN: 'write', READ_TOKEN: 'read', INVALID_TOKEN: 'invalid'}. */
  tokens?: Record<string, TokenAccess>;
  /** Requests without Authorization: 'read' (default; writes get 401 "Requires authentication") or 'none' (everything 401). */
  anonymous?: 'read' | 'none';
  /** x-ratelimit-limit for authenticated requests (default 5000; anonymous is 60). Exhausting it yields GitHub's 403. */
  rateLimit?: number;
  /** Web URL used in html_url fields (default https://github.com). */
  serverUrl?: string;
  /** Clock for created_at / updated_at (default: real time). */
  now?: () => Date;
}

export interface AuthInfo {
  /** An Authorization header was sent. */
  present: boolean;
  /** 'token' | 'bearer' | 'basic' (lower-cased), when present. */
  scheme?: string;
  /** The token itself if it is one the server knows (a test token); undefined for unknown tokens. */
  token?: string;
  /** sha256 prefix of the token, to tell unknown tokens apart without storing them. */
  fingerprint?: string;
  access: TokenAccess | 'unknown' | 'anonymous';
}

export interface RecordedRequest {
  seq: number;
  method: string;
  /** Path without query string, e.g. /repos/o/r/issues/1/comments */
  path: string;
  /** Path + query string as received. */
  url: string;
  query: Record<string, string>;
  /** Lower-cased header names; `authorization` is replaced by 'REDACTED'. */
  headers: Record<string, string>;
  auth: AuthInfo;
  /** Parsed JSON body; the raw string if it is not JSON; undefined when empty. */
  body: unknown;
  /** Pattern that answered ('/repos/:owner/:repo/...'), scripted or built-in; undefined → unknown route. */
  route?: string;
  scripted: boolean;
  /** Status sent; undefined while pending, for resets and for aborted clients. */
  status?: number;
  reset?: boolean;
  receivedAt: number;
}

export interface FakeRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  auth: AuthInfo;
  record: RecordedRequest;
}

/** Return a response, or undefined to fall through to the built-in model. */
export type RouteHandler = (req: FakeRequest) => ScriptedResponse | undefined | Promise<ScriptedResponse | undefined>;

export interface ScriptedRoute {
  method: string;
  pattern: string;
  /** How many requests this route has answered (or passed through). */
  readonly hits: number;
  remove(): void;
}

export interface RepoOptions {
  defaultBranch?: string;
  /** Cap on what tokens may do in this repo (default 'write'). */
  permissions?: RepoPermission;
}

export interface FakeGitHubApi {
  /** http://127.0.0.1:<port> — use as baseUrl / GITHUB_API_URL. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Mutable token map. */
  readonly tokens: Map<string, TokenAccess>;
  /**
   * Script a route. Later registrations win over earlier ones; scripted routes
   * win over built-ins and bypass auth. A sequence uses each entry once (or
   * `times` times) and then repeats the last one.
   */
  route(
    method: string,
    pathPattern: string,
    script: RouteHandler | ScriptedResponse | ScriptedResponse[],
  ): ScriptedRoute;
  /** Create (or return the existing) repository model. */
  repo(owner: string, name: string, opts?: RepoOptions): RepoModel;
  getRepo(owner: string, name: string): RepoModel | undefined;
  setToken(token: string, access: TokenAccess): void;
  /** Requests matching method (or '*') and a path pattern. */
  requestsTo(method: string, pathPattern: string): RecordedRequest[];
  /** Forget recorded requests only. */
  clearRequests(): void;
  /** Forget requests, scripted routes, repos, rate-limit counters; tokens back to the start options. */
  reset(): void;
  close(): Promise<void>;
}

interface RouteEntry {
  method: string;
  pattern: string;
  segments: string[];
  handler?: RouteHandler;
  sequence?: ScriptedResponse[];
  index: number;
  used: number;
  hits: number;
}

interface Built {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type BuiltinHandler = (ctx: BuiltinContext) => Built;

interface BuiltinContext {
  req: FakeRequest;
  repo: RepoModel;
  /** Effective permission of the caller in this repo. */
  permission: RepoPermission;
  /** Returns a 401/403 response if the caller may not write, else undefined. */
  denyWrite(documentationUrl: string, acceptedPermissions: string): Built | undefined;
  paginate(items: unknown[]): Built;
}

function compile(pattern: string): string[] {
  return pattern.split('/').filter((s) => s !== '');
}

function match(segments: string[], path: string): Record<string, string> | undefined {
  const parts = path.split('/').filter((s) => s !== '');
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg === '*' && i === segments.length - 1) {
      params['*'] = parts.slice(i).join('/');
      return params;
    }
    const part = parts[i];
    if (part === undefined) return undefined;
    if (seg.startsWith(':')) params[seg.slice(1)] = decodeURIComponent(part);
    else if (seg !== part) return undefined;
  }
  return parts.length === segments.length ? params : undefined;
}

function methodMatches(routeMethod: string, method: string): boolean {
  return routeMethod === '*' || routeMethod === method;
}

function requestId(): string {
  const hex = (n: number) => randomBytes(n).toString('hex').toUpperCase();
  return `${hex(2)}:${hex(2)}:${hex(3)}:${hex(3)}:${hex(4)}`;
}

function parseAuth(header: string | undefined, tokens: Map<string, TokenAccess>): AuthInfo {
  if (!header) return { present: false, access: 'anonymous' };
  const m = /^(\S+)\s+(.*)$/.exec(header.trim());
  const scheme = (m?.[1] ?? '').toLowerCase();
  let token = m?.[2]?.trim() ?? header.trim();
  if (scheme === 'basic') {
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    token = decoded.includes(':') ? decoded.slice(decoded.indexOf(':') + 1) : decoded;
  }
  const fingerprint = createHash('sha256').update(token).digest('hex').slice(0, 12);
  const access = tokens.get(token);
  return access === undefined
    ? { present: true, scheme, fingerprint, access: 'unknown' }
    : { present: true, scheme, token, fingerprint, access };
}

const DEFAULT_TOKENS: Record<string, TokenAccess> = {
  [WRITE_TOKEN]: 'write',
  [READ_TOKEN]: 'read',
  [INVALID_TOKEN]: 'invalid',
};

export async function startGitHubApi(opts: StartOptions = {}): Promise<FakeGitHubApi> {
  const initialTokens = { ...DEFAULT_TOKENS, ...opts.tokens };
  const tokens = new Map<string, TokenAccess>(Object.entries(initialTokens));
  const requests: RecordedRequest[] = [];
  let routes: RouteEntry[] = [];
  const repos = new Map<string, RepoModel>();
  const rateUsed = new Map<string, number>();
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const htmlUrl = opts.serverUrl ?? 'https://github.com';
  const now = opts.now ?? (() => new Date());
  let seq = 0;
  let nextId = 1_000_000_000;
  let url = '';

  const modelCtx = {
    get apiUrl() {
      return url;
    },
    htmlUrl,
    nextId: () => ++nextId,
    now,
  };

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  // ------------------------------------------------------------ pagination
  function paginate(req: FakeRequest, items: unknown[]): Built {
    const rawPer = Number.parseInt(req.query['per_page'] ?? '', 10);
    const perPage = Number.isFinite(rawPer) && rawPer >= 1 ? Math.min(rawPer, 100) : 30;
    const rawPage = Number.parseInt(req.query['page'] ?? '', 10);
    const page = Number.isFinite(rawPage) && rawPage >= 1 ? rawPage : 1;
    const lastPage = Math.max(1, Math.ceil(items.length / perPage));
    const body = items.slice((page - 1) * perPage, page * perPage);
    const link = (p: number, rel: string) => {
      const q = new URLSearchParams(req.query);
      q.set('page', String(p));
      return `<${url}${req.path}?${q.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(Math.min(page - 1, lastPage), 'prev'));
    if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return {
      status: 200,
      body,
      headers: links.length ? { link: links.join(', ') } : {},
    };
  }

  // ------------------------------------------------------------ built-in routes
  const builtins: Array<{
    method: string;
    pattern: string;
    segments: string[];
    handle: BuiltinHandler;
  }> = [];
  const builtin = (method: string, pattern: string, handle: BuiltinHandler) =>
    builtins.push({ method, pattern, segments: compile(pattern), handle });

  const notFound = (): Built => ({
    status: 404,
    body: errorBody(404, 'Not Found'),
  });
  const num = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : NaN);
  const D = 'https://docs.github.com/rest';

  builtin('GET', '/repos/:owner/:repo', ({ repo, permission, req }) => ({
    status: 200,
    body: repo.repoJson(req.auth.access === 'anonymous' ? undefined : permission),
  }));

  builtin('GET', '/repos/:owner/:repo/issues/:number/comments', ({ repo, req, paginate: page }) => {
    const n = num(req.params['number']);
    if (!repo.hasIssueOrPull(n)) return notFound();
    let list = repo.commentsOn(n);
    const since = req.query['since'];
    if (since) list = list.filter((c) => c.updated_at >= since.replace(/\.\d+Z$/, 'Z'));
    return page(list);
  });

  const validateBody = (body: unknown): Built | undefined => {
    const b = (body ?? {}) as Record<string, unknown>;
    if (typeof b['body'] !== 'string') {
      return {
        status: 422,
        body: errorBody(422, 'Validation Failed', D + '/issues/comments', {
          errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }],
        }),
      };
    }
    if (b['body'].length > COMMENT_BODY_MAX) {
      return {
        status: 422,
        body: errorBody(422, 'Validation Failed', D + '/issues/comments', {
          errors: [
            {
              resource: 'IssueComment',
              code: 'custom',
              field: 'body',
              message: `body is too long (maximum is ${COMMENT_BODY_MAX} characters)`,
            },
          ],
        }),
      };
    }
    return undefined;
  };

  builtin('POST', '/repos/:owner/:repo/issues/:number/comments', ({ repo, req, denyWrite }) => {
    const denied = denyWrite(`${D}/issues/comments#create-an-issue-comment`, 'issues=write; pull_requests=write');
    if (denied) return denied;
    const n = num(req.params['number']);
    if (!repo.hasIssueOrPull(n)) return notFound();
    const invalid = validateBody(req.body);
    if (invalid) return invalid;
    const c = repo.addComment(n, (req.body as { body: string }).body, actionsBot(url, htmlUrl));
    return { status: 201, body: c, headers: { location: c.url } };
  });

  builtin('GET', '/repos/:owner/:repo/issues/comments/:id', ({ repo, req }) => {
    const c = repo.findComment(num(req.params['id']));
    return c ? { status: 200, body: c } : notFound();
  });

  builtin('PATCH', '/repos/:owner/:repo/issues/comments/:id', ({ repo, req, denyWrite }) => {
    const denied = denyWrite(`${D}/issues/comments#update-an-issue-comment`, 'issues=write; pull_requests=write');
    if (denied) return denied;
    const id = num(req.params['id']);
    if (!repo.findComment(id)) return notFound();
    const invalid = validateBody(req.body);
    if (invalid) return invalid;
    return {
      status: 200,
      body: repo.updateComment(id, (req.body as { body: string }).body),
    };
  });

  builtin('DELETE', '/repos/:owner/:repo/issues/comments/:id', ({ repo, req, denyWrite }) => {
    const denied = denyWrite(`${D}/issues/comments#delete-an-issue-comment`, 'issues=write; pull_requests=write');
    if (denied) return denied;
    return repo.deleteComment(num(req.params['id'])) ? { status: 204 } : notFound();
  });

  builtin('GET', '/repos/:owner/:repo/pulls/:number', ({ repo, req }) => {
    const p = repo.pulls.get(num(req.params['number']));
    return p ? { status: 200, body: repo.pullJson(p) } : notFound();
  });

  builtin('GET', '/repos/:owner/:repo/pulls/:number/files', ({ repo, req, paginate: page }) => {
    const p = repo.pulls.get(num(req.params['number']));
    return p ? page(p.files.slice(0, PULL_FILES_CAP)) : notFound();
  });

  builtin('GET', '/repos/:owner/:repo/commits/:sha/pulls', ({ repo, req, paginate: page }) =>
    page(repo.pullsForCommit(req.params['sha']!).map((p) => repo.pullJson(p, false))),
  );

  builtin('GET', '/repos/:owner/:repo/actions/runs/:id', ({ repo, req }) => {
    const run = repo.workflowRuns.get(num(req.params['id']));
    return run ? { status: 200, body: repo.workflowRunJson(run) } : notFound();
  });

  const validateCheckRun = (b: Record<string, unknown>, creating: boolean): Built | undefined => {
    const errors: Array<Record<string, unknown>> = [];
    if (creating && typeof b['name'] !== 'string')
      errors.push({
        resource: 'CheckRun',
        code: 'missing_field',
        field: 'name',
      });
    if (creating && typeof b['head_sha'] !== 'string')
      errors.push({
        resource: 'CheckRun',
        code: 'missing_field',
        field: 'head_sha',
      });
    const output = b['output'] as Record<string, unknown> | undefined;
    if (output !== undefined && (typeof output['title'] !== 'string' || typeof output['summary'] !== 'string'))
      errors.push({
        resource: 'CheckRun',
        code: 'missing_field',
        field: 'output',
      });
    const annotations = output?.['annotations'];
    if (Array.isArray(annotations) && annotations.length > 50)
      errors.push({
        resource: 'CheckRun',
        code: 'custom',
        field: 'annotations',
        message: 'Only 50 annotations are allowed per request',
      });
    if (b['status'] === 'completed' && !b['conclusion'])
      errors.push({
        resource: 'CheckRun',
        code: 'missing_field',
        field: 'conclusion',
      });
    if (errors.length === 0) return undefined;
    return {
      status: 422,
      body: errorBody(422, 'Validation Failed', `${D}/checks/runs`, { errors }),
    };
  };

  builtin('POST', '/repos/:owner/:repo/check-runs', ({ repo, req, denyWrite }) => {
    const denied = denyWrite(`${D}/checks/runs#create-a-check-run`, 'checks=write');
    if (denied) return denied;
    const b = (req.body ?? {}) as Record<string, unknown>;
    const invalid = validateCheckRun(b, true);
    if (invalid) return invalid;
    return { status: 201, body: repo.addCheckRun(b) };
  });

  builtin('PATCH', '/repos/:owner/:repo/check-runs/:id', ({ repo, req, denyWrite }) => {
    const denied = denyWrite(`${D}/checks/runs#update-a-check-run`, 'checks=write');
    if (denied) return denied;
    const b = (req.body ?? {}) as Record<string, unknown>;
    const invalid = validateCheckRun(b, false);
    if (invalid) return invalid;
    const run = repo.updateCheckRun(num(req.params['id']), b);
    return run ? { status: 200, body: run } : notFound();
  });

  // ------------------------------------------------------------ dispatch
  function rateHeaders(auth: AuthInfo): Record<string, string> {
    const key = auth.access === 'anonymous' ? 'anonymous' : (auth.fingerprint ?? 'anonymous');
    const limit = key === 'anonymous' ? 60 : (opts.rateLimit ?? 5000);
    const used = (rateUsed.get(key) ?? 0) + 1;
    rateUsed.set(key, used);
    const reset = Math.floor(Date.now() / 1000) + 3600;
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - used)),
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-used': String(Math.min(used, limit)),
      'x-ratelimit-resource': 'core',
      ...(used > limit ? { 'x-ratelimit-exceeded': '1' } : {}),
    };
  }

  function runBuiltin(req: FakeRequest): Built {
    const auth = req.auth;
    if (auth.access === 'unknown' || auth.access === 'invalid') return respondBuilt(respond.badCredentials());
    if (auth.access === 'anonymous' && opts.anonymous === 'none') return respondBuilt(respond.requiresAuthentication());
    for (const b of builtins) {
      if (!methodMatches(b.method, req.method)) continue;
      const params = match(b.segments, req.path);
      if (!params) continue;
      req.params = params;
      req.record.route = b.pattern;
      const repo = repos.get(`${params['owner']}/${params['repo']}`.toLowerCase());
      if (!repo) return notFound();
      const permission: RepoPermission = auth.access === 'write' && repo.permissions === 'write' ? 'write' : 'read';
      return b.handle({
        req,
        repo,
        permission,
        paginate: (items) => paginate(req, items),
        denyWrite: (doc, accepted) => {
          if (auth.access === 'anonymous') return respondBuilt(respond.requiresAuthentication());
          if (permission !== 'write')
            return respondBuilt(respond.notAccessible(doc, { acceptedPermissions: accepted }));
          return undefined;
        },
      });
    }
    return notFound();
  }

  function respondBuilt(r: ScriptedResponse): Built {
    const built: Built = { status: r.status ?? 200 };
    if (r.body !== undefined) built.body = r.body;
    if (r.headers) built.headers = r.headers;
    return built;
  }

  function findRoute(method: string, path: string): { entry: RouteEntry; params: Record<string, string> } | undefined {
    for (let i = routes.length - 1; i >= 0; i--) {
      const entry = routes[i]!;
      if (!methodMatches(entry.method, method)) continue;
      const params = match(entry.segments, path);
      if (params) return { entry, params };
    }
    return undefined;
  }

  function nextScripted(entry: RouteEntry): ScriptedResponse {
    const seqList = entry.sequence!;
    const current = seqList[Math.min(entry.index, seqList.length - 1)]!;
    if (entry.index < seqList.length - 1) {
      entry.used++;
      if (entry.used >= (current.times ?? 1)) {
        entry.index++;
        entry.used = 0;
      }
    }
    return current;
  }

  async function readBody(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  function send(res: ServerResponse, record: RecordedRequest, built: Built, rate: Record<string, string>): void {
    if (res.destroyed || res.socket?.destroyed) return;
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': requestId(),
      ...rate,
      ...built.headers,
    };
    if (rate['x-ratelimit-exceeded'] && built.status < 400) {
      delete headers['x-ratelimit-exceeded'];
      built = respondBuilt(respond.rateLimitExceeded());
      Object.assign(headers, built.headers);
    }
    delete headers['x-ratelimit-exceeded'];
    const payload = built.body === undefined || built.status === 204 ? '' : JSON.stringify(built.body);
    if (payload === '') delete headers['content-type'];
    headers['content-length'] = String(Buffer.byteLength(payload));
    record.status = built.status;
    res.writeHead(built.status, headers);
    res.end(payload);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const parsed = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    let body: unknown = undefined;
    let badJson = false;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
        badJson = /json/i.test(req.headers['content-type'] ?? '');
      }
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (v === undefined) continue;
      headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    }
    const auth = parseAuth(headers['authorization'], tokens);
    if (headers['authorization'] !== undefined) headers['authorization'] = 'REDACTED';
    const query = Object.fromEntries(parsed.searchParams.entries());
    const method = (req.method ?? 'GET').toUpperCase();
    const record: RecordedRequest = {
      seq: ++seq,
      method,
      path: parsed.pathname,
      url: parsed.pathname + parsed.search,
      query,
      headers,
      auth,
      body,
      scripted: false,
      receivedAt: Date.now(),
    };
    requests.push(record);
    const fake: FakeRequest = {
      method,
      path: parsed.pathname,
      params: {},
      query,
      headers,
      body,
      auth,
      record,
    };
    const rate = rateHeaders(auth);

    const found = findRoute(method, parsed.pathname);
    if (found) {
      found.entry.hits++;
      fake.params = found.params;
      let scripted: ScriptedResponse | undefined;
      if (found.entry.handler) scripted = await found.entry.handler(fake);
      else scripted = nextScripted(found.entry);
      if (scripted && !scripted.passthrough) {
        record.scripted = true;
        record.route = found.entry.pattern;
        if (scripted.delayMs) await sleep(scripted.delayMs);
        if (scripted.reset) {
          record.reset = true;
          const sock = req.socket;
          if (typeof sock.resetAndDestroy === 'function') sock.resetAndDestroy();
          else sock.destroy();
          return;
        }
        const built: Built = scripted.paginate
          ? {
              ...paginate(fake, scripted.paginate),
              status: scripted.status ?? 200,
            }
          : respondBuilt(scripted);
        if (scripted.paginate && scripted.headers) built.headers = { ...built.headers, ...scripted.headers };
        send(res, record, built, rate);
        return;
      }
      if (scripted?.delayMs) await sleep(scripted.delayMs);
    }
    if (badJson) {
      send(res, record, { status: 400, body: errorBody(400, 'Problems parsing JSON', DOCS) }, rate);
      return;
    }
    send(res, record, runBuiltin(fake), rate);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, {
          'content-type': 'application/json; charset=utf-8',
        });
        res.end(JSON.stringify(errorBody(500, `fake server error: ${String(err)}`)));
      }
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const addr = server.address();
  if (addr === null || typeof addr === 'string') throw new Error('fake GitHub API: no address');
  url = `http://127.0.0.1:${addr.port}`;

  const api: FakeGitHubApi = {
    url,
    requests,
    tokens,
    route(method, pathPattern, script) {
      const entry: RouteEntry = {
        method: method.toUpperCase() === 'ANY' ? '*' : method.toUpperCase(),
        pattern: pathPattern,
        segments: compile(pathPattern),
        index: 0,
        used: 0,
        hits: 0,
      };
      if (typeof script === 'function') entry.handler = script;
      else {
        const list = Array.isArray(script) ? script : [script];
        if (list.length === 0) throw new Error('route(): empty response sequence');
        entry.sequence = list;
      }
      routes.push(entry);
      return {
        method: entry.method,
        pattern: pathPattern,
        get hits() {
          return entry.hits;
        },
        remove() {
          routes = routes.filter((r) => r !== entry);
        },
      };
    },
    repo(owner, name, ro = {}) {
      const key = `${owner}/${name}`.toLowerCase();
      let model = repos.get(key);
      if (!model) {
        model = new RepoModel(owner, name, ro.defaultBranch ?? 'main', ro.permissions ?? 'write', modelCtx);
        repos.set(key, model);
      } else {
        if (ro.defaultBranch) model.defaultBranch = ro.defaultBranch;
        if (ro.permissions) model.permissions = ro.permissions;
      }
      return model;
    },
    getRepo(owner, name) {
      return repos.get(`${owner}/${name}`.toLowerCase());
    },
    setToken(token, access) {
      tokens.set(token, access);
    },
    requestsTo(method, pathPattern) {
      const segments = compile(pathPattern);
      const m = method.toUpperCase();
      return requests.filter((r) => methodMatches(m, r.method) && match(segments, r.path) !== undefined);
    },
    clearRequests() {
      requests.length = 0;
    },
    reset() {
      requests.length = 0;
      routes = [];
      repos.clear();
      rateUsed.clear();
      tokens.clear();
      for (const [k, v] of Object.entries(initialTokens)) tokens.set(k, v);
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      for (const s of sockets) s.destroy();
      await closed;
    },
  };
  return api;
}
