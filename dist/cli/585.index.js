export const id = 585;
export const ids = [585];
export const modules = {

/***/ 2585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHAINED_SUFFIX: () => (/* binding */ CHAINED_SUFFIX),
/* harmony export */   DEFAULT_PROTECTED: () => (/* binding */ DEFAULT_PROTECTED),
/* harmony export */   HOOKS: () => (/* binding */ HOOKS),
/* harmony export */   MARKER: () => (/* binding */ MARKER),
/* harmony export */   hookScript: () => (/* binding */ hookScript),
/* harmony export */   hooksCommand: () => (/* binding */ hooksCommand),
/* harmony export */   hooksDir: () => (/* binding */ hooksDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7817);
/* harmony import */ var _quality_kit_escape__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6757);
/* harmony import */ var _quality_kit_git__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3137);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7109);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6006);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5471);
/**
 * `quality hooks install|uninstall`: git hooks that run the guard rails before a commit and the
 * whole check before a push. `quality hooks run HOOK` is what the installed scripts call; it reads
 * the config file then (guard.protected-branches), so an edit applies without reinstalling.
 *
 * Tricky rule: a hook that is already there (not ours) is never overwritten: it is renamed to
 * `HOOK.pre-quality`, our script runs it first (its failure stops the commit), and uninstall
 * puts it back. Installing twice rewrites our script only, so it is idempotent.
 */








