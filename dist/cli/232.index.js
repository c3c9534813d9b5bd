export const id = 232;
export const ids = [232];
export const modules = {

/***/ 172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y_: () => (/* binding */ changedFiles),
/* harmony export */   k0: () => (/* binding */ changeText),
/* harmony export */   s1: () => (/* binding */ changeBase)
/* harmony export */ });
/* unused harmony exports BASE_CANDIDATES, defaultBase */
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/* harmony import */ var _quality_kit_git__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3137);
/**
 * "Your change" on a laptop, one way for every command that measures it (check, guard): the
 * merge-base of HEAD with the base branch, and the diff of the work tree (or of the commits)
 * against it. The one rule: no base branch found is an error naming --base, never "no change".
 */


/** Tried in order when --base is not given (after the remote's default branch). */
const BASE_CANDIDATES = ['origin/main', 'origin/master', 'main', 'master'];
/** The base branch: the remote's default branch, then the usual names; undefined when none exists. */
async function defaultBase(root) {
    const head = await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(root, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'], { ok: [0, 1, 128] });
    const remoteDefault = head.code === 0
        ? head.stdout
            .toString('utf8')
            .trim()
            .replace(/^refs\/remotes\//, '')
        : '';
    for (const ref of [remoteDefault, ...BASE_CANDIDATES]) {
        if (ref && (await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(root, ref)) !== null)
            return ref;
    }
    return undefined;
}
/** The base (given or found) and its merge-base with HEAD. */
async function changeBase(root, given) {
    const base = given ?? (await defaultBase(root));
    if (base === undefined) {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`No base branch found (tried refs/remotes/origin/HEAD, ${BASE_CANDIDATES.join(', ')}): give the branch your change is based on with --base REF.`);
    }
    if ((await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(root, base)) === null) {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`--base ${base} is not a commit in ${root}. Fetch it, or give another --base REF.`);
    }
    return { base, mergeBase: await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_1__/* .ensureHistory */ .J0)(root, base, { allowFetch: false }) };
}
/** The diff of the change: `git diff MB` (work tree) or `git diff MB HEAD` (committed). */
async function changeText(root, mergeBase, committed) {
    const args = ['diff', '--no-color', '--no-ext-diff', '--no-textconv', '-M', '--unified=0'];
    args.push('--ignore-submodules=all', '--src-prefix=a/', '--dst-prefix=b/', '--end-of-options', mergeBase);
    if (committed)
        args.push('HEAD');
    return (await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(root, args)).stdout.toString('utf8');
}
/**
 * The files of the change that are in the work tree, relative to `root`: `git diff --name-only
 * MB` (committed, staged and unstaged changes; untracked files are not part of it, deleted ones
 * are left out: they have no modification time).
 */
async function changedFiles(root, mergeBase) {
    const args = ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', '--ignore-submodules=all'];
    args.push('--end-of-options', mergeBase);
    return (await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(root, args)).stdout.toString('utf8').split('\0').filter(Boolean);
}


/***/ }),

/***/ 8232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ toolsOf),
/* harmony export */   KU: () => (/* binding */ repoFiles),
/* harmony export */   T9: () => (/* binding */ fileChunks),
/* harmony export */   WW: () => (/* binding */ localChange),
/* harmony export */   Ye: () => (/* binding */ runChange),
/* harmony export */   az: () => (/* reexport safe */ _trust_js__WEBPACK_IMPORTED_MODULE_8__.a),
/* harmony export */   u1: () => (/* binding */ resolveTarget),
/* harmony export */   vG: () => (/* binding */ posixRel)
/* harmony export */ });
/* unused harmony export changedLines */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7817);
/* harmony import */ var _quality_kit_git__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3137);
/* harmony import */ var _quality_lint__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6667);
/* harmony import */ var _quality_matrix__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4292);
/* harmony import */ var _change_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(172);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7109);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1892);
/**
 * What `quality lint` and `quality format` share: the options (flags, or INPUT_* variables with
 * `--github`), the projects under the target directory (the matrix detection), the repository
 * files the engine reads, the change for the filter, and (re-exported from ../trust.ts) the
 * trust rule.
 */








