export const id = 899;
export const ids = [899,555];
export const modules = {

/***/ 2899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  goModuleOf: () => (/* binding */ goModuleOf),
  parseCommandInput: () => (/* binding */ parseCommandInput),
  pathContext: () => (/* binding */ pathContext),
  readOptions: () => (/* binding */ readOptions),
  renderText: () => (/* binding */ renderText),
  splitCommand: () => (/* binding */ splitCommand),
  testCommand: () => (/* binding */ testCommand),
  testReport: () => (/* binding */ testReport),
  timingsJson: () => (/* binding */ timingsJson),
  toJson: () => (/* binding */ toJson),
  verdict: () => (/* binding */ verdict)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/findings.ts
var findings = __webpack_require__(7080);
// EXTERNAL MODULE: ./packages/kit/src/git.ts
var git = __webpack_require__(552);
// EXTERNAL MODULE: ./packages/kit/src/runner.ts + 1 modules
var runner = __webpack_require__(4555);
// EXTERNAL MODULE: ./packages/kit/src/process.ts
var process = __webpack_require__(8537);
;// CONCATENATED MODULE: ./packages/testing/src/paths.ts
/**
 * Paths from reports (absolute, project-relative, Go file names relative to their package) made
 * repository-relative. Pure string work: nothing is read from disk.
 *
 * Tricky rule: a path that lands outside the repository is dropped (undefined), never kept as
 * written: an annotation on `../../etc/passwd` or on another machine's absolute path helps no one.
 */

const slashes = (p) => (p.includes('\\') ? p.replace(/\\/g, '/') : p);
/** Repository-relative, or undefined when the path is not inside the repository. */
function repoPath(p, ctx) {
    if (p === '' || p.includes('\0'))
        return undefined;
    let s = slashes(p);
    if (s.startsWith('file://'))
        s = decodeURIComponent(s.slice(7));
    const root = external_node_path_.posix.normalize(slashes(ctx.root));
    const abs = external_node_path_.posix.isAbsolute(s) ? external_node_path_.posix.normalize(s) : external_node_path_.posix.join(slashes(ctx.projectDir), s);
    const rel = external_node_path_.posix.relative(root, abs);
    if (rel === '' || rel.startsWith('..') || external_node_path_.posix.isAbsolute(rel))
        return undefined;
    return rel;
}
/** A Go package's directory relative to projectDir ('.' for the module itself), when it is in the module. */
function goPackageDir(pkg, goModule) {
    if (goModule === undefined)
        return undefined;
    if (pkg === goModule)
        return '.';
    return pkg.startsWith(`${goModule}/`) ? pkg.slice(goModule.length + 1) : undefined;
}
/**
 * `repoPath` with a bounded cache: a report names the same few files for thousands of test cases,
 * and path normalisation is most of the cost of reading one.
 */
function cachedRepoPath(ctx) {
    const cache = new Map();
    return (p) => {
        if (cache.has(p))
            return cache.get(p);
        const v = repoPath(p, ctx);
        if (cache.size >= 10_000)
            cache.clear();
        cache.set(p, v);
        return v;
    };
}

;// CONCATENATED MODULE: ./packages/testing/src/location.ts
const V8 = /^\s*at (?:.*? \()?((?:[A-Za-z]:)?[^\s()]+?):(\d+):\d+\)?\s*$/;
const VITEST = /^\s*❯\s+(?:\S+\s+)?([^\s:]+):(\d+):\d+\s*$/;
const PYTEST_ENTRY = /^([^\s:][^:]*\.py):(\d+): /;
const PY_TRACEBACK = /^\s*File "([^"]+)", line (\d+)/;
const GO = /^\s+([\w.\-]+\.go):(\d+): /;
const JAVA = /^\s*at [\w$.<>/]+\(([\w$.\-]+\.(?:java|kt|scala|groovy)):(\d+)\)\s*$/;
const PATTERNS = [V8, VITEST, PYTEST_ENTRY, PY_TRACEBACK, GO, JAVA];
/** Dependencies and the runtime: never where the user's test failed. */
const LIBRARY = /(^|\/)(node_modules|site-packages|dist-packages)\/|^node:|^internal\/|^<|\/usr\/lib\/python|\/lib\/python\d/;
/** Lines longer than this are not frames (and are not searched). */
const MAX_LINE = 2000;
function framesOf(text) {
    const out = [];
    for (const raw of text.split('\n')) {
        if (raw.length > MAX_LINE)
            continue;
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        for (const re of PATTERNS) {
            const m = re.exec(line);
            if (m === null)
                continue;
            const n = Number(m[2]);
            if (Number.isSafeInteger(n) && n > 0)
                out.push({ file: m[1].replace(/\\/g, '/'), line: n });
            break;
        }
    }
    return out;
}
/** `a` and `b` name the same file: equal, or one ends with '/' + the other. */
function samePath(a, b) {
    if (a === b)
        return true;
    const [long, short] = a.length > b.length ? [a, b] : [b, a];
    return long.endsWith(short) && long.charCodeAt(long.length - short.length - 1) === 47;
}
/**
 * The frame to annotate: the first in `testFile` (a path as the report wrote it, or a repository
 * path: matched by '/'-suffix), else the first outside libraries, else none.
 */
function pickFrame(frames, testFile) {
    if (testFile !== undefined) {
        const f = frames.find((fr) => samePath(fr.file, testFile));
        if (f)
            return f;
    }
    return frames.find((fr) => !LIBRARY.test(fr.file));
}

// EXTERNAL MODULE: ./packages/kit/src/junit.ts
var junit = __webpack_require__(3864);
;// CONCATENATED MODULE: ./packages/testing/src/junit.ts
/**
 * JUnit XML from any common producer turned into TestResults, through kit's streaming reader.
 * The producer (pytest, jest-junit, vitest, gotestsum/go-junit-report, Surefire) is recognised
 * from the report's head; it decides the test's name, its file and how a location is read.
 *
 * Tricky rule: pytest xunit1's `line` is 0-based and is the test's `def`, so it is only the
 * fallback: the traceback's entry in the test's file (the failing assertion) comes first.
 */



