import { describe, it, expect, afterAll } from '@jest/globals';
import { ConfigurationError } from '@quality/kit/errors';
import { GitRepo, removeAll } from '../../support/git-repo.js';
import { changedFiles, selectChanged } from '../../../packages/matrix/src/changed.js';
import { detectProjects } from '../../../packages/matrix/src/detect.js';
import { diskReader } from '../../../packages/matrix/src/reader.js';

afterAll(removeAll);

const base = {
  'pnpm-lock.yaml': 'lock\n',
  'README.md': 'hello\n',
  'apps/a/package.json': '{"name":"a"}',
  'apps/a/src/x.test.js': 'x\n',
  'apps/b/package.json': '{"name":"b"}',
  'apps/b/src/y.test.js': 'y\n',
  'svc/pyproject.toml': '[project]\nname = "svc"\n',
  'svc/tests/test_s.py': 's\n',
  'svc/go.mod': 'module example.com/svc\n\ngo 1.25\n',
};

async function repoWithBranch() {
  const repo = await GitRepo.init();
  await repo.commit('base', base);
  await repo.branch('feature');
  await repo.commit('change a', { 'apps/a/src/x.test.js': 'x2\n' });
  await repo.checkout('main');
  await repo.commit('main moves on in b', { 'apps/b/src/y.test.js': 'y2\n' });
  await repo.checkout('feature');
  return repo;
}

const selected = (dir: string, files: Awaited<ReturnType<typeof changedFiles>>) =>
  selectChanged(detectProjects(diskReader(dir)), files).projects.map((p) => `${p.dir}:${p.language}`);

