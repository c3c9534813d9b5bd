/**
 * cache-deps end to end: the bundled action (dist/cache-deps) and its post step run through
 * the harness exactly as the runner runs them, against the local cache service that the real
 * @actions/cache talks to. The store is a folder given to npm through npm_config_cache (read
 * from the environment; npm itself is never run), filled between main and post as an install would.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startCacheServer, type CacheServer } from '../support/cache-server/index.js';
import { makeEventPayload, startGitHubApi, WRITE_TOKEN, type FakeGitHubApi } from '../support/github-api/index.js';
import { makeWorkspace, repoRoot, runAction, type ActionResult } from './harness/index.js';

const fixture = (name: string, file: string) =>
  readFileSync(join(repoRoot, 'tests/fixtures/cache', name, file), 'utf8');
const npmFiles = (v = 'npm') => ({
  'package.json': fixture(v, 'package.json'),
  'package-lock.json': fixture(v, 'package-lock.json'),
});

let server: CacheServer;
let root: string;
/** The npm store: the same absolute path in every run (it is part of the entry's version). */
let store: string;

beforeAll(async () => {
  server = await startCacheServer();
  root = mkdtempSync(join(tmpdir(), 'quality-cache-e2e-'));
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});
beforeEach(() => {
  server.clear();
  store = join(root, `store-${Math.random().toString(36).slice(2)}`);
});

/** As `npm ci` would: put packages into the store. */
function install(content = 'is-number-7.0.0.tgz bytes') {
  mkdirSync(join(store, '_cacache'), { recursive: true });
  writeFileSync(join(store, '_cacache', 'entry'), content);
}

const push = { name: 'push', payload: makeEventPayload('push') };

interface RunOpts {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  event?: { name: string; payload: Record<string, unknown> };
  workspace?: string;
  /** Runs between main and post, as the job's install step. */
  between?: () => void;
  noService?: boolean;
}

/** main, then the "install", then post with main's state (as the runner runs them). */
async function job(opts: RunOpts = {}): Promise<ActionResult> {
  // HOME is the test's root: the store under it is a folder cache-deps may cache (outside home it is refused).
  const env = {
    ...(opts.noService ? {} : server.env()),
    HOME: root,
    npm_config_cache: store,
    ...(opts.env ?? {}),
  };
  const workspace = opts.workspace ?? makeWorkspace(npmFiles());
  const main = await runAction('cache-deps', {
    inputs: opts.inputs,
    env,
    event: opts.event ?? push,
    workspace,
    timeoutMs: 40_000,
  });
  opts.between?.();
  // The harness runs post right after main; run it the same way, with main's saved state.
  const stateEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(main.state)) stateEnv[`STATE_${k}`] = v;
  const post = await runAction('cache-deps', {
    inputs: opts.inputs,
    env: { ...env, ...stateEnv },
    event: opts.event ?? push,
    workspace,
    bundleDir: postBundle(),
    actionDir: join(repoRoot, 'actions/cache-deps'),
    timeoutMs: 40_000,
  });
  return { ...main, post };
}

let postDir: string | undefined;
/**
 * The harness runs post.js right after main; to run an "install" in between, post runs as a
 * step of its own: a folder whose index.js imports dist/cache-deps/post.js, given the STATE_*
 * variables main wrote (exactly what the runner gives a post step).
 */
function postBundle(): string {
  if (!postDir) {
    // Inside this file's root, removed with it after the last test.
    postDir = mkdtempSync(join(root, 'post-'));
    writeFileSync(join(postDir, 'package.json'), '{"type":"module"}\n');
    writeFileSync(
      join(postDir, 'index.js'),
      `import ${JSON.stringify(pathToFileURL(join(repoRoot, 'dist/cache-deps/post.js')).href)};\n`,
    );
  }
  return postDir;
}

/** A summary as a reader sees it: Markdown escapes and HTML entities undone. */
const plain = (s: string | undefined) =>
  (s ?? '')
    .replace(/\\(.)/g, '$1')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#64;/g, '@')
    .replace(/&amp;/g, '&');

const warnings = (r: { annotations: { level: string; message: string }[] }) =>
  r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

