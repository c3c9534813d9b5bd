/**
 * What each package manager keeps, where, and which files decide its contents.
 *
 * Only the package manager's own download store is cached: never `node_modules`, never a
 * virtualenv inside the workspace, never a file that can hold credentials (`.npmrc`,
 * `pip.conf`...). Paths come from the tool itself when it is installed (`npm config get
 * cache`, `pnpm store path`, `pip cache dir`, `go env GOMODCACHE`), else from the tool's
 * documented environment variables and defaults.
 */
import { join, isAbsolute } from 'node:path';

export const MANAGERS = ['npm', 'yarn', 'pnpm', 'pip', 'poetry', 'uv', 'go'] as const;
export type ManagerName = (typeof MANAGERS)[number];

/** Runs a tool: resolves stdout (trimmed), or undefined when the tool is absent or fails. */
export type ToolRunner = (file: string, args: readonly string[], cwd: string) => Promise<string | undefined>;

export interface Platform {
  /** process.platform values: 'linux', 'darwin', 'win32'. */
  os: NodeJS.Platform;
  home: string;
  env: NodeJS.ProcessEnv;
}

export interface ManagerSpec {
  name: ManagerName;
  /** Lockfile names (basename globs, matched in every folder of the repository). */
  lockfiles: readonly string[];
  /** Manager configuration that changes what gets installed; hashed with the lockfiles. */
  config: readonly string[];
  /** The runtime whose version goes into the key. */
  runtime: { label: string; file: string; args: readonly string[]; parse: (out: string) => string | undefined };
  /** The store paths: asks the tool, falls back to the documented defaults. */
  paths(tool: ToolRunner, cwd: string, p: Platform): Promise<string[]>;
}

const nodeRuntime = {
  label: 'node',
  file: 'node',
  args: ['--version'],
  parse: (out: string) => /^v?(\d+\.\d+\.\d+)/.exec(out.trim())?.[1],
};
const pythonRuntime = {
  label: 'py',
  file: 'python3',
  args: ['--version'],
  parse: (out: string) => /Python (\d+\.\d+\.\d+)/.exec(out)?.[1],
};
const goRuntime = {
  label: 'go',
  file: 'go',
  args: ['env', 'GOVERSION'],
  parse: (out: string) => /^go(\d+\.\d+(\.\d+)?)/.exec(out.trim())?.[1],
};

/** A usable absolute path from a tool's output (tools print 'undefined' or '' when unset). */
function asPath(out: string | undefined): string | undefined {
  const v = out?.split(/\r?\n/)[0]?.trim();
  if (!v || v === 'undefined' || v === 'null' || !isAbsolute(v)) return undefined;
  return v;
}

function env(p: Platform, name: string): string | undefined {
  const v = p.env[name];
  return v && isAbsolute(v) ? v : undefined;
}

/** $XDG_CACHE_HOME or ~/.cache. */
const xdgCache = (p: Platform) => env(p, 'XDG_CACHE_HOME') ?? join(p.home, '.cache');
const localAppData = (p: Platform) => env(p, 'LOCALAPPDATA') ?? join(p.home, 'AppData', 'Local');

