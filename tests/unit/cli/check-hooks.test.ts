/**
 * The pre-push hook runs the real `quality check` (tests/unit/cli/hooks.test.ts covers install and
 * chaining with a stub): it measures only the change being pushed, reads the base branch without
 * fetching (an unreachable remote costs nothing), and its failure stops the push with the reason.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { generateCorpus } from '../../fixtures/guard/generate.mjs';
import { GitRepo } from '../../support/git-repo.js';
import { quality } from './run.js';

const secret = generateCorpus(17, 1).positives.find((p) => p.kind.startsWith('github'))!;
const LCOV = 'SF:src/a.js\nDA:1,1\nDA:2,1\nLF:2\nLH:2\nend_of_record\n';

describe('quality hooks run pre-push: quality check on the change', () => {
  let repo: GitRepo;
  beforeAll(async () => {
    repo = await GitRepo.init();
    const many: Record<string, string> = { 'src/a.js': 'export const a = 1;\n' };
    for (let i = 0; i < 40; i++) many[`docs/page-${i}.md`] = `# page ${i}\n`;
    await repo.commit('chore: base', many);
    // A remote that does not exist: a check that fetched would fail or hang here.
    await repo.git('remote', 'add', 'origin', 'file:///nonexistent/quality-remote.git');
    await repo.git('checkout', '-q', '-b', 'feature');
    await repo.commit('feat: b', { 'src/a.js': 'export const a = 1;\nexport const b = 2;\n' });
    await repo.write({ 'coverage/lcov.info': LCOV });
  });

  it('passes a clean change, scanning only what it changes', async () => {
    const r = await quality(['hooks', 'run', 'pre-push'], repo.dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^PASS {2}guard .* 1 file scanned: 0 errors/m);
    expect(r.stdout).toMatch(/^PASS {2}coverage /m);
    expect(r.stdout).toMatch(/^PASSED: 2 passed, 3 skipped \(format, lint, test\)\.$/m);
    expect(r.code).toBe(0);
  });

  it('stops a push that adds a credential, without printing it', async () => {
    await repo.commit('feat: config', { 'config.env': secret.text });
    try {
      const r = await quality(['hooks', 'run', 'pre-push'], repo.dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^FAIL {2}guard /m);
      expect(r.stdout).toMatch(/^ {8}config\.env:\d+: error secret\//m);
      expect(r.stderr).toMatch(/the push was stopped by quality check/);
      expect(r.stdout + r.stderr).not.toContain(secret.secret);
    } finally {
      await repo.git('reset', '-q', '--hard', 'HEAD~1');
    }
  });
});
