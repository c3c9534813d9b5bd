export const id = 275;
export const ids = [275];
export const modules = {

/***/ 6006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ stepInputs),
/* harmony export */   t: () => (/* binding */ configured)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _quality_config_entry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4084);
/* harmony import */ var _quality_kit_escape__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6757);
/* harmony import */ var _quality_kit_git__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3137);
/* harmony import */ var _quality_kit_inputs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6415);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7109);
/**
 * The config file for a command: its section under the command's flags, flag `--x` falling back
 * to key `x` (so a flag given on the command line always wins). Found at the top level of the git
 * repository holding `dir` (else `dir` itself), or named by `--config FILE`; the YAML parser
 * loads only when a file exists.
 */






async function rootOf(dir) {
    try {
        return await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_2__/* .repoRoot */ .jv)(dir);
    }
    catch {
        // Not in a git repository: the folder itself (quality coverage works outside git).
        return dir;
    }
}
/** `--config FILE` (relative to where the user is): a missing file is a usage error naming it. */
function explicitFile(flags, io) {
    const shown = flags.optional('--config');
    if (shown === undefined)
        return undefined;
    const path = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .fromCwd */ .Be)(io.cwd, shown);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--config ${shown}: the file does not exist (${path}).`);
    return { path, shown };
}
async function configured(inputs, section, dir, io) {
    const file = explicitFile(inputs, io);
    return (0,_quality_config_entry__WEBPACK_IMPORTED_MODULE_1__/* .withConfig */ .N)(inputs, section, { workspace: await rootOf(dir), eventName: io.env.GITHUB_EVENT_NAME, ...(file ? { file } : {}) }, (w) => io.stderr(`warning: ${(0,_quality_kit_escape__WEBPACK_IMPORTED_MODULE_5__/* .escapeLine */ .EH)(w)}\n`), '--');
}
/**
 * A command run as a composite action's step (`--github`): the step's `INPUT_*` variables, read
 * by the action input names (`fail-level`, as a JavaScript action reads them), over the section
 * of the workspace's config file: action input > config file > the reader's default (an empty
 * input is "not set"). A wrong input names the input, a wrong key its file, line and key.
 * `warn` gets the keys dropped on untrusted events (the runner's `::warning::`).
 */
async function stepInputs(section, workspace, io, warn) {
    return (0,_quality_config_entry__WEBPACK_IMPORTED_MODULE_1__/* .withConfig */ .N)(new _quality_kit_inputs__WEBPACK_IMPORTED_MODULE_3__/* .Inputs */ .G0((0,_quality_kit_inputs__WEBPACK_IMPORTED_MODULE_3__/* .envInputSource */ .lQ)(io.env)), section, {
        workspace: await rootOf(workspace),
        eventName: io.env.GITHUB_EVENT_NAME,
    }, warn);
}


/***/ }),

/***/ 7849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ failStep)
/* harmony export */ });
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/* harmony import */ var _quality_kit_markdown__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9703);
/**
 * A composite action's step (`--github`) that stops on an error: its error annotation and the
 * job summary say why before the command exits (2 for the user's mistakes, 1 for a bug); on
 * stderr alone the message is only in the log. The runner is passed in: lint and format load it
 * only in this mode.
 */


/** Annotate and summarise `e` under the heading `title`, then throw it again. */
async function failStep(title, e, runner) {
    const msg = (0,_quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e);
    runner.log.error(msg);
    await runner.writeSummary(`### ${title}\n\n> [!CAUTION]\n> ${(0,_quality_kit_markdown__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(msg)}\n`);
    throw e;
}


/***/ }),

/***/ 1892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ assertTrustedCheckout)
/* harmony export */ });
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/* harmony import */ var _quality_kit_git__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3137);
/**
 * The one trust rule of the commands that run the repository's own code (lint, format, test) in
 * a workflow: never a pull request's head checked out on an event that carries the base
 * repository's secrets and a write token (pull_request_target, workflow_run of a pull request).
 */


/** Throws a ConfigurationError when `root`'s HEAD is the pull request's head on such an event. */
async function assertTrustedCheckout(root, ev, payload, command) {
    if (ev.name !== 'pull_request_target' && ev.name !== 'workflow_run')
        return;
    const pr = payload['pull_request'];
    const wr = payload['workflow_run'];
    const head = typeof pr?.head?.sha === 'string' ? pr.head.sha : typeof wr?.head_sha === 'string' ? wr.head_sha : undefined;
    if (!head)
        return;
    const checkedOut = await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(root, 'HEAD');
    if (checkedOut === head && (ev.name === 'pull_request_target' || wr?.event === 'pull_request')) {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`quality ${command} runs the project's own code (${command === 'test' ? 'its tests' : 'its tools and their configs, such as eslint.config.js'}), and this ${ev.name} run has checked out the pull request's head (${head.slice(0, 12)}) with the base repository's secrets. Run ${command} on the pull_request event instead (it works on forks with a read-only token).`);
    }
}


/***/ }),

/***/ 4084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ withConfig),
/* harmony export */   n: () => (/* binding */ CONFIG_FILES)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7817);
/* harmony import */ var _quality_kit_inputs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6415);
/**
 * The one call an entry makes: its inputs over the config file's section. Actions pass the
 * workflow context (workspace, event name); the CLI passes the repository root and `prefix` '--'
 * (flag `--min-coverage` falls back to key `min-coverage`). The tricky rule: the YAML parser and
 * validator load only when a config file exists (import `@quality/config/entry`, not the index,
 * to keep them out of an entry's start-up). `place.file` names the file instead of searching.
 */




