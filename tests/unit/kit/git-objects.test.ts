/** kit's commit reader against real git: the merge base git names, or "ask git". */
import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { chownSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyDelta, commitParents, knownMergeBase } from '../../../packages/kit/src/git-objects.js';
import { GitRepo, makeTempDir, removeAll, runGit } from '../../support/git-repo.js';

afterAll(removeAll);

/** What git says: the merge bases of base and HEAD. */
async function gitMergeBases(repo: GitRepo, base: string): Promise<string[]> {
  return (await repo.git('merge-base', '--all', base, 'HEAD')).trim().split('\n').filter(Boolean);
}

async function linear(n: number, message = (i: number) => `commit ${i}`): Promise<{ repo: GitRepo; shas: string[] }> {
  const repo = await GitRepo.init();
  const shas: string[] = [];
  for (let i = 0; i < n; i++) shas.push(await repo.commit(message(i), { [`f${i % 3}.txt`]: `${i}\n` }));
  return { repo, shas };
}

/** The pack's entries as `git verify-pack -v` lists them: sha, type, and the delta base when stored as one. */
async function packEntries(repo: GitRepo): Promise<{ sha: string; type: string; delta: boolean }[]> {
  const dir = join(repo.dir, '.git/objects/pack');
  const idx = readdirSync(dir).filter((n) => n.endsWith('.idx'));
  const out = await repo.git('verify-pack', '-v', ...idx.map((n) => join(dir, n)));
  return out
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => /^[0-9a-f]{40}$/.test(f[0] ?? '') && ['commit', 'tree', 'blob', 'tag'].includes(f[1] ?? ''))
    .map((f) => ({ sha: f[0]!, type: f[1]!, delta: f.length >= 7 }));
}

