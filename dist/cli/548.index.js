export const id = 548;
export const ids = [548];
export const modules = {

/***/ 9548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cacheKeyCommand: () => (/* binding */ cacheKeyCommand)
});

// EXTERNAL MODULE: ./packages/kit/src/escape.ts
var src_escape = __webpack_require__(6757);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/cache/src/managers.ts
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


const MANAGERS = ['npm', 'yarn', 'pnpm', 'pip', 'poetry', 'uv', 'go'];
const pythonRuntime = {
    label: 'py',
    files: ['python3', 'python'],
    // -I: no PYTHON* variables, no user site, no script folder on sys.path; -S: no site import.
    args: ['-I', '-S', '--version'],
    parse: (out) => /^Python (\d+\.\d+)/.exec(out.trim())?.[1],
};
const goRuntime = {
    label: 'go',
    files: ['go'],
    args: ['env', 'GOVERSION'],
    parse: (out) => /^go(\d+\.\d+)/.exec(out.trim())?.[1],
};
/** Environment for a runtime probe: no toolchain switch, no workspace file, no prompt. */
function probeEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
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
function readConfig(file) {
    try {
        const st = (0,external_node_fs_.statSync)(file);
        if (!st.isFile() || st.size > MAX_CONFIG_BYTES)
            return undefined;
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** The first `bytes` bytes of a regular file (a lockfile's header), or ''. */
function readHead(file, bytes) {
    let fd;
    try {
        if (!(0,external_node_fs_.statSync)(file).isFile())
            return '';
        fd = (0,external_node_fs_.openSync)(file, 'r');
        const buf = Buffer.alloc(bytes);
        return buf.toString('utf8', 0, (0,external_node_fs_.readSync)(fd, buf, 0, bytes, 0));
    }
    catch {
        return '';
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
const unquote = (v) => {
    const t = v.trim();
    const m = /^"(.*)"$/.exec(t) ?? /^'(.*)'$/.exec(t);
    return m ? m[1] : t;
};
/** `key = value` lines of an ini file (`.npmrc`, `pip.conf`), `section.key` inside sections. */
function iniValue(text, key, sections = ['']) {
    let section = '';
    let found;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith(';') || line.startsWith('#'))
            continue;
        const sec = /^\[([^\]]*)\]$/.exec(line);
        if (sec) {
            section = sec[1].trim();
            continue;
        }
        const eq = line.indexOf('=');
        if (eq <= 0 || !sections.includes(section))
            continue;
        if (line.slice(0, eq).trim() === key)
            found = unquote(line.slice(eq + 1));
    }
    return found;
}
/** `key "value"` or `key value` lines of a yarn classic `.yarnrc`. */
function yarnrcValue(text, key) {
    let found;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line.startsWith(`${key} `) && !line.startsWith(`"${key}" `))
            continue;
        found = unquote(line.slice(line.indexOf(' ') + 1));
    }
    return found;
}
/** A top-level `key: value` of a flat YAML file (`.yarnrc.yml`, `pnpm-workspace.yaml`). */
function yamlValue(text, key) {
    let found;
    for (const line of text.split(/\r?\n/)) {
        if (!line.startsWith(`${key}:`))
            continue;
        found = unquote(line.slice(key.length + 1).replace(/\s+#.*$/, ''));
    }
    return found;
}
/** `key = "value"` in a TOML table ('' for the top level) of a flat TOML file. */
function tomlValue(text, table, key) {
    let current = '';
    let found;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        const t = /^\[([A-Za-z0-9_.\-" ]+)\]$/.exec(line);
        if (t) {
            current = t[1].replace(/[" ]/g, '');
            continue;
        }
        if (current !== table)
            continue;
        const m = /^"?([A-Za-z0-9_.-]+)"?\s*=\s*("[^"]*"|'[^']*'|true|false)\s*(#.*)?$/.exec(line);
        if (m && m[1] === key)
            found = unquote(m[2]);
    }
    return found;
}
/**
 * A configured path made absolute: `~/` is the home folder, `${VAR}` comes from the
 * environment given, a relative path is relative to `base`. Undefined when empty or when a
 * variable is unset.
 */
function configPath(value, base, p) {
    if (value === undefined)
        return undefined;
    let unset = false;
    let v = value.trim().replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name) => {
        const got = p.env[name];
        if (got === undefined)
            unset = true;
        return got ?? '';
    });
    if (unset || v === '' || v === 'undefined' || v === 'null')
        return undefined;
    if (v === '~')
        v = p.home;
    else if (v.startsWith('~/') || v.startsWith('~\\'))
        v = (0,external_node_path_.join)(p.home, v.slice(2));
    return (0,external_node_path_.isAbsolute)(v) ? (0,external_node_path_.resolve)(v) : (0,external_node_path_.resolve)(base, v);
}
/** An environment variable holding an absolute path. */
function envPath(p, name) {
    const v = p.env[name];
    return v && (0,external_node_path_.isAbsolute)(v) ? { path: (0,external_node_path_.resolve)(v), source: `the environment variable ${name}` } : undefined;
}
/** A path-valued setting from the first config file that sets it. */
function fromFiles(files, read, setting, p, root) {
    for (const file of files) {
        const text = readConfig(file);
        if (text === undefined)
            continue;
        const path = configPath(read(text), (0,external_node_path_.dirname)(file), p);
        if (path)
            return { path, source: `\`${setting}\` in ${shown(file, root, p)}` };
    }
    return undefined;
}
/** A config file's name as the user knows it: relative to the workspace, or `~/...`. */
function shown(file, root, p) {
    const rel = (base) => {
        const r = file.slice(base.length + 1);
        return file.startsWith(base + '/') || file.startsWith(base + '\\') ? r : undefined;
    };
    const w = rel(root);
    if (w !== undefined)
        return w;
    const h = rel(p.home);
    return h !== undefined ? `~/${h}` : file;
}
const xdgCache = (p) => envPath(p, 'XDG_CACHE_HOME')?.path ?? (0,external_node_path_.join)(p.home, '.cache');
const xdgConfig = (p) => envPath(p, 'XDG_CONFIG_HOME')?.path ?? (0,external_node_path_.join)(p.home, '.config');
const localAppData = (p) => envPath(p, 'LOCALAPPDATA')?.path ?? (0,external_node_path_.join)(p.home, 'AppData', 'Local');
const appData = (p) => envPath(p, 'APPDATA')?.path ?? (0,external_node_path_.join)(p.home, 'AppData', 'Roaming');
/** Go's and Poetry's os.UserConfigDir(). */
const userConfigDir = (p) => p.os === 'win32' ? appData(p) : p.os === 'darwin' ? (0,external_node_path_.join)(p.home, 'Library', 'Application Support') : xdgConfig(p);
const def = (name, path) => ({ path, source: `${name}'s default` });
/** npm reads `npm_config_*` variables case-insensitively. */
function npmEnv(p, key) {
    const want = `npm_config_${key}`.toLowerCase();
    for (const name of Object.keys(p.env).sort()) {
        if (name.toLowerCase() === want.replace(/-/g, '_'))
            return envPath(p, name);
    }
    return undefined;
}
function userNpmrc(p) {
    return npmEnv(p, 'userconfig')?.path ?? (0,external_node_path_.join)(p.home, '.npmrc');
}
/** Whether a berry (2+) project: `.yarnrc.yml`, a v2+ `packageManager`, or a berry lockfile. */
function yarnBerry(project) {
    const pm = /"packageManager"\s*:\s*"yarn@(\d+)/.exec(readConfig((0,external_node_path_.join)(project, 'package.json')) ?? '');
    if (pm)
        return { berry: Number(pm[1]) >= 2, major: Number(pm[1]) };
    const rc = readConfig((0,external_node_path_.join)(project, '.yarnrc.yml'));
    const fromPath = /yarn-(\d+)\.\d+\.\d+\.c?js/.exec(rc ?? '');
    if (fromPath)
        return { berry: Number(fromPath[1]) >= 2, major: Number(fromPath[1]) };
    const lock = readHead((0,external_node_path_.join)(project, 'yarn.lock'), 4096);
    const meta = /__metadata:\s*\n\s+version:\s*(\d+)/.exec(lock);
    if (meta)
        return { berry: true, major: Number(meta[1]) >= 8 ? 4 : 3 };
    return rc !== undefined ? { berry: true, major: 4 } : { berry: false, major: 1 };
}
const truthy = (v) => (v === undefined ? undefined : /^(true|1)$/i.test(v.trim()));
function yarnPaths(ctx, project) {
    const p = ctx.platform;
    const { berry, major } = yarnBerry(project);
    if (!berry) {
        const setting = envPath(p, 'YARN_CACHE_FOLDER') ??
            fromFiles([(0,external_node_path_.join)(project, '.yarnrc'), (0,external_node_path_.join)(ctx.root, '.yarnrc'), (0,external_node_path_.join)(p.home, '.yarnrc')], (t) => yarnrcValue(t, 'cache-folder'), 'cache-folder', p, ctx.root);
        // Classic keeps its store in a `v6` folder under the cache folder.
        if (setting)
            return [{ path: (0,external_node_path_.join)(setting.path, 'v6'), source: setting.source }];
        const base = p.os === 'win32'
            ? (0,external_node_path_.join)(localAppData(p), 'Yarn', 'Cache')
            : p.os === 'darwin'
                ? (0,external_node_path_.join)(p.home, 'Library', 'Caches', 'Yarn')
                : (0,external_node_path_.join)(xdgCache(p), 'yarn');
        return [def('yarn classic', (0,external_node_path_.join)(base, 'v6'))];
    }
    const rcFiles = [(0,external_node_path_.join)(project, '.yarnrc.yml'), (0,external_node_path_.join)(ctx.root, '.yarnrc.yml'), (0,external_node_path_.join)(p.home, '.yarnrc.yml')];
    const firstSet = (key) => {
        for (const f of rcFiles) {
            const t = readConfig(f);
            const v = t === undefined ? undefined : yamlValue(t, key);
            if (v !== undefined)
                return v;
        }
        return undefined;
    };
    // Yarn 4 caches in the global folder by default; 2 and 3 in the project's .yarn/cache.
    const global = truthy(p.env.YARN_ENABLE_GLOBAL_CACHE) ?? truthy(firstSet('enableGlobalCache')) ?? major >= 4;
    if (global) {
        const folder = envPath(p, 'YARN_GLOBAL_FOLDER') ??
            fromFiles(rcFiles, (t) => yamlValue(t, 'globalFolder'), 'globalFolder', p, ctx.root);
        if (folder)
            return [{ path: (0,external_node_path_.join)(folder.path, 'cache'), source: folder.source }];
        const base = p.os === 'win32' ? (0,external_node_path_.join)(localAppData(p), 'Yarn', 'Berry') : (0,external_node_path_.join)(p.home, '.yarn', 'berry');
        return [def('yarn berry', (0,external_node_path_.join)(base, 'cache'))];
    }
    return [
        envPath(p, 'YARN_CACHE_FOLDER') ??
            fromFiles(rcFiles, (t) => yamlValue(t, 'cacheFolder'), 'cacheFolder', p, ctx.root) ??
            def('yarn berry', (0,external_node_path_.join)(project, '.yarn', 'cache')),
    ];
}
function perProject(ctx, one) {
    const out = [];
    for (const project of ctx.projects) {
        for (const s of one(project))
            if (!out.some((o) => o.path === s.path))
                out.push(s);
    }
    return out;
}
const SPECS = {
    npm: {
        name: 'npm',
        lockfiles: ['package-lock.json', 'npm-shrinkwrap.json'],
        config: ['.npmrc'],
        paths: (ctx) => perProject(ctx, (project) => {
            const p = ctx.platform;
            return [
                npmEnv(p, 'cache') ??
                    fromFiles([(0,external_node_path_.join)(project, '.npmrc'), userNpmrc(p)], (t) => iniValue(t, 'cache'), 'cache', p, ctx.root) ??
                    def('npm', p.os === 'win32' ? (0,external_node_path_.join)(localAppData(p), 'npm-cache') : (0,external_node_path_.join)(p.home, '.npm')),
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
        paths: (ctx) => perProject(ctx, (project) => {
            const p = ctx.platform;
            const set = npmEnv(p, 'store-dir') ??
                envPath(p, 'pnpm_config_store_dir') ??
                fromFiles([(0,external_node_path_.join)(project, 'pnpm-workspace.yaml')], (t) => yamlValue(t, 'storeDir'), 'storeDir', p, ctx.root) ??
                fromFiles([(0,external_node_path_.join)(project, '.npmrc'), (0,external_node_path_.join)(xdgConfig(p), 'pnpm', 'rc'), userNpmrc(p)], (t) => iniValue(t, 'store-dir'), 'store-dir', p, ctx.root);
            if (set)
                return [set];
            const home = envPath(p, 'PNPM_HOME');
            if (home)
                return [{ path: (0,external_node_path_.join)(home.path, 'store'), source: home.source }];
            if (p.os === 'win32')
                return [def('pnpm', (0,external_node_path_.join)(localAppData(p), 'pnpm', 'store'))];
            if (p.os === 'darwin')
                return [def('pnpm', (0,external_node_path_.join)(p.home, 'Library', 'pnpm', 'store'))];
            const data = envPath(p, 'XDG_DATA_HOME')?.path ?? (0,external_node_path_.join)(p.home, '.local', 'share');
            return [def('pnpm', (0,external_node_path_.join)(data, 'pnpm', 'store'))];
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
                ...(envPath(p, 'PIP_CONFIG_FILE') ? [envPath(p, 'PIP_CONFIG_FILE').path] : []),
                p.os === 'win32' ? (0,external_node_path_.join)(appData(p), 'pip', 'pip.ini') : (0,external_node_path_.join)(userConfigDir(p), 'pip', 'pip.conf'),
                (0,external_node_path_.join)(p.home, p.os === 'win32' ? 'pip' : '.pip', p.os === 'win32' ? 'pip.ini' : 'pip.conf'),
            ];
            const set = envPath(p, 'PIP_CACHE_DIR') ??
                fromFiles(confs, (t) => iniValue(t, 'cache-dir', ['global']), 'cache-dir', p, ctx.root);
            if (set)
                return [set];
            if (p.os === 'win32')
                return [def('pip', (0,external_node_path_.join)(localAppData(p), 'pip', 'Cache'))];
            if (p.os === 'darwin')
                return [def('pip', (0,external_node_path_.join)(p.home, 'Library', 'Caches', 'pip'))];
            return [def('pip', (0,external_node_path_.join)(xdgCache(p), 'pip'))];
        },
    },
    poetry: {
        name: 'poetry',
        lockfiles: ['poetry.lock'],
        config: ['poetry.toml'],
        // Poetry's virtualenvs outside the project are built for one Python.
        runtime: pythonRuntime,
        paths: (ctx) => perProject(ctx, (project) => {
            const p = ctx.platform;
            const files = [(0,external_node_path_.join)(project, 'poetry.toml'), (0,external_node_path_.join)(userConfigDir(p), 'pypoetry', 'config.toml')];
            const cacheDir = envPath(p, 'POETRY_CACHE_DIR') ??
                fromFiles(files, (t) => tomlValue(t, '', 'cache-dir'), 'cache-dir', p, ctx.root) ??
                def('Poetry', p.os === 'win32'
                    ? (0,external_node_path_.join)(localAppData(p), 'pypoetry', 'Cache')
                    : p.os === 'darwin'
                        ? (0,external_node_path_.join)(p.home, 'Library', 'Caches', 'pypoetry')
                        : (0,external_node_path_.join)(xdgCache(p), 'pypoetry'));
            const venvs = envPath(p, 'POETRY_VIRTUALENVS_PATH') ??
                fromFiles(files, (t) => tomlValue(t, 'virtualenvs', 'path'), 'virtualenvs.path', p, ctx.root) ?? {
                path: (0,external_node_path_.join)(cacheDir.path, 'virtualenvs'),
                source: cacheDir.source,
            };
            // The download caches and the virtualenvs Poetry creates outside the project.
            return [
                { path: (0,external_node_path_.join)(cacheDir.path, 'cache'), source: cacheDir.source },
                { path: (0,external_node_path_.join)(cacheDir.path, 'artifacts'), source: cacheDir.source },
                venvs,
            ];
        }),
    },
    uv: {
        name: 'uv',
        lockfiles: ['uv.lock'],
        config: ['uv.toml'],
        runtime: pythonRuntime,
        paths: (ctx) => perProject(ctx, (project) => {
            const p = ctx.platform;
            const set = envPath(p, 'UV_CACHE_DIR') ??
                fromFiles([(0,external_node_path_.join)(project, 'uv.toml')], (t) => tomlValue(t, '', 'cache-dir'), 'cache-dir', p, ctx.root) ??
                fromFiles([(0,external_node_path_.join)(project, 'pyproject.toml')], (t) => tomlValue(t, 'tool.uv', 'cache-dir'), 'tool.uv.cache-dir', p, ctx.root) ??
                fromFiles([(0,external_node_path_.join)(userConfigDir(p), 'uv', 'uv.toml')], (t) => tomlValue(t, '', 'cache-dir'), 'cache-dir', p, ctx.root);
            if (set)
                return [set];
            if (p.os === 'win32')
                return [def('uv', (0,external_node_path_.join)(localAppData(p), 'uv', 'cache'))];
            return [def('uv', (0,external_node_path_.join)(xdgCache(p), 'uv'))];
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
            const goenvFile = envPath(p, 'GOENV')?.path ?? (0,external_node_path_.join)(userConfigDir(p), 'go', 'env');
            const goenv = (name) => fromFiles([goenvFile], (t) => iniValue(t, name), name, p, ctx.root);
            const gopath = (() => {
                const v = p.env.GOPATH?.split(p.os === 'win32' ? ';' : ':')[0];
                if (v && (0,external_node_path_.isAbsolute)(v))
                    return v;
                return goenv('GOPATH')?.path ?? (0,external_node_path_.join)(p.home, 'go');
            })();
            const defaultBuild = p.os === 'win32'
                ? (0,external_node_path_.join)(localAppData(p), 'go-build')
                : p.os === 'darwin'
                    ? (0,external_node_path_.join)(p.home, 'Library', 'Caches', 'go-build')
                    : (0,external_node_path_.join)(xdgCache(p), 'go-build');
            return [
                envPath(p, 'GOMODCACHE') ?? goenv('GOMODCACHE') ?? def('Go', (0,external_node_path_.join)(gopath, 'pkg', 'mod')),
                envPath(p, 'GOCACHE') ?? goenv('GOCACHE') ?? def('Go', defaultBuild),
            ];
        },
    },
};
/** Lockfiles that, when found, say a manager is in use (config files alone do not). */
function detectionFiles(name) {
    // A go.mod without dependencies has no go.sum: still a Go module with a build cache.
    return name === 'go' ? [...SPECS.go.lockfiles, 'go.mod'] : SPECS[name].lockfiles;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/git.ts + 1 modules
var git = __webpack_require__(3137);
;// CONCATENATED MODULE: ./packages/cache/src/digest.ts
/**
 * Which files decide a cache key, and their digest.
 *
 * Listing: git's own index (`git ls-files -z --cached` with `:(glob)**\/<name>` pathspecs, so
 * nothing outside the index is even looked at: a populated node_modules costs nothing).
 * Outside a git work tree (or when git refuses, e.g. "dubious ownership" in a container), a
 * directory walk that never descends into node_modules, .git, virtualenvs or vendor folders.
 *
 * Digest (hex sha256), the one definition used everywhere (action, CLI, benchmark):
 *
 *   sha256( concat over files sorted by the UTF-8 bytes of their path of
 *           `<path relative to the root, '/' separated>` NUL `<hex sha256 of the file's bytes>` LF )
 *
 * File contents are read from the working tree (what the install step will read), not from
 * the index. A listed file that no longer exists on disk is left out.
 */






/** Folders the fallback walk never enters (and the git listing excludes). */
const SKIPPED_DIRS = [
    'node_modules',
    '.git',
    '.hg',
    '.svn',
    'vendor',
    '.venv',
    'venv',
    '.tox',
    '.nox',
    '__pycache__',
    'bower_components',
    '.pnpm-store',
    '.yarn',
];
/** Byte order of the UTF-8 encodings (JS string order differs for characters outside the BMP). */
function byteOrder(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
function escapeGlob(s) {
    return s.replace(/[[\]\\]/g, '\\$&');
}
/** Pathspecs for `git ls-files`: each pattern in any folder, minus the skipped folders. */
function gitPathspecs(patterns) {
    return [
        ...patterns.map((p) => `:(glob)**/${p}`),
        ...SKIPPED_DIRS.filter((d) => d !== '.git').map((d) => `:(glob,exclude)**/${escapeGlob(d)}/**`),
    ];
}
const globCache = new Map();
function segmentRegex(glob) {
    let re = globCache.get(glob);
    if (!re) {
        re = new RegExp('^' +
            glob
                .split('')
                .map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
                .join('') +
            '$');
        globCache.set(glob, re);
    }
    return re;
}
/** Does a relative path end with the (one or more segment) pattern, as `**\/<pattern>` means? */
function matchesPattern(relPath, pattern) {
    const segs = relPath.split('/');
    const want = pattern.split('/');
    if (want.length > segs.length)
        return false;
    const tail = segs.slice(segs.length - want.length);
    return want.every((w, i) => segmentRegex(w).test(tail[i]));
}
/** kit's git, without taking optional locks (a listing must not block the job's own git). */
const runGit = async (args, cwd) => {
    try {
        const r = await (0,git/* runGit */.EO)(cwd, args, { env: { GIT_OPTIONAL_LOCKS: '0' } });
        return r.stdout.toString('utf8');
    }
    catch (e) {
        throw new Error(e instanceof git/* GitError */.XS ? e.stderr.trim() || e.message : (0,errors/* errorMessage */.gJ)(e));
    }
};
/** Tracked files matching the patterns, from git's index. Throws when git cannot answer. */
async function gitListFiles(root, patterns, git = runGit) {
    // Pathspecs and output are both relative to root (git's default): one process, no prefix work.
    const out = await git(['ls-files', '-z', '--cached', '--', ...gitPathspecs(patterns)], root);
    const files = out.split('\0').filter(Boolean);
    return [...new Set(files)].sort(byteOrder);
}
/** Walk the tree, never entering SKIPPED_DIRS or a folder holding pyvenv.cfg (a virtualenv). */
function walkListFiles(root, patterns) {
    const skipped = new Set(SKIPPED_DIRS);
    const found = [];
    const stack = [''];
    while (stack.length > 0) {
        const rel = stack.pop();
        const abs = rel === '' ? root : (0,external_node_path_.join)(root, rel);
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true });
        }
        catch {
            continue;
        }
        if (rel !== '' && entries.some((e) => e.name === 'pyvenv.cfg'))
            continue;
        for (const e of entries) {
            const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
            if (e.isDirectory()) {
                if (!skipped.has(e.name))
                    stack.push(childRel);
            }
            else if (e.isFile() && patterns.some((p) => matchesPattern(childRel, p))) {
                found.push(childRel);
            }
        }
    }
    return found.sort(byteOrder);
}
async function listFiles(root, patterns, git = runGit) {
    try {
        return { files: await gitListFiles(root, patterns, git), source: 'git' };
    }
    catch (e) {
        return {
            files: walkListFiles(root, patterns),
            source: 'walk',
            gitProblem: e instanceof Error ? e.message.split('\n')[0] : String(e),
        };
    }
}
/** The digest of the given files (relative to root). Files missing on disk are left out. */
async function digestFiles(root, relPaths) {
    const sorted = [...new Set(relPaths)].sort(byteOrder);
    const hashed = await Promise.all(sorted.map(async (path) => {
        try {
            const bytes = await (0,promises_.readFile)((0,external_node_path_.join)(root, path));
            return { path, sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex') };
        }
        catch (e) {
            if (e.code === 'ENOENT' && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, path)))
                return undefined;
            throw e;
        }
    }));
    const entries = hashed.filter((h) => h !== undefined);
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const e of entries)
        h.update(`${e.path}\0${e.sha256}\n`, 'utf8');
    return { digest: h.digest('hex'), entries };
}

;// CONCATENATED MODULE: ./packages/cache/src/key.ts
/**
 * Cache keys: `<prefix>-<os>-<arch>-<manager>[-<runtime><major.minor>][-<matrix>]-<hash>`.
 *
 * The runtime is in the key only where the store's content depends on it (pip, Poetry, uv:
 * the Python minor; Go: the Go minor), so a runner image's patch update keeps every key.
 *
 * The cache service takes keys of at most 512 characters without commas (a comma separates
 * keys in its API). Every part is reduced to `[A-Za-z0-9._+=@-]`; a key that would still be
 * too long is a configuration error (only a very long prefix can cause it).
 */


const MAX_KEY_LENGTH = 512;
/** Hex characters of the lockfile digest kept in the key (128 bits). */
const KEY_HASH_LENGTH = 32;
const MATRIX_MAX = 80;
function keyPart(s) {
    return s
        .trim()
        .replace(/[^A-Za-z0-9._+=@-]+/g, '_')
        .replace(/^[-_]+|[-_]+$/g, '');
}
/** Runner OS / arch in the runner's own spelling (RUNNER_OS 'Linux', RUNNER_ARCH 'X64'), lower-cased. */
function osPart(runnerOs) {
    const map = {
        linux: 'linux',
        darwin: 'macos',
        macos: 'macos',
        win32: 'windows',
        windows: 'windows',
    };
    return map[runnerOs.toLowerCase()] ?? keyPart(runnerOs.toLowerCase());
}
function archPart(runnerArch) {
    const map = { x64: 'x64', arm64: 'arm64', x86: 'x86', ia32: 'x86', arm: 'arm' };
    return map[runnerArch.toLowerCase()] ?? keyPart(runnerArch.toLowerCase());
}
/**
 * The matrix part: `k=v` pairs of the (flattened) matrix object in key order, joined by '+'.
 * Longer than 80 characters: `m` + 16 hex characters of sha256 of its canonical JSON.
 */
function matrixPart(matrix) {
    if (matrix === null || typeof matrix !== 'object' || Array.isArray(matrix)) {
        throw new errors/* ConfigurationError */.j1(`Input 'matrix' must be the JSON of the job's matrix object: write \`matrix: \${{ toJSON(matrix) }}\`.`);
    }
    const flat = [];
    const walk = (prefix, v) => {
        if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
            for (const k of Object.keys(v).sort())
                walk(prefix ? `${prefix}.${k}` : k, v[k]);
        }
        else {
            flat.push([prefix, typeof v === 'string' ? v : JSON.stringify(v)]);
        }
    };
    walk('', matrix);
    if (flat.length === 0)
        return '';
    const readable = flat.map(([k, v]) => `${keyPart(k)}=${keyPart(v)}`).join('+');
    if (readable.length <= MATRIX_MAX)
        return readable;
    const canonical = JSON.stringify(flat);
    return `m${(0,external_node_crypto_.createHash)('sha256').update(canonical).digest('hex').slice(0, 16)}`;
}
function buildKey(p) {
    const prefix = keyPart(p.prefix);
    if (!prefix)
        throw new errors/* ConfigurationError */.j1(`Input 'key-prefix' must contain at least one letter or digit.`);
    const parts = [prefix, osPart(p.os), archPart(p.arch), p.manager];
    const runtime = keyPart(p.runtime ?? '');
    if (runtime)
        parts.push(runtime);
    if (p.matrix)
        parts.push(p.matrix);
    const restorePrefix = `${parts.join('-')}-`;
    const key = `${restorePrefix}${p.digest.slice(0, KEY_HASH_LENGTH)}`;
    validateKey(key);
    return { key, restorePrefix };
}
/** The cache service's rules for a key. */
function validateKey(key) {
    if (key.length > MAX_KEY_LENGTH) {
        throw new errors/* ConfigurationError */.j1(`The cache key would be ${key.length} characters long; the cache service accepts at most ${MAX_KEY_LENGTH}. Shorten 'key-prefix'.`);
    }
    if (key.includes(','))
        throw new errors/* ConfigurationError */.j1(`A cache key cannot contain a comma: ${key}`);
}

;// CONCATENATED MODULE: ./packages/cache/src/policy.ts
/**
 * When to write to the cache, and which extra paths may go into it.
 *
 * Reading a cache is harmless; writing one is how a cache gets poisoned. Whether this run may
 * write at all is kit's one trust rule (`readEvent`); `save` sits on top of it: `auto` saves
 * what the rule allows (push, schedule, workflow_dispatch of the default branch), `always` also
 * saves entries scoped to this run's ref on events that are not untrusted, `never` only
 * restores. No input makes an untrusted event (pull_request_target, fork pull requests, reviews,
 * issue_comment, workflow_run, release, tags, ...) write.
 */





const SAVING_EVENTS = (/* unused pure expression or super */ null && (['push', 'schedule', 'workflow_dispatch']));
function decideSave(policy, ev) {
    const d = decideWrite(policy, ev);
    if (!ev.canWrite && !ev.scopedWrite) {
        const why = ev.tag
            ? 'for tags'
            : ev.fork && ev.name === 'pull_request'
                ? 'for pull requests from forks'
                : !ev.payloadValid
                    ? `when the ${ev.name || 'event'} payload is missing or not the event's shape`
                    : `on ${ev.name || 'unnamed'} events`;
        return { save: false, reason: `never saved ${why} (cache poisoning)` };
    }
    if (policy === 'never')
        return { save: false, reason: 'save is never' };
    if (policy === 'always')
        return { save: d.write, reason: 'save is always' };
    if (d.write)
        return { save: true, reason: `save is auto: ${ev.name} on the default branch` };
    if (!SAVING_EVENTS.includes(ev.name)) {
        return { save: false, reason: `save is auto, which does not save on ${ev.name} events` };
    }
    if (ev.defaultBranch === undefined) {
        return { save: false, reason: 'save is auto, and the event payload does not name the default branch' };
    }
    return {
        save: false,
        reason: `save is auto, which saves only on the default branch (this is refs/heads/${ev.baseBranch ?? '?'})`,
    };
}
/** Basenames that hold credentials or repository internals: never cached. */
const FORBIDDEN_NAMES = [
    '.git',
    '.npmrc',
    '.yarnrc',
    '.yarnrc.yml',
    '.pypirc',
    'pip.conf',
    'pip.ini',
    '.netrc',
    '_netrc',
    '.git-credentials',
    '.gitconfig',
    '.ssh',
    '.gnupg',
    '.aws',
    '.docker',
    '.kube',
    'gh',
    'auth.toml',
];
function inside(child, parent) {
    const r = relative(parent, child);
    return r !== '' && !r.startsWith('..') && !isAbsolute(r);
}
/**
 * Check one extra `path` entry: `~` expands to home; relative paths are relative to the
 * workspace. Refused: globs, credentials files and `.git` anywhere in the path, anything not
 * strictly inside home, the workspace or the runner's temp folder (following symlinks when
 * the path exists), and folders that contain the home or workspace folder.
 */
function validateExtraPath(raw, roots) {
    const bad = (why) => new ConfigurationError(`Input 'path' has the entry ${JSON.stringify(raw)}: ${why}.`);
    if (/[*?[\]{}]/.test(raw) || raw.startsWith('!'))
        throw bad('globs and exclusions are not accepted; list folders');
    const expanded = raw === '~' ? roots.home : raw.startsWith('~/') ? resolve(roots.home, raw.slice(2)) : raw;
    const abs = resolve(roots.workspace, expanded);
    const check = (p) => {
        for (const seg of p.split(sep)) {
            if (FORBIDDEN_NAMES.includes(seg))
                throw bad(`'${seg}' can hold credentials or repository internals and is never cached`);
        }
        const allowed = [roots.home, roots.workspace, roots.runnerTemp].filter(Boolean).map((r) => resolve(r));
        if (!allowed.some((r) => inside(p, r))) {
            throw bad(`only folders inside the home folder, the workspace or the runner's temp folder can be cached`);
        }
        const ws = resolve(roots.workspace);
        if (p === ws || inside(ws, p))
            throw bad('it contains the whole workspace, including .git');
    };
    check(abs);
    if (existsSync(abs)) {
        const real = realpathSync(abs);
        const realRoots = [roots.home, roots.workspace, roots.runnerTemp]
            .filter((r) => r && existsSync(r))
            .map((r) => realpathSync(r));
        if (real !== abs) {
            for (const seg of real.split(sep)) {
                if (FORBIDDEN_NAMES.includes(seg))
                    throw bad(`it resolves to ${real}, which can hold credentials`);
            }
            if (!realRoots.some((r) => inside(real, r))) {
                throw bad(`it resolves to ${real}, outside the home folder, the workspace and the runner's temp folder`);
            }
        }
    }
    if (basename(abs) === 'node_modules') {
        throw bad('node_modules is never cached: it is rebuilt from the package store, which this action caches');
    }
    return abs;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/cache/src/plan.ts
/**
 * From a workspace to one cache entry per package manager: which managers, which files
 * decide the key, the key, and the store paths. Pure apart from the injected runtime probe
 * and git, so the action, the CLI and the tests compute exactly the same thing. The tricky
 * rule: every store path, whoever named it, passes the same policy as the `path` input
 * (no credential folders, nothing outside home, workspace, tool cache and runner temp).
 */










/** A ToolRunner: execFile with an argument array, a 20 s limit and the given environment. */
function toolRunner(env) {
    const childEnv = probeEnv(env);
    return (file, args, cwd) => new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(file, [...args], { cwd, timeout: 20_000, windowsHide: true, env: childEnv }, (err, stdout) => resolve(err ? undefined : String(stdout).trim()));
    });
}
function currentPlatform(env) {
    return { os: process.platform, home: env.HOME || env.USERPROFILE || (0,external_node_os_.homedir)(), env };
}
function parseManagers(list, input = 'package-manager') {
    const out = [];
    for (const raw of list) {
        const m = raw.trim().toLowerCase();
        if (!MANAGERS.includes(m)) {
            throw new errors/* ConfigurationError */.j1(`Input '${input}' has the value ${JSON.stringify(raw)}: expected one or more of ${MANAGERS.map((x) => `'${x}'`).join(', ')}.`);
        }
        if (!out.includes(m))
            out.push(m);
    }
    return out;
}
/**
 * The runtime part of the key from a probe's output: `py3.12`, `go1.22`, `<label>-none` when
 * the runtime is absent, '' for managers whose store does not depend on a runtime.
 */
function runtimeKeyPart(manager, probeOutput) {
    const r = SPECS[manager].runtime;
    if (!r)
        return '';
    const v = probeOutput === undefined ? undefined : r.parse(probeOutput);
    return v ? `${r.label}${v}` : `${r.label}-none`;
}
/** Probes the runtime in `cwd`, an empty folder outside the workspace (no repository file configures it). */
async function runtimePart(manager, tool, cwd) {
    const r = SPECS[manager].runtime;
    if (!r)
        return '';
    for (const file of r.files) {
        const part = runtimeKeyPart(manager, await tool(file, r.args, cwd));
        if (!part.endsWith('-none'))
            return part;
    }
    return `${r.label}-none`;
}
/** Folders and files that hold credentials, relative to the home folder. */
const HOME_SECRETS = [
    '.ssh',
    '.gnupg',
    '.aws',
    '.docker',
    '.kube',
    (0,external_node_path_.join)('.config', 'gh'),
    '.netrc',
    '.npmrc',
    '.pypirc',
    '.git-credentials',
    '.gitconfig',
];
function within(child, parent) {
    const r = (0,external_node_path_.relative)(parent, child);
    return r !== '' && !r.startsWith('..') && !(0,external_node_path_.isAbsolute)(r);
}
const withinOrAt = (child, parent) => child === parent || within(child, parent);
function problemAt(p, roots, via) {
    const home = (0,external_node_path_.resolve)(roots.home);
    const ws = (0,external_node_path_.resolve)(roots.workspace);
    const segs = p.split(external_node_path_.sep);
    // 'gh' only as `.config/gh`: a repository named gh lives in work/gh/gh.
    const seg = segs.find((s) => s !== 'gh' && FORBIDDEN_NAMES.includes(s)) ??
        (segs.some((s, i) => s === 'gh' && segs[i - 1] === '.config') ? (0,external_node_path_.join)('.config', 'gh') : undefined);
    if (seg)
        return `${via}'${seg}' can hold credentials or repository internals`;
    const secrets = [...HOME_SECRETS.map((s) => (0,external_node_path_.join)(home, s)), (0,external_node_path_.join)(ws, '.git')];
    const held = secrets.find((s) => withinOrAt(s, p));
    if (held)
        return `${via}it holds ${held}, which can hold credentials or repository internals`;
    if (withinOrAt(home, p))
        return `${via}it holds the whole home folder`;
    if (withinOrAt(ws, p))
        return `${via}it holds the whole workspace, including .git`;
    if (roots.named.some((n) => withinOrAt(p, (0,external_node_path_.resolve)(n))))
        return undefined;
    const allowed = [home, ws, roots.runnerTemp, roots.toolCache].filter(Boolean).map((r) => (0,external_node_path_.resolve)(r));
    if (!allowed.some((r) => within(p, r))) {
        return `${via}it is outside the home folder, the workspace, RUNNER_TOOL_CACHE and RUNNER_TEMP`;
    }
    return undefined;
}
/**
 * Why a store path must not be cached, or undefined when it may be: a credential file or
 * folder in it or under it, the home folder or workspace itself (or a folder holding them),
 * the workspace's `.git`, or a place outside home, workspace, tool cache and runner temp that
 * the user did not name in `path`. Symlinks are followed when the path exists.
 */
function storePathProblem(path, roots) {
    const abs = (0,external_node_path_.resolve)(path);
    const first = problemAt(abs, roots, '');
    if (first || !(0,external_node_fs_.existsSync)(abs))
        return first;
    const real = (p) => {
        try {
            return p && (0,external_node_fs_.existsSync)(p) ? (0,external_node_fs_.realpathSync)(p) : p;
        }
        catch {
            return p;
        }
    };
    const target = real(abs);
    if (target === abs)
        return undefined;
    const realRoots = {
        home: real(roots.home),
        workspace: real(roots.workspace),
        runnerTemp: real(roots.runnerTemp),
        toolCache: real(roots.toolCache),
        named: roots.named.map(real),
    };
    return problemAt(target, realRoots, `it resolves to ${target}: `);
}
/** The log line for one entry; file and folder names escaped (kit's escapeLine). */
function describeEntry(e) {
    return escapeLine(`${e.manager}: key ${e.key} from ${e.files.length} file(s) [${e.files.join(', ')}]; paths: ${e.paths.join(', ')}`);
}
async function planCaches(opts) {
    const platform = opts.platform;
    const root = (0,external_node_path_.resolve)(opts.root);
    const candidates = opts.managers && opts.managers.length > 0 ? [...opts.managers] : [...MANAGERS];
    const patterns = new Set();
    for (const m of candidates) {
        for (const p of [...SPECS[m].lockfiles, ...SPECS[m].config, ...detectionFiles(m)])
            patterns.add(p);
    }
    const listing = await listFiles(root, [...patterns], opts.git ?? runGit);
    const matching = (names) => listing.files.filter((f) => names.some((p) => matchesPattern(f, p)));
    const warnings = [];
    const chosen = opts.managers && opts.managers.length > 0
        ? candidates
        : candidates.filter((m) => matching(detectionFiles(m)).length > 0);
    const roots = {
        home: platform.home,
        workspace: root,
        runnerTemp: absOrEmpty(platform.env.RUNNER_TEMP),
        toolCache: absOrEmpty(platform.env.RUNNER_TOOL_CACHE),
        named: opts.extraPaths ?? [],
    };
    // Runtime probes run in an empty folder of their own, never in the workspace.
    const probeDir = chosen.some((m) => SPECS[m].runtime) ? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'quality-probe-')) : '';
    const tool = opts.tool ?? toolRunner(platform.env);
    const entries = [];
    try {
        for (const manager of chosen) {
            const spec = SPECS[manager];
            const lockfiles = matching(spec.lockfiles);
            if (lockfiles.length === 0 && manager !== 'go') {
                warnings.push(`No ${spec.lockfiles.join(' or ')} found for ${manager}: the key does not change when dependencies change, so the cached store is never refreshed. Commit a lockfile.`);
            }
            const files = matching([...spec.lockfiles, ...spec.config, ...detectionFiles(manager)]);
            const projectFiles = lockfiles.length > 0 ? lockfiles : matching(detectionFiles(manager));
            const projects = [...new Set(projectFiles.map((f) => (0,external_node_path_.resolve)(root, (0,external_node_path_.dirname)(f))))];
            const [digest, runtime] = await Promise.all([digestFiles(root, files), runtimePart(manager, tool, probeDir)]);
            const stores = spec.paths({ root, projects: projects.length > 0 ? projects : [root], platform });
            const paths = admit(manager, stores, roots, warnings);
            if (paths.length === 0) {
                warnings.push(`${manager} is not cached: none of its store paths may be cached.`);
                continue;
            }
            const key = buildKey({
                prefix: opts.prefix,
                os: opts.runnerOs,
                arch: opts.runnerArch,
                manager,
                runtime,
                matrix: opts.matrix,
                digest: digest.digest,
            });
            entries.push({
                manager,
                key: key.key,
                restorePrefix: key.restorePrefix,
                digest: digest.digest,
                files: digest.entries.map((e) => e.path),
                paths,
                runtime,
            });
        }
    }
    finally {
        if (probeDir)
            (0,external_node_fs_.rmSync)(probeDir, { recursive: true, force: true });
    }
    if (opts.extraPaths && opts.extraPaths.length > 0) {
        if (entries.length === 0) {
            throw new errors/* ConfigurationError */.j1("Input 'path' was given but no package manager was found: extra paths are added to a package manager's cache entry. Set 'package-manager'.");
        }
        const first = entries[0];
        first.paths = [...new Set([...first.paths, ...opts.extraPaths])];
    }
    return { entries, listing: listing.source, gitProblem: listing.gitProblem, warnings };
}
function absOrEmpty(v) {
    return v && (0,external_node_path_.isAbsolute)(v) ? v : '';
}
/** The store paths that pass the policy; a warning naming each refused one and its source. */
function admit(manager, stores, roots, warnings) {
    const out = [];
    for (const s of stores) {
        const why = storePathProblem(s.path, roots);
        if (why) {
            warnings.push(`${manager}: the store path ${JSON.stringify(s.path)} (from ${s.source}) is left out of the cache: ${why}. Point it at a folder of its own inside the home folder, the workspace, RUNNER_TOOL_CACHE or RUNNER_TEMP.`);
        }
        else if (!out.includes(s.path)) {
            out.push(s.path);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./packages/kit/src/markdown.ts
var markdown = __webpack_require__(9703);
;// CONCATENATED MODULE: ./packages/cache/src/restore-save.ts
/**
 * Restore and save, one entry per package manager, over an injected cache backend (kit's
 * `createCacheBackend` in the action, fakes in tests). Nothing here throws for a cache fault:
 * every outcome is a status plus words for the summary, and the job goes on. The backend puts
 * each call under its deadline and reports what the library only printed.
 */

/** The key under which main hands its entries to post (one place, both steps). */
const ENTRY_STATE_KEY = 'cache-deps-entries';
/**
 * Post's reading of what main saved. Saved state is outside text by the time post reads it: a
 * value that is not the list main writes gives `undefined` (post warns and saves nothing).
 */
function decodeEntryState(raw) {
    let v;
    try {
        v = JSON.parse(raw);
    }
    catch {
        return undefined;
    }
    const str = (x) => typeof x === 'string';
    const ok = Array.isArray(v) &&
        v.every((e) => e !== null &&
            typeof e === 'object' &&
            str(e.manager) &&
            str(e.key) &&
            str(e.matchedKey) &&
            typeof e.hit === 'boolean' &&
            Array.isArray(e.paths) &&
            e.paths.every(str));
    return ok ? v : undefined;
}
async function restoreEntry(e, backend, opts) {
    const now = opts.now ?? Date.now;
    const started = now();
    const base = { manager: e.manager, key: e.key, paths: e.paths, matchedKey: '' };
    const seconds = () => (now() - started) / 1000;
    if (!(await backend.available())) {
        return { ...base, status: 'unavailable', seconds: 0, detail: 'the cache service is not available on this runner' };
    }
    const restoreKeys = opts.restoreKeys ? [e.restorePrefix] : [];
    const { value: matched, warnings, sizeBytes, timedOut } = await backend.restore(e.paths, e.key, restoreKeys, false);
    if (timedOut) {
        return {
            ...base,
            status: 'timeout',
            seconds: seconds(),
            detail: `${warnings.join(' / ')} (files may be partly restored)`,
        };
    }
    if (matched === undefined) {
        if (warnings.length > 0)
            return { ...base, status: 'failed', seconds: seconds(), detail: warnings.join(' / ') };
        return { ...base, status: 'miss', seconds: seconds() };
    }
    return { ...base, status: matched === e.key ? 'hit' : 'partial', matchedKey: matched, sizeBytes, seconds: seconds() };
}
const EXISTS = 'another job saved this key meanwhile';
async function saveEntry(s, backend, opts) {
    const now = opts.now ?? Date.now;
    const started = now();
    const seconds = () => (now() - started) / 1000;
    const base = { manager: s.manager, key: s.key };
    if (s.hit)
        return { ...base, status: 'skipped', seconds: 0, detail: 'exact hit: the entry already exists' };
    if (!opts.decision.save)
        return { ...base, status: 'skipped', seconds: 0, detail: opts.decision.reason };
    if (!(await backend.available())) {
        return { ...base, status: 'unavailable', seconds: 0, detail: 'the cache service is not available on this runner' };
    }
    const present = s.paths.filter((p) => opts.pathExists(p));
    if (present.length === 0) {
        return { ...base, status: 'skipped', seconds: 0, detail: 'nothing to save: none of the store paths exists' };
    }
    // Look first: a matrix sibling may have saved the same key meanwhile. Skipping here is
    // cheaper and clearer than a reserve that fails with "another job may be creating this cache".
    const looked = await backend.restore(s.paths, s.key, [], true);
    if (looked.timedOut) {
        return { ...base, status: 'timeout', seconds: seconds(), detail: `lookup: ${looked.warnings.join(' / ')}` };
    }
    if (looked.value === s.key)
        return { ...base, status: 'exists', seconds: seconds(), detail: EXISTS };
    const saved = await backend.save(s.paths, s.key);
    const detail = saved.warnings.join(' / ');
    switch (saved.value) {
        case 'saved':
            return { ...base, status: 'saved', sizeBytes: saved.sizeBytes, seconds: seconds(), detail: opts.decision.reason };
        case 'exists':
            return { ...base, status: 'exists', seconds: seconds(), detail: EXISTS };
        case 'reserved':
            return {
                ...base,
                status: 'exists',
                seconds: seconds(),
                detail: 'not saved: the key is reserved by another job that is still uploading it (or the service refused the reservation)',
            };
        case 'failed':
            return saved.timedOut
                ? { ...base, status: 'timeout', seconds: seconds(), detail }
                : {
                    ...base,
                    status: 'failed',
                    seconds: seconds(),
                    detail: detail || 'the cache service did not accept the entry',
                };
    }
}
function formatBytes(n) {
    if (n === undefined)
        return '\u2013';
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 * 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    if (n < 1024 * 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
    return `${(n / (1024 * 1024 * 1024)).toFixed(2)} GiB`;
}
const RESTORE_WORDS = {
    hit: 'hit',
    partial: 'partial hit (restore key)',
    miss: 'miss',
    failed: 'restore failed',
    timeout: 'restore timed out',
    unavailable: 'cache service unavailable',
};
function restoreSummary(outcomes) {
    if (outcomes.length === 0)
        return '### Dependency cache\n\nNo package manager found: nothing to cache.\n';
    const rows = outcomes.map((o) => [
        md.text(o.manager),
        md.text(RESTORE_WORDS[o.status]) + (o.detail ? `: ${md.text(o.detail)}` : ''),
        formatBytes(o.sizeBytes),
        o.seconds.toFixed(1),
        md.code(o.matchedKey || o.key),
    ]);
    return `### Dependency cache: restore\n\n${md.table(['Manager', 'Result', 'Size', 'Seconds', 'Key'], rows, ['left', 'left', 'right', 'right', 'left'])}\n`;
}
const SAVE_WORDS = {
    saved: 'saved',
    skipped: 'not saved',
    exists: 'not saved',
    failed: 'save failed',
    timeout: 'save timed out',
    unavailable: 'cache service unavailable',
};
function saveSummary(outcomes) {
    if (outcomes.length === 0)
        return '';
    const rows = outcomes.map((o) => [
        md.text(o.manager),
        `${md.text(SAVE_WORDS[o.status])}: ${md.text(o.detail)}`,
        formatBytes(o.sizeBytes),
        o.seconds.toFixed(1),
        md.code(o.key),
    ]);
    return `### Dependency cache: save\n\n${md.table(['Manager', 'Result', 'Size', 'Seconds', 'Key'], rows, ['left', 'left', 'right', 'right', 'left'])}\n`;
}

;// CONCATENATED MODULE: ./packages/cache/src/index.ts








// EXTERNAL MODULE: ./packages/cli/src/args.ts
var args = __webpack_require__(7109);
// EXTERNAL MODULE: ./packages/cli/src/config.ts
var config = __webpack_require__(6006);
;// CONCATENATED MODULE: ./packages/cli/src/commands/cache-key.ts
/**
 * `quality cache-key [DIR]`: print the keys cache-deps would use, computed by the same code.
 * OS and arch default to RUNNER_OS / RUNNER_ARCH, else this machine's. No package manager
 * found is not an error (exit 0, said in words); a missing DIR is.
 */




const HELP = `Usage: quality cache-key [DIR] [options]

Print the dependency cache keys the cache-deps action would use for the project in DIR (default:
the current directory): the package managers found, their store paths, the lockfiles and digest
that make the key. Computed by the same code as the action.

Options:
  --package-manager LIST  only these managers, comma separated (default: every one detected)
  --key-prefix PREFIX     the key's prefix (default deps)
  --matrix JSON           the job's matrix values, as the action's matrix input (toJSON(matrix))
  --os OS                 runner OS in the key (default: RUNNER_OS, else this machine's)
  --arch ARCH             runner architecture in the key (default: RUNNER_ARCH, else this machine's)
  --json                  print the whole plan as JSON
${(0,args/* configHelp */.kt)(24)}
  -h, --help              show this help

package-manager and key-prefix not given are read from the cache section of .github/quality.yml.
Exit codes: 0 keys printed (also when no package manager is found), 2 a usage or configuration error.
`;
const OPTIONS = {
    ...args/* CONFIG_OPTION */.dG,
    'package-manager': { type: 'string' },
    'key-prefix': { type: 'string' },
    matrix: { type: 'string' },
    os: { type: 'string' },
    arch: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const cacheKeyCommand = async (argv, io) => {
    const { values, positionals, inputs: flags } = (0,args/* parse */.qg)(argv, OPTIONS, 1);
    if (values.help) {
        await io.stdout(HELP);
        return 0;
    }
    const root = (0,args/* existingDir */.Tc)(io.cwd, positionals[0], 'DIR');
    const inputs = await (0,config/* configured */.t)(flags, 'cache', root, io);
    const managers = parseManagers(inputs.list('--package-manager'), '--package-manager');
    const m = inputs.json('--matrix');
    const matrix = m === undefined ? '' : matrixPart(m);
    const plan = await planCaches({
        root,
        managers,
        prefix: inputs.string('--key-prefix', 'deps'),
        matrix,
        runnerOs: inputs.string('--os', io.env.RUNNER_OS ?? process.platform),
        runnerArch: inputs.string('--arch', io.env.RUNNER_ARCH ?? process.arch),
        platform: currentPlatform(io.env),
    });
    if (values.json) {
        await io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
        return 0;
    }
    // File and folder names come from the repository: escaped, as the CLI may run in a workflow step.
    for (const w of plan.warnings)
        io.stderr(`warning: ${(0,src_escape/* escapeLine */.EH)(w)}\n`);
    if (plan.entries.length === 0) {
        await io.stdout(`No package manager found in ${(0,src_escape/* escapeLine */.EH)(root)}.\n`);
        return 0;
    }
    for (const e of plan.entries) {
        await io.stdout(`${e.manager}: ${e.key}\n` +
            `  files (${plan.listing}): ${(0,src_escape/* escapeLine */.EH)(e.files.length ? e.files.join(', ') : '(none)')}\n` +
            `  paths: ${(0,src_escape/* escapeLine */.EH)(e.paths.join(', '))}\n` +
            `  digest: ${e.digest}\n`);
    }
    return 0;
};


/***/ }),

/***/ 6006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ stepInputs),
/* harmony export */   t: () => (/* binding */ configured)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _quality_config_entry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4084);
/* harmony import */ var _quality_kit_escape__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6757);
/* harmony import */ var _quality_kit_git__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3137);
/* harmony import */ var _quality_kit_inputs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6415);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7109);
/**
 * The config file for a command: its section under the command's flags, flag `--x` falling back
 * to key `x` (so a flag given on the command line always wins). Found at the top level of the git
 * repository holding `dir` (else `dir` itself), or named by `--config FILE`; the YAML parser
 * loads only when a file exists.
 */