const CONFIG_FILES = ['.github/quality.yml', 'quality.yml'];
async function withConfig(inputs, section, place, warn = () => { }, prefix = '') {
    const { file } = place;
    if (file === undefined && !CONFIG_FILES.some((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(place.workspace, f))))
        return inputs;
    const { loadConfig, loadConfigFile, sectionValues } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(309)]).then(__webpack_require__.bind(__webpack_require__, 1309));
    const opts = { eventName: place.eventName };
    const cfg = file ? loadConfigFile(file.path, file.shown, opts) : loadConfig(place.workspace, opts);
    if (file && !cfg)
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The config file ${file.shown} does not exist.`);
    for (const w of cfg?.warnings ?? [])
        warn(w);
    return inputs.withFallback((0,_quality_kit_inputs__WEBPACK_IMPORTED_MODULE_3__/* .configSource */ .qX)(sectionValues(cfg, section), prefix));
}


/***/ }),

/***/ 8371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ readSmallFile),
/* harmony export */   Ye: () => (/* binding */ realPath),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   ar: () => (/* binding */ readChunk)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Files of the checkout (config, go.mod, coverage reports): untrusted, so opened non-blocking and
 * judged on the open file (fstat). The one rule: a FIFO, or a link to one, is refused at once
 * instead of waiting for a writer, and a link swapped between a check and the open cannot slip a
 * device in.
 */


/** A regular file opened for reading (the caller closes `fd`), or why not. Open errors are thrown. */
function openRegularFile(path) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        throw e;
    }
    if (st.isFile())
        return { ok: true, fd, size: st.size };
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    return { ok: false, reason: st.isDirectory() ? 'a directory' : 'not a file' };
}
/** Up to `size` bytes from the file's current position, in a buffer of their own (callers keep slices). */
function readChunk(fd, size) {
    const b = Buffer.allocUnsafe(size);
    let n = 0;
    while (n < size) {
        const got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, b, n, size - n, null);
        if (got === 0)
            break;
        n += got;
    }
    return n === size ? b : b.subarray(0, n);
}
/** The file's text (UTF-8), or why not. Other errors (no permission...) are thrown as they come. */
function readSmallFile(path, maxBytes) {
    let f;
    try {
        f = openRegularFile(path);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { ok: false, reason: 'missing' };
        throw e;
    }
    if (!f.ok)
        return { ok: false, reason: 'not a file' };
    try {
        if (f.size > maxBytes)
            return { ok: false, reason: 'too large', size: f.size };
        return { ok: true, text: readChunk(f.fd, f.size).toString('utf8') };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(f.fd);
    }
}
/** `path` with symbolic links followed (one system call), or resolved as it is when it does not exist. */
function realPath(path) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(path);
    }
    catch {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    }
}


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

/***/ 8537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DY: () => (/* binding */ notStarted),
/* harmony export */   R3: () => (/* binding */ runProcess),
/* harmony export */   kc: () => (/* binding */ displayCommand)
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
/** The result of a command that never started (no output, no exit code): `error` says why. */
function notStarted(error) {
    return {
        code: null,
        signal: null,
        stdout: Buffer.alloc(0),
        stderr: Buffer.alloc(0),
        durationMs: 0,
        truncated: false,
        timedOut: false,
        spawnError: error,
    };
}
/** The real runner. Resolves for every outcome (a missing program included); never rejects. */
const runProcess = (req) => {
    const started = performance.now();
    const max = req.maxOutputBytes ?? DEFAULT_MAX;
    const timeoutMs = req.timeoutMs ?? 10 * 60_000;
    const [program, ...args] = req.argv;
    return new Promise((resolve) => {
        if (program === undefined || program === '') {
            resolve(notStarted(Object.assign(new Error('empty command'), { code: 'ENOENT' })));
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
        const keep = (stream) => !req.discard?.includes(stream);
        child.stdout.on('data', (c) => {
            req.onOutput?.(c, 'stdout');
            if (keep('stdout'))
                out.push(c);
        });
        child.stderr.on('data', (c) => {
            req.onOutput?.(c, 'stderr');
            if (keep('stderr'))
                err.push(c);
        });
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

/***/ 3764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  De: () => (/* reexport */ MTIME_SLACK_MS),
  uu: () => (/* reexport */ expandReports),
  zW: () => (/* reexport */ failureFindings),
  nY: () => (/* reexport */ planRun),
  Pr: () => (/* reexport */ projectFacts),
  oh: () => (/* reexport */ readReports),
  RP: () => (/* reexport */ renderTestSummary),
  Ab: () => (/* reexport */ reportPatterns),
  N$: () => (/* reexport */ runTests)
});

// UNUSED EXPORTS: GoTestJsonReader, JestJsonReader, MAX_FAILURES, MAX_JEST_JSON_BYTES, NoReportMatchError, ResultCollector, SLOWEST, applyRetry, cachedRepoPath, checkFiles, framesOf, globLiteral, goPackageDir, junitResults, kindOf, locate, pickFrame, readReport, repoPath, retryPlan, samePath, shortMessage, sniffFormat, sniffProducer, toResult, vitestExclude, vitestOverlaps, withoutExcludedPackages

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/testing/src/paths.ts
/**
 * Paths from reports (absolute, project-relative, Go file names relative to their package) made
 * repository-relative. Pure string work: nothing is read from disk.
 *
 * Tricky rule: a path that lands outside the repository is dropped (undefined), never kept as
 * written: an annotation on `../../etc/passwd` or on another machine's absolute path helps no one.
 */

/** Paths `quick` leaves to repoPath: backslashes, empty, `.` or `..` segments, `//`, a trailing `/`, NUL, a URL. */
const NOT_PLAIN = /\\|^$|(^|\/)\.\.?(\/|$)|\/\/|\/$|\0|^file:/;
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
    let last;
    let lastValue;
    // A plain path (nothing to normalise) under the root is cut rather than normalised: the same answer.
    const root = external_node_path_.posix.normalize(slashes(ctx.root));
    const project = external_node_path_.posix.normalize(slashes(ctx.projectDir));
    const absolute = (d) => external_node_path_.posix.isAbsolute(d) && d !== '/' && !d.endsWith('/');
    const prefix = absolute(root) && absolute(project) ? `${root}/` : undefined;
    const fromProject = prefix === undefined ? '..' : external_node_path_.posix.relative(root, project);
    const inProject = fromProject === '' ? '' : fromProject.startsWith('..') ? undefined : `${fromProject}/`;
    const quick = (p) => {
        if (prefix === undefined || NOT_PLAIN.test(p))
            return undefined;
        if (p.charCodeAt(0) === 47 /* / */)
            return p.startsWith(prefix) && p.length > prefix.length ? p.slice(prefix.length) : undefined;
        return inProject === undefined ? undefined : inProject + p;
    };
    return (p) => {
        if (p === last)
            return lastValue;
        let v = cache.get(p);
        if (v === undefined && !cache.has(p)) {
            v = quick(p) ?? repoPath(p, ctx);
            if (cache.size >= 10_000)
                cache.clear();
            cache.set(p, v);
        }
        last = p;
        lastValue = v;
        return v;
    };
}

