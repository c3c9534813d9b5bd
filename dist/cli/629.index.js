export const id = 629;
export const ids = [629];
export const modules = {

/***/ 7109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Be: () => (/* binding */ fromCwd),
/* harmony export */   Tc: () => (/* binding */ existingDir),
/* harmony export */   dG: () => (/* binding */ CONFIG_OPTION),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   kt: () => (/* binding */ configHelp),
/* harmony export */   qg: () => (/* binding */ parse),
/* harmony export */   sk: () => (/* binding */ tempBase)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7817);
/* harmony import */ var _quality_kit_inputs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6415);
/**
 * The CLI's one argument parser: Node's `util.parseArgs`, strict, so an unknown option, a
 * missing value or a stray argument is a UsageError (exit 2 with the usage). Flag values are
 * then read with kit's typed readers (`Inputs`), the same the actions use, named `--flag`.
 */






/** A wrong command line: main prints the message, then the command's usage line, and exits 2. */
class UsageError extends _quality_kit_errors__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1 {
    name = 'UsageError';
}
/**
 * `--config FILE`, for every command that reads the config file: spread into its options
 * (`{ ...CONFIG_OPTION, ... }`); `configured()` reads it. Its help line: configHelp().
 */
const CONFIG_OPTION = { config: { type: 'string' } };
/** The `--config FILE` help line, its description starting at column `pad` + 2 (as the command's others). */
const configHelp = (pad = 19) => `  ${'--config FILE'.padEnd(pad)}read this config file instead of .github/quality.yml (or quality.yml)\n`;
function parse(argv, options, maxPositionals = 0) {
    let r;
    try {
        r = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (e) {
        // ERR_PARSE_ARGS_UNKNOWN_OPTION, _INVALID_OPTION_VALUE, _UNEXPECTED_POSITIONAL: Node's
        // message names the option; keep its first sentence.
        const text = typeof e?.message === 'string' ? e.message : String(e);
        const msg = text.split(/\.\s/)[0].replace(/\.$/, '');
        throw new UsageError(`${msg}.`);
    }
    if (r.positionals.length > maxPositionals) {
        const extra = r.positionals[maxPositionals];
        throw new UsageError(maxPositionals === 0
            ? `Unexpected argument '${extra}'.`
            : `Unexpected argument '${extra}' (at most ${maxPositionals}).`);
    }
    const strings = {};
    for (const [k, v] of Object.entries(r.values)) {
        const all = Array.isArray(v) ? v : [v];
        // The typed readers take '' for "absent": an empty value given on purpose is a mistake.
        if (all.some((x) => typeof x === 'string' && x.trim() === ''))
            throw new UsageError(`Option '--${k}' has an empty value.`);
        // Every flag reads through `inputs` (so a config file key can stand in for it): repeated
        // values one per line, a boolean flag given as 'true'.
        if (typeof v === 'string')
            strings[`--${k}`] = v;
        else if (Array.isArray(v))
            strings[`--${k}`] = v.join('\n');
        else if (v === true)
            strings[`--${k}`] = 'true';
    }
    return {
        values: r.values,
        positionals: r.positionals,
        inputs: new _quality_kit_inputs__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0((0,_quality_kit_inputs__WEBPACK_IMPORTED_MODULE_5__/* .mapInputSource */ .az)(strings)),
    };
}
/**
 * An existing directory given by `flag` (relative to `cwd`), checked before any git or file walk
 * starts: "does not exist" / "is not a directory", never a later "no project" or a git error.
 */
function existingDir(cwd, dir, flag) {
    const abs = dir === undefined ? cwd : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(dir) ? dir : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, dir);
    let isDir;
    try {
        isDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isDirectory();
    }
    catch {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${flag} ${abs} does not exist. Give an existing directory.`);
    }
    if (!isDir)
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${flag} ${abs} is not a directory. Give a directory.`);
    return abs;
}
/** A path relative to `cwd`, as the user typed it. */
function fromCwd(cwd, p) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, p);
}
/** Where a command's temporary folders go: the runner's RUNNER_TEMP when it exists, else the system's. */
function tempBase(env) {
    return env.RUNNER_TEMP && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(env.RUNNER_TEMP) ? env.RUNNER_TEMP : (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
}


/***/ }),

