export const id = 42;
export const ids = [42,555,256];
export const modules = {

/***/ 9689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   goModuleOf: () => (/* binding */ goModuleOf),
/* harmony export */   parseCommandInput: () => (/* binding */ parseCommandInput),
/* harmony export */   parseFileList: () => (/* binding */ parseFileList),
/* harmony export */   pathContext: () => (/* binding */ pathContext),
/* harmony export */   readListFile: () => (/* binding */ readListFile),
/* harmony export */   readOptions: () => (/* binding */ readOptions),
/* harmony export */   renderText: () => (/* binding */ renderText),
/* harmony export */   reportsReadAlone: () => (/* binding */ reportsReadAlone),
/* harmony export */   splitCommand: () => (/* binding */ splitCommand),
/* harmony export */   testCommand: () => (/* binding */ testCommand),
/* harmony export */   testReport: () => (/* binding */ testReport),
/* harmony export */   timingsJson: () => (/* binding */ timingsJson),
/* harmony export */   toJson: () => (/* binding */ toJson),
/* harmony export */   verdict: () => (/* binding */ verdict)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7817);
/* harmony import */ var _quality_kit_escape__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(6757);
/* harmony import */ var _quality_kit_findings__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7080);
/* harmony import */ var _quality_kit_git__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3137);
/* harmony import */ var _quality_kit_event__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(3256);
/* harmony import */ var _quality_kit_runner__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4555);
/* harmony import */ var _quality_kit_process__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8537);
/* harmony import */ var _quality_testing__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3764);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7109);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6006);
/* harmony import */ var _step_error_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7849);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1892);
/**
 * `quality test`: the project's tests, with results people can act on. With `--report FILE...`
 * only the reports are read (JUnit XML of any common producer, `go test -json` output); otherwise
 * the project's test command runs with machine-readable results switched on.
 * Exit codes: 0 all passed, 1 a test failed or errored (or nothing was measured), 2 bad usage.
 */















