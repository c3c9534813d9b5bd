/**
 * A local stand-in for the GitHub Actions cache service (v2, "results" Twirp
 * API) plus the Azure Blob endpoint its signed URLs point at, good enough for
 * `@actions/cache@6.3.0` `saveCache` / `restoreCache` to talk to it for real.
 *
 * Everything listens on 127.0.0.1 only. See README.md in this folder for the
 * protocol notes and for what the client library does in each fault case.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createHash, randomBytes } from 'node:crypto';

// ---------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------

export const TWIRP_SERVICE = 'github.actions.results.api.v1.CacheService';
export const TWIRP_PREFIX = `/twirp/${TWIRP_SERVICE}/`;
/** Path-style ("IP endpoint style") blob URLs: /<account>/<container>/<blob>. */
export const BLOB_ACCOUNT = 'cacheblobs';
export const BLOB_CONTAINER = 'actions-cache';

/** Stable message prefixes the @actions/cache client dispatches on. */
export const CACHE_WRITE_DENIED_MESSAGE = 'cache write denied: token has no writable scopes';
export const CACHE_READ_DENIED_MESSAGE = 'cache read denied: token has no readable scopes';
export const ALREADY_EXISTS_MESSAGE = 'cache entry with the same key, version, and scope already exists';

export type TwirpMethod = 'CreateCacheEntry' | 'FinalizeCacheEntryUpload' | 'GetCacheEntryDownloadURL';

export type BlobOperation = 'PutBlob' | 'PutBlock' | 'PutBlockList' | 'GetBlob' | 'HeadBlob';

/**
 * Where a fault applies. `BlobUpload` = every PUT on the blob endpoint
 * (single-shot, block, block list); `BlobDownload` = GET and HEAD.
 * `*` applies to any request that has no more specific entry in the plan.
 */
export type FaultTarget = TwirpMethod | 'BlobUpload' | 'BlobDownload' | '*';

/**
 * Named behaviours:
 * - `ok`           behave normally
 * - `reset`        destroy the socket without answering (client sees ECONNRESET / "socket hang up")
 * - `hang`         accept the request and never answer (until close())
 * - `write-denied` CreateCacheEntry: HTTP 200 `{ok:false, message:"cache write denied: ..."}` (what GitHub sends for a read-only token)
 * - `read-denied`  GetCacheEntryDownloadURL: Twirp 403 permission_denied, msg "cache read denied: ..."
 * - `quota`        Twirp 403 resource_exhausted with msg "insufficient usage ..." (client maps to UsageError)
 * - `corrupt`      BlobDownload: answer 200 with the right Content-Length but random bytes
 * - `truncate`     BlobDownload: announce the full Content-Length, send half, destroy the socket
 * - `not-found`    BlobDownload: 404 BlobNotFound (Twirp methods: 404 not_found)
 */
export type FaultName =
  'ok' | 'reset' | 'hang' | 'write-denied' | 'read-denied' | 'quota' | 'corrupt' | 'truncate' | 'not-found';

export interface FaultSpec {
  /** Wait this long before doing anything else. */
  delayMs?: number;
  /** Apply this named behaviour (after the delay). */
  fault?: FaultName;
  /** Answer with this HTTP status (Twirp JSON error / Azure XML error body unless `body` given). */
  status?: number;
  headers?: Record<string, string>;
  body?: string | object;
}

/**
 * One step: a name, an HTTP status as a string (`'503'`, `'429'`, ...),
 * `'slow:<ms>'` (delay, then behave normally) or a {@link FaultSpec}.
 */
export type FaultStep = FaultName | `${number}` | `slow:${number}` | FaultSpec;

/**
 * Per target either one step (applies to every request) or a sequence: each
 * request consumes the next step, and the last step repeats once the sequence
 * is used up (`['503', 'ok']` = first request 503, every later one ok).
 */
export type FaultPlan = Partial<Record<FaultTarget, FaultStep | readonly FaultStep[]>>;

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  scope: string;
  /** Bytes stored in the blob (0 until uploaded). */
  size: number;
  createdAt: Date;
  finalized: boolean;
  finalizedAt?: Date;
}

