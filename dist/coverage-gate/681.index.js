export const id = 681;
export const ids = [681];
export const modules = {

/***/ 2681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_ISTANBUL_BYTES: () => (/* binding */ MAX_ISTANBUL_BYTES),
/* harmony export */   parseIstanbul: () => (/* binding */ parseIstanbul),
/* harmony export */   parseIstanbulSummary: () => (/* binding */ parseIstanbulSummary)
/* harmony export */ });
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4100);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4994);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2383);
/* harmony import */ var _input_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(116);
/**
 * istanbul JSON: coverage-final.json (`json` reporter: statementMap/s, fnMap/f,
 * branchMap/b per file) and coverage-summary.json (`json-summary` reporter: totals only).
 *
 * coverage-final.json is read whole and JSON.parse'd: it is one JSON value (a streaming
 * JSON parser would be slower for the sizes seen in practice, tens of MB), and V8 cannot
 * hold a string above ~512 MiB anyway. We refuse above MAX_ISTANBUL_BYTES (256 MiB) with
 * a hint to use the lcov reporter, which we stream.
 *
 * Counting rules: exactly istanbul-lib-coverage's FileCoverage#toSummary, which is what
 * jest/nyc's text and json-summary reporters print:
 * - statements: one per key of `s` (covered when its count is > 0);
 * - lines: getLineCoverage(): per statement START line, the MAX count of the statements
 *   starting there (statements without a statementMap entry are skipped, as there);
 * - functions: one per key of `f`; keyed `name@declLine` in the model (anonymous names
 *   repeat across files, `(anonymous_3)` style names repeat across versions), with `#id`
 *   appended when two functions of one file share name and line;
 * - branches: one per element of each `b[id]` array; the line is branchMap[id].loc.start.line
 *   (older files: branchMap[id].line, then locations[0].start.line). Several branch
 *   entries on one line are concatenated in id order.
 * - inputSourceMap is ignored (remapping is the producer's job).
 * Negative counts (never written by istanbul) are read as 0 with a warning.
 */




const MAX_ISTANBUL_BYTES = 256 * 1024 * 1024;
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function parseJson(buf, name) {
    const text = buf.toString('utf8');
    try {
        return JSON.parse(text);
    }
    catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        const at = /position (\d+)/.exec(msg);
        let line;
        if (at) {
            line = 1;
            const pos = Number(at[1]);
            for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1))
                line++;
        }
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .FileFormatError */ .sY(name, line, `is not valid JSON (${msg}).`, 'The file is truncated or was not written by istanbul; regenerate it.');
    }
}
function lineOf(loc) {
    if (!isObject(loc))
        return undefined;
    const start = loc['start'];
    if (!isObject(start))
        return undefined;
    const l = start['line'];
    return typeof l === 'number' && Number.isInteger(l) && l >= 1 && l <= _model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LINE */ .MV ? l : undefined;
}
class Counts {
    name;
    constructor(name) {
        this.name = name;
    }
    hits(v, where) {
        if (typeof v !== 'number' || Number.isNaN(v)) {
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .FileFormatError */ .sY(this.name, undefined, `${where}: count ${JSON.stringify(v)} is not a number.`, 'The file was not written by istanbul, or was edited.');
        }
        if (v < 0)
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .FileFormatError */ .sY(this.name, undefined, `${where}: count ${v} is negative: counts are never below 0.`, 'The file is corrupt; regenerate it.');
        if (v > _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_COUNT */ .H$)
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .FileFormatError */ .sY(this.name, undefined, `${where}: count ${v} is larger than ${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_COUNT */ .H$}.`, 'The file is corrupt; regenerate it.');
        return v;
    }
}
const parseIstanbul = async (chunks, ctx) => {
    const name = ctx.name;
    const data = parseJson(await (0,_input_js__WEBPACK_IMPORTED_MODULE_3__/* .readAll */ .yw)(chunks, name, MAX_ISTANBUL_BYTES, 'Use the lcov reporter (coverageReporters: ["lcov"]) for reports this large.'), name);
    if (!isObject(data))
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .FileFormatError */ .sY(name, undefined, 'is not an istanbul coverage map (the top-level JSON value is not an object).');
    const report = (0,_model_index_js__WEBPACK_IMPORTED_MODULE_4__/* .emptyReport */ ._O)('istanbul', { name: 'istanbul' });
    for (const m of ['statements', 'functions', 'branches'])
        report.metrics.add(m);
    const counts = new Counts(name);
    for (const [key, raw] of Object.entries(data)) {
        if (!isObject(raw))
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .FileFormatError */ .sY(name, undefined, `entry ${JSON.stringify(key)} is not an object with statementMap/s, fnMap/f, branchMap/b.`);
        // Some writers nest the data under "data" (istanbul FileCoverage objects serialized as is).
        const fc = isObject(raw['data']) && !('s' in raw) ? raw['data'] : raw;
        const path = typeof fc['path'] === 'string' && fc['path'] !== '' ? fc['path'] : key;
        const f = (0,_model_index_js__WEBPACK_IMPORTED_MODULE_4__/* .fileOf */ .W7)(report, path);
        const statementMap = isObject(fc['statementMap']) ? fc['statementMap'] : {};
        const fnMap = isObject(fc['fnMap']) ? fc['fnMap'] : {};
        const branchMap = isObject(fc['branchMap']) ? fc['branchMap'] : {};
        const s = isObject(fc['s']) ? fc['s'] : {};
        const fns = isObject(fc['f']) ? fc['f'] : {};
        const b = isObject(fc['b']) ? fc['b'] : {};
        for (const [id, v] of Object.entries(s)) {
            const hits = counts.hits(v, `${path} statement ${id}`);
            const loc = statementMap[id];
            const line = lineOf(loc);
            const end = isObject(loc) ? lineOf({ start: loc['end'] }) : undefined;
            f.addStatement(id, { line: line ?? 0, endLine: end ?? line ?? 0, n: 1, hits });
            if (line !== undefined)
                f.lines.max(line, hits);
        }
        for (const [id, v] of Object.entries(fns)) {
            const hits = counts.hits(v, `${path} function ${id}`);
            const meta = fnMap[id];
            const m = isObject(meta) ? meta : {};
            const fnName = typeof m['name'] === 'string' ? m['name'] : `(function ${id})`;
            const line = lineOf(m['decl']) ?? lineOf(m['loc']) ?? (typeof m['line'] === 'number' ? m['line'] : 0);
            const endLine = lineOf(isObject(m['loc']) ? { start: m['loc'].end } : undefined);
            let k = `${fnName}@${line}`;
            if (f.functions.has(k))
                k = `${k}#${id}`;
            f.addFunction(k, endLine === undefined ? { name: fnName, line, hits } : { name: fnName, line, endLine, hits });
        }
        const byLine = new Map();
        for (const [id, v] of Object.entries(b)) {
            if (!Array.isArray(v))
                throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .FileFormatError */ .sY(name, undefined, `${path} branch ${id}: expected an array of counts, found ${JSON.stringify(v)}.`);
            const meta = branchMap[id];
            const m = isObject(meta) ? meta : {};
            const locations = Array.isArray(m['locations']) ? m['locations'] : [];
            const line = lineOf(m['loc']) ?? (typeof m['line'] === 'number' ? m['line'] : undefined) ?? lineOf(locations[0]) ?? 0;
            let arr = byLine.get(line);
            if (!arr)
                byLine.set(line, (arr = []));
            for (const h of v)
                arr.push(counts.hits(h, `${path} branch ${id}`));
        }
        for (const [line, hits] of byLine)
            f.addBranches(line, hits);
    }
    return report;
};
const SUMMARY_METRICS = ['lines', 'statements', 'functions', 'branches'];
function counter(v, name, where) {
    if (!isObject(v))
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .FileFormatError */ .sY(name, undefined, `${where} is not an object like {"total": 10, "covered": 8, ...}.`);
    const total = v['total'];
    const covered = v['covered'];
    const ok = (n) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
    if (!ok(total) || !ok(covered) || covered > total) {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .FileFormatError */ .sY(name, undefined, `${where} has total ${JSON.stringify(total)} and covered ${JSON.stringify(covered)}: expected integers with 0 <= covered <= total.`);
    }
    return { covered, total };
}
/**
 * coverage-summary.json: `{"total": {...}, "<path>": {"lines": {"total", "covered", ...}, ...}}`.
 * No per-line data: each file carries its counts in `FileCoverage.summaryOnly`. The
 * "total" entry is checked against the sum of the files (a warning when they differ, as
 * when the file list was filtered after writing).
 */