/** The producer, from the first bytes of a report. */
function sniffProducer(head) {
    if (/<testsuites[^>]*\bname="jest tests"/.test(head))
        return 'jest';
    if (/<testsuites[^>]*\bname="vitest tests"/.test(head))
        return 'vitest';
    if (/<testsuite\b[^>]*\bname="pytest"/.test(head))
        return 'pytest';
    if (/name="go\.version"/.test(head))
        return 'go';
    if (/surefire|name="java\.(version|vendor|home)"/.test(head))
        return 'surefire';
    return 'junit';
}
/** xunit2 has no file: `tests.test_api.TestX` → `tests/test_api.py` (modules are the parts before a class). */
function pythonFile(classname) {
    const parts = classname.split('.');
    const mods = [];
    for (const p of parts) {
        if (/^[A-Z]/.test(p) && mods.length > 0)
            break;
        mods.push(p);
    }
    return `${mods.join('/')}.py`;
}
function pytestName(c, file) {
    const cls = c.classname ?? '';
    if (file === undefined)
        return cls ? `${cls}::${c.name}` : c.name;
    const mod = file.replace(/\.py$/, '').replace(/\//g, '.');
    // classname = module path (relative to rootdir, maybe with a package prefix) + class names.
    const at = cls.lastIndexOf(mod.slice(mod.lastIndexOf('.') + 1));
    const rest = at === -1 ? '' : cls.slice(at + mod.slice(mod.lastIndexOf('.') + 1).length).replace(/^\./, '');
    return [file, ...(rest ? rest.split('.') : []), c.name].join('::');
}
/** The failures and errors the root `<testsuites>` element declares, when it does. */
function declaredProblems(head) {
    const root = /<testsuites\b[^>]*>/.exec(head)?.[0];
    if (root === undefined)
        return undefined;
    const n = (attr) => {
        const m = new RegExp(`\\s${attr}="(\\d{1,9})"`).exec(root);
        return m ? Number(m[1]) : 0;
    };
    return n('failures') + n('errors');
}
/**
 * A streaming JUnit reader that yields TestResults. `head` is the report's first bytes (for the
 * producer). When the root declares more failures and errors than its test cases show (gotestsum
 * leaves a package that did not build out of its cases but counts it in `errors`), the difference
 * is one errored result: never a pass for what was not measured.
 */
function junitResults(file, head, opts) {
    const producer = sniffProducer(head);
    const declared = declaredProblems(head);
    let seen = 0;
    const place = cachedRepoPath(opts);
    const reader = new junit/* JUnitReader */.AH(file, {
        testcase: (c) => {
            const r = toResult(c, producer, opts, place);
            if (r.outcome === 'failed' || r.outcome === 'errored')
                seen++;
            opts.onResult(r);
        },
        suite: (s) => {
            if (producer === 'go' && s.name !== undefined) {
                const dir = goPackageDir(s.name, opts.goModule);
                const p = dir === undefined ? undefined : repoPath(dir, opts);
                if (p !== undefined)
                    opts.onFileTime?.(p, s.seconds);
                return;
            }
            if (s.cases === 0 && s.file !== undefined) {
                const p = repoPath(s.file, opts);
                if (p !== undefined)
                    opts.onFileTime?.(p, s.seconds);
            }
        },
    });
    return {
        write: (b) => reader.write(b),
        end: () => {
            reader.end();
            if (declared !== undefined && declared > seen) {
                const missing = declared - seen;
                opts.onResult({
                    producer,
                    name: file,
                    seconds: 0,
                    outcome: 'errored',
                    message: `${file} declares ${missing} more failure${missing === 1 ? '' : 's'} or error${missing === 1 ? '' : 's'} than its test cases show (a package or suite that did not build or load?): see the test run's log.`,
                });
            }
        },
    };
}
function toResult(c, producer, ctx, place = (p) => repoPath(p, ctx)) {
    let rawFile = c.file;
    if (rawFile === undefined && producer === 'vitest')
        rawFile = c.classname ?? c.suites[c.suites.length - 1];
    if (rawFile === undefined && producer === 'pytest' && c.classname)
        rawFile = pythonFile(c.classname);
    let name;
    if (producer === 'pytest')
        name = pytestName(c, rawFile);
    else if (producer === 'go' || producer === 'jest' || producer === 'vitest')
        name = c.name.trim();
    else
        name = c.classname && c.classname !== c.name ? `${c.classname}.${c.name}` : c.name;
    const r = { producer, name, seconds: c.seconds, outcome: c.outcome };
    const goDir = producer === 'go' && c.classname ? goPackageDir(c.classname, ctx.goModule) : undefined;
    if (producer === 'go') {
        if (c.classname)
            r.suite = c.classname;
    }
    else if (c.classname && producer !== 'jest' && producer !== 'vitest' && producer !== 'pytest')
        r.suite = c.classname;
    const file = rawFile === undefined ? undefined : place(rawFile);
    if (file !== undefined)
        r.file = file;
    if (c.message !== undefined)
        r.message = c.message;
    if (c.details !== undefined)
        r.details = c.details;
    if (c.flaky)
        r.flaky = true;
    if (c.outcome === 'failed' || c.outcome === 'errored') {
        const frames = framesOf(`${c.details ?? ''}\n${producer === 'go' ? (c.message ?? '') : ''}`);
        const javaClass = rawFile === undefined && c.classname && /^[\w$]+(\.[\w$]+)+$/.test(c.classname) ? c.classname : undefined;
        if (javaClass !== undefined) {
            // A JVM frame names only `CalcTest.java`: the test class's frame, placed by the Maven layout
            // when such a file exists (never guessed).
            const simple = javaClass.slice(javaClass.lastIndexOf('.') + 1).replace(/\$.*$/, '');
            const frame = frames.find((f) => f.file === `${simple}.java` || f.file === `${simple}.kt`);
            const pkgDir = javaClass.slice(0, javaClass.lastIndexOf('.')).replace(/\./g, '/');
            for (const src of frame ? ['src/test/java', 'src/test/kotlin', 'src/test/scala'] : []) {
                const p = repoPath(`${src}/${pkgDir}/${frame.file}`, ctx);
                if (p !== undefined && ctx.exists?.(p)) {
                    r.location = { path: p, line: frame.line };
                    break;
                }
            }
        }
        else {
            const frame = pickFrame(frames, rawFile);
            if (frame) {
                const base = producer === 'go' && goDir !== undefined && !frame.file.includes('/') ? goDir : undefined;
                const p = repoPath(base !== undefined ? `${base}/${frame.file}` : frame.file, ctx);
                if (p !== undefined)
                    r.location = { path: p, line: frame.line };
            }
        }
        if (r.location === undefined && file !== undefined && c.line !== undefined) {
            // pytest xunit1 writes the 0-based line of the test's def.
            const line = producer === 'pytest' ? c.line + 1 : c.line;
            if (line > 0)
                r.location = { path: file, line };
        }
    }
    return r;
}

;// CONCATENATED MODULE: ./packages/testing/src/go-json.ts
/**
 * `go test -json` output (test2json events, one JSON object a line) turned into TestResults,
 * counted as gotestsum counts them: every test and every subtest is one test, and a parent whose
 * subtest failed has failed too. A package that failed with no failed test (a build failure
 * printed as `FAIL pkg [build failed]`, a failing TestMain, a panic outside tests) is one errored
 * result named after the package; gotestsum reports these as errors beside its test count.
 *
 * Tricky rule: streamed line by line with a bounded buffer per test's output; a test that started
 * and never ended (the binary panicked or timed out) is failed, with its output as the message.
 */



/** Output kept per test (the first bytes: where the test failed is printed first). */
const MAX_OUTPUT = 16 * 1024;
const go_json_MAX_LINE = 16 * 1024 * 1024;
const UNFINISHED = 'the test did not finish (the test binary panicked, timed out or was killed)';
const BUILD_FAILED = /^FAIL\s+(\S+)\s+\[(build|setup) failed\]\s*$/;
class GoTestJsonReader {
    file;
    opts;
    carry = '';
    lineNo = 0;
    running = new Map();
    pkgs = new Map();
    constructor(file, opts) {
        this.file = file;
        this.opts = opts;
    }
    write(chunk) {
        const text = this.carry + (typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
        let start = 0;
        for (;;) {
            const nl = text.indexOf('\n', start);
            if (nl === -1)
                break;
            this.line(text.slice(start, nl));
            start = nl + 1;
        }
        this.carry = text.slice(start);
        if (this.carry.length > go_json_MAX_LINE) {
            throw new errors/* FileFormatError */.sY(this.file, this.lineNo + 1, 'has a line longer than 16 MiB: not `go test -json` output.');
        }
    }
    end() {
        if (this.carry !== '')
            this.line(this.carry);
        this.carry = '';
        // Tests that never ended: the binary died under them.
        for (const r of this.running.values()) {
            const pkg = this.pkg(r.pkg);
            pkg.failedTests++;
            this.emit(r, 'failed', 0, r.output || 'the test did not finish (the test binary panicked, timed out or was killed)');
        }
        this.running.clear();
        for (const [name, p] of this.pkgs) {
            if (p.done || p.failedTests > 0)
                continue;
            if (p.output !== '')
                this.packageError(name, p.output);
        }
    }
    pkg(name) {
        let p = this.pkgs.get(name);
        if (!p) {
            p = { failedTests: 0, output: '', done: false };
            this.pkgs.set(name, p);
        }
        return p;
    }
    line(raw) {
        this.lineNo++;
        const line = raw.trim();
        if (line === '')
            return;
        if (!line.startsWith('{')) {
            // go test prints build failures as plain lines among the events.
            const m = BUILD_FAILED.exec(line);
            if (m) {
                const p = this.pkg(m[1]);
                if (!p.done)
                    p.output += `${line}\n`;
            }
            return;
        }
        let ev;
        try {
            ev = JSON.parse(line);
        }
        catch {
            throw new errors/* FileFormatError */.sY(this.file, this.lineNo, 'is not a line of `go test -json` output.');
        }
        if (ev === null || typeof ev !== 'object' || typeof ev.Package !== 'string' || typeof ev.Action !== 'string')
            return;
        const pkgName = ev.Package;
        const pkg = this.pkg(pkgName);
        if (typeof ev.Test !== 'string') {
            if (ev.Action === 'output' && typeof ev.Output === 'string' && pkg.output.length < MAX_OUTPUT)
                pkg.output += ev.Output;
            if (ev.Action === 'pass' || ev.Action === 'skip')
                pkg.done = true;
            if (ev.Action === 'fail' || ev.Action === 'pass' || ev.Action === 'skip') {
                const dir = goPackageDir(pkgName, this.opts.goModule);
                const p = dir === undefined ? undefined : repoPath(dir, this.opts);
                if (p !== undefined && typeof ev.Elapsed === 'number' && ev.Elapsed >= 0)
                    this.opts.onFileTime?.(p, ev.Elapsed);
            }
            if (ev.Action === 'fail') {
                // Tests still running when their package failed: the binary died under them.
                for (const [key, r] of this.running) {
                    if (r.pkg !== pkgName)
                        continue;
                    this.running.delete(key);
                    pkg.failedTests++;
                    this.emit(r, 'failed', 0, r.output || UNFINISHED);
                }
                // Failed because a test failed: its tests say why. Otherwise the package itself is an error.
                pkg.done = pkg.failedTests > 0;
                if (!pkg.done) {
                    this.packageError(pkgName, pkg.output);
                    pkg.done = true;
                }
            }
            return;
        }
        const key = `${pkgName}\u0000${ev.Test}`;
        let r = this.running.get(key);
        if (ev.Action === 'run' || !r) {
            if (ev.Action === 'run' || ev.Action === 'output') {
                r = { pkg: pkgName, test: ev.Test, output: '' };
                this.running.set(key, r);
            }
        }
        if (!r)
            r = { pkg: pkgName, test: ev.Test, output: '' };
        if (ev.Action === 'output') {
            if (typeof ev.Output === 'string' && r.output.length < MAX_OUTPUT)
                r.output += ev.Output;
            return;
        }
        const outcome = ev.Action === 'pass' ? 'passed' : ev.Action === 'fail' ? 'failed' : ev.Action === 'skip' ? 'skipped' : undefined;
        if (outcome === undefined)
            return;
        this.running.delete(key);
        if (outcome === 'failed')
            pkg.failedTests++;
        this.emit(r, outcome, typeof ev.Elapsed === 'number' && ev.Elapsed >= 0 ? ev.Elapsed : 0, r.output);
    }
    emit(r, outcome, seconds, output) {
        const res = { producer: 'go', name: r.test, suite: r.pkg, seconds, outcome };
        if (outcome === 'failed' || outcome === 'skipped') {
            const details = output
                .split('\n')
                .filter((l) => !/^\s*(=== (RUN|PAUSE|CONT|NAME)|--- (FAIL|PASS|SKIP):)/.test(l))
                .join('\n')
                .trim();
            if (details !== '')
                res.details = details;
            else if (outcome === 'failed')
                res.message = 'a subtest failed';
        }
        if (outcome === 'failed') {
            const dir = goPackageDir(r.pkg, this.opts.goModule);
            const frame = pickFrame(framesOf(output));
            if (frame && dir !== undefined) {
                const p = repoPath(frame.file.includes('/') ? frame.file : `${dir}/${frame.file}`, this.opts);
                if (p !== undefined)
                    res.location = { path: p, line: frame.line };
            }
        }
        this.opts.onResult(res);
    }
    packageError(pkg, output) {
        const res = { producer: 'go', name: pkg, suite: pkg, seconds: 0, outcome: 'errored' };
        const text = output.trim();
        res.message = text === '' ? `package ${pkg} failed outside its tests` : text;
        this.opts.onResult(res);
    }
}

;// CONCATENATED MODULE: ./packages/testing/src/jest-json.ts
/**
 * Jest's own JSON results (`jest --json --outputFile=FILE`, what `quality test` switches on: it is
 * built into jest, needs no reporter package, and keeps todo apart from passed, which jest-junit
 * does not). A test file that could not run (a syntax error, a failing import) is one errored result.
 *
 * Tricky rule: the document is one JSON value, parsed whole: its size is capped (MAX_BYTES).
 */



const MAX_JEST_JSON_BYTES = 512 * 1024 * 1024;
const STATUS = {
    passed: 'passed',
    failed: 'failed',
    pending: 'skipped',
    skipped: 'skipped',
    todo: 'skipped',
    disabled: 'skipped',
    focused: 'passed',
};
const str = (v) => (typeof v === 'string' ? v : undefined);
const ansi = (s) => s.replace(/\u001b\[[0-9;]*m/g, '');
class JestJsonReader {
    file;
    opts;
    parts = [];
    bytes = 0;
    constructor(file, opts) {
        this.file = file;
        this.opts = opts;
    }
    write(chunk) {
        this.bytes += chunk.length;
        if (this.bytes > MAX_JEST_JSON_BYTES) {
            throw new errors/* FileFormatError */.sY(this.file, undefined, 'is larger than 512 MiB: too large a jest JSON report to read whole.');
        }
        this.parts.push(chunk);
    }
    end() {
        let doc;
        try {
            doc = JSON.parse(Buffer.concat(this.parts, this.bytes).toString('utf8'));
        }
        catch (e) {
            throw new errors/* FileFormatError */.sY(this.file, undefined, `is not valid JSON (${e.message}).`);
        }
        this.parts = [];
        if (!doc || typeof doc !== 'object' || !Array.isArray(doc.testResults)) {
            throw new errors/* FileFormatError */.sY(this.file, undefined, 'is not jest --json output: it has no testResults array.');
        }
        for (const fr of doc.testResults)
            this.fileResult(fr);
    }
    fileResult(fr) {
        const abs = str(fr.name) ?? '';
        const file = repoPath(abs, this.opts);
        const assertions = Array.isArray(fr.assertionResults) ? fr.assertionResults : [];
        if (typeof fr.startTime === 'number' && typeof fr.endTime === 'number' && file !== undefined) {
            this.opts.onFileTime?.(file, Math.max(0, fr.endTime - fr.startTime) / 1000);
        }
        if (assertions.length === 0 && fr.status === 'failed') {
            const message = ansi(str(fr.message) ?? '').trim();
            const frame = pickFrame(framesOf(message), abs);
            const loc = frame ? repoPath(frame.file, this.opts) : undefined;
            this.opts.onResult({
                producer: 'jest',
                name: file ?? abs,
                ...(file ? { file } : {}),
                seconds: 0,
                outcome: 'errored',
                message: message || 'the test file failed to run',
                ...(loc && frame ? { location: { path: loc, line: frame.line } } : {}),
            });
            return;
        }
        for (const a of assertions) {
            const outcome = STATUS[str(a.status) ?? ''];
            if (outcome === undefined)
                continue;
            const name = str(a.fullName) ?? str(a.title) ?? '';
            const r = {
                producer: 'jest',
                name,
                seconds: typeof a.duration === 'number' && a.duration >= 0 ? a.duration / 1000 : 0,
                outcome,
            };
            if (file !== undefined)
                r.file = file;
            if (outcome === 'failed') {
                const text = Array.isArray(a.failureMessages)
                    ? ansi(a.failureMessages.filter((m) => typeof m === 'string').join('\n'))
                    : '';
                if (text)
                    r.details = text.length > 16384 ? text.slice(0, 16384) : text;
                const frame = pickFrame(framesOf(text), abs);
                const loc = frame ? repoPath(frame.file, this.opts) : undefined;
                if (frame && loc)
                    r.location = { path: loc, line: frame.line };
                else if (file && typeof a.location?.line === 'number' && a.location.line > 0) {
                    r.location = { path: file, line: a.location.line };
                }
            }
            this.opts.onResult(r);
        }
    }
}

;// CONCATENATED MODULE: ./packages/testing/src/results.ts
const MAX_FAILURES = 1000;
const SLOWEST = 10;
/** The first lines of a failure text that say what went wrong (no stack frames), at most 1000 characters. */
function shortMessage(message, details) {
    const useful = message !== undefined && message.trim() !== '' && message.trim() !== 'Failed';
    const src = useful ? message : (details ?? '');
    const lines = [];
    for (const raw of src.split('\n')) {
        const l = raw.replace(/\s+$/, '');
        if (/^\s*(at |❯ )/.test(l))
            break;
        if (/^(=== RUN|--- (FAIL|PASS|SKIP):|\s+--- (FAIL|PASS|SKIP):)/.test(l.trimStart()))
            continue;
        if (l.trim() === '' && lines.length === 0)
            continue;
        lines.push(l);
        if (lines.length >= 8)
            break;
    }
    while (lines.length && lines[lines.length - 1].trim() === '')
        lines.pop();
    const text = lines.join('\n').trim();
    const out = text === '' ? (useful ? message.trim() : 'failed without a message') : text;
    return out.length > 1000 ? `${out.slice(0, 999)}…` : out;
}
class ResultCollector {
    totals = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0 };
    failures = [];
    notListed = 0;
    slow = [];
    perFile = new Map();
    flaky = [];
    add(r) {
        this.totals.total++;
        this.totals[r.outcome]++;
        if (r.flaky)
            this.flaky.push({ name: r.name, ...(r.file ? { path: r.file } : {}) });
        if (r.file !== undefined)
            this.perFile.set(r.file, (this.perFile.get(r.file) ?? 0) + r.seconds);
        if (r.outcome !== 'skipped')
            this.noteTime(r);
        if (r.outcome === 'failed' || r.outcome === 'errored') {
            if (this.failures.length >= MAX_FAILURES) {
                this.notListed++;
                return;
            }
            const f = {
                name: r.name,
                outcome: r.outcome,
                producer: r.producer,
                message: shortMessage(r.message, r.details),
            };
            if (r.file !== undefined)
                f.file = r.file;
            if (r.suite !== undefined)
                f.suite = r.suite;
            if (r.location) {
                f.path = r.location.path;
                f.line = r.location.line;
            }
            else if (r.file !== undefined)
                f.path = r.file;
            if (r.details !== undefined)
                f.details = r.details;
            this.failures.push(f);
        }
    }
    /** Seconds of a file that has no test case of its own in the report (a suite's time). */
    addFileTime(file, seconds) {
        if (!this.perFile.has(file))
            this.perFile.set(file, seconds);
    }
    noteTime(r) {
        const s = this.slow;
        if (s.length === SLOWEST && s[s.length - 1].seconds >= r.seconds)
            return;
        const entry = { name: r.name, ...(r.file ? { path: r.file } : {}), seconds: r.seconds };
        let i = s.length;
        while (i > 0 && s[i - 1].seconds < r.seconds)
            i--;
        s.splice(i, 0, entry);
        if (s.length > SLOWEST)
            s.pop();
    }
    report() {
        return {
            tests: { ...this.totals },
            failures: [...this.failures],
            failuresNotListed: this.notListed,
            slowest: [...this.slow],
            timings: [...this.perFile]
                .map(([file, seconds]) => ({ file, seconds: Math.round(seconds * 1000) / 1000 }))
                .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
            flaky: [...this.flaky],
        };
    }
}

;// CONCATENATED MODULE: ./packages/testing/src/read.ts
/**
 * Test reports read from disk, recognised by their content (JUnit XML, or `go test -json`
 * output), streamed in chunks so a 50 MB report never sits in memory whole.
 */






/** The format, from the first bytes (after a BOM and blanks); undefined when neither. */
function sniffFormat(head) {
    const t = head.replace(/^\uFEFF/, '').trimStart();
    if (t.startsWith('<'))
        return 'junit';
    if (t.startsWith('{') && /^\{[^\n]*"Action"\s*:/.test(t))
        return 'go-json';
    if (t.startsWith('{') && /"num(Total|Failed|Passed)Test(s|Suites)"\s*:/.test(t.slice(0, 4096)))
        return 'jest-json';
    if (t === '')
        return undefined;
    // go test -json output may start with a plain line (a build failure) before the events.
    if (/^\S[^\n]*\n\s*\{[^\n]*"Action"\s*:/.test(t))
        return 'go-json';
    return undefined;
}
/** Feed one report into the collector (or any result callback). */
async function readReport(path, display, ctx, onResult, onFileTime) {
    let sink;
    let head = '';
    const stream = (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1024 * 1024 });
    try {
        for await (const chunk of stream) {
            if (sink === undefined) {
                head += chunk.toString('utf8', 0, Math.min(chunk.length, 16 * 1024));
                const format = sniffFormat(head);
                if (format === undefined) {
                    if (head.trim() === '' && head.length < 16 * 1024)
                        continue;
                    throw new errors/* FileFormatError */.sY(display, 1, 'is not a test report this step reads.', 'Give JUnit XML (pytest --junitxml, jest-junit, vitest --reporter=junit, Surefire, go-junit-report, gotestsum), `go test -json` output or `jest --json` output.');
                }
                const opts = { ...ctx, onResult, ...(onFileTime ? { onFileTime } : {}) };
                sink =
                    format === 'junit'
                        ? junitResults(display, head, opts)
                        : format === 'jest-json'
                            ? new JestJsonReader(display, opts)
                            : new GoTestJsonReader(display, opts);
            }
            sink.write(chunk);
        }
    }
    catch (e) {
        if (e instanceof errors/* ConfigurationError */.j1)
            throw e;
        const code = e.code;
        if (code === 'ENOENT')
            throw new errors/* ConfigurationError */.j1(`Test report ${display} does not exist. Check the path, or run the tests first.`);
        if (code === 'EISDIR')
            throw new errors/* ConfigurationError */.j1(`Test report ${display} is a directory: give the report files.`);
        if (code)
            throw new errors/* ConfigurationError */.j1(`Test report ${display} cannot be read (${code}).`);
        throw e;
    }
    finally {
        stream.destroy();
    }
    if (sink === undefined)
        throw new errors/* FileFormatError */.sY(display, undefined, 'is empty: the test run wrote no results.');
    sink.end();
}
/** Read every report into one TestReport. */
async function readReports(files, ctx) {
    const c = new ResultCollector();
    for (const f of files) {
        await readReport(f.path, f.display, ctx, (r) => c.add(r), (file, s) => c.addFileTime(file, s));
    }
    return c.report();
}

;// CONCATENATED MODULE: ./packages/testing/src/plan.ts
/**
 * What to run: the project's test command, detected (the package.json `test` script through the
 * project's package manager, pytest, `go test ./...`) or given as an argument list, with the
 * runner's machine-readable output switched on by flags and environment only (the user's config
 * is never edited): jest `--json --outputFile`, vitest `--reporter=junit --outputFile.junit`, pytest
 * `--junitxml` (xunit1: it has file and line), go test `-json` (stdout). A plan is data; `retryPlan`
 * narrows one to the failed tests (pytest node ids, jest/vitest `-t` and files, go `-run`).
 *
 * Tricky rule: a command whose runner is not recognised still runs, but it has no report of its
 * own: results must then come from report files the user names, or the run is not measured.
 */



const PY_MARKERS = ['pytest.ini', 'conftest.py', 'tox.ini', 'setup.cfg', 'pyproject.toml', 'setup.py'];
/** Facts about the project in `dir`, read from its files (nothing is run). */
function projectFacts(dir) {
    const has = (f) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, f));
    let testScript;
    if (has('package.json')) {
        try {
            const pkg = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'package.json'), 'utf8'));
            const t = pkg?.scripts?.test;
            if (typeof t === 'string' && t.trim() !== '' && !/no test specified/.test(t))
                testScript = t;
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`${(0,external_node_path_.join)(dir, 'package.json')} is not valid JSON: fix it, or give the test command.`);
        }
    }
    const packageManager = has('pnpm-lock.yaml')
        ? 'pnpm'
        : has('yarn.lock')
            ? 'yarn'
            : has('bun.lockb') || has('bun.lock')
                ? 'bun'
                : 'npm';
    const pyProject = has('pyproject.toml') ? (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'pyproject.toml'), 'utf8') : '';
    const python = has('pytest.ini') ||
        has('conftest.py') ||
        /\[tool\.pytest/.test(pyProject) ||
        (PY_MARKERS.some(has) && (has('tests') || has('test')));
    const pythonPrefix = has('poetry.lock')
        ? ['poetry', 'run', 'python']
        : has('uv.lock')
            ? ['uv', 'run', 'python']
            : has('.venv/bin/python')
                ? [(0,external_node_path_.join)(dir, '.venv/bin/python')]
                : has('venv/bin/python')
                    ? [(0,external_node_path_.join)(dir, 'venv/bin/python')]
                    : ['python3'];
    return {
        ...(testScript !== undefined ? { testScript } : {}),
        packageManager,
        python,
        pythonPrefix,
        goMod: has('go.mod'),
    };
}
/** The runner an argument list starts, when we know it. */
function kindOf(argv) {
    const base = (a) => a.slice(a.replace(/\\/g, '/').lastIndexOf('/') + 1);
    for (let i = 0; i < argv.length; i++) {
        const b = base(argv[i]);
        if (b === 'jest' || b === 'jest.js')
            return 'jest';
        if (b === 'vitest' || b === 'vitest.mjs')
            return 'vitest';
        if (b === 'pytest' || b === 'py.test' || (b === 'pytest' && argv[i - 1] === '-m'))
            return 'pytest';
        if (b === 'go' && argv[i + 1] === 'test')
            return 'go';
    }
    return 'unknown';
}
/** The runner a package.json script starts (its first command that we know). */
function kindOfScript(script) {
    const m = /(^|[\s;&|/(])(jest|vitest|pytest)(?=$|[\s;&|)])/.exec(script);
    return m ? m[2] : /(^|[\s;&|])go\s+test\b/.test(script) ? 'go' : 'unknown';
}
/** Flags and environment that make `kind` write its machine-readable results to `report`. */
function machineOutput(kind, report) {
    switch (kind) {
        case 'jest':
            return { args: ['--ci', '--json', `--outputFile=${report}`, '--testLocationInResults'], env: {} };
        case 'vitest':
            return {
                args: ['--run', '--reporter=default', '--reporter=junit', `--outputFile.junit=${report}`],
                env: { CI: 'true' },
            };
        case 'pytest':
            return { args: ['-o', 'junit_family=xunit1', `--junitxml=${report}`], env: {} };
        case 'go':
            return { args: ['-json'], env: {} };
        default:
            return { args: [], env: {} };
    }
}
const REPORT_NAME = {
    jest: 'jest.json',
    vitest: 'vitest-junit.xml',
    pytest: 'pytest-junit.xml',
    go: 'go-test.jsonl',
    unknown: '',
};
/**
 * The plan for `dir`. `command` (an argument list) overrides detection; `reportDir` is an empty
 * directory of ours for the results.
 */
