export const id = 621;
export const ids = [621];
export const modules = {

/***/ 172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k0: () => (/* binding */ changeText),
/* harmony export */   s1: () => (/* binding */ changeBase)
/* harmony export */ });
/* unused harmony exports BASE_CANDIDATES, defaultBase */
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/* harmony import */ var _quality_kit_git__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(552);
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


/***/ }),

/***/ 1621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkCommand: () => (/* binding */ checkCommand)
/* harmony export */ });
/* harmony import */ var _quality_coverage__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3021);
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7817);
/* harmony import */ var _quality_kit_git__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(552);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7109);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6006);
/* harmony import */ var _change_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(172);
/**
 * `quality check`: the coverage gate's rules on your machine, before you push. Measures the work
 * tree (committed, staged and unstaged changes; `--committed` for commits only) against the
 * merge-base with the base branch, as diff-cover does. The one tricky rule: no base branch found
 * is an error naming `--base REF`, never a silent pass without the patch rule.
 */









/** The gate's default report list without its globs; every one that exists is read. */
const DEFAULT_REPORTS = _quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_REPORTS */ .ss.filter((f) => !f.includes('*'));
const MISSING_FILES = ['warn', 'fail', 'ignore'];
const HELP = `Usage: quality check [REPORT...] [options]

The coverage gate's checks on your machine, before you push: totals, and the patch coverage of
your change, with the same rules as the action. The change is the work tree (committed, staged
and unstaged changes; untracked files are not part of it) against the merge-base of HEAD and the
base branch, as diff-cover measures it.

Base branch, when --base is not given: the remote's default branch (refs/remotes/origin/HEAD, set
by git clone or 'git remote set-head origin --auto'), then origin/main, origin/master, main,
master. When none exists, quality check stops and asks for --base REF.

Options:
  --base REF              diff against the merge-base of REF and HEAD
  --committed             measure committed changes only (HEAD against the merge-base)
  --root DIR              a directory inside the repository (default: the current directory)
  --min-coverage N        minimum total coverage (percent)
  --min-diff-coverage N   minimum patch coverage (percent, default 80; off: no patch rule)
  --min-file-coverage N   minimum coverage of each changed file (percent)
  --baseline FILE         coverage to compare with: what 'quality coverage --json' prints, the
                          gate's report.json, or a baseline snapshot the action saves
  --max-decrease N        points below --baseline allowed (default 0 with --baseline)
  --metric M              headline (the producing tool's own rule, default), lines or branches
  --missing-files M       changed files the reports do not list (same language as the reported
                          files): warn (default), fail, or ignore
  --json                  print one JSON object: the gate's report.json shape
  -h, --help              show this help

Reports default to every one of these that exists: ${DEFAULT_REPORTS.join(', ')}.
A flag not given is read from the coverage section of .github/quality.yml (or quality.yml), whose
min-changed-lines also applies; see the README's Configuration.
Exit codes: 0 passed, 1 a rule failed, 2 a usage or configuration error.
`;
const OPTIONS = {
    base: { type: 'string' },
    committed: { type: 'boolean' },
    root: { type: 'string' },
    'min-coverage': { type: 'string' },
    'min-diff-coverage': { type: 'string' },
    'min-file-coverage': { type: 'string' },
    'max-decrease': { type: 'string' },
    baseline: { type: 'string' },
    metric: { type: 'string' },
    'missing-files': { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
/**
 * A baseline file: the action's snapshot, or the coverage JSON `quality coverage --json` and the
 * gate's report.json print (converted, then validated by the same parser).
 */
function readBaselineFile(cwd, path) {
    const abs = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .fromCwd */ .Be)(cwd, path);
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.readFileSync)(abs, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(code === 'ENOENT'
            ? `--baseline ${path} does not exist. Write one on the base branch with 'quality coverage REPORT --json > ${path}'.`
            : `--baseline ${path} cannot be read (${code ?? String(e)}).`);
    }
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        return (0,_quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .parseBaseline */ .nk)(text, path); // its error names the file and the JSON problem
    }
    const o = v;
    if (o && typeof o === 'object' && o.schema === undefined && o.totals && o.headline) {
        const strip = (c) => c && typeof c === 'object'
            ? { covered: c.covered, total: c.total }
            : null;
        const files = {};
        if (Array.isArray(o.files)) {
            for (const f of o.files) {
                if (typeof f?.path === 'string' && f.lines)
                    files[f.path] = [f.lines.covered, f.lines.total];
            }
        }
        const snapshot = {
            schema: 1,
            commit: 'file',
            commitTime: 0,
            branch: path,
            totals: Object.fromEntries(Object.entries(o.totals).map(([k, c]) => [k, strip(c)])),
            headline: { ...strip(o.headline), metric: o.headline.metric },
            files,
        };
        return (0,_quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .parseBaseline */ .nk)(JSON.stringify(snapshot), path);
    }
    if (o && typeof o === 'object' && o.schema === undefined) {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__/* .FileFormatError */ .sY(path, undefined, 'is neither coverage JSON (quality coverage --json, the gate report.json) nor a baseline snapshot.');
    }
    return (0,_quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .parseBaseline */ .nk)(text, path);
}
const checkCommand = async (argv, io) => {
    const { values, positionals, inputs: flags } = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parse */ .qg)(argv, OPTIONS, Infinity);
    if (values.help) {
        await io.stdout(HELP);
        return 0;
    }
    const cwd = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .existingDir */ .Tc)(io.cwd, values.root, '--root');
    const inputs = await (0,_config_js__WEBPACK_IMPORTED_MODULE_7__/* .configured */ .t)(flags, 'coverage', cwd, io);
    const pct = (name) => inputs.numberOrOff(name, { min: 0, max: 100 });
    const metric = inputs.enum('--metric', ['headline', 'lines', 'branches'], 'headline');
    const missingMode = inputs.enum('--missing-files', MISSING_FILES, 'warn');
    const maxDecrease = pct('--max-decrease');
    const minChangedLines = inputs.number('--min-changed-lines', { min: 0, integer: true, default: 0 });
    const cfg = {
        minCoverage: pct('--min-coverage'),
        minDiffCoverage: inputs.numberOrOff('--min-diff-coverage', { min: 0, max: 100, default: 80 }),
        minFileCoverage: pct('--min-file-coverage'),
        maxDecrease: values.baseline !== undefined ? (maxDecrease ?? 0) : undefined,
        minChangedLines,
        metric,
        missingFiles: missingMode,
    };
    const baseline = values.baseline !== undefined ? readBaselineFile(io.cwd, values.baseline) : undefined;
    const warnings = [];
    if (flags.optional('--max-decrease') !== undefined && !baseline) {
        warnings.push("--max-decrease has no baseline to compare with, so it is not checked: give --baseline FILE (write one on the base branch with 'quality coverage REPORT --json > FILE').");
    }
    // Named as the user typed them (relative to where they are); defaults relative to --root.
    const reports = positionals.length
        ? positionals.map((p) => (values.root === undefined ? p : (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .fromCwd */ .Be)(io.cwd, p)))
        : DEFAULT_REPORTS.filter((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(cwd, f)));
    if (reports.length === 0) {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`No coverage report given or found in ${cwd} (looked for ${DEFAULT_REPORTS.join(', ')}). Run your tests with coverage first, or name the report.`);
    }
    let root;
    try {
        root = await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_2__/* .repoRoot */ .jv)(cwd);
    }
    catch {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${cwd} is not inside a git repository: quality check measures your change against the base branch. Run it in your checkout (or use 'quality coverage REPORT' for totals only).`);
    }
    const { base, mergeBase } = await (0,_change_js__WEBPACK_IMPORTED_MODULE_8__/* .changeBase */ .s1)(root, values.base);
    const committed = values.committed ?? false;
    const text = await (0,_change_js__WEBPACK_IMPORTED_MODULE_8__/* .changeText */ .k0)(root, mergeBase, committed);
    const a = await (0,_quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .analyze */ .ns)({
        reports,
        cwd,
        diff: { kind: 'patch', text, name: `git diff ${mergeBase.slice(0, 12)}${committed ? ' HEAD' : ''}` },
        spillDir: (0,node_os__WEBPACK_IMPORTED_MODULE_4__.tmpdir)(),
    });
    if (a.diff) {
        a.diff.source = 'git';
        a.diff.mergeBase = mergeBase;
    }
    // The same engine call as the gate: missing files, 0/0 and rules without data included.
    const v = (0,_quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .evaluate */ ._3)(a, cfg, baseline);
    const passed = v.passed;
    const missingText = (p) => `${p} is part of the change but not in the coverage report (no test loaded it?)`;
    if (missingMode === 'warn')
        warnings.push(...v.missingFiles.map(missingText));
    if (values.json) {
        await (0,_quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .writeJson */ .GF)(a, io.stdout, { verdict: v });
        await io.stdout('\n');
        for (const w of warnings)
            io.stderr(`warning: ${w}\n`);
        return passed ? 0 : 1;
    }
    const out = [];
    out.push(`Reports: ${a.inputs.map((i) => `${i.path} (${i.format})`).join(', ')}`);
    out.push(`Change: ${committed ? 'committed changes' : 'work tree (committed, staged and unstaged changes)'} since the merge-base ${mergeBase.slice(0, 12)} with ${base}`);
    out.push(`${passed ? 'PASSED' : 'FAILED'}: coverage gate`);
    for (const r of v.rules) {
        const tag = r.status === 'pass' ? 'ok  ' : r.status === 'skip' ? 'skip' : r.enforced ? 'FAIL' : 'warn';
        out.push(`  ${tag}  ${r.id}: ${r.message}`);
    }
    const headline = metric === 'headline' ? ` (${a.headline.rule})` : '';
    out.push(`  total ${(0,_quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .metricLabel */ .B)(a, metric)}: ${metric === 'headline' ? a.headline.display : (0,_quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(v.coverage)}${v.coverage ? ` (${v.coverage.covered}/${v.coverage.total})` : ''}${headline}`);
    for (const f of v.changedFiles)
        if (f.uncovered.length)
            out.push(`  ${f.path}: uncovered changed lines ${(0,_quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .lineRanges */ .nV)(f.uncovered)}`);
    await io.stdout(`${out.join('\n')}\n`);
    for (const w of warnings)
        io.stderr(`warning: ${w}\n`);
    return passed ? 0 : 1;
};


/***/ }),

/***/ 6006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ configured)
/* harmony export */ });
/* unused harmony export stepInputs */
/* harmony import */ var _quality_config_entry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4084);
/* harmony import */ var _quality_kit_escape__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6757);
/* harmony import */ var _quality_kit_git__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(552);
/* harmony import */ var _quality_kit_inputs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6415);




async function configured(inputs, section, dir, io) {
    let root = dir;
    try {
        root = await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_1__/* .repoRoot */ .jv)(dir);
    }
    catch {
        // Not in a git repository: the folder itself (quality coverage works outside git).
    }
    return (0,_quality_config_entry__WEBPACK_IMPORTED_MODULE_0__/* .withConfig */ .N)(inputs, section, { workspace: root, eventName: io.env.GITHUB_EVENT_NAME }, (w) => io.stderr(`warning: ${(0,_quality_kit_escape__WEBPACK_IMPORTED_MODULE_3__/* .escapeLine */ .EH)(w)}\n`), '--');
}
/**
 * A command run as a composite action's step (`--github`): its flags over the step's `INPUT_*`
 * variables (read by the action input names, `--fail-level` as `fail-level`) over the config file:
 * CLI flag > action input > config file > the reader's default.
 */
async function stepInputs(flags, section, dir, io) {
    const step = renamed(envInputSource(io.env), (name) => name.replace(/^--/, ''));
    return configured(new Inputs(layeredSource(flags.source, step)), section, dir, io);
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
/* harmony import */ var _quality_kit_inputs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6415);
/**
 * The one call an entry makes: its inputs over the config file's section. Actions pass the
 * workflow context (workspace, event name); the CLI passes the repository root and `prefix` '--'
 * (flag `--min-coverage` falls back to key `min-coverage`). The tricky rule: the YAML parser and
 * validator load only when a config file exists (import `@quality/config/entry`, not the index,
 * to keep them out of an entry's start-up).
 */



const CONFIG_FILES = ['.github/quality.yml', 'quality.yml'];
async function withConfig(inputs, section, place, warn = () => { }, prefix = '') {
    if (!CONFIG_FILES.some((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(place.workspace, f))))
        return inputs;
    const { loadConfig, sectionValues } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(309)]).then(__webpack_require__.bind(__webpack_require__, 1309));
    const cfg = loadConfig(place.workspace, { eventName: place.eventName });
    for (const w of cfg?.warnings ?? [])
        warn(w);
    return inputs.withFallback((0,_quality_kit_inputs__WEBPACK_IMPORTED_MODULE_2__/* .configSource */ .qX)(sectionValues(cfg, section), prefix));
}


/***/ })

};