const posixRel = (from, to) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(from, to).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') || '.';
/** Files of the repository for the engine: reads capped at 4 MiB (config files and package.json). */
function repoFiles(root) {
    return {
        read(path) {
            try {
                const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path);
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).size > 4 * 1024 * 1024)
                    return undefined;
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(abs, 'utf8');
            }
            catch {
                return undefined;
            }
        },
        exists: (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path)),
    };
}
async function resolveTarget(cwd, given, flag) {
    const dir = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .existingDir */ .Tc)(cwd, given, flag);
    let root = dir;
    let inGit = true;
    try {
        root = await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_3__/* .repoRoot */ .jv)(dir);
    }
    catch {
        inGit = false;
    }
    const rel = posixRel(root, dir);
    const prefix = (d) => (rel === '.' ? d : d === '.' ? rel : `${rel}/${d}`);
    // Outside a repository (a home folder, '/'), look only near the target, never the whole disk.
    const projects = (0,_quality_matrix__WEBPACK_IMPORTED_MODULE_5__/* .detectProjects */ .EB)((0,_quality_matrix__WEBPACK_IMPORTED_MODULE_5__/* .diskReader */ .lJ)(dir), { maxDepth: inGit ? 12 : 2 }).map((p) => ({
        dir: prefix(p.dir),
        language: p.language,
        packageManager: p.packageManager,
    }));
    return { dir, root, inGit, rel, projects };
}
/** Added lines per repository-relative path (the gate's diff parser, loaded only when a filter needs it). */
async function changedLines(diffText, name) {
    const { parseDiff } = await __webpack_require__.e(/* import() */ 380).then(__webpack_require__.bind(__webpack_require__, 8380));
    const diff = parseDiff(diffText, { name });
    return new Map(diff.files.map((f) => [f.path, new Set(f.added)]));
}
/** The change on a laptop: --diff PATCH, or the work tree against the merge-base with --base (or the default branch). */
async function localChange(t, io, opts) {
    if (opts.diff !== undefined) {
        const file = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .fromCwd */ .Be)(io.cwd, opts.diff);
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
        }
        catch {
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--diff ${opts.diff} does not exist or cannot be read.`);
        }
        return { changed: await changedLines(text, opts.diff), what: `the diff ${opts.diff}` };
    }
    if (!t.inGit)
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${t.dir} is not in a git repository: give the change with --diff PATCH, or use --filter nofilter.`);
    const { base, mergeBase } = await (0,_change_js__WEBPACK_IMPORTED_MODULE_6__/* .changeBase */ .s1)(t.root, opts.base);
    return {
        changed: await changedLines(await (0,_change_js__WEBPACK_IMPORTED_MODULE_6__/* .changeText */ .k0)(t.root, mergeBase, false), `git diff ${mergeBase.slice(0, 12)}`),
        what: `your change since the merge-base with ${base}`,
    };
}
/** The change in a workflow run: the pull request (or push) against its base, committed. */
async function runChange(t, base) {
    if (base === undefined)
        return undefined;
    if (!t.inGit)
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${t.dir} is not in a git repository: the filter needs the change.`);
    const mergeBase = await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_3__/* .ensureHistory */ .J0)(t.root, base, { allowFetch: true });
    return {
        changed: await changedLines(await (0,_change_js__WEBPACK_IMPORTED_MODULE_6__/* .changeText */ .k0)(t.root, mergeBase, true), `git diff ${mergeBase.slice(0, 12)}`),
        what: `the change since ${base.slice(0, 12)}`,
    };
}

/**
 * The tools named by `name` (a flag, an action input or a config key), undefined when not set: a
 * wrong name in the config file is reported at its file, line and key.
 */
function toolsOf(inputs, name, mode) {
    const raw = inputs.optional(name);
    if (raw === undefined)
        return undefined;
    try {
        return (0,_quality_lint__WEBPACK_IMPORTED_MODULE_4__/* .parseToolList */ .gy)(raw, mode, name);
    }
    catch (e) {
        const o = inputs.origin(name);
        if (o && e instanceof _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigValueError */ .w0(o.file, o.line, o.key, raw, e.expected);
        throw e;
    }
}
/** Read a text file's chunks (for the streamed report parsers). */
async function* fileChunks(path) {
    const { createReadStream } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3024, 23));
    for await (const c of createReadStream(path, { highWaterMark: 1 << 20 }))
        yield c;
}


/***/ }),

/***/ 6667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ox: () => (/* reexport */ FILTER_MODES),
  xy: () => (/* reexport */ addFormatDiffs),
  Fe: () => (/* reexport */ detectTools),
  I$: () => (/* reexport */ exitCode),
  IB: () => (/* reexport */ formatJson),
  J9: () => (/* reexport */ formatResult),
  Gl: () => (/* reexport */ lintJson),
  PL: () => (/* reexport */ lintResult),
  du: () => (/* reexport */ parseCheckstyle),
  r1: () => (/* reexport */ parseSarif),
  gy: () => (/* reexport */ parseToolList),
  pC: () => (/* reexport */ planTools),
  v$: () => (/* reexport */ runTools)
});

// UNUSED EXPORTS: FORMAT_PARSERS, JsonStream, LINT_PARSERS, TOOLS, ToolNotInstalledError, ToolOutputError, configuredBy, dropCovered, filterFindings, goTool, joinRel, moduleMajor, parseBiomeFormat, parseBiomeLint, parseBlack, parseEslint, parseFlake8, parseGoVet, parseGofmt, parseGolangci, parseIsort, parseJsonc, parseMypy, parsePrettierList, parsePylint, parseRuff, parseRuffFormat, parseStaticcheck, parseTsc, planTool, projectsUnder, repoPath, splitDiffs, toolNames, toolSpec, tscBuild, unifiedDiff, versionOf

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/lint/src/paths.ts
/**
 * Tool output paths to repository-relative ones. A relative path is relative to the directory
 * the tool ran in (`cwd`, itself repository-relative); an absolute path inside the repository
 * loses the root. Tricky rule: a path outside the repository stays as the tool wrote it (with
 * '/' separators), so it is visible rather than silently re-rooted.
 */

const slashes = (p) => p.replace(/\\/g, '/');
function repoPath(p, ctx) {
    let s = slashes(p.trim());
    if (s.startsWith('file://'))
        s = decodeURIComponent(s.slice('file://'.length));
    const root = slashes(ctx.root).replace(/\/+$/, '');
    if (s.startsWith('/') || /^[A-Za-z]:\//.test(s)) {
        if (s === root)
            return '.';
        if (s.startsWith(`${root}/`))
            return external_node_path_.posix.normalize(s.slice(root.length + 1));
        return external_node_path_.posix.normalize(s);
    }
    const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(ctx.cwd, s));
    return joined;
}
/** `base` (repository-relative dir) joined with `p`, normalised. */
function joinRel(base, p) {
    return external_node_path_.posix.normalize(external_node_path_.posix.join(base, p));
}

;// CONCATENATED MODULE: ./packages/lint/src/tools.ts
const ESLINT_CONFIGS = ['js', 'mjs', 'cjs', 'ts', 'mts', 'cts'].map((e) => `eslint.config.${e}`);
const ESLINTRC = ['', '.js', '.cjs', '.yaml', '.yml', '.json'].map((e) => `.eslintrc${e}`);
const PRETTIER_CONFIGS = [
    ...['', '.json', '.json5', '.yaml', '.yml', '.toml', '.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'].map((e) => `.prettierrc${e}`),
    ...['js', 'mjs', 'cjs', 'ts', 'mts', 'cts'].map((e) => `prettier.config.${e}`),
];
/** pylint's exit code is a bit mask of message kinds (1 fatal ... 16 convention); 32 is a usage error. */
const PYLINT_OK = Array.from({ length: 32 }, (_, i) => i);
const TOOLS = [
    {
        name: 'eslint',
        mode: 'lint',
        language: 'node',
        configs: [...ESLINT_CONFIGS, ...ESLINTRC],
        packageKey: 'eslintConfig',
        deps: ['eslint'],
        bin: 'eslint',
        npmPackage: 'eslint',
        args: ['-f', 'json', '.'],
        okExit: [0, 1],
    },
    {
        name: 'tsc',
        mode: 'lint',
        language: 'node',
        configs: ['tsconfig.json'],
        deps: [],
        bin: 'tsc',
        npmPackage: 'typescript',
        args: ['--noEmit', '--pretty', 'false', '-p', '.'],
        okExit: [0, 1, 2],
    },
    {
        name: 'biome',
        mode: 'lint',
        language: 'node',
        configs: ['biome.json', 'biome.jsonc'],
        // Its config only: a dependency alone (a fixture, a migration in progress) beside prettier or
        // eslint would run biome's defaults over files another tool formats.
        deps: [],
        bin: 'biome',
        npmPackage: '@biomejs/biome',
        args: ['lint', '--reporter=json', '.'],
        okExit: [0, 1],
    },
    {
        name: 'ruff',
        mode: 'lint',
        language: 'python',
        configs: ['ruff.toml', '.ruff.toml'],
        pyproject: 'ruff',
        deps: ['ruff'],
        bin: 'ruff',
        args: ['check', '--output-format', 'json', '.'],
        okExit: [0, 1],
    },
    {
        name: 'flake8',
        mode: 'lint',
        language: 'python',
        configs: ['.flake8'],
        ini: 'flake8',
        deps: ['flake8'],
        bin: 'flake8',
        args: ['.'],
        okExit: [0, 1],
    },
    {
        name: 'pylint',
        mode: 'lint',
        language: 'python',
        configs: ['.pylintrc', 'pylintrc'],
        pyproject: 'pylint',
        deps: ['pylint'],
        bin: 'pylint',
        args: ['--output-format=json', '--recursive=y', '.'],
        okExit: PYLINT_OK,
    },
    {
        name: 'mypy',
        mode: 'lint',
        language: 'python',
        configs: ['mypy.ini', '.mypy.ini'],
        pyproject: 'mypy',
        ini: 'mypy',
        deps: ['mypy'],
        bin: 'mypy',
        args: ['--show-column-numbers', '--show-error-codes', '--no-error-summary', '--no-color-output', '.'],
        okExit: [0, 1],
    },
    {
        name: 'go-vet',
        mode: 'lint',
        language: 'go',
        configs: [],
        deps: [],
        always: true,
        bin: 'go',
        args: ['vet', '-json', './...'],
        okExit: [0],
        stream: 'stderr',
    },
    {
        name: 'golangci-lint',
        mode: 'lint',
        language: 'go',
        configs: ['.golangci.yml', '.golangci.yaml', '.golangci.toml', '.golangci.json'],
        deps: [],
        bin: 'golangci-lint',
        // v2; v1 has no --output.* flags (and v2 no --out-format).
        args: ['run', '--output.json.path=stdout', '--output.text.path=stderr', './...'],
        argsByMajor: { 1: ['run', '--out-format', 'json', './...'] },
        okExit: [0, 1],
    },
    {
        name: 'staticcheck',
        mode: 'lint',
        language: 'go',
        configs: ['staticcheck.conf'],
        deps: [],
        bin: 'staticcheck',
        args: ['-f', 'json', './...'],
        okExit: [0, 1],
    },
    {
        name: 'prettier',
        mode: 'format',
        language: 'node',
        configs: PRETTIER_CONFIGS,
        packageKey: 'prettier',
        deps: ['prettier'],
        bin: 'prettier',
        npmPackage: 'prettier',
        args: ['--list-different', '.'],
        okExit: [0, 1],
        fixArgs: ['--write'],
        stdinArgs: ['--stdin-filepath'],
    },
    {
        name: 'biome',
        mode: 'format',
        language: 'node',
        configs: ['biome.json', 'biome.jsonc'],
        // Its config only: a dependency alone (a fixture, a migration in progress) beside prettier or
        // eslint would run biome's defaults over files another tool formats.
        deps: [],
        bin: 'biome',
        npmPackage: '@biomejs/biome',
        args: ['format', '--reporter=json', '.'],
        okExit: [0, 1],
        fixArgs: ['format', '--write'],
        stdinArgs: ['format', '--stdin-file-path='],
    },
    {
        name: 'ruff',
        mode: 'format',
        language: 'python',
        configs: ['ruff.toml', '.ruff.toml'],
        pyproject: 'ruff',
        deps: ['ruff'],
        bin: 'ruff',
        args: ['format', '--diff', '.'],
        okExit: [0, 1],
        fixArgs: ['format'],
    },
    {
        name: 'black',
        mode: 'format',
        language: 'python',
        configs: [],
        pyproject: 'black',
        deps: ['black'],
        bin: 'black',
        args: ['--check', '--diff', '--quiet', '.'],
        okExit: [0, 1],
        fixArgs: ['--quiet'],
    },
    {
        name: 'isort',
        mode: 'format',
        language: 'python',
        configs: ['.isort.cfg'],
        pyproject: 'isort',
        ini: 'isort',
        deps: ['isort'],
        bin: 'isort',
        args: ['--check-only', '--diff', '.'],
        okExit: [0, 1],
        fixArgs: ['--quiet'],
    },
    {
        name: 'gofmt',
        mode: 'format',
        language: 'go',
        configs: [],
        deps: [],
        always: true,
        bin: 'gofmt',
        args: ['-l', '-d', '.'],
        okExit: [0],
        fixArgs: ['-w'],
    },
];
function toolSpec(name, mode) {
    return TOOLS.find((t) => t.name === name && t.mode === mode);
}
function toolNames(mode) {
    return TOOLS.filter((t) => t.mode === mode).map((t) => t.name);
}

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
;// CONCATENATED MODULE: ./packages/lint/src/detect.ts
/**
 * Which tools a project uses, from its config files and declared dependencies (never from what
 * happens to be installed). Tricky rule: a tool named in `--tools` that the project does not
 * configure still runs (the user asked), with the reason saying so; an unknown name is an error.
 */



function packageJson(files, dir) {
    const text = files.read(joinRel(dir, 'package.json'));
    if (text === undefined)
        return undefined;
    try {
        const v = JSON.parse(text);
        return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
    }
    catch {
        return undefined; // the matrix detection reports a broken package.json; here it configures nothing
    }
}
const PY_DEP_FILES = [
    'pyproject.toml',
    'requirements.txt',
    'requirements-dev.txt',
    'dev-requirements.txt',
    'requirements_dev.txt',
    'requirements/dev.txt',
    'setup.cfg',
    'Pipfile',
];
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The reason a tool is configured in the project, or undefined. */
function configuredBy(spec, project, files) {
    const dir = project.dir;
    if (spec.always)
        return `every ${project.language === 'go' ? 'Go' : project.language} project`;
    for (const c of spec.configs)
        if (files.exists(joinRel(dir, c)))
            return joinRel(dir, c);
    if (spec.pyproject) {
        const py = files.read(joinRel(dir, 'pyproject.toml'));
        if (py && new RegExp(`^\\s*\\[tool\\.${escapeRe(spec.pyproject)}[.\\]]`, 'm').test(py))
            return `[tool.${spec.pyproject}] in ${joinRel(dir, 'pyproject.toml')}`;
    }
    if (spec.ini) {
        for (const f of ['setup.cfg', 'tox.ini']) {
            const t = files.read(joinRel(dir, f));
            if (t && new RegExp(`^\\s*\\[${escapeRe(spec.ini)}\\]`, 'm').test(t))
                return `[${spec.ini}] in ${joinRel(dir, f)}`;
        }
    }
    if (project.language === 'node') {
        const pkg = packageJson(files, dir);
        if (pkg) {
            if (spec.packageKey && pkg[spec.packageKey] !== undefined)
                return `"${spec.packageKey}" in ${joinRel(dir, 'package.json')}`;
            for (const field of ['devDependencies', 'dependencies']) {
                const deps = pkg[field];
                if (typeof deps === 'object' && deps !== null)
                    for (const d of spec.deps)
                        if (d in deps)
                            return `${field}.${d} in ${joinRel(dir, 'package.json')}`;
            }
        }
    }
    if (project.language === 'python') {
        for (const f of PY_DEP_FILES) {
            const t = files.read(joinRel(dir, f));
            if (!t)
                continue;
            for (const d of spec.deps) {
                // A requirement line or a quoted dependency string naming the package (with or without a version).
                const re = new RegExp(`(^|["'\\s,\\[])${escapeRe(d)}\\s*(\\[[^\\]]*\\])?\\s*(["',;<>=!~\\]]|$)`, 'im');
                if (re.test(t))
                    return `${d} in ${joinRel(dir, f)}`;
            }
        }
    }
    if (project.language === 'go' && spec.language === 'go') {
        if (goTool(files.read(joinRel(dir, 'go.mod')) ?? '', spec.bin))
            return `tool directive in ${joinRel(dir, 'go.mod')}`;
    }
    return undefined;
}
/** The package path of a go.mod `tool` directive ending in /NAME (Go 1.24). */
function goTool(goMod, name) {
    let inBlock = false;
    for (const raw of goMod.split('\n')) {
        const line = raw.replace(/\/\/.*$/, '').trim();
        if (inBlock) {
            if (line === ')')
                inBlock = false;
            else if (line.endsWith(`/${name}`))
                return line;
            continue;
        }
        if (/^tool\s*\($/.test(line))
            inBlock = true;
        else {
            const m = /^tool\s+(\S+)$/.exec(line);
            if (m && m[1].endsWith(`/${name}`))
                return m[1];
        }
    }
    return undefined;
}
/** Parse a `tools` list (comma or space separated) against the known names of `mode`. */
function parseToolList(raw, mode, input = 'tools') {
    const names = raw
        .split(/[\s,]+/)
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean)
        .map((s) => (s === 'govet' || s === 'vet' ? 'go-vet' : s));
    const known = toolNames(mode);
    for (const n of names)
        if (!known.includes(n))
            throw new errors/* InputError */.dz(input, raw, `a list of ${mode} tools from: ${known.join(', ')}`);
    return [...new Set(names)];
}
/**
 * The tools of each project for `mode`. With `only`, exactly those tools for every project of
 * their language (configured or not).
 */
