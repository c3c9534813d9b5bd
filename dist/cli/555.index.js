export const id = 555;
export const ids = [555];
export const modules = {

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