describe('cache-deps against the local cache service', () => {
  it('misses, saves in post, then hits exactly and restores the store', async () => {
    const first = await job({ between: () => install('v1') });
    expect(first.exitCode).toBe(0);
    expect(first.outputs['cache-hit']).toBe('false');
    expect(first.outputs.managers).toBe('npm');
    expect(first.outputs.key).toMatch(/^deps-linux-x64-npm-[0-9a-f]{32}$/);
    expect(first.outputs.paths).toBe(store);
    expect(first.outputs['matched-key']).toBe('');
    expect(plain(first.summary)).toMatch(/\| npm \| miss \|/);
    expect(warnings(first)).toEqual([]);
    expect(first.post!.exitCode).toBe(0);
    expect(plain(first.post!.summary)).toMatch(/\| npm \| saved: save is auto: push on the default branch \| \d+ B \|/);
    expect(server.entries()).toEqual([expect.objectContaining({ key: first.outputs.key, finalized: true })]);

    rmSync(store, { recursive: true, force: true });
    const second = await job();
    expect(second.outputs['cache-hit']).toBe('true');
    expect(second.outputs['matched-key']).toBe(first.outputs.key);
    expect(readFileSync(join(store, '_cacache', 'entry'), 'utf8')).toBe('v1');
    expect(plain(second.summary)).toMatch(/\| npm \| hit \| \d+ B \|/);
    expect(plain(second.post!.summary)).toContain('not saved: exact hit: the entry already exists');
    expect(server.requestsFor('CreateCacheEntry')).toHaveLength(1);
  });

  it('restore-keys: off by default (a changed lockfile misses), on: restores the newest entry of the same prefix', async () => {
    await job({ between: () => install('old') });
    rmSync(store, { recursive: true, force: true });
    const changed = () => makeWorkspace(npmFiles('npm-v2'));

    const off = await job({ workspace: changed(), inputs: { save: 'never' } });
    expect(off.outputs['cache-hit']).toBe('false');
    expect(off.outputs['matched-key']).toBe('');
    expect(existsSync(join(store, '_cacache', 'entry'))).toBe(false);

    const on = await job({
      workspace: changed(),
      inputs: { 'restore-keys': 'true' },
      between: () => install('old+new'),
    });
    expect(on.outputs['cache-hit']).toBe('false');
    expect(on.outputs['matched-key']).toBe(server.entries()[0]!.key);
    expect(plain(on.summary)).toContain('partial hit (restore key)');
    expect(readFileSync(join(store, '_cacache', 'entry'), 'utf8')).toBe('old+new');
    // A partial hit is saved under the new key.
    expect(plain(on.post!.summary)).toMatch(/\| npm \| saved:/);
    expect(server.entries().map((e) => e.key)).toEqual([server.entries()[0]!.key, on.outputs.key]);
  });

  it('concurrent saves of the same key: one saves, the sibling skips without a warning', async () => {
    // The upload is slow, so the second job reserves while the first is still uploading.
    server.setFaults({ BlobUpload: 'slow:1500' });
    install('matrix');
    const [a, b] = await Promise.all([job(), job()]);
    const posts = [a.post!, b.post!];
    expect(posts.every((p) => p.exitCode === 0)).toBe(true);
    const saved = posts.filter((p) => /\| npm \| saved:/.test(plain(p.summary)));
    const skipped = posts.filter((p) =>
      /\| npm \| not saved: (another job saved this key meanwhile|not saved: the key is reserved by another job)/.test(
        plain(p.summary),
      ),
    );
    expect(saved).toHaveLength(1);
    expect(skipped).toHaveLength(1);
    expect(posts.flatMap(warnings)).toEqual([]);
    expect(server.entries().filter((e) => e.finalized)).toHaveLength(1);
  });

  it('service down: a warning and a summary line in main and post, and the job goes on', async () => {
    await server.setDown(true);
    try {
      const r = await job({ between: () => install() });
      expect(r.exitCode).toBe(0);
      expect(r.outputs['cache-hit']).toBe('false');
      expect(warnings(r)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            /^Dependency cache for npm not restored: Failed to restore: .*ECONNREFUSED.*The job goes on without the cache\.$/s,
          ),
        ]),
      );
      expect(plain(r.summary)).toMatch(/\| npm \| restore failed: Failed to restore: .*ECONNREFUSED/);
      expect(r.post!.exitCode).toBe(0);
      expect(plain(r.post!.summary)).toMatch(/\| npm \| save failed: the cache service could not reserve the key/);
      expect(warnings(r.post!)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^Dependency cache for npm not saved: .*The job goes on\.$/s)]),
      );
    } finally {
      await server.setDown(false);
    }
  });

  it('no cache service on this runner: says so and goes on', async () => {
    const r = await job({ noService: true, between: () => install() });
    expect(r.exitCode).toBe(0);
    expect(warnings(r)).toEqual([
      'Dependency cache for npm not restored: the cache service is not available on this runner. The job goes on without the cache.',
    ]);
    expect(plain(r.summary)).toContain(
      '| npm | cache service unavailable: the cache service is not available on this runner |',
    );
    expect(r.post!.exitCode).toBe(0);
    expect(plain(r.post!.summary)).toContain(
      '| npm | cache service unavailable: the cache service is not available on this runner |',
    );
  });

  it('503 once, then the service answers: restore succeeds after the retry', async () => {
    await job({ between: () => install('v503') });
    rmSync(store, { recursive: true, force: true });
    server.setFaults({ GetCacheEntryDownloadURL: ['503', 'ok'] });
    const r = await job();
    expect(r.exitCode).toBe(0);
    expect(r.outputs['cache-hit']).toBe('true');
    expect(warnings(r)).toEqual([]);
    expect(readFileSync(join(store, '_cacache', 'entry'), 'utf8')).toBe('v503');
  });

  it('429 rate limit on restore: a warning, a miss, the job goes on', async () => {
    server.setFaults({ GetCacheEntryDownloadURL: '429' });
    const r = await job({ inputs: { save: 'never' } });
    expect(r.exitCode).toBe(0);
    expect(warnings(r).join('\n')).toMatch(/rate limit/);
    expect(plain(r.summary)).toMatch(/\| npm \| restore failed: .*rate limit/i);
  });

  it('write denied (read-only cache token): a warning, the job goes on; fail-on-save-error makes it fail', async () => {
    server.setReadOnly(true);
    const r = await job({ between: () => install() });
    expect(r.post!.exitCode).toBe(0);
    expect(warnings(r.post!).join('\n')).toMatch(/cache write denied/);
    expect(plain(r.post!.summary)).toMatch(/\| npm \| save failed: .*cache write denied/);
    const strict = await job({ inputs: { 'fail-on-save-error': 'true' }, between: () => install() });
    expect(strict.post!.exitCode).toBe(1);
    expect(strict.post!.annotations.find((a) => a.level === 'error')!.message).toMatch(
      /^fail-on-save-error: the dependency cache was not saved for npm \(.*cache write denied/,
    );
    expect(server.entries()).toEqual([]);
  });

  it('corrupt archive: restore fails with a warning, nothing breaks, the key stays as it was', async () => {
    await job({ between: () => install('good') });
    rmSync(store, { recursive: true, force: true });
    server.setFaults({ BlobDownload: 'corrupt' });
    // The install refills the store (npm is never run by the action, so nothing else creates it).
    const r = await job({ between: () => install('again') });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['cache-hit']).toBe('false');
    expect(warnings(r).join('\n')).toMatch(/tar" failed/);
    expect(plain(r.summary)).toMatch(/\| npm \| restore failed: .*tar/);
    // post: the key exists already (it was saved before), so nothing is written over it.
    expect(plain(r.post!.summary)).toContain('not saved: another job saved this key meanwhile');
  });

  it('fail-on-cache-miss fails the step after restoring what it could', async () => {
    const r = await job({ inputs: { 'fail-on-cache-miss': 'true', save: 'never' } });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.level === 'error')!.message).toMatch(
      /^fail-on-cache-miss: no exact cache entry for npm \(deps-linux-x64-npm-/,
    );
  });

  it.each([
    ['pull_request_target', makeEventPayload('pull_request_target', { fork: true })],
    ['workflow_run', makeEventPayload('workflow_run')],
    ['issue_comment', { action: 'created', repository: { default_branch: 'main' }, issue: { number: 1 } }],
    ['push', makeEventPayload('push', { ref: 'refs/tags/v1.0.0' })],
    ['pull_request', makeEventPayload('pull_request', { fork: true })],
    ['pull_request_review_comment', makeEventPayload('pull_request')],
  ])('never saves on an untrusted event (%s), even with save: always', async (name, payload) => {
    const r = await job({ event: { name, payload }, inputs: { save: 'always' }, between: () => install() });
    expect(r.post!.exitCode).toBe(0);
    expect(plain(r.post!.summary)).toMatch(
      /not saved: never saved (on \w+ events|for tags|for pull requests from forks) \(cache poisoning\)/,
    );
    expect(server.requestsFor('CreateCacheEntry')).toHaveLength(0);
  });

  it('auto does not save on a pull request or a feature branch', async () => {
    const pr = await job({
      event: { name: 'pull_request', payload: makeEventPayload('pull_request') },
      between: () => install(),
    });
    expect(plain(pr.post!.summary)).toContain('not saved: save is auto, which does not save on pull_request events');
    const feature = await job({
      event: { name: 'push', payload: makeEventPayload('push', { ref: 'refs/heads/feature' }) },
    });
    expect(plain(feature.post!.summary)).toContain('saves only on the default branch (this is refs/heads/feature)');
    expect(server.requestsFor('CreateCacheEntry')).toHaveLength(0);
  });

  it('a hanging service hits the deadline: a warning, and the step ends promptly', async () => {
    server.setFaults({ GetCacheEntryDownloadURL: 'hang' });
    const started = Date.now();
    const r = await job({ inputs: { 'timeout-seconds': '2', save: 'never' } });
    expect(r.exitCode).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(warnings(r)).toEqual([
      'Dependency cache for npm not restored: no answer within 2 s (files may be partly restored). The job goes on without the cache.',
    ]);
    expect(plain(r.summary)).toContain('restore timed out');
    server.setFaults(undefined);
  });

  it("refuses the post step's inputs in the main step, before touching the cache", async () => {
    for (const [name, value] of [
      ['save', 'sometimes'],
      ['save-on-failure', 'maybe'],
      ['fail-on-save-error', 'yes please'],
    ] as const) {
      const r = await job({ inputs: { [name]: value } });
      expect([name, r.exitCode]).toEqual([name, 1]);
      expect(r.annotations[0]!.message).toMatch(new RegExp(`^Input '${name}' has the value "${value}"`));
    }
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a credentials path before touching the cache', async () => {
    const r = await job({ inputs: { path: '~/.npmrc' } });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]!.message).toBe(
      `Input 'path' has the entry "~/.npmrc": '.npmrc' can hold credentials or repository internals and is never cached.`,
    );
    expect(server.requests).toHaveLength(0);
  });

  it('a folder name from the repository never becomes a workflow command', async () => {
    const spoof = 'x\n::warning title=SPOOF::y';
    const ws = makeWorkspace({
      [`${spoof}/package.json`]: fixture('npm', 'package.json'),
      [`${spoof}/package-lock.json`]: fixture('npm', 'package-lock.json'),
    });
    const r = await job({ workspace: ws, inputs: { save: 'never' } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.managers).toBe('npm');
    expect(r.stdout).toContain('x%0A::warning title=SPOOF::y/package-lock.json');
    expect(r.commands.filter((c) => JSON.stringify(c).includes('SPOOF'))).toEqual([]);
  });

  it('monorepo: one entry per detected manager; the key ignores node_modules', async () => {
    const files: Record<string, string> = {};
    for (const f of [
      'packages/web/package.json',
      'packages/web/package-lock.json',
      'services/api/requirements.txt',
      'tools/gen/go.mod',
      'tools/gen/go.sum',
    ]) {
      files[f] = fixture('monorepo', f);
    }
    const ws = makeWorkspace(files);
    const a = await job({ workspace: ws, inputs: { save: 'never' } });
    expect(a.exitCode).toBe(0);
    expect(a.outputs.managers).toBe('npm,pip,go');
    mkdirSync(join(ws, 'packages/web/node_modules/x'), { recursive: true });
    writeFileSync(join(ws, 'packages/web/node_modules/x/package-lock.json'), '{}');
    const b = await job({ workspace: ws, inputs: { save: 'never' } });
    expect(b.outputs.key).toBe(a.outputs.key);
  });
});

