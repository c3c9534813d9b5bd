export const id = 865;
export const ids = [865];
export const modules = {

/***/ 172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y_: () => (/* binding */ changedFiles),
/* harmony export */   k0: () => (/* binding */ changeText),
/* harmony export */   s1: () => (/* binding */ changeBase)
/* harmony export */ });
/* unused harmony exports BASE_CANDIDATES, defaultBase */
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/* harmony import */ var _quality_kit_git__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3137);
/**
 * "Your change" on a laptop, one way for every command that measures it (check, guard): the
 * merge-base of HEAD with the base branch, and the diff of the work tree (or of the commits)
 * against it. The one rule: no base branch found is an error naming --base, never "no change".
 */


/** Tried in order when --base is not given (after the remote's default branch). */
const BASE_CANDIDATES = ['origin/main', 'origin/master', 'main', 'master'];
/** The base branch: the remote's default branch, then the usual names; undefined when none exists. */
async function defaultBase(root) {
    const head = await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(root, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'], { ok: [0, 1, 128] });
    const remoteDefault = head.code === 0
        ? head.stdout
            .toString('utf8')
            .trim()
            .replace(/^refs\/remotes\//, '')
        : '';
    for (const ref of [remoteDefault, ...BASE_CANDIDATES]) {
        if (ref && (await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(root, ref)) !== null)
            return ref;
    }
    return undefined;
}
/** The base (given or found) and its merge-base with HEAD. */
async function changeBase(root, given) {
    const base = given ?? (await defaultBase(root));
    if (base === undefined) {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`No base branch found (tried refs/remotes/origin/HEAD, ${BASE_CANDIDATES.join(', ')}): give the branch your change is based on with --base REF.`);
    }
    if ((await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(root, base)) === null) {
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`--base ${base} is not a commit in ${root}. Fetch it, or give another --base REF.`);
    }
    return { base, mergeBase: await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_1__/* .ensureHistory */ .J0)(root, base, { allowFetch: false }) };
}
/** The diff of the change: `git diff MB` (work tree) or `git diff MB HEAD` (committed). */
async function changeText(root, mergeBase, committed) {
    const args = ['diff', '--no-color', '--no-ext-diff', '--no-textconv', '-M', '--unified=0'];
    args.push('--ignore-submodules=all', '--src-prefix=a/', '--dst-prefix=b/', '--end-of-options', mergeBase);
    if (committed)
        args.push('HEAD');
    return (await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(root, args)).stdout.toString('utf8');
}
/**
 * The files of the change that are in the work tree, relative to `root`: `git diff --name-only
 * MB` (committed, staged and unstaged changes; untracked files are not part of it, deleted ones
 * are left out: they have no modification time).
 */
async function changedFiles(root, mergeBase) {
    const args = ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', '--ignore-submodules=all'];
    args.push('--end-of-options', mergeBase);
    return (await (0,_quality_kit_git__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(root, args)).stdout.toString('utf8').split('\0').filter(Boolean);
}


/***/ }),

/***/ 3865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkCommand: () => (/* binding */ checkCommand),
  exitCodeOf: () => (/* binding */ exitCodeOf),
  selectSteps: () => (/* binding */ selectSteps)
});

// EXTERNAL MODULE: ./packages/coverage/src/render.ts
var render = __webpack_require__(1882);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/git.ts + 1 modules
var git = __webpack_require__(3137);
// EXTERNAL MODULE: ./packages/cli/src/args.ts
var src_args = __webpack_require__(7109);
// EXTERNAL MODULE: ./packages/cli/src/change.ts
var src_change = __webpack_require__(172);
// EXTERNAL MODULE: ./packages/cli/src/config.ts
var config = __webpack_require__(6006);
// EXTERNAL MODULE: ./packages/coverage/src/defaults.ts
var defaults = __webpack_require__(1224);
// EXTERNAL MODULE: ./packages/coverage/src/model/vocabulary.ts
var vocabulary = __webpack_require__(4100);
;// CONCATENATED MODULE: ./packages/coverage/src/gate/baseline.ts
/**
 * Baseline snapshots: the base branch's coverage, saved on trusted pushes and read by pull
 * requests. Compact JSON, versioned: a reader refuses a schema it does not know (a snapshot
 * written by a newer quality) instead of misreading it.
 */


const BASELINE_SCHEMA = 1;
/** Counts are safe integers (1e300 is an integer, but not a count that adds up exactly). */
const isCounter = (v) => typeof v === 'object' && v !== null && isFileCounts(v.covered, v.total);
const isFileCounts = (covered, total) => Number.isSafeInteger(covered) &&
    Number.isSafeInteger(total) &&
    covered >= 0 &&
    covered <= total;
/** Parse and validate a snapshot; `source` names it in errors. */
function parseBaseline(text, source) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* FileFormatError */.sY(source, undefined, `the baseline is not valid JSON (${e instanceof Error ? e.message : String(e)}).`);
    }
    const o = v;
    if (typeof o !== 'object' || o === null)
        throw new errors/* FileFormatError */.sY(source, undefined, 'the baseline is not a JSON object.');
    if (typeof o.schema === 'number' && o.schema > BASELINE_SCHEMA) {
        throw new errors/* FileFormatError */.sY(source, undefined, `the baseline has schema ${o.schema}, written by a newer quality (${String(o.writer ?? 'unknown')}); this version reads schema ${BASELINE_SCHEMA}.`, 'Use the same quality version for the base branch and pull requests, or upgrade this workflow.');
    }
    if (o.schema !== BASELINE_SCHEMA)
        throw new errors/* FileFormatError */.sY(source, undefined, `the baseline has no known schema (got ${JSON.stringify(o.schema)}).`);
    const totals = o.totals;
    if (!totals || !isCounter(totals.lines))
        throw new errors/* FileFormatError */.sY(source, undefined, 'the baseline has no line totals.');
    for (const m of vocabulary/* METRICS */.Cb)
        if (totals[m] !== null && totals[m] !== undefined && !isCounter(totals[m]))
            throw new errors/* FileFormatError */.sY(source, undefined, `the baseline's ${m} totals are malformed.`);
    if (!o.headline || !isCounter(o.headline))
        throw new errors/* FileFormatError */.sY(source, undefined, 'the baseline has no headline counts.');
    if (typeof o.commit !== 'string' || typeof o.branch !== 'string' || typeof o.commitTime !== 'number') {
        throw new errors/* FileFormatError */.sY(source, undefined, 'the baseline does not name its commit, commit time and branch.');
    }
    const files = {};
    for (const [k, f] of Object.entries(o.files ?? {})) {
        if (Array.isArray(f) && f.length === 2 && isFileCounts(f[0], f[1]))
            files[k] = [f[0], f[1]];
    }
    const t = {};
    for (const m of vocabulary/* METRICS */.Cb)
        t[m] = totals[m] ?? null;
    return {
        schema: BASELINE_SCHEMA,
        commit: o.commit,
        commitTime: o.commitTime,
        branch: o.branch,
        createdAt: String(o.createdAt ?? ''),
        writer: String(o.writer ?? ''),
        totals: t,
        headline: { metric: String(o.headline.metric ?? 'lines'), covered: o.headline.covered, total: o.headline.total },
        files,
    };
}
function serializeBaseline(s) {
    return JSON.stringify(s);
}

// EXTERNAL MODULE: ./packages/coverage/src/analyze.ts + 8 modules
var analyze = __webpack_require__(9329);
// EXTERNAL MODULE: ./packages/coverage/src/format.ts
var format = __webpack_require__(1913);
// EXTERNAL MODULE: ./packages/coverage/src/model/summary.ts
var summary = __webpack_require__(7230);
;// CONCATENATED MODULE: ./packages/coverage/src/gate/rules.ts


