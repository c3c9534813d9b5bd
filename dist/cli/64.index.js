export const id = 64;
export const ids = [64];
export const modules = {

/***/ 1064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lintCommand: () => (/* binding */ lintCommand),
/* harmony export */   lintSummary: () => (/* binding */ lintSummary)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7817);
/* harmony import */ var _quality_kit_escape__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6757);
/* harmony import */ var _quality_kit_findings__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7080);
/* harmony import */ var _quality_kit_markdown__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9703);
/* harmony import */ var _quality_kit_process__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8537);
/* harmony import */ var _quality_lint__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6667);
/* harmony import */ var _quality_testing__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3764);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7109);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6006);
/* harmony import */ var _step_error_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7849);
/* harmony import */ var _lint_setup_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8232);
/**
 * `quality lint`: the project's own linters (found from its config, run from its own pinned
 * install), plus SARIF / checkstyle reports of any other tool, as one list of findings, filtered
 * to your change when asked. The same on a laptop and, with `--github` (the composite action),
 * in a workflow: annotations, job summary, outputs. Tricky rule: a tool that could not run or
 * whose answer could not be read fails the command (nothing was measured), whatever the level.
 */













const HELP = `Usage: quality lint [PATH] [options]

Run the linters your project uses, in the versions it pins, and read their findings:
eslint, tsc, biome, ruff, flake8, pylint, mypy, go vet, golangci-lint, staticcheck, found from
their config files and your dependencies (node_modules/.bin, poetry/uv/virtualenv/python3 -m,
the Go toolchain and go.mod tool directives). Nothing is downloaded.

Options:
  --tools LIST       only these tools (comma-separated), configured or not
  --report FILE      also read a SARIF 2.1.0 or checkstyle XML report (repeatable; a glob, or several
                     comma-separated, each matching at least one file)
  --filter MODE      added, diff-context, file or nofilter (default: added with --base/--diff, else nofilter)
  --base REF         the change is your work tree against the merge-base with REF
  --diff PATCH       the change is this unified diff
  --fail-level L     error (default), warning, any or none
  --json             print {"tools":[...],"findings":[...],"counts":{...}}
${(0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .configHelp */ .kt)()}  --github           in a workflow step: options from INPUT_* variables, annotations, job summary, outputs
  -h, --help         show this help

Options not given are read from the lint section of .github/quality.yml (tools, reports: globs
relative to PATH, filter, fail-level).

Exit codes: 0 no finding at or above the fail level, 1 findings that fail or a tool that could not run,
2 a usage or configuration error (a tool configured but not installed: install it).
`;
const OPTIONS = {
    ..._args_js__WEBPACK_IMPORTED_MODULE_8__/* .CONFIG_OPTION */ .dG,
    tools: { type: 'string' },
    report: { type: 'string', multiple: true },
    filter: { type: 'string' },
    base: { type: 'string' },
    diff: { type: 'string' },
    'fail-level': { type: 'string' },
    json: { type: 'boolean' },
    github: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const FAIL_LEVELS = ['error', 'warning', 'any', 'none'];
/** Bytes read to tell SARIF from checkstyle: the first character after a BOM and blanks. */
const HEAD_BYTES = 64 * 1024;
/** The start of a report file, read without loading the rest (a report can be any size). */
function reportHead(path) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        const buf = Buffer.alloc(HEAD_BYTES);
        return buf.toString('utf8', 0, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, 0, HEAD_BYTES, 0));
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
async function readReports(t, files) {
    const out = [];
    for (const { path: abs, display: given } of files) {
        let head;
        try {
            head = reportHead(abs);
        }
        catch (e) {
            const code = e.code;
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The report ${given} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (0,_quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e)})`}.`);
        }
        const name = (0,_lint_setup_js__WEBPACK_IMPORTED_MODULE_11__/* .posixRel */ .vG)(t.root, abs);
        const first = head.replace(/^\uFEFF/, '').trimStart()[0];
        const ctx = { root: t.root, cwd: (0,_lint_setup_js__WEBPACK_IMPORTED_MODULE_11__/* .posixRel */ .vG)(t.root, t.dir) };
        if (first === '{') {
            const findings = await (0,_quality_lint__WEBPACK_IMPORTED_MODULE_6__/* .parseSarif */ .r1)((0,_lint_setup_js__WEBPACK_IMPORTED_MODULE_11__/* .fileChunks */ .T9)(abs), name, ctx);
            out.push({ file: name, tool: [...new Set(findings.map((f) => f.tool))].join(', ') || 'sarif', findings });
        }
        else if (first === '<') {
            out.push({ file: name, tool: 'checkstyle', findings: await (0,_quality_lint__WEBPACK_IMPORTED_MODULE_6__/* .parseCheckstyle */ .du)((0,_lint_setup_js__WEBPACK_IMPORTED_MODULE_11__/* .fileChunks */ .T9)(abs), name, ctx) });
        }
        else {
            throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The report ${given} is neither SARIF 2.1.0 (JSON) nor checkstyle XML.`);
        }
    }
    return out;
}
async function lint(o, io, changeOf, before) {
    const t = await (0,_lint_setup_js__WEBPACK_IMPORTED_MODULE_11__/* .resolveTarget */ .u1)(io.cwd, o.path, o.pathFlag);
    await before?.(t);
    const files = (0,_lint_setup_js__WEBPACK_IMPORTED_MODULE_11__/* .repoFiles */ .KU)(t.root);
    const detected = (0,_quality_lint__WEBPACK_IMPORTED_MODULE_6__/* .detectTools */ .Fe)(t.projects, files, 'lint', o.tools);
    const reportsBase = o.reportsBase === 'cwd' ? io.cwd : t.dir;
    const reportFiles = (0,_quality_testing__WEBPACK_IMPORTED_MODULE_7__/* .expandReports */ .uu)((0,_quality_testing__WEBPACK_IMPORTED_MODULE_7__/* .reportPatterns */ .Ab)(o.reports, reportsBase), reportsBase);
    if (detected.length === 0 && reportFiles.length === 0) {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(o.tools
            ? `None of ${o.tools.join(', ')} applies to the projects under ${t.dir} (${t.projects.map((p) => `${p.dir}: ${p.language}`).join(', ') || 'no project found'}).`
            : `No linter found under ${t.dir}: no eslint, tsc, biome, ruff, flake8, pylint, mypy config and no Go module. Name the tools with --tools, or give --report files.`);
    }
    // tsc -b's wrapper configs and declarations (never the project's outDir); removed after the runs.
    const tempDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .tempBase */ .sk)(io.env), 'quality-lint-'));
    let runs;
    try {
        const plans = (0,_quality_lint__WEBPACK_IMPORTED_MODULE_6__/* .planTools */ .pC)(detected, {
            root: t.root,
            files,
            tempDir,
            ...(io.env.VIRTUAL_ENV ? { virtualEnv: io.env.VIRTUAL_ENV } : {}),
        });
        runs = await (0,_quality_lint__WEBPACK_IMPORTED_MODULE_6__/* .runTools */ .v$)(plans, _quality_kit_process__WEBPACK_IMPORTED_MODULE_5__/* .runProcess */ .R3, { root: t.root, concurrency: 2 });
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tempDir, { recursive: true, force: true });
    }
    const reports = await readReports(t, reportFiles);
    const change = o.filter === 'nofilter' ? undefined : await changeOf(t);
    if (o.filter !== 'nofilter' && !change)
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`filter ${o.filter} needs the change: give --base REF or --diff PATCH (diff-base in the action).`);
    const result = (0,_quality_lint__WEBPACK_IMPORTED_MODULE_6__/* .lintResult */ .PL)(runs, reports, {
        filter: o.filter,
        failLevel: o.failLevel,
        ...(change ? { changed: change.changed } : {}),
    });
    return { t, result, change };
}
const plural = (n, one) => `${n} ${one}${n === 1 ? '' : 's'}`;
function textReport(r, what) {
    const out = [];
    for (const f of r.findings) {
        const where = f.line === undefined ? '' : `:${f.line}${f.column !== undefined ? `:${f.column}` : ''}`;
        out.push(`${(0,_quality_kit_escape__WEBPACK_IMPORTED_MODULE_12__/* .oneLine */ .TN)(f.path)}${where}: ${f.severity} ${(0,_quality_kit_escape__WEBPACK_IMPORTED_MODULE_12__/* .oneLine */ .TN)(f.rule)} (${(0,_quality_kit_escape__WEBPACK_IMPORTED_MODULE_12__/* .oneLine */ .TN)(f.tool)}): ${(0,_quality_kit_escape__WEBPACK_IMPORTED_MODULE_12__/* .oneLine */ .TN)(f.message.split('\n')[0])}`);
    }
    for (const run of r.runs)
        out.push(run.error
            ? `${run.name}${run.dir !== '.' ? ` in ${(0,_quality_kit_escape__WEBPACK_IMPORTED_MODULE_12__/* .oneLine */ .TN)(run.dir)}` : ''}: could not run: ${(0,_quality_kit_escape__WEBPACK_IMPORTED_MODULE_12__/* .oneLine */ .TN)(run.error)}`
            : `${run.name} ${run.version ?? ''}${run.dir !== '.' ? ` in ${(0,_quality_kit_escape__WEBPACK_IMPORTED_MODULE_12__/* .oneLine */ .TN)(run.dir)}` : ''}${run.covers ? ` (also ${(0,_quality_kit_escape__WEBPACK_IMPORTED_MODULE_12__/* .oneLine */ .TN)(run.covers.join(', '))})` : ''}: ${plural(run.findings.length, 'finding')} (${run.durationMs} ms)`);
    for (const rep of r.reports)
        out.push(`${(0,_quality_kit_escape__WEBPACK_IMPORTED_MODULE_12__/* .oneLine */ .TN)(rep.file)} (${(0,_quality_kit_escape__WEBPACK_IMPORTED_MODULE_12__/* .oneLine */ .TN)(rep.tool)}): ${plural(rep.findings.length, 'finding')}`);
    const c = r.counts;
    out.push(`${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.notice, 'notice')}.`);
    if (r.filter !== 'nofilter')
        out.push(`Filter ${r.filter} on ${what ?? 'the change'}: ${plural(r.outside.length, 'more finding')} outside it, not counted.`);
    return `${out.join('\n')}\n`;
}
/** The job summary: findings (kit's renderer), the tools that ran, what the filter left out. */
function lintSummary(r, omitted, what) {
    const parts = [
        (0,_quality_kit_findings__WEBPACK_IMPORTED_MODULE_3__/* .renderFindingsSummary */ .XJ)(r.findings, { title: 'Lint', plan: { omittedTotal: omitted }, maxBytes: 900 * 1024 }),
    ];
    if (r.errors.length)
        parts.push(`> [!CAUTION]\n${r.errors.map((e) => `> ${(0,_quality_kit_markdown__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(e)}`).join('\n>\n')}\n\nNothing was measured for these tools: the step fails.`);
    if (r.filter !== 'nofilter')
        parts.push(`Filter \`${r.filter}\` on ${(0,_quality_kit_markdown__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(what ?? 'the change')}: **${plural(r.outside.length, 'finding')} outside it** (not annotated, not counted). Run \`quality lint\` locally to see them.`);
    const rows = [
        ...r.runs.map((run) => [
            (0,_quality_kit_markdown__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(run.name),
            run.version ? (0,_quality_kit_markdown__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(run.version) : '',
            run.covers ? `${(0,_quality_kit_markdown__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(run.dir)} (also ${run.covers.map(_quality_kit_markdown__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY).join(', ')})` : (0,_quality_kit_markdown__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(run.dir),
            run.error ? 'could not run' : String(run.findings.length),
            `${run.durationMs} ms`,
        ]),
        ...r.reports.map((rep) => [(0,_quality_kit_markdown__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(rep.tool), '', (0,_quality_kit_markdown__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(rep.file), String(rep.findings.length), '']),
    ];
    parts.push((0,_quality_kit_markdown__WEBPACK_IMPORTED_MODULE_4__/* .table */ .tp)(['Tool', 'Version', 'Where', 'Findings', 'Time'], rows));
    return `${parts.join('\n\n')}\n`;
}
async function github(io) {
    const runner = await __webpack_require__.e(/* import() */ 555).then(__webpack_require__.bind(__webpack_require__, 4555));
    const { readEvent } = await __webpack_require__.e(/* import() */ 256).then(__webpack_require__.bind(__webpack_require__, 3256));
    const ctx = runner.readContext(io.env);
    const ev = readEvent(ctx);
    let o;
    let result;
    try {
        const inputs = await (0,_config_js__WEBPACK_IMPORTED_MODULE_9__/* .stepInputs */ .a)('lint', io.env.GITHUB_WORKSPACE || io.cwd, io, runner.log.warning);
        const tools = (0,_lint_setup_js__WEBPACK_IMPORTED_MODULE_11__/* .toolsOf */ .Fu)(inputs, 'tools', 'lint');
        const filter = inputs.enum('filter', _quality_lint__WEBPACK_IMPORTED_MODULE_6__/* .FILTER_MODES */ .ox, ev.kind === 'pull_request' ? 'added' : 'nofilter');
        o = {
            path: inputs.optional('working-directory'),
            pathFlag: 'Input working-directory',
            reports: inputs.globs('reports'),
            reportsBase: 'target',
            filter,
            failLevel: inputs.enum('fail-level', FAIL_LEVELS, 'error'),
            ...(tools ? { tools } : {}),
        };
        const base = inputs.optional('diff-base') ?? ev.baseSha;
        result = await lint(o, io, async (t) => {
            if (base === undefined)
                throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`filter ${filter} needs a base to diff against and this ${ev.name || 'run'} has none${ev.baseNote ? ` (${ev.baseNote})` : ''}: set the diff-base input, or filter: nofilter.`);
            return (0,_lint_setup_js__WEBPACK_IMPORTED_MODULE_11__/* .runChange */ .Ye)(t, base);
        }, (t) => (0,_lint_setup_js__WEBPACK_IMPORTED_MODULE_11__/* .assertTrustedCheckout */ .az)(t.root, ev, ctx.payload, 'lint'));
    }
    catch (e) {
        return (0,_step_error_js__WEBPACK_IMPORTED_MODULE_10__/* .failStep */ .v)('Lint', e, runner);
    }
    const r = result.result;
    const plan = (0,_quality_kit_findings__WEBPACK_IMPORTED_MODULE_3__/* .planFindingAnnotations */ .Hy)(r.findings, result.change ? { changed: result.change.changed } : {});
    runner.annotate(plan.shown.map((s) => s.annotation));
    for (const e of r.errors)
        runner.log.error(e);
    await runner.writeSummary(lintSummary(r, plan.omittedTotal, result.change?.what));
    runner.setOutput('errors', r.counts.error);
    runner.setOutput('warnings', r.counts.warning);
    runner.setOutput('notices', r.counts.notice);
    await io.stdout(textReport(r, result.change?.what));
    if (r.failed) {
        io.stderr(r.errors.length
            ? `quality lint: ${plural(r.errors.length, 'tool')} could not run (see above).\n`
            : `quality lint: findings at or above fail-level ${o.failLevel}.\n`);
    }
    return (0,_quality_lint__WEBPACK_IMPORTED_MODULE_6__/* .exitCode */ .I$)(r);
}
const lintCommand = async (argv, io) => {
    const { values, positionals, inputs: flags } = (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .parse */ .qg)(argv, OPTIONS, 1);
    if (values.help) {
        await io.stdout(HELP);
        return 0;
    }
    if (values.github) {
        if (argv.length > 1)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb('--github reads its options from INPUT_* variables: give no other option.');
        return github(io);
    }
    if (values.base !== undefined && values.diff !== undefined)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb('Give --base REF or --diff PATCH, not both.');
    // Flags not given: the lint section of the config file.
    const inputs = await (0,_config_js__WEBPACK_IMPORTED_MODULE_9__/* .configured */ .t)(flags, 'lint', (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .existingDir */ .Tc)(io.cwd, positionals[0], 'PATH'), io);
    const changeGiven = values.base !== undefined || values.diff !== undefined;
    const filter = inputs.enum('--filter', _quality_lint__WEBPACK_IMPORTED_MODULE_6__/* .FILTER_MODES */ .ox, changeGiven ? 'added' : 'nofilter');
    const tools = (0,_lint_setup_js__WEBPACK_IMPORTED_MODULE_11__/* .toolsOf */ .Fu)(inputs, '--tools', 'lint');
    const o = {
        path: positionals[0],
        pathFlag: 'PATH',
        // --report paths are relative to the current folder; the config's globs to PATH.
        ...(values.report !== undefined
            ? { reports: values.report, reportsBase: 'cwd' }
            : { reports: inputs.globs('--reports'), reportsBase: 'target' }),
        filter,
        failLevel: inputs.enum('--fail-level', FAIL_LEVELS, 'error'),
        ...(tools ? { tools } : {}),
        ...(values.base !== undefined ? { base: values.base } : {}),
        ...(values.diff !== undefined ? { diff: values.diff } : {}),
    };
    const { result: r, change } = await lint(o, io, (t) => (0,_lint_setup_js__WEBPACK_IMPORTED_MODULE_11__/* .localChange */ .WW)(t, io, {
        ...(o.base !== undefined ? { base: o.base } : {}),
        ...(o.diff !== undefined ? { diff: o.diff } : {}),
    }));
    if (values.json)
        await io.stdout(`${JSON.stringify((0,_quality_lint__WEBPACK_IMPORTED_MODULE_6__/* .lintJson */ .Gl)(r))}\n`);
    else
        await io.stdout(textReport(r, change?.what));
    for (const e of r.errors)
        io.stderr(`quality lint: ${e}\n`);
    return (0,_quality_lint__WEBPACK_IMPORTED_MODULE_6__/* .exitCode */ .I$)(r);
};


/***/ })

};
