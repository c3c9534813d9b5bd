export const id = 469;
export const ids = [469];
export const modules = {

/***/ 5702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fixCommands: () => (/* binding */ fixCommands),
/* harmony export */   formatCommand: () => (/* binding */ formatCommand),
/* harmony export */   formatSummary: () => (/* binding */ formatSummary)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7817);
/* harmony import */ var _quality_kit_escape__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6757);
/* harmony import */ var _quality_kit_findings__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7080);
/* harmony import */ var _quality_kit_markdown__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9703);
/* harmony import */ var _quality_kit_process__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8537);
/* harmony import */ var _quality_lint__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6667);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7109);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6006);
/* harmony import */ var _step_error_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7849);
/* harmony import */ var _lint_setup_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8232);
/**
 * `quality format`: the project's own formatters in check mode (prettier, biome, ruff, black,
 * isort, gofmt): the files that need formatting, each tool's diff when it prints one, and the
 * exact command that fixes them. `--fix` rewrites the files locally. With `--github`: an error
 * annotation per file, the diffs collapsed in the job summary, the output `files`.
 * Tricky rule: the fix command is built from the same plan as the check (same binary, same cwd),
 * with the files relative to the tool's directory, so what it prints is what `--fix` runs.
 */











const HELP = `Usage: quality format [PATH] [--check | --fix] [options]

Check the formatting with the formatters your project uses, in the versions it pins: prettier,
biome, ruff format, black, isort, gofmt (found from their config files and your dependencies).
Lists the files that need formatting with each diff the tool prints, and the command that fixes them.

Options:
  --check            only check (the default)
  --fix              rewrite the files that need it
  --tools LIST       only these formatters (comma-separated), configured or not
  --json             print {"tools":[{"name","version"}],"files":[{"path","tool"}]}
${(0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .configHelp */ .kt)()}  --github           in a workflow step: options from INPUT_* variables, annotations, job summary, outputs
  -h, --help         show this help

Options not given are read from the format section of .github/quality.yml (tools, fix; --check
overrides fix: true).

Exit codes: 0 every file formatted (or fixed with --fix), 1 files need formatting or a formatter could
not run, 2 a usage or configuration error.
`;
const OPTIONS = {
    ..._args_js__WEBPACK_IMPORTED_MODULE_6__/* .CONFIG_OPTION */ .dG,
    check: { type: 'boolean' },
    fix: { type: 'boolean' },
    tools: { type: 'string' },
    json: { type: 'boolean' },
    github: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const plural = (n, one) => `${n} ${one}${n === 1 ? '' : 's'}`;
const needs = (n) => (n === 1 ? '1 file needs formatting' : `${n} files need formatting`);
async function check(io, path, flag, tools, before, withDiffs = false) {
    const t = await (0,_lint_setup_js__WEBPACK_IMPORTED_MODULE_9__/* .resolveTarget */ .u1)(io.cwd, path, flag);
    await before?.(t.root);
    const files = (0,_lint_setup_js__WEBPACK_IMPORTED_MODULE_9__/* .repoFiles */ .KU)(t.root);
    const detected = (0,_quality_lint__WEBPACK_IMPORTED_MODULE_5__/* .detectTools */ .Fe)(t.projects, files, 'format', tools);
    if (detected.length === 0) {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(tools
            ? `None of ${tools.join(', ')} applies to the projects under ${t.dir} (${t.projects.map((p) => `${p.dir}: ${p.language}`).join(', ') || 'no project found'}).`
            : `No formatter found under ${t.dir}: no prettier, biome, ruff, black or isort config and no Go module. Name the tools with --tools.`);
    }
    const plans = (0,_quality_lint__WEBPACK_IMPORTED_MODULE_5__/* .planTools */ .pC)(detected, {
        root: t.root,
        files,
        ...(io.env.VIRTUAL_ENV ? { virtualEnv: io.env.VIRTUAL_ENV } : {}),
    });
    const runs = await (0,_quality_lint__WEBPACK_IMPORTED_MODULE_5__/* .runTools */ .v$)(plans, _quality_kit_process__WEBPACK_IMPORTED_MODULE_4__/* .runProcess */ .R3, { root: t.root, concurrency: 2 });
    if (withDiffs)
        await (0,_quality_lint__WEBPACK_IMPORTED_MODULE_5__/* .addFormatDiffs */ .xy)(runs, _quality_kit_process__WEBPACK_IMPORTED_MODULE_4__/* .runProcess */ .R3, { root: t.root, files });
    return { result: (0,_quality_lint__WEBPACK_IMPORTED_MODULE_5__/* .formatResult */ .J9)(runs), root: t.root, cwd: io.cwd };
}
/** Each tool's fix command for its files: argv (paths relative to the tool's cwd), where to run it, and as shown to `cwd`. */
function fixCommands(c, cwd) {
    const out = [];
    for (const run of c.result.runs) {
        const files = c.result.files.filter((f) => f.tool === run.name && (run.dir === '.' || f.path.startsWith(`${run.dir}/`)));
        if (files.length === 0 || !run.fixArgv)
            continue;
        const argv = [...run.fixArgv, ...files.map((f) => (0,_lint_setup_js__WEBPACK_IMPORTED_MODULE_9__/* .posixRel */ .vG)(run.cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(c.root, f.path)))];
        const [program, ...rest] = argv;
        const shownProgram = program.startsWith('/') ? (0,_lint_setup_js__WEBPACK_IMPORTED_MODULE_9__/* .posixRel */ .vG)(run.cwd, program) : program;
        const where = (0,_lint_setup_js__WEBPACK_IMPORTED_MODULE_9__/* .posixRel */ .vG)(cwd, run.cwd);
        const inDir = where === '.' ? '' : `cd ${(0,_quality_kit_process__WEBPACK_IMPORTED_MODULE_4__/* .displayCommand */ .kc)([where])} && `;
        out.push({ run, argv, shown: `${inDir}${(0,_quality_kit_process__WEBPACK_IMPORTED_MODULE_4__/* .displayCommand */ .kc)([shownProgram, ...rest])}` });
    }
    return out;
}
function textReport(c) {
    const r = c.result;
    const out = r.files.map((f) => `${(0,_quality_kit_escape__WEBPACK_IMPORTED_MODULE_10__/* .oneLine */ .TN)(f.path)}: needs formatting (${f.tool})`);
    for (const run of r.runs)
        if (run.error)
            out.push(`${run.name}: could not run: ${(0,_quality_kit_escape__WEBPACK_IMPORTED_MODULE_10__/* .oneLine */ .TN)(run.error)}`);
    if (r.files.length === 0 && r.errors.length === 0)
        out.push(`All files formatted (${r.runs.map((x) => `${x.name} ${x.version ?? ''}`.trim()).join(', ')}).`);
    if (r.files.length > 0) {
        out.push(`${needs(r.files.length)}. Fix with: quality format --fix, or:`);
        for (const f of fixCommands(c, c.cwd))
            out.push(`  ${f.shown}`);
    }
    return `${out.join('\n')}\n`;
}
/** A fenced block the content cannot close (the fence is longer than any backtick run inside). */
function fence(body, lang) {
    let longest = 2;
    for (const m of body.matchAll(/`{3,}/g))
        longest = Math.max(longest, m[0].length);
    const f = '`'.repeat(longest + 1);
    return `${f}${lang}\n${body.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '?')}\n${f}`;
}
function formatSummary(c, omitted) {
    const r = c.result;
    const parts = ['### Format'];
    if (r.errors.length)
        parts.push(`> [!CAUTION]\n${r.errors.map((e) => `> ${(0,_quality_kit_markdown__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(e)}`).join('\n>\n')}\n\nNothing was measured for these tools: the step fails.`);
    if (r.files.length === 0)
        parts.push(`All files formatted (${(0,_quality_kit_markdown__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(r.runs.map((x) => `${x.name} ${x.version ?? ''}`.trim()).join(', '))}).`);
    else {
        parts.push(`${needs(r.files.length)}. Fix locally with \`quality format --fix\`, or:`);
        parts.push(fence(fixCommands(c, c.cwd)
            .map((f) => f.shown)
            .join('\n'), 'sh'));
        if (omitted > 0)
            parts.push(`${plural(omitted, 'file')} not annotated (GitHub shows 10 per type per step): all are listed here.`);
        let budget = 800 * 1024;
        for (const f of r.files) {
            const head = `${f.path} (${f.tool})`;
            const body = f.diff
                ? fence(f.diff, 'diff')
                : `${(0,_quality_kit_markdown__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(f.path)}: ${(0,_quality_kit_markdown__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(f.tool)} prints no diff; run the fix command to see the change.`;
            const block = (0,_quality_kit_markdown__WEBPACK_IMPORTED_MODULE_3__/* .details */ .zH)(head, body);
            if (Buffer.byteLength(block) > budget) {
                parts.push(`- ${(0,_quality_kit_markdown__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(f.path)} (${(0,_quality_kit_markdown__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(f.tool)}): diff left out (the job summary is limited to 1 MiB).`);
                continue;
            }
            budget -= Buffer.byteLength(block);
            parts.push(block);
        }
    }
    return `${parts.join('\n\n')}\n`;
}
async function fix(c, io) {
    let failed = false;
    for (const f of fixCommands(c, c.cwd)) {
        const r = await (0,_quality_kit_process__WEBPACK_IMPORTED_MODULE_4__/* .runProcess */ .R3)({ argv: f.argv, cwd: f.run.cwd, env: { NO_COLOR: '1' } });
        if (r.code !== 0) {
            failed = true;
            io.stderr(`quality format: ${f.shown} failed (exit ${r.code ?? r.signal}): ${r.stderr.toString('utf8').trim().slice(-600)}\n`);
        }
    }
    return failed || c.result.errors.length ? 1 : 0;
}
async function github(io) {
    const runner = await __webpack_require__.e(/* import() */ 555).then(__webpack_require__.bind(__webpack_require__, 4555));
    const { readEvent } = await __webpack_require__.e(/* import() */ 256).then(__webpack_require__.bind(__webpack_require__, 3256));
    const ctx = runner.readContext(io.env);
    const ev = readEvent(ctx);
    let c;
    let doFix;
    try {
        const inputs = await (0,_config_js__WEBPACK_IMPORTED_MODULE_7__/* .stepInputs */ .a)('format', io.env.GITHUB_WORKSPACE || io.cwd, io, runner.log.warning);
        doFix = inputs.boolean('fix', false);
        c = await check(io, inputs.optional('working-directory'), 'Input working-directory', (0,_lint_setup_js__WEBPACK_IMPORTED_MODULE_9__/* .toolsOf */ .Fu)(inputs, 'tools', 'format'), (root) => (0,_lint_setup_js__WEBPACK_IMPORTED_MODULE_9__/* .assertTrustedCheckout */ .az)(root, ev, ctx.payload, 'format'), true);
    }
    catch (e) {
        return (0,_step_error_js__WEBPACK_IMPORTED_MODULE_8__/* .failStep */ .v)('Format', e, runner);
    }
    const r = c.result;
    const findings = r.files.map((f) => ({
        tool: f.tool,
        rule: 'format',
        severity: 'error',
        path: f.path,
        message: `Not formatted as ${f.tool} would format it: run quality format --fix (the diff is in the job summary).`,
    }));
    const plan = (0,_quality_kit_findings__WEBPACK_IMPORTED_MODULE_2__/* .planFindingAnnotations */ .Hy)(findings);
    runner.annotate(plan.shown.map((s) => s.annotation));
    for (const e of r.errors)
        runner.log.error(e);
    await runner.writeSummary(formatSummary(c, plan.omittedTotal));
    runner.setOutput('files', r.files.length);
    await io.stdout(textReport(c));
    if (doFix && r.files.length > 0)
        return fix(c, io);
    return (0,_quality_lint__WEBPACK_IMPORTED_MODULE_5__/* .exitCode */ .I$)(r);
}
const formatCommand = async (argv, io) => {
    const { values, positionals, inputs: flags } = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parse */ .qg)(argv, OPTIONS, 1);
    if (values.help) {
        await io.stdout(HELP);
        return 0;
    }
    if (values.github) {
        if (argv.length > 1)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('--github reads its options from INPUT_* variables: give no other option.');
        return github(io);
    }
    if (values.check && values.fix)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('Give --check or --fix, not both.');
    // Flags not given: the format section of the config file (--check wins over fix: true).
    const inputs = await (0,_config_js__WEBPACK_IMPORTED_MODULE_7__/* .configured */ .t)(flags, 'format', (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .existingDir */ .Tc)(io.cwd, positionals[0], 'PATH'), io);
    const doFix = values.check ? false : inputs.boolean('--fix', false);
    const c = await check(io, positionals[0], 'PATH', (0,_lint_setup_js__WEBPACK_IMPORTED_MODULE_9__/* .toolsOf */ .Fu)(inputs, '--tools', 'format'));
    if (doFix) {
        const code = c.result.files.length ? await fix(c, io) : c.result.errors.length ? 1 : 0;
        if (values.json)
            await io.stdout(`${JSON.stringify((0,_quality_lint__WEBPACK_IMPORTED_MODULE_5__/* .formatJson */ .IB)(c.result))}\n`);
        else
            await io.stdout(c.result.files.length
                ? `Formatted ${plural(c.result.files.length, 'file')}:\n${c.result.files.map((f) => `  ${(0,_quality_kit_escape__WEBPACK_IMPORTED_MODULE_10__/* .oneLine */ .TN)(f.path)} (${f.tool})`).join('\n')}\n`
                : 'All files formatted.\n');
        for (const e of c.result.errors)
            io.stderr(`quality format: ${e}\n`);
        return code;
    }
    if (values.json)
        await io.stdout(`${JSON.stringify((0,_quality_lint__WEBPACK_IMPORTED_MODULE_5__/* .formatJson */ .IB)(c.result))}\n`);
    else
        await io.stdout(textReport(c));
    for (const e of c.result.errors)
        io.stderr(`quality format: ${e}\n`);
    return (0,_quality_lint__WEBPACK_IMPORTED_MODULE_5__/* .exitCode */ .I$)(c.result);
};


/***/ }),

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


/***/ })

};