/** The gated metric in words: "lines", or "istanbul headline (statements)". */
function metricLabel(a, metric) {
    if (metric !== 'headline')
        return metric;
    const tool = a.producer.name === 'unknown' ? '' : `${a.producer.name} `;
    return `${tool}headline (${a.headline.metric})`;
}
/** The counter a metric names in an analysis. */
function metricCounter(a, metric) {
    if (metric === 'headline')
        return { covered: a.headline.covered, total: a.headline.total };
    return a.totals[metric];
}
function baselineCounter(b, metric, currentHeadlineMetric) {
    if (metric === 'headline') {
        // A baseline headline of another rule (the producer changed) is not comparable.
        return b.headline.metric === currentHeadlineMetric
            ? { covered: b.headline.covered, total: b.headline.total }
            : null;
    }
    return b.totals[metric];
}
/** covered/total >= min% exactly; nothing measured (0/0) never meets a minimum. */
function atLeast(c, min) {
    if (c.total === 0)
        return false;
    return scaled(c.covered) * 100n * SCALE >= toScaled(min) * scaled(c.total);
}
const SCALE = 1000000n;
const scaled = (n) => BigInt(n);
/** A decimal input (at most 6 decimals matter) as an integer times 1e6. */
function toScaled(x) {
    return BigInt(Math.round(x * 1_000_000));
}
/** Has `cur` fallen more than `maxDecrease` points below `base`? Exact. */
function decreasedBeyond(cur, base, maxDecrease) {
    if (cur.total === 0 || base.total === 0)
        return false;
    // cur.c/cur.t*100 < base.c/base.t*100 - d   <=>   100*S*cur.c*base.t < (100*S*base.c - D*base.t)*cur.t
    const S = SCALE;
    const D = toScaled(maxDecrease);
    const lhs = 100n * S * scaled(cur.covered) * scaled(base.total);
    const rhs = (100n * S * scaled(base.covered) - D * scaled(base.total)) * scaled(cur.total);
    return lhs < rhs;
}
const pts = (d) => `${(0,format/* formatPoints */.Xf)(d)} points`;
/** Reports that carry totals but no per-line data (istanbul's coverage-summary.json). */
function linelessReports(a) {
    return a.inputs.filter((i) => i.format === 'istanbul-summary').map((i) => i.path);
}
const extOf = (path) => {
    const base = path.slice(path.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    return dot > 0 ? base.slice(dot).toLowerCase() : '';
};
/** JavaScript and TypeScript sources: jest, vitest and istanbul never instrument their test files. */
const JS_EXTS = new Set(['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts']);
/**
 * A test file its coverage tool never lists, so its absence from the report says nothing: Go's
 * `_test.go` (coverprofiles hold only package code) and JS/TS `*.test.*`, `*.spec.*` and files
 * under `__tests__/`. Python's are kept: coverage.py lists test files when it measured them.
 */
function isUnmeasuredTestFile(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (base.endsWith('_test.go'))
        return true;
    if (!JS_EXTS.has(extOf(path)))
        return false;
    return /\.(test|spec)\.[^.]+$/i.test(base) || /(^|\/)__tests__\//.test(path);
}
/**
 * Changed files the report does not list, limited to file types (extensions) the report has,
 * without the test files their tools never list (isUnmeasuredTestFile).
 */
function missingChangedFiles(a) {
    if (!a.diff)
        return [];
    const exts = new Set(a.files.map((f) => extOf(f.path)));
    return a.diff.skipped
        .filter((s) => s.reason === 'not in the coverage report' &&
        exts.has(extOf(s.path)) &&
        extOf(s.path) !== '' &&
        !isUnmeasuredTestFile(s.path))
        .map((s) => s.path);
}
function evaluate(a, cfg, baseline, change = {}) {
    const rules = [];
    const coverage = metricCounter(a, cfg.metric);
    const metricName = metricLabel(a, cfg.metric);
    const noData = `Input 'metric' is ${cfg.metric}, but the reports carry no ${cfg.metric} data: set metric to lines or headline, or have the test tool record ${cfg.metric}.`;
    const lineless = linelessReports(a);
    const base = baseline ? baselineCounter(baseline, cfg.metric, a.headline.metric) : null;
    const delta = coverage && base && (0,summary/* percent */.KN)(coverage) !== null && (0,summary/* percent */.KN)(base) !== null
        ? (0,summary/* percent */.KN)(coverage) - (0,summary/* percent */.KN)(base)
        : null;
    if (cfg.minCoverage !== undefined) {
        if (!coverage) {
            rules.push({ id: 'min-coverage', status: 'fail', enforced: true, message: noData });
        }
        else if (coverage.total === 0) {
            rules.push({
                id: 'min-coverage',
                status: 'fail',
                enforced: true,
                message: `Total ${metricName} coverage cannot meet the minimum ${cfg.minCoverage}%: no executable ${cfg.metric === 'branches' ? 'branches' : 'lines'} measured (0/0). Check that the tests ran with coverage and that the report lists your source files.`,
            });
        }
        else {
            const ok = atLeast(coverage, cfg.minCoverage);
            rules.push({
                id: 'min-coverage',
                status: ok ? 'pass' : 'fail',
                enforced: true,
                message: `Total ${metricName} coverage ${(0,format/* formatPercent */.l9)((0,summary/* percent */.KN)(coverage))} (${coverage.covered}/${coverage.total}) ${ok ? 'meets' : 'is below'} the minimum ${cfg.minCoverage}%.`,
            });
        }
    }
    const diff = a.diff;
    const changedFiles = [];
    if (diff) {
        const byPath = new Map(a.files.map((f) => [f.path, f]));
        for (const f of diff.files) {
            const s = byPath.get(f.path);
            const counter = s ? (cfg.metric === 'branches' && s.branches ? s.branches : s.lines) : f.counter;
            changedFiles.push({
                path: f.path,
                counter,
                percent: (0,summary/* percent */.KN)(counter),
                uncovered: f.uncovered,
                added: f.added.length,
                belowMin: cfg.minFileCoverage !== undefined && !atLeast(counter, cfg.minFileCoverage),
            });
        }
    }
    if (cfg.minDiffCoverage !== undefined) {
        if (lineless.length) {
            rules.push({
                id: 'min-diff-coverage',
                status: 'fail',
                enforced: true,
                message: `Patch coverage cannot be measured: ${lineless.join(', ')} ${lineless.length === 1 ? 'is a summary' : 'are summaries'} without line data (istanbul coverage-summary.json). Use coverage/coverage-final.json or lcov instead.`,
            });
        }
        else if (!diff && change.unknown) {
            rules.push({
                id: 'min-diff-coverage',
                status: 'fail',
                enforced: true,
                message: `The change cannot be measured: ${change.unknown}`,
            });
        }
        else if (!diff) {
            rules.push({
                id: 'min-diff-coverage',
                status: 'skip',
                enforced: false,
                message: 'No diff to measure (no base to compare with).',
            });
        }
        else if (diff.noCoverableLines) {
            rules.push({
                id: 'min-diff-coverage',
                status: 'skip',
                enforced: false,
                message: 'The change has no coverable lines (no executable line added or modified).',
            });
        }
        else {
            const ok = atLeast(diff.lines, cfg.minDiffCoverage);
            const enforced = diff.lines.total >= cfg.minChangedLines;
            rules.push({
                id: 'min-diff-coverage',
                status: ok ? 'pass' : 'fail',
                enforced,
                message: `Patch coverage ${(0,format/* formatPercent */.l9)(diff.percent)} (${diff.lines.covered}/${diff.lines.total} changed executable lines) ${ok ? 'meets' : 'is below'} the minimum ${cfg.minDiffCoverage}%` +
                    (enforced
                        ? '.'
                        : `; not enforced: fewer than min-changed-lines (${cfg.minChangedLines}) changed executable lines.`),
            });
        }
    }
    if (cfg.maxDecrease !== undefined) {
        if (!baseline) {
            rules.push({ id: 'max-decrease', status: 'skip', enforced: false, message: 'No baseline to compare with.' });
        }
        else if (!coverage) {
            rules.push({ id: 'max-decrease', status: 'fail', enforced: true, message: noData });
        }
        else if (!base) {
            rules.push({
                id: 'max-decrease',
                status: 'skip',
                enforced: false,
                message: `The baseline (${baseline.commit.slice(0, 12)}) has no comparable ${metricName} figure.`,
            });
        }
        else {
            const fell = decreasedBeyond(coverage, base, cfg.maxDecrease);
            rules.push({
                id: 'max-decrease',
                status: fell ? 'fail' : 'pass',
                enforced: true,
                message: `Total ${metricName} coverage ${(0,format/* formatPercent */.l9)((0,summary/* percent */.KN)(coverage))} vs ${(0,format/* formatPercent */.l9)((0,summary/* percent */.KN)(base))} on ${baseline.branch} at ${baseline.commit.slice(0, 12)} (${delta === null ? 'n/a' : pts(delta)}); ` +
                    (cfg.maxDecrease === 0
                        ? 'no decrease is allowed.'
                        : `a decrease of at most ${cfg.maxDecrease} points is allowed.`),
            });
        }
    }
    if (cfg.minFileCoverage !== undefined) {
        if (!diff && change.unknown) {
            rules.push({
                id: 'min-file-coverage',
                status: 'fail',
                enforced: true,
                message: `The changed files cannot be known: ${change.unknown}`,
            });
        }
        else if (!diff) {
            rules.push({
                id: 'min-file-coverage',
                status: 'skip',
                enforced: false,
                message: 'No diff: no changed files to check.',
            });
        }
        else {
            const below = changedFiles.filter((f) => f.belowMin);
            rules.push({
                id: 'min-file-coverage',
                status: below.length ? 'fail' : 'pass',
                enforced: true,
                message: below.length
                    ? `${below.length} changed file${below.length === 1 ? ' is' : 's are'} below ${cfg.minFileCoverage}% ${cfg.metric === 'branches' ? 'branch' : 'line'} coverage.`
                    : `Every changed file has at least ${cfg.minFileCoverage}% ${cfg.metric === 'branches' ? 'branch' : 'line'} coverage.`,
            });
        }
    }
    const mode = cfg.missingFiles ?? 'warn';
    const missingFiles = mode === 'ignore' ? [] : missingChangedFiles(a);
    if (missingFiles.length && mode !== 'ignore') {
        const n = missingFiles.length;
        rules.push({
            id: 'missing-files',
            status: 'fail',
            enforced: mode === 'fail',
            message: `${n} changed file${n === 1 ? ' is' : 's are'} not in the coverage report (the tests never loaded ${n === 1 ? 'it' : 'them'}): ${missingFiles.slice(0, 5).join(', ')}${n > 5 ? `, and ${n - 5} more` : ''}.` +
                (mode === 'fail' ? '' : ' Set missing-files: fail to enforce, or ignore to stop this warning.'),
        });
    }
    return {
        passed: rules.every((r) => r.status !== 'fail' || !r.enforced),
        rules,
        metric: cfg.metric,
        coverage,
        baseline: base,
        delta,
        diff: diff ? diff.lines : null,
        changedFiles,
        missingFiles,
    };
}

// EXTERNAL MODULE: ./packages/coverage/src/diff-coverage.ts
var diff_coverage = __webpack_require__(7524);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/cli/src/commands/check-coverage.ts
/**
 * The coverage step of `quality check`: the gate's rules (the same `analyze` and `evaluate` as the
 * action) on the reports, with the change since the merge-base as the patch. The one tricky rule:
 * when this check ran the tests, a default report they did not write (older than the test step) is
 * left out, because it measures some earlier state of the code, never your change.
 */







/** The gate's default report list without its globs; every one that exists is read. */
const DEFAULT_REPORTS = defaults/* DEFAULT_REPORTS */.s.filter((f) => !f.includes('*'));
const MISSING_FILES = ['warn', 'fail', 'ignore'];
/**
 * The gate's flags over the coverage section of the config file, validated before any step runs
 * (a wrong flag is exit 2 with nothing else printed).
 */
function gateSetup(inputs, baselineFlag, cwd) {
    const pct = (name) => inputs.numberOrOff(name, { min: 0, max: 100 });
    const metric = inputs.enum('--metric', ['headline', 'lines', 'branches'], 'headline');
    const missingMode = inputs.enum('--missing-files', MISSING_FILES, 'warn');
    const maxDecrease = pct('--max-decrease');
    const cfg = {
        minCoverage: pct('--min-coverage'),
        minDiffCoverage: inputs.numberOrOff('--min-diff-coverage', { min: 0, max: 100, default: 80 }),
        minFileCoverage: pct('--min-file-coverage'),
        maxDecrease: baselineFlag !== undefined ? (maxDecrease ?? 0) : undefined,
        minChangedLines: inputs.number('--min-changed-lines', { min: 0, integer: true, default: 0 }),
        metric,
        missingFiles: missingMode,
    };
    const baseline = baselineFlag !== undefined ? readBaselineFile(cwd, baselineFlag) : undefined;
    const warnings = [];
    if (inputs.optional('--max-decrease') !== undefined && !baseline) {
        warnings.push("--max-decrease has no baseline to compare with, so it is not checked: give --baseline FILE (write one on the base branch with 'quality coverage REPORT --json > FILE').");
    }
    return { cfg, metric, missingMode, ...(baseline ? { baseline } : {}), warnings };
}
/**
 * A baseline file: the action's snapshot, or the coverage JSON `quality coverage --json` and the
 * gate's report.json print (converted, then validated by the same parser).
 */
function readBaselineFile(cwd, path) {
    const abs = (0,src_args/* fromCwd */.Be)(cwd, path);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(abs, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new errors/* ConfigurationError */.j1(code === 'ENOENT'
            ? `--baseline ${path} does not exist. Write one on the base branch with 'quality coverage REPORT --json > ${path}'.`
            : `--baseline ${path} cannot be read (${code ?? String(e)}).`);
    }
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        return parseBaseline(text, path); // its error names the file and the JSON problem
    }
    const o = v;
    if (o && typeof o === 'object' && o.schema === undefined && o.totals && o.headline) {
        const strip = (c) => c && typeof c === 'object'
            ? { covered: c.covered, total: c.total }
            : null;
        const files = {};
        if (Array.isArray(o.files)) {
            for (const f of o.files) {
                if (typeof f?.path === 'string' && f.lines)
                    files[f.path] = [f.lines.covered, f.lines.total];
            }
        }
        const snapshot = {
            schema: 1,
            commit: 'file',
            commitTime: 0,
            branch: path,
            totals: Object.fromEntries(Object.entries(o.totals).map(([k, c]) => [k, strip(c)])),
            headline: { ...strip(o.headline), metric: o.headline.metric },
            files,
        };
        return parseBaseline(JSON.stringify(snapshot), path);
    }
    if (o && typeof o === 'object' && o.schema === undefined) {
        throw new errors/* FileFormatError */.sY(path, undefined, 'is neither coverage JSON (quality coverage --json, the gate report.json) nor a baseline snapshot.');
    }
    return parseBaseline(text, path);
}
/** The reports to read: the named ones, else the default places that exist (fresh ones only). */
function gateReports(t) {
    if (t.named.length)
        return { reports: t.named, stale: [] };
    const reports = [];
    const stale = [];
    for (const f of DEFAULT_REPORTS) {
        let mtime;
        try {
            mtime = (0,external_node_fs_.statSync)((0,external_node_path_.join)(t.cwd, f)).mtimeMs;
        }
        catch {
            continue;
        }
        if (t.testsStartedAt !== undefined && mtime < t.testsStartedAt)
            stale.push(f);
        else
            reports.push(f);
    }
    return { reports, stale };
}
/** How to stop gating a project that writes no coverage (the pre-push hook runs plain quality check). */
const SKIP_HINT = 'A project without coverage: leave the step out with --skip coverage, or for every run (the pre-push hook too) with check: {skip: [coverage]} in .github/quality.yml.';
async function runGate(setup, t) {
    const { reports, stale } = gateReports(t);
    if (reports.length === 0) {
        throw new errors/* ConfigurationError */.j1(stale.length
            ? `No coverage report written by the tests this check ran: ${stale.join(', ')} in ${t.cwd} is older than the test step, so it does not measure your change. Make your test command write coverage (jest --coverage, pytest --cov, go test -coverprofile), or name the report (quality check REPORT), or --skip test to gate a report you wrote yourself. ${SKIP_HINT}`
            : `No coverage report given or found in ${t.cwd} (looked for ${DEFAULT_REPORTS.join(', ')}). Run your tests with coverage first, or name the report. ${SKIP_HINT}`);
    }
    const text = await (0,src_change/* changeText */.k0)(t.root, t.mergeBase, t.committed);
    const a = await (0,analyze/* analyze */.ns)({
        reports,
        cwd: t.cwd,
        diff: {
            kind: 'patch',
            text,
            name: `git diff ${t.mergeBase.slice(0, 12)}${t.committed ? ' HEAD' : ''}`,
        },
        spillDir: (0,external_node_os_.tmpdir)(),
    });
    if (a.diff) {
        a.diff.source = 'git';
        a.diff.mergeBase = t.mergeBase;
    }
    // The same engine call as the gate: missing files, 0/0 and rules without data included.
    const v = evaluate(a, setup.cfg, setup.baseline);
    const warnings = stale.map((f) => `${f} is older than the test step (not written by this run's tests): left out of the gate.`);
    if (setup.missingMode === 'warn')
        warnings.push(...v.missingFiles.map((p) => `${p} is part of the change but not in the coverage report (no test loaded it?)`));
    return { passed: v.passed, analysis: a, verdict: v, warnings };
}
/** The gate's text: the rules with their status, the total, and the uncovered changed lines. */
function gateLines(run, metric) {
    const { analysis: a, verdict: v } = run;
    const details = [`Reports: ${a.inputs.map((i) => `${i.path} (${i.format})`).join(', ')}`];
    for (const r of v.rules) {
        const tag = r.status === 'pass' ? 'ok  ' : r.status === 'skip' ? 'skip' : r.enforced ? 'FAIL' : 'warn';
        details.push(`${tag}  ${r.id}: ${r.message}`);
    }
    const headline = metric === 'headline' ? ` (${a.headline.rule})` : '';
    const total = `total ${metricLabel(a, metric)}: ${metric === 'headline' ? a.headline.display : (0,format/* formatPercent */.l9)(v.coverage)}${v.coverage ? ` (${v.coverage.covered}/${v.coverage.total})` : ''}`;
    details.push(`${total}${headline}`);
    for (const f of v.changedFiles)
        if (f.uncovered.length)
            details.push(`${f.path}: uncovered changed lines ${(0,diff_coverage/* lineRanges */.n)(f.uncovered)}`);
    const patch = a.diff ? `, patch ${(0,format/* formatPercent */.l9)(a.diff.lines)}` : '';
    const failed = v.rules.filter((r) => r.status === 'fail' && r.enforced).map((r) => r.id);
    return {
        summary: `${total}${patch}${failed.length ? `; failed: ${failed.join(', ')}` : ''}`,
        details,
    };
}