function planRun(dir, facts, opts) {
    if (opts.command) {
        const kind = kindOf(opts.command);
        const plan = { kind, argv: [...opts.command], cwd: dir, env: {}, source: 'the command given' };
        if (kind === 'unknown')
            return plan;
        const report = (0,external_node_path_.join)(opts.reportDir, REPORT_NAME[kind]);
        const m = machineOutput(kind, report);
        if (kind === 'go') {
            const at = plan.argv.indexOf('test');
            if (!plan.argv.includes('-json'))
                plan.argv.splice(at + 1, 0, '-json');
        }
        else
            plan.argv.push(...m.args);
        plan.env = m.env;
        plan.report = { path: report, from: kind === 'go' ? 'stdout' : 'file' };
        return plan;
    }
    if (facts.testScript !== undefined) {
        const kind = kindOfScript(facts.testScript);
        const report = (0,external_node_path_.join)(opts.reportDir, REPORT_NAME[kind] || 'report');
        const m = machineOutput(kind, report);
        const pm = facts.packageManager;
        // npm needs `--` before the script's arguments; pnpm, yarn and bun pass them on as they are.
        const argv = pm === 'npm'
            ? ['npm', 'test', '--', ...m.args]
            : pm === 'bun'
                ? ['bun', 'run', 'test', ...m.args]
                : [pm, 'test', ...m.args];
        if (kind === 'unknown' || kind === 'go' || kind === 'pytest') {
            // Flags for a script we cannot see into would land on its last command: run it as it is.
            return {
                kind: 'unknown',
                argv: pm === 'npm' ? ['npm', 'test'] : [pm, 'test'],
                cwd: dir,
                env: {},
                source: `the package.json test script (${pm})`,
            };
        }
        return {
            kind,
            argv,
            cwd: dir,
            env: m.env,
            report: { path: report, from: 'file' },
            source: `the package.json test script (${pm})`,
        };
    }
    if (facts.python) {
        const report = (0,external_node_path_.join)(opts.reportDir, REPORT_NAME.pytest);
        return {
            kind: 'pytest',
            argv: [...facts.pythonPrefix, '-m', 'pytest', ...machineOutput('pytest', report).args],
            cwd: dir,
            env: {},
            report: { path: report, from: 'file' },
            source: 'pytest (a Python project)',
        };
    }
    if (facts.goMod) {
        const report = (0,external_node_path_.join)(opts.reportDir, REPORT_NAME.go);
        return {
            kind: 'go',
            argv: ['go', 'test', '-json', './...'],
            cwd: dir,
            env: {},
            report: { path: report, from: 'stdout' },
            source: 'go test (go.mod)',
        };
    }
    throw new errors/* ConfigurationError */.j1(`No test command found in ${dir}: no package.json test script, no pytest configuration or tests folder, no go.mod. Give the command (input 'command', or --command ARG...).`);
}
const reEscape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/**
 * The plan that runs only `failures` again, writing to `report`; undefined when the runner cannot
 * select tests (an unknown command) or nothing can be selected.
 */