function detectTools(projects, files, mode, only) {
    const out = [];
    for (const project of projects) {
        for (const spec of TOOLS) {
            if (spec.mode !== mode || spec.language !== project.language)
                continue;
            const why = configuredBy(spec, project, files);
            if (only) {
                if (only.includes(spec.name))
                    out.push({ tool: spec.name, mode, project, reason: why ?? 'named in tools' });
            }
            else if (why)
                out.push({ tool: spec.name, mode, project, reason: why });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/lint/src/cover.ts
/**
 * One run for a monorepo where one run covers the packages: a package's eslint run is left out
 * when an ancestor's run (the same binary) reads a flat config (`eslint.config.*`) and no eslint
 * config sits in the package or between them; the same for prettier (config is resolved per file,
 * so only an ignore file of the package's own, which prettier reads from its working folder,
 * keeps its run); a tsconfig.json that `tsc -b` of another builds is not checked twice.
 * Tricky rule: a package whose tool resolves to another binary (its own pinned version) keeps its run.
 */


const ESLINT = TOOLS.find((t) => t.name === 'eslint');
const FLAT = ESLINT.configs.filter((c) => c.startsWith('eslint.config.'));
const isBelow = (dir, ancestor) => ancestor === '.' || dir.startsWith(`${ancestor}/`);
/** The folders from just below `ancestor` down to `dir`, both repository-relative. */
function between(ancestor, dir) {
    const out = [];
    for (let d = dir; d !== ancestor && d !== '.' && d !== ''; d = d.includes('/') ? d.slice(0, d.lastIndexOf('/')) : '.')
        out.push(d);
    return out;
}
function eslintConfigIn(dir, files) {
    if (ESLINT.configs.some((c) => files.exists(joinRel(dir, c))))
        return true;
    const pkg = files.read(joinRel(dir, 'package.json'));
    return pkg !== undefined && /"eslintConfig"\s*:/.test(pkg);
}
/** Whether `q`'s run, from an ancestor folder, does what `p`'s run would. */
function covers(q, p, files) {
    if (q === p || q.tool !== p.tool || q.mode !== p.mode)
        return false;
    if (q.covers?.includes(p.dir))
        return true; // tsc -b builds it
    if (q.dir === p.dir || !isBelow(p.dir, q.dir) || q.argv[0] !== p.argv[0] || q.files || p.files)
        return false;
    const path = between(q.dir, p.dir);
    if (p.tool === 'eslint' && p.mode === 'lint')
        return FLAT.some((c) => files.exists(joinRel(q.dir, c))) && !path.some((d) => eslintConfigIn(d, files));
    if (p.tool === 'prettier' && p.mode === 'format')
        return !path.some((d) => files.exists(joinRel(d, '.prettierignore')) || files.exists(joinRel(d, '.gitignore')));
    return false;
}
/** The plans without those another plan's run covers; each kept plan lists what it covers. */
function dropCovered(plans, files) {
    const kept = [];
    const by = new Map();
    for (const p of plans) {
        // The outermost covering run (itself not covered by another).
        const q = plans.find((c) => covers(c, p, files) && !plans.some((o) => covers(o, c, files)));
        if (q)
            by.set(q, [...(by.get(q) ?? []), p.dir]);
        else
            kept.push(p);
    }
    return kept.map((p) => {
        const extra = by.get(p);
        if (!extra)
            return p;
        return { ...p, covers: [...new Set([...(p.covers ?? []), ...extra])] };
    });
}

;// CONCATENATED MODULE: ./packages/lint/src/tsc-build.ts
/**
 * A tsconfig.json with `references` is checked as `tsc -b` builds it: every referenced project,
 * in order, each against the declarations of the ones it references. `tsc -p . --noEmit` checks
 * none of them (a solution config with `files: []` passes having checked nothing), and
 * `tsc -b --noEmit` fails with TS6310 on any project that references another (TypeScript 5.9).
 *
 * Tricky rule: nothing may be written into the project (no outDir, no .tsbuildinfo). Each config
 * of the graph gets a wrapper in a temporary folder that `extends` it and sends declarations and
 * build info there; what the original leaves to its own location (the default `include` and, for
 * a composite project, `rootDir`) is made explicit, since a wrapper's location is the temp folder.
 */


/** JSON with comments and trailing commas (tsconfig's dialect), parsed; undefined when unreadable. */
function parseJsonc(text) {
    let out = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '"') {
            const start = i;
            for (i++; i < text.length && text[i] !== '"'; i++)
                if (text[i] === '\\')
                    i++;
            out += text.slice(start, i + 1);
        }
        else if (c === '/' && text[i + 1] === '/') {
            while (i < text.length && text[i] !== '\n')
                i++;
            out += '\n';
        }
        else if (c === '/' && text[i + 1] === '*') {
            const end = text.indexOf('*/', i + 2);
            i = end === -1 ? text.length : end + 1;
            out += ' ';
        }
        else
            out += c;
    }
    try {
        const v = JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
        return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
    }
    catch {
        return undefined;
    }
}
const obj = (v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {});
/** The references of a config: repository-relative config paths. */
function referencesOf(config, dir, files) {
    const refs = Array.isArray(config.references) ? config.references : [];
    const out = [];
    for (const r of refs) {
        const p = obj(r).path;
        if (typeof p !== 'string' || p === '')
            continue;
        const target = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, p));
        out.push(target.endsWith('.json') && !files.exists(`${target}/tsconfig.json`) ? target : `${target}/tsconfig.json`);
    }
    return out;
}
/** Whether the config or a base it extends by path names its files (include / files). */
function namesFiles(config, dir, files, depth = 0) {
    if (config.files !== undefined || config.include !== undefined)
        return true;
    if (depth > 8)
        return false;
    const ext = typeof config.extends === 'string' ? [config.extends] : Array.isArray(config.extends) ? config.extends : [];
    for (const e of ext) {
        if (typeof e !== 'string' || !/^\.\.?\//.test(e))
            continue; // a package's base names no files
        let p = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, e));
        if (!p.endsWith('.json') && files.exists(`${p}.json`))
            p = `${p}.json`;
        const base = parseJsonc(files.read(p) ?? '');
        if (base && namesFiles(base, external_node_path_.posix.dirname(p), files, depth + 1))
            return true;
    }
    return false;
}
/**
 * The `tsc -b` run of the config `configPath` (repository-relative), or undefined when it has no
 * references (then `tsc --noEmit -p` checks it all). `root` and `tempDir` are absolute.
 */
function tscBuild(configPath, files, root, tempDir) {
    const top = parseJsonc(files.read(configPath) ?? '');
    if (!top || !Array.isArray(top.references) || top.references.length === 0)
        return undefined;
    const ids = new Map();
    const order = [];
    const referenced = new Set();
    const visit = (path) => {
        if (ids.has(path))
            return;
        if (ids.size >= 1000)
            throw new errors/* ConfigurationError */.j1(`${configPath}: more than 1000 referenced projects.`);
        ids.set(path, ids.size);
        order.push(path);
        const c = parseJsonc(files.read(path) ?? '');
        if (!c)
            return; // missing or broken: tsc reports it on the reference
        for (const r of referencesOf(c, external_node_path_.posix.dirname(path), files)) {
            if (r.startsWith('../') || r === '..')
                throw new errors/* ConfigurationError */.j1(`${path} references ${r}, outside the repository: quality checks projects inside it only. Lint that project from its own repository.`);
            referenced.add(r);
            visit(r);
        }
    };
    visit(configPath);
    const abs = (p) => external_node_path_.posix.join(root, p);
    const wrapper = (p) => external_node_path_.posix.join(tempDir, `p${ids.get(p)}.json`);
    const out = {};
    for (const path of order) {
        const n = ids.get(path);
        const dir = external_node_path_.posix.dirname(path);
        const c = parseJsonc(files.read(path) ?? '');
        if (!c) {
            // Let tsc say what is wrong with it, without building it: extend the missing or broken file.
            out[wrapper(path)] = JSON.stringify({ extends: abs(path), compilerOptions: { noEmit: true } });
            continue;
        }
        const own = obj(c.compilerOptions);
        const emits = referenced.has(path) || own.composite === true;
        const options = {
            tsBuildInfoFile: external_node_path_.posix.join(tempDir, 'out', `p${n}.tsbuildinfo`),
            declarationMap: false,
            sourceMap: false,
            inlineSourceMap: false,
        };
        if (emits) {
            // Declarations for the projects that reference this one: into the temp folder only.
            Object.assign(options, { noEmit: false, emitDeclarationOnly: true, declaration: true });
            if (typeof own.outFile === 'string')
                options.outFile = external_node_path_.posix.join(tempDir, 'out', `p${n}.js`);
            else {
                options.outDir = external_node_path_.posix.join(tempDir, 'out', `p${n}`);
                options.declarationDir = external_node_path_.posix.join(tempDir, 'out', `p${n}`);
            }
            if (own.rootDir === undefined)
                options.rootDir = abs(dir); // composite's default: the config's folder
        }
        else
            options.noEmit = true;
        const w = { extends: abs(path), compilerOptions: options };
        if (!namesFiles(c, dir, files)) {
            w.include = [external_node_path_.posix.join(abs(dir), '**/*')];
            if (c.exclude === undefined) {
                const outDir = typeof own.outDir === 'string' ? [external_node_path_.posix.join(abs(dir), own.outDir)] : [];
                w.exclude = [
                    ...['node_modules', 'bower_components', 'jspm_packages'].map((d) => external_node_path_.posix.join(abs(dir), d)),
                    ...outDir,
                ];
            }
        }
        w.references = referencesOf(c, dir, files).map((r) => ({ path: wrapper(r) }));
        out[wrapper(path)] = `${JSON.stringify(w, null, 2)}\n`;
    }
    return {
        args: ['-b', wrapper(configPath), '--pretty', 'false'],
        files: out,
        covers: order.filter((p) => external_node_path_.posix.basename(p) === 'tsconfig.json').map((p) => external_node_path_.posix.dirname(p)),
    };
}

;// CONCATENATED MODULE: ./packages/lint/src/plan.ts
/**
 * From detected tools to run plans (argv arrays, cwd, env): the project's own pinned binary,
 * never a download. Node tools from node_modules/.bin (the project's or an ancestor's, as npm,
 * pnpm and hoisting yarn lay them out; `yarn run` under Plug'n'Play); Python through poetry, uv,
 * the active or the project's virtualenv, else `python3 -m`; Go through the toolchain or go.mod
 * `tool` directives. Tricky rule: a tool that is configured but not installed is a
 * ToolNotInstalledError naming the config and the install command, never a silent skip.
 */