// EXTERNAL MODULE: ./packages/cli/src/registry.ts
var registry = __webpack_require__(5471);
;// CONCATENATED MODULE: ./packages/cli/src/commands/check-output.ts
/**
 * What `quality check` keeps of a step command's stderr, which carries a test runner's whole output
 * (it can be millions of lines): the command's own lines (warnings, `quality NAME: ...`; for test
 * only those before its command starts, the runner's output is not ours) and the last lines of
 * everything, to show under a step that broke. The one tricky rule: the tail is bounded (lines, and
 * characters per line) and says how many lines it left out, so nothing is dropped silently.
 */
/** Non-blank lines kept at the end of the output. */
const TAIL_LINES = 20;
/** A kept tail line longer than this is cut (a minified bundle, a progress bar without newlines). */
const TAIL_LINE_CHARS = 1000;
/** An unfinished line longer than this is cut while it waits for its newline. */
const PENDING_CHARS = 64 * 1024;
class StderrCapture {
    name;
    tailLines;
    /** The command's own lines, every one (a warning or error of ours is never dropped). */
    own = [];
    last = [];
    omitted = 0;
    pending = '';
    pendingCut = 0;
    toolStarted = false;
    constructor(name, tailLines = TAIL_LINES) {
        this.name = name;
        this.tailLines = tailLines;
    }
    write(text) {
        const parts = `${this.pending}${text}`.split('\n');
        this.pending = parts.pop();
        if (this.pending.length > PENDING_CHARS) {
            this.pendingCut += this.pending.length - PENDING_CHARS;
            this.pending = this.pending.slice(0, PENDING_CHARS);
        }
        for (const l of parts)
            this.line(l, 0);
    }
    /** The lines the command wrote, the last one too when it had no newline. */
    flush() {
        if (this.pending !== '' || this.pendingCut)
            this.line(this.pending, this.pendingCut);
        this.pending = '';
        this.pendingCut = 0;
    }
    line(l, cut) {
        if (!this.toolStarted && (l.startsWith('warning: ') || l.startsWith(`quality ${this.name}: `)))
            this.own.push(l);
        if (this.name === 'test' && l.startsWith('quality test: running '))
            this.toolStarted = true;
        if (l.trim() === '')
            return;
        const more = cut + Math.max(0, l.length - TAIL_LINE_CHARS);
        this.last.push(more ? `${l.slice(0, TAIL_LINE_CHARS)} \u2026 (${more} more characters)` : l);
        if (this.last.length > this.tailLines) {
            this.last.shift();
            this.omitted++;
        }
    }
    /** The last non-blank lines, after a line saying how many earlier ones were left out. */
    tail() {
        this.flush();
        return this.omitted ? [`(${this.omitted} earlier lines omitted)`, ...this.last] : [...this.last];
    }
    /** The command's own lines (see `own`), the unfinished last one included. */
    ownLines() {
        this.flush();
        return this.own;
    }
}

