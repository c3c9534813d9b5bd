/**
 * dist/guard/index.js run as the runner runs it, on real git repositories (a bare origin, shallow
 * clones that must be deepened), against the fake GitHub API: a push scans the pushed range, a
 * same-repository pull request what it adds, a fork pull request with a read-only token reads the
 * change and the commits from the API. A planted secret never appears in clear anywhere the step
 * writes, except inside the `::add-mask::` command that hides it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { generateCorpus } from '../fixtures/guard/generate.mjs';
import { GitRepo } from '../support/git-repo.js';
import { makeEventPayload, READ_TOKEN, startGitHubApi, type FakeGitHubApi } from '../support/github-api/index.js';
import { runAction, type ActionResult } from './harness/index.js';

const planted = generateCorpus(21, 1).positives;
const oldSecret = planted.find((p) => /aws/i.test(p.kind))!;
const newSecret = planted.find((p) => p.kind.startsWith('github'))!;

let api: FakeGitHubApi;
beforeAll(async () => {
  api = await startGitHubApi();
});
afterAll(async () => {
  await api.close();
});

interface Scenario {
  origin: GitRepo;
  seed: GitRepo;
  baseSha: string;
  headSha: string;
}

/** main has an old secret; the feature branch adds a new one and a clean file. */
async function scenario(headFiles: Record<string, string>, message = 'feat: add the app'): Promise<Scenario> {
  const origin = await GitRepo.init({ bare: true });
  const seed = await GitRepo.init();
  const baseSha = await seed.commit('chore: base', { 'README.md': '# app\n', 'old/legacy.env': oldSecret.text });
  await seed.addRemote(origin);
  await seed.push('origin', 'main');
  await seed.branch('feature');
  const headSha = await seed.commit(message, headFiles);
  await seed.push('origin', 'feature');
  return { origin, seed, baseSha, headSha };
}

/** Every place the step writes; the secret may appear only as the value of an add-mask command. */
function leaks(r: ActionResult, secrets: string[]): string[] {
  const stdout = r.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  const findingsJson = r.outputs.findings ? readFileSync(r.outputs.findings, 'utf8') : '';
  const written = [stdout, r.stderr, r.summary, JSON.stringify(r.outputs), findingsJson].join('\n');
  return secrets.filter((s) => written.includes(s) || s.split('\n').some((l) => l.length > 12 && written.includes(l)));
}

/** The summary's text with Markdown escapes undone. */
const plain = (md: string) => md.replace(/\\(.)/g, '$1');

const masked = (r: ActionResult) => r.commands.filter((c) => c.command === 'add-mask').map((c) => c.message);