function retryPlan(base, failures, report) {
    if (base.kind === 'unknown' || base.report === undefined || failures.length === 0)
        return undefined;
    const swapReport = (a) => a === `--outputFile=${base.report.path}`
        ? `--outputFile=${report}`
        : a === `--outputFile.junit=${base.report.path}`
            ? `--outputFile.junit=${report}`
            : a === `--junitxml=${base.report.path}`
                ? `--junitxml=${report}`
                : a;
    const argv = base.argv.map(swapReport);
    const plan = {
        ...base,
        argv,
        report: { path: report, from: base.report.from },
        source: `${base.source}, failed tests again`,
    };
    switch (base.kind) {
        case 'pytest': {
            const ids = failures.map((f) => f.name).filter((n) => n.includes('::'));
            if (ids.length === 0)
                return undefined;
            plan.argv.push(...ids);
            return plan;
        }
        case 'jest':
        case 'vitest': {
            const names = [...new Set(failures.map((f) => (base.kind === 'vitest' ? f.name.replace(/ > /g, ' ') : f.name)))];
            const files = [...new Set(failures.flatMap((f) => (f.file ? [f.file] : [])))];
            plan.argv.push('-t', `^(${names.map(reEscape).join('|')})$`);
            // Files as they are relative to the project: the report's paths are repository-relative.
            // jest reads them as patterns, vitest as substrings of the path.
            const baseName = (f) => f.slice(f.lastIndexOf('/') + 1);
            plan.argv.push(...files.map((f) => (base.kind === 'jest' ? `(^|/)${reEscape(baseName(f))}$` : baseName(f))));
            return plan;
        }
        case 'go': {
            const tops = [
                ...new Set(failures.filter((f) => f.suite && f.name !== f.suite).map((f) => f.name.split('/')[0])),
            ];
            if (tops.length === 0)
                return undefined;
            plan.argv.push('-run', `^(${tops.map(reEscape).join('|')})$`);
            return plan;
        }
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/testing/src/run.ts
/**
 * Run a plan through an injected process runner, read what it wrote, and run failed tests again
 * (`retryFailed`): a test that fails and then passes is flaky, counted as passed and listed.
 *
 * Tricky rule: never a pass for what was not measured. A command that could not start, wrote no
 * report, or exited non-zero while its report shows no failure gives an errored result or a
 * ConfigurationError that says why, not a green run.
 */





const display = (argv) => argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
async function execute(plan, o) {
    const res = await o.runner({
        argv: plan.argv,
        cwd: plan.cwd,
        env: plan.env,
        timeoutMs: o.timeoutMs ?? 60 * 60_000,
    });
    if (res.spawnError) {
        throw new errors/* ConfigurationError */.j1(`The test command could not start (${res.spawnError.code ?? res.spawnError.message}): ${display(plan.argv)}, from ${plan.source}. Install it, or give the command (input 'command', or --command ARG...).`);
    }
    const fromStdout = plan.report?.from === 'stdout';
    const out = `${fromStdout ? '' : res.stdout.toString('utf8')}${res.stderr.toString('utf8')}`;
    if (out !== '')
        o.onOutput?.(out.endsWith('\n') ? out : `${out}\n`);
    if (fromStdout && plan.report)
        (0,external_node_fs_.writeFileSync)(plan.report.path, res.stdout);
    return res;
}
async function readInto(plan, o, res, add, addTime) {
    const files = plan.report ? [{ path: plan.report.path, display: plan.report.path }] : (o.reports ?? []);
    if (files.length === 0) {
        throw new errors/* ConfigurationError */.j1(`${display(plan.argv)} ran (exit code ${res.code ?? res.signal}), but quality cannot tell which tests passed: its test runner is not one whose results it can switch on (jest, vitest, pytest, go test). Give the reports it writes (input 'reports'), or a command of a known runner.`);
    }
    for (const f of files) {
        try {
            await readReport(f.path, f.display, o.ctx, add, addTime);
        }
        catch (e) {
            if (e instanceof errors/* ConfigurationError */.j1 && /does not exist|is empty/.test(e.message)) {
                const why = res.timedOut
                    ? 'timed out'
                    : `exited with ${res.code === null ? `signal ${res.signal}` : `code ${res.code}`}`;
                throw new errors/* ConfigurationError */.j1(`${display(plan.argv)} ${why} and wrote no test results to ${f.display}: the tests did not run. See its output above.`);
            }
            throw e;
        }
    }
}
const key = (r) => `${r.suite ?? ''}\u0000${r.file ?? ''}\u0000${r.name}`;
/** Mark the failures that passed in `again` as flaky: counted as passed, listed as flaky. */
function applyRetry(report, again) {
    const passed = new Set(again.filter((r) => r.outcome === 'passed').map(key));
    const still = [];
    const tests = { ...report.tests };
    const flaky = [...report.flaky];
    for (const f of report.failures) {
        if (passed.has(key(f))) {
            tests[f.outcome]--;
            tests.passed++;
            flaky.push({ name: f.name, ...(f.file ? { path: f.file } : {}) });
        }
        else
            still.push(f);
    }
    return { ...report, tests, failures: still, flaky };
}
async function runTests(o) {
    const attempts = [];
    const res = await execute(o.plan, o);
    attempts.push({ argv: o.plan.argv, exitCode: res.code, durationMs: res.durationMs });
    const c = new ResultCollector();
    await readInto(o.plan, o, res, (r) => c.add(r), (f, s) => c.addFileTime(f, s));
    let report = c.report();
    if (res.code !== 0 && report.tests.failed + report.tests.errored === 0) {
        // The runner says it failed; its report does not say why (a crash after the tests, a
        // coverage threshold, a reporter error): one errored result so this never reads as a pass.
        const why = res.timedOut
            ? 'timed out'
            : res.code === null
                ? `was killed (${res.signal})`
                : `exited with code ${res.code}`;
        const extra = new ResultCollector();
        extra.add({
            producer: 'junit',
            name: display(o.plan.argv),
            seconds: 0,
            outcome: 'errored',
            message: `The test command ${why} although its report shows no failed test. See its output.`,
        });
        const e = extra.report();
        report = {
            ...report,
            tests: { ...report.tests, total: report.tests.total + 1, errored: report.tests.errored + 1 },
            failures: [...report.failures, ...e.failures],
        };
    }
    for (let attempt = 1; attempt <= o.retryFailed && report.failures.length > 0 && report.failuresNotListed === 0; attempt++) {
        const plan = retryPlan(o.plan, report.failures, o.retryReport(attempt));
        if (plan === undefined)
            break;
        o.onOutput?.(`\nquality test: running ${report.failures.length} failed test(s) again (attempt ${attempt} of ${o.retryFailed}): ${display(plan.argv)}\n`);
        const again = await execute(plan, o);
        attempts.push({ argv: plan.argv, exitCode: again.code, durationMs: again.durationMs });
        const results = [];
        try {
            await readInto(plan, o, again, (r) => results.push(r));
        }
        catch (e) {
            if (!(e instanceof errors/* ConfigurationError */.j1))
                throw e;
            o.onOutput?.(`quality test: the retry wrote no results (${e.message})\n`);
            break;
        }
        report = applyRetry(report, results);
    }
    return { report, attempts };
}

// EXTERNAL MODULE: ./packages/kit/src/limits.ts
var limits = __webpack_require__(8238);
// EXTERNAL MODULE: ./packages/kit/src/markdown.ts
var markdown = __webpack_require__(9703);
;// CONCATENATED MODULE: ./packages/testing/src/summary.ts


/** Failures with a place in the repository, as findings for annotations. */
function failureFindings(r) {
    return r.failures.flatMap((f) => f.path === undefined
        ? []
        : [
            {
                tool: f.producer === 'junit' ? 'test' : f.producer,
                rule: f.outcome === 'errored' ? `error in ${f.name}` : f.name,
                severity: 'error',
                path: f.path,
                ...(f.line !== undefined ? { line: f.line } : {}),
                message: f.message,
            },
        ]);
}
function fenced(s) {
    let longest = 2;
    for (const m of s.matchAll(/`{3,}/g))
        longest = Math.max(longest, m[0].length);
    const fence = '`'.repeat(longest + 1);
    return `${fence}text\n${s.replace(/\r\n?/g, '\n')}\n${fence}`;
}
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function renderTestSummary(r, opts = {}) {
    const t = r.tests;
    const out = [`## ${(0,markdown/* text */.Qq)(opts.title ?? 'Tests')}`, ''];
    const status = opts.verdict ? `:x: ${(0,markdown/* text */.Qq)(opts.verdict)}` : ':white_check_mark: All tests passed.';
    out.push(status, '');
    out.push((0,markdown/* table */.tp)(['Total', 'Passed', 'Failed', 'Errored', 'Skipped', 'Flaky'], [[t.total, t.passed, t.failed, t.errored, t.skipped, r.flaky.length].map(String)], ['right', 'right', 'right', 'right', 'right', 'right']), '');
    if (opts.annotationsOmitted) {
        out.push(`> [!NOTE]\n> ${plural(opts.annotationsOmitted, 'failure')} not shown as annotations (GitHub shows 10 per type per step and 50 per job): all are listed below.`, '');
    }
    if (r.flaky.length) {
        out.push(`### Flaky (failed, then passed when run again)`, '');
        for (const f of r.flaky)
            out.push(`- ${(0,markdown/* code */.aY)(f.name)}${f.path ? ` in ${(0,markdown/* code */.aY)(f.path)}` : ''}`);
        out.push('');
    }
    const tail = [];
    if (r.slowest.length) {
        tail.push('### Slowest tests', '');
        tail.push((0,markdown/* table */.tp)(['Seconds', 'Test', 'File'], r.slowest.map((s) => [s.seconds.toFixed(3), (0,markdown/* code */.aY)(s.name), s.path ? (0,markdown/* code */.aY)(s.path) : '']), ['right', 'left', 'left']), '');
    }
    const maxBytes = opts.maxBytes ?? limits/* LIMITS */.b1.summaryBytes;
    const reserve = Buffer.byteLength(tail.join('\n')) + 1024;
    let bytes = Buffer.byteLength(out.join('\n'));
    if (r.failures.length) {
        out.push(`### Failures (${r.failures.length + r.failuresNotListed})`, '');
        let listed = 0;
        for (const f of r.failures) {
            const where = f.path ? `${f.path}${f.line !== undefined ? `:${f.line}` : ''}` : 'no location';
            const head = `${f.outcome === 'errored' ? 'Error' : 'Failed'}: ${f.name} (${where})`;
            const body = `${(0,markdown/* text */.Qq)(f.message)}\n\n${fenced(f.details ?? f.message)}`;
            const block = `${(0,markdown/* details */.zH)(head, body)}\n`;
            const n = Buffer.byteLength(block) + 1;
            if (bytes + n > maxBytes - reserve)
                break;
            out.push(block);
            bytes += n;
            listed++;
        }
        const more = r.failures.length - listed + r.failuresNotListed;
        if (more > 0) {
            out.push(`> [!WARNING]\n> ${plural(more, 'more failure')} not listed: run \`quality test --json\` locally for all of them.`, '');
        }
    }
    return (0,limits/* fitSummary */.mW)([...out, ...tail].join('\n'), maxBytes).text;
}

;// CONCATENATED MODULE: ./packages/testing/src/index.ts












// EXTERNAL MODULE: ./packages/cli/src/args.ts
var args = __webpack_require__(7109);
;// CONCATENATED MODULE: ./packages/cli/src/commands/test.ts
/**
 * `quality test`: the project's tests, with results people can act on. With `--report FILE...`
 * only the reports are read (JUnit XML of any common producer, `go test -json` output); otherwise
 * the project's test command runs with machine-readable results switched on.
 * Exit codes: 0 all passed, 1 a test failed or errored (or nothing was measured), 2 bad usage.
 */











const HELP = `Usage: quality test [PATH] [--report FILE...] [--command ARG...] [--json]

Run the tests of the project in PATH (default: the current directory) and report totals, each
failure with its message and location, the 10 slowest tests and per-file timings.

  --report FILE      read this test report (repeatable) instead of running the tests: JUnit XML
                     (pytest --junitxml in both families, jest-junit, vitest, Maven Surefire,
                     go-junit-report, gotestsum), \`go test -json\` or \`jest --json\` output.
                     With --command: run the command, then read these reports
  --command ARG...   the test command, as an argument list: every argument after --command
                     (default: detected: the package.json test script, pytest, go test ./...)
  --retry-failed N   run failed tests again up to N times; one that passes is reported as flaky
  --flaky pass|fail  whether a flaky test fails the run (default: pass)
  --github           in a workflow step: options from the INPUT_* variables (working-directory,
                     command, reports, retry-failed, flaky), annotations, job summary and outputs
  --json             print {"tests":{...},"failures":[...],"slowest":[...],"timings":[...],"flaky":[...]}
  -h, --help         show this help

Exit codes: 0 every test passed, 1 a test failed or errored, or no test ran, 2 a usage or
configuration error.
`;
const OPTIONS = {
    github: { type: 'boolean' },
    report: { type: 'string', multiple: true },
    'retry-failed': { type: 'string' },
    flaky: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
/** `--command` takes every argument after it: a test command has flags of its own. */
function splitCommand(argv) {
    const at = argv.indexOf('--command');
    if (at === -1)
        return { own: argv };
    const command = argv.slice(at + 1);
    if (command.length === 0)
        throw new args/* UsageError */.eb('--command needs the test command after it, e.g. --command npx jest --ci.');
    return { own: argv.slice(0, at), command };
}
/** The module path of go.mod in `dir`, when there is one. */
function goModuleOf(dir) {
    const f = (0,external_node_path_.join)(dir, 'go.mod');
    if (!(0,external_node_fs_.existsSync)(f))
        return undefined;
    const m = /^\s*module\s+("?)([^\s"]+)\1\s*$/m.exec((0,external_node_fs_.readFileSync)(f, 'utf8'));
    return m?.[2];
}
/** Paths are made relative to the git repository of `projectDir`, else to `fallbackRoot`. */
async function pathContext(projectDir, fallbackRoot = projectDir) {
    let root;
    try {
        root = await (0,git/* repoRoot */.jv)(projectDir);
    }
    catch {
        root = fallbackRoot;
    }
    const goModule = goModuleOf(projectDir);
    return {
        root: (0,external_node_path_.resolve)(root),
        projectDir: (0,external_node_path_.resolve)(projectDir),
        ...(goModule ? { goModule } : {}),
        exists: (p) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, p)),
    };
}
/** The `--json` object: the issue's contract, plus the flaky tests. */
function toJson(r) {
    return {
        tests: r.tests,
        failures: r.failures.map((f) => ({
            name: f.name,
            outcome: f.outcome,
            path: f.path ?? null,
            line: f.line ?? null,
            message: f.message,
        })),
        slowest: r.slowest.map((s) => ({ name: s.name, path: s.path ?? null, seconds: s.seconds })),
        timings: r.timings,
        flaky: r.flaky.map((f) => ({ name: f.name, path: f.path ?? null })),
    };
}
const test_plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function renderText(r) {
    const t = r.tests;
    const lines = [];
    for (const f of r.failures) {
        const where = f.path ? ` (${f.path}${f.line ? `:${f.line}` : ''})` : '';
        lines.push(`${f.outcome === 'errored' ? 'ERROR' : 'FAIL'} ${f.name}${where}`);
        for (const l of f.message.split('\n'))
            lines.push(`    ${l}`);
    }
    if (r.failuresNotListed > 0)
        lines.push(`... and ${test_plural(r.failuresNotListed, 'more failure')} not listed`);
    if (r.flaky.length) {
        lines.push('', `Flaky (failed, then passed when run again): ${r.flaky.length}`);
        for (const f of r.flaky)
            lines.push(`  ${f.name}`);
    }
    if (r.slowest.length) {
        lines.push('', 'Slowest:');
        for (const s of r.slowest)
            lines.push(`  ${s.seconds.toFixed(3)}s  ${s.name}`);
    }
    lines.push('', `${test_plural(t.total, 'test')}: ${t.passed} passed, ${t.failed} failed, ${t.errored} errored, ${t.skipped} skipped${r.flaky.length ? `, ${r.flaky.length} flaky` : ''}`);
    return `${lines.join('\n').replace(/^\n+/, '')}\n`;
}
/** Why the run fails, or undefined when it passes. */
function verdict(r, flaky) {
    const t = r.tests;
    if (t.failed + t.errored > 0)
        return `${test_plural(t.failed, 'test')} failed and ${t.errored} errored.`;
    if (flaky === 'fail' && r.flaky.length > 0)
        return `${test_plural(r.flaky.length, 'flaky test')} (flaky: fail).`;
    if (t.total === 0)
        return 'No test ran: nothing was measured. Check the test command or the report paths.';
    if (t.passed === 0)
        return `No test passed: all ${test_plural(t.total, 'test')} were skipped.`;
    return undefined;
}
async function readOptions(argv, io) {
    const { own, command } = splitCommand(argv);
    const { values, positionals, inputs } = (0,args/* parse */.qg)(own, OPTIONS, 1);
    if (values.help) {
        await io.stdout(HELP);
        return undefined;
    }
    const projectDir = (0,args/* existingDir */.Tc)(io.cwd, positionals[0], 'PATH');
    const reports = values.report ?? [];
    return {
        opts: {
            projectDir,
            reports,
            ...(command ? { command } : {}),
            retryFailed: inputs.number('--retry-failed', { integer: true, min: 0, max: 10, default: 0 }),
            flaky: inputs.enum('--flaky', ['pass', 'fail'], 'pass'),
        },
        json: values.json === true,
    };
}
/** Read the reports, or run the tests (then read what they wrote). */
async function testReport(opts, io, runner = process/* runProcess */.R, fallbackRoot) {
    const ctx = await pathContext(opts.projectDir, fallbackRoot);
    const reports = opts.reports.map((r) => ({ path: (0,args/* fromCwd */.Be)(io.cwd, r), display: r }));
    if (opts.command === undefined && reports.length)
        return readReports(reports, ctx);
    const base = io.env.RUNNER_TEMP && (0,external_node_fs_.existsSync)(io.env.RUNNER_TEMP) ? io.env.RUNNER_TEMP : (0,external_node_os_.tmpdir)();
    const reportDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(base, 'quality-test-'));
    try {
        const plan = planRun(opts.projectDir, projectFacts(opts.projectDir), {
            ...(opts.command ? { command: opts.command } : {}),
            reportDir,
        });
        io.stderr(`quality test: running ${plan.argv.join(' ')} (${plan.source})\n`);
        const { report } = await runTests({
            plan,
            runner: (req) => runner({ ...req, env: { ...stringEnv(io.env), ...(req.env ?? {}) } }),
            ctx,
            retryFailed: opts.retryFailed,
            reports,
            retryReport: (n) => (0,external_node_path_.join)(reportDir, `retry-${n}-${plan.report ? plan.report.path.slice(plan.report.path.lastIndexOf('/') + 1) : 'report'}`),
            onOutput: (t) => io.stderr(t),
        });
        return report;
    }
    finally {
        (0,external_node_fs_.rmSync)(reportDir, { recursive: true, force: true });
    }
}
function stringEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (typeof v === 'string')
            out[k] = v;
    return out;
}
/**
 * The `command` input: a JSON array of arguments, or one argument per line, or (one line) words
 * split on blanks. No shell: quotes are not interpreted, so use the JSON form for an argument with spaces.
 */
