export const id = 766;
export const ids = [766];
export const modules = {

/***/ 766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseJacoco: () => (/* binding */ parseJacoco)
/* harmony export */ });
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4994);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2383);
/* harmony import */ var _quality_kit_xml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2937);



class JacocoHandler {
    tok;
    report = (0,_model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyReport */ ._O)('jacoco', { name: 'jacoco' });
    depth = 0;
    pkg = null;
    file = null;
    cls = null;
    method = null;
    /** Instructions so far (their total must stay exact). */
    instructions = 0;
    /** Branches so far (likewise). */
    branches = 0;
    constructor(tok) {
        this.tok = tok;
        for (const m of ['branches', 'instructions', 'functions'])
            this.report.metrics.add(m);
    }
    count(a, name, required) {
        const v = a.decimal(name);
        if (v === undefined && !required)
            return 0;
        if (!(0,_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .isCount */ .my)(v)) {
            this.tok.fail(`attribute ${name}="${a.get(name) ?? ''}": expected ${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .COUNT_RULE */ .V5}.`, 'The JaCoCo report is malformed; regenerate it.');
        }
        return v;
    }
    open(name, a) {
        const depth = this.depth++;
        switch (name) {
            case 'line': {
                const f = this.file;
                if (!f)
                    return;
                const nr = a.decimal('nr');
                if (!(0,_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .isLineNumber */ .o2)(nr))
                    this.tok.fail(`<line> has nr="${a.get('nr') ?? ''}": expected a line number (${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LINE_NUMBER_RULE */ .GY}).`, 'The JaCoCo report is malformed; regenerate it.');
                const mi = this.count(a, 'mi', false);
                const ci = this.count(a, 'ci', false);
                const mb = this.count(a, 'mb', false);
                const cb = this.count(a, 'cb', false);
                this.branches += mb + cb;
                if (this.branches > _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_BRANCH_TOTAL */ .JR)
                    this.tok.fail(`the branches counted up to <line nr="${nr}"> (mb="${mb}" cb="${cb}") add up to more than ${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_BRANCH_TOTAL */ .JR}.`, 'The JaCoCo report is corrupt; regenerate it.');
                this.instructions += mi + ci;
                if (this.instructions > _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_COUNT */ .H$)
                    this.tok.fail(`the instructions counted up to <line nr="${nr}"> add up to more than ${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_COUNT */ .H$}.`, 'The JaCoCo report is corrupt; regenerate it.');
                if (mi + ci > 0) {
                    f.lines.add(nr, ci > 0 ? 1 : 0);
                    f.addInstructions(nr, ci, mi + ci);
                }
                if (mb + cb > 0)
                    f.addBranchCounts(nr, cb, mb + cb);
                return;
            }
            case 'counter':
                if (this.method && a.get('type') === 'METHOD')
                    this.method.covered = this.count(a, 'covered', true);
                return;
            case 'method':
                if (this.cls) {
                    const mname = a.get('name') ?? '';
                    const desc = a.get('desc') ?? '';
                    const line = a.num('line');
                    this.method = {
                        key: `${this.cls.name}.${mname}${desc}`,
                        name: mname,
                        line: line !== undefined && Number.isInteger(line) && line >= 0 ? line : 0,
                        covered: undefined,
                    };
                }
                return;
            case 'class':
                this.cls = { name: a.get('name') ?? '', sourcefile: a.get('sourcefilename') };
                return;
            case 'sourcefile':
                if (this.pkg === null)
                    this.tok.fail('<sourcefile> outside a <package>.');
                this.file = (0,_model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .fileOf */ .W7)(this.report, this.pathOf(a.get('name') ?? this.tok.fail('<sourcefile> has no name attribute.')));
                return;
            case 'package':
                this.pkg = a.get('name') ?? '';
                return;
            case 'report':
                if (depth !== 0)
                    this.tok.fail('<report> nested in another element.');
                return;
            default:
                if (depth === 0)
                    this.tok.fail(`the root element is <${name}>, not <report>: this is not a JaCoCo XML report.`);
        }
    }
    pathOf(sourcefile) {
        return this.pkg ? `${this.pkg}/${sourcefile}` : sourcefile;
    }
    close(name) {
        this.depth--;
        switch (name) {
            case 'method': {
                const m = this.method;
                this.method = null;
                const c = this.cls;
                if (!m || !c)
                    return;
                // Classes without debug info have no sourcefilename; their methods have nowhere to go.
                if (c.sourcefile === undefined)
                    return;
                const f = (0,_model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .fileOf */ .W7)(this.report, this.pathOf(c.sourcefile));
                f.addFunction(m.key, { name: m.name, line: m.line, hits: m.covered ?? 0 });
                return;
            }
            case 'class':
                this.cls = null;
                return;
            case 'sourcefile':
                this.file?.compact();
                this.file = null;
                return;
            case 'package':
                this.pkg = null;
                return;
        }
    }
    finish() {
        (0,_model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseParseState */ .Ig)(this.report);
        return this.report;
    }
}
const parseJacoco = async (chunks, ctx) => {
    let h;
    await (0,_quality_kit_xml__WEBPACK_IMPORTED_MODULE_0__/* .tokenize */ .qw)(chunks, ctx.name, (tok) => (h = new JacocoHandler(tok)));
    return h.finish();
};


/***/ })

};