describe('actions/guard', () => {
  it('push: scans what the pushed commits add, masks the new secret, never prints it', async () => {
    const s = await scenario({ 'src/app.js': 'export const x = 1;\n', 'src/new.env': newSecret.text });
    const payload = makeEventPayload('push', { ref: 'refs/heads/feature', before: s.baseSha, after: s.headSha });
    const r = await runAction('guard', { workspace: s.seed.dir, event: { name: 'push', payload } });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.some((a) => a.level === 'error' && a.file === 'src/new.env')).toBe(true);
    expect(r.annotations.some((a) => a.file === 'old/legacy.env')).toBe(false);
    expect(masked(r)).toContain(newSecret.secret);
    // The mask comes before any annotation or summary line could show it.
    const firstMask = r.stdout.indexOf('::add-mask::');
    const firstError = r.stdout.indexOf('::error');
    expect(firstMask).toBeGreaterThanOrEqual(0);
    expect(firstMask).toBeLessThan(firstError);
    expect(leaks(r, [newSecret.secret, oldSecret.secret])).toEqual([]);
    expect(Number(r.outputs.errors)).toBeGreaterThanOrEqual(1);
    const json = JSON.parse(readFileSync(r.outputs.findings!, 'utf8')) as { findings: { path: string }[] };
    expect(json.findings.map((f) => f.path)).toContain('src/new.env');
    expect(r.summary).toMatch(/### Guard/);
    expect(plain(r.summary)).toContain('what the change adds since');
  });

  it('a clean same-repository pull request in a shallow clone passes: the clone is deepened to the merge-base', async () => {
    const s = await scenario({ 'src/app.js': 'export const x = 1;\n' });
    const work = await GitRepo.clone(s.origin.url, { depth: 1, branch: 'feature' });
    const payload = makeEventPayload('pull_request', {
      number: 3,
      baseSha: s.baseSha,
      headSha: s.headSha,
      baseRef: 'main',
      headRef: 'feature',
      title: 'feat: add the app',
      apiUrl: api.url,
    });
    const r = await runAction('guard', {
      workspace: work.dir,
      event: { name: 'pull_request', payload },
      inputs: { 'commit-convention': 'true' },
      env: { GITHUB_API_URL: api.url },
    });
    expect(r.stderr).toBe('');
    expect(r.outputs.errors).toBe('0');
    expect(r.exitCode).toBe(0);
    expect(plain(r.summary)).toContain('No findings.');
    expect(plain(r.summary)).toContain('1 commit(s) and the title checked (from local git)');
    expect(r.annotations.some((a) => a.file === 'old/legacy.env')).toBe(false);
  });

  it('a same-repository pull request: a bad commit message and title fail; the old secret does not', async () => {
    const s = await scenario({ 'src/app.js': 'export const x = 1;\n' }, 'added stuff');
    const payload = makeEventPayload('pull_request', {
      number: 4,
      baseSha: s.baseSha,
      headSha: s.headSha,
      title: 'Add stuff',
      apiUrl: api.url,
    });
    const r = await runAction('guard', {
      workspace: s.seed.dir,
      event: { name: 'pull_request', payload },
      inputs: { 'commit-convention': 'true' },
    });
    expect(r.exitCode).toBe(1);
    const titles = r.annotations.map((a) => a.title);
    expect(titles.filter((t) => t === 'guard: commit/format')).toHaveLength(2);
    expect(r.annotations.every((a) => a.file === undefined)).toBe(true);
    expect(r.outputs.errors).toBe('2');
  });

  it('a fork pull request with a read-only token: the change and the commits come from the API', async () => {
    const s = await scenario({ 'src/app.js': 'export const x = 1;\n', 'src/new.env': newSecret.text });
    const work = await GitRepo.clone(s.origin.url, { depth: 1, branch: 'feature' });
    const lines = newSecret.text.replace(/\n$/, '').split('\n');
    const repo = api.repo('octo-org', 'octo-repo', { permissions: 'read' });
    repo.addPull(9, {
      headSha: s.headSha,
      baseSha: s.baseSha,
      fork: true,
      files: [
        { filename: 'src/app.js', status: 'added', patch: '@@ -0,0 +1 @@\n+export const x = 1;' },
        {
          filename: 'src/new.env',
          status: 'added',
          patch: `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}`,
        },
      ],
    });
    const commits = api.route('GET', '/repos/:owner/:repo/pulls/:number/commits', {
      status: 200,
      body: [{ sha: s.headSha, commit: { message: 'feat: add the app' } }],
    });
    const payload = makeEventPayload('pull_request', {
      number: 9,
      baseSha: s.baseSha,
      headSha: s.headSha,
      fork: true,
      title: 'feat: add the app',
      apiUrl: api.url,
    });
    const r = await runAction('guard', {
      workspace: work.dir,
      event: { name: 'pull_request', payload },
      inputs: { 'commit-convention': 'true', fetch: 'false' },
      token: READ_TOKEN,
      env: { GITHUB_API_URL: api.url },
    });
    expect(r.exitCode).toBe(1);
    expect(plain(r.summary)).toContain('what the pull request adds (2 file(s))');
    expect(plain(r.summary)).toContain('from the GitHub API');
    expect(commits.hits).toBeGreaterThan(0);
    expect(r.annotations.some((a) => a.level === 'error' && a.file === 'src/new.env')).toBe(true);
    expect(r.annotations.some((a) => a.file === 'old/legacy.env')).toBe(false);
    expect(masked(r)).toContain(READ_TOKEN);
    expect(leaks(r, [newSecret.secret, oldSecret.secret])).toEqual([]);
  });

  it('any other event scans every tracked file, and the baseline accepts a known finding', async () => {
    const s = await scenario({ 'src/app.js': 'export const x = 1;\n' });
    const payload = makeEventPayload('workflow_dispatch', { ref: 'refs/heads/feature' });
    const r = await runAction('guard', { workspace: s.seed.dir, event: { name: 'workflow_dispatch', payload } });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.some((a) => a.file === 'old/legacy.env')).toBe(true);
    expect(masked(r)).toContain(oldSecret.secret);
    expect(leaks(r, [oldSecret.secret])).toEqual([]);
    expect(plain(r.summary)).toContain('every tracked file');

    // Accept it (as `quality guard --update-baseline` writes it): the next run passes, still masked.
    const { runGuard, writeBaseline } = await import('@quality/guard');
    const found = await runGuard({ root: s.seed.dir, scope: { kind: 'all' } });
    await s.seed.commit('chore: accept the legacy key', {
      '.github/guard-baseline.json': writeBaseline(found.inScope, undefined, 'revoked in 2026, kept in history'),
    });
    const again = await runAction('guard', { workspace: s.seed.dir, event: { name: 'workflow_dispatch', payload } });
    expect(again.exitCode).toBe(0);
    expect(again.outputs.errors).toBe('0');
    expect(plain(again.summary)).toMatch(/finding\(s\) accepted by the baseline/);
    expect(masked(again)).toContain(oldSecret.secret);
    expect(leaks(again, [oldSecret.secret])).toEqual([]);
  });
});
