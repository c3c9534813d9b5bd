/**
 * What each package manager keeps, where, and which files decide its contents.
 *
 * Only the package manager's own download store is cached: never `node_modules`, never a
 * virtualenv inside the workspace. The one tricky rule: no package-manager binary is ever run.
 * Store paths are read from the environment, the configuration files the tool itself would
 * read (`.npmrc` `cache=`, `.yarnrc.yml` `cacheFolder`, `pip.conf`...) and the documented
 * defaults, because running `yarn`, `pnpm`, `poetry` or `go` in the workspace honours the
 * repository's configuration, which can name code to run (`yarn-path`, `yarnPath`, Poetry's
 * `requires-plugins`, corepack's `packageManager` URL, Go's `toolchain`).
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

export const MANAGERS = ['npm', 'yarn', 'pnpm', 'pip', 'poetry', 'uv', 'go'] as const;
export type ManagerName = (typeof MANAGERS)[number];

export type Env = Readonly<Record<string, string | undefined>>;

/** Runs a runtime (python3, go): resolves stdout (trimmed), or undefined when absent or failing. */
export type ToolRunner = (file: string, args: readonly string[], cwd: string) => Promise<string | undefined>;

export interface Platform {
  /** process.platform values: 'linux', 'darwin', 'win32'. */
  os: NodeJS.Platform;
  home: string;
  /** The environment the job's steps run with (values only: engines never read process.env). */
  env: Env;
}

/** A store path and what named it, for the warning when the path is refused. */
export interface StorePath {
  path: string;
  /** e.g. "`cache` in packages/web/.npmrc", "npm_config_cache", "npm's default". */
  source: string;
}

export interface StoreContext {
  /** The workspace root (absolute). */
  root: string;
  /** Folders (absolute) holding the manager's lockfiles; the root when there are none. */
  projects: readonly string[];
  platform: Platform;
}

/** How to ask a runtime its version without letting the repository configure it. */
export interface RuntimeProbe {
  label: string;
  /** Executables tried in order. */
  files: readonly string[];
  args: readonly string[];
  /** The `major.minor` version, or undefined. */
  parse: (out: string) => string | undefined;
}

export interface ManagerSpec {
  name: ManagerName;
  /** Lockfile names (basename globs, matched in every folder of the repository). */
  lockfiles: readonly string[];
  /** Manager configuration that changes what gets installed; hashed with the lockfiles. */
  config: readonly string[];
  /**
   * The runtime whose minor version goes into the key: only where the store's content depends
   * on it (built wheels, virtualenvs, Go's build cache). npm, yarn and pnpm keep tarballs.
   */
  runtime?: RuntimeProbe;
  /** The store paths, from the environment, configuration files and documented defaults. */
  paths(ctx: StoreContext): StorePath[];
}

export const pythonRuntime: RuntimeProbe = {
  label: 'py',
  files: ['python3', 'python'],
  // -I: no PYTHON* variables, no user site, no script folder on sys.path; -S: no site import.
  args: ['-I', '-S', '--version'],
  parse: (out) => /^Python (\d+\.\d+)/.exec(out.trim())?.[1],
};
export const goRuntime: RuntimeProbe = {
  label: 'go',
  files: ['go'],
  args: ['env', 'GOVERSION'],
  parse: (out) => /^go(\d+\.\d+)/.exec(out.trim())?.[1],
};

/** Environment for a runtime probe: no toolchain switch, no workspace file, no prompt. */
export function probeEnv(env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return {
    ...out,
    GOTOOLCHAIN: 'local',
    GOWORK: 'off',
    GOFLAGS: '',
    GOPROXY: 'off',
    COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
    COREPACK_ENABLE_STRICT: '0',
    YARN_IGNORE_PATH: '1',
  };
}

// ---------------------------------------------------------------------------------
// Reading configuration files: small, line by line, bounded.

const MAX_CONFIG_BYTES = 256 * 1024;

