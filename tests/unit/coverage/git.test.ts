import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { ConfigurationError } from '@quality/kit/errors';
import {
  assertRef,
  diffAgainstBase,
  ensureHistory,
  isNullSha,
  isShallow,
  lsFiles,
  mergeBase,
  repoRoot,
} from '../../../packages/coverage/src/git.js';
import { GitRepo, removeAll } from '../../support/git-repo.js';

afterAll(removeAll);

const lines = (n: number, tag = 'line') => Array.from({ length: n }, (_, i) => `${tag} ${i + 1}`).join('\n') + '\n';

/**
 * origin (bare) <- work:
 *   main:    A - B ------------- C (main moved on: touches other.txt)
 *                 \
 *   feature:       F1 (edit a.txt, rename old.txt -> moved/new.txt with one edit, add n.txt, delete d.txt)
 *                  - F2 ... F<k> (filler commits, to make the fork deep)
 */
let origin: GitRepo;
let work: GitRepo;
let B: string;
let C: string;
let F: string;
const FILLER = 30;

beforeAll(async () => {
  origin = await GitRepo.init({ bare: true });
  work = await GitRepo.init();
  await work.commit('A', {
    'a.txt': lines(10),
    'old.txt': lines(20, 'old'),
    'd.txt': 'bye\n',
    'other.txt': 'o\n',
    'sp ace/naïve.txt': 'x\n',
  });
  B = await work.commit('B', { 'a.txt': lines(12) });
  await work.branch('feature');
  await work.write({
    'a.txt': lines(12).replace('line 3\n', 'LINE 3\n').replace('line 12\n', 'line 12\nline 13\nline 14\n'),
  });
  await work.git('rm', '--quiet', 'd.txt');
  await work.rename('F1', 'old.txt', 'moved/new.txt', {
    'moved/new.txt': lines(20, 'old').replace('old 7\n', 'new 7\n'),
    'n.txt': 'n1\nn2\n',
  });
  for (let i = 0; i < FILLER; i++) await work.commit(`filler ${i}`, { 'filler.txt': `${i}\n` });
  F = await work.head();
  await work.checkout('main');
  C = await work.commit('C', { 'other.txt': 'o\nmore\n' });
  await work.addRemote(origin);
  await work.push('origin', 'main', 'feature');
});

describe('git helpers on a full clone', () => {
  it('lists tracked files relative to the top level, with spaces and UTF-8', async () => {
    const files = await lsFiles(work.dir);
    expect(files.sort()).toEqual(['a.txt', 'd.txt', 'old.txt', 'other.txt', 'sp ace/naïve.txt']);
    expect(await repoRoot(`${work.dir}/sp ace`)).toBe(work.dir);
    expect((await lsFiles(`${work.dir}/sp ace`)).sort()).toEqual(files.sort());
    expect(await isShallow(work.dir)).toBe(false);
  });

  it('diffs the head against the merge base: renames follow, the base branch moving on is not part of the change', async () => {
    expect(await mergeBase(work.dir, 'main', 'feature')).toBe(B);
    expect(await ensureHistory(work.dir, 'main', { allowFetch: false, head: 'feature' })).toBe(B);
    const d = await diffAgainstBase(work.dir, 'main', 'feature');
    const byPath = Object.fromEntries(d.files.map((f) => [f.path, f]));
    expect(Object.keys(byPath).sort()).toEqual(['a.txt', 'filler.txt', 'moved/new.txt', 'n.txt']);
    expect(byPath['a.txt']!.added).toEqual([3, 13, 14]);
    expect(byPath['moved/new.txt']).toEqual({
      path: 'moved/new.txt',
      oldPath: 'old.txt',
      status: 'renamed',
      added: [7],
    });
    expect(byPath['n.txt']).toEqual({ path: 'n.txt', oldPath: null, status: 'added', added: [1, 2] });
    expect(byPath['other.txt']).toBeUndefined(); // C is on main only
  });

  it('returns null for unrelated histories, and ensureHistory explains it', async () => {
    const lone = await GitRepo.init();
    await lone.commit('x', { 'x.txt': 'x\n' });
    await lone.git('fetch', '--quiet', work.url, 'main:refs/remotes/w/main');
    expect(await mergeBase(lone.dir, 'w/main', 'HEAD')).toBeNull();
    await expect(ensureHistory(lone.dir, 'w/main', { allowFetch: true })).rejects.toThrow(
      /no common ancestor \(unrelated histories\)/,
    );
  });
});

