/**
 * actions/matrix end to end: the bundle (dist/matrix/index.js) run through the harness as the
 * runner runs it. The `matrix` output must be what `fromJSON` accepts for strategy.matrix:
 * valid JSON, one object with a non-empty `include` list of objects, each with a name.
 */
import { afterAll, beforeAll, describe, it, expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { makeEventPayload } from '../support/github-api/index.js';
import { startCacheServer, type CacheServer } from '../support/cache-server/index.js';
import { makeWorkspace, runAction } from './harness/index.js';

function fromJSON(json: string | undefined): { include: Record<string, unknown>[] } {
  expect(typeof json).toBe('string');
  const v = JSON.parse(json!);
  expect(v !== null && typeof v === 'object' && !Array.isArray(v)).toBe(true);
  expect(Object.keys(v)).toEqual(['include']);
  expect(Array.isArray(v.include) && v.include.length > 0).toBe(true);
  for (const e of v.include) {
    expect(e !== null && typeof e === 'object' && !Array.isArray(e)).toBe(true);
    expect(typeof e.name).toBe('string');
  }
  return v;
}

const files = {
  'web/package.json': '{"name":"web","engines":{"node":">=22"}}',
  'web/package-lock.json': '{}',
  'web/src/a.test.ts': '',
  'web/src/b.test.ts': '',
  'web/src/c.test.ts': '',
  'api/pyproject.toml': '[project]\nname = "api"\nrequires-python = ">=3.13,<3.15"\n\n[tool.uv]\n',
  'api/uv.lock': '',
  'api/tests/test_x.py': '',
  'README.md': '# demo\n',
};

describe('actions/matrix (bundle)', () => {
  it('emits the matrix from the project files', async () => {
    const r = await runAction('matrix', {
      workspace: makeWorkspace(files),
      inputs: {
        versions: 'min-max',
        os: 'ubuntu-latest, windows-latest',
        today: '2026-11-22',
        exclude: 'os=windows-latest language=python',
      },
    });
    expect(r.exitCode).toBe(0);
    const m = fromJSON(r.outputs['matrix']);
    expect(m.include.map((e) => e['name'])).toEqual([
      'api, python 3.13, ubuntu-latest',
      'api, python 3.14, ubuntu-latest',
      'web, node 22, ubuntu-latest',
      'web, node 22, windows-latest',
      'web, node 26, ubuntu-latest',
      'web, node 26, windows-latest',
    ]);
    expect(m.include[0]).toMatchObject({
      project: 'api',
      language: 'python',
      'package-manager': 'uv',
      version: '3.13',
    });
    expect(r.outputs['has-changes']).toBe('true');
    expect(r.outputs['count']).toBe('6');
    expect(JSON.parse(r.outputs['projects']!)).toEqual([
      { dir: 'api', language: 'python', 'package-manager': 'uv', versions: ['3.13', '3.14'] },
      { dir: 'web', language: 'node', 'package-manager': 'npm', versions: ['22', '26'] },
    ]);
    expect(r.summary).toContain('| `web` | node | npm | `>=22` in `web/package.json` `engines.node` | `22`, `26` |  |');
    expect(r.summary).toContain('<details><summary>6 job(s)</summary>');
  });

  it('changed-only on a push that changed no project: has-changes false and a placeholder entry', async () => {
    const ws = makeWorkspace(files);
    const git = (...a: string[]) =>
      execFileSync('git', a, {
        cwd: ws,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@e',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@e',
        },
      }).trim();
    const before = git('rev-parse', 'HEAD');
    execFileSync('sh', ['-c', 'echo more >> README.md'], { cwd: ws });
    git('commit', '-qam', 'docs');
    const r = await runAction('matrix', {
      workspace: ws,
      inputs: { 'changed-only': 'true', today: '2026-11-22' },
      event: { name: 'push', payload: { before, after: git('rev-parse', 'HEAD') } },
    });
    expect(r.exitCode).toBe(0);
    expect(fromJSON(r.outputs['matrix']).include).toEqual([{ name: 'no changes', skip: true }]);
    expect(r.outputs['has-changes']).toBe('false');
    expect(r.outputs['count']).toBe('0');

    execFileSync('sh', ['-c', 'echo x > web/src/a.test.ts'], { cwd: ws });
    git('commit', '-qam', 'web');
    const r2 = await runAction('matrix', {
      workspace: ws,
      inputs: { 'changed-only': 'true', today: '2026-11-22' },
      event: { name: 'push', payload: { before, after: git('rev-parse', 'HEAD') } },
    });
    expect(fromJSON(r2.outputs['matrix']).include.map((e) => e['project'])).toEqual(['web']);
    expect(r2.outputs['has-changes']).toBe('true');
  });

  it('splits tests into shards and writes the plan', async () => {
    const ws = makeWorkspace({
      ...files,
      'reports/junit.xml':
        '<testsuites><testsuite name="a" file="web/src/a.test.ts" time="60"><testcase name="t" time="60"/></testsuite><testsuite name="b" file="web/src/b.test.ts" time="10"><testcase name="u" time="10"/></testsuite></testsuites>',
    });
    const r = await runAction('matrix', {
      workspace: ws,
      inputs: { shards: '2', timings: 'reports/*.xml', today: '2026-11-22' },
    });
    expect(r.exitCode).toBe(0);
    const web = fromJSON(r.outputs['matrix']).include.filter((e) => e['project'] === 'web');
    expect(web.map((e) => [e['shard'], e['shard-total'], e['files']])).toEqual([
      [1, 2, ['src/a.test.ts']],
      [2, 2, ['src/b.test.ts', 'src/c.test.ts']],
    ]);
    const planFile = r.outputs['plan-file']!;
    expect(existsSync(planFile)).toBe(true);
    expect(JSON.parse(readFileSync(planFile, 'utf8')).projects['node:web'].total).toBe(2);
    expect(r.outputs['plan-required']).toBe('false');
  });

  it('fails with a message a user can act on when no supported line satisfies the range', async () => {
    const r = await runAction('matrix', {
      workspace: makeWorkspace({ 'package.json': '{"engines":{"node":"^18"}}' }),
      inputs: { versions: 'supported', today: '2026-11-22' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.map((a) => a.message).join('\n')).toContain(
      '.: engines.node in package.json is "^18", which no supported Node.js release line satisfies on 2026-11-22 (supported: 22, 24, 26).',
    );
  });

  it('rejects a bad input with the input name', async () => {
    const r = await runAction('matrix', { workspace: makeWorkspace(files), inputs: { shards: 'many' } });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.map((a) => a.message).join('\n')).toContain('Input \'shards\' has the value "many"');
  });
});

describe('actions/matrix timing cache (local cache service)', () => {
  let server: CacheServer;
  beforeAll(async () => {
    server = await startCacheServer();
  });
  afterAll(async () => {
    await server.close();
  });

  const junit =
    '<testsuites><testsuite name="c" file="web/src/c.test.ts" time="90"><testcase name="t" time="90"/></testsuite>' +
    '<testsuite name="a" file="web/src/a.test.ts" time="5"><testcase name="u" time="5"/></testsuite></testsuites>';
  const onMain = {
    name: 'push',
    payload: { ref: 'refs/heads/main', repository: { default_branch: 'main', full_name: 'octo-org/octo-repo' } },
  };

  it('saves timings only from the default branch, and the next plan uses them', async () => {
    const ws = makeWorkspace({ ...files, 'timings/web/junit.xml': junit });
    const onBranch = { name: 'push', payload: { ref: 'refs/heads/feature', repository: { default_branch: 'main' } } };
    const refused = await runAction('matrix', {
      workspace: ws,
      env: server.env(),
      event: onBranch,
      inputs: { 'save-timings': 'timings/**' },
    });
    expect(refused.exitCode).toBe(0);
    expect(refused.outputs['timings-saved']).toBe('false');
    expect(server.entries()).toHaveLength(0);

    const saved = await runAction('matrix', {
      workspace: ws,
      env: server.env(),
      event: onMain,
      inputs: { 'save-timings': 'timings/**' },
    });
    expect(saved.exitCode).toBe(0);
    expect(saved.outputs['timings-saved']).toBe('true');
    expect(server.entries().map((e) => e.key)).toEqual([
      expect.stringMatching(/^quality-matrix-timings-CI-test-1001-1$/),
    ]);

    // A pull request run in a fresh checkout: c.test.ts (90 s) gets a shard of its own.
    const pr = await runAction('matrix', {
      workspace: makeWorkspace(files),
      env: server.env(),
      inputs: { shards: '2', today: '2026-11-22' },
    });
    expect(pr.exitCode).toBe(0);
    const web = fromJSON(pr.outputs['matrix']).include.filter((e) => e['project'] === 'web');
    expect(web.map((e) => e['files'])).toEqual([['src/c.test.ts'], ['src/a.test.ts', 'src/b.test.ts']]);
  });

  it.each([
    ['pull_request', makeEventPayload('pull_request', { fork: true })],
    ['pull_request_target', makeEventPayload('pull_request_target', { fork: true })],
    ['pull_request_review_comment', makeEventPayload('pull_request')],
  ])('never saves timings on %s (the shared trust rule)', async (name, payload) => {
    server.clear();
    const r = await runAction('matrix', {
      workspace: makeWorkspace({ ...files, 'timings/web/junit.xml': junit }),
      env: server.env(),
      event: { name, payload },
      inputs: { 'save-timings': 'timings/**' },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['timings-saved']).toBe('false');
    expect(r.stdout).toMatch(/Timings not saved: .*never write shared state/);
    expect(server.entries()).toHaveLength(0);
    expect(server.requestsFor('CreateCacheEntry')).toHaveLength(0);
  });

  it('plans without timings when the cache has none', async () => {
    server.clear();
    const r = await runAction('matrix', {
      workspace: makeWorkspace(files),
      env: server.env(),
      inputs: { shards: '2', today: '2026-11-22' },
    });
    expect(r.exitCode).toBe(0);
    const web = fromJSON(r.outputs['matrix']).include.filter((e) => e['project'] === 'web');
    expect(web.map((e) => e['files'])).toEqual([['src/a.test.ts', 'src/c.test.ts'], ['src/b.test.ts']]);
  });
});