describe('save-on-failure: false asks the Actions API whether a step failed', () => {
  let api: FakeGitHubApi;
  beforeAll(async () => {
    api = await startGitHubApi();
  });
  afterAll(async () => {
    await api.close();
  });

  const jobs = (conclusion: string) => ({
    status: 200,
    body: {
      total_count: 1,
      jobs: [
        {
          runner_name: 'harness',
          status: 'in_progress',
          steps: [{ name: 'Run tests', status: 'completed', conclusion }],
        },
      ],
    },
  });

  it.each([
    ['failure', 'not saved: save-on-failure is false and the step "Run tests" failed', 0],
    ['success', 'saved: save is auto: push on the default branch', 1],
  ])('step conclusion %s', async (conclusion, summary, saves) => {
    api.reset();
    api.route('GET', '/repos/:owner/:repo/actions/runs/:id/attempts/:n/jobs', jobs(conclusion));
    const r = await job({
      inputs: { 'save-on-failure': 'false', token: WRITE_TOKEN },
      env: { GITHUB_API_URL: api.url },
      between: () => install(),
    });
    expect(plain(r.post!.summary)).toContain(summary);
    expect(server.requestsFor('CreateCacheEntry')).toHaveLength(saves);
  });

  it('cannot tell (no actions: read): a warning and no save', async () => {
    api.reset();
    api.route('GET', '/repos/:owner/:repo/actions/runs/:id/attempts/:n/jobs', {
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const r = await job({
      inputs: { 'save-on-failure': 'false', token: WRITE_TOKEN },
      env: { GITHUB_API_URL: api.url },
      between: () => install(),
    });
    expect(r.post!.exitCode).toBe(0);
    expect(warnings(r.post!)).toEqual([
      "Dependency cache not saved: save-on-failure is false and the job's status could not be read (the Actions API answered 403 (the job needs 'permissions: actions: read')).",
    ]);
    expect(server.requestsFor('CreateCacheEntry')).toHaveLength(0);
  });
});
