export const id = 911;
export const ids = [911];
export const modules = {

/***/ 3864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ JUnitReader),
/* harmony export */   dN: () => (/* binding */ readJUnit)
/* harmony export */ });
/* unused harmony exports MAX_DETAIL_CHARS, junitSeconds */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2937);
/**
 * The one JUnit XML reader (pytest xunit1/xunit2, jest-junit, vitest, Maven Surefire,
 * go-junit-report, gotestsum), streamed through kit's XML tokenizer: linear time, and memory
 * bounded by the largest single test case, since each `<testcase>` is handed to the caller when
 * it closes. The test engine reads results from it, the matrix engine reads timings.
 *
 * Tricky rule: the outcome is the first child that decides it, in the order error > failure >
 * skipped (a pytest test that fails and then errors in teardown is errored); Surefire's
 * `flakyFailure`/`flakyError` (failed, then passed on rerun) leave the test passed and set `flaky`.
 */


/** Longer failure texts are cut: the first frames locate a failure, the rest is noise. */
const MAX_DETAIL_CHARS = 16 * 1024;
/** Seconds from a `time` attribute: '1,234.5' (some producers group digits) reads as 1234.5. */
function junitSeconds(value) {
    if (value === undefined)
        return 0;
    const n = Number(value.includes(',') ? value.replace(/,/g, '') : value);
    return Number.isFinite(n) && n >= 0 ? n : 0;
}
/** `junitSeconds` of the `time` attribute, read from the bytes when it is a plain decimal. */
function seconds(attrs) {
    const n = attrs.num('time');
    if (n === undefined)
        return 0;
    return Number.isFinite(n) && n >= 0 ? n : junitSeconds(attrs.get('time'));
}
const RANK = { passed: 0, skipped: 1, failed: 2, errored: 3 };
const CHILD = { failure: 'failed', error: 'errored', skipped: 'skipped' };
/**
 * A push reader: `write` chunks, then `end`. Errors are FileFormatErrors naming the file and line.
 */
class JUnitReader {
    file;
    handler;
    tok;
    suites = [];
    current;
    /** The child element whose text is being captured, and its text so far. */
    capturing;
    captured = '';
    capturingFor;
    root = true;
    /** The last test case's file (its string is reused while the next cases name the same file). */
    lastFile;
    /** The open suites' names, rebuilt only when a suite opens or closes. */
    suiteNames = [];
    constructor(file, handler) {
        this.file = file;
        this.handler = handler;
        this.tok = new _xml_js__WEBPACK_IMPORTED_MODULE_1__/* .XmlTokenizer */ .Pm(file);
        this.tok.handler = {
            open: (name, attrs, selfClosing) => this.open(name, attrs, selfClosing),
            close: (name) => this.close(name),
            text: (t) => {
                this.captured += t;
                // Enough kept: the rest of the text is skipped by the tokenizer, not decoded.
                if (this.captured.length >= MAX_DETAIL_CHARS)
                    this.tok.captureText = false;
            },
        };
    }
    write(chunk) {
        try {
            this.tok.write(chunk);
        }
        catch (e) {
            throw retitle(e);
        }
    }
    end() {
        try {
            this.tok.end();
        }
        catch (e) {
            throw retitle(e);
        }
    }
    open(name, attrs, selfClosing) {
        if (this.root) {
            this.root = false;
            if (name !== 'testsuites' && name !== 'testsuite') {
                this.tok.fail(`is not a JUnit XML report: its root element is <${name.slice(0, 40)}>, not <testsuites> or <testsuite>.`);
            }
        }
        if (name === 'testsuite') {
            const suite = { seconds: seconds(attrs), cases: 0 };
            const n = attrs.get('name');
            const f = attrs.get('file') ?? attrs.get('filepath');
            if (n !== undefined)
                suite.name = n;
            if (f !== undefined)
                suite.file = f;
            if (selfClosing)
                this.handler.suite?.({ ...suite });
            else {
                this.suites.push(suite);
                this.suiteNames = undefined;
            }
            return;
        }
        if (name === 'testcase') {
            const parent = this.suites[this.suites.length - 1];
            if (parent)
                parent.cases++;
            const name = attrs.get('name') ?? '';
            const c = {
                name,
                suites: (this.suiteNames ??= this.suites.flatMap((s) => (s.name === undefined ? [] : [s.name]))),
                seconds: seconds(attrs),
                outcome: 'passed',
            };
            // Often the same text as the name, and the file is the previous case's: the same strings.
            const classname = attrs.getReusing('classname', name);
            if (classname !== undefined)
                c.classname = classname;
            const file = attrs.getReusing('file', this.lastFile) ?? attrs.getReusing('filepath', this.lastFile) ?? this.innermostFile();
            if (file !== undefined)
                c.file = this.lastFile = file;
            const line = attrs.num('line');
            if (line !== undefined && Number.isSafeInteger(line) && line >= 0)
                c.line = line;
            if (selfClosing)
                this.handler.testcase(c);
            else
                this.current = c;
            return;
        }
        const c = this.current;
        // The tokenizer has pushed this element already unless it is self-closing.
        const path = this.tok.path;
        if (c === undefined || path[path.length - (selfClosing ? 1 : 2)] !== 'testcase')
            return;
        const outcome = CHILD[name];
        if (outcome !== undefined) {
            const decides = RANK[outcome] > RANK[c.outcome];
            if (decides) {
                c.outcome = outcome;
                const message = attrs.get('message');
                const type = attrs.get('type');
                if (message !== undefined)
                    c.message = message;
                else
                    delete c.message;
                if (type !== undefined)
                    c.type = type;
                else
                    delete c.type;
                delete c.details;
            }
            if (!selfClosing && decides)
                this.startCapture(name, 'decider');
            return;
        }
        if (name === 'flakyFailure' || name === 'flakyError') {
            c.flaky = true;
            if (c.message === undefined) {
                const message = attrs.get('message');
                if (message !== undefined)
                    c.message = message;
                if (!selfClosing)
                    this.startCapture(name, 'flaky');
            }
        }
    }
    startCapture(name, role) {
        this.capturing = name;
        this.capturingFor = role;
        this.captured = '';
        this.tok.captureText = true;
    }
    innermostFile() {
        for (let i = this.suites.length - 1; i >= 0; i--) {
            const f = this.suites[i].file;
            if (f !== undefined)
                return f;
        }
        return undefined;
    }
    close(name) {
        if (this.capturing !== undefined && name === this.capturing) {
            const c = this.current;
            const text = this.captured.length > MAX_DETAIL_CHARS ? this.captured.slice(0, MAX_DETAIL_CHARS) : this.captured;
            if (c !== undefined && text.trim() !== '' && (this.capturingFor === 'decider' || c.details === undefined)) {
                c.details = text;
            }
            this.capturing = undefined;
            this.capturingFor = undefined;
            this.captured = '';
            this.tok.captureText = false;
            return;
        }
        if (name === 'testcase' && this.current !== undefined) {
            const c = this.current;
            this.current = undefined;
            this.handler.testcase(c);
            return;
        }
        if (name === 'testsuite') {
            const s = this.suites.pop();
            this.suiteNames = undefined;
            if (s)
                this.handler.suite?.(s);
        }
    }
}
/** The tokenizer's hints speak of coverage reports; this is a test report. */
function retitle(e) {
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileFormatError */ .sY && e.hint && /coverage/.test(e.hint)) {
        const hint = e.hint.replace(/coverage tool/g, 'test runner').replace(/coverage report/g, 'JUnit report');
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileFormatError */ .sY(e.file, e.line, e.problem, hint);
    }
    return e;
}
/** Read a whole JUnit text or buffer (a convenience over `JUnitReader`). */
function readJUnit(content, file, handler) {
    const r = new JUnitReader(file, handler);
    r.write(typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    r.end();
}


/***/ }),

/***/ 8238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   dy: () => (/* binding */ utf8Bytes),
/* harmony export */   mW: () => (/* binding */ fitSummary),
/* harmony export */   mc: () => (/* binding */ planAnnotations),
/* harmony export */   pp: () => (/* binding */ checkOutputSize)
/* harmony export */ });
/* unused harmony exports truncateMarkdown, fitComment */
/**
 * GitHub's limits, as code. Each function is pure so that it can be tested without a runner.
 *
 * - Annotations: 10 per type (error, warning, notice) per step and 50 per job are shown;
 *   the rest are dropped silently by GitHub. We rank, keep the most important, and count
 *   what was not shown so the summary can say so.
 * - Job summary: 1 MiB per step (the upload fails above it).
 * - PR/issue comment body: 65,536 characters.
 * - Step outputs: 1 MB each, 50 MB per job.
 */
const LIMITS = {
    annotationsPerTypePerStep: 10,
    annotationsPerJob: 50,
    summaryBytes: 1024 * 1024,
    commentChars: 65_536,
    outputBytes: 1024 * 1024,
};
/**
 * Choose the annotations to emit: errors before warnings before notices, each ranked by
 * priority (stable), at most `perType` of each level and `perJob` in all.
 */
function planAnnotations(all, perType = LIMITS.annotationsPerTypePerStep, perJob = LIMITS.annotationsPerJob) {
    const levels = ['error', 'warning', 'notice'];
    const shown = [];
    const omitted = { error: 0, warning: 0, notice: 0 };
    for (const level of levels) {
        const ranked = all
            .map((a, i) => ({ a, i }))
            .filter(({ a }) => a.level === level)
            .sort((x, y) => (y.a.priority ?? 0) - (x.a.priority ?? 0) || x.i - y.i);
        for (const { a } of ranked) {
            if (shown.filter((s) => s.level === level).length < perType && shown.length < perJob)
                shown.push(a);
            else
                omitted[level]++;
        }
    }
    return { shown, omitted, omittedTotal: omitted.error + omitted.warning + omitted.notice };
}
/** Largest index <= max that does not split a UTF-16 surrogate pair. */
function safeCut(s, max) {
    if (max >= s.length)
        return s.length;
    const c = s.charCodeAt(max - 1);
    return c >= 0xd800 && c <= 0xdbff ? max - 1 : max;
}
/**
 * Cut Markdown to at most `max` units of `measure`, at a line boundary where possible, and
 * close what the cut left open (a code fence, <details> blocks), then add `notice`.
 * Returns the text unchanged when it fits.
 */
function truncateMarkdown(md, max, notice, measure = (s) => s.length) {
    if (measure(md) <= max)
        return { text: md, truncated: false };
    const tail = `\n\n${notice}\n`;
    let limit = Math.min(md.length, Math.max(0, max - measure(tail)));
    for (;;) {
        let cut = safeCut(md, limit);
        const nl = md.lastIndexOf('\n', cut);
        if (nl > cut / 2)
            cut = nl;
        const head = md.slice(0, cut).replace(/\s+$/, '');
        const closers = [];
        const fences = head.match(/^\s*(```|~~~)/gm)?.length ?? 0;
        if (fences % 2 === 1)
            closers.push('```');
        const opens = (head.match(/<details\b/gi) ?? []).length;
        const closes = (head.match(/<\/details>/gi) ?? []).length;
        for (let i = closes; i < opens; i++)
            closers.push('</details>');
        // The blank line before the notice ends any table the cut left open.
        const text = `${head}${closers.length ? `\n${closers.join('\n')}` : ''}${tail}`;
        if (measure(text) <= max || limit === 0)
            return { text, truncated: true };
        // Shrink by what overflowed (at least 1): bytes >= chars, so this converges quickly.
        limit = Math.max(0, Math.min(cut, limit) - Math.max(1, measure(text) - max));
    }
}
const utf8Bytes = (s) => Buffer.byteLength(s, 'utf8');
/** Fit a job summary into GitHub's 1 MiB limit (bytes of UTF-8). */
function fitSummary(md, maxBytes = LIMITS.summaryBytes) {
    return truncateMarkdown(md, maxBytes, '> [!WARNING]\n> This summary was truncated to fit GitHub\u2019s 1 MiB job summary limit. The full report is in the `report` output file.', utf8Bytes);
}
/** Fit a PR comment body into GitHub's 65,536-character limit. */
function fitComment(md, maxChars = LIMITS.commentChars) {
    return truncateMarkdown(md, maxChars, '> [!NOTE]\n> This comment was truncated to fit GitHub\u2019s 65,536-character limit. The job summary has the full report.', (s) => [...s].length);
}
/** Throws RangeError when an output value is larger than GitHub accepts. */
function checkOutputSize(name, value, maxBytes = LIMITS.outputBytes) {
    const n = utf8Bytes(value);
    if (n > maxBytes) {
        throw new RangeError(`output '${name}' is ${n} bytes: GitHub accepts at most ${maxBytes} bytes per output`);
    }
}


/***/ }),

/***/ 9703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports html, marker, pct */
/**
 * Markdown for job summaries and PR comments, with text from users escaped.
 *
 * File names, branch names and messages come from people who can open a pull request.
 * Escaped, they can neither break a table, start a heading or link, open HTML, close a
 * <details> block, nor @-mention anyone. Nothing here imports `@actions/core`.
 */