export interface SeedEntry {
  key: string;
  version: string;
  data: Buffer | Uint8Array | string;
  scope?: string;
  createdAt?: Date;
  /** default true */
  finalized?: boolean;
}

export interface RecordedRequest {
  /** monotonically increasing, starts at 1 */
  seq: number;
  at: Date;
  method: string;
  /** path without the query string */
  path: string;
  /** path + query */
  url: string;
  kind: 'twirp' | 'blob' | 'other';
  twirpMethod?: string;
  blobOperation?: BlobOperation;
  headers: http.IncomingHttpHeaders;
  /** parsed JSON body for Twirp requests (undefined if absent / not JSON) */
  body?: unknown;
  /** request body size in bytes */
  bodyBytes: number;
  /** the fault step applied, if not plain `ok` */
  fault?: FaultStep;
  /** status sent (undefined for reset / hang / truncated responses) */
  status?: number;
}

export interface CacheServerOptions {
  faults?: FaultPlan;
  /** Every CreateCacheEntry answers "cache write denied" (read-only token). */
  readOnly?: boolean;
  /** Scope stamped on new entries (informational; lookups ignore scope). */
  scope?: string;
  /** Token the server expects as `Authorization: Bearer <token>`; default: a generated JWT-shaped token. */
  token?: string;
  /** Fixed port (default: ephemeral). */
  port?: number;
}

export interface CacheServer {
  /** Base URL for ACTIONS_RESULTS_URL, e.g. `http://127.0.0.1:41234/` (ends with '/'). */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  /** Env vars a process needs so `@actions/cache` uses this server (cache service v2). */
  env(): Record<string, string>;
  /** Snapshot of the stored entries, oldest first. */
  entries(): CacheEntry[];
  /** Bytes of an entry's blob (undefined if nothing uploaded yet). */
  blob(id: number): Buffer | undefined;
  /** Every request received, in arrival order. Cleared by clear() / clearRequests(). */
  readonly requests: RecordedRequest[];
  /** Requests for one Twirp method or blob operation. */
  requestsFor(name: TwirpMethod | BlobOperation): RecordedRequest[];
  setFaults(plan: FaultPlan | undefined): void;
  setReadOnly(readOnly: boolean): void;
  /**
   * `true`: stop listening and drop every open connection, so clients get
   * ECONNREFUSED. `false`: listen again on the same port. State is kept.
   */
  setDown(down: boolean): Promise<void>;
  seed(entry: SeedEntry): CacheEntry;
  /** Forget entries, recorded requests and faults. */
  clear(): void;
  clearRequests(): void;
  close(): Promise<void>;
}

/**
 * The version string @actions/cache computes for `paths` (cacheUtils.getCacheVersion):
 * sha256 of `[...paths, compressionMethod, ('windows-only'), '1.0'].join('|')`.
 * In 6.3.0 getCompressionMethod() returns 'zstd-without-long' whenever
 * `zstd --quiet --version` prints anything, else 'gzip' (never plain 'zstd').
 */
export function cacheVersion(
  paths: readonly string[],
  compressionMethod: 'zstd' | 'zstd-without-long' | 'gzip' = 'zstd-without-long',
  enableCrossOsArchive = false,
): string {
  const components = [...paths, compressionMethod];
  if (process.platform === 'win32' && !enableCrossOsArchive) components.push('windows-only');
  components.push('1.0');
  return createHash('sha256').update(components.join('|')).digest('hex');
}

// ---------------------------------------------------------------------------
// Implementation
// ---------------------------------------------------------------------------

interface StoredEntry {
  id: number;
  seq: number;
  key: string;
  version: string;
  scope: string;
  createdAt: Date;
  finalized: boolean;
  finalizedAt?: Date;
  data?: Buffer;
  blocks: Map<string, Buffer>;
  uploadSig: string;
  downloadSig: string;
  etag: string;
  lastModified: Date;
}

