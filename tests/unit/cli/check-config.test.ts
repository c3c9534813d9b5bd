/**
 * The check section of the config file on a real repository whose project writes no coverage
 * report: check.skip lets the pre-push hook pass without editing the hook, a --skip or --only flag
 * replaces the keys, a skipped step never counts as passed, and the gate's error says how to skip.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { GitRepo } from '../../support/git-repo.js';
import { quality } from './run.js';

const CONFIG = '.github/quality.yml';

describe('quality check with the check section of .github/quality.yml', () => {
  let repo: GitRepo;
  const config = async (text: string | undefined) => {
    if (text === undefined) rmSync(join(repo.dir, CONFIG), { force: true });
    else await repo.write({ [CONFIG]: text });
  };
  beforeAll(async () => {
    repo = await GitRepo.init();
    await repo.commit('chore: base', { 'src/a.js': 'export const a = 1;\n' });
    await repo.git('checkout', '-q', '-b', 'feature');
    await repo.commit('feat: b', { 'src/a.js': 'export const a = 1;\nexport const b = 2;\n' });
  });

  it('without it, the pre-push hook stops at the missing report and says how to skip the gate', async () => {
    await config(undefined);
    const r = await quality(['hooks', 'run', 'pre-push'], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^ERROR coverage .*No coverage report given or found/m);
    expect(r.stdout).toMatch(/--skip coverage, or .* check: \{skip: \[coverage\]\} in \.github\/quality\.yml/);
  });

  it('check.skip: [coverage] lets the hook pass on the steps that ran, the skip named with its file and line', async () => {
    await config('# the project has no coverage\ncheck:\n  skip: [coverage]\n');
    const r = await quality(['hooks', 'run', 'pre-push'], repo.dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^ {2}coverage +skipped +left out by check\.skip \(\.github\/quality\.yml:3\)$/m);
    expect(r.stdout).toMatch(/^PASS {2}guard /m);
    expect(r.stdout).toMatch(/^PASSED: 1 passed, 4 skipped \(format, lint, test, coverage\)\.$/m);
    expect(r.code).toBe(0);
  });

  it('a --skip or --only flag replaces both keys', async () => {
    await config('check:\n  skip: [coverage]\n');
    const only = await quality(['check', '--only', 'coverage', '--json'], repo.dir);
    const steps = (JSON.parse(only.stdout) as { steps: { name: string; status: string; summary: string }[] }).steps;
    expect(steps.find((s) => s.name === 'coverage')!.status).toBe('error');
    expect(steps.find((s) => s.name === 'guard')!.summary).toBe('not in --only');
    expect(only.code).toBe(2);
    const skip = await quality(['check', '--skip', 'guard'], repo.dir);
    expect(skip.stdout).toMatch(/^ERROR coverage /m);
    expect(skip.stdout).toMatch(/^ {2}guard +skipped +left out by --skip$/m);
    expect(skip.code).toBe(2);
  });

  it('check.only runs those steps; skipping every step is a failure, never a pass', async () => {
    await config('check:\n  only: guard\n');
    const only = await quality(['check'], repo.dir);
    expect(only.stdout).toMatch(/^ {2}lint +skipped +not in check\.only \(\.github\/quality\.yml:2\)$/m);
    expect(only.code).toBe(0);
    await config('check:\n  skip: [guard, format, lint, test, coverage]\n');
    const none = await quality(['check'], repo.dir);
    expect(none.stdout).toMatch(/^FAILED: nothing was checked, every step was skipped\.$/m);
    expect(none.code).toBe(1);
  });

  it('a wrong section is exit 2 naming the file, line and key', async () => {
    await config('check:\n  skip: [coverage]\n  only: [guard]\n');
    const both = await quality(['check'], repo.dir);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(
      /Give check\.skip \(\.github\/quality\.yml:2\) or check\.only \(\.github\/quality\.yml:3\), not both\. Keep one/,
    );
    expect(both.stderr).not.toMatch(/^Usage:/m);
    await config('check:\n  skip: [coverge]\n');
    const typo = await quality(['check'], repo.dir);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(
      /\.github\/quality\.yml:2: check\.skip\[0\]: expected one of .*\(did you mean 'coverage'\?\)/,
    );
    await config(undefined);
  });
});