// EXTERNAL MODULE: ./packages/kit/src/escape.ts
var src_escape = __webpack_require__(6757);
// EXTERNAL MODULE: ./packages/testing/src/index.ts + 12 modules
var src = __webpack_require__(3764);
;// CONCATENATED MODULE: ./packages/cli/src/commands/check-steps.ts
/**
 * The steps of `quality check` that are commands of their own (guard, format, lint, test): each runs
 * in process through its registered runner with `--json` and a captured IO (one code path: the
 * command reads its config section and runs its engine as it does alone), then its exit code and
 * JSON become a step result. The one tricky rule: "nothing to run" (no formatter, no linter, no
 * test command) is a skip with the command's own reason, never a pass; any other error the
 * command raises is the step's error (exit 2), and a failure by its policy is the step's failure.
 */




const STEPS = ['guard', 'format', 'lint', 'test', 'coverage'];
/** Run `quality NAME argv` in process with a captured IO rooted at `cwd`. */
async function runCaptured(name, argv, io, cwd) {
    const stderr = new StderrCapture(name);
    const cmd = registry/* commands */.P.find((c) => c.name === name);
    if (!cmd)
        return { code: 2, stdout: '', stderr, error: `this quality has no ${name} command` };
    let stdout = '';
    const sub = {
        cwd,
        env: io.env,
        stdout: (s) => void (stdout += s),
        stderr: (s) => stderr.write(s),
    };
    try {
        const code = await (await cmd.load())(argv, sub);
        return { code, stdout, stderr };
    }
    catch (e) {
        if ((0,errors/* isConfigurationError */.p0)(e))
            return { code: 2, stdout, stderr, error: e.message };
        return {
            code: 1,
            stdout,
            stderr,
            error: `unexpected error: ${(0,errors/* errorMessage */.gJ)(e)} (this is a bug in quality; please report it)`,
        };
    }
}
/** A little slack for file systems that keep modification times in whole seconds: quality test's. */