describe('refs from users', () => {
  it('refuses refs that could become options or are not ref names', async () => {
    for (const bad of [
      '--upload-pack=touch /tmp/x',
      '-x',
      'a..b',
      'a b',
      'x^{tree}',
      'x:y',
      'a/.hidden',
      'x.lock',
      '',
      '@',
      'a@{1}',
      'a\\b',
    ]) {
      expect(() => assertRef(bad)).toThrow(ConfigurationError);
    }
    for (const ok of ['main', 'origin/main', 'HEAD', 'release/1.x', 'a'.repeat(40), 'feature/naïve'])
      expect(() => assertRef(ok)).not.toThrow();
    await expect(mergeBase(work.dir, '--output=/tmp/pwned', 'HEAD')).rejects.toThrow(ConfigurationError);
    await expect(diffAgainstBase(work.dir, 'main', '--output=/tmp/pwned')).rejects.toThrow(ConfigurationError);
    await expect(
      ensureHistory(work.dir, 'main', { allowFetch: true, remote: '--upload-pack=touch /tmp/x' }),
    ).rejects.toThrow(ConfigurationError);
  });

  it('recognises the all-zero SHA of a new branch', async () => {
    expect(isNullSha('0000000000000000000000000000000000000000')).toBe(true);
    expect(isNullSha('0'.repeat(64))).toBe(true);
    expect(isNullSha('0000000')).toBe(false);
    expect(isNullSha(B)).toBe(false);
    expect(isNullSha(undefined)).toBe(false);
    await expect(ensureHistory(work.dir, '0'.repeat(40), { allowFetch: true })).rejects.toThrow(/all-zero/);
  });
});

describe('shallow clones (actions/checkout fetch-depth: 1)', () => {
  it('says to set fetch-depth: 0 when fetching is not allowed', async () => {
    const shallow = await GitRepo.clone(origin.url, { depth: 1, branch: 'feature' });
    expect(await isShallow(shallow.dir)).toBe(true);
    expect(await shallow.has(C)).toBe(false);
    await expect(ensureHistory(shallow.dir, C, { allowFetch: false })).rejects.toThrow(
      /actions\/checkout with `fetch-depth: 0`/,
    );
    // The base present but the fork point not: same advice.
    await shallow.git('fetch', '--quiet', '--depth=1', 'origin', C);
    await expect(ensureHistory(shallow.dir, C, { allowFetch: false })).rejects.toThrow(
      /shallow clone.*`fetch-depth: 0`/,
    );
    await expect(diffAgainstBase(shallow.dir, C)).rejects.toThrow(/`fetch-depth: 0`/);
  });

  it('fetches a missing base SHA and deepens both sides step by step until the merge base appears', async () => {
    const shallow = await GitRepo.clone(origin.url, { depth: 1, branch: 'feature' });
    expect(await shallow.has(B)).toBe(false);
    const mb = await ensureHistory(shallow.dir, C, { allowFetch: true, step: 4 });
    expect(mb).toBe(B);
    expect(await shallow.has(C)).toBe(true);
    expect(await shallow.head()).toBe(F);
    // Deepening by 4, 8, 16 fetched enough, not the whole history... and the diff equals the full clone's.
    const full = await diffAgainstBase(work.dir, C, F);
    expect(await diffAgainstBase(shallow.dir, C)).toEqual(full);
  });

  it('fetches a base given as a branch name (with or without the remote prefix)', async () => {
    for (const base of ['main', 'origin/main']) {
      const shallow = await GitRepo.clone(origin.url, { depth: 1, branch: 'feature' });
      expect(await ensureHistory(shallow.dir, base, { allowFetch: true })).toBe(B);
    }
  });

  it('gives up after maxDeepen commits with the fetch-depth advice', async () => {
    const shallow = await GitRepo.clone(origin.url, { depth: 1, branch: 'feature' });
    await expect(ensureHistory(shallow.dir, C, { allowFetch: true, step: 2, maxDeepen: 6 })).rejects.toThrow(
      /within 6 more commits.*actions\/checkout with `fetch-depth: 0`/,
    );
  });

  it('fetches a missing base into a FULL clone without making it shallow', async () => {
    const full = await GitRepo.clone(origin.url, { branch: 'feature' });
    // The base moves on after the clone (another push to origin).
    const other = await GitRepo.clone(origin.url, { branch: 'main' });
    const D = await other.commit('D', { 'other.txt': 'o\nmore\nand more\n' });
    await other.git('push', '--quiet', 'origin', 'HEAD:refs/heads/main2');
    expect(await full.has(D)).toBe(false);
    expect(await ensureHistory(full.dir, D, { allowFetch: true })).toBe(B);
    expect(await full.has(D)).toBe(true);
    expect(await isShallow(full.dir)).toBe(false);
  });

  it('fails clearly when the base does not exist on the remote', async () => {
    const shallow = await GitRepo.clone(origin.url, { depth: 1, branch: 'feature' });
    await expect(ensureHistory(shallow.dir, 'no-such-branch', { allowFetch: true })).rejects.toThrow(
      /could not be fetched from origin/,
    );
  });
});
