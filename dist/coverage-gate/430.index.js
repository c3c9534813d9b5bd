export const id = 430;
export const ids = [430];
export const modules = {

/***/ 4430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseClover: () => (/* binding */ parseClover)
/* harmony export */ });
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4994);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2383);
/* harmony import */ var _quality_kit_xml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2937);



const zero = () => ({
    statements: 0,
    coveredstatements: 0,
    conditionals: 0,
    coveredconditionals: 0,
    methods: 0,
    coveredmethods: 0,
});
class CloverHandler {
    tok;
    report = (0,_model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyReport */ ._O)('clover', { name: 'openclover' });
    depth = 0;
    file = null;
    fileDepth = -1;
    seen = new Map();
    tally = zero();
    declared = null;
    cloverVersion;
    istanbulLines = 0;
    cloverLines = 0;
    sawMethods = false;
    /** Some file's functions came from its <metrics methods coveredmethods> (no method lines). */
    methodsFromMetrics = false;
    sawProject = false;
    /** Branches istanbul counted in <metrics> but wrote on no <line>. */
    istanbulDropped = 0;
    /** Count-only branches so far (istanbul-style cond lines): their total must stay exact. */
    branches = 0;
    constructor(tok) {
        this.tok = tok;
        this.report.metrics.add('statements');
        this.report.metrics.add('branches');
    }
    int(a, name) {
        const v = a.decimal(name);
        if (v === undefined)
            return 0;
        if (!(0,_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .isCount */ .my)(v))
            this.tok.fail(`attribute ${name}="${a.get(name) ?? ''}": expected ${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .COUNT_RULE */ .V5}.`, 'The Clover report is malformed; regenerate it.');
        return v;
    }
    open(name, a) {
        const depth = this.depth++;
        if (name === 'line') {
            const f = this.file;
            if (!f)
                return;
            const num = a.decimal('num');
            if (!(0,_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .isLineNumber */ .o2)(num))
                this.tok.fail(`<line> has num="${a.get('num') ?? ''}": expected a line number (${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .LINE_NUMBER_RULE */ .GY}).`);
            const type = a.get('type');
            const t = this.tally;
            if (type === 'stmt') {
                const count = this.int(a, 'count');
                f.lines.add(num, count);
                this.statement(f, num, count);
                t.statements++;
                if (count > 0)
                    t.coveredstatements++;
            }
            else if (type === 'cond') {
                const tc = this.int(a, 'truecount');
                const fc = this.int(a, 'falsecount');
                if (a.has('count')) {
                    // istanbul: truecount/falsecount are the line's covered/uncovered branches (OpenClover: evaluations).
                    this.branches += tc + fc;
                    if (this.branches > _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_BRANCH_TOTAL */ .JR)
                        this.tok.fail(`the branches counted up to <line num="${num}"> (truecount="${tc}" falsecount="${fc}") add up to more than ${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_BRANCH_TOTAL */ .JR}.`, 'The Clover report is corrupt; regenerate it.');
                    this.istanbulLines++;
                    const count = this.int(a, 'count');
                    f.lines.add(num, count);
                    this.statement(f, num, count);
                    t.statements++;
                    if (count > 0)
                        t.coveredstatements++;
                    f.addBranchCounts(num, tc, tc + fc);
                    t.conditionals += tc + fc;
                    t.coveredconditionals += tc;
                }
                else {
                    this.cloverLines++;
                    const covered = (tc > 0 ? 1 : 0) + (fc > 0 ? 1 : 0);
                    f.lines.add(num, tc + fc);
                    f.addBranchCounts(num, covered, 2);
                    t.conditionals += 2;
                    t.coveredconditionals += covered;
                }
            }
            else if (type === 'method') {
                const count = this.int(a, 'count');
                const fname = a.get('name') ?? a.get('signature') ?? '';
                this.sawMethods = true;
                f.addFunction(`${fname}@${num}`, { name: fname, line: num, hits: count });
                t.methods++;
                if (count > 0)
                    t.coveredmethods++;
            }
            else {
                this.tok.fail(`<line num="${num}"> has type="${type ?? ''}": expected stmt, cond or method.`);
            }
            return;
        }
        switch (name) {
            case 'file': {
                const path = a.get('path') || a.get('name');
                if (!path)
                    this.tok.fail('<file> has neither a path nor a name attribute.');
                this.file = (0,_model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .fileOf */ .W7)(this.report, path);
                this.fileDepth = depth;
                this.seen.clear();
                this.tally = zero();
                this.declared = null;
                return;
            }
            case 'metrics':
                if (this.file && depth === this.fileDepth + 1) {
                    const d = zero();
                    for (const k of Object.keys(d))
                        d[k] = this.int(a, k);
                    this.declared = d;
                }
                return;
            case 'project':
            case 'testproject':
                if (depth === 1)
                    this.sawProject = true;
                return;
            case 'coverage':
                if (depth === 0)
                    this.cloverVersion = a.get('clover');
                return;
            default:
                if (depth === 0)
                    this.tok.fail(`the root element is <${name}>, not <coverage>: this is not a Clover report.`);
                if (depth === 1 && (name === 'packages' || name === 'sources'))
                    this.tok.fail('this is a Cobertura report (<coverage><packages>), read as Clover.', "Set the report's format to cobertura, or leave it to auto-detection.");
        }
    }
    /** Statements keyed by line, and line#k for the k-th one on the same line of one <file>. */
    statement(f, line, hits) {
        const k = (this.seen.get(line) ?? 0) + 1;
        this.seen.set(line, k);
        f.addStatement(k === 1 ? String(line) : `${line}#${k}`, { line, endLine: line, n: 1, hits });
    }
    /** A file's functions known only as counts: `methods` anonymous functions, `coveredmethods` of them hit. */
    functionsFromMetrics(f, d) {
        if (d.coveredmethods > d.methods)
            this.tok.fail(`<metrics> of ${f.path} has coveredmethods="${d.coveredmethods}", more than methods="${d.methods}".`);
        if (d.methods > _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_FILE_METHODS */ .pW)
            this.tok.fail(`<metrics> of ${f.path} has methods="${d.methods}", more than the ${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_FILE_METHODS */ .pW} a file may have.`, 'The Clover report is corrupt; regenerate it.');
        for (let k = 1; k <= d.methods; k++) {
            const key = `(method ${k})`;
            f.addFunction(key, { name: key, line: 0, hits: k <= d.coveredmethods ? 1 : 0 });
        }
        this.tally.methods = d.methods;
        this.tally.coveredmethods = d.coveredmethods;
        this.methodsFromMetrics = true;
    }
    close(name) {
        this.depth--;
        if (name === 'file' && this.depth === this.fileDepth) {
            const d = this.declared;
            if (d && this.file && this.tally.methods === 0 && d.methods > 0)
                this.functionsFromMetrics(this.file, d);
            if (d && this.file) {
                const t = this.tally;
                const off = Object.keys(d).filter((k) => d[k] !== t[k] && !(k.endsWith('methods') && !this.sawMethods));
                if (off.length > 0 && this.istanbulLines > 0 && off.every((k) => k.endsWith('conditionals'))) {
                    this.istanbulDropped += d.conditionals - t.conditionals;
                }
                else if (off.length > 0) {
                    this.report.warnings.push(`${this.tok.file}: <file> ${this.file.path}: the <line> elements give ${off.map((k) => `${k}=${t[k]}`).join(', ')} but its <metrics> say ${off.map((k) => `${k}=${d[k]}`).join(', ')}.`);
                }
            }
            this.file?.compact();
            this.file = null;
            this.fileDepth = -1;
        }
    }
    finish() {
        const r = this.report;
        if (!this.sawProject)
            throw this.tok.fail('no <project> element: this is not a Clover report.');
        if (this.sawMethods || this.methodsFromMetrics)
            r.metrics.add('functions');
        const v = this.cloverVersion;
        if (v === undefined)
            r.producer = { name: 'phpunit' };
        else if (v === '3.2.0' && this.cloverLines === 0 && !this.sawMethods) {
            r.producer = { name: 'istanbul' };
            // istanbul's clover `statements` are its LINE counts, not istanbul statements (which
            // clover.xml does not carry): reporting them as statements would contradict jest.
            r.metrics.delete('statements');
            for (const f of r.files.values())
                f.statements.clear();
        }
        else
            r.producer = { name: 'openclover', version: v };
        if (this.istanbulDropped !== 0) {
            r.warnings.push(`${this.tok.file}: the files' <metrics> count ${this.istanbulDropped} branch(es) that no <line> element carries: istanbul's XML reporters drop the branches of lines that have no statement (a default parameter on a function's first line), jest counts them. Use the lcov or coverage-final.json report for exact branch numbers.`);
        }
        (0,_model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseParseState */ .Ig)(r);
        return r;
    }
}
const parseClover = async (chunks, ctx) => {
    let h;
    await (0,_quality_kit_xml__WEBPACK_IMPORTED_MODULE_0__/* .tokenize */ .qw)(chunks, ctx.name, (tok) => (h = new CloverHandler(tok)));
    return h.finish();
};


/***/ })

};
