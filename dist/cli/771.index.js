export const id = 771;
export const ids = [771];
export const modules = {

/***/ 2771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cacheKeyCommand: () => (/* binding */ cacheKeyCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/cache/src/key.ts
/**
 * Cache keys: `<prefix>-<os>-<arch>-<manager>-<runtime><version>[-<matrix>]-<hash>`.
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
    const parts = [prefix, osPart(p.os), archPart(p.arch), p.manager, keyPart(p.runtime)];
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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
const runGit = (args, cwd) => new Promise((resolve, reject) => {
    (0,external_node_child_process_.execFile)('git', [...args], { cwd, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } }, (err, stdout, stderr) => (err ? reject(new Error(String(stderr).trim() || err.message)) : resolve(stdout)));
});
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

;// CONCATENATED MODULE: ./packages/cache/src/managers.ts
/**
 * What each package manager keeps, where, and which files decide its contents.
 *
 * Only the package manager's own download store is cached: never `node_modules`, never a
 * virtualenv inside the workspace, never a file that can hold credentials (`.npmrc`,
 * `pip.conf`...). Paths come from the tool itself when it is installed (`npm config get
 * cache`, `pnpm store path`, `pip cache dir`, `go env GOMODCACHE`), else from the tool's
 * documented environment variables and defaults.
 */

const MANAGERS = ['npm', 'yarn', 'pnpm', 'pip', 'poetry', 'uv', 'go'];
const nodeRuntime = {
    label: 'node',
    file: 'node',
    args: ['--version'],
    parse: (out) => /^v?(\d+\.\d+\.\d+)/.exec(out.trim())?.[1],
};
const pythonRuntime = {
    label: 'py',
    file: 'python3',
    args: ['--version'],
    parse: (out) => /Python (\d+\.\d+\.\d+)/.exec(out)?.[1],
};
const goRuntime = {
    label: 'go',
    file: 'go',
    args: ['env', 'GOVERSION'],
    parse: (out) => /^go(\d+\.\d+(\.\d+)?)/.exec(out.trim())?.[1],
};
/** A usable absolute path from a tool's output (tools print 'undefined' or '' when unset). */
function asPath(out) {
    const v = out?.split(/\r?\n/)[0]?.trim();
    if (!v || v === 'undefined' || v === 'null' || !(0,external_node_path_.isAbsolute)(v))
        return undefined;
    return v;
}
function env(p, name) {
    const v = p.env[name];
    return v && (0,external_node_path_.isAbsolute)(v) ? v : undefined;
}
/** $XDG_CACHE_HOME or ~/.cache. */
const xdgCache = (p) => env(p, 'XDG_CACHE_HOME') ?? (0,external_node_path_.join)(p.home, '.cache');
const localAppData = (p) => env(p, 'LOCALAPPDATA') ?? (0,external_node_path_.join)(p.home, 'AppData', 'Local');
const SPECS = {
    npm: {
        name: 'npm',
        lockfiles: ['package-lock.json', 'npm-shrinkwrap.json'],
        config: ['.npmrc'],
        runtime: nodeRuntime,
        async paths(tool, cwd, p) {
            const asked = asPath(await tool('npm', ['config', 'get', 'cache'], cwd));
            if (asked)
                return [asked];
            const fromEnv = env(p, 'npm_config_cache') ?? env(p, 'NPM_CONFIG_CACHE');
            if (fromEnv)
                return [fromEnv];
            return [p.os === 'win32' ? (0,external_node_path_.join)(localAppData(p), 'npm-cache') : (0,external_node_path_.join)(p.home, '.npm')];
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
                const asked = asPath(berry ? await tool('yarn', ['config', 'get', 'cacheFolder'], cwd) : await tool('yarn', ['cache', 'dir'], cwd));
                if (asked)
                    return [asked];
            }
            const fromEnv = env(p, 'YARN_CACHE_FOLDER');
            if (fromEnv)
                return [fromEnv];
            // Without yarn installed: the classic default and the berry global cache (both are
            // harmless when absent: missing paths are skipped at save time).
            const classic = p.os === 'win32'
                ? (0,external_node_path_.join)(localAppData(p), 'Yarn', 'Cache', 'v6')
                : p.os === 'darwin'
                    ? (0,external_node_path_.join)(p.home, 'Library', 'Caches', 'Yarn', 'v6')
                    : (0,external_node_path_.join)(xdgCache(p), 'yarn', 'v6');
            return [classic, (0,external_node_path_.join)(p.home, '.yarn', 'berry', 'cache')];
        },
    },
    pnpm: {
        name: 'pnpm',
        lockfiles: ['pnpm-lock.yaml'],
        config: ['pnpm-workspace.yaml', '.npmrc'],
        runtime: nodeRuntime,
        async paths(tool, cwd, p) {
            const asked = asPath(await tool('pnpm', ['store', 'path', '--silent'], cwd));
            if (asked)
                return [asked];
            const home = env(p, 'PNPM_HOME');
            if (home)
                return [(0,external_node_path_.join)(home, 'store')];
            if (p.os === 'win32')
                return [(0,external_node_path_.join)(localAppData(p), 'pnpm', 'store')];
            if (p.os === 'darwin')
                return [(0,external_node_path_.join)(p.home, 'Library', 'pnpm', 'store')];
            return [(0,external_node_path_.join)(env(p, 'XDG_DATA_HOME') ?? (0,external_node_path_.join)(p.home, '.local', 'share'), 'pnpm', 'store')];
        },
    },
    pip: {
        name: 'pip',
        lockfiles: ['requirements*.txt', 'requirements/*.txt', 'constraints*.txt'],
        config: [],
        runtime: pythonRuntime,
        async paths(tool, cwd, p) {
            const asked = asPath(await tool('pip', ['cache', 'dir'], cwd));
            if (asked)
                return [asked];
            const fromEnv = env(p, 'PIP_CACHE_DIR');
            if (fromEnv)
                return [fromEnv];
            if (p.os === 'win32')
                return [(0,external_node_path_.join)(localAppData(p), 'pip', 'Cache')];
            if (p.os === 'darwin')
                return [(0,external_node_path_.join)(p.home, 'Library', 'Caches', 'pip')];
            return [(0,external_node_path_.join)(xdgCache(p), 'pip')];
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
                    ? (0,external_node_path_.join)(localAppData(p), 'pypoetry', 'Cache')
                    : p.os === 'darwin'
                        ? (0,external_node_path_.join)(p.home, 'Library', 'Caches', 'pypoetry')
                        : (0,external_node_path_.join)(xdgCache(p), 'pypoetry');
            const venvs = asPath(await tool('poetry', ['config', 'virtualenvs.path'], cwd)) ??
                env(p, 'POETRY_VIRTUALENVS_PATH') ??
                (0,external_node_path_.join)(cacheDir, 'virtualenvs');
            // The download caches and the virtualenvs Poetry creates outside the project.
            return [(0,external_node_path_.join)(cacheDir, 'cache'), (0,external_node_path_.join)(cacheDir, 'artifacts'), venvs];
        },
    },
    uv: {
        name: 'uv',
        lockfiles: ['uv.lock'],
        config: ['uv.toml'],
        runtime: pythonRuntime,
        async paths(tool, cwd, p) {
            const asked = asPath(await tool('uv', ['cache', 'dir'], cwd));
            if (asked)
                return [asked];
            const fromEnv = env(p, 'UV_CACHE_DIR');
            if (fromEnv)
                return [fromEnv];
            if (p.os === 'win32')
                return [(0,external_node_path_.join)(localAppData(p), 'uv', 'cache')];
            return [(0,external_node_path_.join)(xdgCache(p), 'uv')];
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
            const gopath = env(p, 'GOPATH')?.split(p.os === 'win32' ? ';' : ':')[0] ?? (0,external_node_path_.join)(p.home, 'go');
            const defaultBuild = p.os === 'win32'
                ? (0,external_node_path_.join)(localAppData(p), 'go-build')
                : p.os === 'darwin'
                    ? (0,external_node_path_.join)(p.home, 'Library', 'Caches', 'go-build')
                    : (0,external_node_path_.join)(xdgCache(p), 'go-build');
            return [mod ?? env(p, 'GOMODCACHE') ?? (0,external_node_path_.join)(gopath, 'pkg', 'mod'), build ?? env(p, 'GOCACHE') ?? defaultBuild];
        },
    },
};
/** Lockfiles that, when found, say a manager is in use (config files alone do not). */
function detectionFiles(name) {
    // A go.mod without dependencies has no go.sum: still a Go module with a build cache.
    return name === 'go' ? [...SPECS.go.lockfiles, 'go.mod'] : SPECS[name].lockfiles;
}

;// CONCATENATED MODULE: ./packages/cache/src/plan.ts
/**
 * From a workspace to one cache entry per package manager: which managers, which files
 * decide the key, the key, and the store paths. Pure apart from the injected tool runner
 * and git, so the action, the CLI and the tests compute exactly the same thing.
 */






/** execFile with an argument array and a 20 s limit; undefined when absent or failing. */
const runTool = (file, args, cwd) => new Promise((resolve) => {
    (0,external_node_child_process_.execFile)(file, [...args], { cwd, timeout: 20_000, windowsHide: true, env: { ...process.env, COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' } }, (err, stdout) => resolve(err ? undefined : String(stdout).trim()));
});
function currentPlatform(env = process.env) {
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
async function runtimeVersion(manager, tool, cwd) {
    const r = SPECS[manager].runtime;
    let out = await tool(r.file, r.args, cwd);
    if (out === undefined && r.file === 'python3')
        out = await tool('python', r.args, cwd);
    const v = out === undefined ? undefined : r.parse(out);
    return v ? `${r.label}${v}` : `${r.label}-none`;
}
async function planCaches(opts) {
    const tool = opts.tool ?? runTool;
    const platform = opts.platform ?? currentPlatform();
    const candidates = opts.managers && opts.managers.length > 0 ? [...opts.managers] : [...MANAGERS];
    const patterns = new Set();
    for (const m of candidates) {
        for (const p of [...SPECS[m].lockfiles, ...SPECS[m].config, ...detectionFiles(m)])
            patterns.add(p);
    }
    const listing = await listFiles(opts.root, [...patterns], opts.git ?? runGit);
    const matching = (names) => listing.files.filter((f) => names.some((p) => matchesPattern(f, p)));
    const warnings = [];
    const chosen = opts.managers && opts.managers.length > 0
        ? candidates
        : candidates.filter((m) => matching(detectionFiles(m)).length > 0);
    const entries = [];
    for (const manager of chosen) {
        const spec = SPECS[manager];
        const lockfiles = matching(spec.lockfiles);
        if (lockfiles.length === 0 && manager !== 'go') {
            warnings.push(`No ${spec.lockfiles.join(' or ')} found for ${manager}: the key does not change when dependencies change, so the cached store is never refreshed. Commit a lockfile.`);
        }
        const files = matching([...spec.lockfiles, ...spec.config, ...detectionFiles(manager)]);
        const [digest, runtime, paths] = await Promise.all([
            digestFiles(opts.root, files),
            runtimeVersion(manager, tool, opts.root),
            spec.paths(tool, opts.root, platform),
        ]);
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
            paths: [...new Set(paths)],
            runtime,
        });
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

;// CONCATENATED MODULE: ./packages/cache/src/cli.ts
/**
 * `quality cache-key`: print the keys cache-deps would use, computed by the same code.
 *
 *   quality cache-key [DIR] [--package-manager npm,pip] [--key-prefix deps]
 *                     [--matrix JSON] [--os Linux] [--arch X64] [--json]
 *
 * OS and arch default to RUNNER_OS / RUNNER_ARCH, else this machine's. Exit codes: 0 keys
 * printed (also when no package manager is found), 2 usage or configuration error.
 */




const USAGE = `usage: quality cache-key [DIR] [--package-manager LIST] [--key-prefix PREFIX] [--matrix JSON] [--os OS] [--arch ARCH] [--json]
`;
const VALUE_FLAGS = ['--package-manager', '--key-prefix', '--matrix', '--os', '--arch'];
async function cacheKeyCommand(argv, io) {
    const flags = new Map();
    let json = false;
    let dir;
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--help' || a === '-h') {
            io.stdout(USAGE);
            return 0;
        }
        if (a === '--json') {
            json = true;
            continue;
        }
        const eq = a.indexOf('=');
        const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
        if (VALUE_FLAGS.includes(name)) {
            const value = eq > 0 && a.startsWith('--') ? a.slice(eq + 1) : argv[++i];
            if (value === undefined) {
                io.stderr(`quality cache-key: ${name} needs a value\n${USAGE}`);
                return 2;
            }
            flags.set(name, value);
            continue;
        }
        if (a.startsWith('-') || dir !== undefined) {
            io.stderr(`quality cache-key: unexpected argument '${a}'\n${USAGE}`);
            return 2;
        }
        dir = a;
    }
    try {
        const root = (0,external_node_path_.resolve)(io.cwd, dir ?? '.');
        const managers = parseManagers((flags.get('--package-manager') ?? '').split(',').filter((s) => s.trim()), '--package-manager');
        let matrix = '';
        const m = flags.get('--matrix');
        if (m !== undefined) {
            let parsed;
            try {
                parsed = JSON.parse(m);
            }
            catch (e) {
                io.stderr(`quality cache-key: --matrix is not valid JSON (${e instanceof Error ? e.message : String(e)})\n`);
                return 2;
            }
            matrix = matrixPart(parsed);
        }
        const plan = await planCaches({
            root,
            managers,
            prefix: flags.get('--key-prefix') ?? 'deps',
            matrix,
            runnerOs: flags.get('--os') ?? io.env.RUNNER_OS ?? process.platform,
            runnerArch: flags.get('--arch') ?? io.env.RUNNER_ARCH ?? process.arch,
            platform: currentPlatform(io.env),
        });
        if (json) {
            io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
            return 0;
        }
        for (const w of plan.warnings)
            io.stderr(`warning: ${w}\n`);
        if (plan.entries.length === 0) {
            io.stdout(`No package manager found in ${root}.\n`);
            return 0;
        }
        for (const e of plan.entries) {
            io.stdout(`${e.manager}: ${e.key}\n`);
            io.stdout(`  files (${plan.listing}): ${e.files.length ? e.files.join(', ') : '(none)'}\n`);
            io.stdout(`  paths: ${e.paths.join(', ')}\n`);
            io.stdout(`  digest: ${e.digest}\n`);
        }
        return 0;
    }
    catch (e) {
        if ((0,errors/* isConfigurationError */.p0)(e)) {
            io.stderr(`quality cache-key: ${e.message}\n`);
            return 2;
        }
        throw e;
    }
}


/***/ })

};