const HTML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '@': '&#64;',
};
/** ASCII punctuation that Markdown gives a meaning to; GFM lets any of it be backslash-escaped. */
const MD_SPECIAL = /[\\`*_{}[\]()#+\-.!|~:]/g;
/**
 * Escape user text for use inside Markdown prose or a table cell: one line, no markup,
 * no HTML, no mentions. Control characters become spaces.
 */
function text(s) {
    // Markdown escapes first, entities last: an entity's own '#' must not be backslash-escaped
    // (`&\#39;` renders as the six characters "&#39;", not as an apostrophe).
    return s
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
        .replace(MD_SPECIAL, (c) => `\\${c}`)
        .replace(/[&<>"'@]/g, (c) => HTML_ESCAPES[c]);
}
/** Escape for an HTML context (attribute values, <summary>), no Markdown escaping needed there. */
function html(s) {
    return s.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/[&<>"'@]/g, (c) => HTML_ESCAPES[c]);
}
/**
 * Inline code. The fence is one backtick longer than the longest run inside, so the text
 * cannot close it; pipes are escaped because GFM splits table cells before code spans.
 */
function code(s) {
    const one = s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\|/g, '\\|');
    let longest = 0;
    for (const m of one.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const fence = '`'.repeat(longest + 1);
    const pad = one.startsWith('`') || one.endsWith('`') || one.startsWith(' ') ? ' ' : '';
    return `${fence}${pad}${one}${pad}${fence}`;
}
/**
 * A GFM table. Cells are Markdown already (escape user text with `text()` or `code()`
 * first); newlines in cells are folded so a row stays one line.
 */
function table(headers, rows, align) {
    const fold = (c) => c.replace(/\r?\n/g, ' ');
    const sep = headers.map((_, i) => {
        const a = align?.[i];
        return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
    });
    const line = (cells) => `| ${cells.map(fold).join(' | ')} |`;
    return [line(headers), line(sep), ...rows.map((r) => line(headers.map((_, i) => r[i] ?? '')))].join('\n');
}
/** A collapsible block. `summary` is user-escaped here; `body` is Markdown. */
function details(summary, body) {
    return `<details><summary>${html(summary)}</summary>\n\n${body}\n\n</details>`;
}
/** A hidden marker that identifies a sticky comment. The id is restricted to safe characters. */
function marker(id) {
    return `<!-- quality:${id.replace(/[^A-Za-z0-9_.:/-]/g, '_')} -->`;
}
/** A percentage for display: never shows 100.00 unless it is 100, nor 0.00 unless 0. */
function pct(p, digits = 2) {
    if (p === null || !Number.isFinite(p))
        return 'n/a';
    const f = 10 ** digits;
    let v = Math.floor(p * f) / f;
    if (v === 0 && p > 0)
        v = 1 / f;
    return `${v.toFixed(digits)}%`;
}


/***/ }),

/***/ 4292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h5: () => (/* reexport */ DEFAULT_PLAN_FILE),
  Yj: () => (/* reexport */ LANGUAGES),
  G2: () => (/* reexport */ LANGUAGE_NAMES),
  e0: () => (/* reexport */ assertIsoDate),
  EB: () => (/* reexport */ detectProjects),
  LK: () => (/* reexport */ discoverTests),
  lJ: () => (/* reexport */ diskReader),
  gx: () => (/* reexport */ goModulePath),
  z3: () => (/* reexport */ matchTimings),
  vs: () => (/* reexport */ matrixText),
  Km: () => (/* reexport */ parseEntries),
  XI: () => (/* reexport */ parseLanguages),
  Sd: () => (/* reexport */ parseVersionPolicy),
  vH: () => (/* reexport */ planKey),
  tF: () => (/* reexport */ planShards),
  sC: () => (/* reexport */ readTimingFiles),
  Nf: () => (/* reexport */ runMatrix),
  wq: () => (/* reexport */ shardFiles)
});

// UNUSED EXPORTS: DEFAULT_ALWAYS, DEFAULT_IGNORE, DEFAULT_KEEP, GitError, HISTORY_FILE, HISTORY_FORMAT, MAX_COMBINATIONS, MAX_UNITS, NO_CHANGES_ENTRY, SKIPPED_DIRS, TIMINGS_DIR, applyExcludeInclude, autoShardCount, buildMatrix, cartesian, changedFiles, cleanNodeVersion, compareVersions, deepEqual, defaultReleaseData, entryName, expandGitHubMatrix, findVersionSource, globToRegExp, goLineOf, goLineSatisfies, historyRecords, isNullSha, isReleased, isShellUnsafe, isSupported, isTimingHistory, isValidNodeRange, isVersionForm, joinPath, linesSatisfying, loadReleaseData, looseEqual, ltsLines, matrixSummary, median, memoryReader, mergeTimingHistory, nodeLineSatisfies, parentDir, parseGoTestJson, parseJUnit, parsePythonSpecifier, parseTestDurations, parseTimingFile, parseTimingHistory, pythonLineSatisfies, resolveNodeAlias, resolveWorkingDirectory, restoreTimingFiles, saveTimingFiles, selectChanged, selfAndAncestors, serializeTimingHistory, splitByCount, staleDataWarnings, supportedLines, timingKeyPrefix, updateTimingHistory, versionsFor

;// CONCATENATED MODULE: ./packages/matrix/src/types.ts
/** Plain data shared by the matrix engine. No I/O here. */
const LANGUAGES = ['node', 'python', 'go'];
const LANGUAGE_NAMES = { node: 'Node.js', python: 'Python', go: 'Go' };

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
;// CONCATENATED MODULE: ./packages/matrix/data/release-lines.json
const release_lines_namespaceObject = /*#__PURE__*/JSON.parse('{"$comment":"Release lines and end-of-life dates used by versions: min-max / supported. A line is supported when released <= today < eol. Update this file when a new line ships; the engine warns when a language\'s newest line is older than its release cadence.","sources":{"node":"https://github.com/nodejs/Release/blob/main/schedule.json (start, lts, maintenance, end).","python":"https://devguide.python.org/versions/ and the release PEPs (PEP 596, 619, 664, 693, 719, 745, 790). End of life is published as a month; the last day of that month is used. 3.15 uses the final-release date scheduled in PEP 790.","go":"https://go.dev/doc/devel/release and https://go.dev/doc/devel/release#policy: each major release is supported until two newer major releases exist, so eol is computed from the release date of line+2 and is absent while that line has not shipped. Go 1.27 (expected August 2026) is not listed because its date was not confirmed when this file was written."},"cadenceMonths":{"node":7,"python":13,"go":7},"node":[{"line":"18","released":"2022-04-19","lts":"2022-10-25","eol":"2025-04-30","codename":"hydrogen"},{"line":"20","released":"2023-04-18","lts":"2023-10-24","eol":"2026-04-30","codename":"iron"},{"line":"22","released":"2024-04-24","lts":"2024-10-29","eol":"2027-04-30","codename":"jod"},{"line":"24","released":"2025-05-06","lts":"2025-10-28","eol":"2028-04-30","codename":"krypton"},{"line":"25","released":"2025-10-15","eol":"2026-06-01"},{"line":"26","released":"2026-04-22","lts":"2026-10-28","eol":"2029-04-30"}],"python":[{"line":"3.9","released":"2020-10-05","eol":"2025-10-31"},{"line":"3.10","released":"2021-10-04","eol":"2026-10-31"},{"line":"3.11","released":"2022-10-24","eol":"2027-10-31"},{"line":"3.12","released":"2023-10-02","eol":"2028-10-31"},{"line":"3.13","released":"2024-10-07","eol":"2029-10-31"},{"line":"3.14","released":"2025-10-07","eol":"2030-10-31"},{"line":"3.15","released":"2026-10-01","eol":"2031-10-31"}],"go":[{"line":"1.21","released":"2023-08-08"},{"line":"1.22","released":"2024-02-06"},{"line":"1.23","released":"2024-08-13"},{"line":"1.24","released":"2025-02-11"},{"line":"1.25","released":"2025-08-12"},{"line":"1.26","released":"2026-02-10"}]}');
;// CONCATENATED MODULE: ./packages/matrix/src/release-lines.ts



const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Compares dotted numeric versions ("3.9" < "3.10", "1.21" < "1.22.3"). */
function compareVersions(a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
/**
 * Validates release data (the bundled file or one given by the caller) and fills in what is
 * derived: Go's end of life is the release date of the line two minors newer.
 */
function loadReleaseData(raw = release_lines_namespaceObject, file = 'packages/matrix/data/release-lines.json') {
    const data = raw;
    const out = { cadenceMonths: { node: 7, python: 13, go: 7 } };
    if (data && typeof data === 'object' && data['cadenceMonths'] && typeof data['cadenceMonths'] === 'object') {
        out.cadenceMonths = { ...out.cadenceMonths, ...data['cadenceMonths'] };
    }
    for (const lang of ['node', 'python', 'go']) {
        const lines = data?.[lang];
        if (!Array.isArray(lines) || lines.length === 0) {
            throw new errors/* ConfigurationError */.j1(`${file}: '${lang}' must be a non-empty list of release lines.`);
        }
        const parsed = lines.map((l, i) => {
            const where = `${file}: ${lang}[${i}]`;
            if (typeof l?.['line'] !== 'string' || !/^\d+(\.\d+)?$/.test(l['line'])) {
                throw new errors/* ConfigurationError */.j1(`${where}: 'line' must be a version like "22" or "3.12".`);
            }
            for (const k of ['released', 'eol', 'lts']) {
                const v = l[k];
                if (v !== undefined && (typeof v !== 'string' || !ISO_DATE.test(v))) {
                    throw new errors/* ConfigurationError */.j1(`${where}: '${k}' must be a date written YYYY-MM-DD.`);
                }
            }
            if (typeof l['released'] !== 'string')
                throw new errors/* ConfigurationError */.j1(`${where}: 'released' is required.`);
            return { ...l };
        });
        parsed.sort((a, b) => compareVersions(a.line, b.line));
        if (lang === 'go') {
            for (let i = 0; i < parsed.length; i++) {
                const two = parsed[i + 2];
                if (parsed[i].eol === undefined && two)
                    parsed[i].eol = two.released;
            }
        }
        out[lang] = parsed;
    }
    return out;
}
let defaultData;
function defaultReleaseData() {
    return (defaultData ??= loadReleaseData());
}
function isReleased(line, today) {
    return line.released <= today;
}
function isSupported(line, today) {
    return line.released <= today && (line.eol === undefined || today < line.eol);
}
/** Supported lines on `today`, oldest first. */
function supportedLines(data, language, today) {
    return data[language].filter((l) => isSupported(l, today));
}
/** Node.js lines that are in long-term support (active or maintenance) on `today`, oldest first. */
function ltsLines(data, today) {
    return data.node.filter((l) => l.lts !== undefined && l.lts <= today && isSupported(l, today));
}
function addMonths(iso, months) {
    const d = new Date(`${iso}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + months);
    return d.toISOString().slice(0, 10);
}
/**
 * One warning, for the user, when the newest known line of a language the repository uses is
 * older than the language's release cadence (a newer line is probably out); none otherwise.
 */
function staleDataWarnings(data, today, languages = LANGUAGES) {
    const used = new Set(languages);
    const stale = [];
    for (const lang of LANGUAGES) {
        if (!used.has(lang))
            continue;
        const newest = data[lang][data[lang].length - 1];
        if (addMonths(newest.released, data.cadenceMonths[lang]) < today) {
            stale.push(`${LANGUAGE_NAMES[lang]} line is ${newest.line} (released ${newest.released})`);
        }
    }
    if (stale.length === 0)
        return [];
    return [
        `The newest known ${stale.join('; the newest known ')}. A newer line may be out: pin versions explicitly if you need it (e.g. versions: ${LANGUAGES.filter((l) => used.has(l))
            .map((l) => `${l}:<version>`)
            .join(', ')}).`,
    ];
}
function assertIsoDate(value, input = 'today') {
    if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}' has the value ${JSON.stringify(value)}: expected a date written YYYY-MM-DD.`);
    }
    return value;
}

// EXTERNAL MODULE: ./packages/matrix/node_modules/semver/index.js
var semver = __webpack_require__(2940);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./packages/matrix/src/ranges.ts
/**
 * Version ranges of the three ecosystems, reduced to one question: does release line L
 * contain a version that the range allows?
 *
 * - Node.js: npm ranges (semver), plus the nvm aliases `lts/*`, `lts/<codename>`, `node`, `current`, `latest`.
 * - Python: PEP 440 specifiers (`>=3.10,<3.13`, `~=3.11`, `==3.11.*`, `!=3.12.*`) and Poetry's
 *   `^3.10`, `~3.10`, `3.11.*`, `||`.
 * - Go: the `go` directive is a minimum (`go 1.22.3` allows 1.22 and newer); a toolchain or
 *   `.go-version` is an exact pin.
 */


