/** kit's index reader against real git: it lists what `git ls-files` lists, or leaves it to git. */
import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lsFiles, trackedFiles } from '@quality/kit/git';
import { indexFiles, parseIndex } from '../../../packages/kit/src/git-index.js';
import { GitRepo, gitRuns, makeTempDir, removeAll, runGit } from '../../support/git-repo.js';

afterAll(removeAll);

/** An index entry without a file on disk: any name and mode (the object: a.txt's blob, or HEAD for a gitlink). */
async function addEntry(repo: GitRepo, name: string, mode = '100644'): Promise<void> {
  const object = (await repo.git('rev-parse', mode === '160000' ? 'HEAD' : 'HEAD:a.txt')).trim();
  await repo.git('update-index', '--add', '--cacheinfo', `${mode},${object},${name}`);
}

async function withNames(): Promise<GitRepo> {
  const repo = await GitRepo.init();
  await repo.commit('base', {
    'a.txt': 'a\n',
    'src/deep/er/x.ts': 'x\n',
    'src/deep/er/y.ts': 'y\n',
    'src/deep/z.ts': 'z\n',
    'sp ace.txt': 's\n',
    'ünï/cödé.js': 'u\n',
    'q"uote\\back.txt': 'q\n',
  });
  await addEntry(repo, 'line\nbreak.txt');
  await addEntry(repo, 'tab\there.txt');
  // Longer than the 12-bit name length field (0xfff): only possible as an index entry here.
  await addEntry(repo, `${'long/'.repeat(900)}end.txt`);
  await addEntry(repo, 'vendor/lib', '160000');
  await addEntry(repo, 'link', '120000');
  return repo;
}