async function rootOf(dir) {
    try {
        return await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_2__/* .repoRoot */ .jv)(dir);
    }
    catch {
        // Not in a git repository: the folder itself (quality coverage works outside git).
        return dir;
    }
}
/** `--config FILE` (relative to where the user is): a missing file is a usage error naming it. */
function explicitFile(flags, io) {
    const shown = flags.optional('--config');
    if (shown === undefined)
        return undefined;
    const path = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .fromCwd */ .Be)(io.cwd, shown);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--config ${shown}: the file does not exist (${path}).`);
    return { path, shown };
}
async function configured(inputs, section, dir, io) {
    const file = explicitFile(inputs, io);
    return (0,_quality_config_entry__WEBPACK_IMPORTED_MODULE_1__/* .withConfig */ .N)(inputs, section, { workspace: await rootOf(dir), eventName: io.env.GITHUB_EVENT_NAME, ...(file ? { file } : {}) }, (w) => io.stderr(`warning: ${(0,_quality_kit_escape__WEBPACK_IMPORTED_MODULE_5__/* .escapeLine */ .EH)(w)}\n`), '--');
}
/**
 * A command run as a composite action's step (`--github`): the step's `INPUT_*` variables, read
 * by the action input names (`fail-level`, as a JavaScript action reads them), over the section
 * of the workspace's config file: action input > config file > the reader's default (an empty
 * input is "not set"). A wrong input names the input, a wrong key its file, line and key.
 * `warn` gets the keys dropped on untrusted events (the runner's `::warning::`).
 */
async function stepInputs(section, workspace, io, warn) {
    return (0,_quality_config_entry__WEBPACK_IMPORTED_MODULE_1__/* .withConfig */ .N)(new _quality_kit_inputs__WEBPACK_IMPORTED_MODULE_3__/* .Inputs */ .G0((0,_quality_kit_inputs__WEBPACK_IMPORTED_MODULE_3__/* .envInputSource */ .lQ)(io.env)), section, {
        workspace: await rootOf(workspace),
        eventName: io.env.GITHUB_EVENT_NAME,
    }, warn);
}


/***/ }),

/***/ 4084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ withConfig),
/* harmony export */   n: () => (/* binding */ CONFIG_FILES)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7817);
/* harmony import */ var _quality_kit_inputs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6415);
/**
 * The one call an entry makes: its inputs over the config file's section. Actions pass the
 * workflow context (workspace, event name); the CLI passes the repository root and `prefix` '--'
 * (flag `--min-coverage` falls back to key `min-coverage`). The tricky rule: the YAML parser and
 * validator load only when a config file exists (import `@quality/config/entry`, not the index,
 * to keep them out of an entry's start-up). `place.file` names the file instead of searching.
 */




const CONFIG_FILES = ['.github/quality.yml', 'quality.yml'];
async function withConfig(inputs, section, place, warn = () => { }, prefix = '') {
    const { file } = place;
    if (file === undefined && !CONFIG_FILES.some((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(place.workspace, f))))
        return inputs;
    const { loadConfig, loadConfigFile, sectionValues } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(309)]).then(__webpack_require__.bind(__webpack_require__, 1309));
    const opts = { eventName: place.eventName };
    const cfg = file ? loadConfigFile(file.path, file.shown, opts) : loadConfig(place.workspace, opts);
    if (file && !cfg)
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The config file ${file.shown} does not exist.`);
    for (const w of cfg?.warnings ?? [])
        warn(w);
    return inputs.withFallback((0,_quality_kit_inputs__WEBPACK_IMPORTED_MODULE_3__/* .configSource */ .qX)(sectionValues(cfg, section), prefix));
}


