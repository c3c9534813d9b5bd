/**
 * The git hooks with the real CLI bundle (dist/cli/index.js) and real `git commit`: installed by
 * the bundle itself (so the scripts call it), a commit that adds a credential is refused and the
 * credential is not printed, a clean commit on a branch goes through, a commit on main does not,
 * and the config file's guard.protected-branches applies at the next commit without a reinstall.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../fixtures/guard/generate.mjs';
import { gitEnv, GitRepo } from '../support/git-repo.js';
import { repoRoot } from './harness/index.js';

const node = process.env.QUALITY_TEST_NODE ?? process.execPath;
const secret = generateCorpus(5, 1).positives.find((p) => p.kind.startsWith('aws'))!;

const run = (cmd: string, args: string[], cwd: string) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 60_000, env: gitEnv() });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
};

describe('quality hooks with the bundle and real git', () => {
  it('refuses a commit that adds a credential, lets a clean one through, protects main', async () => {
    const repo = await GitRepo.init();
    await repo.commit('chore: first', { 'README.md': '# x\n' });
    const installed = run(node, [join(repoRoot, 'dist/cli/index.js'), 'hooks', 'install'], repo.dir);
    expect(installed.out).toMatch(/Installed .git\/hooks\/pre-commit/);
    expect(installed.code).toBe(0);
    expect(readFileSync(join(repo.dir, '.git/hooks/pre-commit'), 'utf8')).toContain('dist/cli/index.js');

    await repo.branch('feature');
    await repo.write({ 'deploy.env': secret.text });
    await repo.git('add', 'deploy.env');
    const refused = run('git', ['commit', '-m', 'feat: deploy'], repo.dir);
    expect(refused.code).not.toBe(0);
    expect(refused.out).toMatch(/deploy\.env:\d+: error secret\/aws/);
    expect(refused.out).not.toContain(secret.secret);
    expect(await repo.has('HEAD~1')).toBe(false);

    await repo.git('rm', '-q', '--cached', 'deploy.env');
    await repo.write({ 'src/app.js': 'export const x = 1;\n' });
    await repo.git('add', 'src/app.js');
    const ok = run('git', ['commit', '-m', 'feat: app'], repo.dir);
    expect(ok.code).toBe(0);

    await repo.checkout('main');
    await repo.write({ 'b.txt': 'b\n' });
    await repo.git('add', 'b.txt');
    const onMain = run('git', ['commit', '-m', 'fix: b'], repo.dir);
    expect(onMain.code).not.toBe(0);
    expect(onMain.out).toMatch(/direct commits to main are refused/);

    // The config file's list applies at the next commit, without reinstalling the hooks.
    await repo.write({ '.github/quality.yml': 'guard:\n  protected-branches: [release]\n' });
    const configured = run('git', ['commit', '-m', 'fix: b'], repo.dir);
    expect(configured.out).not.toMatch(/refused/);
    expect(configured.code).toBe(0);
    await repo.branch('release');
    await repo.write({ 'c.txt': 'c\n' });
    await repo.git('add', 'c.txt');
    const onRelease = run('git', ['commit', '-m', 'fix: c'], repo.dir);
    expect(onRelease.code).not.toBe(0);
    expect(onRelease.out).toMatch(/direct commits to release are refused \(protected: release\)/);
  });
});