const HELP = `Usage: quality test [PATH] [--report FILE...] [--file TEST...] [--command ARG...] [--json]

Run the tests of the project in PATH (default: the current directory) and report totals, each
failure with its message and location, the 10 slowest tests and per-file timings.

  --report FILE      read this test report (repeatable; a glob, or several comma-separated, each
                     matching at least one file) instead of running the tests: JUnit XML
                     (pytest --junitxml in both families, jest-junit, vitest, Maven Surefire,
                     go-junit-report, gotestsum), \`go test -json\` or \`jest --json\` output.
                     With --command: run the command, then read these reports
  --command ARG...   the test command, as an argument list: every argument after --command
                     (default: detected: the package.json test script, pytest, go test ./...)
  --file TEST        run only this test file (repeatable), relative to PATH: jest (by path),
                     vitest (as a filter; other files it would match are excluded), pytest;
                     for go test a package directory (., ./pkg)
  --files-from FILE  run only the files listed in FILE: one per line, or a JSON array (what
                     quality shard --json prints and actions/matrix puts in matrix.files)
  --retry-failed N   run failed tests again up to N times; one that passes is reported as flaky
  --flaky pass|fail  whether a flaky test fails the run (default: pass)
  --github           in a workflow step: options from the INPUT_* variables (working-directory,
                     command, reports, files, files-from, retry-failed, flaky), annotations,
                     job summary and outputs
  --json             print {"tests":{...},"failures":[...],"slowest":[...],"timings":[...],"flaky":[...]}
${(0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .configHelp */ .kt)()}  -h, --help         show this help

Options not given are read from the test section of .github/quality.yml (command, reports:
paths relative to PATH, retry-failed, flaky).

Exit codes: 0 every test passed, 1 a test failed or errored, or no test ran, 2 a usage or
configuration error.
`;
const OPTIONS = {
    ..._args_js__WEBPACK_IMPORTED_MODULE_9__/* .CONFIG_OPTION */ .dG,
    github: { type: 'boolean' },
    report: { type: 'string', multiple: true },
    file: { type: 'string', multiple: true },
    'files-from': { type: 'string' },
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
        throw new _args_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb('--command needs the test command after it, e.g. --command npx jest --ci.');
    return { own: argv.slice(0, at), command };
}
/** The module path of go.mod in `dir`, when there is one. */
function goModuleOf(dir) {
    const f = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'go.mod');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(f))
        return undefined;
    const m = /^\s*module\s+("?)([^\s"]+)\1\s*$/m.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(f, 'utf8'));
    return m?.[2];
}
/** Paths are made relative to the git repository of `projectDir`, else to `fallbackRoot`. */
async function pathContext(projectDir, fallbackRoot = projectDir) {
    let root;
    try {
        root = await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_5__/* .repoRoot */ .jv)(projectDir);
    }
    catch {
        root = fallbackRoot;
    }
    const goModule = goModuleOf(projectDir);
    return {
        root: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root),
        projectDir: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(projectDir),
        ...(goModule ? { goModule } : {}),
        exists: (p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, p)),
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
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
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
        lines.push(`... and ${plural(r.failuresNotListed, 'more failure')} not listed`);
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
    lines.push('', `${plural(t.total, 'test')}: ${t.passed} passed, ${t.failed} failed, ${t.errored} errored, ${t.skipped} skipped${r.flaky.length ? `, ${r.flaky.length} flaky` : ''}`);
    return `${lines.join('\n').replace(/^\n+/, '')}\n`;
}
/** Why the run fails, or undefined when it passes. */
function verdict(r, flaky) {
    const t = r.tests;
    if (t.failed + t.errored > 0)
        return `${plural(t.failed, 'test')} failed and ${t.errored} errored.`;
    if (flaky === 'fail' && r.flaky.length > 0)
        return `${plural(r.flaky.length, 'flaky test')} (flaky: fail).`;
    if (t.total === 0)
        return 'No test ran: nothing was measured. Check the test command or the report paths.';
    if (t.passed === 0)
        return `No test passed: all ${plural(t.total, 'test')} were skipped.`;
    return undefined;
}
async function readOptions(argv, io) {
    const { own, command } = splitCommand(argv);
    const { values, positionals, inputs: flags } = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .parse */ .qg)(own, OPTIONS, 1);
    if (values.help) {
        await io.stdout(HELP);
        return undefined;
    }
    const projectDir = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .existingDir */ .Tc)(io.cwd, positionals[0], 'PATH');
    // Flags not given: the test section of the config file (its report paths relative to PATH).
    const inputs = await (0,_config_js__WEBPACK_IMPORTED_MODULE_10__/* .configured */ .t)(flags, 'test', projectDir, io);
    // The config's patterns (comma-separated too) each relative to PATH, --report's to the current folder.
    const reports = values.report ??
        (0,_quality_testing__WEBPACK_IMPORTED_MODULE_8__/* .reportPatterns */ .Ab)(inputs.globs('--reports'), projectDir).map((r) => r.startsWith('!') ? `!${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(projectDir, r.slice(1))}` : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(projectDir, r));
    const run = command ?? commandOf(inputs, '--command');
    const files = [
        ...(values.file ?? []),
        ...(values['files-from'] !== undefined
            ? parseFileList(readListFile((0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .fromCwd */ .Be)(io.cwd, values['files-from']), '--files-from'), '--files-from')
            : []),
    ];
    if (files.length > 0 && run === undefined && reports.length > 0) {
        const o = values.report === undefined ? inputs.origin('--reports') : undefined;
        throw new _args_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(o
            ? `--file and --files-from choose tests to run, but ${o.file}:${o.line} sets ${o.key} and no command: only those reports would be read. Give the command (--command ARG..., or test.command).`
            : '--file and --files-from choose tests to run: with --report alone nothing runs.');
    }
    return {
        opts: {
            projectDir,
            reports,
            ...(run ? { command: run } : {}),
            ...(files.length > 0 ? { files } : {}),
            retryFailed: inputs.number('--retry-failed', { integer: true, min: 0, max: 10, default: 0 }),
            flaky: inputs.enum('--flaky', ['pass', 'fail'], 'pass'),
        },
        json: values.json === true,
        ...(reports.length > 0 ? { reportsFrom: reportsOrigin(values.report !== undefined, inputs) } : {}),
    };
}
/** Where the reports were named, for messages: `--report`, or the config key with its file and line. */
function reportsOrigin(flag, inputs) {
    if (flag)
        return '--report';
    const o = inputs.origin('--reports');
    return o ? `${o.key} (${o.file}:${o.line})` : 'test.reports';
}
/**
 * The report files `quality test ARGV` in `io.cwd` reads without running anything (reports named
 * and no command), with where they were named; undefined when it runs a command, or stops on an
 * error of its own (a bad flag or key, a pattern matching nothing: the command says it when it runs).
 */