const HELP = `Usage: quality hooks install|uninstall [options]

install     add a pre-commit hook (quality guard --staged, quality format --check when that
            command exists, and no direct commit to a protected branch) and a pre-push hook
            (quality check). Hooks go where git looks for them (core.hooksPath is respected).
            A hook already there is kept, renamed HOOK.pre-quality, and run first.
            Running install again only refreshes the scripts.
uninstall   remove those hooks and put back the ones they replaced.

Options (install):
  --protected-branches LIST   branches a commit may not go to directly, written into the hook
                              (default: guard.protected-branches of .github/quality.yml or
                              quality.yml, read at each commit, so editing it needs no reinstall;
                              without that key main,master)
  --command CMD               how the hooks call quality, words separated by spaces (default: the
                              repository's node_modules/.bin/quality, else this quality)
  --root DIR                  a directory inside the repository (default: the current directory)
  -h, --help                  show this help

Skip the hooks once with git commit --no-verify or git push --no-verify.
`;
const HOOKS = ['pre-commit', 'pre-push'];
/** Marks a script as ours: install rewrites it, uninstall removes it. */
const MARKER = '# quality-hooks: installed by `quality hooks install`';
const CHAINED_SUFFIX = '.pre-quality';
/** Protected when neither --protected-branches nor the config file's guard.protected-branches names any. */
const DEFAULT_PROTECTED = ['main', 'master'];
const OPTIONS = {
    'protected-branches': { type: 'string' },
    command: { type: 'string' },
    root: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
/** A word for sh: single-quoted, a quote inside closed and escaped. */
const shQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
/**
 * The hook script: run the hook it replaced first (stdin kept for pre-push), then quality. The
 * branches are written in only when given at install; else the run reads the config file.
 */
function hookScript(hook, command, protectedBranches) {
    const args = [
        'hooks',
        'run',
        hook,
        ...(hook === 'pre-commit' && protectedBranches !== undefined
            ? ['--protected-branches', protectedBranches.join(',')]
            : []),
    ];
    const prev = `"$(dirname "$0")/${hook}${CHAINED_SUFFIX}"`;
    const chain = hook === 'pre-push'
        ? ['input=$(cat)', `if [ -x ${prev} ]; then`, `  printf '%s\\n' "$input" | ${prev} "$@" || exit $?`, 'fi']
        : [`if [ -x ${prev} ]; then`, `  ${prev} "$@" || exit $?`, 'fi'];
    return [
        '#!/bin/sh',
        MARKER,
        `# (\`quality hooks uninstall\` removes it and puts back the hook it replaced, ${hook}${CHAINED_SUFFIX}).`,
        ...chain,
        `exec ${[...command, ...args].map(shQuote).join(' ')}`,
        '',
    ].join('\n');
}
/** Where git runs hooks from: core.hooksPath when set, else .git/hooks (of the common dir in a worktree). */
async function hooksDir(root) {
    const out = (await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .EO)(root, ['rev-parse', '--git-path', 'hooks'])).stdout.toString('utf8').trim();
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(out) ? out : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, out);
}
const isOurs = (file) => {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8').includes(MARKER);
    }
    catch {
        return false;
    }
};
const exists = (file) => {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
        return true;
    }
    catch {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file); // a dangling symlink
    }
};
function defaultCommand(root) {
    const local = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'node_modules', '.bin', 'quality');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(local))
        return [local];
    const script = process.argv[1];
    if (script && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(script))
        return [process.execPath, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(script)];
    throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('Cannot tell how to run quality from a hook: give --command, e.g. --command "npx quality".');
}
async function install(root, command, branches) {
    const dir = await hooksDir(root);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    const lines = [];
    for (const hook of HOOKS) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, hook);
        const kept = `${file}${CHAINED_SUFFIX}`;
        let note = '';
        if (exists(file) && !isOurs(file)) {
            if (exists(kept))
                throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${file} is not ours and ${kept} exists too: move one of them away, then run quality hooks install again.`);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(file, kept);
            note = ` (your previous hook runs first: kept as ${hook}${CHAINED_SUFFIX})`;
        }
        else if (exists(kept))
            note = ` (chained: ${hook}${CHAINED_SUFFIX} runs first)`;
        const fresh = !exists(file);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, hookScript(hook, command, branches));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(file, 0o755);
        lines.push(`${fresh ? 'Installed' : 'Refreshed'} ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, file) || file}${note}.`);
    }
    return lines;
}
async function uninstall(root) {
    const dir = await hooksDir(root);
    const lines = [];
    for (const hook of HOOKS) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, hook);
        const kept = `${file}${CHAINED_SUFFIX}`;
        const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, file) || file;
        if (exists(file) && !isOurs(file)) {
            lines.push(`Left ${shown}: it is not a quality hook.`);
            continue;
        }
        if (exists(file))
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(file, { force: true });
        if (exists(kept)) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(kept, file);
            lines.push(`Removed the quality ${hook} hook; put back the one it replaced.`);
        }
        else
            lines.push(exists(file) ? `Left ${shown}.` : `No quality ${hook} hook in ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, dir) || dir}.`);
    }
    return lines;
}
/** The branch HEAD is on; undefined when detached. */
async function currentBranch(root) {
    const r = await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .EO)(root, ['symbolic-ref', '--quiet', '--short', 'HEAD'], { ok: [0, 1, 128] });
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}
const hooksCommand = async (argv, io) => {
    const { values, positionals, inputs } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)(argv, OPTIONS, 2);
    if (values.help) {
        await io.stdout(HELP);
        return 0;
    }
    const [action, hook] = positionals;
    if (action !== 'install' && action !== 'uninstall' && action !== 'run')
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(action === undefined ? 'Give install or uninstall.' : `Unknown action '${action}': install or uninstall.`);
    if (action !== 'run' && hook !== undefined)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`Unexpected argument '${hook}'.`);
    const cwd = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .existingDir */ .Tc)(io.cwd, values.root, '--root');
    let root;
    try {
        root = await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_3__/* .repoRoot */ .jv)(cwd);
    }
    catch {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${cwd} is not inside a git repository: git hooks belong to a repository.`);
    }
    const given = values['protected-branches'] !== undefined ? inputs.list('--protected-branches') : undefined;
    if (given !== undefined && given.length === 0)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--protected-branches needs at least one branch name (e.g. main,release).');
    if (action === 'install') {
        const command = values.command !== undefined ? values.command.trim().split(/\s+/) : defaultCommand(root);
        const lines = await install(root, command, given);
        await io.stdout(`${lines.map(_quality_kit_escape__WEBPACK_IMPORTED_MODULE_6__/* .escapeLine */ .EH).join('\n')}\n`);
        return 0;
    }
    if (action === 'uninstall') {
        await io.stdout(`${(await uninstall(root)).map(_quality_kit_escape__WEBPACK_IMPORTED_MODULE_6__/* .escapeLine */ .EH).join('\n')}\n`);
        return 0;
    }
    // run: what the installed scripts call.
    const { main } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3180));
    const sub = { ...io, cwd: root };
    if (hook === 'pre-commit') {
        // Read now, not at install: the flag written into the hook, else the config file's key.
        const listed = (await (0,_config_js__WEBPACK_IMPORTED_MODULE_5__/* .configured */ .t)(inputs, 'guard', root, io)).list('--protected-branches');
        const protectedBranches = listed.length > 0 ? listed : [...DEFAULT_PROTECTED];
        const branch = await currentBranch(root);
        if (branch !== undefined && protectedBranches.includes(branch)) {
            io.stderr(`quality pre-commit: direct commits to ${(0,_quality_kit_escape__WEBPACK_IMPORTED_MODULE_6__/* .escapeLine */ .EH)(branch)} are refused (protected: ${protectedBranches.map(_quality_kit_escape__WEBPACK_IMPORTED_MODULE_6__/* .escapeLine */ .EH).join(', ')}). ` +
                'Commit on a branch (git switch -c NAME) and open a pull request, or skip the hook once with git commit --no-verify.\n');
            return 1;
        }
        const guard = await main(['guard', '--staged'], sub);
        if (guard !== 0) {
            io.stderr('quality pre-commit: the commit was stopped by quality guard (above). Skip once with --no-verify.\n');
            return guard;
        }
        if (_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .commands */ .P.some((c) => c.name === 'format'))
            return stagedFormatCheck(root, io, main);
        await io.stdout('quality pre-commit: format check skipped (this quality has no format command).\n');
        return 0;
    }
    if (hook === 'pre-push') {
        const check = await main(['check'], sub);
        if (check !== 0)
            io.stderr('quality pre-push: the push was stopped by quality check (above). Skip once with --no-verify.\n');
        return check;
    }
    throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`quality hooks run takes ${HOOKS.join(' or ')}, not '${hook ?? ''}'.`);
};
/**
 * The pre-commit format check: `quality format --check` over the project, but only the staged
 * files it lists stop the commit (an unformatted file elsewhere is not this commit's). A project
 * without a formatter (exit 2: nothing configured) skips the check with a note.
 */