const TWIRP_CODES: Record<number, string> = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  408: 'deadline_exceeded',
  409: 'already_exists',
  412: 'failed_precondition',
  429: 'resource_exhausted',
  500: 'internal',
  501: 'unimplemented',
  502: 'unavailable',
  503: 'unavailable',
  504: 'deadline_exceeded',
};

const AZURE_CODES: Record<number, string> = {
  400: 'InvalidInput',
  403: 'AuthenticationFailed',
  404: 'BlobNotFound',
  409: 'BlobAlreadyExists',
  412: 'ConditionNotMet',
  416: 'InvalidRange',
  429: 'ServerBusy',
  500: 'InternalError',
  503: 'ServerBusy',
};

function base64url(s: string): string {
  return Buffer.from(s).toString('base64url');
}

function makeToken(scope: string): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', x5t: 'local-cache-server' }));
  const now = Math.floor(Date.now() / 1000);
  const payload = base64url(
    JSON.stringify({
      scp: 'Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:run-1:job-1',
      ac: JSON.stringify([{ Scope: scope, Permission: 3 }]),
      iat: now,
      nbf: now,
      exp: now + 6 * 3600,
      iss: 'local-cache-server',
      aud: 'vso:local',
    }),
  );
  return `${header}.${payload}.${randomBytes(32).toString('base64url')}`;
}

function isStatusStep(s: string): boolean {
  return /^\d{3}$/.test(s);
}

/** Normalise any step into a FaultSpec. */
function toSpec(step: FaultStep): FaultSpec {
  if (typeof step === 'object') return step;
  if (isStatusStep(step)) return { status: Number(step) };
  const slow = /^slow:(\d+)$/.exec(step);
  if (slow) return { delayMs: Number(slow[1]) };
  return { fault: step as FaultName };
}

function isOk(step: FaultStep | undefined): boolean {
  return step === undefined || step === 'ok';
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseRange(header: string | undefined, size: number): [number, number] | 'invalid' | undefined {
  if (!header) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return 'invalid';
  const [, a, b] = m;
  let start: number;
  let end: number;
  if (a === '' && b === '') return 'invalid';
  if (a === '') {
    // suffix range: last N bytes
    const n = Number(b);
    if (n === 0) return 'invalid';
    start = Math.max(0, size - n);
    end = size - 1;
  } else {
    start = Number(a);
    end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
  }
  if (start >= size || start > end) return 'invalid';
  return [start, end];
}

/** Block ids from a Put Block List XML body, in order (Latest / Committed / Uncommitted). */
function parseBlockList(xml: string): string[] {
  const ids: string[] = [];
  const re = /<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) ids.push(m[2]!.trim());
  return ids;
}