const plural = (n, one) => `${n} ${one}${n === 1 ? '' : 's'}`;
function parseJson(c) {
    try {
        const v = JSON.parse(c.stdout);
        return v && typeof v === 'object' ? v : undefined;
    }
    catch {
        return undefined;
    }
}
/** The last lines of what a command wrote to stderr (a test runner's output), for a step that broke. */
const tail = (stderr) => stderr.tail().map(src_escape/* oneLine */.TN);
/** The "could not run" lines a command prints to stderr (`quality lint: eslint: ...`). */
function commandErrors(stderr, name) {
    return stderr
        .ownLines()
        .filter((l) => l.startsWith(`quality ${name}: `))
        .map((l) => (0,src_escape/* oneLine */.TN)(l.slice(`quality ${name}: `.length)));
}
const findingLine = (f) => `${(0,src_escape/* oneLine */.TN)(f.path)}${f.line !== null ? `:${f.line}` : ''}${f.column ? `:${f.column}` : ''}: ${f.severity} ${(0,src_escape/* oneLine */.TN)(f.rule)}${f.tool ? ` (${(0,src_escape/* oneLine */.TN)(f.tool)})` : ''}: ${(0,src_escape/* oneLine */.TN)(String(f.message).split('\n')[0])}`;
const countsText = (c) => `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.notice, 'notice')}`;
/** A nothing-to-run error of a command: the reason to show as the skip. */
const NOTHING_TO_RUN = {
    format: /^No formatter found/,
    lint: /^No linter found/,
    test: /^No test command found/,
};
const INTERPRET = {
    guard: (c, j) => {
        const findings = j?.findings ?? [];
        const counts = j?.counts;
        const scanned = typeof j?.scanned === 'number' ? `${plural(j.scanned, 'file')} scanned: ` : '';
        const suppressed = typeof j?.suppressed === 'number' && j.suppressed ? `; ${j.suppressed} accepted by the baseline` : '';
        return {
            status: c.code === 0 ? 'pass' : 'fail',
            summary: `${scanned}${counts ? countsText(counts) : plural(findings.length, 'finding')}${suppressed}`,
            details: findings.map(findingLine),
        };
    },
    format: (c, j) => {
        const files = j?.files ?? [];
        const tools = j?.tools ?? [];
        const used = tools.map((t) => (0,src_escape/* oneLine */.TN)(`${t.name} ${t.version ?? ''}`.trim())).join(', ');
        const errors = tools.filter((t) => t.error).map((t) => `${(0,src_escape/* oneLine */.TN)(t.name)}: could not run: ${(0,src_escape/* oneLine */.TN)(t.error)}`);
        if (c.code === 0)
            return { status: 'pass', summary: `all files formatted (${used})`, details: [] };
        return {
            status: 'fail',
            summary: files.length
                ? `${plural(files.length, 'file')} not formatted (${used}); quality format --fix rewrites them`
                : `a formatter could not run (${used})`,
            details: [...files.map((f) => `${(0,src_escape/* oneLine */.TN)(f.path)}: needs formatting (${(0,src_escape/* oneLine */.TN)(f.tool)})`), ...errors],
        };
    },
    lint: (c, j) => {
        const findings = j?.findings ?? [];
        const counts = j?.counts;
        const tools = j?.tools ?? [];
        const used = tools.map((t) => (0,src_escape/* oneLine */.TN)(`${t.name} ${t.version ?? ''}`.trim())).join(', ');
        const outside = typeof j?.outsideFilter === 'number' && j.outsideFilter ? `; ${j.outsideFilter} outside your change` : '';
        const errors = tools.filter((t) => t.error).map((t) => `${(0,src_escape/* oneLine */.TN)(t.name)}: could not run: ${(0,src_escape/* oneLine */.TN)(t.error)}`);
        return {
            status: c.code === 0 ? 'pass' : 'fail',
            summary: `${used}: ${counts ? countsText(counts) : plural(findings.length, 'finding')} on your change${outside}${errors.length ? `; ${plural(errors.length, 'tool')} could not run` : ''}`,
            details: [...findings.map(findingLine), ...errors],
        };
    },
    test: (c, j) => {
        const t = j?.tests;
        const failures = j?.failures ??
            [];
        const flaky = j?.flaky?.length ?? 0;
        const summary = t
            ? `${plural(t.total, 'test')}: ${t.passed} passed, ${t.failed} failed, ${t.errored} errored, ${t.skipped} skipped${flaky ? `, ${flaky} flaky` : ''}`
            : 'no test results';
        if (c.code === 0)
            return { status: 'pass', summary, details: [] };
        const details = failures.map((f) => `${f.outcome === 'errored' ? 'ERROR' : 'FAIL'} ${(0,src_escape/* oneLine */.TN)(f.name)}${f.path ? ` (${(0,src_escape/* oneLine */.TN)(f.path)}${f.line ? `:${f.line}` : ''})` : ''}: ${(0,src_escape/* oneLine */.TN)(f.message.split('\n')[0] ?? '')}`);
        // No test ran, or all were skipped: say so (the test command's verdict), with its output.
        if (t && t.failed + t.errored === 0)
            details.push(t.total === 0 ? 'No test ran: nothing was measured.' : 'No test passed: all were skipped.', ...tail(c.stderr));
        return { status: 'fail', summary, details };
    },
};
/** Turn a command's run into the step's result. */
function interpret(name, c, durationMs) {
    // A test runner's output is not ours to read for warnings: only the lines before it starts.
    const warnings = c.stderr
        .ownLines()
        .filter((l) => l.startsWith('warning: '))
        .map((l) => (0,src_escape/* oneLine */.TN)(l.slice('warning: '.length)));
    const base = { name, durationMs, exitCode: c.code, warnings };
    if (c.error !== undefined) {
        const nothing = NOTHING_TO_RUN[name];
        if (c.code === 2 && nothing?.test(c.error))
            return { ...base, status: 'skip', summary: (0,src_escape/* oneLine */.TN)(c.error), details: [] };
        return {
            ...base,
            status: 'error',
            summary: (0,src_escape/* oneLine */.TN)(c.error),
            details: name === 'test' ? tail(c.stderr) : commandErrors(c.stderr, name),
        };
    }
    const json = parseJson(c);
    if (json === undefined || (c.code !== 0 && c.code !== 1)) {
        return {
            ...base,
            status: 'error',
            summary: `quality ${name} ended with exit code ${c.code} and no result`,
            details: tail(c.stderr),
        };
    }
    const r = { ...base, ...INTERPRET[name](c, json), json };
    // Which test command ran, as `quality test` says it: `the package.json test script (npm)`.
    const ran = name === 'test'
        ? c.stderr
            .ownLines()
            .map((l) => /^quality test: running .*? \((.*)\)$/.exec(l)?.[1])
            .find((x) => x !== undefined)
        : undefined;
    if (ran !== undefined)
        r.summary = `${(0,src_escape/* oneLine */.TN)(ran)}: ${r.summary}`;
    return r;
}