/** Resolves nvm-style aliases to a release line on `today`; undefined when `value` is no alias. */
function resolveNodeAlias(value, data, today) {
    const v = value.trim().toLowerCase();
    if (v === 'node' || v === 'current' || v === 'latest' || v === 'stable') {
        const released = data.node.filter((l) => isReleased(l, today));
        const newest = released[released.length - 1];
        return newest ? { line: newest.line } : undefined;
    }
    if (v === 'lts/*' || v === 'lts' || v === 'lts/latest') {
        const lts = ltsLines(data, today);
        const newest = lts[lts.length - 1];
        return newest ? { line: newest.line } : undefined;
    }
    const m = /^lts\/(.+)$/.exec(v);
    if (m) {
        if (/^-\d+$/.test(m[1])) {
            // lts/-1: the LTS line before the newest.
            const lts = ltsLines(data, today);
            const l = lts[lts.length - 1 + Number(m[1])];
            return l ? { line: l.line } : undefined;
        }
        const l = data.node.find((x) => x.codename === m[1]);
        return l ? { line: l.line } : undefined;
    }
    return undefined;
}
/** Removes a leading `v` and surrounding space: `v20.11.1` -> `20.11.1`. */
function cleanNodeVersion(value) {
    return value.trim().replace(/^v(?=\d)/, '');
}
function isValidNodeRange(value) {
    return semver_default().validRange(cleanNodeVersion(value), { loose: true }) !== null;
}
function nodeLineSatisfies(range, line) {
    const r = semver_default().validRange(cleanNodeVersion(range), { loose: true });
    if (r === null)
        return false;
    return semver_default().intersects(r, `>=${line}.0.0 <${Number(line) + 1}.0.0-0`, { loose: true });
}
const PY_CLAUSE = /^(~=|===|==|!=|<=|>=|<|>|\^|~)?\s*v?(\d+(?:\.\d+)*)(\.\*)?$/;
/** Parses a Python specifier into alternatives (Poetry `||`) of clause lists; undefined if malformed. */
function parsePythonSpecifier(spec) {
    const alternatives = spec.split('||');
    const out = [];
    for (const alt of alternatives) {
        const parts = alt
            .split(',')
            .flatMap((p) => p.trim().split(/\s+(?=[<>=!~^])/))
            .map((p) => p.trim())
            .filter((p) => p !== '');
        const clauses = [];
        for (const part of parts) {
            if (part === '*')
                continue;
            const m = PY_CLAUSE.exec(part.replace(/\s+/g, ''));
            if (!m)
                return undefined;
            clauses.push({ op: m[1] ?? '==', version: m[2].split('.').map(Number), wildcard: m[3] !== undefined });
        }
        out.push(clauses);
    }
    return out;
}
function cmp(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
function prefixMatch(v, prefix) {
    return prefix.every((p, i) => (v[i] ?? 0) === p);
}
function clauseAllows(c, v) {
    const x = c.version;
    switch (c.op) {
        case '==':
        case '===':
            return c.wildcard ? prefixMatch(v, x) : cmp(v, x) === 0;
        case '!=':
            return c.wildcard ? !prefixMatch(v, x) : cmp(v, x) !== 0;
        case '>=':
            return cmp(v, x) >= 0;
        case '<=':
            return cmp(v, x) <= 0;
        case '>':
            return cmp(v, x) > 0;
        case '<':
            return cmp(v, x) < 0;
        case '~=': {
            // ~=3.11 means >=3.11, ==3.*; ~=3.11.2 means >=3.11.2, ==3.11.*
            const prefix = x.slice(0, Math.max(1, x.length - 1));
            return cmp(v, x) >= 0 && prefixMatch(v, prefix);
        }
        case '^': {
            // Poetry: ^3.10 -> >=3.10,<4.0 ; ^0.2 -> >=0.2,<0.3
            const i = x.findIndex((n) => n !== 0);
            const upper = x.slice(0, i === -1 ? x.length : i + 1);
            upper[upper.length - 1] += 1;
            return cmp(v, x) >= 0 && cmp(v, upper) < 0;
        }
        case '~': {
            // Poetry: ~3.10 -> >=3.10,<3.11 ; ~3 -> >=3,<4
            const upper = x.length >= 2 ? [x[0], x[1] + 1] : [x[0] + 1];
            return cmp(v, x) >= 0 && cmp(v, upper) < 0;
        }
        default:
            return false;
    }
}
/** Highest patch release probed when asking whether a line has an allowed version. */
const MAX_PATCH = 200;
function pythonLineSatisfies(spec, line) {
    const alts = parsePythonSpecifier(spec);
    if (!alts)
        return false;
    const base = line.split('.').map(Number);
    return alts.some((clauses) => {
        for (let p = 0; p <= MAX_PATCH; p++) {
            const v = [...base, p];
            if (clauses.every((c) => clauseAllows(c, v)))
                return true;
        }
        return false;
    });
}
// ---------------------------------------------------------------- Go
const GO_VERSION = /^(?:go)?(\d+\.\d+)(?:\.(\d+)|(?:rc|beta)\d+)?$/;
function goLineOf(version) {
    return GO_VERSION.exec(version.trim())?.[1];
}
/** `minimum` true: the `go` directive (this version or newer); false: an exact pin. */
function goLineSatisfies(version, line, minimum) {
    const own = goLineOf(version);
    if (!own)
        return false;
    return minimum ? compareVersions(line, own) >= 0 : compareVersions(line, own) === 0;
}
/**
 * The release lines from `candidates` that `value` (as read from `field`) allows.
 * Aliases must be resolved before; invalid syntax gives `valid: false`.
 */
function linesSatisfying(language, value, candidates, opts = {}) {
    switch (language) {
        case 'node':
            if (!isValidNodeRange(value))
                return { valid: false, lines: [] };
            return { valid: true, lines: candidates.filter((l) => nodeLineSatisfies(value, l.line)) };
        case 'python':
            if (!parsePythonSpecifier(value))
                return { valid: false, lines: [] };
            return { valid: true, lines: candidates.filter((l) => pythonLineSatisfies(value, l.line)) };
        case 'go':
            if (!goLineOf(value))
                return { valid: false, lines: [] };
            return { valid: true, lines: candidates.filter((l) => goLineSatisfies(value, l.line, opts.goMinimum ?? false)) };
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/matrix/src/reader.ts
/**
 * The engine's only window on the file system: read a text file, list a directory.
 * Paths are '/'-separated and relative to the reader's root. Tests inject an in-memory reader.
 */


/** A reader over a directory on disk; reads are cached for the reader's lifetime. */
function diskReader(root) {
    const cache = new Map();
    return {
        read(path) {
            if (cache.has(path))
                return cache.get(path);
            let text;
            try {
                text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, path), 'utf8');
            }
            catch {
                text = undefined;
            }
            cache.set(path, text);
            return text;
        },
        list(dir) {
            try {
                return (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, dir), { withFileTypes: true })
                    .filter((d) => d.isDirectory() || d.isFile())
                    .map((d) => ({ name: d.name, dir: d.isDirectory() }));
            }
            catch {
                return [];
            }
        },
    };
}
/** An in-memory reader: keys are file paths ('a/b/c.txt'), values their text. */
function memoryReader(files) {
    const dirs = new Map();
    const add = (dir, name, isDir) => {
        let m = dirs.get(dir);
        if (!m)
            dirs.set(dir, (m = new Map()));
        if (!m.has(name) || isDir)
            m.set(name, isDir);
    };
    for (const path of Object.keys(files)) {
        const parts = path.split('/');
        for (let i = 0; i < parts.length; i++) {
            add(i === 0 ? '.' : parts.slice(0, i).join('/'), parts[i], i < parts.length - 1);
        }
    }
    return {
        read: (path) => files[path],
        list: (dir) => [...(dirs.get(dir) ?? new Map())].map(([name, d]) => ({ name, dir: d })),
    };
}
/** Joins '/'-separated relative paths, treating '.' as the root. */
function joinPath(dir, name) {
    return dir === '.' || dir === '' ? name : `${dir}/${name}`;
}
function parentDir(dir) {
    if (dir === '.' || dir === '')
        return undefined;
    const i = dir.lastIndexOf('/');
    return i === -1 ? '.' : dir.slice(0, i);
}
/** The directory itself and each ancestor up to the root ('.'). */
function selfAndAncestors(dir) {
    const out = [];
    for (let d = dir; d !== undefined; d = parentDir(d))
        out.push(d);
    return out;
}

;// CONCATENATED MODULE: ./packages/matrix/src/json-file.ts

/** JSON.parse with the line of the error, as a FileFormatError naming the file. */
function parseJsonFile(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        const pos = /position (\d+)/.exec(msg);
        const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
        throw new errors/* FileFormatError */.sY(file, line, `is not valid JSON (${msg}).`, 'Fix the syntax, or add the directory to ignore.');
    }
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./packages/matrix/src/toml.ts
/**
 * TOML manifests (pyproject.toml) read with smol-toml, a spec-compliant TOML 1.0 parser.
 * A syntax error becomes a FileFormatError naming the file and line; lookups never throw.
 */


