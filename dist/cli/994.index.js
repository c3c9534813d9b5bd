export const id = 994;
export const ids = [994];
export const modules = {

/***/ 2994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   coverageCommand: () => (/* binding */ coverageCommand)
/* harmony export */ });
/* harmony import */ var _quality_coverage__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(367);
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7817);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);




const HELP = `Usage: quality coverage REPORT... [options]

Read coverage reports, merge them, resolve their paths against the repository's git files, and
print per-file and total coverage; with --diff or --base, the coverage of the changed lines.

Formats (detected from content): lcov, cobertura, clover, jacoco, go, istanbul, istanbul-summary.

Options:
  --format F      read every report as format F instead of detecting it
  --root DIR      a directory inside the repository (default: the current directory)
  --diff PATCH    measure the changed lines of a unified diff file (git diff output)
  --base REF      measure the changes since the merge-base of REF and HEAD (real git)
  --fetch         with --base: deepen a shallow clone / fetch the base when missing
  --path-map A=B  rewrite report paths starting with A to start with B (repeatable)
  --limit N       show at most N files in the table (default 50; --json lists all)
  --json          print one JSON object instead of the table
  -h, --help      show this help
`;
const coverageCommand = async (argv, io) => {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            format: { type: 'string' },
            root: { type: 'string' },
            diff: { type: 'string' },
            base: { type: 'string' },
            fetch: { type: 'boolean' },
            'path-map': { type: 'string', multiple: true },
            limit: { type: 'string' },
            json: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    if (positionals.length === 0)
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('REPORT', '', 'at least one coverage report file (see quality coverage --help)');
    if (values.format !== undefined && !_quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .FORMATS */ .hR.includes(values.format)) {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('--format', values.format, `one of ${_quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .FORMATS */ .hR.join(', ')}`);
    }
    if (values.diff && values.base)
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('--diff', values.diff, 'either --diff or --base, not both');
    const limit = values.limit === undefined ? 50 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1)
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('--limit', values.limit ?? '', 'a whole number of at least 1');
    const pathMap = (values['path-map'] ?? []).map((m) => {
        const eq = m.indexOf('=');
        if (eq < 1)
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('--path-map', m, 'FROM=TO, e.g. /build/src=src');
        return { from: m.slice(0, eq), to: m.slice(eq + 1) };
    });
    const root = values.root ?? io.cwd;
    let diff;
    if (values.diff)
        diff = await (0,_quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .readPatch */ .Hx)(values.diff);
    else if (values.base)
        diff = { kind: 'git', base: values.base, allowFetch: values.fetch ?? false };
    const a = await (0,_quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .analyze */ .ns)({
        reports: positionals,
        format: values.format,
        cwd: root,
        pathMap,
        diff,
        spillDir: (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(),
    });
    if (values.json) {
        await (0,_quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .writeJson */ .GF)(a, io.stdout);
        await io.stdout('\n');
    }
    else
        io.stdout((0,_quality_coverage__WEBPACK_IMPORTED_MODULE_0__/* .toText */ .y1)(a, { limit }));
    return 0;
};


/***/ })

};