async function stagedFormatCheck(root, io, main) {
    const out = [];
    const err = [];
    const code = await main(['format', '--check', '--json'], {
        ...io,
        cwd: root,
        stdout: (s) => void out.push(s),
        stderr: (s) => void err.push(s),
    });
    if (code === 2 && !/No formatter found/.test(err.join(''))) {
        io.stderr(err.join(''));
        io.stderr('quality pre-commit: the format check could not run (above). Skip once with --no-verify.\n');
        return 2;
    }
    if (code === 2) {
        const why = err.join('').trim().split('\n')[0] ?? '';
        await io.stdout(`quality pre-commit: format check skipped (${(0,_quality_kit_escape__WEBPACK_IMPORTED_MODULE_6__/* .escapeLine */ .EH)(why.replace(/^quality format: /, ''))}).\n`);
        return 0;
    }
    let files = [];
    try {
        files = JSON.parse(out.join('')).files ?? [];
    }
    catch {
        io.stderr(err.join(''));
        io.stderr('quality pre-commit: the format check could not run (above). Skip once with --no-verify.\n');
        return 1;
    }
    const staged = new Set((await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .EO)(root, ['diff', '--cached', '--name-only', '-z', '--diff-filter=d'])).stdout
        .toString('utf8')
        .split('\0')
        .filter(Boolean));
    const bad = files.filter((f) => staged.has(f.path));
    if (bad.length > 0) {
        io.stderr(`${bad.map((f) => `${(0,_quality_kit_escape__WEBPACK_IMPORTED_MODULE_6__/* .escapeLine */ .EH)(f.path)}: not formatted (${(0,_quality_kit_escape__WEBPACK_IMPORTED_MODULE_6__/* .escapeLine */ .EH)(f.tool)})`).join('\n')}\n` +
            'quality pre-commit: staged files are not formatted; quality format --fix rewrites them, then git add them.\n');
        return 1;
    }
    if (code !== 0 && files.length === 0) {
        io.stderr(err.join(''));
        io.stderr('quality pre-commit: a formatter could not run (above). Skip once with --no-verify.\n');
        return 1;
    }
    return 0;
}


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


/***/ })

};