/***/ 3137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XS: () => (/* binding */ GitError),
  J0: () => (/* binding */ ensureHistory),
  Wf: () => (/* binding */ isFullSha),
  AA: () => (/* binding */ isNullSha),
  fE: () => (/* binding */ isShallow),
  _H: () => (/* binding */ lsRemote),
  wu: () => (/* binding */ mergeBase),
  rc: () => (/* binding */ noMergeBase),
  jv: () => (/* binding */ repoRoot),
  WL: () => (/* binding */ resolveCommit),
  EO: () => (/* binding */ runGit),
  O: () => (/* binding */ trackedFiles)
});

// UNUSED EXPORTS: assertRef, isSha, lsFiles, shortSha, topLevelAndMergeBases

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/kit/src/git-index.ts
/**
 * The tracked files of a repository read from its index file, without starting git: what
 * `git ls-files -z --full-name -- :/` prints (every index entry in index order, unmerged paths
 * once per stage), for index versions 2, 3 and 4. Starting a process costs a Node program
 * about 5 ms of blocked main thread (fork of the whole process), more than reading a small index.
 *
 * The one rule: read it only where the answer is certainly git's, else return undefined and let
 * the caller run ls-files. So: a plain `.git` folder at the top level git reported (no worktree
 * or submodule `.git` file), no GIT_DIR-like variable, a config with no `worktree`, `include` or
 * object format setting, a SHA-1 index with neither a split index (`link`) nor sparse folder
 * entries (`sdir`, mode 040000), no required extension we do not know, nothing malformed, and an
 * index no larger than `maxBytes` (a large index is faster in git's own process, beside ours).
 */


/** Variables that point git at another repository, index or work tree than the folder's own. */
const REDIRECTS = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR', 'GIT_NAMESPACE'];
const HASH_BYTES = 20;
/**
 * The tracked files of the repository whose top level (as `git rev-parse --show-toplevel` printed
 * it) is `topLevel`, relative to it, or undefined when only git can say (see the module header).
 */
function indexFiles(topLevel, options = {}) {
    const env = options.env ?? process.env;
    if (REDIRECTS.some((k) => env[k] !== undefined))
        return undefined;
    const gitDir = (0,external_node_path_.join)(topLevel, '.git');
    try {
        if (!(0,external_node_fs_.lstatSync)(gitDir).isDirectory())
            return undefined;
        const config = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(gitDir, 'config'), 'latin1');
        if (/worktree|include|objectformat/i.test(config))
            return undefined;
    }
    catch {
        return undefined;
    }
    let data;
    try {
        const path = (0,external_node_path_.join)(gitDir, 'index');
        const st = (0,external_node_fs_.lstatSync)(path);
        if (!st.isFile() || st.size > (options.maxBytes ?? 1024 * 1024))
            return undefined;
        data = (0,external_node_fs_.readFileSync)(path);
    }
    catch (e) {
        // No index yet (a repository with nothing added): ls-files prints nothing.
        return e.code === 'ENOENT' ? [] : undefined;
    }
    return parseIndex(data);
}
/** The entry names of an index file (SHA-1), or undefined when it is not one this reader takes. */
function parseIndex(data) {
    const end = data.length - HASH_BYTES;
    if (end < 12 || data.toString('latin1', 0, 4) !== 'DIRC')
        return undefined;
    const version = data.readUInt32BE(4);
    const count = data.readUInt32BE(8);
    if (version < 2 || version > 4 || count > end / 40)
        return undefined;
    const names = new Array(count);
    let off = 12;
    let prev = Buffer.alloc(0);
    for (let i = 0; i < count; i++) {
        const start = off;
        if (off + 62 > end)
            return undefined;
        const type = data.readUInt32BE(off + 24) >>> 12;
        // Regular file, symbolic link, gitlink (a submodule); a folder is a sparse index entry.
        if (type !== 0o10 && type !== 0o12 && type !== 0o16)
            return undefined;
        const flags = data.readUInt16BE(off + 60);
        const extended = (flags & 0x4000) !== 0;
        if (extended && version === 2)
            return undefined;
        off += 62 + (extended ? 2 : 0);
        const nameLen = flags & 0xfff;
        if (version === 4) {
            // A varint: how many bytes of the previous name to drop, then the rest of the name.
            let c = data[off++];
            if (c === undefined)
                return undefined;
            let strip = c & 127;
            while (c & 128) {
                c = data[off++];
                if (c === undefined || strip > 0xffffff)
                    return undefined;
                strip = ((strip + 1) << 7) | (c & 127);
            }
            const nul = data.indexOf(0, off);
            if (nul < 0 || nul >= end || strip > prev.length)
                return undefined;
            const name = Buffer.concat([prev.subarray(0, prev.length - strip), data.subarray(off, nul)]);
            if (nameLen !== 0xfff && name.length !== nameLen)
                return undefined;
            names[i] = name.toString('utf8');
            prev = name;
            off = nul + 1;
        }
        else {
            const nul = nameLen === 0xfff ? data.indexOf(0, off + nameLen) : off + nameLen;
            if (nul < 0 || nul >= end || data[nul] !== 0 || data.indexOf(0, off) !== nul)
                return undefined;
            names[i] = data.toString('utf8', off, nul);
            // NUL padding to a multiple of 8 bytes from the entry's start (at least one NUL).
            const next = start + ((nul - start + 8) & ~7);
            if (next > end)
                return undefined;
            for (let p = nul; p < next; p++)
                if (data[p] !== 0)
                    return undefined;
            off = next;
        }
        if (names[i] === '')
            return undefined;
    }
    // Extensions: a split index keeps its entries elsewhere, a sparse index holds folders; any
    // other required extension (lower-case first letter) is one this reader does not know.
    while (off + 8 <= end) {
        const sig = data.toString('latin1', off, off + 4);
        const size = data.readUInt32BE(off + 4);
        const first = data[off];
        if (sig === 'link' || sig === 'sdir' || (first >= 0x61 && first <= 0x7a))
            return undefined;
        off += 8 + size;
    }
    return off === end ? names : undefined;
}

