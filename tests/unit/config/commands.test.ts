/**
 * quality lint, format and test read .github/quality.yml (or quality.yml) as the other commands do,
 * with the real tools on temp copies of the samples: a key applies when its flag is not given,
 * the flag wins when it is; on pull_request_target the keys that choose what runs are dropped; a
 * wrong value names the file, line and key; `--config FILE` names the file instead.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { GitRepo, removeAll } from '../../support/git-repo.js';
import { lintSample } from '../cli/lint-samples.js';
import { quality } from '../cli/run.js';
import { flakyPytest } from '../../support/flaky-pytest.js';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});
afterAll(removeAll);

/** Debian's python3 (pytest, flake8, black, isort) first on PATH, as in CI. */
const debian = { PATH: `/usr/bin:${process.env.PATH ?? ''}` };
const untrusted = { ...debian, GITHUB_EVENT_NAME: 'pull_request_target' };
const toolNames = (stdout: string) => (JSON.parse(stdout) as { tools: { name: string }[] }).tools.map((t) => t.name);

describe('quality lint with a config file', () => {
  it('tools and fail-level from the file; --fail-level and --tools win', async () => {
    const dir = lintSample(made, 'python');
    writeFileSync(join(dir, 'quality.yml'), 'lint:\n  tools: flake8\n  fail-level: none\n');
    const fromFile = await quality(['lint', '--json'], dir, debian);
    expect(toolNames(fromFile.stdout)).toEqual(['flake8']);
    expect(JSON.parse(fromFile.stdout).counts.error).toBeGreaterThan(0);
    expect(fromFile.code).toBe(0); // fail-level none
    const flag = await quality(['lint', '--fail-level', 'error'], dir, debian);
    expect(flag.code).toBe(1);
    expect(flag.stderr).toBe('');
    const noTool = await quality(['lint', '--tools', 'mypy', '--json'], dir, debian);
    expect(toolNames(noTool.stdout)).toEqual(['mypy']);
  }, 180_000);

  it('a wrong value in the file: exit 2 naming file, line and key', async () => {
    const dir = lintSample(made, 'python');
    writeFileSync(join(dir, 'quality.yml'), 'lint:\n  fail-level: 3\n');
    const r = await quality(['lint'], dir, debian);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "quality lint: quality.yml:2: lint.fail-level: expected one of 'error', 'warning', 'any', 'none', got 3",
    );
    writeFileSync(join(dir, 'quality.yml'), 'lint:\n  tools: [flake8, nosuch]\n');
    const tool = await quality(['lint'], dir, debian);
    expect(tool.code).toBe(2);
    expect(tool.stderr).toMatch(/^quality lint: quality\.yml:2: lint\.tools: expected a list of lint tools from: /);
    expect(tool.stderr).not.toContain('Usage:');
  });
});

describe('quality format with a config file', () => {
  it('tools and fix from the file; --tools and --check win', async () => {
    const dir = lintSample(made, 'python', false);
    writeFileSync(join(dir, 'quality.yml'), 'format:\n  tools: [isort]\n');
    expect(toolNames((await quality(['format', '--json'], dir, debian)).stdout)).toEqual(['isort']);
    expect(toolNames((await quality(['format', '--tools', 'black', '--json'], dir, debian)).stdout)).toEqual(['black']);
    writeFileSync(join(dir, 'quality.yml'), 'format:\n  tools: [isort]\n  fix: true\n');
    const before = readFileSync(join(dir, 'sample/app.py'), 'utf8');
    const check = await quality(['format', '--check'], dir, debian);
    expect(check.code).toBe(1);
    expect(readFileSync(join(dir, 'sample/app.py'), 'utf8')).toBe(before);
    const fix = await quality(['format'], dir, debian);
    expect(fix.code).toBe(0);
    expect(fix.stdout).toContain('Formatted 1 file:\n  sample/app.py (isort)');
    expect(readFileSync(join(dir, 'sample/app.py'), 'utf8')).not.toBe(before);
  }, 180_000);

  it('on pull_request_target, tools and fix from the file are dropped with a warning', async () => {
    const dir = lintSample(made, 'python', false);
    writeFileSync(join(dir, 'quality.yml'), 'format:\n  tools: [isort]\n  fix: true\n');
    const before = readFileSync(join(dir, 'sample/app.py'), 'utf8');
    const r = await quality(['format', '--json'], dir, untrusted);
    expect(r.stderr).toContain('warning: quality.yml:2: format.tools is ignored on pull_request_target');
    expect(r.stderr).toContain('warning: quality.yml:3: format.fix is ignored on pull_request_target');
    expect(toolNames(r.stdout).sort()).toEqual(['black', 'isort']); // the detected ones
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'sample/app.py'), 'utf8')).toBe(before);
  }, 180_000);
});