const parseIstanbulSummary = async (chunks, ctx) => {
    const name = ctx.name;
    const data = parseJson(await (0,_input_js__WEBPACK_IMPORTED_MODULE_3__/* .readAll */ .yw)(chunks, name, MAX_ISTANBUL_BYTES, 'A summary this large is not a json-summary file.'), name);
    if (!isObject(data) || !isObject(data['total'])) {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .FileFormatError */ .sY(name, undefined, 'is not an istanbul coverage-summary.json (no "total" object).');
    }
    const report = (0,_model_index_js__WEBPACK_IMPORTED_MODULE_4__/* .emptyReport */ ._O)('istanbul-summary', { name: 'istanbul' });
    const totalEntry = data['total'];
    const metrics = SUMMARY_METRICS.filter((m) => m in totalEntry);
    for (const m of metrics)
        report.metrics.add(m);
    const sum = {};
    for (const [key, v] of Object.entries(data)) {
        if (key === 'total')
            continue;
        if (!isObject(v))
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .FileFormatError */ .sY(name, undefined, `entry ${JSON.stringify(key)} is not an object of counters.`);
        const only = {};
        for (const m of metrics) {
            if (!(m in v))
                continue;
            const c = counter(v[m], name, `${JSON.stringify(key)}.${m}`);
            only[m] = c;
            const s = (sum[m] ??= { covered: 0, total: 0 });
            s.covered += c.covered;
            s.total += c.total;
            if (s.total > _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_COUNT */ .H$)
                throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .FileFormatError */ .sY(name, undefined, `the files' ${m} totals, up to ${JSON.stringify(key)}, add up to more than ${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_COUNT */ .H$}.`, 'The file is corrupt; regenerate it.');
        }
        (0,_model_index_js__WEBPACK_IMPORTED_MODULE_4__/* .fileOf */ .W7)(report, key).summaryOnly = only;
    }
    for (const m of metrics) {
        const t = counter(totalEntry[m], name, `"total".${m}`);
        const s = sum[m] ?? { covered: 0, total: 0 };
        if (report.files.size > 0 && (s.covered !== t.covered || s.total !== t.total)) {
            report.warnings.push(`${name}: "total".${m} says ${t.covered}/${t.total} but the files add up to ${s.covered}/${s.total}; the files' counts are used`);
        }
    }
    if (report.files.size === 0) {
        // Only a total: keep it as one synthetic entry so the totals are not lost.
        const only = {};
        for (const m of metrics)
            only[m] = counter(totalEntry[m], name, `"total".${m}`);
        (0,_model_index_js__WEBPACK_IMPORTED_MODULE_4__/* .fileOf */ .W7)(report, '(total)').summaryOnly = only;
        report.warnings.push(`${name}: the summary lists no files, only a total`);
    }
    return report;
};


/***/ })

};