;// CONCATENATED MODULE: ./packages/kit/src/git.ts
/**
 * git for every package: `runGit` and the few operations the actions need, with the real `git` binary.
 *
 * Every call is `spawn('git', [...args])`: an argument array, never a shell, so no
 * branch or file name is ever interpreted by a shell. Refs from users are validated
 * (`assertRef`: git check-ref-format's rules plus "no leading dash") and, where the
 * command parses options, passed after `--end-of-options`, so a ref like
 * `--upload-pack=x` can never become an option.
 *
 * Paths: `lsFiles` and `diffAgainstBase` both name files relative to the repository
 * TOP LEVEL (`ls-files --full-name`, diff without `--relative`), whatever `cwd` is;
 * pass `repoRoot(cwd)` as the workspace to `resolvePaths`.
 *
 * Diff options: `--unified=0` (context lines carry nothing we count), `-M` (a renamed
 * file's unchanged lines are not "added"; without it a rename is a delete plus an
 * add of every line), `--no-ext-diff --no-textconv --no-color` (a user's config must
 * not change the text we parse), `--ignore-submodules`, fixed `a/` `b/` prefixes
 * (`diff.noprefix` / `diff.mnemonicPrefix` overridden), `core.quotePath=false` (UTF-8
 * names come out raw; names with quotes, backslashes or control characters are still
 * C-quoted, which the parser undoes), `diff.relative=false`, and a high
 * `diff.renameLimit` so a large change still gets rename detection.
 *
 * git inherits the process environment, plus what a call adds (`env`, `configEnv`).
 * `lsRemote` runs outside any repository (in the temp folder) so no repository config applies.
 */




class GitError extends Error {
    args;
    code;
    stderr;
    name = 'GitError';
    constructor(args, code, stderr) {
        super(`git ${args.join(' ')} exited with ${code}: ${stderr.trim() || '(no message)'}`);
        this.args = args;
        this.code = code;
        this.stderr = stderr;
    }
}
const CONFIG = [
    '-c',
    'core.quotePath=false',
    '-c',
    'color.ui=never',
    '-c',
    'diff.noprefix=false',
    '-c',
    'diff.mnemonicPrefix=false',
    '-c',
    'diff.relative=false',
    '-c',
    'diff.external=',
    '-c',
    'diff.renameLimit=100000',
];
function childEnv(options) {
    // process.env itself, not spawn's default: the same object in a run, the test's own under Jest.
    if (!options.env && !options.unsetEnv && !options.configEnv)
        return process.env;
    const env = { ...process.env };
    for (const k of options.unsetEnv ?? [])
        delete env[k];
    Object.assign(env, options.env);
    if (options.configEnv?.length) {
        let n = Number(env['GIT_CONFIG_COUNT'] ?? 0) || 0;
        for (const [key, value] of options.configEnv) {
            env[`GIT_CONFIG_KEY_${n}`] = key;
            env[`GIT_CONFIG_VALUE_${n}`] = value;
            n++;
        }
        env['GIT_CONFIG_COUNT'] = String(n);
    }
    return env;
}
/**
 * Run git; resolves with the exit code and output. An exit code not in `ok` rejects with a
 * GitError; a git that cannot be started rejects with the spawn error.
 */
