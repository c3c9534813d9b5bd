export const id = 663;
export const ids = [663];
export const modules = {

/***/ 2663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   coverageCommand: () => (/* binding */ coverageCommand)
/* harmony export */ });
/* harmony import */ var _quality_coverage__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4095);
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
  -h, --help      show this help
`;
const OPTIONS = {
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
    const { values, positionals, inputs } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(argv, OPTIONS, Infinity);
    if (values.help) {
        await io.stdout(HELP);
        return 0;
    }
    if (positionals.length === 0)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('Give at least one coverage report file.');
    const format = inputs.enum('--format', _quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .FORMATS */ .hR);
    if (values.diff !== undefined && values.base !== undefined)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('Give either --diff or --base, not both.');
    const limit = inputs.number('--limit', { integer: true, min: 1, default: 50 });
    const pathMap = (0,_quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .parsePathMap */ .DU)(values['path-map'] ?? [], '--path-map');
    const root = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .existingDir */ .Tc)(io.cwd, values.root, '--root');
    let diff;
    if (values.diff !== undefined)
        diff = await (0,_quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .readPatch */ .Hx)((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .fromCwd */ .Be)(io.cwd, values.diff));
    else if (values.base !== undefined)
        diff = { kind: 'git', base: values.base, allowFetch: values.fetch ?? false };
    const a = await (0,_quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .analyze */ .ns)({
        // Report paths are relative to where the user is, whatever --root says.
        reports: values.root === undefined ? positionals : positionals.map((p) => (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .fromCwd */ .Be)(io.cwd, p)),
        format,
        cwd: root,
        pathMap,
        diff,
        spillDir: (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(),
        reportPathsFallback: true,
    });
    const note = a.pathMappingSkipped
        ? `Path mapping skipped: ${a.pathMappingSkipped}; the paths are the reports' own.`
        : undefined;
    if (values.json) {
        await (0,_quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .writeJson */ .GF)(a, io.stdout, note ? { pathMapping: { skipped: a.pathMappingSkipped } } : {});
        await io.stdout('\n');
    }
    else {
        await io.stdout((0,_quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .toText */ .y1)(a, { limit }));
        if (note)
            await io.stdout(`Note: ${note}\n`);
    }
    return 0;
};


/***/ })

};