;// CONCATENATED MODULE: ./packages/testing/src/location.ts
const V8 = /^\s*at (?:.*? \()?((?:[A-Za-z]:)?[^\s()]+?):(\d+):\d+\)?\s*$/;
const VITEST = /^\s*\u276f\s+(?:\S+\s+)?([^\s:]+):(\d+):\d+\s*$/;
const PYTEST_ENTRY = /^([^\s:][^:]*\.py):(\d+): /;
const PY_TRACEBACK = /^\s*File "([^"]+)", line (\d+)/;
const GO = /^\s+([\w.\-]+\.go):(\d+): /;
const JAVA = /^\s*at [\w$.<>/]+\(([\w$.\-]+\.(?:java|kt|scala|groovy)):(\d+)\)\s*$/;
const PATTERNS = [V8, VITEST, PYTEST_ENTRY, PY_TRACEBACK, GO, JAVA];
/** Dependencies and the runtime: never where the user's test failed. */
const LIBRARY = /(^|\/)(node_modules|site-packages|dist-packages)\/|^node:|^internal\/|^<|\/usr\/lib\/python|\/lib\/python\d/;
/** Lines longer than this are not frames (and are not searched). */
const MAX_LINE = 2000;
/** The frame one line of text names, if any. */
function frameOf(raw) {
    if (raw.length > MAX_LINE)
        return undefined;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    for (const re of PATTERNS) {
        const m = re.exec(line);
        if (m === null)
            continue;
        const n = Number(m[2]);
        return Number.isSafeInteger(n) && n > 0 ? { file: m[1].replace(/\\/g, '/'), line: n } : undefined;
    }
    return undefined;
}
function framesOf(text) {
    const out = [];
    for (const raw of text.split('\n')) {
        const f = frameOf(raw);
        if (f !== undefined)
            out.push(f);
    }
    return out;
}
/**
 * `pickFrame(framesOf(text), testFile)`, reading only as far as it must: it stops at the first
 * frame in `testFile` (usually the first frame of the trace).
 */
