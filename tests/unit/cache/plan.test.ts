import { describe, it, expect } from '@jest/globals';
import { SPECS, type Platform, type ToolRunner } from '../../../packages/cache/src/managers.js';
import { parseManagers, planCaches } from '../../../packages/cache/src/plan.js';
import { DECOYS, tree } from './helpers.js';

const linux: Platform = { os: 'linux', home: '/home/runner', env: {} };
/** No tool installed: every path comes from the documented defaults. */
const absent: ToolRunner = async () => undefined;
/** Tools answer from a table keyed by 'file args'. */
const answering =
  (table: Record<string, string>): ToolRunner =>
  async (file, args) =>
    table[`${file} ${args.join(' ')}`];

describe('store paths', () => {
  it('uses the documented defaults when the tool is absent (Linux)', async () => {
    const got: Record<string, string[]> = {};
    for (const m of Object.values(SPECS)) got[m.name] = await m.paths(absent, '/w', linux);
    expect(got).toEqual({
      npm: ['/home/runner/.npm'],
      yarn: ['/home/runner/.cache/yarn/v6', '/home/runner/.yarn/berry/cache'],
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

  it('follows the tools’ environment variables, then macOS and Windows defaults', async () => {
    const env = {
      XDG_CACHE_HOME: '/x',
      GOPATH: '/gp',
      PIP_CACHE_DIR: '/pipc',
      npm_config_cache: '/npmc',
      UV_CACHE_DIR: 'relative/ignored',
    };
    const p: Platform = { os: 'linux', home: '/h', env };
    expect(await SPECS.go.paths(absent, '/w', p)).toEqual(['/gp/pkg/mod', '/x/go-build']);
    expect(await SPECS.pip.paths(absent, '/w', p)).toEqual(['/pipc']);
    expect(await SPECS.npm.paths(absent, '/w', p)).toEqual(['/npmc']);
    expect(await SPECS.uv.paths(absent, '/w', p)).toEqual(['/x/uv']);
    const mac: Platform = { os: 'darwin', home: '/Users/me', env: {} };
    expect(await SPECS.pip.paths(absent, '/w', mac)).toEqual(['/Users/me/Library/Caches/pip']);
    expect(await SPECS.pnpm.paths(absent, '/w', mac)).toEqual(['/Users/me/Library/pnpm/store']);
  });

  it('asks the tool when it is installed', async () => {
    const tool = answering({
      'npm config get cache': '/opt/npm-cache',
      'pnpm store path --silent': '/opt/pnpm/store/v3',
      'pip cache dir': '/opt/pip',
      'go env GOMODCACHE GOCACHE': '/opt/gomod\n/opt/gobuild',
      'yarn --version': '4.1.0',
      'yarn config get cacheFolder': '/opt/berry',
      'uv cache dir': '/opt/uv',
      'poetry config cache-dir': '/opt/poetry',
      'poetry config virtualenvs.path': '/opt/venvs',
    });
    expect(await SPECS.npm.paths(tool, '/w', linux)).toEqual(['/opt/npm-cache']);
    expect(await SPECS.pnpm.paths(tool, '/w', linux)).toEqual(['/opt/pnpm/store/v3']);
    expect(await SPECS.pip.paths(tool, '/w', linux)).toEqual(['/opt/pip']);
    expect(await SPECS.go.paths(tool, '/w', linux)).toEqual(['/opt/gomod', '/opt/gobuild']);
    expect(await SPECS.yarn.paths(tool, '/w', linux)).toEqual(['/opt/berry']);
    expect(await SPECS.uv.paths(tool, '/w', linux)).toEqual(['/opt/uv']);
    expect(await SPECS.poetry.paths(tool, '/w', linux)).toEqual([
      '/opt/poetry/cache',
      '/opt/poetry/artifacts',
      '/opt/venvs',
    ]);
    const classic = answering({ 'yarn --version': '1.22.22', 'yarn cache dir': '/opt/yarn/v6' });
    expect(await SPECS.yarn.paths(classic, '/w', linux)).toEqual(['/opt/yarn/v6']);
  });

  it('really asks npm on this machine, where it is installed', async () => {
    const plan = await planCaches({
      root: tree('npm', { commit: true }),
      prefix: 'deps',
      runnerOs: 'Linux',
      runnerArch: 'X64',
    });
    expect(plan.entries[0]!.paths).toHaveLength(1);
    expect(plan.entries[0]!.runtime).toBe(`node${process.versions.node}`);
  });
});

describe('planCaches', () => {
  const plan = (fixture: string, managers: string[] = [], commit = true) =>
    planCaches({
      root: tree(fixture, { commit, extra: commit ? {} : DECOYS }),
      managers: parseManagers(managers),
      prefix: 'deps',
      runnerOs: 'Linux',
      runnerArch: 'X64',
      platform: linux,
      tool: answering({
        'node --version': 'v20.11.1',
        'python3 --version': 'Python 3.12.1',
        'go env GOVERSION': 'go1.22.0',
      }),
    });

  it.each([
    ['npm', 'npm', ['package-lock.json'], 'node20.11.1'],
    ['yarn', 'yarn', ['yarn.lock'], 'node20.11.1'],
    ['pnpm', 'pnpm', ['pnpm-lock.yaml'], 'node20.11.1'],
    ['pip', 'pip', ['requirements.txt'], 'py3.12.1'],
    ['poetry', 'poetry', ['poetry.lock'], 'py3.12.1'],
    ['uv', 'uv', ['uv.lock'], 'py3.12.1'],
    ['go', 'go', ['go.mod', 'go.sum'], 'go1.22.0'],
  ])('detects %s from its lockfile', async (fixture, manager, files, runtime) => {
    const p = await plan(fixture);
    expect(p.listing).toBe('git');
    expect(p.entries.map((e) => e.manager)).toEqual([manager]);
    expect(p.entries[0]!.files).toEqual(files);
    expect(p.entries[0]!.runtime).toBe(runtime);
    expect(p.entries[0]!.key).toMatch(
      new RegExp(`^deps-linux-x64-${manager}-${runtime.replace(/\./g, '\\.')}-[0-9a-f]{32}$`),
    );
    expect(p.warnings).toEqual([]);
  });

  it('detects every manager of a monorepo from its sub-folders, the same with git or a walk', async () => {
    const withGit = await plan('monorepo');
    const walked = await plan('monorepo', [], false);
    expect(walked.listing).toBe('walk');
    const summary = (p: typeof withGit) => p.entries.map((e) => [e.manager, e.files, e.key]);
    expect(summary(withGit)).toEqual([
      ['npm', ['packages/web/package-lock.json'], expect.stringMatching(/^deps-linux-x64-npm-node20\.11\.1-/)],
      ['pip', ['services/api/requirements.txt'], expect.stringMatching(/^deps-linux-x64-pip-py3\.12\.1-/)],
      ['go', ['tools/gen/go.mod', 'tools/gen/go.sum'], expect.stringMatching(/^deps-linux-x64-go-go1\.22\.0-/)],
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

  it('finds nothing in a repository without lockfiles', async () => {
    const p = await planCaches({
      root: tree(undefined, { commit: false }),
      prefix: 'deps',
      runnerOs: 'Linux',
      runnerArch: 'X64',
      tool: absent,
    });
    expect(p.entries).toEqual([]);
  });
});