function parseCommandInput(raw) {
    if (raw === undefined)
        return undefined;
    const t = raw.trim();
    if (t.startsWith('[')) {
        let v;
        try {
            v = JSON.parse(t);
        }
        catch {
            throw new errors/* InputError */.dz('command', raw, 'a JSON array of strings, or one argument per line');
        }
        if (!Array.isArray(v) || v.length === 0 || !v.every((a) => typeof a === 'string'))
            throw new errors/* InputError */.dz('command', raw, 'a non-empty JSON array of strings');
        return v;
    }
    const lines = t
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    return lines.length === 1 ? lines[0].split(/\s+/) : lines;
}
/** The per-file seconds for actions/matrix: a JSON object of repository-relative file to seconds. */
function timingsJson(r) {
    return `${JSON.stringify(Object.fromEntries(r.timings.map((t) => [t.file, t.seconds])), null, 1)}\n`;
}
/** `--github`: options from INPUT_*, annotations, the job summary and the step's outputs. */
async function githubMode(io) {
    const inputs = (0,runner.actionInputs)(io.env);
    const workspace = (0,external_node_path_.resolve)(io.env.GITHUB_WORKSPACE || io.cwd);
    const wd = inputs.string('working-directory', '.');
    const projectDir = (0,args/* existingDir */.Tc)(workspace, wd, "Input 'working-directory'");
    const rel = (0,external_node_path_.relative)(workspace, projectDir);
    if (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel)) {
        throw new errors/* InputError */.dz('working-directory', wd, 'a directory inside the workspace');
    }
    const command = parseCommandInput(inputs.optional('command'));
    const reports = inputs.globs('reports').map((r) => (0,external_node_path_.resolve)(projectDir, r));
    const opts = {
        projectDir,
        reports,
        ...(command ? { command } : {}),
        retryFailed: inputs.number('retry-failed', { integer: true, min: 0, max: 10, default: 0 }),
        flaky: inputs.enum('flaky', ['pass', 'fail'], 'pass'),
    };
    const report = await testReport(opts, { ...io, cwd: projectDir }, process/* runProcess */.R, workspace);
    const why = verdict(report, opts.flaky);
    const plan = (0,findings/* planFindingAnnotations */.Hy)(failureFindings(report));
    (0,runner.annotate)(plan.shown.map((s) => s.annotation));
    await (0,runner.writeSummary)(renderTestSummary(report, {
        annotationsOmitted: plan.omittedTotal + report.failures.filter((f) => f.path === undefined).length,
        ...(why ? { verdict: why } : {}),
    }));
    const t = report.tests;
    (0,runner.setOutput)('total', t.total);
    (0,runner.setOutput)('passed', t.passed);
    (0,runner.setOutput)('failed', t.failed);
    (0,runner.setOutput)('errored', t.errored);
    (0,runner.setOutput)('skipped', t.skipped);
    (0,runner.setOutput)('flaky', report.flaky.length);
    const temp = io.env.RUNNER_TEMP && (0,external_node_fs_.existsSync)(io.env.RUNNER_TEMP) ? io.env.RUNNER_TEMP : (0,external_node_os_.tmpdir)();
    const timings = (0,external_node_path_.join)(temp, `quality-test-timings-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.json`);
    try {
        (0,external_node_fs_.writeFileSync)(timings, timingsJson(report));
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`Could not write the timings file ${timings} (${e.code ?? e}).`);
    }
    (0,runner.setOutput)('timings', timings);
    await io.stdout(renderText(report));
    if (why !== undefined) {
        // The step fails by the exit code this returns; kit's fail() would also set the exit code of
        // whatever process runs the command (a test runner, quality check running several steps).
        runner.log.error(why);
        return 1;
    }
    return 0;
}
const testCommand = async (argv, io) => {
    if (argv.includes('--github')) {
        if (argv.length > 1)
            throw new args/* UsageError */.eb('--github reads its options from the INPUT_* variables: give no other option.');
        return githubMode(io);
    }
    const read = await readOptions(argv, io);
    if (read === undefined)
        return 0;
    const { opts, json } = read;
    const report = await testReport(opts, io);
    await io.stdout(json ? `${JSON.stringify(toJson(report))}\n` : renderText(report));
    const why = verdict(report, opts.flaky);
    if (why !== undefined && !json)
        io.stderr(`quality test: ${why}\n`);
    return why === undefined ? 0 : 1;
};