function runGit(cwd, args, options = {}) {
    const ok = options.ok ?? [0];
    const fullArgs = [...CONFIG, ...args];
    const timeoutMs = options.timeoutMs ?? 10 * 60_000;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', fullArgs, {
            cwd,
            env: childEnv(options),
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        // Our own timer, not spawn's `timeout`: that one stays armed for its whole span when git
        // cannot be started at all (a missing folder), and keeps a finished CLI alive.
        const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
        timer.unref();
        const out = [];
        const err = [];
        let streamError = null;
        child.stdout.on('data', (c) => {
            if (options.onStdout) {
                try {
                    options.onStdout(c);
                }
                catch (e) {
                    streamError ??= e;
                }
            }
            else
                out.push(c);
        });
        child.stderr.on('data', (c) => {
            if (err.length < 256)
                err.push(c);
        });
        if (child.stdin) {
            child.stdin.on('error', () => undefined); // git may exit before reading all input
            child.stdin.end(options.input);
        }
        child.on('error', (e) => {
            clearTimeout(timer);
            reject(e);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            let stderr = Buffer.concat(err).toString('utf8');
            if (signal)
                stderr += ` (git stopped by ${signal}: took longer than ${Math.round(timeoutMs / 1000)} s, or killed)`;
            const c = code ?? 128;
            if (streamError)
                reject(streamError);
            else if (ok !== 'any' && !ok.includes(c))
                reject(new GitError(args, c, stderr));
            else
                resolve({ code: c, stdout: Buffer.concat(out), stderr });
        });
    });
}
async function gitText(cwd, args) {
    return (await runGit(cwd, args)).stdout.toString('utf8');
}
/** True for git's all-zero object name (a push event's `before` on a new branch), 40 or 64 hex digits. */
function isNullSha(sha) {
    return typeof sha === 'string' && /^(?:0{40}|0{64})$/.test(sha);
}
/** A full or abbreviated hex object name. */
function isSha(s) {
    return /^[0-9a-f]{7,64}$/i.test(s);
}
/** A full object name: 40 (SHA-1) or 64 (SHA-256) hex digits. */
function isFullSha(s) {
    return typeof s === 'string' && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(s);
}
/** The 12-digit form used in messages. */
function shortSha(sha) {
    return sha.slice(0, 12);
}
/**
 * Refuse a ref that could be read as an option or is not a valid ref/revision name:
 * git check-ref-format's rules (no control characters, space, `~ ^ : ? * [ \`, no
 * `..`, `@{`, `//`, no leading/trailing `/` or `.`, no `.lock` suffix, not `@`) and no
 * leading `-`. Full or short SHAs and names like `origin/main`, `HEAD` pass.
 */