async function reportsReadAlone(argv, io) {
    const quiet = { ...io, stdout: () => undefined, stderr: () => undefined };
    try {
        const read = await readOptions(argv, quiet);
        if (!read || read.opts.command !== undefined || read.opts.reports.length === 0)
            return undefined;
        const files = (0,_quality_testing__WEBPACK_IMPORTED_MODULE_8__/* .expandReports */ .uu)((0,_quality_testing__WEBPACK_IMPORTED_MODULE_8__/* .reportPatterns */ .Ab)(read.opts.reports, io.cwd), io.cwd);
        return { files, from: read.reportsFrom ?? 'test.reports' };
    }
    catch (e) {
        if ((0,_quality_kit_errors__WEBPACK_IMPORTED_MODULE_3__/* .isConfigurationError */ .p0)(e))
            return undefined;
        throw e; // a bug: quality check reports it as one, never reads the reports unchecked
    }
}
/** Read the reports, or run the tests (then read what they wrote). */
async function testReport(opts, io, runner = _quality_kit_process__WEBPACK_IMPORTED_MODULE_7__/* .runProcess */ .R3, fallbackRoot) {
    const ctx = await pathContext(opts.projectDir, fallbackRoot);
    // Paths or globs, relative to the current (or project) folder; with a command, expanded after it ran.
    const patterns = (0,_quality_testing__WEBPACK_IMPORTED_MODULE_8__/* .reportPatterns */ .Ab)(opts.reports, io.cwd);
    const reports = patterns.length ? () => (0,_quality_testing__WEBPACK_IMPORTED_MODULE_8__/* .expandReports */ .uu)(patterns, io.cwd) : undefined;
    if (opts.command === undefined && reports)
        return (0,_quality_testing__WEBPACK_IMPORTED_MODULE_8__/* .readReports */ .oh)(reports(), ctx);
    const base = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .tempBase */ .sk)(io.env);
    const reportDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, 'quality-test-'));
    try {
        const plan = (0,_quality_testing__WEBPACK_IMPORTED_MODULE_8__/* .planRun */ .nY)(opts.projectDir, (0,_quality_testing__WEBPACK_IMPORTED_MODULE_8__/* .projectFacts */ .Pr)(opts.projectDir), {
            ...(opts.command ? { command: opts.command } : {}),
            ...(opts.files ? { files: opts.files } : {}),
            reportDir,
        });
        if (plan.report && reports) {
            // Before the run: quality check reads a command's warnings from the lines before it.
            const m = `The reports given (${opts.reports.join(', ')}) are not read: ${plan.argv.join(' ')} is a runner quality reads itself, through a report of its own. Leave the reports out, or give a command quality does not know to have its reports read instead.`;
            if (io.warn)
                io.warn(m);
            else
                io.stderr(`warning: ${(0,_quality_kit_escape__WEBPACK_IMPORTED_MODULE_13__/* .escapeLine */ .EH)(m)}\n`);
        }
        io.stderr(`quality test: running ${plan.argv.join(' ')} (${plan.source})\n`);
        const { report } = await (0,_quality_testing__WEBPACK_IMPORTED_MODULE_8__/* .runTests */ .N$)({
            plan,
            runner: (req) => runner({ ...req, env: { ...stringEnv(io.env), ...(req.env ?? {}) } }),
            ctx,
            retryFailed: opts.retryFailed,
            ...(reports ? { reports } : {}),
            retryReport: (n) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(reportDir, `retry-${n}-${plan.report ? plan.report.path.slice(plan.report.path.lastIndexOf('/') + 1) : 'report'}`),
            onOutput: (t) => io.stderr(t),
        });
        return report;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(reportDir, { recursive: true, force: true });
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
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('command', raw, 'a JSON array of strings, or one argument per line');
        }
        if (!Array.isArray(v) || v.length === 0 || !v.every((a) => typeof a === 'string'))
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('command', raw, 'a non-empty JSON array of strings');
        return v;
    }
    const lines = t
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    return lines.length === 1 ? lines[0].split(/\s+/) : lines;
}
/** The `command` input (or config key, or its flag's fallback): a wrong config value names its file and line. */
function commandOf(inputs, name) {
    try {
        return parseCommandInput(inputs.optional(name));
    }
    catch (e) {
        const o = inputs.origin(name);
        if (o && e instanceof _quality_kit_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigValueError */ .w0(o.file, o.line, o.key, e.received, e.expected);
        throw e;
    }
}
/** A list file (--files-from, input files-from) bigger than this is not a shard's file list. */
const MAX_LIST_BYTES = 16 * 1024 * 1024;
/** The text of a file list, read with its size checked first. */
function readListFile(path, name) {
    let size;
    try {
        size = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path).size;
    }
    catch (e) {
        const code = e.code;
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${name} ${path} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(e)})`}: give the file quality shard --json wrote.`);
    }
    if (size > MAX_LIST_BYTES)
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${name} ${path} is ${size} bytes: a list of test files is at most ${MAX_LIST_BYTES}.`);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8');
}
/**
 * A list of test files: a JSON array of strings (`toJSON(matrix.files)`, `quality shard --json`;
 * `null` is no list), or one path per line. Empty: no selection (every test runs).
 */
function parseFileList(raw, name) {
    const t = raw.trim();
    if (t === '' || t === 'null')
        return [];
    if (t.startsWith('[')) {
        let v;
        try {
            v = JSON.parse(t);
        }
        catch {
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, raw, 'a JSON array of test file paths, or one path per line');
        }
        if (!Array.isArray(v) || !v.every((a) => typeof a === 'string' && a.trim() !== ''))
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(name, raw, 'a JSON array of non-empty strings (test file paths)');
        return v;
    }
    return t
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
}
/** The per-file seconds for actions/matrix: a JSON object of repository-relative file to seconds. */
function timingsJson(r) {
    return `${JSON.stringify(Object.fromEntries(r.timings.map((t) => [t.file, t.seconds])), null, 1)}\n`;
}
/** The inputs read and checked, and the tests run (or their reports read). */
async function githubRun(io) {
    const workspace = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.env.GITHUB_WORKSPACE || io.cwd);
    const inputs = await (0,_config_js__WEBPACK_IMPORTED_MODULE_10__/* .stepInputs */ .a)('test', workspace, io, _quality_kit_runner__WEBPACK_IMPORTED_MODULE_6__.log.warning);
    const wd = inputs.string('working-directory', '.');
    const projectDir = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .existingDir */ .Tc)(workspace, wd, "Input 'working-directory'");
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(workspace, projectDir);
    if (rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel)) {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('working-directory', wd, 'a directory inside the workspace');
    }
    const command = commandOf(inputs, 'command');
    const reports = inputs.globs('reports'); // relative to the project folder (testReport's cwd)
    const listFile = inputs.optional('files-from');
    const files = [
        ...parseFileList(inputs.string('files', ''), 'files'),
        ...(listFile !== undefined
            ? parseFileList(readListFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(projectDir, listFile), "Input 'files-from'"), 'files-from')
            : []),
    ];
    if (files.length > 0 && command === undefined && reports.length > 0)
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1("Inputs 'files' and 'files-from' choose tests to run, but with 'reports' and no 'command' nothing runs: give the command, or leave the files empty.");
    // Running the tests runs the checkout's code: never a pull request's head with the base's secrets.
    // Reading reports alone runs nothing.
    if (command !== undefined || reports.length === 0) {
        const ctx = (0,_quality_kit_runner__WEBPACK_IMPORTED_MODULE_6__.readContext)(io.env);
        await (0,_trust_js__WEBPACK_IMPORTED_MODULE_12__/* .assertTrustedCheckout */ .a)(workspace, (0,_quality_kit_event__WEBPACK_IMPORTED_MODULE_14__.readEvent)(ctx), ctx.payload, 'test');
    }
    const opts = {
        projectDir,
        reports,
        ...(command ? { command } : {}),
        ...(files.length > 0 ? { files } : {}),
        retryFailed: inputs.number('retry-failed', { integer: true, min: 0, max: 10, default: 0 }),
        flaky: inputs.enum('flaky', ['pass', 'fail'], 'pass'),
    };
    return {
        report: await testReport(opts, { ...io, cwd: projectDir, warn: _quality_kit_runner__WEBPACK_IMPORTED_MODULE_6__.log.warning }, _quality_kit_process__WEBPACK_IMPORTED_MODULE_7__/* .runProcess */ .R3, workspace),
        opts,
    };
}
/** `--github`: options from INPUT_*, annotations, the job summary and the step's outputs. */
async function githubMode(io) {
    let report;
    let opts;
    try {
        ({ report, opts } = await githubRun(io));
    }
    catch (e) {
        return (0,_step_error_js__WEBPACK_IMPORTED_MODULE_11__/* .failStep */ .v)('Tests', e, { log: _quality_kit_runner__WEBPACK_IMPORTED_MODULE_6__.log, writeSummary: _quality_kit_runner__WEBPACK_IMPORTED_MODULE_6__.writeSummary });
    }
    const why = verdict(report, opts.flaky);
    const plan = (0,_quality_kit_findings__WEBPACK_IMPORTED_MODULE_4__/* .planFindingAnnotations */ .Hy)((0,_quality_testing__WEBPACK_IMPORTED_MODULE_8__/* .failureFindings */ .zW)(report));
    (0,_quality_kit_runner__WEBPACK_IMPORTED_MODULE_6__.annotate)(plan.shown.map((s) => s.annotation));
    await (0,_quality_kit_runner__WEBPACK_IMPORTED_MODULE_6__.writeSummary)((0,_quality_testing__WEBPACK_IMPORTED_MODULE_8__/* .renderTestSummary */ .RP)(report, {
        annotationsOmitted: plan.omittedTotal + report.failures.filter((f) => f.path === undefined).length,
        ...(why ? { verdict: why } : {}),
    }));
    const t = report.tests;
    (0,_quality_kit_runner__WEBPACK_IMPORTED_MODULE_6__.setOutput)('total', t.total);
    (0,_quality_kit_runner__WEBPACK_IMPORTED_MODULE_6__.setOutput)('passed', t.passed);
    (0,_quality_kit_runner__WEBPACK_IMPORTED_MODULE_6__.setOutput)('failed', t.failed);
    (0,_quality_kit_runner__WEBPACK_IMPORTED_MODULE_6__.setOutput)('errored', t.errored);
    (0,_quality_kit_runner__WEBPACK_IMPORTED_MODULE_6__.setOutput)('skipped', t.skipped);
    (0,_quality_kit_runner__WEBPACK_IMPORTED_MODULE_6__.setOutput)('flaky', report.flaky.length);
    const temp = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .tempBase */ .sk)(io.env);
    const timings = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(temp, `quality-test-timings-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.json`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(timings, timingsJson(report));
    }
    catch (e) {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Could not write the timings file ${timings} (${e.code ?? e}).`);
    }
    (0,_quality_kit_runner__WEBPACK_IMPORTED_MODULE_6__.setOutput)('timings', timings);
    await io.stdout(renderText(report));
    if (why !== undefined) {
        // The step fails by the exit code this returns; kit's fail() would also set the exit code of
        // whatever process runs the command (a test runner, quality check running several steps).
        _quality_kit_runner__WEBPACK_IMPORTED_MODULE_6__.log.error(why);
        return 1;
    }
    return 0;
}
const testCommand = async (argv, io) => {
    if (argv.includes('--github')) {
        if (argv.length > 1)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb('--github reads its options from the INPUT_* variables: give no other option.');
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

/***/ 3256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readEvent: () => (/* binding */ readEvent)
/* harmony export */ });
/* unused harmony exports ZERO_SHA, SAVE_POLICIES, decideWrite */
const ZERO_SHA = '0000000000000000000000000000000000000000';
const PULL_REQUEST_EVENTS = [
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
];
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const obj = (v) => (isObj(v) ? v : {});
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
const isZero = (sha) => sha !== undefined && /^0+$/.test(sha);
const branchOf = (ref) => ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) || undefined : undefined;
const posInt = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined;
/** Read the event of this run. Never throws: an unreadable payload gives `payloadValid: false`. */
function readEvent(ctx) {
    const name = ctx.eventName;
    const p = isObj(ctx.payload) ? ctx.payload : {};
    const repo = obj(p['repository']);
    const defaultBranch = str(repo['default_branch']);
    const headSha = ctx.sha;
    const untrusted = (why) => ({ canWrite: false, scopedWrite: false, writeNote: why });
    const common = { name, headSha, defaultBranch, fork: false, newBranch: false, tag: false };
    if (PULL_REQUEST_EVENTS.includes(name)) {
        const pr = p['pull_request'];
        const base = obj(obj(pr)['base']);
        const head = obj(obj(pr)['head']);
        const valid = isObj(pr) && isObj(pr['base']) && isObj(pr['head']);
        const headRepo = obj(head['repo']);
        const baseRepo = obj(base['repo']);
        const headName = str(headRepo['full_name']);
        const fork = headRepo['fork'] === true || (headName !== undefined && headName !== str(baseRepo['full_name']));
        const baseSha = str(base['sha']);
        const sameRepoPr = valid && name === 'pull_request' && !fork && headName !== undefined;
        return {
            ...common,
            kind: 'pull_request',
            baseSha,
            baseBranch: str(base['ref']),
            headSha: str(head['sha']) ?? headSha,
            prNumber: posInt(obj(pr)['number']) ?? posInt(p['number']),
            fork,
            payloadValid: valid,
            canWrite: false,
            scopedWrite: sameRepoPr,
            writeNote: !valid
                ? `the ${name} event payload has no pull request: shared state is never written from it`
                : fork
                    ? 'pull requests from forks never write shared state'
                    : `${name} events never write shared state (only push, schedule and workflow_dispatch on the default branch do)`,
            ...(baseSha ? {} : { baseNote: 'the event payload names no base commit of the pull request' }),
        };
    }
    if (name === 'merge_group') {
        const mg = p['merge_group'];
        const valid = isObj(mg);
        const baseSha = str(obj(mg)['base_sha']);
        return {
            ...common,
            kind: 'merge_group',
            baseSha: isZero(baseSha) ? undefined : baseSha,
            baseBranch: branchOf(str(obj(mg)['base_ref'])),
            headSha: str(obj(mg)['head_sha']) ?? headSha,
            payloadValid: valid,
            canWrite: false,
            scopedWrite: valid,
            writeNote: valid
                ? 'merge queue runs never write shared state (only push, schedule and workflow_dispatch on the default branch do)'
                : 'the merge_group event payload has no merge group: shared state is never written from it',
            ...(baseSha && !isZero(baseSha) ? {} : { baseNote: 'the merge group payload names no base commit' }),
        };
    }
    if (name === 'push') {
        const ref = str(p['ref']);
        const before = str(p['before']);
        const after = str(p['after']);
        // `before`/`after` only give the base; a push payload without `ref` is not a push payload.
        const valid = ref !== undefined;
        const tag = (ref ?? ctx.ref).startsWith('refs/tags/');
        const branch = branchOf(ref ?? ctx.ref);
        const newBranch = valid && isZero(before);
        const deleted = isZero(after);
        const onDefault = branch !== undefined && branch === defaultBranch;
        const why = !valid
            ? 'the push event payload is missing or incomplete: shared state is never written from it'
            : tag
                ? 'tag pushes never write shared state'
                : deleted
                    ? 'a branch deletion writes nothing'
                    : defaultBranch === undefined
                        ? 'the push event payload does not name the default branch: shared state is not written'
                        : onDefault
                            ? ''
                            : `shared state is written only from the default branch (${defaultBranch}), not ${branch ?? ref ?? ctx.ref}`;
        const canWrite = why === '';
        return {
            ...common,
            kind: 'push',
            baseSha: before && !isZero(before) ? before : undefined,
            baseBranch: branch,
            headSha: after && !deleted ? after : headSha,
            newBranch,
            tag,
            payloadValid: valid,
            canWrite,
            scopedWrite: canWrite || (valid && !tag && !deleted && branch !== undefined),
            writeNote: why,
            ...(before && !isZero(before)
                ? {}
                : {
                    baseNote: newBranch ? 'a new branch: its push has no previous commit' : 'the push payload has no `before`',
                }),
        };
    }
    const tag = ctx.ref.startsWith('refs/tags/') || p['ref_type'] === 'tag';
    const other = { ...common, kind: 'other', tag };
    if (name === 'schedule' || name === 'workflow_dispatch') {
        const branch = branchOf(ctx.ref || (name === 'workflow_dispatch' ? str(p['ref']) : undefined));
        const valid = name === 'schedule' ? typeof p['schedule'] === 'string' : isObj(p['repository']);
        // The decision for an old schedule payload without `repository`: see the module header.
        const scheduleOnDefault = name === 'schedule' && valid && !isObj(p['repository']) && branch !== undefined;
        const def = scheduleOnDefault ? branch : defaultBranch;
        const why = !valid
            ? `the ${name} event payload is missing or not the event's shape: shared state is never written from it`
            : tag || branch === undefined
                ? `shared state is never written from a tag or a ref that is not a branch (${ctx.ref || 'none'})`
                : def === undefined
                    ? `the ${name} event payload does not name the default branch: shared state is not written`
                    : branch === def
                        ? ''
                        : `shared state is written only from the default branch (${def}), not ${branch}`;
        return {
            ...other,
            baseBranch: branch,
            defaultBranch: def,
            payloadValid: valid,
            canWrite: why === '',
            scopedWrite: why === '' || (valid && !tag && branch !== undefined),
            writeNote: why,
        };
    }
    const valid = Object.keys(p).length > 0;
    return {
        ...other,
        baseBranch: branchOf(ctx.ref),
        payloadValid: valid,
        ...untrusted(name === ''
            ? 'no event name (GITHUB_EVENT_NAME is not set): shared state is never written'
            : `${name} events never write shared state (only push, schedule and workflow_dispatch on the default branch do)`),
    };
}
const SAVE_POLICIES = (/* unused pure expression or super */ null && (['auto', 'always', 'never']));
/**
 * What a save policy writes on this event: `auto` what the trust rule allows, `always` also
 * state scoped to this run's ref (`scopedWrite`), `never` nothing. No policy makes an
 * untrusted event write.
 */