export const SPECS: Record<ManagerName, ManagerSpec> = {
  npm: {
    name: 'npm',
    lockfiles: ['package-lock.json', 'npm-shrinkwrap.json'],
    config: ['.npmrc'],
    runtime: nodeRuntime,
    async paths(tool, cwd, p) {
      const asked = asPath(await tool('npm', ['config', 'get', 'cache'], cwd));
      if (asked) return [asked];
      const fromEnv = env(p, 'npm_config_cache') ?? env(p, 'NPM_CONFIG_CACHE');
      if (fromEnv) return [fromEnv];
      return [p.os === 'win32' ? join(localAppData(p), 'npm-cache') : join(p.home, '.npm')];
    },
  },
  yarn: {
    name: 'yarn',
    lockfiles: ['yarn.lock'],
    config: ['.yarnrc', '.yarnrc.yml'],
    runtime: nodeRuntime,
    async paths(tool, cwd, p) {
      // Berry (2+) answers `config get cacheFolder`; classic answers `cache dir`.
      const version = await tool('yarn', ['--version'], cwd);
      if (version !== undefined) {
        const berry = !/^1\./.test(version);
        const asked = asPath(
          berry ? await tool('yarn', ['config', 'get', 'cacheFolder'], cwd) : await tool('yarn', ['cache', 'dir'], cwd),
        );
        if (asked) return [asked];
      }
      const fromEnv = env(p, 'YARN_CACHE_FOLDER');
      if (fromEnv) return [fromEnv];
      // Without yarn installed: the classic default and the berry global cache (both are
      // harmless when absent: missing paths are skipped at save time).
      const classic =
        p.os === 'win32'
          ? join(localAppData(p), 'Yarn', 'Cache', 'v6')
          : p.os === 'darwin'
            ? join(p.home, 'Library', 'Caches', 'Yarn', 'v6')
            : join(xdgCache(p), 'yarn', 'v6');
      return [classic, join(p.home, '.yarn', 'berry', 'cache')];
    },
  },
  pnpm: {
    name: 'pnpm',
    lockfiles: ['pnpm-lock.yaml'],
    config: ['pnpm-workspace.yaml', '.npmrc'],
    runtime: nodeRuntime,
    async paths(tool, cwd, p) {
      const asked = asPath(await tool('pnpm', ['store', 'path', '--silent'], cwd));
      if (asked) return [asked];
      const home = env(p, 'PNPM_HOME');
      if (home) return [join(home, 'store')];
      if (p.os === 'win32') return [join(localAppData(p), 'pnpm', 'store')];
      if (p.os === 'darwin') return [join(p.home, 'Library', 'pnpm', 'store')];
      return [join(env(p, 'XDG_DATA_HOME') ?? join(p.home, '.local', 'share'), 'pnpm', 'store')];
    },
  },
  pip: {
    name: 'pip',
    lockfiles: ['requirements*.txt', 'requirements/*.txt', 'constraints*.txt'],
    config: [],
    runtime: pythonRuntime,
    async paths(tool, cwd, p) {
      const asked = asPath(await tool('pip', ['cache', 'dir'], cwd));
      if (asked) return [asked];
      const fromEnv = env(p, 'PIP_CACHE_DIR');
      if (fromEnv) return [fromEnv];
      if (p.os === 'win32') return [join(localAppData(p), 'pip', 'Cache')];
      if (p.os === 'darwin') return [join(p.home, 'Library', 'Caches', 'pip')];
      return [join(xdgCache(p), 'pip')];
    },
  },
  poetry: {
    name: 'poetry',
    lockfiles: ['poetry.lock'],
    config: ['poetry.toml'],
    runtime: pythonRuntime,
    async paths(tool, cwd, p) {
      let cacheDir = asPath(await tool('poetry', ['config', 'cache-dir'], cwd)) ?? env(p, 'POETRY_CACHE_DIR');
      cacheDir ??=
        p.os === 'win32'
          ? join(localAppData(p), 'pypoetry', 'Cache')
          : p.os === 'darwin'
            ? join(p.home, 'Library', 'Caches', 'pypoetry')
            : join(xdgCache(p), 'pypoetry');
      const venvs =
        asPath(await tool('poetry', ['config', 'virtualenvs.path'], cwd)) ??
        env(p, 'POETRY_VIRTUALENVS_PATH') ??
        join(cacheDir, 'virtualenvs');
      // The download caches and the virtualenvs Poetry creates outside the project.
      return [join(cacheDir, 'cache'), join(cacheDir, 'artifacts'), venvs];
    },
  },
  uv: {
    name: 'uv',
    lockfiles: ['uv.lock'],
    config: ['uv.toml'],
    runtime: pythonRuntime,
    async paths(tool, cwd, p) {
      const asked = asPath(await tool('uv', ['cache', 'dir'], cwd));
      if (asked) return [asked];
      const fromEnv = env(p, 'UV_CACHE_DIR');
      if (fromEnv) return [fromEnv];
      if (p.os === 'win32') return [join(localAppData(p), 'uv', 'cache')];
      return [join(xdgCache(p), 'uv')];
    },
  },
  go: {
    name: 'go',
    lockfiles: ['go.sum', 'go.work.sum'],
    config: ['go.mod', 'go.work'],
    runtime: goRuntime,
    async paths(tool, cwd, p) {
      const out = await tool('go', ['env', 'GOMODCACHE', 'GOCACHE'], cwd);
      const [mod, build] = (out ?? '').split(/\r?\n/).map((l) => asPath(l));
      const gopath = env(p, 'GOPATH')?.split(p.os === 'win32' ? ';' : ':')[0] ?? join(p.home, 'go');
      const defaultBuild =
        p.os === 'win32'
          ? join(localAppData(p), 'go-build')
          : p.os === 'darwin'
            ? join(p.home, 'Library', 'Caches', 'go-build')
            : join(xdgCache(p), 'go-build');
      return [mod ?? env(p, 'GOMODCACHE') ?? join(gopath, 'pkg', 'mod'), build ?? env(p, 'GOCACHE') ?? defaultBuild];
    },
  },
};

/** Lockfiles that, when found, say a manager is in use (config files alone do not). */
export function detectionFiles(name: ManagerName): readonly string[] {
  // A go.mod without dependencies has no go.sum: still a Go module with a build cache.
  return name === 'go' ? [...SPECS.go.lockfiles, 'go.mod'] : SPECS[name].lockfiles;
}
