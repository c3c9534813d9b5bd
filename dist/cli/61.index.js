export const id = 61;
export const ids = [61];
export const modules = {

/***/ 5061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   shardCommand: () => (/* binding */ shardCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7817);
/* harmony import */ var _quality_kit_git__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3137);
/* harmony import */ var _quality_matrix__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4292);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7109);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6006);
/**
 * `quality shard`: the test files of one shard, for the test step. From the plan `quality matrix`
 * (or actions/matrix) wrote, or planned now from timings when no plan is given (then, like
 * `quality matrix`, only inside a git repository: never a walk of an arbitrary folder tree).
 */






const HELP = `Usage: quality shard --index I --total N [options]

Print the test files of shard I of N, one per line, for the test step. Read them into an
array (a file name is data, never shell words):
  mapfile -t files < <(quality shard --index 2 --total 4 --plan matrix-plan.json --project packages/api)
  npx jest -- "\${files[@]}"

Options:
  --index I          shard number, 1..N
  --total N          number of shards
  --plan FILE        the plan written by quality matrix / actions/matrix (recommended)
  --project DIR      project directory in the plan, or to plan for (default: .)
  --language L       node, python or go, when a directory has several projects
  --timings FILE     without --plan: plan now from these timings (repeatable)
  --tests GLOB       without --plan: test file glob (repeatable)
  --root DIR         repository root (default: the current directory)
  --json             print a JSON array
${(0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .configHelp */ .kt)()}
  -h, --help         show this help
`;
const OPTIONS = {
    ..._args_js__WEBPACK_IMPORTED_MODULE_4__/* .CONFIG_OPTION */ .dG,
    index: { type: 'string' },
    total: { type: 'string' },
    plan: { type: 'string' },
    project: { type: 'string' },
    language: { type: 'string' },
    timings: { type: 'string', multiple: true },
    tests: { type: 'string', multiple: true },
    root: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
function readPlan(cwd, file) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .fromCwd */ .Be)(cwd, file), 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`--plan ${file} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(e)})`}. Download the plan artifact of the matrix job first.`);
    }
    let plan;
    try {
        plan = JSON.parse(text);
    }
    catch (e) {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__/* .FileFormatError */ .sY(file, undefined, `cannot be read as a shard plan (${e.message}).`);
    }
    if (!plan || plan.version !== 1 || typeof plan.projects !== 'object') {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__/* .FileFormatError */ .sY(file, undefined, 'is not a shard plan written by actions/matrix.');
    }
    return plan;
}
const shardCommand = async (argv, io) => {
    const { values, inputs } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)(argv, OPTIONS);
    if (values.help) {
        await io.stdout(HELP);
        return 0;
    }
    if (values.index === undefined)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--index I is required (the shard number, 1..N).');
    if (values.total === undefined)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--total N is required (the number of shards).');
    const total = inputs.number('--total', { integer: true, min: 1, default: 1 });
    const index = inputs.number('--index', { integer: true, min: 1, max: total, default: 1 });
    const language = inputs.enum('--language', ['node', 'python', 'go']);
    let files;
    if (values.plan !== undefined) {
        const plan = readPlan(io.cwd, values.plan);
        const key = values.project === undefined ? undefined : language ? `${language}:${values.project}` : values.project;
        files = (0,_quality_matrix__WEBPACK_IMPORTED_MODULE_3__/* .shardFiles */ .wq)(plan, key, index, total);
    }
    else {
        const root = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .existingDir */ .Tc)(io.cwd, values.root, '--root');
        try {
            await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_2__/* .repoRoot */ .jv)(root);
        }
        catch {
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${root} is not inside a git repository: without --plan, quality shard finds the projects of a checkout (as quality matrix does). Run it in your repository, or give --plan FILE.`);
        }
        // Without a plan, timings and test globs not given are the config file's (matrix section).
        const cfg = await (0,_config_js__WEBPACK_IMPORTED_MODULE_5__/* .configured */ .t)(inputs, 'matrix', root, io);
        const lines = (name) => cfg.string(name, '').split('\n').filter(Boolean);
        const timings = lines('--timings');
        const tests = lines('--tests');
        const reader = (0,_quality_matrix__WEBPACK_IMPORTED_MODULE_3__/* .diskReader */ .lJ)(root);
        const projects = (0,_quality_matrix__WEBPACK_IMPORTED_MODULE_3__/* .detectProjects */ .EB)(reader);
        const dir = values.project ?? '.';
        const candidates = projects.filter((p) => p.dir === dir && (language === undefined || p.language === language));
        if (candidates.length !== 1) {
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('--project', dir, candidates.length === 0
                ? `a project directory (found: ${projects.map(_quality_matrix__WEBPACK_IMPORTED_MODULE_3__/* .planKey */ .vH).join(', ') || 'none'})`
                : 'one project: add --language');
        }
        const project = candidates[0];
        const warnings = [];
        const records = (0,_quality_matrix__WEBPACK_IMPORTED_MODULE_3__/* .readTimingFiles */ .sC)(timings, root, warnings);
        const units = (0,_quality_matrix__WEBPACK_IMPORTED_MODULE_3__/* .discoverTests */ .LK)(reader, project.dir, project.language, {
            ...(tests.length > 0 ? { patterns: tests } : {}),
            otherProjects: projects.map((p) => p.dir),
        });
        const timed = (0,_quality_matrix__WEBPACK_IMPORTED_MODULE_3__/* .matchTimings */ .z3)(records, units, project.dir, project.language === 'go' ? (0,_quality_matrix__WEBPACK_IMPORTED_MODULE_3__/* .goModulePath */ .gx)(reader, project.dir) : undefined);
        const plan = (0,_quality_matrix__WEBPACK_IMPORTED_MODULE_3__/* .planShards */ .tF)(units.map((path) => ({ path, ...(timed.seconds.has(path) ? { seconds: timed.seconds.get(path) } : {}) })), total);
        files = plan.shards[index - 1].files;
        for (const w of warnings)
            io.stderr(`warning: ${w}\n`);
    }
    await io.stdout(values.json ? `${JSON.stringify(files)}\n` : files.length ? `${files.join('\n')}\n` : '');
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