/** Reads a TOML document; a syntax error names the file, the line and what to fix. */
function parseToml(text, file) {
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        if (e instanceof dist/* TomlError */.zx) {
            const problem = e.message
                .split('\n', 1)[0]
                .replace(/^Invalid TOML document:\s*/, '')
                .trim();
            throw new errors/* FileFormatError */.sY(file, e.line, `is not valid TOML (column ${e.column}): ${problem}`, 'Fix the file (it must parse as TOML 1.0, as pip and other tools read it).');
        }
        throw e;
    }
}
/** The value at a dotted path (`['tool', 'poetry', 'dependencies', 'python']`), or undefined. */
function tomlGet(table, path) {
    let v = table;
    for (const k of path) {
        if (v === null || typeof v !== 'object' || Array.isArray(v) || !Object.hasOwn(v, k))
            return undefined;
        v = v[k];
    }
    return v;
}
/** True when the path names a table (`[tool.poetry]`, or implied by `[tool.poetry.dependencies]`). */
function tomlHasTable(table, path) {
    const v = tomlGet(table, path);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./packages/matrix/src/versions.ts
/**
 * Where each ecosystem pins its runtime version, read with the same rules as the setup actions
 * (actions/setup-node `node-version-file`, actions/setup-python `python-version-file`,
 * actions/setup-go `go-version-file`). The project directory is searched first, then each
 * ancestor up to the repository root; the nearest directory with any source wins, and within
 * a directory the sources are tried in the order listed below.
 */



/** First meaningful line of a version file (comments and blank lines skipped). */
function firstLine(text) {
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/#.*$/, '').trim();
        if (line)
            return line;
    }
    return undefined;
}
function toolVersions(text, tools) {
    for (const raw of text.split(/\r?\n/)) {
        const parts = raw.replace(/#.*$/, '').trim().split(/\s+/);
        if (parts.length >= 2 && tools.includes(parts[0]))
            return parts[1];
    }
    return undefined;
}
function plainFile(reader, dir, name, has) {
    if (!has(dir, name))
        return undefined;
    const file = joinPath(dir, name);
    const value = firstLine(reader.read(file) ?? '');
    return value ? { value, file } : undefined;
}
function toolVersionsFile(reader, dir, tools, has) {
    if (!has(dir, '.tool-versions'))
        return undefined;
    const file = joinPath(dir, '.tool-versions');
    const value = toolVersions(reader.read(file) ?? '', tools);
    return value ? { value, file, field: tools[0] } : undefined;
}
function nodeSources(reader, dir, has) {
    const dot = plainFile(reader, dir, '.nvmrc', has) ??
        plainFile(reader, dir, '.node-version', has) ??
        toolVersionsFile(reader, dir, ['nodejs', 'node'], has);
    if (dot)
        return dot;
    if (!has(dir, 'package.json'))
        return undefined;
    const file = joinPath(dir, 'package.json');
    const pkg = parseJsonFile(reader.read(file) ?? '{}', file);
    if (!pkg || typeof pkg !== 'object')
        return undefined;
    const field = (o, k) => o && typeof o === 'object' ? o[k] : undefined;
    const volta = field(field(pkg, 'volta'), 'node');
    if (typeof volta === 'string')
        return { value: volta, file, field: 'volta.node' };
    const runtime = field(field(pkg, 'devEngines'), 'runtime');
    for (const r of Array.isArray(runtime) ? runtime : runtime ? [runtime] : []) {
        const version = field(r, 'version');
        if (field(r, 'name') === 'node' && typeof version === 'string')
            return { value: version, file, field: 'devEngines.runtime' };
    }
    const engines = field(field(pkg, 'engines'), 'node');
    if (typeof engines === 'string')
        return { value: engines, file, field: 'engines.node' };
    return undefined;
}
function pythonSources(reader, dir, has) {
    const dot = plainFile(reader, dir, '.python-version', has);
    if (dot)
        return dot;
    if (has(dir, 'pyproject.toml')) {
        const file = joinPath(dir, 'pyproject.toml');
        const toml = parseToml(reader.read(file) ?? '', file);
        const rp = tomlGet(toml, ['project', 'requires-python']);
        if (typeof rp === 'string' && rp.trim())
            return { value: rp.trim(), file, field: 'project.requires-python' };
        // Poetry: `python = "^3.11"` or `python = { version = "^3.11" }`.
        const poetry = tomlGet(toml, ['tool', 'poetry', 'dependencies', 'python']);
        const pv = typeof poetry === 'string' ? poetry : tomlGet(toml, ['tool', 'poetry', 'dependencies', 'python', 'version']);
        if (typeof pv === 'string' && pv.trim())
            return { value: pv.trim(), file, field: 'tool.poetry.dependencies.python' };
    }
    if (has(dir, 'setup.cfg')) {
        const file = joinPath(dir, 'setup.cfg');
        const m = /^\s*python_requires\s*=\s*(.+?)\s*$/m.exec(reader.read(file) ?? '');
        if (m)
            return { value: m[1], file, field: 'options.python_requires' };
    }
    return toolVersionsFile(reader, dir, ['python'], has);
}
function goDirectives(reader, dir, name, has) {
    if (!has(dir, name))
        return undefined;
    const file = joinPath(dir, name);
    const text = reader.read(file) ?? '';
    const toolchain = /^toolchain\s+go(\S+)\s*(?:\/\/.*)?$/m.exec(text);
    if (toolchain)
        return { value: toolchain[1], file, field: 'toolchain' };
    const go = /^go\s+(\S+)\s*(?:\/\/.*)?$/m.exec(text);
    if (go)
        return { value: go[1], file, field: 'go' };
    return undefined;
}
function goSources(reader, dir, self, has) {
    return ((self ? goDirectives(reader, dir, 'go.mod', has) : undefined) ??
        goDirectives(reader, dir, 'go.work', has) ??
        plainFile(reader, dir, '.go-version', has));
}
function findVersionSource(reader, project, has) {
    const dirs = selfAndAncestors(project.dir);
    for (const [i, dir] of dirs.entries()) {
        const found = project.language === 'node'
            ? nodeSources(reader, dir, has)
            : project.language === 'python'
                ? pythonSources(reader, dir, has)
                : goSources(reader, dir, i === 0, has);
        if (found)
            return found;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/matrix/src/detect.ts
/**
 * Finds the projects of a repository: every directory with a Node.js, Python or Go manifest,
 * with its package manager and the runtime version its files pin.
 */




/**
 * Directories never searched: dependencies, build output, virtual environments, Go's testdata.
 * Not `coverage`: a report folder holds no manifest, and a package may be named so.
 */
const SKIPPED_DIRS = new Set([
    'node_modules',
    'bower_components',
    'vendor',
    'venv',
    'env',
    '__pycache__',
    'site-packages',
    'dist',
    'build',
    'target',
    'testdata',
]);
/**
 * Fixture-like folders, not searched unless the `ignore` list re-includes them with `!`
 * (`!tests/fixtures`): their manifests are test data, not projects of the repository.
 */
const DEFAULT_IGNORE = [
    '**/tests/fixtures',
    '**/test/fixtures',
    '**/{test,tests,__tests__,spec,specs}/**/fixtures',
    '**/__fixtures__',
];
const PY_MANIFESTS = ['pyproject.toml', 'setup.cfg', 'setup.py'];
function globToRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                i++;
                if (glob[i + 1] === '/') {
                    i++;
                    re += '(?:.*/)?';
                }
                else
                    re += '.*';
            }
            else
                re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else if (c === '{') {
            const end = glob.indexOf('}', i);
            if (end === -1)
                re += '\\{';
            else {
                re += `(?:${glob
                    .slice(i + 1, end)
                    .split(',')
                    .map((s) => s.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
                    .join('|')})`;
                i = end;
            }
        }
        else
            re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
function detectProjects(reader, options = {}) {
    const toRe = (g) => globToRegExp(g.replace(/^\.\//, '').replace(/\/+$/, ''));
    const given = options.ignore ?? [];
    const ignore = given.filter((g) => !g.startsWith('!')).map(toRe);
    const keep = given.filter((g) => g.startsWith('!')).map((g) => toRe(g.slice(1)));
    const defaults = DEFAULT_IGNORE.map(toRe);
    const maxDepth = options.maxDepth ?? 12;
    const names = new Map();
    const found = [];
    // `hidden`: under a default ignore. Walked only when a `!` entry may re-include something below.
    const walk = (dir, depth, hidden) => {
        const entries = reader.list(dir);
        const files = new Set(entries.filter((e) => !e.dir).map((e) => e.name));
        names.set(dir, files);
        if (!hidden) {
            if (files.has('package.json'))
                found.push({ dir, language: 'node', manifest: 'package.json' });
            const py = PY_MANIFESTS.find((m) => files.has(m)) ?? [...files].sort().find((f) => /^requirements.*\.txt$/.test(f));
            if (py)
                found.push({ dir, language: 'python', manifest: py });
            if (files.has('go.mod'))
                found.push({ dir, language: 'go', manifest: 'go.mod' });
        }
        if (depth >= maxDepth)
            return;
        for (const e of entries) {
            if (!e.dir || e.name.startsWith('.') || SKIPPED_DIRS.has(e.name))
                continue;
            const child = joinPath(dir, e.name);
            if (ignore.some((re) => re.test(child)))
                continue;
            const kept = keep.some((re) => re.test(child));
            const childHidden = !kept && (hidden || defaults.some((re) => re.test(child)));
            if (childHidden && keep.length === 0)
                continue;
            walk(child, depth + 1, childHidden);
        }
    };
    walk('.', 0, false);
    const has = (dir, file) => names.get(dir)?.has(file) ?? false;
    const projects = found.map(({ dir, language, manifest }) => {
        const packageManager = language === 'node'
            ? nodePackageManager(reader, dir, has)
            : language === 'python'
                ? pythonPackageManager(reader, dir, has)
                : 'go';
        const project = { dir, language, packageManager, manifest: joinPath(dir, manifest) };
        const version = findVersionSource(reader, project, has);
        if (version)
            project.version = version;
        return project;
    });
    return projects.sort((a, b) => a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : a.language < b.language ? -1 : a.language > b.language ? 1 : 0);
}
const NODE_LOCKFILES = [
    ['pnpm-lock.yaml', 'pnpm'],
    ['yarn.lock', 'yarn'],
    ['bun.lock', 'bun'],
    ['bun.lockb', 'bun'],
    ['package-lock.json', 'npm'],
    ['npm-shrinkwrap.json', 'npm'],
];
/** The nearest `packageManager` field or lockfile, from the project up to the root; npm if none. */
function nodePackageManager(reader, dir, has) {
    for (const d of selfAndAncestors(dir)) {
        if (has(d, 'package.json')) {
            const file = joinPath(d, 'package.json');
            const pkg = parseJsonFile(reader.read(file) ?? '{}', file);
            const pm = pkg && typeof pkg === 'object' ? pkg['packageManager'] : undefined;
            if (typeof pm === 'string' && /^[a-z]+@/.test(pm))
                return pm.slice(0, pm.indexOf('@'));
        }
        for (const [lock, pm] of NODE_LOCKFILES)
            if (has(d, lock))
                return pm;
    }
    return 'npm';
}
const PY_LOCKFILES = [
    ['uv.lock', 'uv'],
    ['poetry.lock', 'poetry'],
    ['pdm.lock', 'pdm'],
    ['Pipfile.lock', 'pipenv'],
    ['Pipfile', 'pipenv'],
];
/** Lockfiles in the project, then `[tool.*]` tables of its pyproject.toml, then lockfiles of ancestors; pip if none. */
function pythonPackageManager(reader, dir, has) {
    for (const [lock, pm] of PY_LOCKFILES)
        if (has(dir, lock))
            return pm;
    if (has(dir, 'pyproject.toml')) {
        const file = joinPath(dir, 'pyproject.toml');
        const toml = parseToml(reader.read(file) ?? '', file);
        if (tomlHasTable(toml, ['tool', 'poetry']))
            return 'poetry';
        if (tomlHasTable(toml, ['tool', 'uv']))
            return 'uv';
        if (tomlHasTable(toml, ['tool', 'pdm']))
            return 'pdm';
    }
    for (const d of selfAndAncestors(dir).slice(1)) {
        for (const [lock, pm] of PY_LOCKFILES)
            if (has(d, lock))
                return pm;
    }
    return 'pip';
}

;// CONCATENATED MODULE: ./packages/matrix/src/policy.ts
/**
 * Version policy: from the version a project's files pin to the versions its matrix runs.
 *
 * - `file`: what the files pin (nvm aliases resolved to a line; `go1.23.1` -> `1.23.1`); a range
 *   (`>=18`, `>=3.10`) becomes the newest supported line that satisfies it.
 * - `min-max`: the lowest and the highest supported release lines that satisfy the range.
 * - `supported`: every supported release line that satisfies the range.
 * - an explicit list: those versions; entries may be scoped to one language (`python:3.12`).
 */




const VERSION_FORMS = 'file, min-max, supported, or a list of versions such as 22, 3.12 or 1.25.4 (comma, space or newline separated; ' +
    'optionally scoped to one language: node:22, python:3.12, go:1.25; aliases: node:lts/*, node:lts/<codename>, node:latest, ' +
    'go:stable, go:oldstable, python:pypy3.10, python:3.13t)';
/** A numbered version (`22`, `3.12`, `1.25.4`, `22.x`), as every setup action accepts it, optionally pre-release. */
const NUMBERED = /^v?\d{1,4}(?:\.(?:\d{1,4}|x|\*)){0,2}(?:-?(?:dev|rc\d*|beta\d*|alpha\d*|a\d+|b\d+)|t)?$/i;
const NAMED = {
    node: /^(?:lts\/(?:\*|-\d+|[a-z]+)|node|latest|current|stable)$/i,
    python: /^(?:pypy|graalpy)-?\d{1,4}(?:\.\d{1,4}){0,2}$/i,
    go: /^(?:stable|oldstable)$/i,
};
/** Whether `version` is a version the setup action of `language` (or of any language) accepts. */
function isVersionForm(version, language) {
    if (NUMBERED.test(version))
        return true;
    return (language ? [language] : LANGUAGES).some((l) => NAMED[l].test(version));
}
/** Parses the `versions` input: a policy name or a list (comma, space or newline separated). */
function parseVersionPolicy(input, name = 'versions') {
    const v = input.trim();
    if (v === '' || v === 'file')
        return 'file';
    if (v === 'min-max' || v === 'supported')
        return v;
    const list = v.split(/[\s,]+/).filter(Boolean);
    for (const item of list) {
        const m = /^(?:([a-z]+):)?(.*)$/.exec(item);
        const lang = m[1];
        if (lang !== undefined && !LANGUAGES.includes(lang)) {
            throw new errors/* InputError */.dz(name, input, `${VERSION_FORMS}; '${m[1]}' is not a language (node, python or go)`);
        }
        if (!isVersionForm(m[2], lang)) {
            throw new errors/* InputError */.dz(name, input, `${VERSION_FORMS}; ${JSON.stringify(item)} is not a ${lang ? `${LANGUAGE_NAMES[lang]} ` : ''}version`);
        }
    }
    return { list };
}
function describe(project) {
    const s = project.version;
    return `${s.field ? `${s.field} in ` : ''}${s.file} is ${JSON.stringify(s.value)}`;
}
function lineNames(lines) {
    return lines.map((l) => l.line).join(', ') || 'none';
}
function versionsFor(project, policy, ctx) {
    const lang = project.language;
    const name = LANGUAGE_NAMES[lang];
    const supported = supportedLines(ctx.data, lang, ctx.today);
    if (typeof policy === 'object') {
        const scoped = policy.list.filter((v) => v.startsWith(`${lang}:`)).map((v) => v.slice(lang.length + 1));
        const unscoped = policy.list.filter((v) => !/^[a-z]+:/.test(v));
        const versions = scoped.length > 0 ? scoped : unscoped;
        if (versions.length === 0) {
            throw new errors/* ConfigurationError */.j1(`The versions list ${JSON.stringify(policy.list.join(','))} has no entry for ${name} (project ${project.dir}). Add one, e.g. ${lang}:${supported[supported.length - 1]?.line ?? 'X'}.`);
        }
        const wrong = versions.find((v) => !isVersionForm(v, lang));
        if (wrong !== undefined) {
            throw new errors/* ConfigurationError */.j1(`The versions list gives ${JSON.stringify(wrong)} to ${project.dir} (${name}), which is not a ${name} version. Scope it to its language (e.g. node:${wrong}) and give ${lang}:<version> for ${name}.`);
        }
        return { versions };
    }
    const source = project.version;
    if (!source) {
        const fallback = lang === 'node' ? ltsLines(ctx.data, ctx.today) : supported;
        if (fallback.length === 0)
            throw new errors/* ConfigurationError */.j1(`No supported ${name} release line on ${ctx.today}: the release data is out of date.`);
        const where = `${project.dir} (${name}) pins no version`;
        if (policy === 'file') {
            const newest = fallback[fallback.length - 1].line;
            return {
                versions: [newest],
                warning: `${where}; using ${newest}. Pin one in a version file to make this explicit.`,
            };
        }
        const lines = policy === 'min-max' ? minMax(fallback) : fallback;
        return { versions: lines.map((l) => l.line), warning: `${where}; using the supported lines ${lineNames(lines)}.` };
    }
    // Aliases (.nvmrc `lts/*`, `node`) name a line on today's date.
    let value = source.value.trim();
    if (lang === 'node') {
        const alias = resolveNodeAlias(value, ctx.data, ctx.today);
        if (alias)
            value = alias.line;
        else if (/^lts\//i.test(value) || /^[a-z]/i.test(cleanNodeVersion(value))) {
            throw new errors/* FileFormatError */.sY(source.file, undefined, `${JSON.stringify(source.value)} is not a Node.js version, range or known alias.`, 'Use a version such as 22, a range such as >=20, or lts/*.');
        }
    }
    if (lang === 'go')
        value = value.replace(/^go/, '');
    if (policy === 'file') {
        if (lang === 'go' || !isRange(lang, value))
            return { versions: [lang === 'node' ? cleanNodeVersion(value) : value] };
        return newestSatisfying(project, value, supported, ctx);
    }
    const check = linesSatisfying(lang, value, supported, { goMinimum: source.field === 'go' });
    if (!check.valid) {
        throw new errors/* FileFormatError */.sY(source.file, undefined, `${source.field ?? 'the version'} ${JSON.stringify(source.value)} is not a valid ${name} version or range.`);
    }
    if (check.lines.length === 0) {
        throw new errors/* ConfigurationError */.j1(`${project.dir}: ${describe(project)}, which no supported ${name} release line satisfies on ${ctx.today} (supported: ${lineNames(supported)}). ` +
            `Widen the range, use versions: file to run exactly what the file pins, or give an explicit list.`);
    }
    const lines = policy === 'min-max' ? minMax(check.lines) : check.lines;
    return { versions: lines.map((l) => l.line) };
}
/** A range rather than a version: `>=18`, `^3.11`, `>=3.10,<3.13`; not `22`, `22.11.0`, `22.x`, `3.12`. */
function isRange(lang, value) {
    const v = lang === 'node' ? cleanNodeVersion(value) : value.trim();
    return !/^\d+(?:\.(?:\d+|x|\*)){0,2}$/i.test(v);
}
/**
 * `versions: file` with a range: the newest supported line that satisfies it, as setup-node and
 * setup-python resolve a range to the newest release. A range only end-of-life lines satisfy gets
 * the newest of those, with a warning.
 */
function newestSatisfying(project, value, supported, ctx) {
    const lang = project.language;
    const name = LANGUAGE_NAMES[lang];
    const source = project.version;
    const check = linesSatisfying(lang, value, supported);
    if (!check.valid) {
        throw new errors/* FileFormatError */.sY(source.file, undefined, `${source.field ?? 'the version'} ${JSON.stringify(source.value)} is not a valid ${name} version or range.`);
    }
    const newest = check.lines[check.lines.length - 1];
    if (newest)
        return { versions: [newest.line] };
    const released = ctx.data[lang].filter((l) => isReleased(l, ctx.today));
    const old = linesSatisfying(lang, value, released).lines;
    const last = old[old.length - 1];
    if (last) {
        return {
            versions: [last.line],
            warning: `${project.dir}: ${describe(project)}, which only end-of-life ${name} lines satisfy; using ${last.line}.`,
        };
    }
    throw new errors/* ConfigurationError */.j1(`${project.dir}: ${describe(project)}, which no known ${name} release line satisfies on ${ctx.today} (supported: ${lineNames(supported)}). ` +
        `Fix the range, or give an explicit versions list.`);
}
function minMax(lines) {
    if (lines.length <= 1)
        return lines;
    return [lines[0], lines[lines.length - 1]];
}

;// CONCATENATED MODULE: ./packages/matrix/src/expand.ts
/**
 * GitHub Actions matrix semantics, as documented in "Running variations of jobs in a workflow":
 *
 * 1. The cartesian product of the matrix keys, the first key varying slowest.
 * 2. `exclude` removes every combination that an entry matches; a partial match is enough.
 * 3. Each `include` entry, in order, is merged into every ORIGINAL combination (after exclude)
 *    where it overwrites none of the original matrix values; values added by an earlier include
 *    may be overwritten. If it can be merged into none, it becomes a new combination. New
 *    combinations are never merged into by later entries.
 * 4. With no matrix keys at all, every include entry is its own combination.
 */

function deepEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object')
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a)) {
        const bb = b;
        return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
    }
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    const ra = a;
    const rb = b;
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(rb, k) && deepEqual(ra[k], rb[k]));
}
/**
 * Equality for the engine's own matrix, whose versions are strings: a scalar written as a
 * number in YAML (`version: 22`) equals the string "22". Objects and arrays compare deeply.
 */