describe('changed projects on real git repositories', () => {
  it('pull request: only the projects changed since the merge base (not what main did since)', async () => {
    const repo = await repoWithBranch();
    const changes = await changedFiles({ cwd: repo.dir, base: 'main' });
    expect(changes.all).toBe(false);
    expect(changes.files).toEqual(['apps/a/src/x.test.js']);
    expect(selected(repo.dir, changes)).toEqual(['apps/a:node']);
  });

  it('push: the all-zero before SHA of a new branch selects every project', async () => {
    const repo = await repoWithBranch();
    const changes = await changedFiles({ cwd: repo.dir, before: '0'.repeat(40) });
    expect(changes.all).toBe(true);
    expect(selected(repo.dir, changes)).toEqual(['apps/a:node', 'apps/b:node', 'svc:go', 'svc:python']);
  });

  it('push: before..head', async () => {
    const repo = await GitRepo.init();
    const before = await repo.commit('base', base);
    await repo.commit('svc', { 'svc/tests/test_s.py': 's2\n' });
    const changes = await changedFiles({ cwd: repo.dir, before });
    expect(selected(repo.dir, changes)).toEqual(['svc:go', 'svc:python']);
  });

  it('a rename across projects selects both sides', async () => {
    const repo = await GitRepo.init();
    const before = await repo.commit('base', base);
    await repo.rename('move', 'apps/a/src/x.test.js', 'apps/b/src/x.test.js');
    const changes = await changedFiles({ cwd: repo.dir, before });
    expect(changes.files).toEqual(['apps/a/src/x.test.js', 'apps/b/src/x.test.js']);
    expect(selected(repo.dir, changes)).toEqual(['apps/a:node', 'apps/b:node']);
  });

  it('a root lockfile or workflow change selects everything; other root files select nothing', async () => {
    const repo = await GitRepo.init();
    const c0 = await repo.commit('base', base);
    const c1 = await repo.commit('readme', { 'README.md': 'changed\n' });
    const c2 = await repo.commit('lock', { 'pnpm-lock.yaml': 'lock2\n' });
    await repo.commit('ci', { '.github/workflows/ci.yml': 'on: push\n' });
    const readme = await changedFiles({ cwd: repo.dir, before: c0, head: c1 });
    expect(selected(repo.dir, readme)).toEqual([]);
    const lock = selectChanged(
      detectProjects(diskReader(repo.dir)),
      await changedFiles({ cwd: repo.dir, before: c1, head: c2 }),
    );
    expect(lock.allReason).toBe('pnpm-lock.yaml changed, and it is listed in always');
    expect(lock.projects).toHaveLength(4);
    const ci = selectChanged(detectProjects(diskReader(repo.dir)), await changedFiles({ cwd: repo.dir, before: c2 }));
    expect(ci.allReason).toMatch(/\.github\/workflows\/ci\.yml/);
    // a lockfile inside a project is that project's change only
    const own = selectChanged(detectProjects(diskReader(repo.dir)), {
      all: false,
      reason: '',
      files: ['apps/a/pnpm-lock.yaml'],
    });
    expect(own.projects.map((p) => p.dir)).toEqual(['apps/a']);
  });

  it('a root project owns the files no deeper project owns', () => {
    const projects = [
      { dir: '.', language: 'node' as const, packageManager: 'npm', manifest: 'package.json' },
      { dir: 'pkg/x', language: 'node' as const, packageManager: 'npm', manifest: 'pkg/x/package.json' },
    ];
    const sel = selectChanged(
      projects,
      { all: false, reason: '', files: ['docs/a.md', 'pkg/x/a.js', 'pkg/xy/b.js'] },
      [],
    );
    expect(Object.fromEntries(sel.files)).toEqual({ '.': ['docs/a.md', 'pkg/xy/b.js'], 'pkg/x': ['pkg/x/a.js'] });
  });

  it('a one-letter project folder is not taken for the root (both are one character long)', () => {
    const projects = ['.', 'a', 'bb'].map((dir) => ({
      dir,
      language: 'node' as const,
      packageManager: 'npm',
      manifest: dir === '.' ? 'package.json' : `${dir}/package.json`,
    }));
    const sel = selectChanged(projects, { all: false, reason: '', files: ['a/x.js'] }, []);
    expect(sel.projects.map((p) => p.dir)).toEqual(['a']);
  });

  it('working-directory: changes are taken relative to it; files outside it select only through always', async () => {
    const repo = await repoWithBranch();
    const sub = `${repo.dir}/apps`;
    const changes = await changedFiles({ cwd: sub, base: 'main' });
    expect([changes.files, changes.outside]).toEqual([['a/src/x.test.js'], undefined]);
    expect(selected(sub, changes)).toEqual(['a:node']);
    await repo.commit('docs and a workflow', { 'README.md': 'more\n', '.github/workflows/ci.yml': 'on: push\n' });
    const more = await changedFiles({ cwd: sub, base: 'main' });
    expect(more.outside).toEqual(['.github/workflows/ci.yml', 'README.md']);
    expect(selected(sub, more)).toEqual(['a:node', 'b:node']); // the workflow is in always
  });

  it('a changed version file shared from a parent folder selects the projects whose version it gives', () => {
    const projects = ['services/api', 'services/worker', 'web'].map((dir) => ({
      dir,
      language: 'python' as const,
      packageManager: 'pip',
      manifest: `${dir}/pyproject.toml`,
      ...(dir.startsWith('services/') ? { version: { value: '3.12', file: 'services/.python-version' } } : {}),
    }));
    const sel = selectChanged(projects, { all: false, reason: '', files: ['services/.python-version'] }, []);
    expect(sel.projects.map((p) => p.dir)).toEqual(['services/api', 'services/worker']);
  });

  it('has no cap on the number of changed files', async () => {
    const repo = await GitRepo.init();
    const before = await repo.commit('base', base);
    const many: Record<string, string> = {};
    for (let i = 0; i < 3500; i++) many[`apps/b/gen/f${i}.txt`] = `${i}\n`;
    await repo.commit('many', many);
    const changes = await changedFiles({ cwd: repo.dir, before });
    expect(changes.files).toHaveLength(3500);
    expect(selected(repo.dir, changes)).toEqual(['apps/b:node']);
  });

  it('shallow clone: fetches the base and deepens until the merge base is found', async () => {
    const origin = await GitRepo.init({ bare: true });
    const work = await repoWithBranch();
    for (let i = 0; i < 60; i++) await work.commit(`feature ${i}`, { 'apps/a/src/x.test.js': `x${i}\n` });
    await work.addRemote(origin);
    await work.push('origin', 'main', 'feature');
    const clone = await GitRepo.clone(origin.url, { depth: 1, branch: 'feature' });
    expect(await clone.has('main')).toBe(false);
    await expect(changedFiles({ cwd: clone.dir, base: 'main', allowFetch: false })).rejects.toThrow(/fetch-depth: 0/);
    const changes = await changedFiles({ cwd: clone.dir, base: 'main' });
    expect(changes.files).toEqual(['apps/a/src/x.test.js']);
    expect(changes.mergeBase).toBe(await work.head('main~1'));
  });

  it('shallow clone without permission to fetch: a clear error', async () => {
    const origin = await GitRepo.init({ bare: true });
    const work = await repoWithBranch();
    await work.addRemote(origin);
    await work.push('origin', 'main', 'feature');
    const clone = await GitRepo.clone(origin.url, { depth: 1, branch: 'feature', singleBranch: false });
    const err = await changedFiles({ cwd: clone.dir, base: 'origin/main', allowFetch: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toMatch(/No common ancestor of origin\/main and HEAD in this shallow clone/);
  });

  it('refuses a base that git would read as an option', async () => {
    const repo = await GitRepo.init();
    await repo.commit('base', base);
    await expect(changedFiles({ cwd: repo.dir, base: '--upload-pack=evil' })).rejects.toThrow(ConfigurationError);
  });
});
