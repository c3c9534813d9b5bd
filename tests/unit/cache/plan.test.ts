import { rmSync } from 'node:fs';
import { afterAll, describe, it, expect } from '@jest/globals';
import { SPECS, type Platform, type ToolRunner } from '../../../packages/cache/src/managers.js';
import {
  currentPlatform,
  describeEntry,
  escapeLogText,
  parseManagers,
  planCaches,
} from '../../../packages/cache/src/plan.js';
import { cacheKeyCommand } from '../../../packages/cache/src/cli.js';
import { DECOYS, tree } from './helpers.js';

const made: string[] = [];
const mk = (...args: Parameters<typeof tree>) => {
  const dir = tree(...args);
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

const linux: Platform = { os: 'linux', home: '/home/runner', env: {} };
/** No tool installed: every path comes from the documented defaults. */
const absent: ToolRunner = async () => undefined;
/** Tools answer from a table keyed by 'file args'. */
const answering =
  (table: Record<string, string>): ToolRunner =>
  async (file, args) =>
    table[`${file} ${args.join(' ')}`];

const storePaths = (m: keyof typeof SPECS, p: Platform, projects = ['/w']) =>
  SPECS[m].paths({ root: '/w', projects, platform: p }).map((s) => s.path);

describe('store paths', () => {
  it('uses the documented defaults when nothing is configured (Linux)', () => {
    const got: Record<string, string[]> = {};
    for (const m of Object.values(SPECS)) got[m.name] = storePaths(m.name, linux);
    expect(got).toEqual({
      npm: ['/home/runner/.npm'],
      yarn: ['/home/runner/.cache/yarn/v6'],
      pnpm: ['/home/runner/.local/share/pnpm/store'],
      pip: ['/home/runner/.cache/pip'],
      poetry: [
        '/home/runner/.cache/pypoetry/cache',
        '/home/runner/.cache/pypoetry/artifacts',
        '/home/runner/.cache/pypoetry/virtualenvs',
      ],
      uv: ['/home/runner/.cache/uv'],
      go: ['/home/runner/go/pkg/mod', '/home/runner/.cache/go-build'],
    });
  });

  it('follows the tools’ environment variables, then macOS and Windows defaults', () => {
    const env = {
      XDG_CACHE_HOME: '/x',
      GOPATH: '/gp',
      PIP_CACHE_DIR: '/pipc',
      NPM_CONFIG_CACHE: '/npmc',
      UV_CACHE_DIR: 'relative/ignored',
      YARN_CACHE_FOLDER: '/yc',
      npm_config_store_dir: '/pnpmc',
    };
    const p: Platform = { os: 'linux', home: '/h', env };
    expect(storePaths('go', p)).toEqual(['/gp/pkg/mod', '/x/go-build']);
    expect(storePaths('pip', p)).toEqual(['/pipc']);
    expect(storePaths('npm', p)).toEqual(['/npmc']);
    expect(storePaths('uv', p)).toEqual(['/x/uv']);
    expect(storePaths('yarn', p)).toEqual(['/yc/v6']);
    expect(storePaths('pnpm', p)).toEqual(['/pnpmc']);
    const mac: Platform = { os: 'darwin', home: '/Users/me', env: {} };
    expect(storePaths('pip', mac)).toEqual(['/Users/me/Library/Caches/pip']);
    expect(storePaths('pnpm', mac)).toEqual(['/Users/me/Library/pnpm/store']);
  });

  it('reads the configuration files the tools would read, and names them', () => {
    const home = mk(undefined, {
      extra: {
        '.npmrc': 'cache=${HOME}/npm-user\n',
        '.config/go/env': 'GOMODCACHE=/opt/gomod\n',
        '.config/pip/pip.conf': '[global]\ncache-dir = ~/pipc\n',
        '.config/uv/uv.toml': 'cache-dir = "/opt/uv"\n',
      },
    });
    const ws = mk(undefined, {
      extra: {
        'web/.npmrc': '; comment\ncache = ../npm-project\n',
        'classic/.yarnrc': 'cache-folder "/opt/yarn-classic"\n',
        'classic/yarn.lock': '# yarn lockfile v1\n',
        'berry3/.yarnrc.yml': 'yarnPath: .yarn/releases/yarn-3.6.4.cjs\ncacheFolder: ./store\n',
        'berry4/package.json': '{"packageManager":"yarn@4.1.0"}',
        'berry4/.yarnrc.yml': 'nodeLinker: node-modules\n',
        'pn/pnpm-workspace.yaml': 'packages: []\nstoreDir: /opt/pnpm-store\n',
        'po/poetry.toml': '[virtualenvs]\npath = "/opt/venvs"\n',
      },
    });
    try {
      const p: Platform = { os: 'linux', home, env: { HOME: home } };
      const at = (m: keyof typeof SPECS, dir: string) =>
        SPECS[m].paths({ root: ws, projects: [`${ws}/${dir}`], platform: p });
      expect(at('npm', 'web')).toEqual([{ path: `${ws}/npm-project`, source: '`cache` in web/.npmrc' }]);
      expect(at('npm', 'other')).toEqual([{ path: `${home}/npm-user`, source: '`cache` in ~/.npmrc' }]);
      expect(at('yarn', 'classic')).toEqual([
        { path: '/opt/yarn-classic/v6', source: '`cache-folder` in classic/.yarnrc' },
      ]);
      expect(at('yarn', 'berry3')).toEqual([
        { path: `${ws}/berry3/store`, source: '`cacheFolder` in berry3/.yarnrc.yml' },
      ]);
      expect(at('yarn', 'berry4')).toEqual([{ path: `${home}/.yarn/berry/cache`, source: "yarn berry's default" }]);
      expect(at('pnpm', 'pn')).toEqual([{ path: '/opt/pnpm-store', source: '`storeDir` in pn/pnpm-workspace.yaml' }]);
      expect(at('poetry', 'po').map((s) => s.path)).toEqual([
        `${home}/.cache/pypoetry/cache`,
        `${home}/.cache/pypoetry/artifacts`,
        '/opt/venvs',
      ]);
      expect(at('pip', '.')).toEqual([{ path: `${home}/pipc`, source: '`cache-dir` in ~/.config/pip/pip.conf' }]);
      expect(at('uv', '.')).toEqual([{ path: '/opt/uv', source: '`cache-dir` in ~/.config/uv/uv.toml' }]);
      expect(at('go', '.')[0]).toEqual({ path: '/opt/gomod', source: '`GOMODCACHE` in ~/.config/go/env' });
    } finally {
      rmSync(home, { recursive: true, force: true });
      rmSync(ws, { recursive: true, force: true });
    }
  });

  it('puts no runtime in npm keys, on this machine', async () => {
    const root = mk('npm', { commit: true });
    try {
      const plan = await planCaches({
        root,
        prefix: 'deps',
        runnerOs: 'Linux',
        runnerArch: 'X64',
        platform: currentPlatform(process.env),
      });
      expect(plan.entries[0]!.paths).toHaveLength(1);
      expect(plan.entries[0]!.runtime).toBe('');
      expect(plan.entries[0]!.key).toMatch(/^deps-linux-x64-npm-[0-9a-f]{32}$/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('planCaches', () => {
  const plan = (fixture: string, managers: string[] = [], commit = true) =>
    planCaches({
      root: mk(fixture, { commit, extra: commit ? {} : DECOYS }),
      managers: parseManagers(managers),
      prefix: 'deps',
      runnerOs: 'Linux',
      runnerArch: 'X64',
      platform: linux,
      tool: answering({
        'node --version': 'v20.11.1',
        'python3 -I -S --version': 'Python 3.12.1',
        'go env GOVERSION': 'go1.22.0',
      }),
    });

  it.each([
    ['npm', 'npm', ['package-lock.json'], ''],
    ['yarn', 'yarn', ['yarn.lock'], ''],
    ['pnpm', 'pnpm', ['pnpm-lock.yaml'], ''],
    ['pip', 'pip', ['requirements.txt'], 'py3.12'],
    ['poetry', 'poetry', ['poetry.lock'], 'py3.12'],
    ['uv', 'uv', ['uv.lock'], 'py3.12'],
    ['go', 'go', ['go.mod', 'go.sum'], 'go1.22'],
  ])('detects %s from its lockfile', async (fixture, manager, files, runtime) => {
    const p = await plan(fixture);
    expect(p.listing).toBe('git');
    expect(p.entries.map((e) => e.manager)).toEqual([manager]);
    expect(p.entries[0]!.files).toEqual(files);
    expect(p.entries[0]!.runtime).toBe(runtime);
    expect(p.entries[0]!.key).toMatch(
      new RegExp(`^deps-linux-x64-${manager}-${runtime ? `${runtime.replace(/\./g, '\\.')}-` : ''}[0-9a-f]{32}$`),
    );
    expect(p.warnings).toEqual([]);
  });

  it('detects every manager of a monorepo from its sub-folders, the same with git or a walk', async () => {
    const withGit = await plan('monorepo');
    const walked = await plan('monorepo', [], false);
    expect(walked.listing).toBe('walk');
    const summary = (p: typeof withGit) => p.entries.map((e) => [e.manager, e.files, e.key]);
    expect(summary(withGit)).toEqual([
      ['npm', ['packages/web/package-lock.json'], expect.stringMatching(/^deps-linux-x64-npm-[0-9a-f]{32}$/)],
      ['pip', ['services/api/requirements.txt'], expect.stringMatching(/^deps-linux-x64-pip-py3\.12-[0-9a-f]{32}$/)],
      [
        'go',
        ['tools/gen/go.mod', 'tools/gen/go.sum'],
        expect.stringMatching(/^deps-linux-x64-go-go1\.22-[0-9a-f]{32}$/),
      ],
    ]);
    // The walk met lockfiles in node_modules and virtualenvs (DECOYS) and skipped them.
    expect(summary(walked)).toEqual(summary(withGit));
  });

  it('takes an explicit list, warns about a manager without a lockfile, and rejects unknown names', async () => {
    const p = await plan('npm', ['npm', 'pip']);
    expect(p.entries.map((e) => e.manager)).toEqual(['npm', 'pip']);
    expect(p.warnings).toEqual([
      expect.stringMatching(/^No requirements\*\.txt or requirements\/\*\.txt or constraints\*\.txt found for pip/),
    ]);
    expect(() => parseManagers(['npm', 'bundler'])).toThrow(
      `Input 'package-manager' has the value "bundler": expected one or more of 'npm', 'yarn', 'pnpm', 'pip', 'poetry', 'uv', 'go'.`,
    );
  });

  it('takes the environment from platform only, never from process.env', async () => {
    const saved = process.env.npm_config_cache;
    process.env.npm_config_cache = '/home/runner/from-process-env';
    try {
      const p = await planCaches({
        root: mk('npm', { commit: true }),
        prefix: 'deps',
        runnerOs: 'Linux',
        runnerArch: 'X64',
        platform: linux,
      });
      expect(p.entries.map((e) => e.paths)).toEqual([['/home/runner/.npm']]);
    } finally {
      if (saved === undefined) delete process.env.npm_config_cache;
      else process.env.npm_config_cache = saved;
    }
  });

  it('finds nothing in a repository without lockfiles', async () => {
    const p = await planCaches({
      root: mk(undefined, { commit: false }),
      prefix: 'deps',
      runnerOs: 'Linux',
      runnerArch: 'X64',
      tool: absent,
      platform: linux,
    });
    expect(p.entries).toEqual([]);
  });
});

describe('quality cache-key', () => {
  const io = (cwd: string) => {
    const out = { stdout: '', stderr: '' };
    return {
      out,
      io: {
        stdout: (s: string) => (out.stdout += s),
        stderr: (s: string) => (out.stderr += s),
        cwd,
        env: { ...process.env, RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' },
      },
    };
  };

  it('prints the same key as the action computes, in human and JSON form', async () => {
    const dir = mk('monorepo', { commit: true });
    const h = io(dir);
    expect(await cacheKeyCommand([], h.io)).toBe(0);
    const j = io(dir);
    expect(await cacheKeyCommand(['--json', '--key-prefix=ci'], j.io)).toBe(0);
    const parsed = JSON.parse(j.out.stdout) as { entries: { manager: string; key: string }[] };
    expect(parsed.entries.map((e) => e.manager)).toEqual(['npm', 'pip', 'go']);
    const direct = await planCaches({
      root: dir,
      prefix: 'ci',
      runnerOs: 'Linux',
      runnerArch: 'X64',
      platform: currentPlatform(process.env),
    });
    expect(parsed.entries.map((e) => e.key)).toEqual(direct.entries.map((e) => e.key));
    expect(h.out.stdout).toContain(
      `npm: ${direct.entries[0]!.key.replace(/^ci-/, 'deps-')}\n  files (git): packages/web/package-lock.json\n`,
    );
  });

  it('answers usage and configuration errors with exit code 2', async () => {
    const a = io('/');
    expect(await cacheKeyCommand(['--package-manager', 'ant'], a.io)).toBe(2);
    expect(a.out.stderr).toMatch(/--package-manager' has the value "ant"/);
    const b = io('/');
    expect(await cacheKeyCommand(['--matrix', '{nope'], b.io)).toBe(2);
    expect(b.out.stderr).toMatch(/--matrix is not valid JSON/);
    const c = io('/');
    expect(await cacheKeyCommand(['--bogus'], c.io)).toBe(2);
  });
});

describe('names from the repository never become workflow commands', () => {
  const spoof = 'x\n::warning title=SPOOF::y';
  /** Lines a runner would read as workflow commands. */
  const commandLines = (text: string) => text.split(/\r?\n|\r/).filter((l) => /^\s*::/.test(l));

  it('escapes lockfile and store paths in the log line and in quality cache-key', async () => {
    const dir = mk(undefined, { commit: false, extra: { [`${spoof}/package-lock.json`]: '{}\n' } });
    const home = `/home/runner/${spoof}`;
    const platform: Platform = { os: 'linux', home: '/home/runner', env: { npm_config_cache: home } };
    const plan = await planCaches({ root: dir, prefix: 'deps', runnerOs: 'Linux', runnerArch: 'X64', platform });
    expect(plan.entries[0]!.files).toEqual([`${spoof}/package-lock.json`]);
    expect(plan.entries[0]!.paths).toEqual([home]);
    const line = describeEntry(plan.entries[0]!);
    expect(commandLines(line)).toEqual([]);
    expect(line).toContain('x%0A::warning title=SPOOF::y/package-lock.json');
    expect(line).toContain('paths: /home/runner/x%0A::warning title=SPOOF::y');

    const out = { stdout: '', stderr: '' };
    const code = await cacheKeyCommand([], {
      stdout: (t) => (out.stdout += t),
      stderr: (t) => (out.stderr += t),
      cwd: dir,
      env: { HOME: '/home/runner', npm_config_cache: home, RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' },
    });
    expect(code).toBe(0);
    expect(out.stdout).toContain('x%0A::warning title=SPOOF::y');
    expect(commandLines(out.stdout)).toEqual([]);
    expect(commandLines(out.stderr)).toEqual([]);
  });

  it('escapeLogText: %, CR, LF and a leading ::', () => {
    expect(escapeLogText('50%\r\n::error::x')).toBe('50%25%0D%0A::error::x');
    expect(escapeLogText('  ::error::x')).toBe('  :%3Aerror::x');
  });
});
