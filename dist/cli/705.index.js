export const id = 705;
export const ids = [705];
export const modules = {

/***/ 2663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   coverageCommand: () => (/* binding */ coverageCommand)
/* harmony export */ });
/* harmony import */ var _quality_coverage__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4100);
/* harmony import */ var _quality_coverage__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1224);
/* harmony import */ var _quality_coverage__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9329);
/* harmony import */ var _quality_coverage__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1882);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7109);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6006);
/**
 * `quality coverage REPORT...`: totals, per-file coverage and (with --diff or --base) the
 * coverage of the changed lines. Outside git, or when no report path is a tracked file, it
 * still prints the reports' own totals with their own paths and a note why; only --base needs git.
 */




const HELP = `Usage: quality coverage REPORT... [options]

Read coverage reports, merge them, resolve their paths against the repository's git files, and
print per-file and total coverage; with --diff or --base, the coverage of the changed lines.
Outside a git repository, or when no report path is a file git tracks, the reports' own totals
and paths are printed with a note saying why path mapping was skipped (--base needs git).

Formats (detected from content): lcov, cobertura, clover, jacoco, go, istanbul, istanbul-summary.

Options:
  --format F      read every report as format F instead of detecting it
  --root DIR      a directory inside the repository (default: the current directory)
  --diff PATCH    measure the changed lines of a unified diff file (git diff output)
  --base REF      measure the changes since the merge-base of REF and HEAD (real git)
  --fetch         with --base: deepen a shallow clone / fetch the base when missing
  --path-map A=B  rewrite report paths starting with A to start with B (repeatable)
  --limit N       show at most N files in the table (default 50; --json lists all)
  --json          print one JSON object instead of the table (quality check --baseline reads it)
${(0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .configHelp */ .kt)(16)}
  -h, --help      show this help

--format, --path-map and --fetch not given are read from the coverage section of
.github/quality.yml (or quality.yml) when the repository has one.
`;
const OPTIONS = {
    ..._args_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_OPTION */ .dG,
    format: { type: 'string' },
    root: { type: 'string' },
    diff: { type: 'string' },
    base: { type: 'string' },
    fetch: { type: 'boolean' },
    'path-map': { type: 'string', multiple: true },
    limit: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const coverageCommand = async (argv, io) => {
    const { values, positionals, inputs: flags } = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(argv, OPTIONS, Infinity);
    if (values.help) {
        await io.stdout(HELP);
        return 0;
    }
    if (positionals.length === 0)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('Give at least one coverage report file.');
    const root = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .existingDir */ .Tc)(io.cwd, values.root, '--root');
    const inputs = await (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .configured */ .t)(flags, 'coverage', root, io);
    const format = inputs.enum('--format', _quality_coverage__WEBPACK_IMPORTED_MODULE_3__/* .FORMATS */ .hR);
    if (values.diff !== undefined && values.base !== undefined)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('Give either --diff or --base, not both.');
    const limit = inputs.number('--limit', { integer: true, min: 1, default: 50 });
    const pathMap = (0,_quality_coverage__WEBPACK_IMPORTED_MODULE_4__/* .parsePathMap */ .D)(inputs.string('--path-map', '').split('\n').filter(Boolean), '--path-map');
    let diff;
    if (values.diff !== undefined)
        diff = await (0,_quality_coverage__WEBPACK_IMPORTED_MODULE_5__/* .readPatch */ .Hx)((0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .fromCwd */ .Be)(io.cwd, values.diff));
    else if (values.base !== undefined)
        diff = { kind: 'git', base: values.base, allowFetch: inputs.boolean('--fetch', false) };
    const a = await (0,_quality_coverage__WEBPACK_IMPORTED_MODULE_5__/* .analyze */ .ns)({
        // Report paths are relative to where the user is, whatever --root says.
        reports: values.root === undefined ? positionals : positionals.map((p) => (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .fromCwd */ .Be)(io.cwd, p)),
        format,
        cwd: root,
        pathMap,
        diff,
        spillDir: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(),
        reportPathsFallback: true,
    });
    const note = a.pathMappingSkipped
        ? `Path mapping skipped: ${a.pathMappingSkipped}; the paths are the reports' own.`
        : undefined;
    if (values.json) {
        await (0,_quality_coverage__WEBPACK_IMPORTED_MODULE_6__/* .writeJson */ .GF)(a, io.stdout, note ? { pathMapping: { skipped: a.pathMappingSkipped } } : {});
        await io.stdout('\n');
    }
    else {
        await io.stdout((0,_quality_coverage__WEBPACK_IMPORTED_MODULE_6__/* .toText */ .fE)(a, { limit }));
        if (note)
            await io.stdout(`Note: ${note}\n`);
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

/***/ 8371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ readSmallFile),
/* harmony export */   Ye: () => (/* binding */ realPath),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   ar: () => (/* binding */ readChunk)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Files of the checkout (config, go.mod, coverage reports): untrusted, so opened non-blocking and
 * judged on the open file (fstat). The one rule: a FIFO, or a link to one, is refused at once
 * instead of waiting for a writer, and a link swapped between a check and the open cannot slip a
 * device in.
 */


/** A regular file opened for reading (the caller closes `fd`), or why not. Open errors are thrown. */
function openRegularFile(path) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        throw e;
    }
    if (st.isFile())
        return { ok: true, fd, size: st.size };
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    return { ok: false, reason: st.isDirectory() ? 'a directory' : 'not a file' };
}
/** Up to `size` bytes from the file's current position, in a buffer of their own (callers keep slices). */
function readChunk(fd, size) {
    const b = Buffer.allocUnsafe(size);
    let n = 0;
    while (n < size) {
        const got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, b, n, size - n, null);
        if (got === 0)
            break;
        n += got;
    }
    return n === size ? b : b.subarray(0, n);
}
/** The file's text (UTF-8), or why not. Other errors (no permission...) are thrown as they come. */
function readSmallFile(path, maxBytes) {
    let f;
    try {
        f = openRegularFile(path);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { ok: false, reason: 'missing' };
        throw e;
    }
    if (!f.ok)
        return { ok: false, reason: 'not a file' };
    try {
        if (f.size > maxBytes)
            return { ok: false, reason: 'too large', size: f.size };
        return { ok: true, text: readChunk(f.fd, f.size).toString('utf8') };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(f.fd);
    }
}
/** `path` with symbolic links followed (one system call), or resolved as it is when it does not exist. */
function realPath(path) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(path);
    }
    catch {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    }
}


/***/ })

};