describe('indexFiles', () => {
  it('lists what ls-files lists, in its order, for index versions 2, 3 and 4', async () => {
    const repo = await withNames();
    const v2 = await lsFiles(repo.dir);
    expect(v2).toContain(`${'long/'.repeat(900)}end.txt`);
    expect(v2).toContain('line\nbreak.txt');
    expect(readFileSync(join(repo.dir, '.git/index')).readUInt32BE(4)).toBe(2);
    expect(indexFiles(repo.dir)).toEqual(v2);

    // An intent-to-add entry needs the extended flags: git writes version 3.
    writeFileSync(join(repo.dir, 'later.txt'), 'l\n');
    await repo.git('add', '-N', 'later.txt');
    expect(readFileSync(join(repo.dir, '.git/index')).readUInt32BE(4)).toBe(3);
    const v3 = await lsFiles(repo.dir);
    expect(v3).toContain('later.txt');
    expect(indexFiles(repo.dir)).toEqual(v3);

    // Version 4 compresses each name against the one before it.
    await repo.git('update-index', '--index-version', '4');
    expect(readFileSync(join(repo.dir, '.git/index')).readUInt32BE(4)).toBe(4);
    expect(indexFiles(repo.dir)).toEqual(await lsFiles(repo.dir));
  });

  it('lists an unmerged path once per stage, as ls-files does', async () => {
    const repo = await GitRepo.init();
    await repo.commit('base', { 'c.txt': 'base\n', 'd.txt': 'd\n' });
    await repo.git('checkout', '-q', '-b', 'other');
    await repo.commit('other', { 'c.txt': 'other\n' });
    await repo.git('checkout', '-q', 'main');
    await repo.commit('main', { 'c.txt': 'main\n' });
    await repo.git('merge', 'other').catch(() => undefined); // a conflict
    const listed = await lsFiles(repo.dir);
    expect(listed.filter((f) => f === 'c.txt')).toHaveLength(3);
    expect(indexFiles(repo.dir)).toEqual(listed);
  });

  it('is empty for a repository with nothing added yet', async () => {
    const repo = await GitRepo.init();
    expect(indexFiles(repo.dir)).toEqual([]);
    expect(await lsFiles(repo.dir)).toEqual([]);
  });

  it('leaves it to git for a split or sparse index, SHA-256, a worktree, GIT_DIR, or a large index', async () => {
    const split = await withNames();
    await split.git('update-index', '--split-index');
    expect(indexFiles(split.dir)).toBeUndefined();
    expect(await trackedFiles(split.dir, split.dir)).toEqual(await lsFiles(split.dir));

    const sparse = await GitRepo.init();
    await sparse.commit('base', { 'in/a.txt': 'a\n', 'out/b.txt': 'b\n', 'top.txt': 't\n' });
    await sparse.git('sparse-checkout', 'set', '--cone', '--sparse-index', 'in');
    expect(indexFiles(sparse.dir)).toBeUndefined();
    expect(await trackedFiles(sparse.dir, sparse.dir)).toEqual(['in/a.txt', 'out/b.txt', 'top.txt']);

    const sha256 = await makeTempDir();
    await runGit(sha256, ['init', '-q', '--object-format=sha256']);
    writeFileSync(join(sha256, 'a.txt'), 'a\n');
    await runGit(sha256, ['add', 'a.txt']);
    expect(indexFiles(sha256)).toBeUndefined();
    expect(await trackedFiles(sha256, sha256)).toEqual(['a.txt']);

    const main = await GitRepo.init();
    await main.commit('base', { 'a.txt': 'a\n', 'src/b.txt': 'b\n' });
    const wt = join(await makeTempDir(), 'wt');
    await main.git('worktree', 'add', '-q', wt);
    expect(indexFiles(wt)).toBeUndefined();
    expect(await trackedFiles(wt, wt)).toEqual(await lsFiles(wt));

    expect(indexFiles(main.dir, { env: { GIT_DIR: join(main.dir, '.git') } })).toBeUndefined();
    expect(indexFiles(main.dir, { env: { GIT_INDEX_FILE: '/elsewhere' } })).toBeUndefined();
    expect(indexFiles(main.dir, { maxBytes: 100 })).toBeUndefined();
    expect(indexFiles(main.dir, { maxBytes: 1 << 20 })).toEqual(await lsFiles(main.dir));

    await main.git('config', 'core.worktree', main.dir);
    expect(indexFiles(main.dir)).toBeUndefined();
  });

  it('gives the gate its files without an ls-files run', async () => {
    const repo = await withNames();
    let files: string[] = [];
    expect(await gitRuns(async () => (files = await trackedFiles(repo.dir, repo.dir)))).toEqual([]);
    expect(files).toEqual(await lsFiles(repo.dir));
  });
});

describe('parseIndex', () => {
  it('refuses what is not a whole, well-formed index', async () => {
    const repo = await withNames();
    const data = readFileSync(join(repo.dir, '.git/index'));
    expect(parseIndex(data)).toEqual(await lsFiles(repo.dir));
    expect(parseIndex(data.subarray(0, data.length - 30))).toBeUndefined();
    expect(parseIndex(Buffer.from('DIRC'))).toBeUndefined();
    expect(parseIndex(Buffer.alloc(0))).toBeUndefined();
    const badVersion = Buffer.from(data);
    badVersion.writeUInt32BE(5, 4);
    expect(parseIndex(badVersion)).toBeUndefined();
    const tooMany = Buffer.from(data);
    tooMany.writeUInt32BE(0xffffffff, 8);
    expect(parseIndex(tooMany)).toBeUndefined();
  });

  it('never throws or runs long on altered bytes', async () => {
    const repo = await withNames();
    await repo.git('update-index', '--index-version', '4');
    const v4 = readFileSync(join(repo.dir, '.git/index'));
    await repo.git('update-index', '--index-version', '2');
    const v2 = readFileSync(join(repo.dir, '.git/index'));
    fc.assert(
      fc.property(
        fc.constantFrom(v2, v4),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        (orig, edits) => {
          const b = Buffer.from(orig);
          for (const [at, byte] of edits) b[at % b.length] = byte;
          const out = parseIndex(b);
          expect(out === undefined || Array.isArray(out)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