describe('knownMergeBase', () => {
  it('names a base among HEAD ancestors as the merge base, as git does, from loose objects', async () => {
    const { repo, shas } = await linear(6);
    for (const base of shas) {
      expect(knownMergeBase(repo.dir, base)).toEqual({ topLevel: repo.dir, mergeBase: base });
      expect(await gitMergeBases(repo, base)).toEqual([base]);
    }
    // Upper-case hex is the same commit; git prints lower case.
    expect(knownMergeBase(repo.dir, shas[2]!.toUpperCase())?.mergeBase).toBe(shas[2]);
  });

  it('walks both parents of a merge commit (a pull request merge ref), and not past maxCommits', async () => {
    const repo = await GitRepo.init();
    const base = await repo.commit('base', { 'a.txt': '1\n' });
    await repo.branch('feature');
    const f1 = await repo.commit('f1', { 'b.txt': '1\n' });
    const f2 = await repo.commit('f2', { 'b.txt': '2\n' });
    await repo.checkout('main');
    const m1 = await repo.commit('m1', { 'a.txt': '2\n' });
    await repo.git('checkout', '-q', '--detach', 'main');
    await repo.git('merge', '-q', '--no-ff', '-m', 'merge', 'feature');
    for (const b of [m1, base, f1, f2]) {
      expect(knownMergeBase(repo.dir, b)?.mergeBase).toBe(b);
      expect(await gitMergeBases(repo, b)).toEqual([b]);
    }
    // HEAD, then m1 and f2: f1 is the fourth commit walked.
    expect(knownMergeBase(repo.dir, f1, { maxCommits: 3 })).toBeUndefined();
    expect(knownMergeBase(repo.dir, f1, { maxCommits: 4 })?.mergeBase).toBe(f1);
  });

  it('leaves a base that is not an ancestor (a branch behind or beside HEAD) to git', async () => {
    const repo = await GitRepo.init();
    const base = await repo.commit('base', { 'a.txt': '1\n' });
    await repo.git('branch', 'other');
    const head = await repo.commit('main', { 'a.txt': '2\n' });
    await repo.checkout('other');
    const side = await repo.commit('other', { 'b.txt': '1\n' });
    await repo.checkout('main');
    expect(knownMergeBase(repo.dir, side)).toBeUndefined();
    expect(await gitMergeBases(repo, side)).toEqual([base]);
    expect(knownMergeBase(repo.dir, head)?.mergeBase).toBe(head);
    expect(knownMergeBase(repo.dir, 'f'.repeat(40))).toBeUndefined(); // no such commit
    expect(knownMergeBase(repo.dir, 'main')).toBeUndefined(); // a name: git's to resolve
  });

  it('reads packed commits stored whole, as offset deltas and as reference deltas, beside loose ones', async () => {
    // Long, nearly equal messages make git store commits as deltas of each other.
    const message = (i: number) => `change ${i}\n\n${'A long description that repeats. '.repeat(60)}${i}`;
    for (const offsets of [true, false]) {
      const { repo, shas } = await linear(40, message);
      await repo.git('-c', `repack.useDeltaBaseOffset=${offsets}`, 'repack', '-adf', '--window=50', '--depth=50');
      const entries = await packEntries(repo);
      expect(entries.filter((e) => e.type === 'commit' && e.delta).length).toBeGreaterThan(10);
      const later = [
        await repo.commit('loose 1', { 'x.txt': '1\n' }),
        await repo.commit('loose 2', { 'x.txt': '2\n' }),
      ];
      for (const base of [shas[0]!, shas[20]!, shas[39]!, later[0]!]) {
        expect(knownMergeBase(repo.dir, base)?.mergeBase).toBe(base);
      }
      // The packed commit read back is the commit git prints.
      const parents = (await repo.git('rev-parse', `${shas[30]}^@`)).trim().split('\n');
      expect(parents).toEqual([shas[29]]);
    }
  });

  it('follows HEAD through a loose branch ref and through packed-refs', async () => {
    const { repo, shas } = await linear(3);
    expect(knownMergeBase(repo.dir, shas[0]!)?.mergeBase).toBe(shas[0]);
    await repo.git('pack-refs', '--all', '--prune');
    expect(readdirSync(join(repo.dir, '.git/refs/heads'))).toEqual([]);
    expect(knownMergeBase(repo.dir, shas[0]!)?.mergeBase).toBe(shas[0]);
  });

  it('walks a shallow clone as git does: its boundary commits have no parents', async () => {
    const { repo: origin, shas } = await linear(5);
    const clone = await GitRepo.clone(origin.url, { depth: 2 });
    expect(knownMergeBase(clone.dir, shas[3]!)?.mergeBase).toBe(shas[3]);
    expect(knownMergeBase(clone.dir, shas[1]!)).toBeUndefined();
    await expect(gitMergeBases(clone, shas[1]!)).rejects.toThrow();
    // Deepened: the commits are there but still cut where .git/shallow says.
    await clone.git('fetch', '-q', '--deepen=1');
    expect(knownMergeBase(clone.dir, shas[2]!)?.mergeBase).toBe(shas[2]);
    expect(knownMergeBase(clone.dir, shas[1]!)).toBeUndefined();
  });

  it('finds the top level from a subfolder and through a link, as git prints it', async () => {
    const { repo, shas } = await linear(2);
    mkdirSync(join(repo.dir, 'sub/deeper'), { recursive: true });
    const link = join(await makeTempDir(), 'link');
    symlinkSync(repo.dir, link);
    for (const cwd of [join(repo.dir, 'sub/deeper'), link, join(link, 'sub')]) {
      const top = (await runGit(cwd, ['rev-parse', '--show-toplevel'])).trim();
      expect(knownMergeBase(cwd, shas[0]!)).toEqual({ topLevel: top, mergeBase: shas[0] });
    }
  });

  it('leaves it to git for grafts, replace refs, a worktree, a redirecting variable, unusual config, or another owner', async () => {
    const make = async () => {
      const { repo, shas } = await linear(3);
      expect(knownMergeBase(repo.dir, shas[0]!)).toBeDefined();
      return { repo, base: shas[0]! };
    };
    {
      const { repo, base } = await make();
      writeFileSync(join(repo.dir, '.git/info/grafts'), '');
      expect(knownMergeBase(repo.dir, base)).toBeUndefined();
    }
    {
      const { repo, base } = await make();
      await repo.git('replace', base, await repo.head('HEAD~1'));
      expect(knownMergeBase(repo.dir, base)).toBeUndefined();
      await repo.git('pack-refs', '--all', '--prune');
      expect(knownMergeBase(repo.dir, base)).toBeUndefined();
    }
    {
      const { repo, base } = await make();
      const wt = join(await makeTempDir(), 'wt');
      await repo.git('worktree', 'add', '-q', '--detach', wt);
      expect(knownMergeBase(wt, base)).toBeUndefined();
    }
    {
      const { repo, base } = await make();
      for (const k of ['GIT_DIR', 'GIT_OBJECT_DIRECTORY', 'GIT_CEILING_DIRECTORIES', 'GIT_SHALLOW_FILE']) {
        expect(knownMergeBase(repo.dir, base, { env: { [k]: '/x' } })).toBeUndefined();
      }
      expect(knownMergeBase(repo.dir, base, { env: {} })).toBeDefined();
    }
    for (const [key, value] of [
      ['core.worktree', '/elsewhere'],
      ['include.path', '/dev/null'],
      ['core.useReplaceRefs', 'false'],
      ['core.bare', 'true'],
    ] as const) {
      const { repo, base } = await make();
      await repo.git('config', key, value);
      expect(knownMergeBase(repo.dir, base)).toBeUndefined();
    }
    {
      const sha256 = await makeTempDir();
      await runGit(sha256, ['init', '-q', '--object-format=sha256']);
      writeFileSync(join(sha256, 'a.txt'), 'a\n');
      await runGit(sha256, ['add', 'a.txt']);
      await runGit(sha256, ['commit', '-q', '-m', 'a']);
      const head = (await runGit(sha256, ['rev-parse', 'HEAD'])).trim();
      expect(knownMergeBase(sha256, head)).toBeUndefined();
    }
    if (process.geteuid?.() === 0) {
      // git refuses a repository another user owns (safe.directory): so does this reader.
      const { repo, base } = await make();
      chownSync(join(repo.dir, '.git'), 12345, 12345);
      expect(knownMergeBase(repo.dir, base)).toBeUndefined();
    }
    // A folder on the way up that is itself a repository: git stops there.
    {
      const bare = await GitRepo.init({ bare: true });
      mkdirSync(join(bare.dir, 'inside'));
      expect(knownMergeBase(join(bare.dir, 'inside'), 'a'.repeat(40))).toBeUndefined();
    }
    expect(knownMergeBase(await makeTempDir(), 'a'.repeat(40))).toBeUndefined(); // no repository
  });

  it('never throws on altered objects, packs or indexes: the answer is right or undefined', async () => {
    const { repo, shas } = await linear(12, (i) => `c${i}\n\n${'same text '.repeat(40)}`);
    await repo.git('repack', '-adf', '--window=20', '--depth=20');
    await repo.commit('loose', { 'y.txt': 'y\n' });
    const files = [
      ...readdirSync(join(repo.dir, '.git/objects/pack')).map((n) => join(repo.dir, '.git/objects/pack', n)),
      ...(await repo.git('rev-parse', 'HEAD'))
        .trim()
        .replace(/^(..)(.*)$/, (_, a: string, b: string) => join(repo.dir, '.git/objects', a, b))
        .split('\n'),
    ].filter((f) => !f.endsWith('.rev'));
    const originals = files.map((f) => readFileSync(f));
    fc.assert(
      fc.property(
        fc.nat({ max: files.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
        (which, edits) => {
          const b = Buffer.from(originals[which]!);
          for (const [at, byte] of edits) b[at % b.length] = byte;
          writeFileSync(files[which]!, b);
          try {
            const r = knownMergeBase(repo.dir, shas[0]!);
            expect(r === undefined || r.mergeBase === shas[0]).toBe(true);
          } finally {
            writeFileSync(files[which]!, originals[which]!);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('commitParents and applyDelta', () => {
  it('read a commit header and git delta instructions, and refuse malformed ones', () => {
    const t = `tree ${'1'.repeat(40)}\n`;
    expect(commitParents(Buffer.from(`${t}author x\n\nmsg\nparent ${'2'.repeat(40)}\n`))).toEqual([]);
    expect(commitParents(Buffer.from(`${t}parent ${'2'.repeat(40)}\nparent ${'3'.repeat(40)}\nauthor x\n`))).toEqual([
      '2'.repeat(40),
      '3'.repeat(40),
    ]);
    expect(() => commitParents(Buffer.from('blob'))).toThrow();
    expect(() => commitParents(Buffer.from(`${t}parent xyz\n`))).toThrow();

    const base = Buffer.from('0123456789');
    // Sizes 10 -> 7; copy 4 bytes from offset 2; insert "abc".
    const delta = Buffer.from([10, 7, 0x80 | 0x01 | 0x10, 2, 4, 3, 0x61, 0x62, 0x63]);
    expect(applyDelta(base, delta).toString()).toBe('2345abc');
    expect(() => applyDelta(base, Buffer.from([9, 7]))).toThrow(/base size/);
    expect(() => applyDelta(base, Buffer.from([10, 7, 0x80 | 0x01 | 0x10, 8, 4]))).toThrow(/copy/);
    expect(() => applyDelta(base, Buffer.from([10, 3, 0]))).toThrow();
    expect(() => applyDelta(base, Buffer.from([10, 4, 3, 0x61, 0x62, 0x63]))).toThrow(/size/);
  });
});