function looseEqual(a, b) {
    const scalar = (x) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
    if (scalar(a) && scalar(b))
        return String(a) === String(b);
    return deepEqual(a, b);
}
function cartesian(dimensions) {
    let out = [{}];
    for (const [key, values] of dimensions) {
        const next = [];
        for (const combo of out)
            for (const v of values)
                next.push({ ...combo, [key]: v });
        out = next;
    }
    return out;
}
/**
 * Applies exclude then include to `original` combinations whose matrix keys are `keys`.
 * Used both for a plain GitHub matrix and for the engine's own (not cartesian) base matrix.
 */
function applyExcludeInclude(original, keys, exclude = [], include = [], equals = deepEqual) {
    const keySet = new Set(keys);
    for (const ex of exclude) {
        for (const k of Object.keys(ex)) {
            if (!keySet.has(k)) {
                throw new errors/* ConfigurationError */.j1(`The exclude entry ${JSON.stringify(ex)} uses the key '${k}', which is not a matrix key (${keys.join(', ') || 'none'}).`);
            }
        }
    }
    const kept = original.filter((combo) => !exclude.some((ex) => Object.keys(ex).every((k) => equals(combo[k], ex[k]))));
    // Keep track of which values in each kept combination are original (not added by include).
    const merged = kept.map((c) => ({ ...c }));
    const added = [];
    for (const inc of include) {
        let matched = false;
        for (let i = 0; i < kept.length; i++) {
            const orig = kept[i];
            const overwrites = Object.keys(inc).some((k) => keySet.has(k) && Object.hasOwn(orig, k) && !equals(orig[k], inc[k]));
            if (!overwrites) {
                Object.assign(merged[i], inc);
                matched = true;
            }
        }
        if (!matched)
            added.push({ ...inc });
    }
    return [...merged, ...added];
}
/** Expands a matrix written the way a workflow writes `strategy.matrix`. */
function expandGitHubMatrix(spec) {
    const dimensions = [];
    for (const [key, value] of Object.entries(spec)) {
        if (key === 'include' || key === 'exclude')
            continue;
        if (!Array.isArray(value))
            throw new ConfigurationError(`Matrix key '${key}' must be a list of values.`);
        if (value.length === 0)
            throw new ConfigurationError(`Matrix key '${key}' has no values.`);
        dimensions.push([key, value]);
    }
    const original = dimensions.length === 0 ? [] : cartesian(dimensions);
    return applyExcludeInclude(original, dimensions.map(([k]) => k), spec.exclude ?? [], spec.include ?? []);
}
// ------------------------------------------------------------------ input parsing
function checkEntries(input, raw, value) {
    const list = Array.isArray(value) ? value : [value];
    for (const e of list) {
        if (e === null || typeof e !== 'object' || Array.isArray(e)) {
            throw new errors/* InputError */.dz(input, raw, 'a list of objects (JSON, YAML, or one key=value,key=value entry per line)');
        }
    }
    return list;
}
/**
 * Parses an `include` / `exclude` input written as JSON, YAML, or one entry per line
 * (`os=windows-latest, version=22`). YAML numbers keep the text they were written with when
 * reading them as a number would change it (`3.10` stays "3.10", not 3.1).
 */
async function parseEntries(input, raw) {
    const text = raw.trim();
    if (text === '')
        return [];
    if (text.startsWith('[') || text.startsWith('{')) {
        try {
            return checkEntries(input, raw, JSON.parse(text));
        }
        catch (e) {
            if (e instanceof errors/* InputError */.dz)
                throw e;
            // Flow-style YAML ({os: linux}) is not JSON: fall through to YAML.
        }
    }
    let yamlValue;
    // The YAML library is most of the matrix bundle: loaded only for an entry list that is not JSON.
    const { parseDocument, isScalar, visit } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    try {
        const doc = parseDocument(text);
        if (doc.errors.length === 0) {
            visit(doc, {
                Scalar(_key, node) {
                    if (isScalar(node) &&
                        typeof node.value === 'number' &&
                        node.source !== undefined &&
                        String(node.value) !== node.source) {
                        node.value = node.source;
                    }
                },
            });
            yamlValue = doc.toJS();
        }
    }
    catch {
        yamlValue = undefined;
    }
    if (yamlValue !== null && typeof yamlValue === 'object')
        return checkEntries(input, raw, yamlValue);
    // One entry per line: key=value pairs separated by commas or spaces.
    const entries = [];
    for (const line of text.split(/\r?\n/)) {
        const l = line.trim();
        if (l === '' || l.startsWith('#'))
            continue;
        const entry = {};
        for (const pair of l.split(/[,\s]+/).filter(Boolean)) {
            const m = /^([^=]+)=(.*)$/.exec(pair);
            if (!m)
                throw new errors/* InputError */.dz(input, raw, `JSON, YAML, or one entry per line written key=value,key=value; cannot read '${pair}'`);
            entry[m[1].trim()] = scalar(m[2].trim());
        }
        entries.push(entry);
    }
    return entries;
}
function scalar(s) {
    if (s === 'true')
        return true;
    if (s === 'false')
        return false;
    return s;
}

// EXTERNAL MODULE: ./packages/kit/src/junit.ts
var junit = __webpack_require__(3864);
;// CONCATENATED MODULE: ./packages/matrix/src/shard.ts
/**
 * Test shards balanced by time: longest processing time first (LPT).
 *
 * Units (test files, or Go packages) are sorted by estimated seconds, longest first, ties by
 * path; each goes to the shard with the least load so far, ties to the lowest index. Each shard
 * starts with its bias (seconds of fixed cost: setup, a slower runner), so the plan balances
 * what the shards really spend. Units with no timing (new tests) are grouped on a few shards
 * with a reserve when the timings allow it (see groupUntimed), else spread at the median of the
 * timed ones (1 s if none is timed). The same inputs always give the same plan.
 */