/** A regular file's text (at most 256 KiB), or undefined. */
export function readConfig(file: string): string | undefined {
  try {
    const st = statSync(file);
    if (!st.isFile() || st.size > MAX_CONFIG_BYTES) return undefined;
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The first `bytes` bytes of a regular file (a lockfile's header), or ''. */
function readHead(file: string, bytes: number): string {
  let fd: number | undefined;
  try {
    if (!statSync(file).isFile()) return '';
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(bytes);
    return buf.toString('utf8', 0, readSync(fd, buf, 0, bytes, 0));
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const unquote = (v: string) => {
  const t = v.trim();
  const m = /^"(.*)"$/.exec(t) ?? /^'(.*)'$/.exec(t);
  return m ? m[1]! : t;
};

/** `key = value` lines of an ini file (`.npmrc`, `pip.conf`), `section.key` inside sections. */
export function iniValue(text: string, key: string, sections: readonly string[] = ['']): string | undefined {
  let section = '';
  let found: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#')) continue;
    const sec = /^\[([^\]]*)\]$/.exec(line);
    if (sec) {
      section = sec[1]!.trim();
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0 || !sections.includes(section)) continue;
    if (line.slice(0, eq).trim() === key) found = unquote(line.slice(eq + 1));
  }
  return found;
}

/** `key "value"` or `key value` lines of a yarn classic `.yarnrc`. */
function yarnrcValue(text: string, key: string): string | undefined {
  let found: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line.startsWith(`${key} `) && !line.startsWith(`"${key}" `)) continue;
    found = unquote(line.slice(line.indexOf(' ') + 1));
  }
  return found;
}

/** A top-level `key: value` of a flat YAML file (`.yarnrc.yml`, `pnpm-workspace.yaml`). */
function yamlValue(text: string, key: string): string | undefined {
  let found: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (!line.startsWith(`${key}:`)) continue;
    found = unquote(line.slice(key.length + 1).replace(/\s+#.*$/, ''));
  }
  return found;
}

/** `key = "value"` in a TOML table ('' for the top level) of a flat TOML file. */
function tomlValue(text: string, table: string, key: string): string | undefined {
  let current = '';
  let found: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const t = /^\[([A-Za-z0-9_.\-" ]+)\]$/.exec(line);
    if (t) {
      current = t[1]!.replace(/[" ]/g, '');
      continue;
    }
    if (current !== table) continue;
    const m = /^"?([A-Za-z0-9_.-]+)"?\s*=\s*("[^"]*"|'[^']*'|true|false)\s*(#.*)?$/.exec(line);
    if (m && m[1] === key) found = unquote(m[2]!);
  }
  return found;
}

/**
 * A configured path made absolute: `~/` is the home folder, `${VAR}` comes from the
 * environment given, a relative path is relative to `base`. Undefined when empty or when a
 * variable is unset.
 */
export function configPath(value: string | undefined, base: string, p: Platform): string | undefined {
  if (value === undefined) return undefined;
  let unset = false;
  let v = value.trim().replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    const got = p.env[name];
    if (got === undefined) unset = true;
    return got ?? '';
  });
  if (unset || v === '' || v === 'undefined' || v === 'null') return undefined;
  if (v === '~') v = p.home;
  else if (v.startsWith('~/') || v.startsWith('~\\')) v = join(p.home, v.slice(2));
  return isAbsolute(v) ? resolve(v) : resolve(base, v);
}

/** An environment variable holding an absolute path. */
function envPath(p: Platform, name: string): StorePath | undefined {
  const v = p.env[name];
  return v && isAbsolute(v) ? { path: resolve(v), source: `the environment variable ${name}` } : undefined;
}

/** A path-valued setting from the first config file that sets it. */
function fromFiles(
  files: readonly string[],
  read: (text: string) => string | undefined,
  setting: string,
  p: Platform,
  root: string,
): StorePath | undefined {
  for (const file of files) {
    const text = readConfig(file);
    if (text === undefined) continue;
    const path = configPath(read(text), dirname(file), p);
    if (path) return { path, source: `\`${setting}\` in ${shown(file, root, p)}` };
  }
  return undefined;
}

/** A config file's name as the user knows it: relative to the workspace, or `~/...`. */
function shown(file: string, root: string, p: Platform): string {
  const rel = (base: string) => {
    const r = file.slice(base.length + 1);
    return file.startsWith(base + '/') || file.startsWith(base + '\\') ? r : undefined;
  };
  const w = rel(root);
  if (w !== undefined) return w;
  const h = rel(p.home);
  return h !== undefined ? `~/${h}` : file;
}

const xdgCache = (p: Platform) => envPath(p, 'XDG_CACHE_HOME')?.path ?? join(p.home, '.cache');
const xdgConfig = (p: Platform) => envPath(p, 'XDG_CONFIG_HOME')?.path ?? join(p.home, '.config');
const localAppData = (p: Platform) => envPath(p, 'LOCALAPPDATA')?.path ?? join(p.home, 'AppData', 'Local');
const appData = (p: Platform) => envPath(p, 'APPDATA')?.path ?? join(p.home, 'AppData', 'Roaming');
/** Go's and Poetry's os.UserConfigDir(). */
const userConfigDir = (p: Platform) =>
  p.os === 'win32' ? appData(p) : p.os === 'darwin' ? join(p.home, 'Library', 'Application Support') : xdgConfig(p);
const def = (name: string, path: string): StorePath => ({ path, source: `${name}'s default` });

/** npm reads `npm_config_*` variables case-insensitively. */
function npmEnv(p: Platform, key: string): StorePath | undefined {
  const want = `npm_config_${key}`.toLowerCase();
  for (const name of Object.keys(p.env).sort()) {
    if (name.toLowerCase() === want.replace(/-/g, '_')) return envPath(p, name);
  }
  return undefined;
}

function userNpmrc(p: Platform): string {
  return npmEnv(p, 'userconfig')?.path ?? join(p.home, '.npmrc');
}

/** Whether a berry (2+) project: `.yarnrc.yml`, a v2+ `packageManager`, or a berry lockfile. */
function yarnBerry(project: string): { berry: boolean; major: number } {
  const pm = /"packageManager"\s*:\s*"yarn@(\d+)/.exec(readConfig(join(project, 'package.json')) ?? '');
  if (pm) return { berry: Number(pm[1]) >= 2, major: Number(pm[1]) };
  const rc = readConfig(join(project, '.yarnrc.yml'));
  const fromPath = /yarn-(\d+)\.\d+\.\d+\.c?js/.exec(rc ?? '');
  if (fromPath) return { berry: Number(fromPath[1]) >= 2, major: Number(fromPath[1]) };
  const lock = readHead(join(project, 'yarn.lock'), 4096);
  const meta = /__metadata:\s*\n\s+version:\s*(\d+)/.exec(lock);
  if (meta) return { berry: true, major: Number(meta[1]) >= 8 ? 4 : 3 };
  return rc !== undefined ? { berry: true, major: 4 } : { berry: false, major: 1 };
}

const truthy = (v: string | undefined) => (v === undefined ? undefined : /^(true|1)$/i.test(v.trim()));

function yarnPaths(ctx: StoreContext, project: string): StorePath[] {
  const p = ctx.platform;
  const { berry, major } = yarnBerry(project);
  if (!berry) {
    const setting =
      envPath(p, 'YARN_CACHE_FOLDER') ??
      fromFiles(
        [join(project, '.yarnrc'), join(ctx.root, '.yarnrc'), join(p.home, '.yarnrc')],
        (t) => yarnrcValue(t, 'cache-folder'),
        'cache-folder',
        p,
        ctx.root,
      );
    // Classic keeps its store in a `v6` folder under the cache folder.
    if (setting) return [{ path: join(setting.path, 'v6'), source: setting.source }];
    const base =
      p.os === 'win32'
        ? join(localAppData(p), 'Yarn', 'Cache')
        : p.os === 'darwin'
          ? join(p.home, 'Library', 'Caches', 'Yarn')
          : join(xdgCache(p), 'yarn');
    return [def('yarn classic', join(base, 'v6'))];
  }
  const rcFiles = [join(project, '.yarnrc.yml'), join(ctx.root, '.yarnrc.yml'), join(p.home, '.yarnrc.yml')];
  const firstSet = (key: string) => {
    for (const f of rcFiles) {
      const t = readConfig(f);
      const v = t === undefined ? undefined : yamlValue(t, key);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  // Yarn 4 caches in the global folder by default; 2 and 3 in the project's .yarn/cache.
  const global = truthy(p.env.YARN_ENABLE_GLOBAL_CACHE) ?? truthy(firstSet('enableGlobalCache')) ?? major >= 4;
  if (global) {
    const folder =
      envPath(p, 'YARN_GLOBAL_FOLDER') ??
      fromFiles(rcFiles, (t) => yamlValue(t, 'globalFolder'), 'globalFolder', p, ctx.root);
    if (folder) return [{ path: join(folder.path, 'cache'), source: folder.source }];
    const base = p.os === 'win32' ? join(localAppData(p), 'Yarn', 'Berry') : join(p.home, '.yarn', 'berry');
    return [def('yarn berry', join(base, 'cache'))];
  }
  return [
    envPath(p, 'YARN_CACHE_FOLDER') ??
      fromFiles(rcFiles, (t) => yamlValue(t, 'cacheFolder'), 'cacheFolder', p, ctx.root) ??
      def('yarn berry', join(project, '.yarn', 'cache')),
  ];
}

function perProject(ctx: StoreContext, one: (project: string) => StorePath[]): StorePath[] {
  const out: StorePath[] = [];
  for (const project of ctx.projects) {
    for (const s of one(project)) if (!out.some((o) => o.path === s.path)) out.push(s);
  }
  return out;
}

export const SPECS: Record<ManagerName, ManagerSpec> = {
  npm: {
    name: 'npm',
    lockfiles: ['package-lock.json', 'npm-shrinkwrap.json'],
    config: ['.npmrc'],
    paths: (ctx) =>
      perProject(ctx, (project) => {
        const p = ctx.platform;
        return [
          npmEnv(p, 'cache') ??
            fromFiles([join(project, '.npmrc'), userNpmrc(p)], (t) => iniValue(t, 'cache'), 'cache', p, ctx.root) ??
            def('npm', p.os === 'win32' ? join(localAppData(p), 'npm-cache') : join(p.home, '.npm')),
        ];
      }),
  },
  yarn: {
    name: 'yarn',
    lockfiles: ['yarn.lock'],
    config: ['.yarnrc', '.yarnrc.yml'],
    paths: (ctx) => perProject(ctx, (project) => yarnPaths(ctx, project)),
  },
  pnpm: {
    name: 'pnpm',
    lockfiles: ['pnpm-lock.yaml'],
    config: ['pnpm-workspace.yaml', '.npmrc'],
    paths: (ctx) =>
      perProject(ctx, (project) => {
        const p = ctx.platform;
        const set =
          npmEnv(p, 'store-dir') ??
          envPath(p, 'pnpm_config_store_dir') ??
          fromFiles([join(project, 'pnpm-workspace.yaml')], (t) => yamlValue(t, 'storeDir'), 'storeDir', p, ctx.root) ??
          fromFiles(
            [join(project, '.npmrc'), join(xdgConfig(p), 'pnpm', 'rc'), userNpmrc(p)],
            (t) => iniValue(t, 'store-dir'),
            'store-dir',
            p,
            ctx.root,
          );
        if (set) return [set];
        const home = envPath(p, 'PNPM_HOME');
        if (home) return [{ path: join(home.path, 'store'), source: home.source }];
        if (p.os === 'win32') return [def('pnpm', join(localAppData(p), 'pnpm', 'store'))];
        if (p.os === 'darwin') return [def('pnpm', join(p.home, 'Library', 'pnpm', 'store'))];
        const data = envPath(p, 'XDG_DATA_HOME')?.path ?? join(p.home, '.local', 'share');
        return [def('pnpm', join(data, 'pnpm', 'store'))];
      }),
  },
  pip: {
    name: 'pip',
    lockfiles: ['requirements*.txt', 'requirements/*.txt', 'constraints*.txt'],
    config: [],
    runtime: pythonRuntime,
    paths(ctx) {
      const p = ctx.platform;
      const confs = [
        ...(envPath(p, 'PIP_CONFIG_FILE') ? [envPath(p, 'PIP_CONFIG_FILE')!.path] : []),
        p.os === 'win32' ? join(appData(p), 'pip', 'pip.ini') : join(userConfigDir(p), 'pip', 'pip.conf'),
        join(p.home, p.os === 'win32' ? 'pip' : '.pip', p.os === 'win32' ? 'pip.ini' : 'pip.conf'),
      ];
      const set =
        envPath(p, 'PIP_CACHE_DIR') ??
        fromFiles(confs, (t) => iniValue(t, 'cache-dir', ['global']), 'cache-dir', p, ctx.root);
      if (set) return [set];
      if (p.os === 'win32') return [def('pip', join(localAppData(p), 'pip', 'Cache'))];
      if (p.os === 'darwin') return [def('pip', join(p.home, 'Library', 'Caches', 'pip'))];
      return [def('pip', join(xdgCache(p), 'pip'))];
    },
  },
  poetry: {
    name: 'poetry',
    lockfiles: ['poetry.lock'],
    config: ['poetry.toml'],
    // Poetry's virtualenvs outside the project are built for one Python.
    runtime: pythonRuntime,
    paths: (ctx) =>
      perProject(ctx, (project) => {
        const p = ctx.platform;
        const files = [join(project, 'poetry.toml'), join(userConfigDir(p), 'pypoetry', 'config.toml')];
        const cacheDir =
          envPath(p, 'POETRY_CACHE_DIR') ??
          fromFiles(files, (t) => tomlValue(t, '', 'cache-dir'), 'cache-dir', p, ctx.root) ??
          def(
            'Poetry',
            p.os === 'win32'
              ? join(localAppData(p), 'pypoetry', 'Cache')
              : p.os === 'darwin'
                ? join(p.home, 'Library', 'Caches', 'pypoetry')
                : join(xdgCache(p), 'pypoetry'),
          );
        const venvs = envPath(p, 'POETRY_VIRTUALENVS_PATH') ??
          fromFiles(files, (t) => tomlValue(t, 'virtualenvs', 'path'), 'virtualenvs.path', p, ctx.root) ?? {
            path: join(cacheDir.path, 'virtualenvs'),
            source: cacheDir.source,
          };
        // The download caches and the virtualenvs Poetry creates outside the project.
        return [
          { path: join(cacheDir.path, 'cache'), source: cacheDir.source },
          { path: join(cacheDir.path, 'artifacts'), source: cacheDir.source },
          venvs,
        ];
      }),
  },
  uv: {
    name: 'uv',
    lockfiles: ['uv.lock'],
    config: ['uv.toml'],
    runtime: pythonRuntime,
    paths: (ctx) =>
      perProject(ctx, (project) => {
        const p = ctx.platform;
        const set =
          envPath(p, 'UV_CACHE_DIR') ??
          fromFiles([join(project, 'uv.toml')], (t) => tomlValue(t, '', 'cache-dir'), 'cache-dir', p, ctx.root) ??
          fromFiles(
            [join(project, 'pyproject.toml')],
            (t) => tomlValue(t, 'tool.uv', 'cache-dir'),
            'tool.uv.cache-dir',
            p,
            ctx.root,
          ) ??
          fromFiles(
            [join(userConfigDir(p), 'uv', 'uv.toml')],
            (t) => tomlValue(t, '', 'cache-dir'),
            'cache-dir',
            p,
            ctx.root,
          );
        if (set) return [set];
        if (p.os === 'win32') return [def('uv', join(localAppData(p), 'uv', 'cache'))];
        return [def('uv', join(xdgCache(p), 'uv'))];
      }),
  },
  go: {
    name: 'go',
    lockfiles: ['go.sum', 'go.work.sum'],
    config: ['go.mod', 'go.work'],
    runtime: goRuntime,
    paths(ctx) {
      const p = ctx.platform;
      // `go env -w` settings live in the user's go/env file (never in the repository).
      const goenvFile = envPath(p, 'GOENV')?.path ?? join(userConfigDir(p), 'go', 'env');
      const goenv = (name: string) => fromFiles([goenvFile], (t) => iniValue(t, name), name, p, ctx.root);
      const gopath = (() => {
        const v = p.env.GOPATH?.split(p.os === 'win32' ? ';' : ':')[0];
        if (v && isAbsolute(v)) return v;
        return goenv('GOPATH')?.path ?? join(p.home, 'go');
      })();
      const defaultBuild =
        p.os === 'win32'
          ? join(localAppData(p), 'go-build')
          : p.os === 'darwin'
            ? join(p.home, 'Library', 'Caches', 'go-build')
            : join(xdgCache(p), 'go-build');
      return [
        envPath(p, 'GOMODCACHE') ?? goenv('GOMODCACHE') ?? def('Go', join(gopath, 'pkg', 'mod')),
        envPath(p, 'GOCACHE') ?? goenv('GOCACHE') ?? def('Go', defaultBuild),
      ];
    },
  },
};

/** Lockfiles that, when found, say a manager is in use (config files alone do not). */
export function detectionFiles(name: ManagerName): readonly string[] {
  // A go.mod without dependencies has no go.sum: still a Go module with a build cache.
  return name === 'go' ? [...SPECS.go.lockfiles, 'go.mod'] : SPECS[name].lockfiles;
}
