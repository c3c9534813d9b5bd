/**
 * Store paths named by a tool's configuration pass the same policy as the `path` input: no
 * credential folders or files, not the home folder or workspace themselves, not the
 * workspace's .git, nothing outside home, workspace, tool cache and runner temp unless the
 * user named it in `path`. A refused path is a warning naming it and the config that named it.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseManagers, planCaches, storePathProblem, type StoreRoots } from '../../../packages/cache/src/plan.js';
import { tree } from './helpers.js';

const base = mkdtempSync(join(tmpdir(), 'quality-storepaths-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const home = join(base, 'home');
const ws = join(home, 'work', 'repo');
const temp = join(base, 'runner', 'temp');
const tools = join(base, 'toolcache');
for (const d of [ws, temp, tools, join(home, '.ssh')]) mkdirSync(d, { recursive: true });
const roots: StoreRoots = { home, workspace: ws, runnerTemp: temp, toolCache: tools, named: [] };

describe('storePathProblem', () => {
  it.each([
    [join(home, '.ssh'), /'\.ssh' can hold credentials/],
    [join(home, '.ssh', 'npm'), /'\.ssh' can hold credentials/],
    [join(home, '.gnupg'), /'\.gnupg'/],
    [join(home, '.aws', 'x'), /'\.aws'/],
    [join(home, '.docker'), /'\.docker'/],
    [join(home, '.config', 'gh'), /'\.config\/gh'/],
    ['/etc/.config/gh/x', /'\.config\/gh'/],
    [join(home, '.netrc'), /'\.netrc'/],
    [join(home, '.npmrc'), /'\.npmrc'/],
    [join(ws, '.git', 'cache'), /'\.git'/],
    [join(home, '.config'), /holds .*\.config\/gh/],
    [home, /holds .*\.ssh/],
    [join(home, 'work'), /holds .*\.git|whole workspace/],
    [ws, /holds .*\.git/],
    ['/etc/npm-cache', /outside the home folder, the workspace, RUNNER_TOOL_CACHE and RUNNER_TEMP/],
    [base, /holds/],
  ])('refuses %s', (path, why) => {
    expect(storePathProblem(path, roots)).toMatch(why);
  });

  it.each([
    join(home, '.npm'),
    join(home, '.cache', 'pip'),
    join(ws, '.yarn', 'cache'),
    join(temp, 'npm'),
    join(tools, 'pnpm-store'),
    join(ws, 'gh', '.yarn', 'cache'),
  ])('accepts %s', (path) => {
    expect(storePathProblem(path, roots)).toBeUndefined();
  });

  it('accepts a folder outside the roots only when the user names it in path', () => {
    expect(storePathProblem('/opt/cache/npm', roots)).toMatch(/outside/);
    expect(storePathProblem('/opt/cache/npm', { ...roots, named: ['/opt/cache'] })).toBeUndefined();
    // Naming a folder never lets credentials in.
    expect(storePathProblem(join(home, '.ssh'), { ...roots, named: [home] })).toMatch(/\.ssh/);
  });

  it('follows symlinks', () => {
    const link = join(ws, 'innocent-cache');
    symlinkSync(join(home, '.ssh'), link);
    const outside = join(temp, 'elsewhere');
    symlinkSync('/etc', outside);
    expect(storePathProblem(link, roots)).toMatch(/resolves to .*\.ssh.*can hold credentials/);
    expect(storePathProblem(outside, roots)).toMatch(/resolves to \/etc: .*outside/);
  });
});

describe('planCaches and a committed config that names a credential folder', () => {
  it.each([
    ['npm', '.npmrc', 'cache=~/.ssh\n', join(home, '.ssh'), '`cache` in .npmrc'],
    ['npm', '.npmrc', 'cache=${HOME}\n', home, '`cache` in .npmrc'],
    ['pnpm', '.npmrc', 'store-dir=/etc\n', '/etc', '`store-dir` in .npmrc'],
    ['yarn', '.yarnrc.yml', 'enableGlobalCache: false\ncacheFolder: ./.git\n', null, '`cacheFolder` in .yarnrc.yml'],
    ['uv', 'uv.toml', 'cache-dir = "~/.aws"\n', join(home, '.aws'), '`cache-dir` in uv.toml'],
  ])('%s with %s %j: a warning, and the path is left out', async (manager, file, content, path, source) => {
    const lock: Record<string, string> = {
      npm: 'package-lock.json',
      pnpm: 'pnpm-lock.yaml',
      yarn: 'yarn.lock',
      uv: 'uv.lock',
    };
    const dir = tree(undefined, { commit: false, extra: { [lock[manager]!]: '{}\n', [file]: content } });
    try {
      const plan = await planCaches({
        root: dir,
        managers: parseManagers([manager]),
        prefix: 'deps',
        runnerOs: 'Linux',
        runnerArch: 'X64',
        platform: { os: 'linux', home, env: { HOME: home, RUNNER_TEMP: temp } },
        tool: async () => 'Python 3.12.4',
      });
      const expected = path ?? join(dir, '.git');
      expect(plan.entries).toEqual([]);
      expect(plan.warnings).toEqual([
        expect.stringContaining(
          `${manager}: the store path ${JSON.stringify(expected)} (from ${source}) is left out of the cache: `,
        ),
        `${manager} is not cached: none of its store paths may be cached.`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the allowed paths of a manager and drops only the refused one', async () => {
    const dir = tree('poetry', { commit: false, extra: { 'poetry.toml': '[virtualenvs]\npath = "~/.gnupg/venvs"\n' } });
    try {
      const plan = await planCaches({
        root: dir,
        prefix: 'deps',
        runnerOs: 'Linux',
        runnerArch: 'X64',
        platform: { os: 'linux', home, env: { HOME: home } },
        tool: async () => 'Python 3.12.4',
      });
      expect(plan.entries.map((e) => e.paths)).toEqual([
        [join(home, '.cache/pypoetry/cache'), join(home, '.cache/pypoetry/artifacts')],
      ]);
      expect(plan.warnings).toEqual([
        expect.stringMatching(
          /^poetry: the store path ".*\.gnupg\/venvs" \(from `virtualenvs\.path` in poetry\.toml\)/,
        ),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