function assertRef(ref, what = 'ref') {
    const bad = ref.length === 0 ||
        ref.length > 1024 ||
        ref.startsWith('-') ||
        ref === '@' ||
        /[\x00-\x20\x7f~^:?*[\\]/.test(ref) ||
        ref.includes('..') ||
        ref.includes('@{') ||
        ref.includes('//') ||
        ref.startsWith('/') ||
        ref.endsWith('/') ||
        ref.endsWith('.') ||
        ref.endsWith('.lock') ||
        ref.split('/').some((c) => c.startsWith('.') || c.endsWith('.lock'));
    if (bad) {
        throw new errors/* ConfigurationError */.j1(`The ${what} ${JSON.stringify(ref)} is not a valid git ref name or commit SHA.`);
    }
}
/** Absolute path of the repository top level containing `cwd`. */
async function repoRoot(cwd) {
    return (await gitText(cwd, ['rev-parse', '--show-toplevel'])).replace(/\n$/, '');
}
/**
 * The repository's top level and the merge bases of `base` and `head`, in one git run:
 * `git rev-parse --show-toplevel <base>...<head> --` prints the top level, both tips, then one
 * `^<sha>` line per merge base (none for unrelated histories). Rejects with a GitError when either
 * commit is missing or `cwd` is not in a repository: `mergeBase` and `ensureHistory` tell which.
 */
async function topLevelAndMergeBases(cwd, base, head = 'HEAD') {
    // rev-parse takes no --end-of-options before git 2.43: assertRef refuses a leading '-' and
    // any '..', so `<base>...<head>` is one revision range, and the final `--` keeps it from a path.
    assertRef(base, 'base');
    assertRef(head, 'head');
    const args = ['rev-parse', '--show-toplevel', `${base}...${head}`, '--'];
    const lines = (await gitText(cwd, args)).split('\n');
    // Read from the end (a top-level path may hold a line break): '--', the ^merge bases, the two tips.
    if (lines.at(-1) === '')
        lines.pop();
    if (lines.at(-1) === '--')
        lines.pop();
    const mergeBases = [];
    while (lines.length > 3 && lines.at(-1).startsWith('^') && isFullSha(lines.at(-1).slice(1)))
        mergeBases.unshift(lines.pop().slice(1));
    const tips = lines.splice(-2, 2);
    if (lines.length === 0 || tips.length !== 2 || !tips.every((t) => isFullSha(t)))
        throw new GitError(args, 0, 'unexpected output (expected the top level, two commits and the merge bases)');
    return { topLevel: lines.join('\n'), mergeBases };
}
/** `git ls-files -z --full-name -- :/`: ALL tracked files (not only those under `cwd`), relative to the top level, '/'-separated. */
async function lsFiles(cwd) {
    const out = await runGit(cwd, ['ls-files', '-z', '--full-name', '--', ':/']);
    const s = out.stdout.toString('utf8');
    return s.length ? s.split('\0').filter((x) => x !== '') : [];
}
/**
 * The tracked files, as `lsFiles` lists them, of the repository whose top level `repoRoot` (or
 * `topLevelAndMergeBases`) gave for `cwd`: read from the index when it is a plain one (no git run,
 * see git-index.ts), else from `git ls-files`.
 */
async function trackedFiles(cwd, topLevel) {
    return indexFiles(topLevel) ?? lsFiles(cwd);
}
/** `git rev-parse --is-shallow-repository`. */
async function isShallow(cwd) {
    return (await gitText(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}
/** The full SHA of a commit, or null when it is not present locally. */
async function resolveCommit(cwd, rev) {
    assertRef(rev);
    const r = await runGit(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], {
        ok: [0, 1, 128],
    });
    return r.code === 0 ? r.stdout.toString('utf8').trim() : null;
}
/** `git merge-base <base> <head>`: the best common ancestor, or null when none is reachable. */
async function mergeBase(cwd, base, head) {
    assertRef(base, 'base');
    assertRef(head, 'head');
    const r = await runGit(cwd, ['merge-base', '--end-of-options', base, head], { ok: [0, 1] });
    return r.code === 0 ? r.stdout.toString('utf8').trim() : null;
}
const FETCH_DEPTH_HINT = 'Check out the full history: actions/checkout with `fetch-depth: 0` (or allow the action to fetch the missing history).';
function noMergeBase(base, head, shallow) {
    return shallow
        ? new errors/* ConfigurationError */.j1(`No common ancestor of ${base} and ${head} in this shallow clone: the history between them was not fetched. ${FETCH_DEPTH_HINT}`)
        : new errors/* ConfigurationError */.j1(`${base} and ${head} have no common ancestor (unrelated histories): there is no change to measure against ${base}.`);
}
/**
 * Make sure the merge base of `base` and `head` is in the repository, fetching what is
 * missing when allowed; resolves with the merge-base SHA. One `git merge-base` when nothing is
 * missing; otherwise:
 *
 * 1. `base` missing (a shallow clone has only the head): fetch it
 *    (`git fetch --depth=1 <remote> <sha>`, without `--depth` in a full clone, or `refs/heads/<name>` into
 *    `refs/remotes/<remote>/<name>` for a branch name; a `<remote>/` prefix is dropped);
 * 2. no merge base and the clone is shallow: `git fetch --deepen=N <remote> <base> <head>`
 *    with N doubling (50, 100, 200...) until the merge base appears, the clone stops being
 *    shallow, or `maxDeepen` commits were fetched; both tips are named so that BOTH sides
 *    of the fork deepen (a plain `--deepen` follows only the configured refspec);
 * 3. otherwise a ConfigurationError that says what to set: actions/checkout with
 *    `fetch-depth: 0`.
 *
 * The all-zero `before` of a new branch is not a base: check `isNullSha` first.
 */
async function ensureHistory(cwd, base, options) {
    const remote = options.remote ?? 'origin';
    const head = options.head ?? 'HEAD';
    const maxDeepen = options.maxDeepen ?? 1000;
    assertRef(base, 'base');
    assertRef(head, 'head');
    assertRef(remote, 'remote');
    if (isNullSha(base)) {
        throw new errors/* ConfigurationError */.j1(`The base ${base} is the all-zero SHA (a new branch has no "before" commit); choose the default branch as the base.`);
    }
    // The usual case in one git run: both commits present and a merge base between them. merge-base
    // exits 128 for a missing commit and 1 for none found; then the steps below tell which and fetch.
    const quick = await runGit(cwd, ['merge-base', '--end-of-options', base, head], { ok: 'any' });
    const quickSha = quick.stdout.toString('utf8').trim();
    if (quick.code === 0 && isFullSha(quickSha))
        return quickSha;
    let baseRev = base;
    let baseSha = await resolveCommit(cwd, base);
    if (baseSha === null) {
        if (!options.allowFetch) {
            throw new errors/* ConfigurationError */.j1(`The base commit ${base} is not in this clone. ${FETCH_DEPTH_HINT}`);
        }
        // Depth 1 only in a shallow clone: in a full clone `--depth` would make it shallow.
        baseRev = await fetchBase(cwd, remote, base, await isShallow(cwd));
        baseSha = await resolveCommit(cwd, baseRev);
        if (baseSha === null) {
            throw new errors/* ConfigurationError */.j1(`The base ${base} could not be fetched from ${remote}. ${FETCH_DEPTH_HINT}`);
        }
    }
    const headSha = await resolveCommit(cwd, head);
    if (headSha === null)
        throw new errors/* ConfigurationError */.j1(`The head ${head} is not a commit in this repository.`);
    let deepened = 0;
    let step = Math.max(1, options.step ?? 50);
    for (;;) {
        const mb = await mergeBase(cwd, baseSha, headSha);
        if (mb !== null)
            return mb;
        const shallow = await isShallow(cwd);
        if (!shallow)
            throw noMergeBase(base, head, false);
        if (!options.allowFetch)
            throw noMergeBase(base, head, true);
        if (deepened >= maxDeepen) {
            throw new errors/* ConfigurationError */.j1(`No common ancestor of ${base} and ${head} within ${deepened} more commits of history fetched from ${remote}. ${FETCH_DEPTH_HINT}`);
        }
        const n = Math.min(step, maxDeepen - deepened);
        await runGit(cwd, [
            'fetch',
            '--quiet',
            '--no-tags',
            '--no-recurse-submodules',
            `--deepen=${n}`,
            '--end-of-options',
            remote,
            baseSha,
            headSha,
        ], {
            timeoutMs: 10 * 60_000,
        });
        deepened += n;
        step *= 2;
    }
}
/** Fetch a missing base (SHA or branch name) with depth 1; resolves with a local revision naming it. */
async function fetchBase(cwd, remote, base, shallow) {
    const fetch = [
        'fetch',
        '--quiet',
        '--no-tags',
        '--no-recurse-submodules',
        ...(shallow ? ['--depth=1'] : []),
        '--end-of-options',
        remote,
    ];
    if (isSha(base) && base.length >= 40) {
        await runGit(cwd, [...fetch, base], { ok: [0, 1, 128] });
        return base;
    }
    const name = base.startsWith(`${remote}/`) ? base.slice(remote.length + 1) : base.replace(/^refs\/heads\//, '');
    assertRef(name, 'base');
    const local = `refs/remotes/${remote}/${name}`;
    await runGit(cwd, [...fetch, `+refs/heads/${name}:${local}`], { ok: [0, 1, 128] });
    return local;
}
/**
 * `git ls-remote --heads --tags <url>`: the branches and tags of a remote repository, annotated
 * tags followed by their peeled `^{}` entry. Never prompts (GIT_TERMINAL_PROMPT=0), so a missing
 * or private repository fails instead of waiting for a password. The URL must not start with `-`.
 */
async function lsRemote(url, options = {}) {
    if (url.startsWith('-'))
        throw new errors/* ConfigurationError */.j1(`The remote URL ${JSON.stringify(url)} starts with '-'.`);
    const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    const chunks = [];
    let size = 0;
    await runGit((0,external_node_os_.tmpdir)(), ['ls-remote', '--heads', '--tags', '--end-of-options', url], {
        timeoutMs: options.timeoutMs ?? 60_000,
        env: { GIT_TERMINAL_PROMPT: '0' },
        onStdout: (c) => {
            size += c.length;
            if (size > maxBytes)
                throw new errors/* ConfigurationError */.j1(`git ls-remote ${url} listed more than ${maxBytes} bytes of refs.`);
            chunks.push(c);
        },
    });
    const refs = [];
    for (const line of Buffer.concat(chunks).toString('utf8').split('\n')) {
        const m = /^([0-9a-f]{40}|[0-9a-f]{64})\t(refs\/\S+)$/.exec(line);
        if (m)
            refs.push({ sha: m[1], name: m[2] });
    }
    return refs;
}


/***/ }),

/***/ 6415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   az: () => (/* binding */ mapInputSource),
/* harmony export */   lQ: () => (/* binding */ envInputSource),
/* harmony export */   qX: () => (/* binding */ configSource)
/* harmony export */ });
/* unused harmony exports layeredSource, renamed */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/**
 * Typed input readers. Read every input once, at the top of an entry, into a typed object
 * (as peter-evans/create-pull-request does); the engine never sees raw strings.
 *
 * The source is injected: the runner's `INPUT_*` variables in actions, a flag map in the
 * CLI, a plain object in tests, and layers of them (CLI flag > action input > config file >
 * the reader's default). An empty string means "absent", as on the runner: so an action.yml
 * gives no `default:` for a key the config file may set.
 */