/***/ }),

/***/ 7080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   Hy: () => (/* binding */ planFindingAnnotations),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   XJ: () => (/* binding */ renderFindingsSummary),
/* harmony export */   ZN: () => (/* binding */ failsAt)
/* harmony export */ });
/* unused harmony exports SEVERITIES, rankFindings, toAnnotation */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8238);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9703);
/**
 * One findings model for every tool (lint, format, guard): fingerprints, ranking for
 * annotations within GitHub's limits, and a Markdown summary that fits in 1 MiB.
 *
 * Tricky rule: renderers print only the fields of `Finding` listed here, so an engine may
 * carry extra data on a finding (a secret kept for masking) without it ever being printed.
 */



const SEVERITIES = (/* unused pure expression or super */ null && (['error', 'warning', 'notice']));
const RANK = { error: 0, warning: 1, notice: 2 };
/**
 * A stable identity for a finding: tool, rule, path and the content it is about (the text of
 * its line, whitespace-normalised, or the message when no line text is given). Line numbers
 * are left out so that a finding keeps its fingerprint when code above it moves.
 */
function fingerprint(finding, lineText) {
    const content = lineText !== undefined ? lineText.trim().replace(/\s+/g, ' ') : finding.message;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update([finding.tool, finding.rule, finding.path, content].join('\u0000'))
        .digest('hex')
        .slice(0, 32);
}
function countFindings(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}
/** Whether a finding at or above `level` exists ('any' counts notices, 'none' never fails). */
function failsAt(findings, level) {
    if (level === 'none')
        return false;
    const max = level === 'error' ? 0 : level === 'warning' ? 1 : 2;
    return findings.some((f) => RANK[f.severity] <= max);
}
const onChanged = (f, changed) => f.line !== undefined && (changed?.get(f.path)?.has(f.line) ?? false);
/** Errors first, then findings on changed lines, then the rest; stable within each group. */
function rankFindings(findings, changed) {
    const key = (f) => (f.severity === 'error' ? 0 : onChanged(f, changed) ? 1 : 2);
    return findings
        .map((f, i) => ({ f, i, k: key(f) }))
        .sort((a, b) => a.k - b.k || RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i)
        .map(({ f }) => f);
}
function toAnnotation(f) {
    const a = {
        level: f.severity,
        title: `${f.tool}: ${f.rule}`,
        message: f.fix ? `${f.message}\n${f.fix}` : f.message,
        file: f.path,
    };
    if (f.line !== undefined)
        a.startLine = f.line;
    if (f.endLine !== undefined)
        a.endLine = f.endLine;
    // GitHub ignores columns on annotations that span lines.
    if (f.column !== undefined && (f.endLine === undefined || f.endLine === f.line)) {
        a.startColumn = f.column;
        if (f.endColumn !== undefined)
            a.endColumn = f.endColumn;
    }
    return a;
}
/**
 * Choose which findings become annotations within GitHub's limits (10 per type per step,
 * 50 per job by default) and count the rest so the summary can say how many were not shown.
 * Pass `perJob` lower than 50 when other steps of the job annotate too.
 */
