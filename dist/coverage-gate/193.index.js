export const id = 193;
export const ids = [193];
export const modules = {

/***/ 6193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseGo: () => (/* binding */ parseGo)
/* harmony export */ });
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4994);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2383);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(116);
/**
 * Go coverprofile parser (`go test -coverprofile`): a `mode: set|count|atomic` line, then
 * one line per block: `<import path>/<file>.go:<sl>.<sc>,<el>.<ec> <numStmt> <count>`.
 *
 * Rules:
 * - Files stay keyed by import path (`example.com/m/pkg/x.go`); mapping to repository paths
 *   through go.mod happens later.
 * - Blocks are keyed "sl.sc,el.ec" per file. Repeated blocks (`-coverpkg`, several
 *   profiles concatenated) merge like golang.org/x/tools/cover.ParseProfiles: OR (max) in
 *   set mode, sum in count/atomic mode; a block repeated with a different numStmt is an
 *   error there and here.
 * - Repeated `mode:` lines (concatenated profiles) are accepted; a later mode that differs
 *   from the first gives a warning and the first mode decides how blocks merge (totals only
 *   depend on zero/non-zero counts, so set vs count merging cannot change them).
 * - statements = sum(numStmt of blocks with count > 0) / sum(numStmt of all blocks), after
 *   merging: what `go tool cover -func` prints as "total: (statements)" (cmd/cover func.go
 *   sums each function's blocks; every block with statements lies in a function body).
 * - lines (derived, Go has no line data): every line from sl to el of a block with
 *   numStmt > 0 is executable; its hits are the MAX over the blocks touching it, so a line
 *   is covered when any code on it ran. Rationale: block boundaries fall mid-line (a block
 *   starts right after `if x {` and the next one right after the closing `}`), and with MIN
 *   the `if` line of a never-taken branch would read as uncovered although it ran. Lines mixing
 *   run and not-run code therefore read covered; the statements metric is the exact one.
 * - Blank lines are skipped.
 * - Limits (the source is not at hand to check a block against): line numbers from 1, a block
 *   spans at most MAX_GO_BLOCK_LINES lines and all distinct blocks at most MAX_GO_LINES; counts
 *   up to 2^53-1; derived line hits saturate at 65,533 (2 bytes a line). Beyond them the profile is refused with the line that crossed the limit.
 */




/** Derived line hits saturate here, so that they stay 2 bytes a line in the LineTable (statements keep exact counts). */
const MAX_DERIVED_HITS = 65_533;
const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
const parseGo = async (chunks, ctx) => {
    const name = ctx.name;
    const report = (0,_model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyReport */ ._O)('go', { name: 'go' });
    report.metrics.add('statements');
    let mode = null;
    let merge = 'sum';
    let otherMode = '';
    let blocks = 0;
    /** Statements of distinct blocks, and lines they span (expanded below): both bounded. */
    let statements = 0;
    let spanned = 0;
    await (0,_input_js__WEBPACK_IMPORTED_MODULE_2__/* .forEachLine */ .FF)(chunks, name, (buf, s, e, lineNo) => {
        if (s === e)
            return;
        const text = buf.toString('utf8', s, e);
        if (text.startsWith('mode:')) {
            const m = /^mode:\s*(set|count|atomic)\s*$/.exec(text);
            if (!m)
                throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .FileFormatError */ .sY(name, lineNo, `unknown coverage mode line ${JSON.stringify(text.slice(0, 80))}: expected "mode: set", "mode: count" or "mode: atomic".`);
            if (mode === null) {
                mode = m[1];
                merge = mode === 'set' ? 'max' : 'sum';
            }
            else if (m[1] !== mode && otherMode === '')
                otherMode = `${m[1]} (line ${lineNo})`;
            return;
        }
        if (mode === null) {
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .FileFormatError */ .sY(name, lineNo, `does not start with a "mode: set|count|atomic" line (found ${JSON.stringify(text.slice(0, 80))}).`, 'Pass the file written by `go test -coverprofile=...`.');
        }
        const m = BLOCK.exec(text);
        if (!m) {
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .FileFormatError */ .sY(name, lineNo, `malformed block ${JSON.stringify(text.slice(0, 120))}: expected "<file>:<line>.<col>,<line>.<col> <statements> <count>".`);
        }
        const sl = Number(m[2]);
        const el = Number(m[4]);
        const n = Number(m[6]);
        const count = Number(m[7]);
        if (!(0,_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .isLineNumber */ .o2)(sl) || !(0,_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .isLineNumber */ .o2)(el) || el < sl) {
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .FileFormatError */ .sY(name, lineNo, `block ${JSON.stringify(text.slice(0, 120))} has an invalid line range ${sl}..${el}: line numbers are ${_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .LINE_NUMBER_RULE */ .GY}, the end not before the start.`);
        }
        if (!(0,_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .isCount */ .my)(n) || !(0,_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .isCount */ .my)(count)) {
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .FileFormatError */ .sY(name, lineNo, `block ${JSON.stringify(text.slice(0, 120))} has a statement count or hit count larger than ${_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_COUNT */ .H$}.`, 'The profile is corrupt; regenerate it.');
        }
        if (el - sl >= _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_GO_BLOCK_LINES */ .sI) {
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .FileFormatError */ .sY(name, lineNo, `block ${JSON.stringify(text.slice(0, 120))} spans ${el - sl + 1} lines, more than the ${_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_GO_BLOCK_LINES */ .sI} a block may span.`, 'No Go block is that long: the profile is corrupt; regenerate it.');
        }
        const f = (0,_model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .fileOf */ .W7)(report, m[1]);
        const key = `${m[2]}.${m[3]},${m[4]}.${m[5]}`;
        const prev = f.statements.get(key);
        if (prev && prev.n !== n) {
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .FileFormatError */ .sY(name, lineNo, `block ${m[1]}:${key} has ${n} statements here and ${prev.n} earlier (inconsistent NumStmt).`, 'The profiles merged into this file come from different versions of the source.');
        }
        if (!prev) {
            statements += n;
            if (statements > _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_COUNT */ .H$)
                throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .FileFormatError */ .sY(name, lineNo, `the blocks up to this one count more than ${_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_COUNT */ .H$} statements.`, 'The profile is corrupt; regenerate it.');
            if (n > 0) {
                spanned += el - sl + 1;
                if (spanned > _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_GO_LINES */ .w5) {
                    throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .FileFormatError */ .sY(name, lineNo, `the blocks up to this one span more than ${_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_GO_LINES */ .w5} lines in all, the most this reader expands to lines.`, 'The profile is corrupt, or far larger than any repository; regenerate it.');
                }
            }
        }
        f.addStatement(key, { line: sl, endLine: el, n, hits: count }, merge);
        blocks++;
    });
    if (mode === null) {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .FileFormatError */ .sY(name, undefined, 'is empty: a Go coverprofile starts with "mode: set|count|atomic".', 'Check that `go test -coverprofile=...` ran and wrote this file.');
    }
    if (otherMode)
        report.warnings.push(`${name}: profile started in mode ${mode} and later says mode ${otherMode}; blocks were merged as ${mode}`);
    if (blocks === 0)
        report.warnings.push(`${name}: the profile has no blocks (no package with tests and code?)`);
    for (const f of report.files.values()) {
        for (const st of f.statements.values()) {
            if (st.n === 0)
                continue;
            const hits = Math.min(st.hits, MAX_DERIVED_HITS);
            for (let l = st.line; l <= st.endLine; l++)
                f.lines.max(l, hits);
        }
    }
    return report;
};


/***/ })

};
