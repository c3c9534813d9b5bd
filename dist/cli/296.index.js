export const id = 296;
export const ids = [296];
export const modules = {

/***/ 552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ isNullSha),
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   Fz: () => (/* binding */ lsFiles),
/* harmony export */   J0: () => (/* binding */ ensureHistory),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   fE: () => (/* binding */ isShallow),
/* harmony export */   jv: () => (/* binding */ repoRoot),
/* harmony export */   rc: () => (/* binding */ noMergeBase),
/* harmony export */   wu: () => (/* binding */ mergeBase)
/* harmony export */ });
/* unused harmony exports isSha, assertRef, resolveCommit */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7817);
/**
 * The few git operations the coverage gate needs, with the real `git` binary.
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
 * This module reads no environment variables; git inherits the process environment.
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
/**
 * Run git; resolves with the exit code and output. `ok` lists the exit codes that are
 * not failures (default [0]); any other code rejects with a GitError.
 * `onStdout` receives stdout as it streams (then `stdout` in the result is empty).
 */
function runGit(cwd, args, options = {}) {
    const ok = options.ok ?? [0];
    const fullArgs = [...CONFIG, ...args];
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', fullArgs, {
            cwd,
            stdio: ['ignore', 'pipe', 'pipe'],
            timeout: options.timeoutMs ?? 10 * 60_000,
        });
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
        child.on('error', (e) => reject(e));
        child.on('close', (code, signal) => {
            const stderr = Buffer.concat(err).toString('utf8');
            const c = code ?? (signal ? 128 : 1);
            if (streamError)
                reject(streamError);
            else if (!ok.includes(c))
                reject(new GitError(args, c, signal ? `${stderr} (killed by ${signal})` : stderr));
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The ${what} ${JSON.stringify(ref)} is not a valid git ref name or commit SHA.`);
    }
}
/** Absolute path of the repository top level containing `cwd`. */
async function repoRoot(cwd) {
    return (await gitText(cwd, ['rev-parse', '--show-toplevel'])).replace(/\n$/, '');
}
/** `git ls-files -z --full-name -- :/`: ALL tracked files (not only those under `cwd`), relative to the top level, '/'-separated. */
async function lsFiles(cwd) {
    const out = await runGit(cwd, ['ls-files', '-z', '--full-name', '--', ':/']);
    const s = out.stdout.toString('utf8');
    return s.length ? s.split('\0').filter((x) => x !== '') : [];
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
        ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`No common ancestor of ${base} and ${head} in this shallow clone: the history between them was not fetched. ${FETCH_DEPTH_HINT}`)
        : new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${base} and ${head} have no common ancestor (unrelated histories): there is no change to measure against ${base}.`);
}
/**
 * Make sure the merge base of `base` and `head` is in the repository, fetching what is
 * missing when allowed; resolves with the merge-base SHA.
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The base ${base} is the all-zero SHA (a new branch has no "before" commit); choose the default branch as the base.`);
    }
    let baseRev = base;
    let baseSha = await resolveCommit(cwd, base);
    if (baseSha === null) {
        if (!options.allowFetch) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The base commit ${base} is not in this clone. ${FETCH_DEPTH_HINT}`);
        }
        // Depth 1 only in a shallow clone: in a full clone `--depth` would make it shallow.
        baseRev = await fetchBase(cwd, remote, base, await isShallow(cwd));
        baseSha = await resolveCommit(cwd, baseRev);
        if (baseSha === null) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The base ${base} could not be fetched from ${remote}. ${FETCH_DEPTH_HINT}`);
        }
    }
    const headSha = await resolveCommit(cwd, head);
    if (headSha === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The head ${head} is not a commit in this repository.`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`No common ancestor of ${base} and ${head} within ${deepened} more commits of history fetched from ${remote}. ${FETCH_DEPTH_HINT}`);
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


/***/ }),

