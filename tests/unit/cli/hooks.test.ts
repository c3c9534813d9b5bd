/**
 * quality hooks on real repositories with real git: install respects core.hooksPath, chains a
 * hook that was there (run first, its failure stops the commit), is idempotent, and uninstall
 * puts everything back. `hooks run pre-commit` refuses a staged credential and a direct commit
 * to a protected branch. The installed scripts call a stub here (the real bundle: tests/e2e).
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../../fixtures/guard/generate.mjs';
import { GitRepo, makeTempDir } from '../../support/git-repo.js';
import { quality } from './run.js';

const secret = generateCorpus(11, 1).positives.find((p) => p.kind.startsWith('github'))!;

let repo: GitRepo;
let log: string;
let stub: string;
beforeEach(async () => {
  repo = await GitRepo.init();
  await repo.commit('chore: first', { 'README.md': '# x\n' });
  await repo.branch('feature');
  const dir = await makeTempDir('quality-hooks-');
  log = join(dir, 'log');
  stub = join(dir, 'quality-stub');
  // Stands in for quality: records its arguments, fails when the file `fail` exists.
  writeFileSync(stub, `#!/bin/sh\necho "quality $*" >> '${log}'\n[ ! -e '${dir}/fail' ]\n`, { mode: 0o755 });
});

const hooksIn = (dir: string) => join(repo.dir, dir);
const logged = () => (existsSync(log) ? readFileSync(log, 'utf8') : '');
const commit = async (msg = 'feat: x') => {
  await repo.write({ [`f-${Math.random().toString(36).slice(2)}.txt`]: 'x\n' });
  await repo.git('add', '-A');
  return repo.git('commit', '-q', '-m', msg).then(
    () => true,
    () => false,
  );
};

describe('quality hooks install / uninstall', () => {
  it('installs where core.hooksPath points, executable, and the commit runs quality', async () => {
    await repo.git('config', 'core.hooksPath', '.githooks');
    const r = await quality(['hooks', 'install', '--command', stub], repo.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const h of ['pre-commit', 'pre-push']) {
      const f = join(hooksIn('.githooks'), h);
      expect(statSync(f).mode & 0o111).toBe(0o111);
    }
    expect(existsSync(join(repo.dir, '.git/hooks/pre-commit'))).toBe(false);
    expect(await commit()).toBe(true);
    expect(logged()).toBe('quality hooks run pre-commit\n');
  });

  it('chains a hook that was there: it runs first and its failure stops the commit; uninstall restores it', async () => {
    const hooks = hooksIn('.git/hooks');
    const previous = `#!/bin/sh\necho "previous $*" >> '${log}'\nexit "\${PREVIOUS_EXIT:-0}"\n`;
    writeFileSync(join(hooks, 'pre-commit'), previous, { mode: 0o755 });
    const r = await quality(['hooks', 'install', '--command', stub], repo.dir);
    expect(r.stdout).toMatch(/previous hook runs first: kept as pre-commit\.pre-quality/);
    expect(await commit()).toBe(true);
    expect(logged()).toBe('previous \nquality hooks run pre-commit\n');

    // The previous hook fails: the commit stops, quality is not even called.
    writeFileSync(join(hooks, 'pre-commit.pre-quality'), previous.replace('${PREVIOUS_EXIT:-0}', '1'), {
      mode: 0o755,
    });
    writeFileSync(log, '');
    expect(await commit()).toBe(false);
    expect(logged()).toBe('previous \n');

    // Idempotent: a second install refreshes our script and keeps the chain as it is.
    const before = readFileSync(join(hooks, 'pre-commit'), 'utf8');
    const again = await quality(['hooks', 'install', '--command', stub], repo.dir);
    expect(again.stdout).toMatch(/Refreshed .*pre-commit \(chained: pre-commit\.pre-quality runs first\)/);
    expect(readFileSync(join(hooks, 'pre-commit'), 'utf8')).toBe(before);
    expect(readFileSync(join(hooks, 'pre-commit.pre-quality'), 'utf8')).toContain('previous');

    const un = await quality(['hooks', 'uninstall'], repo.dir);
    expect(un.code).toBe(0);
    expect(readFileSync(join(hooks, 'pre-commit'), 'utf8')).toBe(previous.replace('${PREVIOUS_EXIT:-0}', '1'));
    expect(existsSync(join(hooks, 'pre-commit.pre-quality'))).toBe(false);
    expect(existsSync(join(hooks, 'pre-push'))).toBe(false);
    // Uninstall again: nothing of ours left, the user's hook untouched.
    const twice = await quality(['hooks', 'uninstall'], repo.dir);
    expect(twice.stdout).toMatch(/Left .*pre-commit: it is not a quality hook/);
    expect(readFileSync(join(hooks, 'pre-commit'), 'utf8')).toContain('previous');
  });

  it('pre-push hands the chained hook its stdin and arguments, then runs quality check', async () => {
    const hooks = hooksIn('.git/hooks');
    writeFileSync(join(hooks, 'pre-push'), `#!/bin/sh\necho "previous $* $(cat)" >> '${log}'\n`, { mode: 0o755 });
    await quality(['hooks', 'install', '--command', stub], repo.dir);
    const origin = await GitRepo.init({ bare: true });
    await repo.addRemote(origin);
    await repo.git('push', '-q', 'origin', 'feature');
    const lines = logged().trim().split('\n');
    expect(lines[0]).toMatch(
      /^previous origin file:\/\/\S+ refs\/heads\/feature [0-9a-f]{40} refs\/heads\/feature 0{40}$/,
    );
    expect(lines[1]).toBe('quality hooks run pre-push');
  });

  it('writes --protected-branches into the pre-commit hook only when given at install', async () => {
    await quality(['hooks', 'install', '--command', stub, '--protected-branches', 'main, release'], repo.dir);
    expect(await commit()).toBe(true);
    expect(logged()).toBe('quality hooks run pre-commit --protected-branches main,release\n');
    // Installing again without the flag: the hook leaves the list to the config file again.
    await quality(['hooks', 'install', '--command', stub], repo.dir);
    expect(readFileSync(join(hooksIn('.git/hooks'), 'pre-commit'), 'utf8')).not.toContain('--protected-branches');
    const empty = await quality(['hooks', 'install', '--command', stub, '--protected-branches', ','], repo.dir);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/--protected-branches needs at least one branch/);
  });

  it("refuses to chain husky's hook, which runs .husky/$(basename $0): renamed, it would pass every commit", async () => {
    await repo.git('config', 'core.hooksPath', '.husky/_');
    const husky = '#!/usr/bin/env sh\n. "$(dirname "$0")/h"\n';
    await repo.write({ '.husky/_/pre-commit': husky, '.husky/_/h': 'n=$(basename "$0")\n' });
    const r = await quality(['hooks', 'install', '--command', stub], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /pre-commit runs what its own file name says .* add 'quality hooks run pre-commit' to .* \.husky\/pre-commit/,
    );
    // Nothing written: neither hook, and husky's file as it was.
    expect(readFileSync(join(hooksIn('.husky/_'), 'pre-commit'), 'utf8')).toBe(husky);
    expect(existsSync(join(hooksIn('.husky/_'), 'pre-push'))).toBe(false);
    expect(existsSync(join(hooksIn('.husky/_'), 'pre-commit.pre-quality'))).toBe(false);
  });

  it('uninstall says it removed the hook it removed', async () => {
    await quality(['hooks', 'install', '--command', stub], repo.dir);
    const r = await quality(['hooks', 'uninstall'], repo.dir);
    expect(r.stdout).toBe('Removed the quality pre-commit hook.\nRemoved the quality pre-push hook.\n');
    expect(existsSync(join(hooksIn('.git/hooks'), 'pre-commit'))).toBe(false);
  });

  it('refuses what it cannot do, with exit 2', async () => {
    expect((await quality(['hooks'], repo.dir)).code).toBe(2);
    expect((await quality(['hooks', 'reinstall'], repo.dir)).code).toBe(2);
    const notRepo = await makeTempDir();
    expect((await quality(['hooks', 'install', '--command', stub], notRepo)).code).toBe(2);
  });
});

describe('quality hooks run pre-commit', () => {
  it('refuses a staged credential without printing it, and passes a clean change', async () => {
    await repo.write({ 'config.env': secret.text });
    await repo.git('add', 'config.env');
    const r = await quality(['hooks', 'run', 'pre-commit'], repo.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/config\.env:\d+: error secret\//);
    expect(r.stderr).toMatch(/stopped by quality guard/);
    expect(r.stdout + r.stderr).not.toContain(secret.secret);

    await repo.git('rm', '-q', '--cached', 'config.env');
    await repo.write({ 'ok.txt': 'fine\n' });
    await repo.git('add', 'ok.txt');
    const ok = await quality(['hooks', 'run', 'pre-commit'], repo.dir);
    expect(ok.code).toBe(0);
  });

  it('refuses a direct commit to a protected branch', async () => {
    await repo.checkout('main');
    const r = await quality(['hooks', 'run', 'pre-commit', '--protected-branches', 'main,release'], repo.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/direct commits to main are refused \(protected: main, release\)/);
    await repo.branch('release');
    expect((await quality(['hooks', 'run', 'pre-commit', '--protected-branches', 'main'], repo.dir)).code).toBe(0);
  });

  it("takes the config file's guard.protected-branches at commit time; a flag given to the hook wins", async () => {
    const staged = async () => {
      await repo.write({ [`f-${Math.random().toString(36).slice(2)}.txt`]: 'x\n' });
      await repo.git('add', '-A');
    };
    await repo.branch('release');
    await repo.write({ '.github/quality.yml': 'guard:\n  protected-branches: [release, prod]\n' });
    await staged();
    const refused = await quality(['hooks', 'run', 'pre-commit'], repo.dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/direct commits to release are refused \(protected: release, prod\)/);
    // The config's list replaces the default: main is not in it.
    await repo.checkout('main');
    await staged();
    expect((await quality(['hooks', 'run', 'pre-commit'], repo.dir)).code).toBe(0);
    // An edit applies to the next run (nothing to reinstall); a key left out is main, master again.
    await repo.write({ '.github/quality.yml': 'guard:\n  forbid-crlf: false\n' });
    await staged();
    const onMain = await quality(['hooks', 'run', 'pre-commit'], repo.dir);
    expect(onMain.code).toBe(1);
    expect(onMain.stderr).toMatch(/\(protected: main, master\)/);
    // The flag the install wrote into the hook beats the file.
    await repo.write({ '.github/quality.yml': 'guard:\n  protected-branches: main\n' });
    expect((await quality(['hooks', 'run', 'pre-commit', '--protected-branches', 'release'], repo.dir)).code).toBe(0);
    // A wrong value in the file stops the commit with its file, line and key (exit 2).
    await repo.write({ '.github/quality.yml': 'guard:\n  protected-branches: 7\n' });
    const wrong = await quality(['hooks', 'run', 'pre-commit'], repo.dir);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/\.github\/quality\.yml:2: guard\.protected-branches: expected/);
  });

  it('format: only staged files stop the commit; no formatter configured is a skip with a note', async () => {
    // no formatter here: the check is skipped, and says so
    await repo.write({ 'ok.txt': 'fine\n' });
    await repo.git('add', 'ok.txt');
    const none = await quality(['hooks', 'run', 'pre-commit'], repo.dir);
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(/format check skipped \(No formatter found/);

    // prettier configured (this repository's own prettier through a node_modules link)
    symlinkSync(join(process.cwd(), 'node_modules'), join(repo.dir, 'node_modules'));
    await repo.write({
      '.gitignore': 'node_modules\n',
      'package.json': '{\n  "name": "x",\n  "private": true\n}\n',
      '.prettierrc': '{}\n',
      'messy.js': 'const  a =1\n',
    });
    await repo.git('add', '.gitignore', '.prettierrc', 'package.json');
    const unstaged = await quality(['hooks', 'run', 'pre-commit'], repo.dir);
    expect(unstaged.stderr).toBe('');
    expect(unstaged.code).toBe(0); // messy.js is not part of this commit
    await repo.git('add', 'messy.js');
    const staged = await quality(['hooks', 'run', 'pre-commit'], repo.dir);
    expect(staged.code).toBe(1);
    expect(staged.stderr).toMatch(/messy\.js: not formatted \(prettier\)/);
  });
});
