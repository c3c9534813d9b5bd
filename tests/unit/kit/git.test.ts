/** kit's git module against real git in temp repositories. */
import { afterAll, describe, expect, it } from '@jest/globals';
import {
  GitError,
  assertRef,
  ensureHistory,
  isNullSha,
  isSha,
  isShallow,
  lsFiles,
  mergeBase,
  repoRoot,
  resolveCommit,
  runGit,
  topLevelAndMergeBases,
} from '@quality/kit/git';
import { readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { GitRepo, gitRuns, makeTempDir, removeAll } from '../../support/git-repo.js';

afterAll(removeAll);

const readLinkQuietly = (p: string): string => {
  try {
    return readlinkSync(p);
  } catch {
    return '';
  }
};

describe('runGit', () => {
  it('returns stdout, rejects with a GitError on a failing exit code, or resolves with any code when asked', async () => {
    const repo = await GitRepo.init();
    const head = await repo.commit('one', { 'a.txt': 'a\n' });
    expect((await runGit(repo.dir, ['rev-parse', 'HEAD'])).stdout.toString().trim()).toBe(head);
    const e = await runGit(repo.dir, ['rev-parse', '--verify', 'nope']).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(GitError);
    expect((e as GitError).code).toBe(128);
    const any = await runGit(repo.dir, ['rev-parse', '--verify', '--quiet', 'nope'], { ok: 'any' });
    expect(any.code).toBe(1);
  });

  it('feeds stdin, sets and removes variables, and passes config through the environment', async () => {
    const repo = await GitRepo.init();
    const blob = await runGit(repo.dir, ['hash-object', '--stdin'], { input: 'hello\n' });
    expect(blob.stdout.toString().trim()).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    const ident = await runGit(repo.dir, ['var', 'GIT_AUTHOR_IDENT'], {
      env: { GIT_AUTHOR_NAME: 'Bot', GIT_AUTHOR_EMAIL: 'bot@example.com' },
    });
    expect(ident.stdout.toString()).toMatch(/^Bot <bot@example\.com>/);
    const other = await makeTempDir();
    process.env['GIT_DIR'] = other; // an inherited GIT_DIR would point git elsewhere
    try {
      const top = await runGit(repo.dir, ['rev-parse', '--show-toplevel'], { unsetEnv: ['GIT_DIR'] });
      expect(top.stdout.toString().trim()).toBe(repo.dir);
    } finally {
      delete process.env['GIT_DIR'];
    }
    const cfg = await runGit(repo.dir, ['config', '--get', 'quality.secret'], {
      configEnv: [['quality.secret', 'value-not-on-the-command-line']],
    });
    expect(cfg.stdout.toString().trim()).toBe('value-not-on-the-command-line');
  });

  it('a git that runs past its deadline is stopped, and says so', async () => {
    const repo = await GitRepo.init();
    const slow = await runGit(repo.dir, ['-c', 'alias.wait=!sleep 1', 'wait'], { timeoutMs: 200, ok: 'any' });
    expect(slow.stderr).toMatch(/git stopped by SIGTERM/);
  });

  it('passes output through temporary files it leaves nothing of, in chunks to onStdout, and pipes when told or when it must', async () => {
    const repo = await GitRepo.init();
    // Over two read chunks (1 MiB each), and a stderr line.
    const big = Buffer.alloc(2.5 * 1024 * 1024, 'abcdefghij\n');
    await repo.commit('big', { 'big.txt': big });
    const tmp = await makeTempDir();
    const saved = process.env['TMPDIR'];
    process.env['TMPDIR'] = tmp;
    try {
      const whole = await runGit(repo.dir, ['show', 'HEAD:big.txt']);
      expect(whole.stdout.equals(big)).toBe(true);
      const chunks: Buffer[] = [];
      const open: string[] = [];
      await runGit(repo.dir, ['show', 'HEAD:big.txt'], {
        onStdout: (c) => {
          chunks.push(c);
          // The output came through a file, already without a name (Linux shows where fds point).
          if (chunks.length === 1 && process.platform === 'linux')
            for (const fd of readdirSync('/proc/self/fd')) open.push(readLinkQuietly(`/proc/self/fd/${fd}`));
        },
      });
      if (process.platform === 'linux')
        expect(open.filter((l) => /quality-git-.* \(deleted\)$/.test(l))).toHaveLength(2);
      expect(chunks.length).toBeGreaterThan(2);
      expect(Buffer.concat(chunks).equals(big)).toBe(true);
      // A consumer that refuses the output: its error, once, and no further chunks.
      let calls = 0;
      const refused = await runGit(repo.dir, ['show', 'HEAD:big.txt'], {
        onStdout: () => {
          calls++;
          throw new Error('too much');
        },
      }).catch((e: unknown) => e);
      expect(String(refused)).toMatch(/too much/);
      expect(calls).toBe(1);
      const failed = await runGit(repo.dir, ['show', 'HEAD:nope.txt']).catch((e: unknown) => e);
      expect(failed).toBeInstanceOf(GitError);
      expect((failed as GitError).stderr).toMatch(/nope\.txt/);
      // Pipes, asked for (the same bytes), and a missing git: the spawn error, files closed.
      expect((await runGit(repo.dir, ['show', 'HEAD:big.txt'], { pipes: true })).stdout.equals(big)).toBe(true);
      const noGit = await runGit(repo.dir, ['status'], { env: { PATH: tmp } }).catch((e: unknown) => e);
      expect((noGit as NodeJS.ErrnoException).code).toBe('ENOENT');
      expect(readdirSync(tmp)).toEqual([]);
      // No writable temporary folder: pipes, the same answer.
      process.env['TMPDIR'] = join(tmp, 'missing');
      expect((await runGit(repo.dir, ['rev-parse', 'HEAD'])).stdout.toString().trim()).toBe(await repo.head());
    } finally {
      if (saved === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = saved;
    }
  });
});

describe('repository helpers', () => {
  it('repoRoot, lsFiles (full names from a sub-folder), resolveCommit, mergeBase, isShallow', async () => {
    const repo = await GitRepo.init();
    const base = await repo.commit('base', { 'src/a.ts': 'a\n', 'README.md': 'r\n' });
    await repo.branch('feature');
    await repo.checkout('feature');
    const head = await repo.commit('feature', { 'src/b.ts': 'b\n' });
    expect(await repoRoot(`${repo.dir}/src`)).toBe(repo.dir);
    expect((await lsFiles(`${repo.dir}/src`)).sort()).toEqual(['README.md', 'src/a.ts', 'src/b.ts']);
    expect(await resolveCommit(repo.dir, 'main')).toBe(base);
    expect(await resolveCommit(repo.dir, 'no-such-branch')).toBeNull();
    expect(await mergeBase(repo.dir, 'main', head)).toBe(base);
    expect(await isShallow(repo.dir)).toBe(false);
    const shallow = await GitRepo.clone(repo.url, { depth: 1, branch: 'feature' });
    expect(await isShallow(shallow.dir)).toBe(true);
  });

  it('ensureHistory: one git run when both commits and their merge base are here', async () => {
    const repo = await GitRepo.init();
    const base = await repo.commit('base', { 'a.txt': 'a\n' });
    await repo.branch('feature');
    await repo.checkout('feature');
    await repo.commit('feature', { 'b.txt': 'b\n' });
    let mb = '';
    expect(await gitRuns(async () => (mb = await ensureHistory(repo.dir, 'main', { allowFetch: false })))).toEqual([
      'merge-base',
    ]);
    expect(mb).toBe(base);
    // A base that is not here: the careful path names what is missing.
    const missing = 'f'.repeat(40);
    await expect(ensureHistory(repo.dir, missing, { allowFetch: false })).rejects.toThrow(
      /The base commit f{40} is not in this clone/,
    );
  });

  it('topLevelAndMergeBases: the top level and every merge base in one git run', async () => {
    const repo = await GitRepo.init();
    const base = await repo.commit('base', { 'src/a.ts': 'a\n' });
    await repo.branch('x');
    await repo.checkout('x');
    const x1 = await repo.commit('x1', { 'x.txt': '1\n' });
    await repo.checkout('main');
    const m1 = await repo.commit('m1', { 'm.txt': '1\n' });
    let r: Awaited<ReturnType<typeof topLevelAndMergeBases>> | undefined;
    expect(await gitRuns(async () => (r = await topLevelAndMergeBases(`${repo.dir}/src`, 'x', 'HEAD')))).toEqual([
      'rev-parse',
    ]);
    expect(r).toEqual({ topLevel: repo.dir, mergeBases: [base] });
    expect((await topLevelAndMergeBases(repo.dir, 'HEAD', 'HEAD')).mergeBases).toEqual([m1]);
    // Criss-cross merges: two merge bases, both listed (git merge-base would pick one).
    await repo.git('merge', '--quiet', '--no-edit', 'x');
    await repo.checkout('x');
    await repo.git('merge', '--quiet', '--no-edit', m1);
    expect((await topLevelAndMergeBases(repo.dir, 'main', 'x')).mergeBases.sort()).toEqual([m1, x1].sort());
    // Unrelated histories: none.
    await repo.git('checkout', '--quiet', '--orphan', 'other');
    await repo.commit('other', { 'o.txt': 'o\n' });
    expect(await topLevelAndMergeBases(repo.dir, 'main', 'HEAD')).toEqual({ topLevel: repo.dir, mergeBases: [] });
    // A missing commit is an error (mergeBase and ensureHistory tell which); so is a ref that is an option.
    await expect(topLevelAndMergeBases(repo.dir, 'f'.repeat(40))).rejects.toBeInstanceOf(GitError);
    await expect(topLevelAndMergeBases(repo.dir, '--output=x')).rejects.toThrow(/not a valid git ref/);
  });

  it('validates refs and SHAs', () => {
    expect(isNullSha('0'.repeat(40))).toBe(true);
    expect(isNullSha('0'.repeat(39) + '1')).toBe(false);
    expect(isSha('a'.repeat(40))).toBe(true);
    expect(isSha('xyz')).toBe(false);
    expect(() => assertRef('main')).not.toThrow();
    expect(() => assertRef('--upload-pack=x')).toThrow();
    expect(() => assertRef('a..b')).toThrow();
  });
});