// EXTERNAL MODULE: ./packages/cli/src/commands/test.ts
var test = __webpack_require__(9689);
;// CONCATENATED MODULE: ./packages/cli/src/commands/check-test-reports.ts
/**
 * The test step of `quality check` when it runs no tests (test.reports and no test.command): it
 * reads the reports as they are. The one rule: a report last written before the newest file of your
 * change (2 s of slack) does not measure that code, so the step refuses it; every such report is
 * named, fresh ones next to it do not save the step. No changed file: nothing to compare, read.
 */






const MAX_STALE_NAMED = 5;
const iso = (ms) => new Date(ms).toISOString();
/**
 * The reports against the files of the change: stale when last written before the newest changed
 * file less the slack. `from` says where the reports were named (test.reports and its file:line).
 */
function judgeReports(reports, changed, from) {
    const times = reports.map((r) => r.mtimeMs);
    const oldest = Math.min(...times);
    const newestReport = Math.max(...times);
    const span = oldest === newestReport ? iso(oldest) : `${iso(oldest)} to ${iso(newestReport)}`;
    const ranNone = `reports written ${span}, this check ran no tests (${from} and no test command)`;
    const newest = changed.reduce((a, c) => (a && a.mtimeMs >= c.mtimeMs ? a : c), undefined);
    if (!newest)
        return { note: `${ranNone}: your change has no file to compare them with` };
    const stale = reports.filter((r) => r.mtimeMs < newest.mtimeMs - src/* MTIME_SLACK_MS */.De);
    if (stale.length === 0)
        return { note: `${ranNone}: all after the newest file of your change, ${newest.name} (${iso(newest.mtimeMs)})` };
    const one = stale.length === 1;
    const named = stale
        .slice(0, MAX_STALE_NAMED)
        .map((r) => `${r.name} (last written ${iso(r.mtimeMs)})`)
        .join(', ');
    const more = stale.length > MAX_STALE_NAMED ? ` and ${stale.length - MAX_STALE_NAMED} more` : '';
    return {
        stale: `${named}${more} ${one ? 'is' : 'are'} older than your change (2 s of slack): its newest file, ${newest.name}, was last written ${iso(newest.mtimeMs)}. ` +
            `${from} names test reports and no test command, so quality check runs no tests, and ${one ? 'this report does' : 'these reports do'} not measure the code ${one ? 'it' : 'they'} would test. ` +
            'Run the tests again (they write the reports anew), or set test.command to the command that writes them (quality check then runs it and reads them after), or leave the step out (--skip test, or check: {skip: [test]} in the config file).',
    };
}
/**
 * What the test step makes of `quality test ARGV` in `cwd`: undefined when it runs a command (or
 * stops on an error of its own); else the verdict of its reports against the files of the change
 * in `root` since the merge-base `mergeBase()` gives (asked for only here: a check without a base
 * branch runs a test command all the same).
 */
async function reportsAgainstChange(argv, io, cwd, root, mergeBase) {
    const read = await (0,test.reportsReadAlone)(argv, { ...io, cwd });
    if (!read)
        return undefined;
    const reports = [];
    const reportPaths = new Set();
    for (const f of read.files) {
        reportPaths.add(f.path);
        try {
            reports.push({ name: f.display, mtimeMs: (0,external_node_fs_.statSync)(f.path).mtimeMs });
        }
        catch {
            // gone since it was matched: quality test says so
        }
    }
    if (reports.length === 0)
        return undefined;
    let base;
    try {
        base = await mergeBase();
    }
    catch (e) {
        if (!(0,errors/* isConfigurationError */.p0)(e))
            throw e;
        throw new errors/* ConfigurationError */.j1(`${read.from} names test reports and no test command, so quality check compares them with your change, and cannot: ${(0,errors/* errorMessage */.gJ)(e)}`);
    }
    const changed = [];
    for (const p of await (0,src_change/* changedFiles */.Y_)(root, base)) {
        const abs = (0,external_node_path_.resolve)(root, p);
        if (reportPaths.has(abs))
            continue; // a tracked report is not code it measures
        try {
            changed.push({ name: p, mtimeMs: (0,external_node_fs_.lstatSync)(abs).mtimeMs });
        }
        catch {
            // not in the work tree after all (a folder turned file, a race): nothing to compare
        }
    }
    return judgeReports(reports, changed, read.from);
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/terminal.ts
/**
 * Colours: FORCE_COLOR set (and not 0/false) forces them; else stdout must be a terminal and
 * NO_COLOR unset or empty (no-color.org).
 */
function useColor(io) {
    const force = io.env.FORCE_COLOR;
    if (force !== undefined && force !== '')
        return force !== '0' && force !== 'false';
    if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '')
        return false;
    return io.isTTY === true;
}
function style(color) {
    const sgr = (open, close) => (s) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s);
    return {
        color,
        green: sgr(32, 39),
        red: sgr(31, 39),
        yellow: sgr(33, 39),
        dim: sgr(2, 22),
        bold: sgr(1, 22),
    };
}
/** Outside text on one line: kit's oneLine (control characters become '?' or a space). */

/** 0.4s, 12.3s, 2m05s. */
function duration(ms) {
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    const s = Math.round(ms / 1000);
    return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}
/**
 * Progress lines: `start` prints "\u2026 name" and `end` its result line. On a terminal the start line
 * is rewritten in place by the end line; elsewhere both stay (a log shows when each step began).
 */