function median(values) {
    if (values.length === 0)
        return 0;
    const s = [...values].sort((a, b) => a - b);
    const mid = s.length >> 1;
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
function planShards(units, total, options = {}) {
    if (!Number.isInteger(total) || total < 1)
        throw new errors/* InputError */.dz('shards', String(total), 'a whole number of at least 1, or auto');
    const isTimed = (u) => u.seconds !== undefined && Number.isFinite(u.seconds);
    const timedValues = units.filter(isTimed).map((u) => u.seconds);
    const untimed = units.filter((u) => !isTimed(u)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const untimedPaths = new Set(untimed.map((u) => u.path));
    const bias = options.bias ?? 0;
    const biasOf = (i) => (Array.isArray(bias) ? (bias[i] ?? 0) : bias);
    const loads = new Float64Array(total); // what LPT compares (reserves included)
    const estimate = new Float64Array(total); // what the plan reports
    for (let i = 0; i < total; i++)
        loads[i] = estimate[i] = biasOf(i);
    const files = Array.from({ length: total }, () => []);
    const group = groupUntimed(timedValues, untimed.length, total);
    let defaultSeconds;
    let weighted;
    if (group) {
        // The untimed units go to the `group.shards` least-biased shards, dealt in path order; each
        // of those starts with their expected seconds plus one standard deviation of their sum.
        defaultSeconds = group.mean;
        const order = Array.from({ length: total }, (_, i) => i).sort((x, y) => biasOf(x) - biasOf(y) || x - y);
        const count = new Array(total).fill(0);
        untimed.forEach((u, k) => {
            const i = order[k % group.shards];
            files[i].push(u.path);
            count[i]++;
        });
        for (let i = 0; i < total; i++) {
            if (count[i] === 0)
                continue;
            estimate[i] += count[i] * group.mean;
            loads[i] += count[i] * group.mean + Math.sqrt(count[i] * group.variance);
        }
        weighted = units.filter(isTimed).map((u) => ({ path: u.path, w: u.seconds }));
    }
    else {
        defaultSeconds = timedValues.length > 0 ? median(timedValues) : 1;
        weighted = units.map((u) => ({ path: u.path, w: isTimed(u) ? u.seconds : defaultSeconds }));
    }
    weighted.sort((a, b) => b.w - a.w || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (let k = 0; k < weighted.length; k++) {
        const { path, w } = weighted[k];
        let best = 0;
        let min = loads[0];
        for (let i = 1; i < total; i++) {
            if (loads[i] < min) {
                min = loads[i];
                best = i;
            }
        }
        loads[best] = min + w;
        estimate[best] += w;
        files[best].push(path);
    }
    return {
        total,
        shards: files.map((f, i) => ({ index: i + 1, files: f.sort(), seconds: round(estimate[i]) })),
        timed: timedValues.length,
        untimed: untimed.length,
        defaultSeconds: round(defaultSeconds),
        untimedShards: group ? group.shards : files.filter((f) => f.some((p) => untimedPaths.has(p))).length,
        totalSeconds: round(timedValues.reduce((s, w) => s + w, 0) + untimed.length * defaultSeconds),
    };
}
/**
 * Where the untimed units go. Spread over every shard, each is a gamble on every shard, and the
 * slowest of N gambles is far above the average: with 10% new files on 16 shards that alone
 * costs about a quarter of the ideal time (tests/bench/matrix-bench.mjs). So when the timed
 * units show what a unit costs (two or more) and the untimed ones' expected total fills at most
 * half the shards, they are grouped on as few shards as that total needs (at least two), weighted at the mean
 * of the timed units (their expected sum), and those shards keep one standard deviation of it in
 * reserve. Otherwise (mostly untimed, no timings): spread, at the median weight.
 */
function groupUntimed(timed, untimed, total) {
    if (untimed === 0 || timed.length < 2 || total < 2)
        return undefined;
    const mean = timed.reduce((s, w) => s + w, 0) / timed.length;
    const variance = timed.reduce((s, w) => s + (w - mean) ** 2, 0) / timed.length;
    const expected = untimed * mean;
    const perShard = (timed.reduce((s, w) => s + w, 0) + expected) / total;
    if (!(perShard > 0))
        return undefined;
    // At least two: one shard holding every new file is too easily the slowest (its worst cases in
    // the bench were the worst of all).
    const shards = Math.max(2, Math.ceil(expected / perShard - 1e-9));
    return shards <= total / 2 ? { shards, mean, variance } : undefined;
}
function round(n) {
    return Math.round(n * 1000) / 1000;
}
/** `shards: auto`: enough shards that each takes about `targetMinutes`, within [1, min(units, max)]. */
function autoShardCount(totalSeconds, units, targetMinutes, max = 32) {
    if (!(targetMinutes > 0))
        throw new errors/* InputError */.dz('target-minutes', String(targetMinutes), 'a positive number of minutes');
    const n = Math.ceil(totalSeconds / (targetMinutes * 60));
    return Math.max(1, Math.min(n, units, max));
}
/** What `jest --shard` does: sort paths, then give each shard a contiguous block of equal count. For comparison. */
function splitByCount(paths, total) {
    const sorted = [...paths].sort();
    const out = [];
    const size = Math.ceil(sorted.length / total);
    for (let i = 0; i < total; i++)
        out.push(sorted.slice(i * size, (i + 1) * size));
    return out;
}

;// CONCATENATED MODULE: ./packages/matrix/src/timing-history.ts
/**
 * Timing history for shard planning: per test unit (file, dotted Python class, Go package), the
 * seconds of the last N runs, so the planner weighs each unit by the median of its samples rather
 * than by one noisy run. Stored as one JSON file in the timing cache; `updateTimingHistory` is the
 * one pure step of a save: previous history + this run's timing files \u2192 the new history.
 *
 * Tricky rule: one run's records are summed per unit before they become one sample (a file's
 * test cases, or a unit split over several shard reports), and a unit not seen for `keep` runs
 * is dropped (a deleted test file must not weigh on plans forever).
 */


const HISTORY_FORMAT = 'quality-timing-history';
const timing_history_DEFAULT_KEEP = 10;
/** A history holds at most this many units (a runaway report cannot grow the cache without bound). */
const MAX_UNITS = 200_000;
const keyOf = (r) => r.path !== undefined ? `p:${r.path}` : r.classname !== undefined ? `c:${r.classname}` : `g:${r.goPackage ?? ''}`;
/** The history with one more run: `records` are all the timing records of that run. */
function timing_history_mergeTimingHistory(previous, records, keep = previous?.keep ?? timing_history_DEFAULT_KEEP) {
    const k = Math.max(1, Math.min(100, Math.floor(keep)));
    const runs = (previous?.runs ?? 0) + 1;
    const sums = new Map();
    for (const r of records) {
        if (!Number.isFinite(r.seconds) || r.seconds < 0)
            continue;
        const key = keyOf(r);
        const cur = sums.get(key);
        if (cur)
            cur.seconds += r.seconds;
        else
            sums.set(key, { rec: r, seconds: r.seconds });
    }
    const entries = [];
    for (const e of previous?.entries ?? []) {
        const key = keyOf(e);
        const now = sums.get(key);
        if (now) {
            sums.delete(key);
            entries.push({ ...unitOf(e), samples: [...e.samples, timing_history_round(now.seconds)].slice(-k), lastRun: runs });
        }
        else if (runs - e.lastRun < k)
            entries.push({ ...e, samples: e.samples.slice(-k) });
    }
    for (const { rec, seconds } of sums.values())
        entries.push({ ...unitOf(rec), samples: [timing_history_round(seconds)], lastRun: runs });
    return { format: HISTORY_FORMAT, version: 1, keep: k, runs, entries: entries.slice(0, MAX_UNITS) };
}
const timing_history_round = (s) => Math.round(s * 1000) / 1000;
function unitOf(r) {
    return r.path !== undefined
        ? { path: r.path }
        : r.classname !== undefined
            ? { classname: r.classname }
            : { goPackage: r.goPackage ?? '' };
}
/** One record per unit, weighted by the median of its samples: what the planner reads. */
function historyRecords(h) {
    return h.entries.filter((e) => e.samples.length > 0).map((e) => ({ ...unitOf(e), seconds: median(e.samples) }));
}
function timing_history_isTimingHistory(text) {
    return /^\s*\{\s*"format"\s*:\s*"quality-timing-history"/.test(text.slice(0, 200));
}
function timing_history_parseTimingHistory(text, file) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* FileFormatError */.sY(file, undefined, `is not valid JSON (${e.message}).`);
    }
    const h = v;
    if (!h || h.format !== HISTORY_FORMAT || h.version !== 1 || !Array.isArray(h.entries)) {
        throw new errors/* FileFormatError */.sY(file, undefined, 'is not a timing history (format quality-timing-history, version 1).');
    }
    const num = (x) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
    const entries = [];
    for (const e of h.entries.slice(0, MAX_UNITS)) {
        if (!e || !Array.isArray(e.samples))
            continue;
        const unit = typeof e.path === 'string'
            ? { path: e.path }
            : typeof e.classname === 'string'
                ? { classname: e.classname }
                : typeof e.goPackage === 'string'
                    ? { goPackage: e.goPackage }
                    : undefined;
        if (!unit)
            continue;
        entries.push({ ...unit, samples: e.samples.filter(num).slice(-100), lastRun: num(e.lastRun) ? e.lastRun : 0 });
    }
    const keep = num(h.keep) && h.keep >= 1 ? Math.min(100, Math.floor(h.keep)) : timing_history_DEFAULT_KEEP;
    const runs = num(h.runs) ? Math.floor(h.runs) : 0;
    return { format: HISTORY_FORMAT, version: 1, keep, runs, entries };
}
function timing_history_serializeTimingHistory(h) {
    return `${JSON.stringify(h)}\n`;
}

;// CONCATENATED MODULE: ./packages/matrix/src/timing.ts
/**
 * Test timings from earlier runs, in the formats CI already produces:
 *
 * - JUnit XML (jest-junit, pytest `--junitxml`, go-junit-report, ...). A `file` attribute on
 *   `<testcase>` or `<testsuite>` is used when present; pytest's xunit2 family omits it, so the
 *   dotted `classname` (`tests.test_api.TestX`) is kept and matched to a file later.
 * - `go test -json` output: the package-level pass/fail events carry the package's elapsed time.
 * - pytest-split's `.test_durations`: a JSON object `{ "tests/test_a.py::test_x": 0.12 }` (also what
 *   actions/test writes: `{ "path/to/file": seconds }`).
 * - A timing history (timing-history.ts): each unit at the median of its last runs.
 *
 * Every record says where its time belongs; matching records to the files of a project is
 * done by `matchTimings`.
 */



/** JUnit XML through kit's shared streaming reader: linear time, typed errors only. */
function parseJUnit(text, file) {
    const out = [];
    (0,junit/* readJUnit */.dN)(text, file, {
        testcase(c) {
            const inner = c.suites[c.suites.length - 1];
            const path = c.file ?? (inner !== undefined && /\.[a-z]+$/i.test(inner) && /[/\\]/.test(inner) ? inner : undefined);
            if (path)
                out.push({ path, seconds: c.seconds });
            else if (c.classname)
                out.push({ classname: c.classname, seconds: c.seconds });
        },
        // A suite with a file but no test cases still says how long the file took.
        suite(s) {
            if (s.cases === 0 && s.file)
                out.push({ path: s.file, seconds: s.seconds });
        },
    });
    return out;
}
function parseGoTestJson(text, file) {
    const out = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (!line.startsWith('{'))
            continue;
        let ev;
        try {
            ev = JSON.parse(line);
        }
        catch {
            throw new errors/* FileFormatError */.sY(file, i + 1, 'is not a line of `go test -json` output.');
        }
        if (ev.Test === undefined &&
            ev.Package &&
            (ev.Action === 'pass' || ev.Action === 'fail') &&
            typeof ev.Elapsed === 'number') {
            out.push({ goPackage: ev.Package, seconds: ev.Elapsed });
        }
    }
    return out;
}
function parseTestDurations(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* FileFormatError */.sY(file, undefined, `is not valid JSON (${e.message}).`);
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
        throw new errors/* FileFormatError */.sY(file, undefined, 'is not a pytest-split durations file: expected an object of test id to seconds.');
    }
    const out = [];
    for (const [id, s] of Object.entries(data)) {
        if (typeof s !== 'number')
            continue;
        out.push({ path: id.split('::')[0], seconds: s });
    }
    return out;
}
/** Reads any supported timing file, recognised by its content. */
function parseTimingFile(text, file) {
    const t = text.trimStart();
    if (timing_history_isTimingHistory(t))
        return historyRecords(timing_history_parseTimingHistory(t, file));
    if (t.startsWith('<'))
        return parseJUnit(t, file);
    if (t.startsWith('{') && /"Action"\s*:/.test(t.slice(0, 400)) && /\n\s*\{/.test(t))
        return parseGoTestJson(t, file);
    if (t.startsWith('{')) {
        const firstLine = t.split('\n', 1)[0];
        if (/"Action"\s*:/.test(firstLine))
            return parseGoTestJson(t, file);
        return parseTestDurations(t, file);
    }
    if (t === '')
        return [];
    throw new errors/* FileFormatError */.sY(file, 1, 'is not a timing file this action reads.', 'Give JUnit XML, `go test -json` output, or a pytest-split .test_durations file.');
}
function normalise(p) {
    let out = p.includes('\\') ? p.replace(/\\/g, '/') : p;
    if (out.startsWith('./'))
        out = out.slice(2);
    return out.includes('//') ? out.replace(/\/{2,}/g, '/') : out;
}
/** `a` equals `b`, or ends with `/` + `b`. */
function endsWithPath(a, b) {
    if (a.length === b.length)
        return a === b;
    return a.length > b.length && a.charCodeAt(a.length - b.length - 1) === 47 && a.endsWith(b);
}
/**
 * Attributes timing records to the test units of one project.
 *
 * `units` are project-relative paths (`src/a.test.ts`, `tests/test_a.py`, Go: `./pkg/x`);
 * `projectDir` is the project's directory relative to the repository root; `goModule` the
 * module path from go.mod. A report path matches a unit when one is a '/'-boundary suffix of
 * the other (reports may hold absolute, repository-relative or project-relative paths).
 */
function matchTimings(records, units, projectDir, goModule) {
    const byBase = new Map();
    for (const u of units) {
        // Go's root package `.` is the project directory itself (actions/test times it under that path).
        const rel = u === '.' ? '' : u.startsWith('./') ? u.slice(2) : u;
        const full = rel === '' ? projectDir : projectDir === '.' ? rel : `${projectDir}/${rel}`;
        const base = full.slice(full.lastIndexOf('/') + 1);
        const list = byBase.get(base);
        const entry = { unit: u, rel, full };
        if (list)
            list.push(entry);
        else
            byBase.set(base, [entry]);
    }
    const seconds = new Map();
    let unmatched = 0;
    const add = (u, s) => seconds.set(u, (seconds.get(u) ?? 0) + s);
    const findPath = (raw) => {
        const p = normalise(raw);
        const base = p.slice(p.lastIndexOf('/') + 1);
        const list = byBase.get(base);
        if (list === undefined)
            return undefined;
        let best;
        let bestLen = -1;
        for (const u of list) {
            // The report path ends with the repository-relative path or the project-relative one,
            // or is itself a tail of the repository-relative path. The longest match wins.
            for (const cand of u.full === u.rel || u.rel === '' ? [u.full] : [u.full, u.rel]) {
                if ((endsWithPath(p, cand) || endsWithPath(cand, p)) && cand.length > bestLen) {
                    best = u.unit;
                    bestLen = cand.length;
                }
            }
        }
        return best;
    };
    for (const r of records) {
        let unit;
        if (r.path !== undefined)
            unit = findPath(r.path);
        else if (r.classname !== undefined) {
            const parts = r.classname.split('.');
            for (let n = parts.length; n >= 1 && !unit; n--)
                unit = findPath(`${parts.slice(0, n).join('/')}.py`);
        }
        else if (r.goPackage !== undefined && goModule !== undefined) {
            const pkg = r.goPackage === goModule
                ? '.'
                : r.goPackage.startsWith(`${goModule}/`)
                    ? `./${r.goPackage.slice(goModule.length + 1)}`
                    : undefined;
            if (pkg !== undefined && units.includes(pkg))
                unit = pkg;
        }
        if (unit !== undefined)
            add(unit, r.seconds);
        else
            unmatched++;
    }
    return { seconds, unmatched };
}
/**
 * The save step of the timing cache, pure: the previous history (its text, undefined on the first
 * save or when it cannot be read) plus this run's timing files gives the new history's text.
 * Files that cannot be read are skipped with a warning; a history from an earlier run given as a
 * timing file is not a sample of this run and is skipped too.
 */
function timing_updateTimingHistory(previous, files, opts = {}) {
    let prev;
    if (previous !== undefined) {
        try {
            prev = parseTimingHistory(previous, 'timing history');
        }
        catch (e) {
            opts.warnings?.push(`The stored timing history could not be read (${e.message}); starting a new one.`);
        }
    }
    const records = [];
    for (const f of files) {
        if (isTimingHistory(f.text)) {
            opts.warnings?.push(`${f.name} is a timing history, not this run's timings: skipped.`);
            continue;
        }
        try {
            records.push(...parseTimingFile(f.text, f.name));
        }
        catch (e) {
            opts.warnings?.push(`${e.message} Skipped.`);
        }
    }
    return serializeTimingHistory(mergeTimingHistory(prev, records, opts.keep ?? prev?.keep ?? DEFAULT_KEEP));
}

;// CONCATENATED MODULE: ./packages/matrix/src/tests.ts
/**
 * The test units of a project: test files for Node.js and Python, packages for Go (`./pkg`),
 * found by each ecosystem's naming convention or by the caller's globs. Files of nested
 * projects belong to those projects, not to this one.
 *
 * Tricky rule: Go's units are the packages `go test ./...` tests, by go's own rules (`go help
 * packages`), not the folders other languages skip: a `build` or `env` package has tests to run,
 * while `_x`, `.x`, `testdata`, `vendor` and a nested module are not part of `./...`.
 */


const DEFAULT_PATTERNS = {
    node: /(?:^|\/)(?:[^/]+\.(?:test|spec)\.[cm]?[jt]sx?|__tests__\/(?:.+\/)?[^/]+\.[cm]?[jt]sx?)$/,
    python: /(?:^|\/)(?:test_[^/]*|[^/]*_test)\.py$/,
    go: /_test\.go$/,
};
/** Names the go command ignores, folders and files alike. */
const GO_IGNORED = /^[._]/;
function discoverTests(reader, projectDir, language, options = {}) {
    const custom = options.patterns?.map(globToRegExp);
    const matches = (rel) => (custom ? custom.some((r) => r.test(rel)) : DEFAULT_PATTERNS[language].test(rel));
    const others = new Set((options.otherProjects ?? []).filter((d) => d !== projectDir));
    const out = new Set();
    const skipped = language === 'go'
        ? (name, path) => GO_IGNORED.test(name) ||
            name === 'testdata' ||
            name === 'vendor' ||
            reader.read(joinPath(path, 'go.mod')) !== undefined
        : (name) => name.startsWith('.') || SKIPPED_DIRS.has(name);
    const walk = (dir, rel) => {
        for (const e of reader.list(dir)) {
            const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
            const child = joinPath(dir, e.name);
            if (e.dir) {
                if (skipped(e.name, child) || others.has(child))
                    continue;
                walk(child, childRel);
            }
            else if (!(language === 'go' && GO_IGNORED.test(e.name)) && matches(childRel)) {
                out.add(language === 'go' ? (rel === '' ? '.' : `./${rel}`) : childRel);
            }
        }
    };
    walk(projectDir, '');
    return [...out].sort();
}
/** The `module` path of a go.mod, if any. */
function goModulePath(reader, projectDir) {
    const text = reader.read(joinPath(projectDir, 'go.mod'));
    return text ? /^module\s+(\S+)/m.exec(text)?.[1]?.replace(/^"(.*)"$/, '$1') : undefined;
}

// EXTERNAL MODULE: ./packages/kit/src/git.ts + 1 modules
var git = __webpack_require__(3137);
;// CONCATENATED MODULE: ./packages/matrix/src/git.ts
/**
 * What the matrix needs from git beyond the shared layer (`@quality/kit/git`: argument arrays,
 * ref validation, merge-base, deepening shallow clones): the paths a change touches.
 */


/**
 * Files changed between `from` and `to` (both sides of a rename count: a move out of a
 * project changes that project too). No limit on the number of files.
 */
async function changedPaths(cwd, from, to) {
    const { stdout } = await (0,git/* runGit */.EO)(cwd, [
        'diff',
        '--name-status',
        '-z',
        '-M',
        '--no-ext-diff',
        '--ignore-submodules=all',
        '--end-of-options',
        from,
        to,
    ]);
    const parts = stdout.toString('utf8').split('\0');
    const out = new Set();
    for (let i = 0; i < parts.length;) {
        const status = parts[i++];
        if (status === '')
            continue;
        if (status[0] === 'R' || status[0] === 'C') {
            out.add(parts[i++]);
            out.add(parts[i++]);
        }
        else
            out.add(parts[i++]);
    }
    return [...out].sort();
}

;// CONCATENATED MODULE: ./packages/matrix/src/changed.ts
/**
 * `changed-only`: the projects whose files changed since the merge base with the pull
 * request's base (or the push's `before`), computed with real git.
 */


/** Root files whose change selects every project. */
const DEFAULT_ALWAYS = [
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'pnpm-workspace.yaml',
    'bun.lock',
    'bun.lockb',
    'uv.lock',
    'poetry.lock',
    'go.work',
    'go.work.sum',
    '.nvmrc',
    '.node-version',
    '.python-version',
    '.tool-versions',
    '.github/workflows/**',
];
async function changedFiles(options) {
    const head = options.head ?? 'HEAD';
    const base = options.base || options.before;
    if (!base)
        return { all: true, reason: 'no base commit to compare with (not a pull request or push)', files: [] };
    if ((0,git/* isNullSha */.AA)(base))
        return { all: true, reason: 'a new branch: its push has no previous commit', files: [] };
    const mb = await (0,git/* ensureHistory */.J0)(options.cwd, base, {
        head,
        allowFetch: options.allowFetch ?? true,
        ...(options.remote ? { remote: options.remote } : {}),
    });
    const files = await changedPaths(options.cwd, mb, head);
    return {
        all: false,
        reason: `changes since ${mb.slice(0, 12)} (merge base of ${base} and ${head})`,
        files,
        mergeBase: mb,
    };
}
/**
 * The projects owning a changed file: the deepest project directory containing it (all
 * languages of that directory). A change to an `always` file selects every project.
 */
function selectChanged(projects, changes, always = DEFAULT_ALWAYS) {
    if (changes.all)
        return { projects, allReason: changes.reason, files: new Map() };
    const alwaysRes = always.map((g) => globToRegExp(g.replace(/^\.\//, '')));
    for (const f of changes.files) {
        if (alwaysRes.some((r) => r.test(f)))
            return { projects, allReason: `${f} changed, and it is listed in always`, files: new Map() };
    }
    const dirs = [...new Set(projects.map((p) => p.dir))].sort((a, b) => b.length - a.length);
    const files = new Map();
    for (const f of changes.files) {
        const owner = dirs.find((d) => d === '.' || f === d || f.startsWith(`${d}/`));
        if (owner === undefined)
            continue;
        const list = files.get(owner);
        if (list)
            list.push(f);
        else
            files.set(owner, [f]);
    }
    return { projects: projects.filter((p) => files.has(p.dir)), files };
}

// EXTERNAL MODULE: ./packages/kit/src/limits.ts
var limits = __webpack_require__(8238);
;// CONCATENATED MODULE: ./packages/matrix/src/build.ts
/**
 * The matrix engine: projects -> versions x os x shards -> GitHub's include/exclude -> named
 * entries, within GitHub's limits. Plain values in, plain values out; files are read through
 * the injected Reader only.
 */










const MAX_COMBINATIONS = 256;
const DEFAULT_PLAN_FILE = 'matrix-plan.json';
/** A path a shell would not read as one plain word: anything beyond letters, digits and `._/@+=,:-`. */
function isShellUnsafe(path) {
    return /[^A-Za-z0-9._/@+=,:-]/.test(path) || path.startsWith('-');
}
function planKey(project) {
    return `${project.language}:${project.dir}`;
}
/** The entry GitHub runs when nothing changed: one job that the test steps skip (`if: ${{ !matrix.skip }}`). */
const NO_CHANGES_ENTRY = { name: 'no changes', skip: true };
function build_scalar(v) {
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}
const NAMED_KEYS = new Set([
    'name',
    'project',
    'language',
    'version',
    'os',
    'shard',
    'shard-total',
    'files',
    'plan',
    'package-manager',
]);
/**
 * The languages of a list input or flag (`node`, `python`, `go`, comma- or blank-separated), or
 * undefined when it names none: every language.
 */
function parseLanguages(input, values) {
    const names = values.flatMap((v) => v.split(/[\s,]+/)).filter(Boolean);
    if (names.length === 0)
        return undefined;
    const known = LANGUAGES;
    const wrong = names.find((n) => !known.includes(n));
    if (wrong !== undefined)
        throw new errors/* InputError */.dz(input, values.join(','), `languages from ${LANGUAGES.join(', ')}, comma-separated (not ${JSON.stringify(wrong)})`);
    return [...new Set(names)];
}
/** A stable, readable name from an entry's values: the same entry always gets the same name. */
function entryName(e) {
    const parts = [];
    if (build_scalar(e['project']) && e['project'] !== '.')
        parts.push(String(e['project']));
    if (build_scalar(e['language']))
        parts.push(build_scalar(e['version']) ? `${e['language']} ${e['version']}` : String(e['language']));
    else if (build_scalar(e['version']))
        parts.push(`version ${e['version']}`);
    if (build_scalar(e['os']))
        parts.push(String(e['os']));
    if (build_scalar(e['shard']) && build_scalar(e['shard-total']))
        parts.push(`shard ${e['shard']}/${e['shard-total']}`);
    for (const k of Object.keys(e).sort()) {
        if (!NAMED_KEYS.has(k) && build_scalar(e[k]))
            parts.push(`${k}=${e[k]}`);
    }
    return parts.join(', ') || 'default';
}
function buildMatrix(options) {
    const data = options.releaseData ?? defaultReleaseData();
    const projects = options.projects ?? detectProjects(options.reader, { ...(options.ignore ? { ignore: options.ignore } : {}) });
    const chosen = options.selected ?? projects;
    const languages = options.languages;
    const selected = languages ? chosen.filter((p) => languages.includes(p.language)) : chosen;
    const policy = options.versions ?? 'file';
    // Release data decides versions only without an explicit list, and only for the languages used.
    const warnings = typeof policy === 'object' ? [] : staleDataWarnings(data, options.today, new Set(selected.map((p) => p.language)));
    const osList = options.os && options.os.length > 0 ? options.os : ['ubuntu-latest'];
    const planFile = options.planFile ?? DEFAULT_PLAN_FILE;
    const plan = { version: 1, projects: {} };
    if (projects.length === 0 && !options.include?.length) {
        throw new errors/* ConfigurationError */.j1('No project found: no package.json, pyproject.toml, setup.cfg, setup.py, requirements*.txt or go.mod in the repository (outside ignored directories).');
    }
    const summaries = [];
    const base = [];
    const allDirs = projects.map((p) => p.dir);
    for (const project of selected) {
        const v = versionsFor(project, policy, { data, today: options.today });
        if (v.warning)
            warnings.push(v.warning);
        const summary = { project, versions: v.versions };
        let shards;
        if (options.shards !== undefined) {
            const units = discoverTests(options.reader, project.dir, project.language, {
                ...(options.testPatterns ? { patterns: options.testPatterns } : {}),
                otherProjects: allDirs,
            });
            summary.tests = units.length;
            const unsafe = units.filter(isShellUnsafe);
            if (unsafe.length > 0) {
                warnings.push(`${project.dir} (${project.language}): ${unsafe.length} test file name(s) hold characters a shell interprets, e.g. ${JSON.stringify(unsafe[0])}. ` +
                    'Pass matrix.files to commands through env: and quoted arguments, never ${{ }} inside run: (see the example workflow in the README).');
            }
            const gomod = project.language === 'go' ? goModulePath(options.reader, project.dir) : undefined;
            const timed = matchTimings(options.timings ?? [], units, project.dir, gomod);
            const weighted = units.map((path) => ({
                path,
                ...(timed.seconds.has(path) ? { seconds: timed.seconds.get(path) } : {}),
            }));
            let n;
            if (options.shards === 'auto') {
                const probe = planShards(weighted, 1);
                n = autoShardCount(probe.totalSeconds, units.length, options.targetMinutes ?? 10, options.maxShards ?? 32);
            }
            else
                n = options.shards;
            if (units.length === 0) {
                warnings.push(`${project.dir} (${project.language}): no test files found to shard; it runs as one entry.`);
                n = 1;
            }
            else if (n > units.length) {
                warnings.push(`${project.dir} (${project.language}): ${n} shards asked for but only ${units.length} test units; using ${units.length}.`);
                n = units.length;
            }
            shards = planShards(weighted, n, options.bias !== undefined ? { bias: options.bias } : {});
            summary.shards = shards;
            plan.projects[planKey(project)] = shards;
        }
        summaries.push(summary);
        for (const version of v.versions) {
            for (const os of osList) {
                const entry = {
                    project: project.dir,
                    language: project.language,
                    'package-manager': project.packageManager,
                    version,
                    os,
                };
                if (!shards)
                    base.push(entry);
                else
                    for (const s of shards.shards)
                        base.push({ ...entry, shard: s.index, 'shard-total': shards.total, files: s.files });
            }
        }
    }
    const keys = [...new Set(base.flatMap((c) => Object.keys(c)))];
    // Nothing selected (changed-only, no change; no project of the languages asked for): include
    // entries must not become jobs on their own.
    const nothingSelected = (options.selected !== undefined || languages !== undefined) && selected.length === 0;
    let entries = nothingSelected
        ? []
        : applyExcludeInclude(base, keys, options.exclude ?? [], options.include ?? [], looseEqual);
    const hasWork = entries.length > 0;
    if (!hasWork)
        entries = [{ ...NO_CHANGES_ENTRY }];
    const max = options.maxCombinations ?? MAX_COMBINATIONS;
    if (entries.length > max) {
        const per = summaries.map((s) => `${s.project.dir} ${s.project.language}: ${s.versions.length} version(s) x ${osList.length} os${s.shards ? ` x ${s.shards.total} shards` : ''}`);
        throw new errors/* ConfigurationError */.j1(`The matrix has ${entries.length} combinations; GitHub runs at most ${max} jobs per matrix (${per.join('; ')}). ` +
            'Use fewer versions (versions: min-max), fewer shards, changed-only: true, or exclude combinations.');
    }
    // Stable names; a duplicate (possible only through include) gets a suffix.
    const seen = new Map();
    entries = entries.map((e) => {
        let name = typeof e['name'] === 'string' && e['name'] !== '' ? e['name'] : entryName(e);
        const count = (seen.get(name) ?? 0) + 1;
        seen.set(name, count);
        if (count > 1)
            name = `${name} #${count}`;
        const { name: _given, ...rest } = e;
        return { name, ...rest };
    });
    const limit = options.maxOutputBytes ?? limits/* LIMITS */.b1.outputBytes;
    let matrix = { include: entries };
    let json = JSON.stringify(matrix);
    let usesPlanFile = false;
    if (Buffer.byteLength(json) > limit && entries.some((e) => Array.isArray(e['files']))) {
        matrix = {
            include: entries.map((e) => {
                if (!Array.isArray(e['files']))
                    return e;
                const { files: _files, ...rest } = e;
                return { ...rest, plan: planFile };
            }),
        };
        json = JSON.stringify(matrix);
        usesPlanFile = true;
        warnings.push(`The file lists would make the matrix output larger than ${limit} bytes; entries name ${planFile} instead (upload it as an artifact).`);
    }
    if (Buffer.byteLength(json) > limit) {
        throw new errors/* ConfigurationError */.j1(`The matrix output is ${Buffer.byteLength(json)} bytes; a step output may be at most ${limit} bytes. Reduce include entries or projects.`);
    }
    // Each warning becomes one job annotation: never the same one twice.
    return { matrix, json, projects, summaries, usesPlanFile, plan, warnings: [...new Set(warnings)], hasWork };
}
/** The files of one shard, from a plan file's content. */
function shardFiles(plan, key, index, total) {
    const keys = Object.keys(plan.projects);
    const k = key !== undefined
        ? keys.includes(key)
            ? key
            : keys.find((x) => x.endsWith(`:${key}`))
        : keys.length === 1
            ? keys[0]
            : undefined;
    if (k === undefined) {
        throw new errors/* ConfigurationError */.j1(key === undefined
            ? `The plan has ${keys.length} projects (${keys.join(', ')}); say which with --project.`
            : `The plan has no project ${JSON.stringify(key)} (it has ${keys.join(', ') || 'none'}).`);
    }
    const p = plan.projects[k];
    if (p.total !== total) {
        throw new errors/* ConfigurationError */.j1(`The plan for ${k} has ${p.total} shards, not ${total}: it was made for another matrix.`);
    }
    const shard = p.shards.find((s) => s.index === index);
    if (!shard)
        throw new errors/* ConfigurationError */.j1(`Shard ${index} is out of range 1..${p.total}.`);
    return shard.files;
}

;// CONCATENATED MODULE: ./packages/matrix/src/run.ts
/**
 * One call for the action and the CLI: detect, select changed projects, read timing files,
 * build the matrix. Everything is passed in; nothing is read from the environment.
 */








function readTimingFiles(paths, root, warnings) {
    const out = [];
    for (const p of paths) {
        const full = (0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.join)(root, p);
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(full, 'utf8');
        }
        catch {
            warnings.push(`Timing file ${p} was not found; tests without timing are planned from the timed ones' weights.`);
            continue;
        }
        try {
            out.push(...parseTimingFile(text, p));
        }
        catch (e) {
            if (e instanceof errors/* FileFormatError */.sY)
                warnings.push(`${e.message} It was skipped.`);
            else
                throw e;
        }
    }
    return out;
}
const outside = (from, to) => {
    const rel = (0,external_node_path_.relative)(from, to);
    return rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel);
};
/** An existing folder, or a ConfigurationError that says it does not exist. */
function existingDir(dir, what) {
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(dir);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${what} ${dir} does not exist.`);
    }
    if (!(0,external_node_fs_.statSync)(real).isDirectory())
        throw new errors/* ConfigurationError */.j1(`${what} ${dir} is not a folder.`);
    return real;
}
/**
 * The folder to scan: `dir` resolved against `workspace`, refused when it leaves the workspace
 * (`../..`, an absolute path elsewhere, or a symbolic link that points out of it).
 */
function resolveWorkingDirectory(workspace, dir, input = 'working-directory') {
    const ws = (0,external_node_path_.resolve)(workspace);
    const full = (0,external_node_path_.resolve)(ws, dir === '' ? '.' : dir);
    const expected = `a folder inside the workspace ${ws} (a path relative to it)`;
    if (outside(ws, full))
        throw new errors/* InputError */.dz(input, dir, expected);
    const real = existingDir(full, `Input '${input}': the folder`);
    if (outside(existingDir(ws, 'The workspace'), real)) {
        throw new errors/* InputError */.dz(input, dir, `${expected}; it is a symbolic link to ${real}, outside the workspace`);
    }
    return full;
}
function rootOf(options) {
    if (options.workspace !== undefined)
        return resolveWorkingDirectory(options.workspace, options.workingDirectory ?? '.');
    if (options.root === undefined)
        throw new Error('runMatrix needs root or workspace: this is a bug.');
    existingDir(options.root, 'The folder');
    return options.root;
}
async function runMatrix(options) {
    const root = rootOf(options);
    const reader = diskReader(root);
    const projects = detectProjects(reader, { ...(options.ignore ? { ignore: options.ignore } : {}) });
    const warnings = [];
    const timings = readTimingFiles(options.timingFiles ?? [], root, warnings);
    let changes;
    let selection;
    if (options.changedOnly) {
        changes = await changedFiles({
            cwd: root,
            ...(options.base ? { base: options.base } : {}),
            ...(options.before ? { before: options.before } : {}),
            ...(options.head ? { head: options.head } : {}),
            allowFetch: options.allowFetch ?? true,
        });
        selection = selectChanged(projects, changes, options.always ?? DEFAULT_ALWAYS);
    }
    const result = buildMatrix({
        ...options,
        reader,
        projects,
        ...(selection ? { selected: selection.projects } : {}),
        timings,
    });
    result.warnings = [...new Set([...warnings, ...result.warnings])];
    return {
        ...result,
        ...(changes ? { changes } : {}),
        ...(selection ? { selection } : {}),
        hasChanges: selection ? selection.projects.length > 0 : true,
    };
}

;// CONCATENATED MODULE: ./packages/matrix/src/render-text.ts
/** `planFile`: where the shard plan was written, when sharding. */
function matrixText(result, planFile) {
    const lines = [];
    lines.push(`Projects (${result.projects.length}):`);
    for (const p of result.projects) {
        const v = p.version
            ? `${p.version.value} (${p.version.file}${p.version.field ? ` ${p.version.field}` : ''})`
            : 'no version pinned';
        lines.push(`  ${p.dir.padEnd(24)} ${p.language.padEnd(7)} ${p.packageManager.padEnd(7)} ${v}`);
    }
    if (result.changes) {
        lines.push('', result.selection?.allReason
            ? `Changed: all projects (${result.selection.allReason})`
            : `Changed: ${result.summaries.length} project(s), ${result.changes.reason}`);
    }
    lines.push('', `Matrix (${result.hasWork ? result.matrix.include.length : 0} job(s)):`);
    for (const e of result.matrix.include) {
        const files = Array.isArray(e['files']) ? ` [${e['files'].length} files]` : '';
        lines.push(`  ${String(e['name'])}${files}`);
    }
    if (planFile !== undefined)
        lines.push('', `Shard plan written to ${planFile}.`);
    for (const w of result.warnings)
        lines.push(`warning: ${w}`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./packages/kit/src/markdown.ts
var markdown = __webpack_require__(9703);
;// CONCATENATED MODULE: ./packages/matrix/src/render-markdown.ts
/** The matrix run as the job summary (Markdown): changes, one row per project, the jobs, warnings. */

function matrixSummary(r) {
    const parts = ['## Job matrix', ''];
    if (r.changes) {
        parts.push(r.selection?.allReason
            ? `All projects: ${md.text(r.selection.allReason)}.`
            : r.hasChanges
                ? `${r.summaries.length} of ${r.projects.length} projects changed (${md.text(r.changes.reason)}).`
                : `No project changed (${md.text(r.changes.reason)}): the matrix is one \`no changes\` entry.`, '');
    }
    parts.push(md.table(['Project', 'Language', 'Package manager', 'Pinned', 'Versions', 'Shards'], r.summaries.map((s) => [
        md.code(s.project.dir),
        s.project.language,
        s.project.packageManager,
        s.project.version
            ? `${md.code(s.project.version.value)} in ${md.code(s.project.version.file)}${s.project.version.field ? ` ${md.code(s.project.version.field)}` : ''}`
            : 'none',
        s.versions.map(md.code).join(', '),
        s.shards
            ? `${s.shards.total} (${s.shards.timed} timed, ${s.shards.untimed} untimed${s.shards.untimed ? ` on ${s.shards.untimedShards}` : ''})`
            : '',
    ])), '', md.details(`${r.hasWork ? r.matrix.include.length : 0} job(s)`, r.matrix.include.map((e) => `- ${md.text(String(e['name']))}`).join('\n')));
    if (r.warnings.length)
        parts.push('', ...r.warnings.map((w) => `> [!WARNING]\n> ${md.text(w)}`));
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./packages/matrix/src/timing-cache.ts
/**
 * Test timings carried from run to run in the Actions cache, over a cache backend given as a value
 * (kit's `createCacheBackend` in the action, a fake in tests). Entries are keyed by workflow and
 * job and restored by prefix, so a run gets the newest timings saved for its job. The one tricky
 * rule: the folder is a constant path relative to the workspace, because the cache versions an
 * entry by its path strings and runners' temp folders differ.
 */




/** Where timing files pass through, relative to the workspace. A dot folder: never a project. */
const TIMINGS_DIR = '.quality-matrix-timings';
/** The key prefix of one workflow's job. */
function timingKeyPrefix(workflow, job) {
    const clean = (s) => s.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80) || 'default';
    return `quality-matrix-timings-${clean(workflow)}-${clean(job)}-`;
}
function filesUnder(dir) {
    if (!existsSync(dir))
        return [];
    const out = [];
    for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory())
            out.push(...filesUnder(p));
        else if (e.isFile())
            out.push(p);
    }
    return out.sort();
}
/** Restore the newest timings of this job; the files restored (none without a cache). */
async function restoreTimingFiles(o) {
    if (!(await o.backend.available())) {
        const message = 'The Actions cache service is not available; planning shards without cached timings.';
        return { files: [], notes: [{ level: 'info', message }] };
    }
    const prefix = timingKeyPrefix(o.workflow, o.job);
    const r = await o.backend.restore([TIMINGS_DIR], `${prefix}${o.runId}`, [prefix], false);
    const note = r.timedOut
        ? { level: 'warning', message: 'Restoring the timing cache timed out; planning shards without it.' }
        : r.value === undefined && r.warnings.length > 0
            ? { level: 'warning', message: `Could not restore the timing cache: ${r.warnings.join(' / ')}` }
            : r.value === undefined
                ? { level: 'info', message: `No timing cache under ${prefix}*; tests get equal (median) weights.` }
                : { level: 'info', message: `Restored timings from ${r.value}.` };
    return { files: filesUnder(resolve(o.workspace, TIMINGS_DIR)), notes: [note] };
}
/** The one file a saved entry holds: the last runs' timings per file (timing-history.ts). */
const HISTORY_FILE = 'timing-history.json';
/**
 * Save this run's timing `files` as the job's timing history: the newest entry saved under the
 * job's prefix is restored first, this run's samples are added to it (the last `keep` runs per
 * file are kept, so the planner can take their median), and the folder is saved under the prefix
 * and `runKey` (unique per run attempt). Whether the run may write is the caller's decision
 * (kit's readEvent).
 */
