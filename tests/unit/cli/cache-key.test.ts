import { describe, it, expect, afterAll } from '@jest/globals';
import { rmSync } from 'node:fs';
import { currentPlatform, planCaches } from '@quality/cache';
import { tree } from '../cache/helpers.js';
import { quality } from './run.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const env = { ...process.env, RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' };

describe('quality cache-key', () => {
  it('prints the same key as the action computes, in human and JSON form', async () => {
    const dir = tree('monorepo', { commit: true });
    dirs.push(dir);
    const h = await quality(['cache-key'], dir, env);
    expect(h.code).toBe(0);
    const j = await quality(['cache-key', '--json', '--key-prefix=ci'], dir, env);
    expect(j.code).toBe(0);
    const parsed = JSON.parse(j.stdout) as { entries: { manager: string; key: string }[] };
    expect(parsed.entries.map((e) => e.manager)).toEqual(['npm', 'pip', 'go']);
    const direct = await planCaches({
      root: dir,
      prefix: 'ci',
      runnerOs: 'Linux',
      runnerArch: 'X64',
      platform: currentPlatform(env),
    });
    expect(parsed.entries.map((e) => e.key)).toEqual(direct.entries.map((e) => e.key));
    expect(h.stdout).toContain(
      `npm: ${direct.entries[0]!.key.replace(/^ci-/, 'deps-')}\n  files (git): packages/web/package-lock.json\n`,
    );
    // DIR as an argument names the same project from elsewhere.
    expect((await quality(['cache-key', dir], '/', env)).stdout).toBe(h.stdout);
  }, 120_000); // four plans, each asking the package managers for their store paths

  it('answers usage and configuration errors with exit code 2 and a plain message', async () => {
    const cases: [string[], RegExp][] = [
      [['--package-manager', 'ant'], /--package-manager' has the value "ant"/],
      [['--matrix', '{nope'], /Input '--matrix' has the value "\{nope": expected valid JSON/],
      [['--bogus'], /Unknown option '--bogus'.\nUsage: quality cache-key \[DIR\]/],
      [['--key-prefix'], /Option '--key-prefix <value>' argument missing/],
      [['a', 'b'], /Unexpected argument 'b'/],
      [['/nonexistent-quality-dir'], /DIR \/nonexistent-quality-dir does not exist/],
    ];
    for (const [argv, message] of cases) {
      const r = await quality(['cache-key', ...argv], '/', env);
      expect({ argv, code: r.code, stdout: r.stdout }).toEqual({ argv, code: 2, stdout: '' });
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/This is a bug/);
    }
  });

  it('has the same full help as the other commands', async () => {
    const r = await quality(['cache-key', '--help'], '/', env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: quality cache-key \[DIR\] \[options\]\n/);
    for (const flag of ['--package-manager', '--key-prefix', '--matrix', '--os', '--arch', '--json', '--help'])
      expect(r.stdout).toMatch(new RegExp(`^  (-h, )?${flag}`, 'm'));
  });

  it('prints names from the repository without a workflow command', async () => {
    const spoof = 'x\n::warning title=SPOOF::y';
    const dir = tree(undefined, { commit: false, extra: { [`${spoof}/package-lock.json`]: '{}\n' } });
    dirs.push(dir);
    const home = `/home/runner/${spoof}`;
    const r = await quality(['cache-key'], dir, {
      HOME: '/home/runner',
      npm_config_cache: home,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('x%0A::warning title=SPOOF::y/package-lock.json');
    const commandLines = (text: string) => text.split(/\r?\n|\r/).filter((l) => /^\s*::/.test(l));
    expect(commandLines(r.stdout)).toEqual([]);
    expect(commandLines(r.stderr)).toEqual([]);
  });
});