/**
 * A config file section as a source: input `prefix + key` reads `values[key]` (prefix `--` for
 * CLI flags, '' for action inputs).
 */
function configSource(values, prefix = '') {
    const find = (name) => {
        if (!name.startsWith(prefix))
            return undefined;
        const key = name.slice(prefix.length);
        return Object.hasOwn(values, key) ? values[key] : undefined;
    };
    return {
        get: (name) => find(name)?.value ?? '',
        origin: (name) => {
            const v = find(name);
            return v && { file: v.file, line: v.line, key: v.key };
        },
    };
}
/** The first layer with a non-empty value wins: `layeredSource(flags, actionInputs, config)`. */
function layeredSource(...layers) {
    const pick = (name) => layers.find((l) => l.get(name).trim() !== '');
    return {
        get: (name) => pick(name)?.get(name) ?? '',
        origin: (name) => pick(name)?.origin?.(name),
    };
}
/** A source read under other names: `renamed(flags, (n) => `--${n}`)` reads input `x` as flag `--x`. */
function renamed(source, rename) {
    return {
        get: (name) => source.get(rename(name)),
        origin: (name) => source.origin?.(rename(name)),
    };
}
/** Inputs as the runner passes them: INPUT_<NAME> with spaces as '_', upper case. */
function envInputSource(env) {
    return {
        get: (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '',
    };
}
function mapInputSource(values) {
    return { get: (name) => values[name] ?? '' };
}
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const YAML_TRUE = new Set(['true', 'True', 'TRUE']);
const YAML_FALSE = new Set(['false', 'False', 'FALSE']);
class Inputs {
    source;
    constructor(source) {
        this.source = source;
    }
    /** These inputs over `fallback` (a config file section): a value here wins, else the fallback's. */
    withFallback(fallback) {
        return new Inputs(layeredSource(this.source, fallback));
    }
    /** Where a value came from (a config file key), or undefined for the input itself or no value. */
    origin(name) {
        return this.optional(name) === undefined ? undefined : this.source.origin?.(name);
    }
    /** The error for a wrong value: a config file's names file, line and key; an input's names the input. */
    wrong(name, raw, expected) {
        const o = this.source.origin?.(name);
        return o ? new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigValueError */ .w0(o.file, o.line, o.key, raw, expected) : new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, raw, expected);
    }
    /** Trimmed value, or undefined when absent. */
    optional(name) {
        const v = this.source.get(name).trim();
        return v === '' ? undefined : v;
    }
    required(name) {
        const v = this.optional(name);
        if (v === undefined)
            throw this.wrong(name, '', 'a value: this input is required');
        return v;
    }
    string(name, fallback) {
        return this.optional(name) ?? fallback;
    }
    number(name, opts = {}) {
        const raw = this.optional(name);
        if (raw === undefined)
            return opts.default;
        const range = opts.min !== undefined && opts.max !== undefined
            ? ` from ${opts.min} to ${opts.max}`
            : opts.min !== undefined
                ? ` of at least ${opts.min}`
                : opts.max !== undefined
                    ? ` of at most ${opts.max}`
                    : '';
        const what = `${opts.integer ? 'a whole number' : 'a number'}${range}`;
        if (raw.endsWith('%') && NUMBER.test(raw.slice(0, -1).trim())) {
            throw this.wrong(name, raw, `${what}, without the % sign (write ${raw.slice(0, -1).trim()})`);
        }
        if (!NUMBER.test(raw))
            throw this.wrong(name, raw, what);
        const n = Number(raw);
        if (opts.integer && !Number.isInteger(n))
            throw this.wrong(name, raw, what);
        if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
            throw this.wrong(name, raw, what);
        }
        return n;
    }
    /**
     * A number, or `off` for a rule turned off: undefined then, whatever the default. An empty
     * input is "not set" (a config file or the default decides), so `off` is how to say "no rule".
     */
    numberOrOff(name, opts = {}) {
        if (this.optional(name)?.toLowerCase() === 'off')
            return undefined;
        try {
            return this.number(name, opts);
        }
        catch (e) {
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigValueError */ .w0 || e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
                throw this.wrong(name, this.optional(name) ?? '', `${e.expected}, or off`);
            throw e;
        }
    }
    enum(name, allowed, fallback) {
        const raw = this.optional(name);
        if (raw === undefined)
            return fallback;
        const hit = allowed.find((a) => a === raw) ?? allowed.find((a) => a.toLowerCase() === raw.toLowerCase());
        if (hit === undefined)
            throw this.wrong(name, raw, `one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
        return hit;
    }
    /** A YAML 1.2 core-schema boolean, as @actions/core's getBooleanInput reads it. */
    boolean(name, fallback) {
        const raw = this.optional(name);
        if (raw === undefined)
            return fallback;
        if (YAML_TRUE.has(raw))
            return true;
        if (YAML_FALSE.has(raw))
            return false;
        throw this.wrong(name, raw, "a YAML 1.2 boolean: 'true' or 'false'");
    }
    /**
     * A list: one item per line; a single line may also be comma-separated. Blank lines and
     * lines starting with '#' are skipped.
     */
    list(name) {
        const raw = this.optional(name);
        if (raw === undefined)
            return [];
        const lines = raw
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter((l) => l !== '' && !l.startsWith('#'));
        if (lines.length === 1)
            return lines[0]
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean);
        return lines;
    }
    /** Glob patterns, one per line (commas are legal in globs). '!' negates. */
    globs(name) {
        const raw = this.optional(name);
        if (raw === undefined)
            return [];
        const globs = raw
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter((l) => l !== '' && !l.startsWith('#'));
        for (const g of globs) {
            if (g === '!')
                throw this.wrong(name, raw, "glob patterns; a lone '!' negates nothing");
            if (g.includes('\0'))
                throw this.wrong(name, raw, 'glob patterns without NUL characters');
        }
        return globs;
    }
    json(name) {
        const raw = this.optional(name);
        if (raw === undefined)
            return undefined;
        try {
            return JSON.parse(raw);
        }
        catch (e) {
            throw this.wrong(name, raw, `valid JSON (${e instanceof Error ? e.message : String(e)})`);
        }
    }
}


/***/ })

};