/***/ }),

/***/ 9703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports html, marker, pct */
/**
 * Markdown for job summaries and PR comments, with text from users escaped.
 *
 * File names, branch names and messages come from people who can open a pull request.
 * Escaped, they can neither break a table, start a heading or link, open HTML, close a
 * <details> block, nor @-mention anyone. Nothing here imports `@actions/core`.
 */
const HTML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '@': '&#64;',
};
/** ASCII punctuation that Markdown gives a meaning to; GFM lets any of it be backslash-escaped. */
const MD_SPECIAL = /[\\`*_{}[\]()#+\-.!|~:]/g;
/**
 * Escape user text for use inside Markdown prose or a table cell: one line, no markup,
 * no HTML, no mentions. Control characters become spaces.
 */
function text(s) {
    // Markdown escapes first, entities last: an entity's own '#' must not be backslash-escaped
    // (`&\#39;` renders as the six characters "&#39;", not as an apostrophe).
    return s
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
        .replace(MD_SPECIAL, (c) => `\\${c}`)
        .replace(/[&<>"'@]/g, (c) => HTML_ESCAPES[c]);
}
/** Escape for an HTML context (attribute values, <summary>), no Markdown escaping needed there. */
function html(s) {
    return s.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/[&<>"'@]/g, (c) => HTML_ESCAPES[c]);
}
/**
 * Inline code. The fence is one backtick longer than the longest run inside, so the text
 * cannot close it; pipes are escaped because GFM splits table cells before code spans.
 */
function code(s) {
    const one = s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\|/g, '\\|');
    let longest = 0;
    for (const m of one.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const fence = '`'.repeat(longest + 1);
    const pad = one.startsWith('`') || one.endsWith('`') || one.startsWith(' ') ? ' ' : '';
    return `${fence}${pad}${one}${pad}${fence}`;
}
/**
 * A GFM table. Cells are Markdown already (escape user text with `text()` or `code()`
 * first); newlines in cells are folded so a row stays one line.
 */
function table(headers, rows, align) {
    const fold = (c) => c.replace(/\r?\n/g, ' ');
    const sep = headers.map((_, i) => {
        const a = align?.[i];
        return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
    });
    const line = (cells) => `| ${cells.map(fold).join(' | ')} |`;
    return [line(headers), line(sep), ...rows.map((r) => line(headers.map((_, i) => r[i] ?? '')))].join('\n');
}
/** A collapsible block. `summary` is user-escaped here; `body` is Markdown. */
function details(summary, body) {
    return `<details><summary>${html(summary)}</summary>\n\n${body}\n\n</details>`;
}
/** A hidden marker that identifies a sticky comment. The id is restricted to safe characters. */
function marker(id) {
    return `<!-- quality:${id.replace(/[^A-Za-z0-9_.:/-]/g, '_')} -->`;
}
/** A percentage for display: never shows 100.00 unless it is 100, nor 0.00 unless 0. */
function pct(p, digits = 2) {
    if (p === null || !Number.isFinite(p))
        return 'n/a';
    const f = 10 ** digits;
    let v = Math.floor(p * f) / f;
    if (v === 0 && p > 0)
        v = 1 / f;
    return `${v.toFixed(digits)}%`;
}


/***/ })

};