class ToolNotInstalledError extends errors/* ConfigurationError */.j1 {
    name = 'ToolNotInstalledError';
}
const INSTALL = {
    npm: 'npm ci',
    yarn: 'yarn install --immutable',
    pnpm: 'pnpm install --frozen-lockfile',
    bun: 'bun install --frozen-lockfile',
};
const ADD = {
    npm: 'npm install -D',
    yarn: 'yarn add -D',
    pnpm: 'pnpm add -D',
    bun: 'bun add -d',
};
function ancestors(dir) {
    const out = [dir];
    let d = dir;
    while (d !== '.' && d !== '') {
        const i = d.lastIndexOf('/');
        d = i === -1 ? '.' : d.slice(0, i);
        out.push(d);
    }
    return out;
}
function nodeCommand(spec, d, o) {
    for (const dir of ancestors(d.project.dir)) {
        const bin = joinRel(dir, `node_modules/.bin/${spec.bin}`);
        if (o.files.exists(bin)) {
            const r = { prefix: [(0,external_node_path_.join)(o.root, bin)] };
            const pkg = spec.npmPackage
                ? o.files.read(joinRel(dir, `node_modules/${spec.npmPackage}/package.json`))
                : undefined;
            if (pkg) {
                try {
                    const v = JSON.parse(pkg).version;
                    if (typeof v === 'string')
                        r.version = v;
                }
                catch {
                    // no version then; the run still happens
                }
            }
            return r;
        }
    }
    const pnp = ancestors(d.project.dir).find((dir) => o.files.exists(joinRel(dir, '.pnp.cjs')));
    if (pnp !== undefined)
        return { prefix: ['yarn', 'run', spec.bin] };
    const pm = d.project.packageManager;
    const pkg = o.files.read(joinRel(d.project.dir, 'package.json')) ?? '';
    const declared = spec.npmPackage !== undefined && pkg.includes(`"${spec.npmPackage}"`);
    const where = d.project.dir === '.' ? '' : ` in ${d.project.dir}`;
    throw new ToolNotInstalledError(`${spec.name} is configured (${d.reason}) but not installed in ${joinRel(d.project.dir, 'node_modules')}: ` +
        (declared
            ? `run ${INSTALL[pm] ?? 'npm ci'}${where} first.`
            : `add it with ${ADD[pm] ?? 'npm install -D'} ${spec.npmPackage ?? spec.name}${where}.`) +
        ' quality runs the version your project pins and never downloads one.');
}
function pythonCommand(spec, d, o) {
    const dir = d.project.dir;
    const pm = d.project.packageManager;
    const module = spec.module ?? spec.bin;
    if (pm === 'poetry' || o.files.exists(joinRel(dir, 'poetry.lock')))
        return ['poetry', 'run', spec.bin];
    if (pm === 'uv' || o.files.exists(joinRel(dir, 'uv.lock')))
        return ['uv', 'run', '--no-sync', spec.bin];
    if (pm === 'pdm' || o.files.exists(joinRel(dir, 'pdm.lock')))
        return ['pdm', 'run', spec.bin];
    if (pm === 'pipenv' || o.files.exists(joinRel(dir, 'Pipfile.lock')))
        return ['pipenv', 'run', spec.bin];
    if (o.virtualEnv && (0,external_node_path_.isAbsolute)(o.virtualEnv))
        return [(0,external_node_path_.join)(o.virtualEnv, 'bin', 'python'), '-m', module];
    for (const venv of ['.venv', 'venv']) {
        if (o.files.exists(joinRel(dir, `${venv}/bin/python`)))
            return [(0,external_node_path_.join)(o.root, dir, venv, 'bin', 'python'), '-m', module];
    }
    return [o.python ?? 'python3', '-m', module];
}
function goCommand(spec, d, o) {
    if (spec.name === 'go-vet')
        return ['go'];
    if (spec.name === 'gofmt')
        return ['gofmt'];
    const goMod = o.files.read(joinRel(d.project.dir, 'go.mod')) ?? '';
    const pkg = goTool(goMod, spec.bin);
    if (pkg)
        return ['go', 'tool', spec.bin];
    const hint = spec.name === 'staticcheck'
        ? 'go get -tool honnef.co/go/tools/cmd/staticcheck'
        : 'go get -tool github.com/golangci/golangci-lint/v2/cmd/golangci-lint';
    throw new ToolNotInstalledError(`${spec.name} is configured (${d.reason}) but not pinned in ${joinRel(d.project.dir, 'go.mod')}: add it with \`${hint}\` (a go.mod tool directive, Go 1.24+). quality runs the version your project pins and never downloads one.`);
}
/** The major version a Go package path names (`\u2026/v2/cmd/x` \u2192 2, no `/vN` element \u2192 1). */
function moduleMajor(pkg) {
    if (pkg === undefined)
        return undefined;
    const m = /\/v(\d+)(?:\/|$)/.exec(pkg);
    return m ? Number(m[1]) : 1;
}
const tscTemp = (dir, o) => external_node_path_.posix.join(o.tempDir ?? '/', `tsc-${dir === '.' ? 'root' : dir.replace(/[^\w.-]+/g, '_')}`);
/** The run plan of one detected tool. Throws ToolNotInstalledError when it cannot be found. */
function planTool(d, o) {
    const spec = toolSpec(d.tool, d.mode);
    if (!spec)
        throw new errors/* ConfigurationError */.j1(`unknown ${d.mode} tool '${d.tool}'`);
    const cwd = (0,external_node_path_.join)(o.root, d.project.dir);
    let prefix;
    let version;
    let versionArgv;
    if (spec.language === 'node') {
        const r = nodeCommand(spec, d, o);
        prefix = r.prefix;
        version = r.version;
        if (version === undefined)
            versionArgv = [...prefix, '--version'];
    }
    else if (spec.language === 'python') {
        prefix = pythonCommand(spec, d, o);
        versionArgv = [...prefix, '--version'];
    }
    else {
        prefix = goCommand(spec, d, o);
        versionArgv = spec.name === 'go-vet' || spec.name === 'gofmt' ? ['go', 'version'] : [...prefix, '--version'];
    }
    // `go vet` is `go` + `vet ...`: the bin is the program, its args follow.
    const plan = {
        tool: spec.name,
        mode: spec.mode,
        dir: d.project.dir,
        cwd,
        argv: [...prefix, ...spec.args],
        env: spec.language === 'python'
            ? { PYTHONDONTWRITEBYTECODE: '1', NO_COLOR: '1' }
            : { NO_COLOR: '1', FORCE_COLOR: '0' },
        okExit: [...spec.okExit],
        stream: spec.stream ?? 'stdout',
        reason: d.reason,
    };
    if (spec.name === 'tsc') {
        const build = tscBuild(joinRel(d.project.dir, 'tsconfig.json'), o.files, o.root, tscTemp(d.project.dir, o));
        if (build) {
            if (!o.tempDir)
                throw new Error('planTool: a tsconfig.json with references needs PlanOptions.tempDir (a bug)');
            plan.argv = [...prefix, ...build.args];
            plan.files = build.files;
            plan.covers = build.covers.filter((c) => c !== d.project.dir);
        }
    }
    if (spec.argsByMajor) {
        plan.argvByMajor = Object.fromEntries(Object.entries(spec.argsByMajor).map(([m, args]) => [Number(m), [...prefix, ...args]]));
        const major = spec.language === 'go'
            ? moduleMajor(goTool(o.files.read(joinRel(d.project.dir, 'go.mod')) ?? '', spec.bin))
            : undefined;
        if (major !== undefined)
            plan.major = major;
    }
    if (version !== undefined)
        plan.version = version;
    if (versionArgv)
        plan.versionArgv = versionArgv;
    if (spec.fixArgs)
        plan.fixArgv = [...prefix, ...spec.fixArgs];
    if (spec.stdinArgs)
        plan.stdinArgv = [...prefix, ...spec.stdinArgs];
    if (spec.language === 'python' && prefix[1] === '-m' && !prefix[0].includes('/')) {
        plan.fallbackArgv = [spec.bin, ...spec.args];
        if (spec.fixArgs)
            plan.fallbackFixArgv = [spec.bin, ...spec.fixArgs];
    }
    return plan;
}
/** The plans of the detected tools, less the runs another run covers (see cover.ts). */
function planTools(detected, o) {
    return dropCovered(detected.map((d) => planTool(d, o)), o.files);
}
/** Projects under `dir` (repository-relative), the directory itself included. */
function projectsUnder(projects, dir) {
    if (dir === '.' || dir === '')
        return [...projects];
    return projects.filter((p) => p.dir === dir || p.dir.startsWith(`${dir}/`));
}

// EXTERNAL MODULE: ./packages/kit/src/process.ts
var process = __webpack_require__(8537);
;// CONCATENATED MODULE: ./packages/lint/src/parsers/common.ts
/**
 * Shared checks for every output parser: typed errors naming the tool, and positions that are
 * positive safe integers (anything else is dropped from the finding, never trusted).
 */

/** The output of a tool could not be read: the tool's name and what was wrong. */
class ToolOutputError extends errors/* ConfigurationError */.j1 {
    tool;
    name = 'ToolOutputError';
    constructor(tool, problem, where) {
        const at = where?.file
            ? `${where.file}${where.line !== undefined ? `:${where.line}` : ''}: `
            : `${tool}'s output: `;
        super(`${at}${problem}.`);
        this.tool = tool;
    }
}
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' ? v : undefined);
/** A 1-based position: a safe positive integer, else undefined. `zeroBased` adds 1 first. */
function pos(v, zeroBased = false) {
    const n = typeof v === 'string' && /^\d{1,16}$/.test(v) ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isSafeInteger(n))
        return undefined;
    const r = zeroBased ? n + 1 : n;
    return r >= 1 ? r : undefined;
}
function parseJson(tool, text) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        const head = text.trim().slice(0, 80).replace(/\s+/g, ' ');
        throw new ToolOutputError(tool, `it is not JSON (${e.message})${head ? `; it starts with "${head}"` : '; it is empty'}`);
    }
}
/** A finding with only the defined positions set (exactOptionalPropertyTypes-friendly). */
function finding(f) {
    const out = { tool: f.tool, rule: f.rule, severity: f.severity, path: f.path, message: f.message };
    if (f.line !== undefined) {
        out.line = f.line;
        if (f.column !== undefined)
            out.column = f.column;
        if (f.endLine !== undefined && f.endLine >= f.line) {
            out.endLine = f.endLine;
            if (f.endColumn !== undefined)
                out.endColumn = f.endColumn;
        }
    }
    if (f.fix)
        out.fix = f.fix;
    return out;
}
/** Lines of a text, without the trailing empty one; CRLF accepted. */
const lines = (text) => text.split(/\r?\n/).filter((l, i, a) => l !== '' || i < a.length - 1);

;// CONCATENATED MODULE: ./packages/lint/src/parsers/node.ts
/**
 * JavaScript and TypeScript tools: eslint `-f json`, `tsc --noEmit --pretty false`, biome
 * `--reporter=json` (lint). Tricky rule: eslint's fatal parse errors have no ruleId; they are
 * errors named `parse-error`, never dropped.
 */


function parseEslint(stdout, ctx) {
    const data = parseJson('eslint', stdout);
    if (!Array.isArray(data))
        throw new ToolOutputError('eslint', 'expected a JSON array of files (-f json)');
    const out = [];
    for (const file of data) {
        if (!isObj(file) || typeof file.filePath !== 'string' || !Array.isArray(file.messages))
            throw new ToolOutputError('eslint', 'a file entry has no filePath or messages');
        const path = repoPath(file.filePath, ctx);
        for (const m of file.messages) {
            if (!isObj(m))
                continue;
            const fatal = m.fatal === true;
            const fixable = isObj(m.fix);
            out.push(finding({
                tool: 'eslint',
                rule: str(m.ruleId) ?? (fatal ? 'parse-error' : 'eslint'),
                severity: m.severity === 2 || fatal ? 'error' : 'warning',
                path,
                line: pos(m.line),
                column: pos(m.column),
                endLine: pos(m.endLine),
                endColumn: pos(m.endColumn),
                message: str(m.message) ?? '',
                fix: fixable ? 'Fixable: eslint --fix' : undefined,
            }));
        }
    }
    return out;
}
const TSC = /^(.+?)\((\d+),(\d+)\): (error|warning|message) (TS\d+): (.*)$/;
const TSC_GLOBAL = /^(error|warning|message) (TS\d+): (.*)$/;
/**
 * `tsc --pretty false`: one diagnostic per line, continuation lines (a chain of messages)
 * indented below it. A global diagnostic (no file) is kept, attributed to the tsconfig.
 */
