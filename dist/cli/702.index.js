export const id = 702;
export const ids = [702];
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


/***/ })

};
