export const id = 663;
export const ids = [663];
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


/***/ })

};