function parseTsc(stdout, ctx, tsconfig = 'tsconfig.json') {
    const out = [];
    for (const line of lines(stdout)) {
        const m = TSC.exec(line);
        if (m) {
            out.push(finding({
                tool: 'tsc',
                rule: m[5],
                severity: m[4] === 'error' ? 'error' : m[4] === 'warning' ? 'warning' : 'notice',
                path: repoPath(m[1], ctx),
                line: pos(m[2]),
                column: pos(m[3]),
                message: m[6],
            }));
            continue;
        }
        const g = TSC_GLOBAL.exec(line);
        if (g) {
            out.push(finding({
                tool: 'tsc',
                rule: g[2],
                severity: g[1] === 'error' ? 'error' : 'warning',
                path: repoPath(tsconfig, ctx),
                message: g[3],
            }));
            continue;
        }
        const last = out[out.length - 1];
        if (last && /^\s/.test(line) && line.trim() !== '')
            last.message += `\n${line.trim()}`;
    }
    return out;
}
const BIOME_SEVERITY = {
    fatal: 'error',
    error: 'error',
    warning: 'warning',
    info: 'notice',
    information: 'notice',
    hint: 'notice',
};
/** Biome's JSON reporter (`lint --reporter=json` or `format --reporter=json`). */
function readBiome(stdout, ctx) {
    const data = parseJson('biome', stdout);
    if (!isObj(data) || !Array.isArray(data.diagnostics))
        throw new ToolOutputError('biome', 'expected an object with diagnostics (--reporter=json)');
    const diagnostics = [];
    for (const d of data.diagnostics) {
        if (!isObj(d))
            continue;
        const loc = isObj(d.location) ? d.location : {};
        const file = str(loc.path) ?? (isObj(loc.path) ? str(loc.path.file) : undefined);
        if (file === undefined)
            continue; // a diagnostic about the run (configuration), reported by the exit code
        const start = isObj(loc.start) ? loc.start : {};
        const end = isObj(loc.end) ? loc.end : {};
        const diag = {
            category: str(d.category) ?? 'biome',
            severity: BIOME_SEVERITY[str(d.severity) ?? ''] ?? 'error',
            path: repoPath(file, ctx),
            message: str(d.message) ?? str(d.description) ?? '',
        };
        const line = pos(start.line);
        if (line !== undefined) {
            diag.line = line;
            const column = pos(start.column);
            if (column !== undefined)
                diag.column = column;
            const endLine = pos(end.line);
            if (endLine !== undefined)
                diag.endLine = endLine;
            const endColumn = pos(end.column);
            if (endColumn !== undefined)
                diag.endColumn = endColumn;
        }
        diagnostics.push(diag);
    }
    return { command: str(data.command) ?? '', diagnostics };
}
function parseBiomeLint(stdout, ctx) {
    return readBiome(stdout, ctx).diagnostics.map((d) => finding({ tool: 'biome', rule: d.category.replace(/^lint\//, ''), ...d }));
}

;// CONCATENATED MODULE: ./packages/lint/src/parsers/python.ts
/**
 * Python tools: ruff `check --output-format json`, flake8 (default format or `--format=pylint`),
 * pylint `--output-format=json`, mypy (`--show-column-numbers --show-error-codes
 * --no-error-summary`). Tricky rule: pylint's columns are 0-based, the others' 1-based.
 */


function parseRuff(stdout, ctx) {
    const data = parseJson('ruff', stdout);
    if (!Array.isArray(data))
        throw new ToolOutputError('ruff', 'expected a JSON array (--output-format json)');
    return data.filter(isObj).map((d) => {
        const loc = isObj(d.location) ? d.location : {};
        const end = isObj(d.end_location) ? d.end_location : {};
        const fix = isObj(d.fix) ? str(d.fix.message) : undefined;
        const code = str(d.code);
        return finding({
            tool: 'ruff',
            rule: code ?? 'syntax-error',
            // ruff's own severity field (newer versions) or: everything ruff reports is an error.
            severity: d.severity === 'warning' ? 'warning' : d.severity === 'info' ? 'notice' : 'error',
            path: repoPath(str(d.filename) ?? '', ctx),
            line: pos(loc.row),
            column: pos(loc.column),
            endLine: pos(end.row),
            endColumn: pos(end.column),
            message: str(d.message) ?? '',
            fix: fix ? `Fix: ${fix} (ruff check --fix)` : undefined,
        });
    });
}
const FLAKE8 = /^(.+?):(\d+):(?:(\d+):)? ([A-Z]+\d+) (.*)$/;
const FLAKE8_PYLINT = /^(.+?):(\d+): \[([A-Z]+\d+)\] (.*)$/;
/** flake8's default format (`path:line:col: CODE text`) or `--format=pylint`. W (pycodestyle warnings) and C (complexity) codes are warnings, the rest errors (flake8 fails on all). */
function parseFlake8(stdout, ctx) {
    const out = [];
    for (const line of lines(stdout)) {
        const m = FLAKE8.exec(line);
        const p = m ? undefined : FLAKE8_PYLINT.exec(line);
        if (!m && !p) {
            if (line.trim() === '')
                continue;
            throw new ToolOutputError('flake8', `unexpected line "${line.slice(0, 120)}"`);
        }
        const [path, ln, col, code, message] = m
            ? [m[1], m[2], m[3], m[4], m[5]]
            : [p[1], p[2], undefined, p[3], p[4]];
        out.push(finding({
            tool: 'flake8',
            rule: code,
            severity: /^[WC]/.test(code) ? 'warning' : 'error',
            path: repoPath(path, ctx),
            line: pos(ln),
            column: pos(col),
            message,
        }));
    }
    return out;
}
const PYLINT_SEVERITY = {
    fatal: 'error',
    error: 'error',
    warning: 'warning',
    convention: 'notice',
    refactor: 'notice',
    info: 'notice',
};
function parsePylint(stdout, ctx) {
    if (stdout.trim() === '')
        return [];
    const data = parseJson('pylint', stdout);
    if (!Array.isArray(data))
        throw new ToolOutputError('pylint', 'expected a JSON array (--output-format=json)');
    return data.filter(isObj).map((d) => finding({
        tool: 'pylint',
        rule: str(d.symbol) ?? str(d['message-id']) ?? 'pylint',
        severity: PYLINT_SEVERITY[str(d.type) ?? ''] ?? 'warning',
        path: repoPath(str(d.path) ?? '', ctx),
        line: pos(d.line),
        column: pos(d.column, true),
        endLine: pos(d.endLine),
        endColumn: pos(d.endColumn, true),
        message: str(d.message) ?? '',
    }));
}
const MYPY = /^(.+?):(\d+):(?:(\d+):)?(?:(\d+):(\d+):)? (error|warning|note): (.*?)(?:  \[([\w-]+)\])?$/;
/** mypy's text output. A `note` line belongs to the finding above it when it is at the same place. */
function parseMypy(stdout, ctx) {
    const out = [];
    for (const line of lines(stdout)) {
        const m = MYPY.exec(line);
        if (!m) {
            if (/^(Success|Found \d+ error)/.test(line) || line.trim() === '')
                continue;
            throw new ToolOutputError('mypy', `unexpected line "${line.slice(0, 120)}"`);
        }
        const path = repoPath(m[1], ctx);
        const ln = pos(m[2]);
        const last = out[out.length - 1];
        if (m[6] === 'note' && last && last.path === path && last.line === ln) {
            last.message += `\n${m[7]}`;
            continue;
        }
        out.push(finding({
            tool: 'mypy',
            rule: m[8] ?? (m[6] === 'note' ? 'note' : 'mypy'),
            severity: m[6] === 'error' ? 'error' : m[6] === 'warning' ? 'warning' : 'notice',
            path,
            line: ln,
            column: pos(m[3]),
            endLine: pos(m[4]),
            endColumn: pos(m[5]),
            message: m[7],
        }));
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/lint/src/parsers/go.ts
/**
 * Go tools: `go vet -json` (on stderr: `# package` lines, each followed by a JSON object of
 * analyzer -> diagnostics), golangci-lint's JSON, staticcheck `-f json` (one object per line).
 * Tricky rule: go vet's JSON objects span lines, so they are read by brace depth, linearly.
 */


/** `file:line:col` or `file:line` (the path may hold ':' on Windows). */
function posn(s) {
    const m = /^(.*?):(\d+)(?::(\d+))?$/.exec(s);
    if (!m)
        return { file: s };
    const r = { file: m[1] };
    const line = pos(m[2]);
    if (line !== undefined)
        r.line = line;
    const column = pos(m[3]);
    if (column !== undefined)
        r.column = column;
    return r;
}
/** The top-level JSON objects of a text where other lines (`# pkg`) come between them. */
function jsonObjects(tool, text) {
    const out = [];
    let depth = 0;
    let start = -1;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++;
            else if (c === 0x22)
                inString = false;
            continue;
        }
        if (depth === 0) {
            if (c === 0x7b) {
                start = i;
                depth = 1;
            }
            else if (c === 0x23 || c === 0x0a || c === 0x0d || c === 0x20) {
                // a `# package` comment line, or blank space: skip the rest of a comment line
                if (c === 0x23) {
                    const nl = text.indexOf('\n', i);
                    i = nl === -1 ? text.length : nl;
                }
            }
            else {
                const nl = text.indexOf('\n', i);
                const line = text.slice(i, nl === -1 ? undefined : nl);
                throw new ToolOutputError(tool, `unexpected text "${line.slice(0, 120)}" (a build error?)`);
            }
            continue;
        }
        if (c === 0x22)
            inString = true;
        else if (c === 0x7b)
            depth++;
        else if (c === 0x7d && --depth === 0)
            out.push(parseJson(tool, text.slice(start, i + 1)));
    }
    if (depth !== 0)
        throw new ToolOutputError(tool, 'the output ends inside a JSON object');
    return out;
}
function parseGoVet(stderr, ctx) {
    const out = [];
    for (const obj of jsonObjects('go vet', stderr)) {
        if (!isObj(obj))
            continue;
        for (const analyzers of Object.values(obj)) {
            if (!isObj(analyzers))
                continue;
            for (const [analyzer, diags] of Object.entries(analyzers)) {
                // `{"error": "..."}` instead of a list: the analyzer could not run on the package.
                if (!Array.isArray(diags)) {
                    if (isObj(diags) && typeof diags.error === 'string')
                        throw new ToolOutputError('go vet', `analyzer ${analyzer} failed: ${diags.error}`);
                    continue;
                }
                for (const d of diags) {
                    if (!isObj(d))
                        continue;
                    const p = posn(str(d.posn) ?? '');
                    const end = str(d.end) ? posn(str(d.end)) : undefined;
                    out.push(finding({
                        tool: 'go-vet',
                        rule: analyzer,
                        severity: 'error',
                        path: repoPath(p.file, ctx),
                        line: p.line,
                        column: p.column,
                        endLine: end?.line,
                        endColumn: end?.column,
                        message: str(d.message) ?? '',
                    }));
                }
            }
        }
    }
    return out;
}
const GOLANGCI_SEVERITY = {
    error: 'error',
    warning: 'warning',
    info: 'notice',
    notice: 'notice',
};
/** golangci-lint's JSON (`--output.json.path stdout` in v2, `--out-format json` in v1). An empty Severity is an error, as its checkstyle and SARIF printers treat it. */
function parseGolangci(stdout, ctx) {
    const text = stdout.trim();
    // v2 may print a text summary after the JSON object: read the first line.
    const first = text.startsWith('{') ? (text.split('\n', 1)[0] ?? '') : text;
    const data = parseJson('golangci-lint', first);
    if (!isObj(data))
        throw new ToolOutputError('golangci-lint', 'expected a JSON object with Issues');
    const issues = data.Issues ?? [];
    if (!Array.isArray(issues))
        throw new ToolOutputError('golangci-lint', 'Issues is not a list');
    return issues.filter(isObj).map((i) => {
        const p = isObj(i.Pos) ? i.Pos : {};
        return finding({
            tool: 'golangci-lint',
            rule: str(i.FromLinter) ?? 'golangci-lint',
            severity: GOLANGCI_SEVERITY[(str(i.Severity) ?? '').toLowerCase()] ?? 'error',
            path: repoPath(str(p.Filename) ?? '', ctx),
            line: pos(p.Line),
            column: pos(p.Column),
            message: str(i.Text) ?? '',
        });
    });
}
/** staticcheck `-f json`: one object per line; `ignored` problems (with -show-ignored) are left out. */
function parseStaticcheck(stdout, ctx) {
    const out = [];
    for (const line of lines(stdout)) {
        if (line.trim() === '')
            continue;
        const d = parseJson('staticcheck', line);
        if (!isObj(d))
            throw new ToolOutputError('staticcheck', 'expected one JSON object per line (-f json)');
        if (d.severity === 'ignored')
            continue;
        const loc = isObj(d.location) ? d.location : {};
        const end = isObj(d.end) ? d.end : {};
        out.push(finding({
            tool: 'staticcheck',
            rule: str(d.code) ?? 'staticcheck',
            severity: d.severity === 'warning' ? 'warning' : 'error',
            path: repoPath(str(loc.file) ?? '', ctx),
            line: pos(loc.line),
            column: pos(loc.column),
            endLine: pos(end.line),
            endColumn: pos(end.column),
            message: str(d.message) ?? '',
        }));
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/lint/src/parsers/format.ts
/**
 * Format checkers' output \u2192 the files that need formatting, with the diff when the tool prints
 * one: prettier `--list-different`, black `--check --diff`, isort `--check-only --diff`,
 * `gofmt -l -d`, ruff `format --diff` (or its JSON), biome `format --reporter=json`.
 *
 * Tricky rule: unified diffs are split by counting each hunk's lines from its `@@` header, so a
 * removed line that reads `--- x` is never taken for a new file's header.
 */



const HUNK = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/;
/** The path of a `--- `/`+++ ` header: without a tab and timestamp, isort's `:before`/`:after`, git's a/ b/. */
function headerPath(h) {
    let p = h.slice(4);
    const tab = p.indexOf('\t');
    if (tab !== -1)
        p = p.slice(0, tab);
    p = p.replace(/:(before|after)(\s+\d{4}-\d\d-\d\d.*)?$/, '');
    p = p.replace(/\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?( [+-]\d{4})?$/, '');
    return p;
}
/**
 * Split unified diffs by file. `bare` lines (outside any diff) are passed to `onOther`: gofmt -l
 * names files there; other tools' stray lines may be ignored or rejected by the caller.
 */
function splitDiffs(text, onOther) {
    const out = [];
    const all = lines(text);
    let cur;
    let oldLeft = 0;
    let newLeft = 0;
    for (let i = 0; i < all.length; i++) {
        const line = all[i];
        if (oldLeft > 0 || newLeft > 0) {
            const c = line[0];
            if (c === '-')
                oldLeft--;
            else if (c === '+')
                newLeft--;
            else if (c === '\\') {
                // "\ No newline at end of file": counts for neither side
            }
            else {
                oldLeft--;
                newLeft--;
            }
            cur.body.push(line);
            continue;
        }
        if (line.startsWith('--- ') && all[i + 1]?.startsWith('+++ ')) {
            if (cur)
                out.push({ path: cur.path, diff: cur.body.join('\n') });
            let path = headerPath(all[i + 1]);
            if (path === '/dev/null')
                path = headerPath(line);
            cur = { path: path.replace(/^b\//, ''), body: [line, all[i + 1]] };
            i++;
            continue;
        }
        const h = HUNK.exec(line);
        if (h && cur) {
            oldLeft = h[1] === undefined ? 1 : Number(h[1]);
            newLeft = h[2] === undefined ? 1 : Number(h[2]);
            cur.body.push(line);
            continue;
        }
        if (line.startsWith('diff ') || line.trim() === '')
            continue;
        onOther?.(line);
    }
    if (cur)
        out.push({ path: cur.path, diff: cur.body.join('\n') });
    return out;
}
const dedupe = (files) => {
    const seen = new Map();
    for (const f of files) {
        const had = seen.get(f.path);
        if (!had || (!had.diff && f.diff))
            seen.set(f.path, f);
    }
    return [...seen.values()];
};
function parsePrettierList(stdout, ctx) {
    return lines(stdout)
        .filter((l) => l.trim() !== '')
        .map((l) => ({ path: repoPath(l, ctx), tool: 'prettier' }));
}
function diffTool(tool, stdout, ctx, allowBare) {
    const bare = [];
    const diffs = splitDiffs(stdout, (l) => {
        if (!allowBare)
            throw new ToolOutputError(tool, `unexpected line "${l.slice(0, 120)}" in the diff`);
        bare.push(l);
    });
    const files = bare.map((p) => ({ path: repoPath(p, ctx), tool }));
    for (const d of diffs)
        files.push({ path: repoPath(d.path, ctx), tool, diff: d.diff });
    return dedupe(files);
}
const parseBlack = (stdout, ctx) => diffTool('black', stdout, ctx, false);
/** isort prints "Skipped N files" and the like on stdout next to its diffs. */
const parseIsort = (stdout, ctx) => diffTool('isort', lines(stdout)
    .filter((l) => !/^(Skipped \d+ files|Fixing )/.test(l))
    .join('\n'), ctx, false);
/** `gofmt -l -d`: names from -l, then `diff a.orig a` blocks whose header names `a.orig` / `a`. */
const parseGofmt = (stdout, ctx) => diffTool('gofmt', stdout, ctx, true).map((f) => ({ ...f, path: f.path.replace(/\.orig$/, '') }));
/** `ruff format --diff` (unified diffs), `--check` ("Would reformat: path") or `--output-format json`. */
function parseRuffFormat(stdout, ctx) {
    const t = stdout.trim();
    if (t.startsWith('[')) {
        const data = parseJson('ruff', t);
        if (!Array.isArray(data))
            throw new ToolOutputError('ruff', 'expected a JSON array');
        return dedupe(data
            .filter(isObj)
            .filter((d) => d.code === 'unformatted')
            .map((d) => ({ path: repoPath(str(d.filename) ?? '', ctx), tool: 'ruff' })));
    }
    const bare = [];
    const diffs = splitDiffs(stdout, (l) => {
        const m = /^Would reformat: (.+)$/.exec(l);
        if (m)
            bare.push(m[1]);
        else if (!/^\d+ files? (would be|already|left)/.test(l))
            throw new ToolOutputError('ruff', `unexpected line "${l.slice(0, 120)}"`);
    });
    return dedupe([
        ...bare.map((p) => ({ path: repoPath(p, ctx), tool: 'ruff' })),
        ...diffs.map((d) => ({ path: repoPath(d.path, ctx), tool: 'ruff', diff: d.diff })),
    ]);
}
function parseBiomeFormat(stdout, ctx) {
    return dedupe(readBiome(stdout, ctx)
        .diagnostics.filter((d) => d.category === 'format')
        .map((d) => ({ path: d.path, tool: 'biome' })));
}

;// CONCATENATED MODULE: ./packages/lint/src/diff.ts
/**
 * A unified diff of two texts (Myers' O((N+M)D) algorithm over lines), for formatters that list
 * files without printing a diff (prettier, biome): the summary shows what `--fix` would change.
 * Tricky rule: the edit distance is bounded (`maxEdits`); past it the answer is undefined (no
 * diff shown) rather than a quadratic walk over a rewritten file.
 */
function editScript(a, b, maxEdits) {
    const n = a.length;
    const m = b.length;
    const max = Math.min(n + m, maxEdits);
    const offset = max + 1;
    const trace = [];
    let v = new Int32Array(2 * max + 3);
    let found = -1;
    for (let d = 0; d <= max; d++) {
        trace.push(v.slice());
        const next = v.slice();
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            next[offset + k] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
        v = next;
        if (found !== -1) {
            trace.push(v);
            break;
        }
    }
    if (found === -1)
        return undefined;
    // Walk back through the trace.
    const ops = [];
    let x = n;
    let y = m;
    for (let d = found; d > 0; d--) {
        const vd = trace[d]; // V before step d (= after step d-1)
        const k = x - y;
        const down = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]);
        const prevK = down ? k + 1 : k - 1;
        const prevX = vd[offset + prevK];
        const prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            ops.push({ kind: ' ', text: a[--x] });
            y--;
        }
        if (down)
            ops.push({ kind: '+', text: b[--y] });
        else
            ops.push({ kind: '-', text: a[--x] });
    }
    while (x > 0 && y > 0) {
        ops.push({ kind: ' ', text: a[--x] });
        y--;
    }
    return ops.reverse();
}
const split = (s) => {
    const l = s.split('\n');
    if (l[l.length - 1] === '')
        l.pop();
    return l;
};
/** `--- path` / `+++ path` and hunks with `context` lines, or undefined when equal or too different. */
function unifiedDiff(before, after, path, context = 3, maxEdits = 2000) {
    if (before === after)
        return undefined;
    const a = split(before);
    const b = split(after);
    const ops = editScript(a, b, maxEdits);
    if (!ops)
        return undefined;
    const out = [`--- ${path}`, `+++ ${path}`];
    // Positions of each op in a and b.
    const pos = [];
    let ai = 0;
    let bi = 0;
    for (const op of ops) {
        pos.push({ ai, bi });
        if (op.kind !== '+')
            ai++;
        if (op.kind !== '-')
            bi++;
    }
    let i = 0;
    while (i < ops.length) {
        while (i < ops.length && ops[i].kind === ' ')
            i++;
        if (i >= ops.length)
            break;
        const start = Math.max(0, i - context);
        let end = i;
        let lastChange = i;
        while (end < ops.length && (ops[end].kind !== ' ' || end - lastChange <= 2 * context)) {
            if (ops[end].kind !== ' ')
                lastChange = end;
            end++;
        }
        end = Math.min(ops.length, lastChange + context + 1);
        const hunk = ops.slice(start, end);
        const oldLen = hunk.filter((o) => o.kind !== '+').length;
        const newLen = hunk.filter((o) => o.kind !== '-').length;
        const p = pos[start];
        out.push(`@@ -${oldLen ? p.ai + 1 : p.ai},${oldLen} +${newLen ? p.bi + 1 : p.bi},${newLen} @@`);
        for (const o of hunk)
            out.push(`${o.kind}${o.text}`);
        i = end;
    }
    return out.join('\n');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/lint/src/run.ts
/**
 * Run plans through an injected process runner (kit's in the CLI, a fake in tests) and read
 * each tool's answer. Tricky rule: nothing is assumed clean: an exit code outside the tool's
 * "ran fine" set, a truncated or unreadable output, or a failing exit with no findings is an
 * error on that tool's run (nothing measured), reported, never a pass.
 */









const LINT_PARSERS = {
    eslint: parseEslint,
    tsc: (out, ctx) => parseTsc(out, ctx),
    biome: parseBiomeLint,
    ruff: parseRuff,
    flake8: parseFlake8,
    pylint: parsePylint,
    mypy: parseMypy,
    'go-vet': parseGoVet,
    'golangci-lint': parseGolangci,
    staticcheck: parseStaticcheck,
};
const FORMAT_PARSERS = {
    prettier: parsePrettierList,
    biome: parseBiomeFormat,
    ruff: parseRuffFormat,
    black: parseBlack,
    isort: parseIsort,
    gofmt: parseGofmt,
};
const VERSION = /\d+\.\d+(?:\.\d+)?(?:[-+.][\w.]+)?/;
/**
 * The version a `--version` answer names (`go version go1.22.1 ...` \u2192 1.22.1). golangci-lint's
 * `has version X built with goY`: X only (a `(devel)` build names none; goY is Go's version).
 */
function versionOf(text) {
    const own = /\bhas version v?(\S+)/.exec(text);
    if (own) {
        const m = VERSION.exec(own[1]);
        return m && m.index === 0 ? m[0] : null;
    }
    const m = VERSION.exec(text.replace(/^go version go/, ''));
    return m ? m[0] : null;
}
/**
 * Plans whose flags depend on the tool's major version (golangci-lint v1/v2): the version is
 * asked first and the matching command kept; without a readable version, the pinned module's
 * major (plan.major), else the default command.
 */
async function chooseByVersion(plans, runner, concurrency) {
    return pool(plans, concurrency, async (plan) => {
        if (!plan.argvByMajor || !plan.versionArgv)
            return plan;
        const r = await runner({
            argv: plan.versionArgv,
            cwd: plan.cwd,
            env: plan.env,
            timeoutMs: 60_000,
            maxOutputBytes: 64 * 1024,
        });
        const version = r.code === 0 ? versionOf(`${r.stdout.toString('utf8')}\n${r.stderr.toString('utf8')}`) : null;
        const major = version !== null ? Number(version.split('.')[0]) : plan.major;
        const chosen = { ...plan, argv: (major !== undefined && plan.argvByMajor[major]) || plan.argv };
        delete chosen.versionArgv;
        delete chosen.argvByMajor;
        if (version !== null)
            chosen.version = version;
        return chosen;
    });
}
function tail(buf, max = 600) {
    const s = buf.toString('utf8').trim();
    return s.length > max ? `\u2026${s.slice(-max)}` : s;
}
/** What went wrong with a run, or undefined when its output can be read. */
function runProblem(plan, r) {
    const program = plan.argv[0];
    if (r.spawnError) {
        const enoent = r.spawnError.code === 'ENOENT';
        return {
            kind: enoent ? 'not-installed' : 'failed',
            error: enoent
                ? `${plan.tool}: ${program} was not found (${plan.reason} asks for ${plan.tool}). Install it${program === 'go' || program === 'gofmt' ? ' (the Go toolchain, e.g. actions/setup-go)' : ` or put ${program} on PATH`}.`
                : `${plan.tool}: could not start ${program}: ${r.spawnError.message}`,
        };
    }
    const stderr = r.stderr.toString('utf8');
    const missing = /No module named ['"]?([\w.-]+)/.exec(stderr);
    if (missing && r.code !== 0 && plan.argv.includes('-m')) {
        return {
            kind: 'not-installed',
            error: `${plan.tool} is configured (${plan.reason}) but not installed for ${program}: add ${plan.tool} to your development dependencies and install them (pip install ${plan.tool}, poetry install, uv sync), or activate the project's virtualenv.`,
        };
    }
    if (r.timedOut)
        return { kind: 'failed', error: `${plan.tool} did not finish in time and was stopped.` };
    if (r.truncated)
        return { kind: 'failed', error: `${plan.tool} printed more than the output limit; its answer was not read.` };
    if (r.code === null || !plan.okExit.includes(r.code)) {
        return {
            kind: 'failed',
            error: `${plan.tool} failed (exit ${r.code ?? r.signal}): ${tail(r.stderr) || tail(r.stdout) || 'no output'}`,
        };
    }
    return undefined;
}
/** Write a plan's files (tsc -b wrappers); a failure is that run's spawn error, reported as such. */
function writePlanFiles(files) {
    try {
        for (const [path, text] of Object.entries(files)) {
            (0,external_node_fs_.mkdirSync)(external_node_path_.posix.dirname(path), { recursive: true });
            (0,external_node_fs_.writeFileSync)(path, text);
        }
        return undefined;
    }
    catch (e) {
        // Not ENOENT's "not found": the tool is there, its temporary config is not.
        return (0,process/* notStarted */.DY)(new Error(`cannot write its temporary config: ${(0,errors/* errorMessage */.gJ)(e)}`));
    }
}
async function pool(items, n, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(n, items.length)) }, worker));
    return out;
}
/** Run every plan (and the version probes it needs) and read the answers. */
async function runTools(given, runner, o) {
    const plans = await chooseByVersion(given, runner, o.concurrency ?? 2);
    const jobs = [];
    for (const plan of plans) {
        jobs.push({ plan, probe: false });
        if (plan.version === undefined && plan.versionArgv)
            jobs.push({ plan, probe: true });
    }
    const results = await pool(jobs, o.concurrency ?? 2, (j) => {
        if (!j.probe && j.plan.files) {
            const failed = writePlanFiles(j.plan.files);
            if (failed)
                return Promise.resolve(failed);
        }
        return runner({
            argv: j.probe ? j.plan.versionArgv : j.plan.argv,
            cwd: j.plan.cwd,
            env: j.plan.env,
            timeoutMs: j.probe ? 60_000 : o.timeoutMs,
            maxOutputBytes: j.probe ? 64 * 1024 : o.maxOutputBytes,
        });
    });
    // `python3 -m tool` without the module: the tool's own command on PATH, once, with its version.
    const noModule = (r) => r.code !== 0 && /No module named/.test(r.stderr.toString('utf8'));
    for (let i = 0; i < jobs.length; i++) {
        const j = jobs[i];
        if (j.probe || !j.plan.fallbackArgv || !noModule(results[i]))
            continue;
        const fb = { ...j.plan, argv: j.plan.fallbackArgv, versionArgv: [j.plan.fallbackArgv[0], '--version'] };
        delete fb.fallbackArgv;
        if (j.plan.fallbackFixArgv)
            fb.fixArgv = j.plan.fallbackFixArgv;
        const [r, v] = await Promise.all([
            runner({ argv: fb.argv, cwd: fb.cwd, env: fb.env, timeoutMs: o.timeoutMs, maxOutputBytes: o.maxOutputBytes }),
            runner({ argv: fb.versionArgv, cwd: fb.cwd, env: fb.env, timeoutMs: 60_000, maxOutputBytes: 64 * 1024 }),
        ]);
        const probe = jobs.findIndex((p) => p.probe && p.plan === j.plan);
        results[i] = r;
        j.plan = fb;
        if (probe !== -1) {
            jobs[probe].plan = fb;
            results[probe] = v;
        }
    }
    const versions = new Map();
    jobs.forEach((j, i) => {
        if (!j.probe)
            return;
        const r = results[i];
        versions.set(j.plan, r.code === 0 ? versionOf(`${r.stdout.toString('utf8')}\n${r.stderr.toString('utf8')}`) : null);
    });
    const runs = [];
    jobs.forEach((j, i) => {
        if (j.probe)
            return;
        const { plan } = j;
        const r = results[i];
        const run = {
            name: plan.tool,
            mode: plan.mode,
            dir: plan.dir,
            cwd: plan.cwd,
            ...(plan.fixArgv ? { fixArgv: plan.fixArgv } : {}),
            ...(plan.stdinArgv ? { stdinArgv: plan.stdinArgv } : {}),
            ...(plan.covers?.length ? { covers: plan.covers } : {}),
            version: plan.version ?? versions.get(plan) ?? null,
            command: (0,process/* displayCommand */.kc)(plan.argv),
            exitCode: r.code,
            durationMs: Math.round(r.durationMs),
            findings: [],
            files: [],
        };
        const problem = runProblem(plan, r);
        if (problem) {
            run.error = problem.error;
            run.errorKind = problem.kind;
            runs.push(run);
            return;
        }
        const text = (plan.stream === 'stderr' ? r.stderr : r.stdout).toString('utf8');
        const ctx = { root: o.root, cwd: plan.dir };
        try {
            if (plan.mode === 'lint')
                run.findings = LINT_PARSERS[plan.tool](text, ctx);
            else
                run.files = FORMAT_PARSERS[plan.tool](text, ctx);
        }
        catch (e) {
            run.error = `${plan.tool}: ${(0,errors/* errorMessage */.gJ)(e)}`;
            run.errorKind = 'failed';
        }
        // A tool that says "failed" (exit != 0) but reported nothing we could read: not a pass.
        if (!run.error && r.code !== 0 && run.findings.length === 0 && run.files.length === 0) {
            run.error = `${plan.tool} exited ${r.code} but reported nothing quality could read: ${tail(r.stderr) || tail(r.stdout) || 'no output'}`;
            run.errorKind = 'failed';
        }
        runs.push(run);
    });
    return runs;
}
/**
 * Fill in the diff of listed files whose formatter printed none (prettier, biome): each file is
 * formatted from stdin by the same binary and compared in process. At most `max` files, each
 * under 1 MiB; a file that cannot be read or formatted keeps no diff (the list stays complete).
 */
async function addFormatDiffs(runs, runner, o) {
    let left = o.max ?? 20;
    for (const run of runs) {
        if (!run.stdinArgv || run.error)
            continue;
        for (const f of run.files) {
            if (f.diff || left <= 0)
                continue;
            const before = o.files.read(f.path);
            if (before === undefined || before.length > 1024 * 1024)
                continue;
            left--;
            const rel = external_node_path_.posix.relative(run.dir === '.' ? '' : run.dir, f.path);
            const argv = [...run.stdinArgv];
            if (argv[argv.length - 1].endsWith('='))
                argv[argv.length - 1] += rel;
            else
                argv.push(rel);
            const r = await runner({
                argv,
                cwd: run.cwd,
                env: { NO_COLOR: '1' },
                input: before,
                timeoutMs: 60_000,
                maxOutputBytes: 4 * 1024 * 1024,
            });
            if (r.code !== 0 || r.truncated)
                continue;
            const diff = unifiedDiff(before, r.stdout.toString('utf8'), f.path);
            if (diff)
                f.diff = diff;
        }
    }
}

;// CONCATENATED MODULE: ./packages/lint/src/filter.ts
const FILTER_MODES = ['added', 'diff-context', 'file', 'nofilter'];
function filterFindings(findings, mode, changed, context = 3) {
    if (mode === 'nofilter')
        return { kept: [...findings], outside: [] };
    if (!changed)
        throw new Error(`filter ${mode} needs the changed lines`);
    const kept = [];
    const outside = [];
    for (const f of findings) {
        const lines = changed.get(f.path);
        let on;
        if (!lines)
            on = false;
        else if (mode === 'file' || f.line === undefined)
            on = true;
        else if (mode === 'added')
            on = lines.has(f.line) || rangeHits(lines, f.line, f.endLine ?? f.line);
        else
            on = rangeHits(lines, f.line - context, (f.endLine ?? f.line) + context);
        (on ? kept : outside).push(f);
    }
    return { kept, outside };
}
function rangeHits(lines, from, to) {
    if (to - from > 200) {
        for (const l of lines)
            if (l >= from && l <= to)
                return true;
        return false;
    }
    for (let l = from; l <= to; l++)
        if (lines.has(l))
            return true;
    return false;
}

// EXTERNAL MODULE: ./packages/kit/src/findings.ts
var findings = __webpack_require__(7080);
;// CONCATENATED MODULE: ./packages/lint/src/result.ts
/**
 * One result per command, for every renderer (JSON, text, annotations, summary): the tools'
 * runs and report files, the findings kept by the filter, the count left outside it, and the
 * verdict. Tricky rule: a tool that could not be run or read fails the verdict whatever the
 * fail level (nothing was measured),
 */


/** The exit code of a result: 2 when a tool is not installed (the user's to fix), 1 when it fails, else 0. */
function exitCode(r) {
    return r.runs.some((x) => x.errorKind === 'not-installed') ? 2 : r.failed ? 1 : 0;
}
function lintResult(runs, reports, opts) {
    // A monorepo's root config and a package's own may both cover a file: one finding, once.
    const seen = new Set();
    const all = [...runs.flatMap((r) => r.findings), ...reports.flatMap((r) => r.findings)].filter((f) => {
        const key = [f.tool, f.rule, f.path, f.line, f.column, f.message].join('\u0000');
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    const { kept, outside } = filterFindings(all, opts.filter, opts.changed);
    const errors = runs.flatMap((r) => (r.error ? [r.error] : []));
    return {
        runs,
        reports,
        filter: opts.filter,
        findings: kept,
        outside,
        counts: (0,findings/* countFindings */.Gt)(kept),
        errors,
        failed: errors.length > 0 || (0,findings/* failsAt */.ZN)(kept, opts.failLevel),
    };
}
function formatResult(runs) {
    const files = runs
        .flatMap((r) => r.files)
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.tool < b.tool ? -1 : 1));
    const errors = runs.flatMap((r) => (r.error ? [r.error] : []));
    return { runs, files, errors, failed: errors.length > 0 || files.length > 0 };
}
/** The lint JSON contract of issue 13 (plus `outsideFilter`: how many findings the filter left out). */
function lintJson(r) {
    return {
        tools: [
            ...r.runs.map((t) => ({
                name: t.name,
                version: t.version,
                command: t.command,
                exitCode: t.exitCode,
                durationMs: t.durationMs,
                findings: t.findings.length,
                ...(t.error ? { error: t.error } : {}),
            })),
            ...r.reports.map((rep) => ({
                name: rep.tool,
                version: null,
                command: null,
                exitCode: null,
                durationMs: 0,
                findings: rep.findings.length,
                report: rep.file,
            })),
        ],
        findings: r.findings.map((f) => ({
            tool: f.tool,
            rule: f.rule,
            severity: f.severity,
            path: f.path,
            line: f.line ?? null,
            column: f.column ?? null,
            message: f.message,
        })),
        counts: r.counts,
        outsideFilter: r.outside.length,
    };
}
function formatJson(r) {
    return {
        tools: r.runs.map((t) => ({ name: t.name, version: t.version, ...(t.error ? { error: t.error } : {}) })),
        files: r.files.map((f) => ({ path: f.path, tool: f.tool })),
    };
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./packages/lint/src/parsers/json-stream.ts
/**
 * A streaming JSON reader that builds only the values at the paths asked for and hands each to
 * a callback when it is complete; everything else is checked for syntax and dropped. Memory is
 * bounded by the largest value built, not the file (a SARIF file's results come one by one).
 *
 * Tricky rule: a token cut by a chunk boundary is kept and completed by the next chunk; a string
 * is scanned from where the last chunk stopped, so a long string stays linear.
 */


const MAX_STRING = 16 * 1024 * 1024;
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
class JsonStream {
    name;
    want;
    onValue;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    buf = '';
    stack = [];
    done = false;
    line = 1;
    /** Where a string scan stopped at the end of the buffer (relative to the string's quote). */
    stringScan = 0;
    stringEsc = false;
    constructor(name, want, onValue) {
        this.name = name;
        this.want = want;
        this.onValue = onValue;
    }
    fail(problem) {
        throw new ToolOutputError(this.name, problem, { file: this.name, line: this.line });
    }
    path() {
        const p = [];
        for (const f of this.stack)
            p.push(f.kind === 'obj' ? (f.key ?? '') : f.index);
        return p;
    }
    write(chunk) {
        this.buf += typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
        this.pump(false);
    }
    end() {
        this.buf += this.decoder.end();
        this.pump(true);
        if (!this.done)
            this.fail('the file ends before its JSON value does');
    }
    /** Building: is the innermost frame building a value? */
    building() {
        const top = this.stack[this.stack.length - 1];
        return top !== undefined && top.value !== undefined;
    }
    emit(value) {
        const top = this.stack[this.stack.length - 1];
        if (!top) {
            this.done = true;
            return;
        }
        if (top.value !== undefined) {
            if (top.kind === 'arr')
                top.value.push(value);
            else
                top.value[top.key] = value;
        }
        else {
            const path = [...this.path()];
            if (this.want(path))
                this.onValue(path, value);
        }
        if (top.kind === 'arr')
            top.index++;
        top.state = 'comma';
    }
    open(kind) {
        const parent = this.stack[this.stack.length - 1];
        if (!parent && this.done)
            this.fail('more than one JSON value');
        let build = this.building();
        let target = false;
        if (!build) {
            const path = parent ? this.path() : [];
            if (parent && this.want(path)) {
                build = true;
                target = true;
            }
        }
        this.stack.push({
            kind,
            value: build ? (kind === 'obj' ? {} : []) : undefined,
            key: undefined,
            index: 0,
            state: kind === 'obj' ? 'key' : 'value',
            target,
        });
    }
    close() {
        const f = this.stack.pop();
        if (f.target) {
            const path = [...this.path()];
            this.onValue(path, f.value);
            const top = this.stack[this.stack.length - 1];
            if (top) {
                if (top.kind === 'arr')
                    top.index++;
                top.state = 'comma';
            }
            else
                this.done = true;
        }
        else if (f.value !== undefined)
            this.emit(f.value);
        else {
            const top = this.stack[this.stack.length - 1];
            if (top) {
                if (top.kind === 'arr')
                    top.index++;
                top.state = 'comma';
            }
            else
                this.done = true;
        }
    }
    pump(final) {
        const s = this.buf;
        let i = 0;
        const n = s.length;
        while (i < n) {
            const c = s.charCodeAt(i);
            if (WS.has(c)) {
                if (c === 0x0a)
                    this.line++;
                i++;
                continue;
            }
            const top = this.stack[this.stack.length - 1];
            if (this.done && !top)
                this.fail('unexpected text after the JSON value');
            const state = top?.state ?? 'value';
            if (c === 0x22) {
                // a string: a key or a value
                let j = i + 1 + this.stringScan;
                let esc = this.stringEsc;
                let end = -1;
                for (; j < n; j++) {
                    const d = s.charCodeAt(j);
                    if (esc)
                        esc = false;
                    else if (d === 0x5c)
                        esc = true;
                    else if (d === 0x22) {
                        end = j;
                        break;
                    }
                    else if (d < 0x20)
                        this.fail('a control character inside a string');
                }
                if (end === -1) {
                    if (j - i > MAX_STRING)
                        this.fail(`a string longer than ${MAX_STRING} characters`);
                    // resume after what was scanned, with the escape state it ended in
                    this.stringScan = j - i - 1;
                    this.stringEsc = esc;
                    break;
                }
                this.stringScan = 0;
                this.stringEsc = false;
                const raw = s.slice(i, end + 1);
                i = end + 1;
                if (state === 'key' && top?.kind === 'obj') {
                    top.key = this.str(raw);
                    top.state = 'colon';
                }
                else if (state === 'value') {
                    this.emit(this.building() || this.wantsHere() ? this.str(raw) : '');
                }
                else
                    this.fail('a string where a comma, colon or bracket was expected');
                continue;
            }
            if (c === 0x3a) {
                if (state !== 'colon')
                    this.fail("unexpected ':'");
                top.state = 'value';
                i++;
                continue;
            }
            if (c === 0x2c) {
                if (state !== 'comma')
                    this.fail("unexpected ','");
                top.state = top.kind === 'obj' ? 'key' : 'value';
                i++;
                continue;
            }
            if (c === 0x7b || c === 0x5b) {
                if (state !== 'value')
                    this.fail(`unexpected '${String.fromCharCode(c)}'`);
                this.open(c === 0x7b ? 'obj' : 'arr');
                i++;
                continue;
            }
            if (c === 0x7d || c === 0x5d) {
                const kind = c === 0x7d ? 'obj' : 'arr';
                if (!top || top.kind !== kind)
                    this.fail(`unexpected '${String.fromCharCode(c)}'`);
                const emptyOk = kind === 'obj' ? state === 'key' && top.key === undefined : state === 'value' && top.index === 0;
                if (state !== 'comma' && !emptyOk)
                    this.fail(`unexpected '${String.fromCharCode(c)}'`);
                this.close();
                i++;
                continue;
            }
            // number or literal
            let j = i;
            while (j < n && /[-+.eE0-9a-z]/.test(s[j]))
                j++;
            if (j === n && !final)
                break; // may continue in the next chunk
            const tok = s.slice(i, j);
            if (state !== 'value')
                this.fail(`unexpected '${tok.slice(0, 20) || s[i]}'`);
            let v;
            if (tok === 'true')
                v = true;
            else if (tok === 'false')
                v = false;
            else if (tok === 'null')
                v = null;
            else if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?$/.test(tok))
                v = Number(tok);
            else
                this.fail(`unexpected '${tok.slice(0, 20) || s[i]}'`);
            this.emit(v);
            i = j;
        }
        this.buf = s.slice(i);
    }
    str(raw) {
        try {
            return JSON.parse(raw);
        }
        catch {
            return this.fail(`an invalid string ${raw.slice(0, 40)}`);
        }
    }
    wantsHere() {
        return this.want(this.path());
    }
}

;// CONCATENATED MODULE: ./packages/lint/src/parsers/sarif.ts
/**
 * SARIF 2.1.0 files (any tool's), streamed: each result is built, turned into a finding and
 * dropped. Tricky rule: a run's `tool` may come after its `results` (keys in any order); only then
 * are results kept raw until the tool name and the rules' default levels are known.
 */



const LEVEL = {
    error: 'error',
    warning: 'warning',
    note: 'notice',
    none: 'notice',
};
function messageText(m, rule) {
    if (!isObj(m))
        return '';
    const text = str(m.text) ?? str(m.markdown);
    if (text !== undefined)
        return fill(text, m.arguments);
    const id = str(m.id);
    const strings = rule && isObj(rule.messageStrings) ? rule.messageStrings : {};
    const s = id && isObj(strings[id]) ? str(strings[id].text) : undefined;
    return s ? fill(s, m.arguments) : '';
}
const fill = (s, args) => Array.isArray(args)
    ? s.replace(/\{(\d+)\}/g, (all, n) => typeof args[Number(n)] === 'string' ? args[Number(n)] : all)
    : s;
function uriToPath(uri, base, bases) {
    let u = uri;
    if (base && isObj(bases[base])) {
        const b = str(bases[base].uri);
        if (b && !/^[a-z]+:/i.test(u))
            u = b.replace(/\/?$/, '/') + u;
    }
    if (/^file:/i.test(u))
        u = u.replace(/^file:(\/\/[^/]*)?/i, '');
    try {
        return decodeURIComponent(u);
    }
    catch {
        return u;
    }
}
function toFinding(result, run, ctx, file) {
    const kind = str(result.kind);
    if (kind === 'pass' || kind === 'notApplicable')
        return undefined;
    const ruleIndex = typeof result.ruleIndex === 'number'
        ? result.ruleIndex
        : isObj(result.rule) && typeof result.rule.index === 'number'
            ? result.rule.index
            : -1;
    const ruleId = str(result.ruleId) ?? (isObj(result.rule) ? str(result.rule.id) : undefined);
    const rule = run.rules[ruleIndex] ?? run.rules.find((r) => r.id === ruleId);
    const defaultLevel = rule && isObj(rule.defaultConfiguration) ? str(rule.defaultConfiguration.level) : undefined;
    const level = str(result.level) ?? (kind === 'informational' || kind === 'review' ? 'note' : defaultLevel) ?? 'warning';
    const severity = LEVEL[level];
    if (severity === undefined)
        throw new ToolOutputError('sarif', `a result has the level "${level.slice(0, 40)}"`, { file });
    const loc = Array.isArray(result.locations) && isObj(result.locations[0]) ? result.locations[0] : {};
    const phys = isObj(loc.physicalLocation) ? loc.physicalLocation : {};
    const art = isObj(phys.artifactLocation) ? phys.artifactLocation : {};
    const region = isObj(phys.region) ? phys.region : {};
    const uri = str(art.uri);
    const fixes = Array.isArray(result.fixes) && isObj(result.fixes[0]) ? result.fixes[0] : undefined;
    const fix = fixes && isObj(fixes.description) ? str(fixes.description.text) : undefined;
    return finding({
        tool: run.name ?? 'sarif',
        rule: ruleId ?? (rule ? str(rule.id) : undefined) ?? 'sarif',
        severity,
        path: uri === undefined ? file : repoPath(uriToPath(uri, str(art.uriBaseId), run.bases), ctx),
        line: pos(region.startLine),
        column: pos(region.startColumn),
        endLine: pos(region.endLine),
        endColumn: pos(region.endColumn),
        message: messageText(result.message, rule),
        fix: fix ? `Fix: ${fix}` : undefined,
    });
}
const isRun = (p) => p.length >= 2 && p[0] === 'runs' && typeof p[1] === 'number';
/** Read a SARIF 2.1.0 file. `file` names it in errors and stands in for a result without a location. */
async function parseSarif(chunks, file, ctx) {
    const runs = new Map();
    const runOf = (i) => {
        let r = runs.get(i);
        if (!r)
            runs.set(i, (r = { rules: [], bases: {}, pending: [], findings: [] }));
        return r;
    };
    let version;
    const want = (p) => {
        if (p.length === 1)
            return p[0] === 'version';
        if (!isRun(p))
            return false;
        if (p.length === 3)
            return p[2] === 'originalUriBaseIds';
        if (p.length === 4)
            return p[2] === 'results' && typeof p[3] === 'number';
        if (p.length === 5)
            return p[2] === 'tool' && p[3] === 'driver' && (p[4] === 'name' || p[4] === 'rules');
        return false;
    };
    const stream = new JsonStream(file, want, (p, v) => {
        if (p.length === 1) {
            version = v;
            return;
        }
        const run = runOf(p[1]);
        if (p[2] === 'originalUriBaseIds' && isObj(v))
            run.bases = v;
        else if (p[2] === 'results' && isObj(v)) {
            // The tool object is complete before a later sibling starts: convert now, keep no raw result.
            if (run.name !== undefined) {
                const f = toFinding(v, run, ctx, file);
                if (f)
                    run.findings.push(f);
            }
            else
                run.pending.push({ result: v });
        }
        else if (p[4] === 'name' && typeof v === 'string')
            run.name = v;
        else if (p[4] === 'rules' && Array.isArray(v))
            run.rules = v.filter(isObj);
    });
    for await (const c of chunks)
        stream.write(c);
    stream.end();
    if (version !== '2.1.0')
        throw new ToolOutputError('sarif', `the version is ${JSON.stringify(version) ?? 'missing'}: only SARIF 2.1.0 is read`, { file });
    const out = [];
    for (const i of [...runs.keys()].sort((a, b) => a - b)) {
        const run = runs.get(i);
        out.push(...run.findings);
        for (const { result } of run.pending) {
            const f = toFinding(result, run, ctx, file);
            if (f)
                out.push(f);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./packages/kit/src/xml.ts
var xml = __webpack_require__(2937);
;// CONCATENATED MODULE: ./packages/lint/src/parsers/checkstyle.ts
/**
 * Checkstyle XML (`<checkstyle><file name><error line column severity message source/>`),
 * streamed with kit's XML tokenizer: eslint's old formatter, golangci-lint, ktlint, phpcs, and
 * Checkstyle itself write it. Tricky rule: `ignore` severity is left out, `info` is a notice.
 */




const SEVERITY = {
    error: 'error',
    warning: 'warning',
    info: 'notice',
    ignore: null,
};
async function parseCheckstyle(chunks, file, ctx, tool = 'checkstyle') {
    const out = [];
    let current;
    let sawRoot = false;
    await (0,xml/* tokenize */.qw)(chunks, file, (tok) => ({
        open(name, attrs, selfClosing) {
            const depth = tok.path.length + (selfClosing ? 1 : 0);
            if (depth === 1) {
                if (name !== 'checkstyle')
                    tok.fail(`the root element is <${name}>, not <checkstyle>`);
                sawRoot = true;
                return;
            }
            if (name === 'file' && depth === 2) {
                const n = attrs.get('name');
                if (n === undefined)
                    return tok.fail('a <file> element has no name attribute');
                current = repoPath(n, ctx);
            }
            else if (name === 'error' && current !== undefined) {
                const sev = (attrs.get('severity') ?? 'error').toLowerCase();
                const severity = sev in SEVERITY ? SEVERITY[sev] : 'error';
                if (severity === null)
                    return;
                const num = (k) => {
                    const v = attrs.num(k);
                    return v !== undefined && Number.isSafeInteger(v) && v >= 1 ? v : undefined;
                };
                const source = attrs.get('source');
                out.push(finding({
                    tool,
                    rule: source ?? 'checkstyle',
                    severity: severity ?? 'error',
                    path: current,
                    line: num('line'),
                    column: num('column'),
                    message: attrs.get('message') ?? '',
                }));
            }
        },
        close(name) {
            if (name === 'file')
                current = undefined;
        },
    }));
    if (!sawRoot)
        throw new errors/* FileFormatError */.sY(file, undefined, 'no <checkstyle> element', 'is it a checkstyle XML report?');
    return out;
}

;// CONCATENATED MODULE: ./packages/lint/src/index.ts





















/***/ })

};