function decideWrite(policy, ev) {
    if (policy === 'never')
        return { write: false, reason: 'save is never' };
    if (ev.canWrite)
        return { write: true, reason: `save is ${policy}: ${ev.name} on the default branch` };
    if (policy === 'always' && ev.scopedWrite) {
        return { write: true, reason: `save is always: ${ev.name || 'this'} event, entry scoped to this ref` };
    }
    return { write: false, reason: `save is ${policy}: ${ev.writeNote}` };
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
;// CONCATENATED MODULE: ./packages/kit/src/workflow-commands.ts
/**
 * The runner's wire formats, written the way `@actions/core` 3 writes them (without loading it and
 * its HTTP client): `::name k=v,k=v::data` commands on stdout, and the `key<<DELIMITER` blocks of
 * the GITHUB_OUTPUT and GITHUB_STATE files. The one tricky rule: a block's delimiter gets a random
 * suffix, so no value (outside text included) can end the block early and forge another key.
 * The suffix is a random UUID read from /dev/urandom where it exists: node:crypto takes about 5 ms
 * to load, a run that writes outputs pays it at every start.
 */



/** One workflow command line (without the line break). */
function formatCommand(name, properties, data) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${(0,src_escape/* escapeProperty */.Bn)(String(v))}`);
    return `::${name}${props.length ? ` ${props.join(',')}` : ''}::${(0,src_escape/* escapeData */.uf)(data)}`;
}
/**
 * A random (version 4) UUID like crypto.randomUUID's: 122 bits from the kernel's generator (`device`),
 * or from Web Crypto where there is no such device (Windows).
 */
function randomUuid(device = '/dev/urandom') {
    const b = new Uint8Array(16);
    let got = 0;
    try {
        const fd = (0,external_node_fs_.openSync)(device, 'r');
        try {
            got = (0,external_node_fs_.readSync)(fd, b, 0, 16, null);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
        got = 0;
    }
    if (got !== 16)
        globalThis.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Buffer.from(b.buffer, b.byteOffset, 16).toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
/** A `key<<DELIMITER` block for GITHUB_OUTPUT / GITHUB_STATE (without the final line break). */
function formatKeyValue(key, value, delimiter = `ghadelimiter_${randomUuid()}`) {
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
    // process.uptime, not performance.now: the `performance` global loads perf_hooks (about 1 ms).
    const ms = () => process.uptime() * 1000;
    let last = ms();
    log.debug(`${action} timing: start-up (process start to the first phase) ${last.toFixed(0)} ms`);
    return (phase) => {
        const now = ms();
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
