export const id = 94;
export const ids = [94];
export const modules = {

/***/ 2094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkCommand: () => (/* binding */ checkCommand)
/* harmony export */ });
/* harmony import */ var _quality_coverage__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(367);
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7817);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_5__);






const HELP = `Usage: quality check [REPORT...] [options]

The coverage gate's checks on your machine, before you push: totals, patch coverage of your
change against the merge-base with the base branch, and the same rules as the action.

Options:
  --base REF              diff against the merge-base of REF and HEAD (default: origin/main, then main)
  --min-coverage N        minimum total coverage (percent)
  --min-diff-coverage N   minimum patch coverage (percent, default 80)
  --min-file-coverage N   minimum coverage of each changed file (percent)
  --max-decrease N        points below --baseline allowed (with --baseline)
  --baseline FILE         a baseline snapshot (the JSON the action saves)
  --metric M              lines, branches or headline (default lines)
  --json                  print the verdict as JSON
  -h, --help              show this help

Reports default to the usual places: coverage/lcov.info, coverage.xml, cobertura.xml,
coverage/coverage-final.json, coverage.out, jacoco.xml, clover.xml.
Exit codes: 0 passed, 1 a rule failed, 2 a usage or configuration error.
`;
const DEFAULTS = [
    'coverage/lcov.info',
    'coverage.xml',
    'cobertura.xml',
    'coverage/coverage-final.json',
    'coverage.out',
    'jacoco.xml',
    'clover.xml',
    'coverage/clover.xml',
];
function pctFlag(name, v) {
    if (v === undefined)
        return undefined;
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100)
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, v, 'a number from 0 to 100');
    return n;
}
async function defaultBase(cwd) {
    const { execFileSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
    for (const ref of ['origin/main', 'origin/master', 'main', 'master']) {
        try {
            execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd, stdio: 'ignore' });
            return ref;
        }
        catch {
            // try the next
        }
    }
    return undefined;
}
const checkCommand = async (argv, io) => {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_5__.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            base: { type: 'string' },
            'min-coverage': { type: 'string' },
            'min-diff-coverage': { type: 'string' },
            'min-file-coverage': { type: 'string' },
            'max-decrease': { type: 'string' },
            baseline: { type: 'string' },
            metric: { type: 'string' },
            json: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const metric = (values.metric ?? 'lines');
    if (!['lines', 'branches', 'headline'].includes(metric))
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('--metric', values.metric, "one of 'lines', 'branches', 'headline'");
    const reports = positionals.length ? positionals : DEFAULTS.filter((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(io.cwd, f)));
    if (reports.length === 0)
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`No coverage report given or found (looked for ${DEFAULTS.join(', ')}). Run your tests with coverage first.`);
    const cfg = {
        minCoverage: pctFlag('--min-coverage', values['min-coverage']),
        minDiffCoverage: pctFlag('--min-diff-coverage', values['min-diff-coverage'] ?? '80'),
        minFileCoverage: pctFlag('--min-file-coverage', values['min-file-coverage']),
        maxDecrease: values.baseline ? (pctFlag('--max-decrease', values['max-decrease'] ?? '0') ?? 0) : undefined,
        minChangedLines: 0,
        metric,
    };
    const base = values.base ?? (await defaultBase(io.cwd));
    const a = await (0,_quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .analyze */ .ns)({
        reports,
        cwd: io.cwd,
        diff: base ? { kind: 'git', base, allowFetch: false } : undefined,
        spillDir: (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(),
    });
    const baseline = values.baseline ? (0,_quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .parseBaseline */ .nk)((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(values.baseline, 'utf8'), values.baseline) : undefined;
    const v = (0,_quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .evaluate */ ._3)(a, cfg, baseline);
    if (values.json) {
        io.stdout(`${JSON.stringify({ passed: v.passed, rules: v.rules, coverage: v.coverage, diff: v.diff, delta: v.delta, base: base ?? null })}\n`);
    }
    else {
        const p = (x) => (x === null ? 'n/a' : `${(Math.floor(x * 100) / 100).toFixed(2)}%`);
        io.stdout(`${v.passed ? 'PASSED' : 'FAILED'}: coverage gate${base ? ` (changes since the merge-base with ${base})` : ' (no base branch found: patch rule skipped)'}\n`);
        for (const r of v.rules)
            io.stdout(`  ${r.status === 'pass' ? 'ok  ' : r.status === 'skip' ? 'skip' : r.enforced ? 'FAIL' : 'warn'}  ${r.id}: ${r.message}\n`);
        io.stdout(`  total ${metric}: ${p((0,_quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(v.coverage))}${v.coverage ? ` (${v.coverage.covered}/${v.coverage.total})` : ''}\n`);
        for (const f of v.changedFiles)
            if (f.uncovered.length)
                io.stdout(`  ${f.path}: uncovered changed lines ${f.uncovered.join(', ')}\n`);
    }
    return v.passed ? 0 : 1;
};


/***/ })

};
