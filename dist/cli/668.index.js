export const id = 668;
export const ids = [668];
export const modules = {

/***/ 2668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   matrixCommand: () => (/* binding */ matrixCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _quality_kit_git__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3137);
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7817);
/* harmony import */ var _quality_matrix__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4292);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7109);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6006);
/**
 * `quality matrix`: the matrix engine from a terminal or a workflow step. It needs a git
 * repository (the projects are those of a checkout, and outside one a folder walk could cover
 * a whole disk), so --root is checked first: "does not exist", then "not a git repository".
 */






const HELP = `Usage: quality matrix [options]

Detect the Node.js, Python and Go projects of the repository and print the GitHub Actions job
matrix for them: versions from the project files, operating systems, include/exclude with
GitHub's semantics, only changed projects, and test shards balanced by time.
Runs inside a git repository only (a checkout, as in CI): outside one it stops instead of
searching a folder tree that could be a whole disk.

Options:
  --root DIR             repository root (default: the current directory)
  --versions P           file | min-max | supported | a list (22,24 or node:22,python:3.12)
  --os LIST              runner labels, comma separated (default ubuntu-latest)
  --languages LIST       only the projects of these languages: node, python, go, comma separated
  --include TEXT         entries to add (JSON, YAML, or key=value lines)
  --exclude TEXT         entries to remove (same forms)
  --ignore GLOB          directory not to search (repeatable)
  --changed-only         keep the projects changed since --base / --before
  --base REF             pull request base branch or SHA
  --before SHA           push: the previous head (all zero for a new branch)
  --no-fetch             never fetch or deepen a shallow clone
  --always GLOB          root file whose change selects every project (repeatable)
  --shards N|auto        split each project's tests into N shards
  --target-minutes M     with --shards auto: minutes per shard (default 10)
  --timings FILE         JUnit XML, go test -json or .test_durations (repeatable)
  --tests GLOB           test file glob, instead of the convention (repeatable)
  --plan-file FILE       where to write the shard plan (default ${_quality_matrix__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_PLAN_FILE */ .h5} when sharding)
  --today YYYY-MM-DD     the date that decides supported versions (default: today, UTC)
  --json                 print one JSON object
${(0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .configHelp */ .kt)(23)}
  -h, --help             show this help

A flag not given is read from the matrix section of .github/quality.yml (or quality.yml);
there allow-fetch: false stands for --no-fetch.
`;
const OPTIONS = {
    ..._args_js__WEBPACK_IMPORTED_MODULE_4__/* .CONFIG_OPTION */ .dG,
    root: { type: 'string' },
    versions: { type: 'string' },
    os: { type: 'string', multiple: true },
    languages: { type: 'string', multiple: true },
    include: { type: 'string' },
    exclude: { type: 'string' },
    ignore: { type: 'string', multiple: true },
    'changed-only': { type: 'boolean' },
    base: { type: 'string' },
    before: { type: 'string' },
    'no-fetch': { type: 'boolean' },
    always: { type: 'string', multiple: true },
    shards: { type: 'string' },
    'target-minutes': { type: 'string' },
    timings: { type: 'string', multiple: true },
    tests: { type: 'string', multiple: true },
    'plan-file': { type: 'string' },
    today: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
function splitList(values) {
    return (values ?? []).flatMap((v) => v.split(/[\s,]+/)).filter(Boolean);
}
const matrixCommand = async (argv, io) => {
    const { values, inputs: flags } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)(argv, OPTIONS);
    if (values.help) {
        await io.stdout(HELP);
        return 0;
    }
    const root = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .existingDir */ .Tc)(io.cwd, values.root, '--root');
    try {
        await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_1__/* .repoRoot */ .jv)(root);
    }
    catch {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${root} is not inside a git repository: quality matrix reads the projects of a checkout. Run it in your repository (or give --root DIR of one).`);
    }
    const inputs = await (0,_config_js__WEBPACK_IMPORTED_MODULE_5__/* .configured */ .t)(flags, 'matrix', root, io);
    const shards = inputs.optional('--shards') === 'auto' ? 'auto' : inputs.number('--shards', { integer: true, min: 1 });
    const targetMinutes = inputs.number('--target-minutes', { min: 0.001 });
    const today = (0,_quality_matrix__WEBPACK_IMPORTED_MODULE_3__/* .assertIsoDate */ .e0)(inputs.string('--today', new Date().toISOString().slice(0, 10)), '--today');
    /** A repeatable flag (or a config list): one value per line. */
    const lines = (name) => inputs.string(name, '').split('\n').filter(Boolean);
    const nonEmpty = (name) => (lines(name).length > 0 ? lines(name) : undefined);
    const ignore = nonEmpty('--ignore');
    const always = nonEmpty('--always');
    const tests = nonEmpty('--tests');
    const planFile = values['plan-file'] ?? _quality_matrix__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_PLAN_FILE */ .h5;
    const languages = (0,_quality_matrix__WEBPACK_IMPORTED_MODULE_3__/* .parseLanguages */ .XI)('--languages', splitList(lines('--languages')));
    const result = await (0,_quality_matrix__WEBPACK_IMPORTED_MODULE_3__/* .runMatrix */ .Nf)({
        root,
        ...(languages ? { languages } : {}),
        today,
        versions: (0,_quality_matrix__WEBPACK_IMPORTED_MODULE_3__/* .parseVersionPolicy */ .Sd)(inputs.string('--versions', 'file')),
        os: splitList(lines('--os')),
        include: await (0,_quality_matrix__WEBPACK_IMPORTED_MODULE_3__/* .parseEntries */ .Km)('--include', inputs.string('--include', '')),
        exclude: await (0,_quality_matrix__WEBPACK_IMPORTED_MODULE_3__/* .parseEntries */ .Km)('--exclude', inputs.string('--exclude', '')),
        ...(ignore ? { ignore } : {}),
        changedOnly: inputs.boolean('--changed-only', false),
        ...(values.base ? { base: values.base } : {}),
        ...(values.before ? { before: values.before } : {}),
        // --no-fetch on the command line; allow-fetch in the config file.
        allowFetch: values['no-fetch'] ? false : inputs.boolean('--allow-fetch', true),
        ...(always ? { always } : {}),
        ...(shards !== undefined ? { shards } : {}),
        ...(targetMinutes !== undefined ? { targetMinutes } : {}),
        timingFiles: lines('--timings'),
        ...(tests ? { testPatterns: tests } : {}),
        planFile,
    });
    if (shards !== undefined)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .fromCwd */ .Be)(io.cwd, planFile), `${JSON.stringify(result.plan, null, 2)}\n`);
    if (values.json) {
        await io.stdout(`${JSON.stringify({
            matrix: result.matrix,
            hasChanges: result.hasChanges,
            projects: result.projects.map((p) => ({
                dir: p.dir,
                language: p.language,
                packageManager: p.packageManager,
                version: p.version ?? null,
            })),
            selected: result.summaries.map((s) => ({
                dir: s.project.dir,
                language: s.project.language,
                versions: s.versions,
                shards: s.shards?.total ?? null,
            })),
            ...(result.changes
                ? {
                    changes: { all: result.changes.all, reason: result.changes.reason, files: result.changes.files.length },
                }
                : {}),
            ...(shards !== undefined ? { planFile } : {}),
            warnings: result.warnings,
        }, null, 2)}\n`);
        return 0;
    }
    await io.stdout((0,_quality_matrix__WEBPACK_IMPORTED_MODULE_3__/* .matrixText */ .vs)(result, shards !== undefined ? planFile : undefined));
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


/***/ })

};