export async function startCacheServer(opts: CacheServerOptions = {}): Promise<CacheServer> {
  const defaultScope = opts.scope ?? 'refs/heads/main';
  const token = opts.token ?? makeToken(defaultScope);
  let faults: FaultPlan = opts.faults ?? {};
  let faultIndex = new Map<FaultTarget, number>();
  let readOnly = opts.readOnly ?? false;
  let store: StoredEntry[] = [];
  let nextId = 1;
  let nextSeq = 1;
  let reqSeq = 0;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const hanging = new Set<http.ServerResponse>();

  function nextStep(target: FaultTarget): FaultStep | undefined {
    const specific = faults[target];
    const t: FaultTarget | undefined = specific !== undefined ? target : faults['*'] !== undefined ? '*' : undefined;
    if (t === undefined) return undefined;
    const plan = faults[t]!;
    if (!Array.isArray(plan)) return plan as FaultStep;
    const seq = plan as readonly FaultStep[];
    if (seq.length === 0) return undefined;
    const i = faultIndex.get(t) ?? 0;
    faultIndex.set(t, i + 1);
    return seq[Math.min(i, seq.length - 1)];
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ code: 'internal', msg: String(err) }));
      } else {
        res.destroy();
      }
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  let port = opts.port ?? 0;
  async function listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    port = (server.address() as AddressInfo).port;
  }
  async function stopListening(): Promise<void> {
    for (const r of hanging) r.destroy();
    hanging.clear();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const s of sockets) s.destroy();
    server.closeAllConnections();
    await closed;
  }

  await listen();
  const baseUrl = () => `http://127.0.0.1:${port}/`;

  // ---- helpers ------------------------------------------------------------

  function record(req: http.IncomingMessage, partial: Partial<RecordedRequest>, bodyBytes: number): RecordedRequest {
    const u = new URL(req.url ?? '/', 'http://x');
    const r: RecordedRequest = {
      seq: ++reqSeq,
      at: new Date(),
      method: req.method ?? '',
      path: u.pathname,
      url: req.url ?? '',
      kind: 'other',
      headers: req.headers,
      bodyBytes,
      ...partial,
    };
    requests.push(r);
    return r;
  }

  function sendTwirpError(
    res: http.ServerResponse,
    rec: RecordedRequest,
    status: number,
    msg: string,
    code?: string,
    headers: Record<string, string> = {},
  ): void {
    rec.status = status;
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify({ code: code ?? TWIRP_CODES[status] ?? 'unknown', msg }));
  }

  function sendJson(res: http.ServerResponse, rec: RecordedRequest, body: object): void {
    rec.status = 200;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  function azureHeaders(extra: Record<string, string | number> = {}): Record<string, string | number> {
    return {
      'x-ms-request-id': randomBytes(16).toString('hex'),
      'x-ms-version': '2025-11-05',
      date: new Date().toUTCString(),
      server: 'local-cache-server',
      ...extra,
    };
  }

  function sendAzureError(
    res: http.ServerResponse,
    rec: RecordedRequest,
    status: number,
    message: string,
    code?: string,
    headers: Record<string, string> = {},
  ): void {
    const errCode = code ?? AZURE_CODES[status] ?? 'InternalError';
    rec.status = status;
    const body =
      rec.method === 'HEAD'
        ? ''
        : `<?xml version="1.0" encoding="utf-8"?><Error><Code>${errCode}</Code><Message>${message}\nRequestId:local\nTime:${new Date().toISOString()}</Message></Error>`;
    res.writeHead(
      status,
      azureHeaders({
        'content-type': 'application/xml',
        'content-length': Buffer.byteLength(body),
        'x-ms-error-code': errCode,
        ...headers,
      }),
    );
    res.end(body);
  }

  /**
   * Apply the generic part of a fault step. Returns 'handled' if a response
   * was produced (or deliberately withheld), otherwise the named fault left
   * for the route to interpret ('corrupt', 'truncate', 'write-denied', ...) or
   * undefined for normal behaviour.
   */
  async function applyGeneric(
    step: FaultStep | undefined,
    res: http.ServerResponse,
    rec: RecordedRequest,
    kind: 'twirp' | 'blob',
  ): Promise<'handled' | FaultName | undefined> {
    if (isOk(step)) return undefined;
    rec.fault = step;
    const spec = toSpec(step!);
    if (spec.delayMs) await sleep(spec.delayMs);
    if (spec.fault === 'reset') {
      res.socket?.destroy();
      return 'handled';
    }
    if (spec.fault === 'hang') {
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return 'handled';
    }
    if (spec.status !== undefined) {
      const status = spec.status;
      const headers: Record<string, string> = { ...(spec.headers ?? {}) };
      if (status === 429 && !Object.keys(headers).some((h) => h.toLowerCase() === 'retry-after')) {
        headers['retry-after'] = '60';
      }
      if (spec.body !== undefined) {
        rec.status = status;
        const body = typeof spec.body === 'string' ? spec.body : JSON.stringify(spec.body);
        res.writeHead(status, {
          'content-type': typeof spec.body === 'string' ? 'text/plain' : 'application/json',
          ...headers,
        });
        res.end(body);
      } else if (kind === 'twirp') {
        sendTwirpError(res, rec, status, `injected fault: HTTP ${status}`, undefined, headers);
      } else {
        sendAzureError(res, rec, status, `injected fault: HTTP ${status}`, undefined, headers);
      }
      return 'handled';
    }
    if (spec.fault === 'quota') {
      if (kind === 'twirp') {
        sendTwirpError(res, rec, 403, 'insufficient usage: cache storage quota exceeded', 'resource_exhausted');
      } else {
        sendAzureError(res, rec, 403, 'insufficient usage', 'AccountIsDisabled');
      }
      return 'handled';
    }
    return spec.fault === 'ok' ? undefined : spec.fault;
  }

  function authorized(req: http.IncomingMessage): boolean {
    return req.headers.authorization === `Bearer ${token}`;
  }

  function findLive(key: string, version: string): StoredEntry | undefined {
    return store.find((e) => e.key === key && e.version === version);
  }

  function newest(list: StoredEntry[]): StoredEntry | undefined {
    return list.reduce<StoredEntry | undefined>((best, e) => (!best || e.seq > best.seq ? e : best), undefined);
  }

  function lookup(key: string, restoreKeys: string[], version: string): StoredEntry | undefined {
    const usable = store.filter((e) => e.finalized && e.version === version);
    const exact = newest(usable.filter((e) => e.key === key));
    if (exact) return exact;
    for (const prefix of [key, ...restoreKeys]) {
      const hit = newest(usable.filter((e) => e.key.startsWith(prefix)));
      if (hit) return hit;
    }
    return undefined;
  }

  function blobUrl(e: StoredEntry, mode: 'upload' | 'download'): string {
    const expiry = new Date(Date.now() + 3600_000).toISOString();
    const sig = mode === 'upload' ? e.uploadSig : e.downloadSig;
    const sp = mode === 'upload' ? 'cw' : 'r';
    return `${baseUrl()}${BLOB_ACCOUNT}/${BLOB_CONTAINER}/${e.id}-cache.tzst?sv=2025-11-05&sr=b&sp=${sp}&se=${encodeURIComponent(expiry)}&sig=${encodeURIComponent(sig)}`;
  }

  // ---- request handling ---------------------------------------------------

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const u = new URL(req.url ?? '/', 'http://x');
    if (u.pathname.startsWith(TWIRP_PREFIX)) return handleTwirp(req, res, u.pathname.slice(TWIRP_PREFIX.length));
    if (u.pathname.startsWith(`/${BLOB_ACCOUNT}/${BLOB_CONTAINER}/`)) return handleBlob(req, res, u);
    const raw = await readBody(req);
    const rec = record(req, { kind: 'other' }, raw.length);
    rec.status = 404;
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }

  async function handleTwirp(req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
    const raw = await readBody(req);
    let body: unknown;
    try {
      body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
    } catch {
      body = undefined;
    }
    const rec = record(req, { kind: 'twirp', twirpMethod: method, body }, raw.length);
    const known =
      method === 'CreateCacheEntry' || method === 'FinalizeCacheEntryUpload' || method === 'GetCacheEntryDownloadURL';
    if (req.method !== 'POST') return sendTwirpError(res, rec, 400, 'twirp requests must be POST', 'bad_route');
    if (!known) return sendTwirpError(res, rec, 404, `unknown method ${method}`, 'bad_route');

    const named = await applyGeneric(nextStep(method as TwirpMethod), res, rec, 'twirp');
    if (named === 'handled') return;

    if (!authorized(req)) return sendTwirpError(res, rec, 401, 'invalid or missing bearer token');
    if (body === undefined || typeof body !== 'object' || body === null) {
      return sendTwirpError(res, rec, 400, 'request body must be a JSON object', 'malformed');
    }
    const b = body as Record<string, unknown>;
    const key = typeof b['key'] === 'string' ? b['key'] : '';
    const version = typeof b['version'] === 'string' ? b['version'] : '';

    if (named === 'not-found') return sendTwirpError(res, rec, 404, 'injected fault: not found');

    switch (method as TwirpMethod) {
      case 'GetCacheEntryDownloadURL': {
        if (named === 'read-denied')
          return sendTwirpError(res, rec, 403, CACHE_READ_DENIED_MESSAGE, 'permission_denied');
        if (!key) return sendTwirpError(res, rec, 400, 'key is required', 'invalid_argument');
        if (!version) return sendTwirpError(res, rec, 400, 'version is required', 'invalid_argument');
        const restoreKeys = Array.isArray(b['restore_keys'])
          ? (b['restore_keys'] as unknown[]).filter((k): k is string => typeof k === 'string')
          : [];
        const hit = lookup(key, restoreKeys, version);
        if (!hit)
          return sendJson(res, rec, {
            ok: false,
            signed_download_url: '',
            matched_key: '',
          });
        return sendJson(res, rec, {
          ok: true,
          signed_download_url: blobUrl(hit, 'download'),
          matched_key: hit.key,
        });
      }
      case 'CreateCacheEntry': {
        if (readOnly || named === 'write-denied') {
          return sendJson(res, rec, {
            ok: false,
            signed_upload_url: '',
            message: CACHE_WRITE_DENIED_MESSAGE,
          });
        }
        if (!key) return sendTwirpError(res, rec, 400, 'key is required', 'invalid_argument');
        if (!version) return sendTwirpError(res, rec, 400, 'version is required', 'invalid_argument');
        if (findLive(key, version)) return sendTwirpError(res, rec, 409, ALREADY_EXISTS_MESSAGE, 'already_exists');
        const now = new Date();
        const e: StoredEntry = {
          id: nextId++,
          seq: nextSeq++,
          key,
          version,
          scope: defaultScope,
          createdAt: now,
          finalized: false,
          blocks: new Map(),
          uploadSig: randomBytes(24).toString('base64'),
          downloadSig: randomBytes(24).toString('base64'),
          etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
          lastModified: now,
        };
        store.push(e);
        return sendJson(res, rec, {
          ok: true,
          signed_upload_url: blobUrl(e, 'upload'),
        });
      }
      case 'FinalizeCacheEntryUpload': {
        const e = findLive(key, version);
        if (!e)
          return sendTwirpError(
            res,
            rec,
            404,
            `no cache entry reserved for key ${key} and version ${version}`,
            'not_found',
          );
        if (e.finalized) return sendTwirpError(res, rec, 409, ALREADY_EXISTS_MESSAGE, 'already_exists');
        const size = Number(b['size_bytes'] ?? 0);
        if (!e.data)
          return sendJson(res, rec, {
            ok: false,
            entry_id: '0',
            message: `cache entry ${key} has no uploaded blob`,
          });
        if (size !== e.data.length) {
          return sendJson(res, rec, {
            ok: false,
            entry_id: '0',
            message: `size mismatch for cache entry ${key}: finalize said ${size} bytes, blob has ${e.data.length}`,
          });
        }
        e.finalized = true;
        e.finalizedAt = new Date();
        return sendJson(res, rec, { ok: true, entry_id: String(e.id) });
      }
    }
  }

  function blobOperationOf(method: string, comp: string | null): BlobOperation | undefined {
    if (method === 'GET') return 'GetBlob';
    if (method === 'HEAD') return 'HeadBlob';
    if (method === 'PUT' && comp === 'block') return 'PutBlock';
    if (method === 'PUT' && comp === 'blocklist') return 'PutBlockList';
    if (method === 'PUT' && comp === null) return 'PutBlob';
    return undefined;
  }

  async function handleBlob(req: http.IncomingMessage, res: http.ServerResponse, u: URL): Promise<void> {
    const raw = await readBody(req);
    const method = req.method ?? '';
    const op = blobOperationOf(method, u.searchParams.get('comp'));
    const rec = record(req, { kind: 'blob', blobOperation: op }, raw.length);
    if (!op)
      return sendAzureError(res, rec, 400, `unsupported blob operation ${method} ${u.search}`, 'UnsupportedHttpVerb');

    const isUpload = method === 'PUT';
    const named = await applyGeneric(nextStep(isUpload ? 'BlobUpload' : 'BlobDownload'), res, rec, 'blob');
    if (named === 'handled') return;

    const name = decodeURIComponent(u.pathname.slice(`/${BLOB_ACCOUNT}/${BLOB_CONTAINER}/`.length));
    const id = Number(/^(\d+)-/.exec(name)?.[1] ?? NaN);
    const e = store.find((x) => x.id === id);
    if (!e) return sendAzureError(res, rec, 404, 'The specified blob does not exist.', 'BlobNotFound');
    const sig = u.searchParams.get('sig');
    if (sig !== (isUpload ? e.uploadSig : e.downloadSig)) {
      return sendAzureError(
        res,
        rec,
        403,
        'Server failed to authenticate the request. Signature did not match.',
        'AuthenticationFailed',
      );
    }

    if (isUpload) {
      if (e.finalized)
        return sendAzureError(
          res,
          rec,
          409,
          'The blob is sealed: cache entry already finalized.',
          'BlobImmutableDueToPolicy',
        );
      const md5 = createHash('md5').update(raw).digest('base64');
      const touch = () => {
        e.lastModified = new Date();
        e.etag = `"0x${randomBytes(8).toString('hex').toUpperCase()}"`;
      };
      if (op === 'PutBlob') {
        const blobType = req.headers['x-ms-blob-type'];
        if (blobType !== 'BlockBlob')
          return sendAzureError(
            res,
            rec,
            400,
            `x-ms-blob-type must be BlockBlob, got ${String(blobType)}`,
            'InvalidHeaderValue',
          );
        e.data = raw;
        e.blocks.clear();
        touch();
        rec.status = 201;
        res.writeHead(
          201,
          azureHeaders({
            etag: e.etag,
            'last-modified': e.lastModified.toUTCString(),
            'content-md5': md5,
            'x-ms-request-server-encrypted': 'true',
            'content-length': 0,
          }),
        );
        return void res.end();
      }
      if (op === 'PutBlock') {
        const blockId = u.searchParams.get('blockid');
        if (!blockId) return sendAzureError(res, rec, 400, 'blockid is required', 'InvalidQueryParameterValue');
        e.blocks.set(blockId, raw);
        rec.status = 201;
        res.writeHead(
          201,
          azureHeaders({
            'content-md5': md5,
            'x-ms-request-server-encrypted': 'true',
            'content-length': 0,
          }),
        );
        return void res.end();
      }
      // PutBlockList
      const ids = parseBlockList(raw.toString('utf8'));
      const parts: Buffer[] = [];
      for (const blockId of ids) {
        const part = e.blocks.get(blockId);
        if (!part)
          return sendAzureError(
            res,
            rec,
            400,
            `The specified block list is invalid: unknown block ${blockId}`,
            'InvalidBlockList',
          );
        parts.push(part);
      }
      e.data = Buffer.concat(parts);
      e.blocks.clear();
      touch();
      rec.status = 201;
      res.writeHead(
        201,
        azureHeaders({
          etag: e.etag,
          'last-modified': e.lastModified.toUTCString(),
          'x-ms-request-server-encrypted': 'true',
          'content-length': 0,
        }),
      );
      return void res.end();
    }

    // GET / HEAD
    if (!e.data) return sendAzureError(res, rec, 404, 'The specified blob does not exist.', 'BlobNotFound');
    if (named === 'not-found')
      return sendAzureError(res, rec, 404, 'The specified blob does not exist.', 'BlobNotFound');
    const data = e.data;
    const common = {
      'content-type': 'application/octet-stream',
      'accept-ranges': 'bytes',
      etag: e.etag,
      'last-modified': e.lastModified.toUTCString(),
      'x-ms-blob-type': 'BlockBlob',
      'x-ms-creation-time': e.createdAt.toUTCString(),
      'x-ms-lease-status': 'unlocked',
      'x-ms-lease-state': 'available',
      'x-ms-server-encrypted': 'true',
    };
    const rangeHeader = (req.headers['x-ms-range'] as string | undefined) ?? req.headers.range;
    const range = parseRange(rangeHeader, data.length);
    if (range === 'invalid') {
      return sendAzureError(
        res,
        rec,
        416,
        'The range specified is invalid for the current size of the resource.',
        'InvalidRange',
        { 'content-range': `bytes */${data.length}` },
      );
    }
    let status = 200;
    let slice = data;
    const headers: Record<string, string | number> = { ...common };
    if (range) {
      status = 206;
      slice = data.subarray(range[0], range[1] + 1);
      headers['content-range'] = `bytes ${range[0]}-${range[1]}/${data.length}`;
    }
    headers['content-length'] = slice.length;
    if (!range) headers['content-md5'] = createHash('md5').update(data).digest('base64');

    if (named === 'corrupt') slice = randomBytes(slice.length);

    if (method === 'HEAD') {
      rec.status = status;
      res.writeHead(status, azureHeaders(headers));
      return void res.end();
    }
    if (named === 'truncate') {
      res.writeHead(status, azureHeaders(headers));
      res.write(slice.subarray(0, Math.floor(slice.length / 2)), () => {
        setTimeout(() => res.socket?.destroy(), 20);
      });
      return;
    }
    rec.status = status;
    res.writeHead(status, azureHeaders(headers));
    res.end(slice);
  }

  // ---- public object ------------------------------------------------------

  function snapshot(e: StoredEntry): CacheEntry {
    const out: CacheEntry = {
      id: e.id,
      key: e.key,
      version: e.version,
      scope: e.scope,
      size: e.data?.length ?? 0,
      createdAt: e.createdAt,
      finalized: e.finalized,
    };
    if (e.finalizedAt) out.finalizedAt = e.finalizedAt;
    return out;
  }

  let closed = false;
  let down = false;

  const api: CacheServer = {
    get url() {
      return baseUrl();
    },
    get port() {
      return port;
    },
    token,
    env() {
      return {
        ACTIONS_RESULTS_URL: baseUrl(),
        ACTIONS_RUNTIME_TOKEN: token,
        ACTIONS_CACHE_SERVICE_V2: 'True',
        // Anything that is not github.com / *.ghe.com / *.localhost makes the
        // client think it is on GHES and silently fall back to the v1 protocol.
        GITHUB_SERVER_URL: 'https://github.com',
      };
    },
    entries() {
      return [...store].sort((a, b) => a.seq - b.seq).map(snapshot);
    },
    blob(id) {
      const d = store.find((e) => e.id === id)?.data;
      return d ? Buffer.from(d) : undefined;
    },
    requests,
    requestsFor(name) {
      return requests.filter((r) => r.twirpMethod === name || r.blobOperation === name);
    },
    setFaults(plan) {
      faults = plan ?? {};
      faultIndex = new Map();
    },
    setReadOnly(v) {
      readOnly = v;
    },
    async setDown(v) {
      if (closed || v === down) return;
      down = v;
      if (v) await stopListening();
      else await listen();
    },
    seed(s) {
      const data = typeof s.data === 'string' ? Buffer.from(s.data) : Buffer.from(s.data);
      const createdAt = s.createdAt ?? new Date();
      const finalized = s.finalized ?? true;
      const e: StoredEntry = {
        id: nextId++,
        seq: nextSeq++,
        key: s.key,
        version: s.version,
        scope: s.scope ?? defaultScope,
        createdAt,
        finalized,
        data,
        blocks: new Map(),
        uploadSig: randomBytes(24).toString('base64'),
        downloadSig: randomBytes(24).toString('base64'),
        etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
        lastModified: createdAt,
      };
      if (finalized) e.finalizedAt = createdAt;
      // "Newest" means newest createdAt, so a seeded entry with an explicit
      // date slots in among the others.
      store.push(e);
      store.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.seq - b.seq);
      store.forEach((x, i) => (x.seq = i + 1));
      nextSeq = store.length + 1;
      return snapshot(e);
    },
    clear() {
      store = [];
      requests.length = 0;
      faults = {};
      faultIndex = new Map();
      readOnly = opts.readOnly ?? false;
    },
    clearRequests() {
      requests.length = 0;
    },
    async close() {
      if (closed) return;
      closed = true;
      if (!down) await stopListening();
    },
  };
  return api;
}