function planFindingAnnotations(findings, opts = {}) {
    const byAnnotation = new Map();
    const annotations = findings.map((f) => {
        const a = toAnnotation(f);
        a.priority = onChanged(f, opts.changed) ? 1 : 0;
        byAnnotation.set(a, f);
        return a;
    });
    const plan = (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .planAnnotations */ .mc)(annotations, opts.perType, opts.perJob);
    return {
        shown: plan.shown.map((annotation) => ({ finding: byAnnotation.get(annotation), annotation })),
        omitted: plan.omitted,
        omittedTotal: plan.omittedTotal,
    };
}
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/**
 * A Markdown summary of every finding, grouped by file then tool. When it would exceed
 * `maxBytes` (1 MiB), whole rows are dropped from the end and a line counts the findings and
 * files not listed.
 */
function renderFindingsSummary(findings, opts = {}) {
    const maxBytes = opts.maxBytes ?? _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMITS */ .b1.summaryBytes;
    const counts = countFindings(findings);
    const head = [];
    if (opts.title)
        head.push(`### ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(opts.title)}`, '');
    const files = new Set(findings.map((f) => f.path));
    head.push(findings.length === 0
        ? 'No findings.'
        : `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')} in ${plural(files.size, 'file')}.`);
    if (opts.plan && opts.plan.omittedTotal > 0) {
        head.push('', `> [!NOTE]\n> ${plural(opts.plan.omittedTotal, 'finding')} not shown as annotations (GitHub shows 10 per type per step and 50 per job): all are listed below.`);
    }
    const sorted = findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => (a.f.path < b.f.path ? -1 : a.f.path > b.f.path ? 1 : 0) ||
        (a.f.tool < b.f.tool ? -1 : a.f.tool > b.f.tool ? 1 : 0) ||
        (a.f.line ?? 0) - (b.f.line ?? 0) ||
        a.i - b.i)
        .map(({ f }) => f);
    // Reserve room for the closing note so that adding it never breaks the limit.
    const reserve = 512;
    const out = [head.join('\n')];
    let bytes = (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .utf8Bytes */ .dy)(out[0]);
    let listed = 0;
    const listedFiles = new Set();
    const headers = ['Line', 'Severity', 'Rule', 'Message'];
    let i = 0;
    outer: while (i < sorted.length) {
        const path = sorted[i].path;
        const fileHead = `\n\n#### ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(path)}`;
        let first = true;
        while (i < sorted.length && sorted[i].path === path) {
            const tool = sorted[i].tool;
            const block = `${first ? fileHead : ''}\n\n**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(tool)}**\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(headers, [])}`;
            let rowsInBlock = 0;
            while (i < sorted.length && sorted[i].path === path && sorted[i].tool === tool) {
                const f = sorted[i];
                const where = f.line === undefined ? '' : `${f.line}${f.column !== undefined ? `:${f.column}` : ''}`;
                const msg = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(f.message) + (f.fix ? `<br>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(f.fix)}` : '');
                const row = `\n| ${where} | ${f.severity} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(f.rule)} | ${msg} |`;
                const add = (rowsInBlock === 0 ? block : '') + row;
                const n = (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .utf8Bytes */ .dy)(add);
                if (bytes + n > maxBytes - reserve)
                    break outer;
                out.push(add);
                bytes += n;
                rowsInBlock++;
                listed++;
                listedFiles.add(path);
                i++;
            }
            first = false;
        }
    }
    if (listed < sorted.length) {
        const missingFiles = new Set(sorted.slice(listed).map((f) => f.path));
        for (const p of listedFiles)
            if (missingFiles.has(p))
                missingFiles.delete(p);
        const more = sorted.length - listed;
        out.push(`\n\n> [!WARNING]\n> ${plural(more, 'more finding')} (${plural(missingFiles.size, 'more file')}) not listed: the job summary is limited to 1 MiB. Run the command locally with \`--json\` for the full list.`);
    }
    // The reserve keeps us under the limit; fitSummary is the backstop should it not.
    return (0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .fitSummary */ .mW)(`${out.join('')}\n`, maxBytes).text;
}


/***/ }),

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
                if (this.captured.length < MAX_DETAIL_CHARS)
                    this.captured += t;
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
            const suite = { seconds: junitSeconds(attrs.get('time')), cases: 0 };
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
            const c = {
                name: attrs.get('name') ?? '',
                suites: (this.suiteNames ??= this.suites.flatMap((s) => (s.name === undefined ? [] : [s.name]))),
                seconds: junitSeconds(attrs.get('time')),
                outcome: 'passed',
            };
            const classname = attrs.get('classname');
            if (classname !== undefined)
                c.classname = classname;
            const file = attrs.get('file') ?? attrs.get('filepath') ?? this.innermostFile();
            if (file !== undefined)
                c.file = file;
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
    return truncateMarkdown(md, maxBytes, '> [!WARNING]\n> This summary was truncated to fit GitHub’s 1 MiB job summary limit. The full report is in the `report` output file.', utf8Bytes);
}
/** Fit a PR comment body into GitHub's 65,536-character limit. */
function fitComment(md, maxChars = LIMITS.commentChars) {
    return truncateMarkdown(md, maxChars, '> [!NOTE]\n> This comment was truncated to fit GitHub’s 65,536-character limit. The job summary has the full report.', (s) => [...s].length);
}
/** Throws RangeError when an output value is larger than GitHub accepts. */
function checkOutputSize(name, value, maxBytes = LIMITS.outputBytes) {
    const n = utf8Bytes(value);
    if (n > maxBytes) {
        throw new RangeError(`output '${name}' is ${n} bytes: GitHub accepts at most ${maxBytes} bytes per output`);
    }
}


/***/ }),