describe('quality test with a config file', () => {
  /** A pytest project (not in git: the config is found in the folder) with a test that passes on its retry. */
  function flaky(config: string): string {
    const d = mkdtempSync(join(tmpdir(), 'quality-config-test-'));
    made.push(d);
    mkdirSync(join(d, 'tests'));
    writeFileSync(join(d, 'pytest.ini'), '[pytest]\n');
    writeFileSync(join(d, 'tests', 'test_flaky.py'), flakyPytest());
    writeFileSync(join(d, 'quality.yml'), config);
    return d;
  }
  const again = (d: string) => rmSync(join(d, 'tests', 'ran-once'), { force: true });

  it('command, retry-failed and flaky from the file; --retry-failed and --flaky win', async () => {
    const d = flaky(
      'test:\n  command: [python3, -m, pytest, -p, no:cacheprovider]\n  retry-failed: 1\n  flaky: fail\n',
    );
    const fromFile = await quality(['test', '--json'], d, debian);
    expect(fromFile.code).toBe(1); // flaky: fail
    expect(JSON.parse(fromFile.stdout).flaky).toEqual([
      expect.objectContaining({ name: 'tests/test_flaky.py::test_flaky' }),
    ]);
    again(d);
    const pass = await quality(['test', '--flaky', 'pass'], d, debian);
    expect(pass.code).toBe(0);
    expect(pass.stdout).toContain('1 flaky');
    again(d);
    const noRetry = await quality(['test', '--retry-failed', '0', '--flaky', 'pass'], d, debian);
    expect(noRetry.code).toBe(1);
    expect(noRetry.stdout).toContain('1 failed');
  }, 120_000);

  it('a wrong value in the file: exit 2 naming file, line and key', async () => {
    const d = flaky('test:\n  flaky: pass\n  retry-failed: 11\n');
    const r = await quality(['test'], d, debian);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'quality test: quality.yml:3: test.retry-failed: expected a whole number from 0 to 10, got 11',
    );
    expect(existsSync(join(d, 'tests', 'ran-once'))).toBe(false);
  });

  it("on pull_request_target a fork's test.command never runs (dropped with a warning)", async () => {
    const d = mkdtempSync(join(tmpdir(), 'quality-config-test-'));
    made.push(d);
    writeFileSync(join(d, 'quality.yml'), `test:\n  command: [python3, -c, "open('ran', 'w').close()"]\n`);
    const r = await quality(['test'], d, untrusted);
    expect(r.stderr).toContain('warning: quality.yml:2: test.command is ignored on pull_request_target');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No test command found'); // no command left, and none in an empty folder
    expect(existsSync(join(d, 'ran'))).toBe(false);
    // The same file on a trusted event runs it (the test above is not vacuous).
    const trusted = await quality(['test'], d, debian);
    expect(trusted.stderr).toContain('quality test: running python3 -c open'); // it ran (a runner quality cannot read: exit 2)
    expect(existsSync(join(d, 'ran'))).toBe(true);
  }, 60_000);
});

describe('--config FILE', () => {
  it('reads the named file instead of .github/quality.yml; a missing one is a usage error', async () => {
    const repo = await GitRepo.init();
    await repo.commit('files', {
      'big.txt': `${'x'.repeat(2000)}\n`,
      '.github/quality.yml': 'guard:\n  max-file-size-kb: 100\n',
      'ci/strict.yml': 'guard:\n  max-file-size-kb: 1\n',
    });
    expect((await quality(['guard', '--json'], repo.dir)).code).toBe(0);
    const strict = await quality(['guard', '--json', '--config', 'ci/strict.yml'], repo.dir);
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout).findings).toEqual([
      expect.objectContaining({ rule: 'file/large-file', path: 'big.txt' }),
    ]);
    // Relative to where the command runs, like every other path on the command line.
    mkdirSync(join(repo.dir, 'sub'));
    expect((await quality(['guard', '--json', '--config', '../ci/strict.yml'], join(repo.dir, 'sub'))).code).toBe(1);

    const missing = await quality(['guard', '--config', 'ci/nope.yml'], repo.dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /^quality guard: --config ci\/nope\.yml: the file does not exist \(.*ci\/nope\.yml\)\.\nUsage: /,
    );

    await repo.write({ 'ci/strict.yml': 'guard:\n  max-file-size-kb: big\n' });
    const wrong = await quality(['guard', '--config', 'ci/strict.yml'], repo.dir);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(
      'ci/strict.yml:2: guard.max-file-size-kb: expected a whole number from 1 to 4194304',
    );
  });

  it('is an option of every command that reads the config, and of no other', async () => {
    const repo = await GitRepo.init();
    await repo.commit('files', { 'a.txt': 'a\n' });
    for (const cmd of ['coverage', 'check', 'matrix', 'shard', 'cache-key', 'guard', 'lint', 'format', 'test']) {
      const r = await quality([cmd, '--config', 'nope.yml', '--help'], repo.dir);
      expect([cmd, r.code, r.stdout]).toEqual([
        cmd,
        0,
        expect.stringMatching(/\n {2}--config FILE +read this config file/),
      ]);
    }
    const init = await quality(['init', '--config', 'x.yml'], repo.dir);
    expect(init.code).toBe(2);
    expect(init.stderr).toContain("Unknown option '--config'");
  });
});