async function saveTimingFiles(o) {
    const key = `${timingKeyPrefix(o.workflow, o.job)}${o.runKey}`;
    if (!(await o.backend.available())) {
        const message = 'The Actions cache service is not available here; timings not saved.';
        return { saved: false, notes: [{ level: 'warning', message }] };
    }
    const notes = [];
    const dir = resolve(o.workspace, TIMINGS_DIR);
    const prefix = timingKeyPrefix(o.workflow, o.job);
    const previous = await o.backend.restore([TIMINGS_DIR], key, [prefix], false);
    if (previous.timedOut || (previous.value === undefined && previous.warnings.length > 0)) {
        const why = previous.timedOut ? 'timed out' : previous.warnings.join(' / ');
        notes.push({
            level: 'warning',
            message: `The previous timing history could not be restored (${why}); starting a new one.`,
        });
    }
    const historyFile = join(dir, HISTORY_FILE);
    const prevText = previous.value !== undefined && existsSync(historyFile) ? readFileSync(historyFile, 'utf8') : undefined;
    const warnings = [];
    const text = updateTimingHistory(prevText, o.files.map((f) => ({ name: f, text: readFileSync(f, 'utf8') })), { keep: o.keep ?? DEFAULT_KEEP, warnings });
    notes.push(...warnings.map((message) => ({ level: 'warning', message })));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(historyFile, text);
    const r = await o.backend.save([TIMINGS_DIR], key);
    if (r.value === 'saved' || r.value === 'exists') {
        const message = `Saved the timings of ${o.files.length} file(s)${prevText !== undefined ? ' added to the restored history' : ''} under ${key}.`;
        return { saved: true, notes: [...notes, { level: 'info', message }] };
    }
    const why = r.timedOut ? 'timed out' : r.warnings.join(' / ') || 'the cache refused it';
    return {
        saved: false,
        notes: [...notes, { level: 'warning', message: `Timings were not saved under ${key} (${why}).` }],
    };
}

;// CONCATENATED MODULE: ./packages/matrix/src/index.ts





















/***/ })

};
