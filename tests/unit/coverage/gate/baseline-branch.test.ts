import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { chmod, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { GitRepo, removeAll } from '../../../support/git-repo.js';
import { BASELINE_SCHEMA } from '../../../../packages/coverage/src/gate/baseline.js';
import type { BaselineRead } from '../../../../packages/coverage/src/gate/baseline.js';
import {
  BOT_NAME,
  BranchBaselineStore,
  escapeBranchName,
  latestPath,
} from '../../../../packages/coverage/src/gate/baseline-branch.js';
import { snap } from '../../../support/baseline.js';

const DATA = 'quality-baselines';

/** A bare origin with main = c1 -> c2 -> c3, and a clone of it. */
async function setup(): Promise<{ origin: GitRepo; seed: GitRepo; c: string[] }> {
  const origin = await GitRepo.init({ bare: true });
  const seed = await GitRepo.init();
  const c = [
    await seed.commit('one', { 'src/a.ts': '1\n' }),
    await seed.commit('two', { 'src/a.ts': '2\n' }),
    await seed.commit('three', { 'src/a.ts': '3\n' }),
  ];
  await seed.addRemote(origin);
  await seed.push('origin', 'main');
  return { origin, seed, c };
}

const commitOf = (r: BaselineRead): string | undefined => (r.status === 'found' ? r.snapshot.commit : undefined);

async function files(origin: GitRepo, dir: string): Promise<string[]> {
  return (await origin.git('ls-tree', '--name-only', `refs/heads/${DATA}:${dir}`)).split('\n').filter(Boolean);
}

async function latestCommit(origin: GitRepo, branch = 'main'): Promise<string> {
  return JSON.parse(await origin.git('show', `refs/heads/${DATA}:${latestPath(branch)}`)).commit;
}

afterAll(removeAll);

describe('escapeBranchName', () => {
  it('keeps [A-Za-z0-9._-] and %-escapes every other byte', () => {
    expect(escapeBranchName('main')).toBe('main');
    expect(escapeBranchName('release/1.x')).toBe('release%2F1.x');
    expect(escapeBranchName('feat_ü %')).toBe('feat_%C3%BC%20%25');
    expect(latestPath('a/b')).toBe('baselines/a%2Fb.json');
  });
});

describe('BranchBaselineStore', () => {
  let origin: GitRepo;
  let c: string[];
  let work: GitRepo;

  beforeAll(async () => {
    ({ origin, c } = await setup());
    work = await GitRepo.clone(origin.url);
  });

  it('reads missing before the data branch exists', async () => {
    const r = await new BranchBaselineStore({ cwd: work.dir }).read({ branch: 'main', commit: c[2] });
    expect(r).toEqual({ status: 'missing', detail: expect.stringContaining('does not exist on origin yet') });
  });

  it('the first write creates an orphan branch without touching the checkout, and reads back', async () => {
    await work.write({ 'dirty.txt': 'uncommitted\n', 'src/a.ts': 'changed\n' });
    const status = await work.git('status', '--porcelain');
    const heads = await work.git('for-each-ref', 'refs/heads');
    const remotes = await work.git('for-each-ref', 'refs/remotes');
    const head = await work.head();
    const store = new BranchBaselineStore({ cwd: work.dir });
    expect(store.kind).toBe('branch');

    const w = await store.write(snap(c[1]!, 200));
    expect(w).toEqual({ status: 'written', detail: expect.stringContaining(`at ${c[1]!.slice(0, 12)}`) });

    // orphan: one parentless commit, no common history with main
    const log = (await origin.git('log', '--format=%H %P|%cn|%ce', DATA)).trim().split('\n');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(
      /^[0-9a-f]{40} \|github-actions\[bot\]\|41898282\+github-actions\[bot\]@users\.noreply\.github\.com$/,
    );
    await expect(origin.git('merge-base', DATA, 'main')).rejects.toThrow();
    expect(await files(origin, '')).toEqual(['README.md', 'baselines', 'by-commit']);
    expect(await files(origin, 'by-commit')).toEqual([`${c[1]}.json`]);
    expect(await latestCommit(origin)).toBe(c[1]);

    // the checkout: same HEAD, same branches, same dirty work tree, no FETCH_HEAD, not shallow
    expect(await work.head()).toBe(head);
    expect(await work.git('status', '--porcelain')).toBe(status);
    expect(await work.git('for-each-ref', 'refs/heads')).toBe(heads);
    // like any push, git updates the remote-tracking ref of what it pushed (a fetch would too)
    expect(await work.git('for-each-ref', 'refs/remotes')).toBe(
      remotes + `${await origin.head(DATA)} commit\trefs/remotes/origin/${DATA}\n`,
    );
    expect(existsSync(join(work.dir, '.git', 'FETCH_HEAD'))).toBe(false);
    expect((await work.git('rev-parse', '--is-shallow-repository')).trim()).toBe('false');

    // read back: exact commit, and the latest when the commit is unknown or not stored
    const exact = await store.read({ branch: 'main', commit: c[1] });
    expect(exact.status).toBe('found');
    expect(exact.status === 'found' && exact.source).toBe(`data branch ${DATA} (by-commit/${c[1]}.json)`);
    expect(commitOf(await store.read({ branch: 'main' }))).toBe(c[1]);
    const other = await store.read({ branch: 'main', commit: c[0] });
    expect(commitOf(other)).toBe(c[1]);
    expect(other.status === 'found' && other.source).toContain('baselines/main.json');
    expect(await store.read({ branch: 'develop' })).toEqual({
      status: 'missing',
      detail: `the data branch ${DATA} has no baseline for develop yet.`,
    });
  });

  it('an older commit written after a newer one does not regress latest (by-commit still added)', async () => {
    const store = new BranchBaselineStore({ cwd: work.dir });
    expect((await store.write(snap(c[2]!, 300))).status).toBe('written');
    const w = await store.write(snap(c[0]!, 100));
    expect(w.status).toBe('skipped');
    expect(w.detail).toContain(`is of ${c[2]!.slice(0, 12)}`);
    expect(w.detail).toContain('descendant');
    expect(await latestCommit(origin)).toBe(c[2]);
    expect(await files(origin, 'by-commit')).toEqual([c[0], c[1], c[2]].map((s) => `${s}.json`).sort());
    // exact reads still find the old commit's own snapshot
    expect(commitOf(await store.read({ branch: 'main', commit: c[0] }))).toBe(c[0]);
    // writing the same snapshot again changes nothing
    expect((await store.write(snap(c[0]!, 100))).status).toBe('skipped');
  });

  it('ancestry wins over skewed commit times; unrelated commits go by commitTime', async () => {
    const { origin: o, c: cc } = await setup();
    const w = await GitRepo.clone(o.url);
    const store = new BranchBaselineStore({ cwd: w.dir });
    expect((await store.write(snap(cc[0]!, 500))).status).toBe('written'); // ancestor with a later clock
    expect((await store.write(snap(cc[2]!, 100))).status).toBe('written'); // descendant: replaces it
    expect(await latestCommit(o)).toBe(cc[2]);
    // a commit this clone does not have: ancestry unknown, commitTime decides
    const unknown = 'f'.repeat(40);
    expect((await store.write(snap(unknown, 50))).status).toBe('skipped');
    expect((await store.write(snap(unknown, 5000))).status).toBe('written');
    expect(await latestCommit(o)).toBe(unknown);
  });

  it('two concurrent writers in two clones: both land, latest is the newer commit', async () => {
    for (let round = 0; round < 3; round++) {
      const { origin: o, c: cc } = await setup();
      const [w1, w2] = [await GitRepo.clone(o.url), await GitRepo.clone(o.url)];
      const s1 = new BranchBaselineStore({ cwd: w1.dir });
      const s2 = new BranchBaselineStore({ cwd: w2.dir });
      if (round === 2) expect((await s1.write(snap(cc[0]!, 100))).status).toBe('written'); // branch exists first
      const [r1, r2] = await Promise.all([s1.write(snap(cc[1]!, 200)), s2.write(snap(cc[2]!, 300))]);
      expect(r2.status).toBe('written');
      expect(['written', 'skipped']).toContain(r1.status); // skipped when the newer one landed first
      const want = [...(round === 2 ? [cc[0]] : []), cc[1], cc[2]].map((s) => `${s}.json`).sort();
      expect(await files(o, 'by-commit')).toEqual(want);
      expect(await latestCommit(o)).toBe(cc[2]);
      // history is linear: never forced
      const parents = (await o.git('log', '--format=%H:%P', DATA))
        .trim()
        .split('\n')
        .map((l) => l.split(':')[1]!);
      expect(parents.filter((p) => p === '')).toHaveLength(1);
      expect(parents.every((p) => !p.includes(' '))).toBe(true);
      expect(parents.length).toBeGreaterThanOrEqual(round === 2 ? 3 : 2);
      expect(commitOf(await s1.read({ branch: 'main', commit: cc[1] }))).toBe(cc[1]);
    }
  });

  it('keeps only the newest keepCommits by-commit snapshots', async () => {
    const { origin: o } = await setup();
    const w = await GitRepo.clone(o.url);
    const store = new BranchBaselineStore({ cwd: w.dir, keepCommits: 3 });
    const shas = ['1', '2', '3', '4', '5'].map((d) => d.repeat(40));
    // written out of order: commit times 5, 1, 4, 2, 3
    const times = [5, 1, 4, 2, 3];
    for (let i = 0; i < shas.length; i++) await store.write(snap(shas[i]!, times[i]!));
    // kept: the newest three by commitTime (5, 4, 3)
    expect(await files(o, 'by-commit')).toEqual([shas[0], shas[2], shas[4]].map((s) => `${s}.json`).sort());
    expect(await latestCommit(o)).toBe(shas[0]);
    expect(await o.git('show', `${DATA}:README.md`)).toContain('the newest 3 are kept');
  });

  it('escapes branch names with slashes into one file per branch', async () => {
    const { origin: o, c: cc } = await setup();
    const w = await GitRepo.clone(o.url);
    const store = new BranchBaselineStore({ cwd: w.dir });
    expect((await store.write(snap(cc[0]!, 1, 'release/1.x'))).status).toBe('written');
    expect(await files(o, 'baselines')).toEqual(['release%2F1.x.json']);
    expect(commitOf(await store.read({ branch: 'release/1.x' }))).toBe(cc[0]);
    expect((await store.read({ branch: 'release' })).status).toBe('missing');
  });

  it('a shallow checkout fetches the data branch with depth 1; a custom data branch name works', async () => {
    const { origin: o, c: cc } = await setup();
    const full = await GitRepo.clone(o.url);
    const writer = new BranchBaselineStore({ cwd: full.dir, branch: 'ci/coverage-data' });
    for (let i = 0; i < 3; i++) await writer.write(snap(cc[i]!, i + 1));
    expect((await o.git('rev-list', '--count', 'ci/coverage-data')).trim()).toBe('3');
    const shallow = await GitRepo.clone(o.url, { depth: 1 });
    const reader = new BranchBaselineStore({ cwd: shallow.dir, branch: 'ci/coverage-data' });
    expect(commitOf(await reader.read({ branch: 'main', commit: cc[1] }))).toBe(cc[1]);
    expect((await shallow.git('rev-list', '--count', 'refs/quality/ci/coverage-data')).trim()).toBe('1');
    // and it can still write on top of a depth-1 tip
    expect((await reader.write(snap('e'.repeat(40), 99))).status).toBe('written');
    expect((await o.git('rev-list', '--count', 'ci/coverage-data')).trim()).toBe('4');
  });

  it('a future-schema snapshot on the data branch is unavailable with the message', async () => {
    const { origin: o, seed, c: cc } = await setup();
    await seed.git('checkout', '--quiet', '--orphan', DATA);
    await seed.git('rm', '-r', '--quiet', '--cached', '.');
    await seed.git('clean', '-fdq');
    await seed.commit('future', {
      [latestPath('main')]: JSON.stringify({
        ...snap(cc[0]!, 1),
        schema: BASELINE_SCHEMA + 1,
        writer: 'quality 9.9.9',
      }),
    });
    await seed.push('origin', DATA);
    const w = await GitRepo.clone(o.url);
    const store = new BranchBaselineStore({ cwd: w.dir });
    const r = await store.read({ branch: 'main' });
    expect(r.status).toBe('unavailable');
    expect(r.status !== 'found' && r.detail).toMatch(/schema 2, written by a newer quality \(quality 9\.9\.9\)/);
    // a write does not replace the newer writer's latest; the by-commit file is added
    const wr = await store.write(snap(cc[2]!, 999));
    expect(wr.status).toBe('skipped');
    expect(wr.detail).toContain('written by a newer quality');
    expect(await files(o, 'by-commit')).toEqual([`${cc[2]}.json`]);
  });

  describe('read-only (pull request) side', () => {
    it('a push URL that cannot be reached: write failed with what to set, read still works', async () => {
      const w = await GitRepo.clone(origin.url);
      await w.git('remote', 'set-url', '--push', 'origin', 'file:///nonexistent/quality-origin.git');
      const store = new BranchBaselineStore({ cwd: w.dir });
      const wr = await store.write(snap('d'.repeat(40), 10_000));
      expect(wr.status).toBe('failed');
      expect(wr.detail).toContain('contents: write');
      expect(wr.detail).toContain('persist-credentials');
      expect(commitOf(await store.read({ branch: 'main' }))).toBe(c[2]);
    });

    it('a remote that rejects pushes (hook): failed at once, not retried as a race', async () => {
      const { origin: o, c: cc } = await setup();
      const w = await GitRepo.clone(o.url);
      await new BranchBaselineStore({ cwd: w.dir }).write(snap(cc[0]!, 1));
      const hook = join(o.dir, 'hooks', 'pre-receive');
      await writeFile(hook, '#!/bin/sh\necho "pushes are not allowed here" >&2\nexit 1\n');
      await chmod(hook, 0o755);
      const store = new BranchBaselineStore({ cwd: w.dir });
      const t0 = Date.now();
      const wr = await store.write(snap(cc[1]!, 2));
      expect(wr.status).toBe('failed');
      expect(wr.detail).toMatch(/pre-receive hook declined|pushes are not allowed/);
      expect(Date.now() - t0).toBeLessThan(5000);
      expect(commitOf(await store.read({ branch: 'main', commit: cc[0] }))).toBe(cc[0]);
    });

    it('an unreachable remote: read unavailable, write failed, nothing thrown', async () => {
      const w = await GitRepo.clone(origin.url);
      await w.git('remote', 'set-url', 'origin', 'file:///nonexistent/quality-origin.git');
      const store = new BranchBaselineStore({ cwd: w.dir });
      const r = await store.read({ branch: 'main' });
      expect(r.status).toBe('unavailable');
      expect(r.status !== 'found' && r.detail).toContain('could not be fetched from origin');
      expect((await store.write(snap(c[2]!, 1))).status).toBe('failed');
    });

    it('a directory that is not a checkout: unavailable / failed', async () => {
      const notRepo = join(work.dir, '..');
      const store = new BranchBaselineStore({ cwd: notRepo });
      expect((await store.read({ branch: 'main' })).status).toBe('unavailable');
      expect((await store.write(snap(c[2]!, 1))).status).toBe('failed');
    });
  });

  it('refuses a data branch name that is not a ref (configuration error)', () => {
    expect(() => new BranchBaselineStore({ cwd: '.', branch: '--upload-pack=x' })).toThrow(/not a valid git ref/);
    expect(() => new BranchBaselineStore({ cwd: '.', remote: '-x' })).toThrow(/not a valid git ref/);
  });

  it('the commits are by the bot and leave no temp files', async () => {
    expect(BOT_NAME).toBe('github-actions[bot]');
    const left = (await readdir(tmpdir())).filter((n: string) => n.startsWith('quality-baseline-'));
    expect(left).toEqual([]);
  });
});