/***/ 8537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ runProcess),
/* harmony export */   k: () => (/* binding */ displayCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Run a program with an argument array (never a shell string), a timeout and a cap on what it
 * may print: the one process runner engines are handed (lint, format) so they stay pure.
 *
 * Tricky rule: output past `maxOutputBytes` is dropped and flagged (`truncated`), never buffered,
 * so a runaway tool cannot exhaust memory; the caller decides whether a truncated answer is usable.
 */

const DEFAULT_MAX = 256 * 1024 * 1024;
/** The real runner. Resolves for every outcome (a missing program included); never rejects. */
const runProcess = (req) => {
    const started = performance.now();
    const max = req.maxOutputBytes ?? DEFAULT_MAX;
    const timeoutMs = req.timeoutMs ?? 10 * 60_000;
    const [program, ...args] = req.argv;
    return new Promise((resolve) => {
        if (program === undefined || program === '') {
            const e = Object.assign(new Error('empty command'), { code: 'ENOENT' });
            resolve({
                code: null,
                signal: null,
                stdout: Buffer.alloc(0),
                stderr: Buffer.alloc(0),
                durationMs: 0,
                truncated: false,
                timedOut: false,
                spawnError: e,
            });
            return;
        }
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, {
            cwd: req.cwd,
            env: req.env ? { ...process.env, ...req.env } : process.env,
            stdio: [req.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            shell: false,
            windowsHide: true,
        });
        let timedOut = false;
        let killTimer;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
            killTimer = setTimeout(() => child.kill('SIGKILL'), 2000);
            killTimer.unref();
        }, timeoutMs);
        timer.unref();
        let truncated = false;
        const collect = () => {
            const parts = [];
            let size = 0;
            return {
                parts,
                push(c) {
                    if (size >= max) {
                        truncated = true;
                        return;
                    }
                    const keep = c.length <= max - size ? c : c.subarray(0, max - size);
                    if (keep.length < c.length)
                        truncated = true;
                    parts.push(keep);
                    size += keep.length;
                },
            };
        };
        const out = collect();
        const err = collect();
        child.stdout.on('data', (c) => out.push(c));
        child.stderr.on('data', (c) => err.push(c));
        if (child.stdin) {
            child.stdin.on('error', () => undefined); // the program may exit before reading its input
            child.stdin.end(req.input);
        }
        let spawnError;
        child.on('error', (e) => {
            spawnError = e;
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (killTimer)
                clearTimeout(killTimer);
            resolve({
                code: spawnError ? null : code,
                signal,
                stdout: Buffer.concat(out.parts),
                stderr: Buffer.concat(err.parts),
                durationMs: performance.now() - started,
                truncated,
                timedOut,
                ...(spawnError ? { spawnError } : {}),
            });
        });
    });
};
/** An argument array as a shell would need it typed (for messages and "run this to fix" lines). */
function displayCommand(argv) {
    return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}


/***/ }),

/***/ 4555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ActionsStateProvider: () => (/* binding */ ActionsStateProvider),
  actionInputs: () => (/* binding */ actionInputs),
  annotate: () => (/* binding */ annotate),
  fail: () => (/* binding */ fail),
  log: () => (/* binding */ log),
  mask: () => (/* binding */ mask),
  phaseTimer: () => (/* binding */ phaseTimer),
  readContext: () => (/* binding */ readContext),
  run: () => (/* binding */ run),
  setOutput: () => (/* binding */ setOutput),
  writeSummary: () => (/* binding */ writeSummary)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./packages/kit/src/escape.ts
var src_escape = __webpack_require__(6757);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/inputs.ts
var inputs = __webpack_require__(6415);
// EXTERNAL MODULE: ./packages/kit/src/limits.ts
var limits = __webpack_require__(8238);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/kit/src/workflow-commands.ts
/**
 * The runner's wire formats, written the way `@actions/core` 3 writes them (without loading it and
 * its HTTP client): `::name k=v,k=v::data` commands on stdout, and the `key<<DELIMITER` blocks of
 * the GITHUB_OUTPUT and GITHUB_STATE files. The one tricky rule: a block's delimiter gets a random
 * suffix, so no value (outside text included) can end the block early and forge another key.
 */




/** One workflow command line (without the line break). */
function formatCommand(name, properties, data) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${(0,src_escape/* escapeProperty */.Bn)(String(v))}`);
    return `::${name}${props.length ? ` ${props.join(',')}` : ''}::${(0,src_escape/* escapeData */.uf)(data)}`;
}
/** A `key<<DELIMITER` block for GITHUB_OUTPUT / GITHUB_STATE (without the final line break). */
function formatKeyValue(key, value, delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`) {
    if (key.includes(delimiter) || value.includes(delimiter))
        throw new Error(`The ${JSON.stringify(key)} value contains its own delimiter: this is a bug in quality.`);
    return `${key}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}`;
}
/**
 * Append a key/value to the runner's file (`GITHUB_OUTPUT`, `GITHUB_STATE`). The runner creates
 * the file; a path that does not exist is refused rather than created somewhere unexpected.
 */
function appendKeyValue(file, key, value) {
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,external_node_fs_.appendFileSync)(file, formatKeyValue(key, value) + external_node_os_.EOL, { encoding: 'utf8' });
}

;// CONCATENATED MODULE: ./packages/kit/src/runner.ts
/**
 * The one place that talks to the runner: workflow commands on stdout, outputs, state and the job
 * summary in the runner's files. Written without `@actions/core` (its HTTP client is most of an
 * entry's start-up); the formats are core's (see workflow-commands.ts). `fail` sets exit code 1.
 */







/** Write one workflow command to stdout (the only writer of commands: see workflow-commands.ts). */
function issueCommand(name, properties, data) {
    process.stdout.write(formatCommand(name, properties, data) + external_node_os_.EOL);
}
/**
 * The wrapper for every entry. A ConfigurationError fails the step with its message; any
 * other error is a bug: its message fails the step and its stack goes to the debug log.
 * Never leaves an unhandled rejection; ends the process promptly.
 */
async function run(main, opts = {}) {
    const exit = opts.exit ?? true;
    try {
        await main();
    }
    catch (e) {
        if ((0,errors/* isConfigurationError */.p0)(e)) {
            fail(e.message);
        }
        else {
            fail(`Unexpected error: ${(0,errors/* errorMessage */.gJ)(e)}. This is a bug in quality; please report it with the debug log.`);
            if (e instanceof Error && e.stack)
                log.debug(e.stack);
        }
    }
    if (exit) {
        // stdout/stderr writes to files and pipes are synchronous on Linux and macOS; on Windows
        // pipes are async, so give them a tick before ending.
        setImmediate(() => process.exit());
    }
}
/** Inputs read from the runner's INPUT_* variables. */
function actionInputs(env = process.env) {
    return new inputs/* Inputs */.G0((0,inputs/* envInputSource */.lQ)(env));
}
/**
 * A step output: appended to GITHUB_OUTPUT as a delimited block; without the file (a local run),
 * printed as the old `set-output` command, as core does.
 */
function setOutput(name, value) {
    const s = String(value);
    try {
        (0,limits/* checkOutputSize */.pp)(name, s);
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1((0,errors/* errorMessage */.gJ)(e));
    }
    const file = process.env.GITHUB_OUTPUT;
    if (file)
        appendKeyValue(file, name, s);
    else {
        process.stdout.write(external_node_os_.EOL);
        issueCommand('set-output', { name }, s);
    }
}
/** Fail the step with a message: an error annotation, and exit code 1 when the process ends. */
function fail(message) {
    process.exitCode = 1;
    issueCommand('error', {}, message);
}
/** Register a secret so the runner masks it in every log line (a no-op for an empty value). */
function mask(secret) {
    if (secret)
        issueCommand('add-mask', {}, secret);
}
const write = (line) => void process.stdout.write(line + external_node_os_.EOL);
const log = {
    /** Lines that would read as workflow commands are defused: messages carry outside text. */
    info: (m) => write((0,src_escape/* defuseLines */.yL)(m)),
    debug: (m) => issueCommand('debug', {}, m),
    warning: (m) => issueCommand('warning', {}, m),
    notice: (m) => issueCommand('notice', {}, m),
    error: (m) => issueCommand('error', {}, m),
    /** A collapsible group in the log around `fn`; the group ends however `fn` ends. */
    group: async (name, fn) => {
        issueCommand('group', {}, name);
        try {
            return await fn();
        }
        finally {
            issueCommand('endgroup', {}, '');
        }
    },
    /** Step debug logging is on (RUNNER_DEBUG=1). */
    isDebug: () => process.env.RUNNER_DEBUG === '1',
    /** Register a secret so the runner masks it in every log line. */
    mask,
};
/**
 * Phase timings in the debug log (ACTIONS_STEP_DEBUG): each call logs the time since the last,
 * so a slow run shows where its time went. The first line is the start-up: Node's own and the
 * bundle's loading, from the process start to this call.
 */
function phaseTimer(action) {
    let last = performance.now();
    log.debug(`${action} timing: start-up (process start to the first phase) ${last.toFixed(0)} ms`);
    return (phase) => {
        const now = performance.now();
        log.debug(`${action} timing: ${phase} ${(now - last).toFixed(0)} ms`);
        last = now;
    };
}
/**
 * Emit annotations within GitHub's caps. Returns what was shown and what was not, so the
 * job summary can say "N more not shown".
 */
function annotate(all) {
    const plan = (0,limits/* planAnnotations */.mc)(all);
    for (const a of plan.shown) {
        // core's property names: line and col, not startLine and startColumn.
        const props = {
            title: a.title,
            file: a.file,
            line: a.startLine,
            endLine: a.endLine,
            col: a.startColumn,
            endColumn: a.endColumn,
        };
        issueCommand(a.level, props, a.message);
    }
    return plan;
}
/**
 * Write the job summary (Markdown), fitted to the 1 MiB limit. A summary that cannot be
 * written (no GITHUB_STEP_SUMMARY, e.g. a local run) is a warning, never a failure.
 */
async function writeSummary(markdown) {
    const { text, truncated } = (0,limits/* fitSummary */.mW)(markdown);
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        log.info(text);
        return { written: false, truncated };
    }
    try {
        (0,external_node_fs_.appendFileSync)(file, text + external_node_os_.EOL, { encoding: 'utf8' });
        return { written: true, truncated };
    }
    catch (e) {
        log.warning(`Could not write the job summary to ${file}: ${(0,errors/* errorMessage */.gJ)(e)}`);
        return { written: false, truncated };
    }
}
/** State for the post step: GITHUB_STATE on the way out, `STATE_<key>` on the way back in. */
class ActionsStateProvider {
    set(key, value) {
        const file = process.env.GITHUB_STATE;
        if (file)
            appendKeyValue(file, key, value);
        else {
            process.stdout.write(external_node_os_.EOL);
            issueCommand('save-state', { name: key }, value);
        }
    }
    get(key) {
        return process.env[`STATE_${key}`] ?? '';
    }
}
function readContext(env = process.env) {
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch (e) {
            log.warning(`Could not read the event payload at ${env.GITHUB_EVENT_PATH}: ${(0,errors/* errorMessage */.gJ)(e)}`);
        }
    }
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        repository: owner && repo ? { owner, repo } : undefined,
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        runnerTemp: env.RUNNER_TEMP ?? '',
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        runId: env.GITHUB_RUN_ID ?? '',
        workflow: env.GITHUB_WORKFLOW ?? '',
        job: env.GITHUB_JOB ?? '',
        runnerOs: env.RUNNER_OS ?? process.platform,
        runnerArch: env.RUNNER_ARCH ?? process.arch,
    };
}


/***/ })

};