/***/ 296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_ALWAYS: () => (/* reexport */ DEFAULT_ALWAYS),
  DEFAULT_PLAN_FILE: () => (/* reexport */ DEFAULT_PLAN_FILE),
  GitError: () => (/* reexport */ git/* GitError */.XS),
  LANGUAGES: () => (/* reexport */ LANGUAGES),
  LANGUAGE_NAMES: () => (/* reexport */ LANGUAGE_NAMES),
  MAX_COMBINATIONS: () => (/* reexport */ MAX_COMBINATIONS),
  NO_CHANGES_ENTRY: () => (/* reexport */ NO_CHANGES_ENTRY),
  SKIPPED_DIRS: () => (/* reexport */ SKIPPED_DIRS),
  VERSION_SOURCES: () => (/* reexport */ VERSION_SOURCES),
  applyExcludeInclude: () => (/* reexport */ applyExcludeInclude),
  assertIsoDate: () => (/* reexport */ assertIsoDate),
  autoShardCount: () => (/* reexport */ autoShardCount),
  buildMatrix: () => (/* reexport */ buildMatrix),
  cartesian: () => (/* reexport */ cartesian),
  changedFiles: () => (/* reexport */ changedFiles),
  cleanNodeVersion: () => (/* reexport */ cleanNodeVersion),
  compareVersions: () => (/* reexport */ compareVersions),
  deepEqual: () => (/* reexport */ deepEqual),
  defaultReleaseData: () => (/* reexport */ defaultReleaseData),
  detectProjects: () => (/* reexport */ detectProjects),
  discoverTests: () => (/* reexport */ discoverTests),
  diskReader: () => (/* reexport */ diskReader),
  entryName: () => (/* reexport */ entryName),
  expandGitHubMatrix: () => (/* reexport */ expandGitHubMatrix),
  findVersionSource: () => (/* reexport */ findVersionSource),
  globToRegExp: () => (/* reexport */ globToRegExp),
  goLineOf: () => (/* reexport */ goLineOf),
  goLineSatisfies: () => (/* reexport */ goLineSatisfies),
  goModulePath: () => (/* reexport */ goModulePath),
  isNullSha: () => (/* reexport */ git/* isNullSha */.AA),
  isReleased: () => (/* reexport */ isReleased),
  isSupported: () => (/* reexport */ isSupported),
  isValidNodeRange: () => (/* reexport */ isValidNodeRange),
  joinPath: () => (/* reexport */ joinPath),
  linesSatisfying: () => (/* reexport */ linesSatisfying),
  loadReleaseData: () => (/* reexport */ loadReleaseData),
  looseEqual: () => (/* reexport */ looseEqual),
  ltsLines: () => (/* reexport */ ltsLines),
  matchTimings: () => (/* reexport */ matchTimings),
  matrixCommand: () => (/* reexport */ matrixCommand),
  median: () => (/* reexport */ median),
  memoryReader: () => (/* reexport */ memoryReader),
  nodeLineSatisfies: () => (/* reexport */ nodeLineSatisfies),
  parentDir: () => (/* reexport */ parentDir),
  parseEntries: () => (/* reexport */ parseEntries),
  parseGoTestJson: () => (/* reexport */ parseGoTestJson),
  parseJUnit: () => (/* reexport */ parseJUnit),
  parsePythonSpecifier: () => (/* reexport */ parsePythonSpecifier),
  parseTestDurations: () => (/* reexport */ parseTestDurations),
  parseTimingFile: () => (/* reexport */ parseTimingFile),
  parseVersionPolicy: () => (/* reexport */ parseVersionPolicy),
  planKey: () => (/* reexport */ planKey),
  planShards: () => (/* reexport */ planShards),
  pythonLineSatisfies: () => (/* reexport */ pythonLineSatisfies),
  readTimingFiles: () => (/* reexport */ readTimingFiles),
  resolveNodeAlias: () => (/* reexport */ resolveNodeAlias),
  runMatrix: () => (/* reexport */ runMatrix),
  selectChanged: () => (/* reexport */ selectChanged),
  selfAndAncestors: () => (/* reexport */ selfAndAncestors),
  shardCommand: () => (/* reexport */ shardCommand),
  shardFiles: () => (/* reexport */ shardFiles),
  splitByCount: () => (/* reexport */ splitByCount),
  staleDataWarnings: () => (/* reexport */ staleDataWarnings),
  supportedLines: () => (/* reexport */ supportedLines),
  versionsFor: () => (/* reexport */ versionsFor)
});

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
/** Warns when the newest known line of a language is older than its release cadence: the file needs an update. */
function staleDataWarnings(data, today) {
    const out = [];
    for (const lang of ['node', 'python', 'go']) {
        const newest = data[lang][data[lang].length - 1];
        if (addMonths(newest.released, data.cadenceMonths[lang]) < today) {
            out.push(`The release-line data for ${lang} may be out of date: its newest line ${newest.line} was released on ${newest.released}. Update packages/matrix/data/release-lines.json.`);
        }
    }
    return out;
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

;// CONCATENATED MODULE: ./packages/matrix/src/toml.ts
/**
 * Just enough TOML for project detection: table headers and `key = value` pairs whose value
 * is a string (basic or literal), a number, a boolean, or an inline table of those. Arrays
 * and multi-line strings are skipped, not parsed. Keys are flattened: `tool.poetry.dependencies.python`.
 */

function unquoteKey(k) {
    return k
        .split('.')
        .map((p) => p
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .replace(/^'(.*)'$/, '$1'))
        .join('.');
}
function parseString(v) {
    let m = /^"((?:[^"\\]|\\.)*)"/.exec(v);
    if (m)
        return m[1].replace(/\\(["\\])/g, '$1');
    m = /^'([^']*)'/.exec(v);
    if (m)
        return m[1];
    return undefined;
}
function parseTomlFlat(text, file) {
    const values = new Map();
    const tables = new Set();
    let table = '';
    let skipping; // closing delimiter of a multi-line value being skipped
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (skipping) {
            if (line.includes(skipping))
                skipping = undefined;
            continue;
        }
        if (line === '' || line.startsWith('#'))
            continue;
        const header = /^\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(line);
        if (header) {
            table = unquoteKey(header[1]);
            tables.add(table);
            // Every prefix is a table too: [tool.poetry.dependencies] implies [tool.poetry].
            const parts = table.split('.');
            for (let j = 1; j < parts.length; j++)
                tables.add(parts.slice(0, j).join('.'));
            continue;
        }
        const kv = /^((?:"[^"]*"|'[^']*'|[A-Za-z0-9_.\- ]+?))\s*=\s*(.*)$/.exec(line);
        if (!kv) {
            throw new errors/* FileFormatError */.sY(file, i + 1, `cannot read this line as TOML: ${JSON.stringify(line.slice(0, 80))}.`);
        }
        const key = (table ? `${table}.` : '') + unquoteKey(kv[1]);
        const raw = kv[2].trim();
        if (raw.startsWith('"""') || raw.startsWith("'''")) {
            const delim = raw.slice(0, 3);
            if (raw.indexOf(delim, 3) === -1)
                skipping = delim;
            continue;
        }
        if (raw.startsWith('[')) {
            if (!balanced(raw, '[', ']'))
                skipping = ']';
            continue;
        }
        if (raw.startsWith('{')) {
            // Inline table: record its string members as key.member.
            const body = raw.replace(/^\{/, '').replace(/\}\s*(#.*)?$/, '');
            for (const member of body.split(/,(?=(?:[^"']|"[^"]*"|'[^']*')*$)/)) {
                const m = /^\s*([A-Za-z0-9_.\-"']+)\s*=\s*(.*?)\s*$/.exec(member);
                if (!m)
                    continue;
                const s = parseString(m[2]);
                if (s !== undefined)
                    values.set(`${key}.${unquoteKey(m[1])}`, s);
            }
            tables.add(key);
            continue;
        }
        const s = parseString(raw);
        if (s !== undefined)
            values.set(key, s);
        else
            values.set(key, raw.replace(/\s+#.*$/, ''));
    }
    return { values, tables };
}
function balanced(s, open, close) {
    let depth = 0;
    let quote;
    for (const ch of s) {
        if (quote) {
            if (ch === quote)
                quote = undefined;
        }
        else if (ch === '"' || ch === "'")
            quote = ch;
        else if (ch === '#')
            break;
        else if (ch === open)
            depth++;
        else if (ch === close)
            depth--;
    }
    return depth <= 0;
}

;// CONCATENATED MODULE: ./packages/matrix/src/versions.ts
/**
 * Where each ecosystem pins its runtime version, read with the same rules as the setup actions
 * (actions/setup-node `node-version-file`, actions/setup-python `python-version-file`,
 * actions/setup-go `go-version-file`). The project directory is searched first, then each
 * ancestor up to the repository root; the nearest directory with any source wins, and within
 * a directory the sources are tried in the order listed below.
 */



/** The source order per language, for documentation and tests. */
const VERSION_SOURCES = {
    node: [
        '.nvmrc',
        '.node-version',
        '.tool-versions (nodejs)',
        'package.json volta.node',
        'package.json devEngines.runtime',
        'package.json engines.node',
    ],
    python: [
        '.python-version',
        'pyproject.toml project.requires-python',
        'pyproject.toml tool.poetry.dependencies.python',
        'setup.cfg options.python_requires',
        '.tool-versions (python)',
    ],
    go: ['go.mod toolchain', 'go.mod go', 'go.work toolchain', 'go.work go', '.go-version'],
};
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
        const { values } = parseTomlFlat(reader.read(file) ?? '', file);
        const rp = values.get('project.requires-python');
        if (rp)
            return { value: rp, file, field: 'project.requires-python' };
        const poetry = values.get('tool.poetry.dependencies.python') ?? values.get('tool.poetry.dependencies.python.version');
        if (poetry)
            return { value: poetry, file, field: 'tool.poetry.dependencies.python' };
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




/** Directories never searched: dependencies, build output, virtual environments, VCS data. */
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
    'coverage',
    'testdata',
]);
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
    const ignore = (options.ignore ?? []).map((g) => globToRegExp(g.replace(/^\.\//, '').replace(/\/$/, '')));
    const maxDepth = options.maxDepth ?? 12;
    const names = new Map();
    const found = [];
    const walk = (dir, depth) => {
        const entries = reader.list(dir);
        const files = new Set(entries.filter((e) => !e.dir).map((e) => e.name));
        names.set(dir, files);
        if (files.has('package.json'))
            found.push({ dir, language: 'node', manifest: 'package.json' });
        const py = PY_MANIFESTS.find((m) => files.has(m)) ?? [...files].sort().find((f) => /^requirements.*\.txt$/.test(f));
        if (py)
            found.push({ dir, language: 'python', manifest: py });
        if (files.has('go.mod'))
            found.push({ dir, language: 'go', manifest: 'go.mod' });
        if (depth >= maxDepth)
            return;
        for (const e of entries) {
            if (!e.dir || e.name.startsWith('.') || SKIPPED_DIRS.has(e.name))
                continue;
            const child = joinPath(dir, e.name);
            if (ignore.some((re) => re.test(child)))
                continue;
            walk(child, depth + 1);
        }
    };
    walk('.', 0);
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
        const { tables } = parseTomlFlat(reader.read(file) ?? '', file);
        if (tables.has('tool.poetry'))
            return 'poetry';
        if (tables.has('tool.uv'))
            return 'uv';
        if (tables.has('tool.pdm'))
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
 * - `file`: exactly what the files pin (nvm aliases resolved to a line; `go1.23.1` -> `1.23.1`).
 * - `min-max`: the lowest and the highest supported release lines that satisfy the range.
 * - `supported`: every supported release line that satisfies the range.
 * - an explicit list: those versions; entries may be scoped to one language (`python:3.12`).
 */




/** Parses the `versions` input: a policy name or a list (comma, space or newline separated). */
function parseVersionPolicy(input) {
    const v = input.trim();
    if (v === '' || v === 'file')
        return 'file';
    if (v === 'min-max' || v === 'supported')
        return v;
    const list = v.split(/[\s,]+/).filter(Boolean);
    for (const item of list) {
        const m = /^(?:([a-z]+):)?(.+)$/.exec(item);
        if (m[1] !== undefined && !LANGUAGES.includes(m[1])) {
            throw new errors/* InputError */.dz('versions', input, `file, min-max, supported, or a list of versions (optionally scoped: node:22, python:3.12, go:1.25); '${m[1]}' is not a language`);
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
        return { versions: [lang === 'node' ? cleanNodeVersion(value) : value] };
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
function minMax(lines) {
    if (lines.length <= 1)
        return lines;
    return [lines[0], lines[lines.length - 1]];
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
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
            throw new errors/* ConfigurationError */.j1(`Matrix key '${key}' must be a list of values.`);
        if (value.length === 0)
            throw new errors/* ConfigurationError */.j1(`Matrix key '${key}' has no values.`);
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
function parseEntries(input, raw) {
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
    try {
        const doc = (0,dist/* parseDocument */.Tp)(text);
        if (doc.errors.length === 0) {
            (0,dist/* visit */.YR)(doc, {
                Scalar(_key, node) {
                    if ((0,dist/* isScalar */.jn)(node) &&
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

;// CONCATENATED MODULE: ./packages/matrix/src/timing.ts
/**
 * Test timings from earlier runs, in the formats CI already produces:
 *
 * - JUnit XML (jest-junit, pytest `--junitxml`, go-junit-report, ...). A `file` attribute on
 *   `<testcase>` or `<testsuite>` is used when present; pytest's xunit2 family omits it, so the
 *   dotted `classname` (`tests.test_api.TestX`) is kept and matched to a file later.
 * - `go test -json` output: the package-level pass/fail events carry the package's elapsed time.
 * - pytest-split's `.test_durations`: a JSON object `{ "tests/test_a.py::test_x": 0.12 }`.
 *
 * Every record says where its time belongs; matching records to the files of a project is
 * done by `matchTimings`.
 */

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decode(s) {
    return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
        if (e[0] === '#')
            return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
        return ENTITIES[e] ?? m;
    });
}
function attributes(tag) {
    const out = {};
    const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
    for (let m = re.exec(tag); m; m = re.exec(tag))
        out[m[1]] = decode(m[3] ?? m[4] ?? '');
    return out;
}
function seconds(value) {
    const n = Number((value ?? '').replace(/,/g, ''));
    return Number.isFinite(n) && n >= 0 ? n : 0;
}
function parseJUnit(text, file) {
    if (!/<testsuites?[\s>]/.test(text)) {
        throw new errors/* FileFormatError */.sY(file, undefined, 'is not a JUnit XML report (no <testsuite> element).');
    }
    // Comments and CDATA may hold anything, including tags: drop them first.
    const body = text.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
    const out = [];
    const suites = [];
    const re = /<(\/?)(testsuite|testcase)\b([^>]*?)(\/?)>/g;
    for (let m = re.exec(body); m; m = re.exec(body)) {
        const closing = m[1] === '/';
        const tag = m[2];
        const selfClosing = m[4] === '/';
        if (tag === 'testsuite') {
            if (closing) {
                const s = suites.pop();
                // A suite with a file but no test cases (or cases without time) still says how long the file took.
                if (s && s.cases === 0 && s.file)
                    out.push({ path: s.file, seconds: s.time });
                continue;
            }
            const a = attributes(m[3]);
            const suite = {
                ...(a['file'] ? { file: a['file'] } : {}),
                ...(a['name'] ? { name: a['name'] } : {}),
                cases: 0,
                time: seconds(a['time']),
            };
            if (selfClosing) {
                if (suite.file)
                    out.push({ path: suite.file, seconds: suite.time });
            }
            else
                suites.push(suite);
            continue;
        }
        if (closing)
            continue;
        const a = attributes(m[3]);
        const suite = suites[suites.length - 1];
        if (suite)
            suite.cases++;
        const t = seconds(a['time']);
        const path = a['file'] ??
            suite?.file ??
            (suite?.name && /\.[a-z]+$/i.test(suite.name) && /[/\\]/.test(suite.name) ? suite.name : undefined);
        if (path)
            out.push({ path, seconds: t });
        else if (a['classname'])
            out.push({ classname: a['classname'], seconds: t });
    }
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
        const rel = u.startsWith('./') ? u.slice(2) : u;
        const full = projectDir === '.' ? rel : `${projectDir}/${rel}`;
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
            for (const cand of u.full === u.rel ? [u.full] : [u.full, u.rel]) {
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

;// CONCATENATED MODULE: ./packages/matrix/src/tests.ts
/**
 * The test units of a project: test files for Node.js and Python, packages for Go (`./pkg`),
 * found by each ecosystem's naming convention or by the caller's globs. Files of nested
 * projects belong to those projects, not to this one.
 */


const DEFAULT_PATTERNS = {
    node: /(?:^|\/)(?:[^/]+\.(?:test|spec)\.[cm]?[jt]sx?|__tests__\/(?:.+\/)?[^/]+\.[cm]?[jt]sx?)$/,
    python: /(?:^|\/)(?:test_[^/]*|[^/]*_test)\.py$/,
    go: /_test\.go$/,
};
function discoverTests(reader, projectDir, language, options = {}) {
    const custom = options.patterns?.map(globToRegExp);
    const matches = (rel) => (custom ? custom.some((r) => r.test(rel)) : DEFAULT_PATTERNS[language].test(rel));
    const others = new Set((options.otherProjects ?? []).filter((d) => d !== projectDir));
    const out = new Set();
    const walk = (dir, rel) => {
        for (const e of reader.list(dir)) {
            const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
            const child = joinPath(dir, e.name);
            if (e.dir) {
                if (e.name.startsWith('.') || SKIPPED_DIRS.has(e.name) || others.has(child))
                    continue;
                walk(child, childRel);
            }
            else if (matches(childRel)) {
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

// EXTERNAL MODULE: ./packages/kit/src/git.ts
var git = __webpack_require__(552);
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

;// CONCATENATED MODULE: ./packages/kit/src/limits.ts
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

;// CONCATENATED MODULE: ./packages/matrix/src/build.ts
/**
 * The matrix engine: projects -> versions x os x shards -> GitHub's include/exclude -> named
 * entries, within GitHub's limits. Plain values in, plain values out; files are read through
 * the injected Reader only.
 */









const MAX_COMBINATIONS = 256;
const DEFAULT_PLAN_FILE = 'matrix-plan.json';
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
    const warnings = staleDataWarnings(data, options.today);
    const projects = options.projects ?? detectProjects(options.reader, { ...(options.ignore ? { ignore: options.ignore } : {}) });
    const selected = options.selected ?? projects;
    const policy = options.versions ?? 'file';
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
    // Nothing selected (changed-only, no change): include entries must not become jobs on their own.
    const nothingSelected = options.selected !== undefined && selected.length === 0;
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
    const limit = options.maxOutputBytes ?? LIMITS.outputBytes;
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
    return { matrix, json, projects, summaries, usesPlanFile, plan, warnings, hasWork };
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
async function runMatrix(options) {
    const reader = diskReader(options.root);
    const projects = detectProjects(reader, { ...(options.ignore ? { ignore: options.ignore } : {}) });
    const warnings = [];
    const timings = readTimingFiles(options.timingFiles ?? [], options.root, warnings);
    let changes;
    let selection;
    if (options.changedOnly) {
        changes = await changedFiles({
            cwd: options.root,
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
    result.warnings.unshift(...warnings);
    return {
        ...result,
        ...(changes ? { changes } : {}),
        ...(selection ? { selection } : {}),
        hasChanges: selection ? selection.projects.length > 0 : true,
    };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./packages/matrix/src/cli.ts
/**
 * `quality matrix` and `quality shard`: the engine from a terminal or a workflow step.
 * Human output by default, `--json` for machines. Usage errors are InputErrors.
 */














const MATRIX_HELP = `Usage: quality matrix [options]

Detect the Node.js, Python and Go projects of the repository and print the GitHub Actions job
matrix for them: versions from the project files, operating systems, include/exclude with
GitHub's semantics, only changed projects, and test shards balanced by time.

Options:
  --root DIR             repository root (default: the current directory)
  --versions P           file | min-max | supported | a list (22,24 or node:22,python:3.12)
  --os LIST              runner labels, comma separated (default ubuntu-latest)
  --include TEXT         entries to add (JSON, YAML, or key=value lines)
  --exclude TEXT         entries to remove (same forms)
  --ignore GLOB          directory not to search (repeatable)
  --changed-only         keep the projects changed since --base / --before
  --base REF             pull request base branch or SHA
  --before SHA           push: the previous head (all zero for a new branch)
  --no-fetch             never fetch or deepen a shallow clone
  --always GLOB          root file whose change selects every project (repeatable)
  --shards N|auto        split each project's tests into N shards
  --target-minutes M     with --shards auto: minutes per shard (default 10)
  --timings FILE         JUnit XML, go test -json or .test_durations (repeatable)
  --tests GLOB           test file glob, instead of the convention (repeatable)
  --plan-file FILE       where to write the shard plan (default ${DEFAULT_PLAN_FILE} when sharding)
  --today YYYY-MM-DD     the date that decides supported versions (default: today, UTC)
  --json                 print one JSON object
  -h, --help             show this help
`;
const SHARD_HELP = `Usage: quality shard --index I --total N [options]

Print the test files of shard I of N, one per line, for the test step:
  npx jest $(quality shard --index 2 --total 4 --plan matrix-plan.json --project packages/api)

Options:
  --index I          shard number, 1..N
  --total N          number of shards
  --plan FILE        the plan written by quality matrix / actions/matrix (recommended)
  --project DIR      project directory in the plan, or to plan for (default: .)
  --language L       node, python or go, when a directory has several projects
  --timings FILE     without --plan: plan now from these timings (repeatable)
  --tests GLOB       without --plan: test file glob (repeatable)
  --root DIR         repository root (default: the current directory)
  --json             print a JSON array
  -h, --help         show this help
`;
function splitList(values) {
    return (values ?? []).flatMap((v) => v.split(/[\s,]+/)).filter(Boolean);
}
function todayUtc() {
    return new Date().toISOString().slice(0, 10);
}
function positiveInt(name, raw, min = 1) {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min)
        throw new errors/* InputError */.dz(name, raw, `a whole number of at least ${min}`);
    return n;
}
async function matrixCommand(argv, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args: argv,
        options: {
            root: { type: 'string' },
            versions: { type: 'string' },
            os: { type: 'string', multiple: true },
            include: { type: 'string' },
            exclude: { type: 'string' },
            ignore: { type: 'string', multiple: true },
            'changed-only': { type: 'boolean' },
            base: { type: 'string' },
            before: { type: 'string' },
            'no-fetch': { type: 'boolean' },
            always: { type: 'string', multiple: true },
            shards: { type: 'string' },
            'target-minutes': { type: 'string' },
            timings: { type: 'string', multiple: true },
            tests: { type: 'string', multiple: true },
            'plan-file': { type: 'string' },
            today: { type: 'string' },
            json: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        io.stdout(MATRIX_HELP);
        return 0;
    }
    const root = values.root ? ((0,external_node_path_.isAbsolute)(values.root) ? values.root : (0,external_node_path_.join)(io.cwd, values.root)) : io.cwd;
    let shards;
    if (values.shards !== undefined)
        shards = values.shards === 'auto' ? 'auto' : positiveInt('--shards', values.shards);
    const targetMinutes = values['target-minutes'] === undefined ? undefined : Number(values['target-minutes']);
    if (targetMinutes !== undefined && !(targetMinutes > 0))
        throw new errors/* InputError */.dz('--target-minutes', values['target-minutes'], 'a positive number of minutes');
    const planFile = values['plan-file'] ?? DEFAULT_PLAN_FILE;
    const result = await runMatrix({
        root,
        today: assertIsoDate(values.today ?? todayUtc(), '--today'),
        versions: parseVersionPolicy(values.versions ?? 'file'),
        os: splitList(values.os),
        include: parseEntries('--include', values.include ?? ''),
        exclude: parseEntries('--exclude', values.exclude ?? ''),
        ...(values.ignore ? { ignore: values.ignore } : {}),
        changedOnly: values['changed-only'] ?? false,
        ...(values.base ? { base: values.base } : {}),
        ...(values.before ? { before: values.before } : {}),
        allowFetch: !values['no-fetch'],
        ...(values.always ? { always: values.always } : {}),
        ...(shards !== undefined ? { shards } : {}),
        ...(targetMinutes !== undefined ? { targetMinutes } : {}),
        timingFiles: values.timings ?? [],
        ...(values.tests ? { testPatterns: values.tests } : {}),
        planFile,
    });
    if (shards !== undefined) {
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.isAbsolute)(planFile) ? planFile : (0,external_node_path_.join)(io.cwd, planFile), `${JSON.stringify(result.plan, null, 2)}\n`);
    }
    if (values.json) {
        io.stdout(`${JSON.stringify({
            matrix: result.matrix,
            hasChanges: result.hasChanges,
            projects: result.projects.map((p) => ({
                dir: p.dir,
                language: p.language,
                packageManager: p.packageManager,
                version: p.version ?? null,
            })),
            selected: result.summaries.map((s) => ({
                dir: s.project.dir,
                language: s.project.language,
                versions: s.versions,
                shards: s.shards?.total ?? null,
            })),
            ...(result.changes
                ? {
                    changes: { all: result.changes.all, reason: result.changes.reason, files: result.changes.files.length },
                }
                : {}),
            ...(shards !== undefined ? { planFile } : {}),
            warnings: result.warnings,
        }, null, 2)}\n`);
        return 0;
    }
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
    if (shards !== undefined)
        lines.push('', `Shard plan written to ${planFile}.`);
    for (const w of result.warnings)
        lines.push(`warning: ${w}`);
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
}
async function shardCommand(argv, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args: argv,
        options: {
            index: { type: 'string' },
            total: { type: 'string' },
            plan: { type: 'string' },
            project: { type: 'string' },
            language: { type: 'string' },
            timings: { type: 'string', multiple: true },
            tests: { type: 'string', multiple: true },
            root: { type: 'string' },
            json: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) {
        io.stdout(SHARD_HELP);
        return 0;
    }
    if (values.index === undefined)
        throw new errors/* InputError */.dz('--index', '', 'the shard number, 1..N');
    if (values.total === undefined)
        throw new errors/* InputError */.dz('--total', '', 'the number of shards');
    const total = positiveInt('--total', values.total);
    const index = positiveInt('--index', values.index);
    if (index > total)
        throw new errors/* InputError */.dz('--index', values.index, `a shard number from 1 to ${total}`);
    const root = values.root ? ((0,external_node_path_.isAbsolute)(values.root) ? values.root : (0,external_node_path_.join)(io.cwd, values.root)) : io.cwd;
    let files;
    if (values.plan) {
        const path = (0,external_node_path_.isAbsolute)(values.plan) ? values.plan : (0,external_node_path_.join)(io.cwd, values.plan);
        let plan;
        try {
            plan = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        }
        catch (e) {
            throw new errors/* FileFormatError */.sY(values.plan, undefined, `cannot be read as a shard plan (${e.message}).`, 'Download the plan artifact of the matrix job first.');
        }
        if (!plan || plan.version !== 1 || typeof plan.projects !== 'object') {
            throw new errors/* FileFormatError */.sY(values.plan, undefined, 'is not a shard plan written by actions/matrix.');
        }
        const key = values.project === undefined
            ? undefined
            : values.language
                ? `${values.language}:${values.project}`
                : values.project;
        files = shardFiles(plan, key, index, total);
    }
    else {
        const reader = diskReader(root);
        const projects = detectProjects(reader);
        const dir = values.project ?? '.';
        const candidates = projects.filter((p) => p.dir === dir && (values.language === undefined || p.language === values.language));
        if (candidates.length !== 1) {
            throw new errors/* InputError */.dz('--project', dir, candidates.length === 0
                ? `a project directory (found: ${projects.map(planKey).join(', ') || 'none'})`
                : 'one project: add --language');
        }
        const project = candidates[0];
        const warnings = [];
        const records = readTimingFiles(values.timings ?? [], root, warnings);
        const units = discoverTests(reader, project.dir, project.language, {
            ...(values.tests ? { patterns: values.tests } : {}),
            otherProjects: projects.map((p) => p.dir),
        });
        const timed = matchTimings(records, units, project.dir, project.language === 'go' ? goModulePath(reader, project.dir) : undefined);
        const plan = planShards(units.map((path) => ({ path, ...(timed.seconds.has(path) ? { seconds: timed.seconds.get(path) } : {}) })), total);
        files = plan.shards[index - 1].files;
    }
    io.stdout(values.json ? `${JSON.stringify(files)}\n` : files.length ? `${files.join('\n')}\n` : '');
    return 0;
}

;// CONCATENATED MODULE: ./packages/matrix/src/index.ts


















/***/ })

};