class Progress {
    io;
    inPlace;
    s;
    constructor(io, inPlace, s) {
        this.io = io;
        this.inPlace = inPlace;
        this.s = s;
    }
    async start(label) {
        await this.io.stdout(this.inPlace ? `${this.s.dim(`\u2026 ${label}`)}` : `\u2026 ${label}: started\n`);
    }
    async end(line) {
        await this.io.stdout(this.inPlace ? `\r\u001b[2K${line}\n` : `${line}\n`);
    }
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/check.ts
/**
 * `quality check`: what CI runs, on your machine before you push: guard, format, lint, test and
 * the coverage gate, on your change since the merge-base with the base branch. Each step is the
 * command of its name run in process (same engine, same config file), one after the other; the
 * exit code is what CI would make of them. The one tricky rule: a step with nothing to run is
 * shown as skipped with its reason and never counts as a pass; when no step ran at all, the check
 * fails (nothing was measured).
 */










const HELP = `Usage: quality check [REPORT...] [options]

What CI runs, on your machine before you push, with the same engines and the same config file
(.github/quality.yml or quality.yml) as the actions. The steps, in this order:

  guard     quality guard --base: secrets, conflict markers, large or broken files, unsafe
            workflows in what your change adds (the whole repository's change, from its top level)
  format    quality format --check: every file your formatters cover, as CI's format step
            checks them (not only the changed ones)
  lint      quality lint --base: your linters, findings on the lines your change adds (filter
            added, unless the config file's lint.filter says otherwise)
  test      quality test: the project's tests (the package.json test script, pytest, go test)
  coverage  the coverage gate's rules on the reports your tests wrote (or the REPORT files):
            totals, and the patch coverage of your change

format, lint and test run in the current directory (or --root DIR), as those commands do alone.
A step with nothing to run (no formatter, no linter, no test command configured) is shown as
skipped with the reason, never as passed. The coverage gate fails without a report, as in CI.
When the test step ran, a default report it did not write (older than the step) is left out:
it does not measure your change. Make your test command write coverage (jest --coverage,
pytest --cov, go test -coverprofile; quality.yml test.command), or name the report.
With test.reports and no test.command in the config file, the test step runs nothing and reads
those reports. One last written before the newest file of your change (2 s of slack) does not
measure it: the step could not run (exit 2), naming every such report (even when others are
fresh) and that file. Run the tests again, or set test.command (the step runs it, then reads
the reports). With no changed file there is nothing to compare: the reports are read.

Your change: the work tree (committed, staged and unstaged changes; untracked files are not part
of it) against the merge-base of HEAD and the base branch, as diff-cover measures it. Base branch,
when --base is not given: the remote's default branch (refs/remotes/origin/HEAD, set by git clone
or 'git remote set-head origin --auto'), then origin/main, origin/master, main, master. When none
exists, quality check stops and asks for --base REF. Nothing is fetched.

Options:
  --base REF              diff against the merge-base of REF and HEAD
  --committed             the coverage patch counts committed changes only (HEAD against the
                          merge-base); guard and lint read files, so they see the work tree
  --skip LIST             leave out these steps (comma-separated: ${STEPS.join(', ')})
  --only LIST             run only these steps
                          (either flag replaces the config file's check.skip and check.only:
                          check: {skip: [coverage]} in quality.yml for a project without a
                          coverage report; a skipped step never counts as passed)
  --root DIR              a directory inside the repository (default: the current directory)
  --json                  print one JSON object: {"passed","exitCode","base","mergeBase",
                          "steps":[{"name","status","summary","durationMs","exitCode","result"}],
                          "coverage"}: "result" is the step command's own --json object,
                          "coverage" the gate's report.json (null when the gate did not run)
${(0,src_args/* configHelp */.kt)(24)}  -h, --help              show this help

Coverage gate options (also read from the coverage section of the config file):
  --min-coverage N        minimum total coverage (percent)
  --min-diff-coverage N   minimum patch coverage (percent, default 80; off: no patch rule)
  --min-file-coverage N   minimum coverage of each changed file (percent)
  --baseline FILE         coverage to compare with: what 'quality coverage --json' prints, the
                          gate's report.json, or a baseline snapshot the action saves
  --max-decrease N        points below --baseline allowed (default 0 with --baseline)
  --metric M              headline (the producing tool's own rule, default), lines or branches
  --missing-files M       changed files the reports do not list (same language as the reported
                          files): warn (default), fail, or ignore

Reports default to every one of these that exists: ${DEFAULT_REPORTS.join(', ')}.

Output: a line per step as it starts and ends, with its duration, then what the step found
(findings, failed tests, files to format, the gate's rules), then a summary. Colours when
stdout is a terminal and NO_COLOR is not set (FORCE_COLOR=1 forces them); plain text otherwise.

Exit codes: 0 every step that ran passed, 1 a step failed by its policy (or every step was
skipped), 2 a usage or configuration error (of quality check, or a step that could not run: a
tool configured but not installed, no coverage report).
`;
const OPTIONS = {
    ...src_args/* CONFIG_OPTION */.dG,
    base: { type: 'string' },
    committed: { type: 'boolean' },
    skip: { type: 'string' },
    only: { type: 'string' },
    root: { type: 'string' },
    'min-coverage': { type: 'string' },
    'min-diff-coverage': { type: 'string' },
    'min-file-coverage': { type: 'string' },
    'max-decrease': { type: 'string' },
    baseline: { type: 'string' },
    metric: { type: 'string' },
    'missing-files': { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
/**
 * The steps to run: every one, minus --skip, or only --only. `from` names where the lists came
 * from in the skip reasons (the flags, or the config file's check.skip / check.only).
 */
function selectSteps(skip, only, from = { skip: '--skip', only: '--only' }) {
    if (skip !== undefined && only !== undefined)
        throw new src_args/* UsageError */.eb(`Give ${from.skip} or ${from.only}, not both.`);
    const list = (where, v) => {
        const names = v
            .split(/[,\n]/)
            .map((s) => s.trim())
            .filter(Boolean);
        for (const n of names)
            if (!STEPS.includes(n))
                throw new src_args/* UsageError */.eb(`Unknown step '${n}' in ${where}: the steps are ${STEPS.join(', ')}.`);
        return new Set(names);
    };
    const skipped = skip !== undefined ? list(from.skip, skip) : new Set();
    const onlySet = only !== undefined ? list(from.only, only) : undefined;
    // The value: why a step does not run (undefined: it runs).
    return new Map(STEPS.map((s) => [
        s,
        skipped.has(s) ? `left out by ${from.skip}` : onlySet && !onlySet.has(s) ? `not in ${from.only}` : undefined,
    ]));
}
/**
 * The step selection: the flags when either is given (they replace the config file's keys
 * whole), else the check section's skip / only, named by file and line in the skip reasons.
 */
async function stepSelection(values, flags, cwd, io) {
    if (values.skip !== undefined || values.only !== undefined)
        return selectSteps(values.skip, values.only);
    const cfg = await (0,config/* configured */.t)(flags, 'check', cwd, io);
    const skip = cfg.optional('--skip');
    const only = cfg.optional('--only');
    const where = (flag, key) => {
        const o = cfg.origin(flag);
        return o ? `${key} (${o.file}:${o.line})` : key;
    };
    try {
        return selectSteps(skip, only, { skip: where('--skip', 'check.skip'), only: where('--only', 'check.only') });
    }
    catch (e) {
        // Both keys: the file's mistake (exit 2 all the same), named as such.
        throw new errors/* ConfigurationError */.j1(`${(0,errors/* errorMessage */.gJ)(e)} Keep one of them in the config file.`);
    }
}
const TAGS = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP', error: 'ERROR' };
const WORDS = {
    pass: 'passed',
    fail: 'FAILED',
    skip: 'skipped',
    error: 'could not run',
};
const MAX_DETAILS = 30;
function paint(s, status, text) {
    return status === 'pass' ? s.green(text) : status === 'skip' ? s.yellow(text) : s.red(s.bold(text));
}
function stepLine(r, s) {
    const tag = paint(s, r.status, TAGS[r.status].padEnd(5));
    const summary = r.status === 'skip' ? `skipped: ${r.summary}` : r.summary;
    return `${tag} ${r.name.padEnd(8)} ${s.dim(duration(r.durationMs).padStart(6))}  ${summary}`;
}
/** A step's findings (also below the fail level), failures or gate rules; none for a skip. */
function detailLines(r) {
    if (r.status === 'skip')
        return [];
    const shown = r.details.slice(0, MAX_DETAILS).map((d) => `        ${d}`);
    if (r.details.length > MAX_DETAILS)
        shown.push(`        \u2026 and ${r.details.length - MAX_DETAILS} more (quality ${r.name === 'coverage' ? 'check --only coverage' : r.name} shows them all)`);
    return shown;
}
/** A skip reason in the summary: up to its first ': ' (the step's own line has all of it). */
const firstClause = (text) => text.split(': ')[0];
/** The exit code CI would give: 2 for a step that could not run, 1 for a failure, 1 when nothing ran. */
function exitCodeOf(results) {
    if (results.some((r) => r.status === 'error'))
        return 2;
    if (results.some((r) => r.status === 'fail'))
        return 1;
    return results.some((r) => r.status === 'pass') ? 0 : 1;
}
function verdictLine(results, code, s) {
    const names = (st) => results.filter((r) => r.status === st).map((r) => r.name);
    const parts = [];
    const passed = names('pass');
    const failed = names('fail');
    const errors = names('error');
    const skipped = names('skip');
    if (passed.length)
        parts.push(`${passed.length} passed`);
    if (failed.length)
        parts.push(`${failed.length} failed (${failed.join(', ')})`);
    if (errors.length)
        parts.push(`${errors.length} could not run (${errors.join(', ')})`);
    if (skipped.length)
        parts.push(`${skipped.length} skipped (${skipped.join(', ')})`);
    if (code === 0)
        return `${s.green(s.bold('PASSED'))}: ${parts.join(', ')}.`;
    if (!passed.length && !failed.length && !errors.length)
        return `${s.red(s.bold('FAILED'))}: nothing was checked, every step was skipped.`;
    return `${s.red(s.bold('FAILED'))}: ${parts.join(', ')}.`;
}
/** A step that could not run: a user's mistake exits 2, anything else is a bug (exit 1). */
function erroredStep(name, e, started, warnings) {
    const known = (0,errors/* isConfigurationError */.p0)(e);
    return {
        name,
        status: 'error',
        summary: (0,src_escape/* oneLine */.TN)(known ? (0,errors/* errorMessage */.gJ)(e) : `unexpected error: ${(0,errors/* errorMessage */.gJ)(e)} (this is a bug in quality; please report it)`),
        details: [],
        durationMs: Date.now() - started,
        exitCode: known ? 2 : 1,
        warnings,
    };
}
const checkCommand = async (argv, io) => {
    const { values, positionals, inputs: flags } = (0,src_args/* parse */.qg)(argv, OPTIONS, Infinity);
    if (values.help) {
        await io.stdout(HELP);
        return 0;
    }
    const cwd = (0,src_args/* existingDir */.Tc)(io.cwd, values.root, '--root');
    const selected = await stepSelection(values, flags, cwd, io);
    const runs = (s) => selected.get(s) === undefined;
    // Everything of quality check's own is validated before a step runs: a wrong flag is exit 2 alone.
    const gate = runs('coverage')
        ? gateSetup(await (0,config/* configured */.t)(flags, 'coverage', cwd, io), values.baseline, io.cwd)
        : undefined;
    let root;
    try {
        root = await (0,git/* repoRoot */.jv)(cwd);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${cwd} is not inside a git repository: quality check measures your change against the base branch. Run it in your checkout (or use 'quality coverage REPORT' for totals only).`);
    }
    const needsBase = runs('guard') || runs('lint') || runs('coverage') || values.base !== undefined;
    let change = needsBase ? await (0,src_change/* changeBase */.s1)(root, values.base) : undefined;
    // The test step asks for it only when it reads test.reports without running tests.
    const mergeBase = async () => (change ??= await (0,src_change/* changeBase */.s1)(root, values.base)).mergeBase;
    const committed = values.committed ?? false;
    const s = style(values.json ? false : useColor(io));
    const progress = new Progress(io, !values.json && io.isTTY === true, s);
    const say = async (text) => {
        if (!values.json)
            await io.stdout(`${text}\n`);
    };
    if (change)
        await say(`quality check: ${committed ? 'committed changes' : 'the work tree (committed, staged and unstaged changes)'} since the merge-base ${change.mergeBase.slice(0, 12)} with ${(0,src_escape/* oneLine */.TN)(change.base)}`);
    const results = [];
    let gateRun;
    let testsStartedAt;
    for (const name of STEPS) {
        const why = selected.get(name);
        if (why !== undefined) {
            results.push({ name, status: 'skip', summary: why, details: [], durationMs: 0, warnings: [] });
            continue;
        }
        if (!values.json)
            await progress.start(name);
        const started = Date.now();
        let r;
        if (name === 'coverage') {
            try {
                gateRun = await runGate(gate, {
                    named: positionals.map((p) => (values.root === undefined ? p : (0,src_args/* fromCwd */.Be)(io.cwd, p))),
                    cwd,
                    root,
                    mergeBase: change.mergeBase,
                    committed,
                    // A little slack for file systems that keep modification times in whole seconds.
                    ...(testsStartedAt !== undefined ? { testsStartedAt: testsStartedAt - src/* MTIME_SLACK_MS */.De } : {}),
                });
                const lines = gateLines(gateRun, gate.metric);
                r = {
                    name,
                    status: gateRun.passed ? 'pass' : 'fail',
                    summary: lines.summary,
                    details: lines.details.map(src_escape/* oneLine */.TN),
                    durationMs: Date.now() - started,
                    exitCode: gateRun.passed ? 0 : 1,
                    warnings: [...gate.warnings, ...gateRun.warnings].map(src_escape/* oneLine */.TN),
                };
            }
            catch (e) {
                r = erroredStep(name, e, started, gate.warnings.map(src_escape/* oneLine */.TN));
            }
        }
        else {
            // --config reaches every step (absolute: the steps run in other folders).
            const config = values.config !== undefined ? ['--config', (0,src_args/* fromCwd */.Be)(io.cwd, values.config)] : [];
            const args = {
                guard: ['--base', change?.base ?? '', '--json', ...config],
                format: ['--check', '--json', ...config],
                lint: ['--base', change?.base ?? '', '--json', ...config],
                test: ['--json', ...config],
            };
            if (name === 'test')
                testsStartedAt = started;
            let reports;
            let broke;
            try {
                if (name === 'test')
                    reports = await reportsAgainstChange(args.test, io, cwd, root, mergeBase);
            }
            catch (e) {
                broke = erroredStep(name, e, started, []);
            }
            if (broke)
                r = broke;
            else if (reports && 'stale' in reports)
                r = erroredStep(name, new errors/* ConfigurationError */.j1(reports.stale), started, []);
            else {
                const c = await runCaptured(name, args[name], io, name === 'guard' ? root : cwd);
                r = interpret(name, c, Date.now() - started);
                if (reports)
                    r.details.unshift((0,src_escape/* oneLine */.TN)(reports.note));
            }
            // No test command, or reports read without one: nothing ran that could have written a
            // coverage report, so none is stale for being older than the step.
            if (name === 'test' && (r.status === 'skip' || reports))
                testsStartedAt = undefined;
        }
        results.push(r);
        if (!values.json) {
            await progress.end(stepLine(r, s));
            const details = detailLines(r);
            if (details.length)
                await io.stdout(`${details.join('\n')}\n`);
        }
    }
    const code = exitCodeOf(results);
    if (values.json) {
        const steps = results.map((r) => ({
            name: r.name,
            status: r.status,
            summary: r.summary,
            durationMs: r.durationMs,
            exitCode: r.exitCode ?? null,
            ...(r.name !== 'coverage' && r.json !== undefined ? { result: r.json } : {}),
        }));
        const head = {
            passed: code === 0,
            exitCode: code,
            base: change?.base ?? null,
            mergeBase: change?.mergeBase ?? null,
            committed,
            steps,
        };
        // The coverage part is exactly the gate's report.json (streamed: it can be large).
        await io.stdout(`${JSON.stringify(head).slice(0, -1)},"coverage":`);
        if (gateRun)
            await (0,render/* writeJson */.GF)(gateRun.analysis, io.stdout, { verdict: gateRun.verdict });
        else
            await io.stdout('null');
        await io.stdout('}\n');
    }
    else {
        const width = Math.max(...results.map((r) => WORDS[r.status].length));
        const rows = results.map((r) => `  ${r.name.padEnd(8)}  ${paint(s, r.status, WORDS[r.status].padEnd(width))}  ${r.status === 'skip' ? firstClause(r.summary) : s.dim(duration(r.durationMs).padStart(6))}`);
        await io.stdout(`\n${s.bold('Summary')}\n${rows.join('\n')}\n${verdictLine(results, code, s)}\n`);
    }
    for (const r of results)
        for (const w of r.warnings)
            io.stderr(`warning: ${r.name}: ${w}\n`);
    return code;
};


/***/ })

};