function locate(text, testFile) {
    let fallback;
    for (let start = 0; start <= text.length;) {
        let nl = text.indexOf('\n', start);
        if (nl === -1)
            nl = text.length;
        const f = nl - start > MAX_LINE ? undefined : frameOf(text.slice(start, nl));
        if (f !== undefined) {
            if (testFile !== undefined && samePath(f.file, testFile))
                return f;
            if (fallback === undefined && !LIBRARY.test(f.file)) {
                if (testFile === undefined)
                    return f;
                fallback = f;
            }
        }
        start = nl + 1;
    }
    return fallback;
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
/** xunit2 has no file: `tests.test_api.TestX` \u2192 `tests/test_api.py` (modules are the parts before a class). */
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
        const text = producer === 'go' ? `${c.details ?? ''}\n${c.message ?? ''}` : (c.details ?? '');
        const javaClass = rawFile === undefined && c.classname && /^[\w$]+(\.[\w$]+)+$/.test(c.classname) ? c.classname : undefined;
        if (javaClass !== undefined) {
            // A JVM frame names only `CalcTest.java`: the test class's frame, placed by the Maven layout
            // when such a file exists (never guessed).
            const frames = framesOf(text);
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
            const frame = locate(text, rawFile);
            if (frame) {
                const base = producer === 'go' && goDir !== undefined && !frame.file.includes('/') ? goDir : undefined;
                const p = place(base !== undefined ? `${base}/${frame.file}` : frame.file);
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

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
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
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    lineNo = 0;
    running = new Map();
    pkgs = new Map();
    constructor(file, opts) {
        this.file = file;
        this.opts = opts;
    }
    write(chunk) {
        // A multi-byte character split between two chunks is decoded whole.
        const text = this.carry + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
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
        this.carry += this.decoder.end();
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
        if (/^\s*(at |\u276f )/.test(l))
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
    return out.length > 1000 ? `${out.slice(0, 999)}\u2026` : out;
}
class ResultCollector {
    totals = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0 };
    failures = [];
    notListed = 0;
    slow = [];
    /** Seconds per file, in a holder updated in place (one lookup per test; none for the last file's next test). */
    perFile = new Map();
    lastFile;
    lastHolder = { seconds: 0 };
    flaky = [];
    add(r) {
        this.totals.total++;
        this.totals[r.outcome]++;
        if (r.flaky)
            this.flaky.push({ name: r.name, ...(r.file ? { path: r.file } : {}) });
        if (r.file !== undefined) {
            if (r.file !== this.lastFile) {
                let h = this.perFile.get(r.file);
                if (h === undefined)
                    this.perFile.set(r.file, (h = { seconds: 0 }));
                this.lastFile = r.file;
                this.lastHolder = h;
            }
            this.lastHolder.seconds += r.seconds;
        }
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
            this.perFile.set(file, { seconds });
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
                .map(([file, h]) => ({ file, seconds: Math.round(h.seconds * 1000) / 1000 }))
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
/**
 * Read size. One buffer is reused for the whole file (the XML tokenizer and the `go test -json`
 * reader keep no reference to a chunk), read synchronously: a read stream's or a FileHandle's
 * per-chunk promises cost several times the reading itself.
 */
const READ_BYTES = 256 * 1024;
/** Feed one report into the collector (or any result callback). */
async function readReport(path, display, ctx, onResult, onFileTime) {
    let sink;
    /** Whether the sink keeps the chunks it is given (the read buffer is reused). */
    let keeps = false;
    let head = '';
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r');
        const buf = Buffer.allocUnsafe(READ_BYTES);
        for (;;) {
            const bytesRead = (0,external_node_fs_.readSync)(fd, buf, 0, READ_BYTES, null);
            if (bytesRead === 0)
                break;
            const chunk = buf.subarray(0, bytesRead);
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
                keeps = format === 'jest-json';
            }
            sink.write(keeps ? Buffer.from(chunk) : chunk);
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
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
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
 * `files` (a shard of actions/matrix) narrows a run to those test files or Go packages.
 *
 * Tricky rule: a command whose runner is not recognised still runs, but it has no report of its
 * own: results must then come from report files the user names, or the run is not measured. A
 * file selection for such a command is refused: running every test instead is not that shard.
 */



/** Folders vitest never looks in (its default `exclude`): not searched for paths a filter would match. */
const VITEST_SKIPPED = new Set(['node_modules', '.git']);
/** A path as a literal glob for vitest's `exclude` (tinyglobby and picomatch escapes, as its `escapePath`). */
function globLiteral(path) {
    return path.replace(/(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g, '\\$&');
}
/** What vitest matches a file argument by: its name, in any case, anywhere in a test's path. */
const vitestNeedle = (file) => file.slice(file.lastIndexOf('/') + 1).toLocaleLowerCase();
/**
 * The files under `dir` (posix, relative) that vitest could also run for `selected`: vitest reads
 * each file argument as a case-insensitive substring of the test paths relative to its `dir` or
 * `root` (`a.test.ts` runs `xa.test.ts`, `lib/a.test.ts` and `a.test.tsx` too). Where that folder
 * is, the project's config says: any file whose path holds a selected file's name is one. Any
 * file counts, test or not, and more is harmless: each is another shard's, never this one's.
 */
function vitestOverlaps(dir, selected) {
    const wanted = new Set(selected.map((s) => s.replace(/^\.\//, '')));
    const needles = [...new Set([...wanted].map(vitestNeedle))];
    const out = [];
    const walk = (abs, rel) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true });
        }
        catch {
            return; // unreadable: vitest cannot read it either
        }
        for (const e of entries) {
            const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
            if (e.isDirectory()) {
                if (!VITEST_SKIPPED.has(e.name))
                    walk((0,external_node_path_.join)(abs, e.name), childRel);
            }
            else if (!wanted.has(childRel)) {
                const lower = childRel.toLocaleLowerCase();
                if (needles.some((n) => lower.includes(n)))
                    out.push(childRel);
            }
        }
    };
    walk(dir, '');
    return out.sort();
}
/**
 * vitest's `--exclude` of one file: its absolute path as a literal glob (vitest reads a relative
 * one against its `root`, which the project's config may move).
 */
function vitestExclude(dir, file) {
    return `--exclude=${globLiteral((0,external_node_path_.resolve)(dir, file).split(external_node_path_.sep).join('/'))}`;
}
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
    // `jest`, or its bin script (`node node_modules/jest/bin/jest.js`, `vitest/vitest.mjs`).
    const m = /(^|[\s;&|/(])(jest|vitest|pytest)(?:\.m?js)?(?=$|[\s;&|)])/.exec(script);
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
 * directory of ours for the results; `files` (relative to `dir`) limits the run to those test
 * files (jest, vitest, pytest) or Go package directories (`.`, `./pkg`).
 */
function planRun(dir, facts, opts) {
    const plan = planCommand(dir, facts, opts);
    return opts.files && opts.files.length > 0 ? withFiles(plan, opts.files) : plan;
}
const isGoPackageArg = (a) => a === '.' || a === '..' || /^\.\.?\//.test(a) || a.endsWith('/...');
/** go test's flags that take no value: after any other `-flag`, a path is that flag's value. */
const GO_BOOL_FLAGS = new Set('a asan benchmem cover failfast fullpath json linkshared modcacherw msan n race short trimpath v work x'.split(' '));
const takesValue = (prev) => prev !== undefined && /^--?[a-z]/.test(prev) && !prev.includes('=') && !GO_BOOL_FLAGS.has(prev.replace(/^--?/, ''));
/**
 * The files a selection names, checked against the project: inside it, existing (a file, or for
 * Go a package directory), written so that no runner can read one as a flag.
 */
function checkFiles(dir, kind, files) {
    const out = [];
    const seen = new Set();
    const root = (0,external_node_path_.resolve)(dir);
    for (const f of files) {
        const abs = (0,external_node_path_.resolve)(root, f);
        const rel = (0,external_node_path_.relative)(root, abs);
        if (rel.startsWith(`..${external_node_path_.sep}`) || rel === '..' || (0,external_node_path_.isAbsolute)(rel)) {
            throw new errors/* ConfigurationError */.j1(`The test file ${JSON.stringify(f)} is outside the project ${dir}: give paths relative to the project (working-directory), as actions/matrix writes them.`);
        }
        let isDir;
        try {
            isDir = (0,external_node_fs_.statSync)(abs).isDirectory();
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`The test ${kind === 'go' ? 'package' : 'file'} ${JSON.stringify(f)} does not exist in ${dir}: the shard plan was made for another commit or project. Plan the matrix again on this commit.`);
        }
        if (kind === 'go' ? !isDir : isDir) {
            throw new errors/* ConfigurationError */.j1(kind === 'go'
                ? `${JSON.stringify(f)} in ${dir} is not a package directory: go test takes packages (., ./pkg), as actions/matrix writes them for Go.`
                : `${JSON.stringify(f)} in ${dir} is a directory: give test files, as actions/matrix writes them.`);
        }
        const posix = rel.split(external_node_path_.sep).join('/');
        // Go needs ./ to read a path as a local package; ./ also keeps a name starting with - a path.
        const arg = kind === 'go' ? (posix === '' ? '.' : `./${posix}`) : posix.startsWith('-') ? `./${posix}` : posix;
        if (!seen.has(arg)) {
            seen.add(arg);
            out.push(arg);
        }
    }
    return out;
}
/**
 * `plan` limited to `files`: jest by path, vitest by filter with the files each filter would also
 * match excluded, pytest by path, go test by package.
 */
function withFiles(plan, files) {
    if (plan.kind === 'unknown') {
        throw new errors/* ConfigurationError */.j1(`Test files were given (input 'files', --file), but ${plan.argv.join(' ')} (${plan.source}) is not a runner quality can give files to (jest, vitest, pytest, go test): every test would run instead of the shard's. Give the command (input 'command', or --command ARG...).`);
    }
    const selected = checkFiles(plan.cwd, plan.kind, files);
    const argv = [...plan.argv];
    switch (plan.kind) {
        case 'jest':
            // Exact paths, not the patterns jest reads its arguments as (a.test.js would match xa.test.js).
            argv.push('--runTestsByPath', ...selected);
            break;
        case 'vitest':
            // vitest has no exact form: a filter runs every path that contains it. The other files a
            // filter may match are excluded by their exact path.
            argv.push(...vitestOverlaps(plan.cwd, selected).map((f) => vitestExclude(plan.cwd, f)), ...selected);
            break;
        case 'pytest':
            argv.push(...selected);
            break;
        case 'go': {
            // The shard's packages replace the command's own (./..., ./pkg); flags and -args stay.
            const at = argv.indexOf('test');
            const end = argv.indexOf('-args');
            const head = argv.slice(0, at + 1);
            const flags = argv
                .slice(at + 1, end === -1 ? argv.length : end)
                .filter((a, i, all) => !isGoPackageArg(a) || takesValue(all[i - 1]));
            const tail = end === -1 ? [] : argv.slice(end);
            argv.splice(0, argv.length, ...head, ...flags, ...selected, ...tail);
            break;
        }
    }
    const what = plan.kind === 'go' ? 'package' : 'file';
    return { ...plan, argv, files: selected, source: `${plan.source}, ${selected.length} ${what}(s) given` };
}
function planCommand(dir, facts, opts) {
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
    // A selection (the last arguments but for go) is replaced by the failed tests' own files or ids.
    const own = base.files && base.kind !== 'go' ? base.argv.length - base.files.length : base.argv.length;
    const argv = base.argv.slice(0, own).map(swapReport);
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
            if (base.files) {
                // The selected files that failed, by path (jest: --runTestsByPath is still on). A report's
                // path is repository-relative: it names the longest selected file it ends with. vitest keeps
                // the shard's exclusions, and also excludes the shard's files that hold a failed one's name
                // (xa.test.js for a.test.js).
                const bare = (s) => s.replace(/^\.\//, '');
                const named = (f) => base
                    .files.filter((s) => f === bare(s) || f.endsWith(`/${bare(s)}`))
                    .sort((a, b) => bare(b).length - bare(a).length)[0];
                const failed = base.files.filter((s) => files.some((f) => named(f) === s));
                const again = failed.length > 0 ? failed : base.files;
                if (base.kind === 'vitest') {
                    const needles = again.map(vitestNeedle);
                    const others = base.files.filter((s) => !again.includes(s) && needles.some((n) => bare(s).toLocaleLowerCase().includes(n)));
                    plan.argv.push(...others.map((s) => vitestExclude(base.cwd, bare(s))));
                }
                plan.argv.push(...again);
                return plan;
            }
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

// EXTERNAL MODULE: ./packages/kit/src/files.ts
var files = __webpack_require__(8371);
// EXTERNAL MODULE: ./packages/kit/src/escape.ts
var src_escape = __webpack_require__(6757);
;// CONCATENATED MODULE: ./packages/kit/src/glob.ts
/**
 * File globbing with `@actions/glob`'s pattern language, without loading it (and `@actions/core`):
 * absolute patterns, one per entry, `!` excludes, the last pattern that matches a file decides;
 * `*`, `?`, `[...]` within a segment, `**` for any number of folders, dot files matched, no
 * braces, `\` escapes (on Windows it is a separator and matching ignores case). Symbolic links
 * are followed (cycles and broken links skipped). Only files are returned, sorted, each once.
 *
 * The one tricky rule, the walk: it starts at each pattern's literal prefix and enters a folder
 * only when a pattern can still match below it. A folder a trailing exclusion (`!**\/node_modules/**`
 * after every inclusion) covers is not entered, and `**` never enters a `.git` folder (only a
 * literal `.git` segment does): git's own data holds no report and can hold many small files.
 */


const GIT_DIR = '.git';
/** The files `patterns` (absolute, `!` to exclude) match, sorted. Synchronous: a walk of one tree. */
function globFiles(patterns, options = {}) {
    const win = (options.platform ?? process.platform) === 'win32';
    const parsed = patterns
        .map((p) => p.trim())
        .filter((p) => p !== '' && !p.startsWith('#'))
        .flatMap((p) => {
        const pattern = parsePattern(p, win);
        if (!options.implicitDescendants || (!pattern.directoryOnly && isGlobstar(pattern.segments.at(-1))))
            return [pattern];
        return [
            pattern,
            { ...pattern, directoryOnly: false, segments: [...pattern.segments, { globstar: true }] },
        ];
    });
    const lastInclude = parsed.findLastIndex((p) => !p.negate);
    if (lastInclude < 0)
        return [];
    // Exclusions after every inclusion that end in `**`: a folder they match holds no result.
    const pruning = parsed.flatMap((p, i) => (p.negate && i > lastInclude && isGlobstar(p.segments.at(-1)) ? [i] : []));
    const found = new Set();
    const sep = win ? '\\' : '/';
    const join = (segs) => (segs.length === 1 ? `${segs[0]}${sep}` : segs.join(sep));
    const visit = (segs, st, realAncestors, stats, real) => {
        if (stats.isDirectory()) {
            if (pruning.some((i) => accepts(parsed[i], st[i])))
                return;
            if (!parsed.some((p, i) => !p.negate && canContinue(p, st[i])))
                return;
            const path = join(segs);
            let entries;
            try {
                entries = (0,external_node_fs_.readdirSync)(path, { withFileTypes: true });
            }
            catch (e) {
                const code = e.code;
                if (code === 'ENOENT' || code === 'ENOTDIR')
                    return;
                throw new errors/* ConfigurationError */.j1(`Cannot read the folder ${path} while looking for ${patterns.join(', ')}: ${(0,errors/* errorMessage */.gJ)(e)}. Make it readable, or narrow the pattern.`);
            }
            realAncestors.add(real);
            for (const e of entries) {
                const childSegs = [...segs, e.name];
                let childStats = e;
                let childReal = `${real}${real.endsWith(sep) ? '' : sep}${e.name}`;
                if (e.isSymbolicLink() || (!e.isDirectory() && !e.isFile())) {
                    const childPath = join(childSegs);
                    try {
                        childStats = (0,external_node_fs_.statSync)(childPath);
                        if (childStats.isDirectory())
                            childReal = (0,external_node_fs_.realpathSync)(childPath);
                    }
                    catch {
                        continue; // a broken link, or gone meanwhile
                    }
                }
                if (childStats.isDirectory() && realAncestors.has(childReal))
                    continue; // a cycle
                visit(childSegs, step(parsed, st, e.name, win), realAncestors, childStats, childReal);
            }
            realAncestors.delete(real);
        }
        else if (stats.isFile()) {
            let included = false;
            parsed.forEach((p, i) => {
                if (!p.directoryOnly && accepts(p, st[i]))
                    included = !p.negate;
            });
            if (included)
                found.add(join(segs));
        }
    };
    // Each search path once, and none below another (its walk covers it).
    const roots = [...new Set(parsed.filter((p) => !p.negate).map((p) => join(p.searchPath)))].sort();
    const kept = roots.filter((r) => !roots.some((o) => o !== r && isBelow(r, o, sep, win)));
    for (const root of kept) {
        let stats;
        let real;
        try {
            stats = (0,external_node_fs_.statSync)(root);
            real = stats.isDirectory() ? (0,external_node_fs_.realpathSync)(root) : root;
        }
        catch {
            continue;
        }
        const segs = splitPath(root, win);
        let st = parsed.map((p) => closure(p, [0]));
        for (const s of segs)
            st = step(parsed, st, s, win);
        visit(segs, st, new Set(), stats, real);
    }
    return [...found].sort();
}
function isBelow(path, ancestor, sep, win) {
    const a = win ? ancestor.toLowerCase() : ancestor;
    const p = win ? path.toLowerCase() : path;
    return p.startsWith(a.endsWith(sep) ? a : a + sep);
}
const isGlobstar = (s) => s !== undefined && 'globstar' in s;
function splitPath(path, win) {
    const norm = win ? path.replace(/\\/g, '/') : path;
    const segs = norm.split(/\/+/);
    if (segs.length > 1 && segs.at(-1) === '')
        segs.pop();
    return segs;
}
/** Advance every pattern's positions over one path segment. */
function step(patterns, st, name, win) {
    return patterns.map((p, i) => {
        const next = [];
        for (const pos of st[i]) {
            const seg = p.segments[pos];
            if (seg === undefined)
                continue;
            if ('globstar' in seg) {
                if (name !== GIT_DIR)
                    next.push(pos);
            }
            else if (segmentMatches(seg, name, win))
                next.push(pos + 1);
        }
        return closure(p, next);
    });
}
/** A `**` may match no segment: a position on one also stands after it. */
function closure(p, positions) {
    const out = new Set();
    for (let pos of positions) {
        out.add(pos);
        while (isGlobstar(p.segments[pos]))
            out.add(++pos);
    }
    return [...out];
}
function segmentMatches(seg, name, win) {
    if ('literal' in seg)
        return win ? seg.literal.toLowerCase() === name.toLowerCase() : seg.literal === name;
    if ('re' in seg)
        return seg.re.test(name);
    return true;
}
const accepts = (p, positions) => positions.includes(p.segments.length);
const canContinue = (p, positions) => positions.some((pos) => pos < p.segments.length);
function parsePattern(raw, win) {
    let text = raw;
    let negate = false;
    while (text.startsWith('!')) {
        negate = !negate;
        text = text.slice(1).trim();
    }
    if (win)
        text = text.replace(/\\/g, '/');
    const directoryOnly = text.length > 1 && text.endsWith('/');
    const parts = splitPath(text, false);
    const segments = parts.map((part, i) => {
        if (part === '**')
            return { globstar: true };
        if (i === 0 && (part === '' || (win && /^[A-Za-z]:$/.test(part))))
            return { literal: part };
        return compileSegment(part, win);
    });
    if (!(parts[0] === '' || (win && /^[A-Za-z]:$/.test(parts[0] ?? ''))))
        throw new Error(`The glob pattern ${JSON.stringify(raw)} is not absolute: this is a bug in quality.`);
    const searchPath = [];
    for (const s of segments) {
        if (!('literal' in s))
            break;
        searchPath.push(s.literal);
    }
    return { text: raw, negate, segments, searchPath, directoryOnly };
}
/** One segment: a literal (escapes removed) or a RegExp for `*`, `?` and `[...]`. */
function compileSegment(part, win) {
    if (!/[\\*?[]/.test(part))
        return { literal: part };
    let re = '';
    let literal = '';
    let isGlob = false;
    for (let i = 0; i < part.length; i++) {
        const c = part[i];
        if (c === '\\' && !win && i + 1 < part.length) {
            const next = part[++i];
            literal += next;
            re += escapeRe(next);
        }
        else if (c === '*') {
            isGlob = true;
            while (part[i + 1] === '*')
                i++;
            re += '.*';
        }
        else if (c === '?') {
            isGlob = true;
            re += '.';
        }
        else if (c === '[') {
            const cls = charClass(part, i, win);
            if (cls) {
                isGlob = true;
                re += cls.re;
                i = cls.end;
            }
            else {
                literal += c;
                re += '\\[';
            }
        }
        else {
            literal += c;
            re += escapeRe(c);
        }
    }
    return isGlob ? { re: new RegExp(`^${re}$`, win ? 'is' : 's') } : { literal };
}
/** `[abc]`, `[a-z]`, `[!x]` / `[^x]` starting at `start`; undefined when it never closes. */
function charClass(part, start, win) {
    let i = start + 1;
    let negate = false;
    if (part[i] === '!' || part[i] === '^') {
        negate = true;
        i++;
    }
    let body = '';
    let first = true;
    for (; i < part.length; i++) {
        let c = part[i];
        if (c === ']' && !first)
            return { re: `[${negate ? '^' : ''}${body}]`, end: i };
        first = false;
        if (c === '\\' && !win && i + 1 < part.length)
            c = part[++i];
        body += c === '-' && body !== '' && part[i + 1] !== ']' ? '-' : c.replace(/[\\\]^[-]/g, '\\$&');
    }
    return undefined;
}
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

;// CONCATENATED MODULE: ./packages/testing/src/report-files.ts
/**
 * Report files named by paths or globs (the `reports` input of the lint and test actions, their
 * `--report` flags), expanded with kit's globFiles relative to a base folder. Tricky rule: every
 * pattern must match at least one file: a pattern that matches nothing is an error naming it,
 * never a silent pass with fewer (or zero) reports read.
 */





/** A pattern that matched no file (the run that should have written it can say more). */
class NoReportMatchError extends errors/* ConfigurationError */.j1 {
    pattern;
    baseDir;
    name = 'NoReportMatchError';
    constructor(pattern, baseDir) {
        super(`${/[*?[]/.test(pattern) ? `No report file matches ${JSON.stringify(pattern)}` : `The report ${pattern} does not exist`} (relative to ${baseDir}). Check the path or glob, and that the tool writing the report ran before this step.`);
        this.pattern = pattern;
        this.baseDir = baseDir;
    }
}
/**
 * The patterns of the given entries (input lines or flag values): each entry may hold several,
 * comma-separated, unless the entry is itself an existing file (a name with a comma). Blank
 * entries and `#` comments are skipped.
 */
function reportPatterns(entries, baseDir) {
    const out = [];
    for (const raw of entries) {
        for (const line of raw.split(/\r?\n/)) {
            const entry = line.trim();
            if (entry === '' || entry.startsWith('#'))
                continue;
            if (entry.includes(',') && !isFile((0,external_node_path_.resolve)(baseDir, entry))) {
                out.push(...entry
                    .split(',')
                    .map((s) => s.trim())
                    .filter(Boolean));
            }
            else
                out.push(entry);
        }
    }
    return out;
}
function isFile(p) {
    try {
        return (0,external_node_fs_.existsSync)(p) && (0,external_node_fs_.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
/** `resolve` keeps glob characters and folds `.` and `..` (`../reports/*.xml`). */
const absolute = (pattern, baseDir) => (0,external_node_path_.resolve)(baseDir, pattern);
/**
 * The files the patterns name, in the order of the patterns (each file once). `!pattern`
 * excludes. Throws NoReportMatchError for the first pattern that matches no file.
 */
function expandReports(patterns, baseDir) {
    const base = (0,external_node_path_.resolve)(baseDir);
    const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => `!${absolute(p.slice(1), base)}`);
    const seen = new Set();
    const out = [];
    for (const p of patterns) {
        if (p.startsWith('!'))
            continue;
        const found = globFiles([absolute(p, base), ...excludes]);
        if (found.length === 0)
            throw new NoReportMatchError((0,src_escape/* oneLine */.TN)(p), base);
        for (const f of found) {
            if (seen.has(f))
                continue;
            seen.add(f);
            const rel = (0,external_node_path_.relative)(base, f);
            const inside = rel !== '' && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel);
            out.push({ path: f, display: (0,src_escape/* oneLine */.TN)(inside ? rel.split(external_node_path_.sep).join('/') : f) });
        }
    }
    if (out.length === 0 && patterns.length > 0)
        throw new errors/* ConfigurationError */.j1(`The reports ${patterns.map((p) => JSON.stringify(p)).join(', ')} name no file.`);
    return out;
}

;// CONCATENATED MODULE: ./packages/testing/src/run.ts
/**
 * Run a plan through an injected process runner, read what it wrote, and run failed tests again
 * (`retryFailed`): a test that fails and then passes is flaky, counted as passed and listed.
 *
 * Tricky rule: never a pass for what was not measured. A command that could not start, wrote no
 * report (or left one older than itself), or exited non-zero while its report shows no failure
 * gives an errored result or a ConfigurationError that says why, not a green run.
 */









const display = (argv) => argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
async function execute(plan, o) {
    const fromStdout = plan.report?.from === 'stdout';
    // The command's output is passed on as it comes (a long run shows progress, a cancelled one
    // what it did); stdout that is the report itself is kept, not shown.
    const decoders = { stdout: new external_node_string_decoder_.StringDecoder('utf8'), stderr: new external_node_string_decoder_.StringDecoder('utf8') };
    let shown = false;
    let last = '';
    const onOutput = o.onOutput;
    const res = await o.runner({
        argv: plan.argv,
        cwd: plan.cwd,
        env: plan.env,
        timeoutMs: o.timeoutMs ?? 60 * 60_000,
        ...(onOutput
            ? {
                onOutput: (chunk, stream) => {
                    if (fromStdout && stream === 'stdout')
                        return;
                    const text = decoders[stream].write(chunk);
                    if (text === '')
                        return;
                    shown = true;
                    last = text;
                    onOutput(text);
                },
                discard: fromStdout ? ['stderr'] : ['stdout', 'stderr'],
            }
            : {}),
    });
    if (res.spawnError) {
        throw new errors/* ConfigurationError */.j1(`The test command could not start (${res.spawnError.code ?? res.spawnError.message}): ${display(plan.argv)}, from ${plan.source}. Install it, or give the command (input 'command', or --command ARG...).`);
    }
    if (shown) {
        const rest = decoders.stdout.end() + decoders.stderr.end();
        if (rest !== '')
            onOutput?.(rest);
        if (!(rest || last).endsWith('\n'))
            onOutput?.('\n');
    }
    else {
        // A runner that does not stream (or printed nothing): what it kept, once it is done.
        const out = `${fromStdout ? '' : res.stdout.toString('utf8')}${res.stderr.toString('utf8')}`;
        if (out !== '')
            onOutput?.(out.endsWith('\n') ? out : `${out}\n`);
    }
    if (fromStdout && plan.report)
        (0,external_node_fs_.writeFileSync)(plan.report.path, res.stdout);
    return res;
}
/** Slack for file systems that keep modification times in whole seconds (or a clock a little off). */
const MTIME_SLACK_MS = 2000;
function mtimeOf(path) {
    try {
        return (0,external_node_fs_.statSync)(path).mtimeMs;
    }
    catch {
        return undefined; // readReport says what is wrong with it
    }
}
async function readInto(plan, o, res, add, addTime) {
    const why = () => res.timedOut ? 'timed out' : `exited with ${res.code === null ? `signal ${res.signal}` : `code ${res.code}`}`;
    let files;
    try {
        files = plan.report
            ? [{ path: plan.report.path, display: plan.report.path }]
            : typeof o.reports === 'function'
                ? o.reports()
                : (o.reports ?? []);
    }
    catch (e) {
        if (!(e instanceof NoReportMatchError))
            throw e;
        throw new errors/* ConfigurationError */.j1(`${display(plan.argv)} ${why()} and wrote no report matching ${JSON.stringify(e.pattern)} (relative to ${e.baseDir}): the tests did not run, or the reports input names other files. See its output above.`);
    }
    // A report the command did not write (one left by an earlier run) is not this run's result.
    if (!plan.report) {
        const since = Date.now() - res.durationMs - MTIME_SLACK_MS;
        for (const f of files) {
            const written = mtimeOf(f.path);
            if (written !== undefined && written < since)
                throw new errors/* ConfigurationError */.j1(`${display(plan.argv)} ${why()} but did not write ${f.display} (last written ${new Date(written).toISOString()}, before it started): a report left by an earlier run is not this run's result. Remove old reports before the run, or name only the files the command writes.`);
        }
    }
    if (files.length === 0) {
        throw new errors/* ConfigurationError */.j1(`${display(plan.argv)} ran (exit code ${res.code ?? res.signal}), but quality cannot tell which tests passed: its test runner is not one whose results it can switch on (jest, vitest, pytest, go test). Give the reports it writes (input 'reports'), or a command of a known runner.`);
    }
    for (const f of files) {
        try {
            await readReport(f.path, f.display, o.ctx, add, addTime);
        }
        catch (e) {
            if (e instanceof errors/* ConfigurationError */.j1 && /does not exist|is empty/.test(e.message)) {
                throw new errors/* ConfigurationError */.j1(`${display(plan.argv)} ${why()} and wrote no test results to ${f.display}: the tests did not run. See its output above.`);
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
/** go build flags that decide which files a package builds with: go list gets them too. */
const GO_LOAD_FLAGS = /^--?(tags|mod|modfile|overlay)(=|$)/;
const EXCLUDED = /^build constraints exclude all Go files in /;
/**
 * A go shard without the packages that build constraints exclude (every file behind a tag the
 * command does not give, e.g. `//go:build integration`): `go test ./...` leaves those out without
 * a word, but named alone such a package is an error that stops go test before any test runs.
 * `go list -e` says which, with the command's tags (and GOFLAGS from the environment). When go
 * list cannot answer, the plan runs as it is and go test says what is wrong.
 */
async function withoutExcludedPackages(plan, o) {
    if (plan.kind !== 'go' || !plan.files || plan.files.length === 0)
        return plan;
    const flags = [];
    const at = plan.argv.indexOf('test');
    for (let i = at + 1; i < plan.argv.length && plan.argv[i] !== '-args'; i++) {
        const m = GO_LOAD_FLAGS.exec(plan.argv[i]);
        if (!m)
            continue;
        flags.push(plan.argv[i]);
        if (m[2] === '' && i + 1 < plan.argv.length)
            flags.push(plan.argv[++i]);
    }
    const res = await o.runner({
        argv: ['go', 'list', '-e', '-f', '{{.Dir}}\t{{with .Error}}{{.Err}}{{end}}', ...flags, ...plan.files],
        cwd: plan.cwd,
        env: plan.env,
        timeoutMs: 5 * 60_000,
    });
    if (res.spawnError || res.code !== 0)
        return plan;
    const excludedDirs = new Set();
    for (const line of res.stdout.toString('utf8').split('\n')) {
        const [dir, error] = line.split('\t');
        if (dir && error && EXCLUDED.test(error))
            excludedDirs.add((0,files/* realPath */.Ye)(dir));
    }
    const excluded = plan.files.filter((f) => excludedDirs.has((0,files/* realPath */.Ye)((0,external_node_path_.resolve)(plan.cwd, f))));
    // The shard's packages are one run of arguments (planRun put them there).
    const start = plan.argv.findIndex((_, i) => plan.files.every((f, k) => plan.argv[i + k] === f));
    if (excluded.length === 0 || start === -1)
        return plan;
    const kept = plan.files.filter((f) => !excluded.includes(f));
    if (kept.length === 0) {
        throw new errors/* ConfigurationError */.j1(`go build constraints exclude every package of this shard (${excluded.join(', ')}): with the command's build tags (${display(flags) || 'none'}) no file of theirs builds, so no test of the shard can run (go test ./... leaves such packages out). Give the test command the tags they need (-tags ...), or leave these packages out of the shards (actions/matrix tests).`);
    }
    for (const f of excluded)
        o.onOutput?.(`quality test: ${f}: build constraints exclude all Go files; left out, as go test ./... leaves it out.\n`);
    const argv = [...plan.argv.slice(0, start), ...kept, ...plan.argv.slice(start + plan.files.length)];
    return { ...plan, argv, files: kept };
}
async function runTests(options) {
    const o = { ...options, plan: await withoutExcludedPackages(options.plan, options) };
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














/***/ })

};
