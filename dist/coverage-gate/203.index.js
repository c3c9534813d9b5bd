export const id = 203;
export const ids = [203];
export const modules = {

/***/ 9203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CacheBaselineStore: () => (/* binding */ CacheBaselineStore)
/* harmony export */ });
/* unused harmony exports BASELINE_FILE, QUALITY_DIR, escapeKeyPart, padTime, baselineKeys, keyCommitTime */
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9312);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _quality_coverage__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6369);
/**
 * Baselines in the GitHub Actions cache (`@actions/cache`), one small JSON file per entry.
 *
 * Keys. Cache entries are immutable (a key is saved once) and a lookup can only ask for an exact
 * key or a key prefix (newest created wins), so every snapshot is saved under TWO keys:
 *
 *   <prefix>-sha-<commit>                                     exact lookup by the base SHA
 *   <prefix>-branch-<escaped branch>-<commitTime, 12 digits>-<commit>   newest per branch
 *
 * A read asks for the exact SHA key first (when the query has a full SHA) and falls back to the
 * branch prefix `<prefix>-branch-<escaped branch>-` in the same request (restore-keys), so a pull
 * request gets its exact base commit when that was saved, else the branch's newest entry. The
 * branch name is escaped ([A-Za-z0-9._] kept, every other byte %XX, `-` included), so `main`'s
 * prefix `...-branch-main-` never matches `main-2`'s entries (`...-branch-main%2D2-`).
 *
 * Never regress: before saving, the newest entry for the branch is looked up (`lookupOnly`, no
 * download); its key carries its commitTime. When it is newer than ours, the branch key is not
 * saved (the SHA key still is) and the write is `skipped`. "Newest created wins" on read, so two
 * writers racing past the check in the wrong order can still leave an older snapshot newest: the
 * cache has no compare-and-swap (the branch store has).
 *
 * The file. `@actions/cache` archives paths relative to GITHUB_WORKSPACE (tar `-C $GITHUB_WORKSPACE
 * -P`): a path outside it is stored as `../../_temp/...` and restored to the same place, as long
 * as the workspace and RUNNER_TEMP have the same relative layout (true on hosted runners and on
 * any one self-hosted runner). The file lives in `tempDir` (default `$RUNNER_TEMP/quality-baseline`),
 * never in the workspace, so the checkout stays clean. The cache VERSION is a hash of the path
 * strings as given, so the base-branch job and the pull-request job must use the same `tempDir`
 * (the same runner OS and temp path), as with any `@actions/cache` entry.
 *
 * Faults (`@actions/cache` never throws for them; nor does this store):
 *
 * - no cache service (`isFeatureAvailable()` false: GHES without the cache, or
 *   ACTIONS_RESULTS_URL unset): read `unavailable`, write `failed`;
 * - ACTIONS_CACHE_MODE forbidding reads (`none`, `write-only`): read `unavailable`; forbidding
 *   writes (`none`, `read`): write `failed`;
 * - a failed restore (service down, 5xx, 429, read denied, corrupt or truncated archive):
 *   `restoreCache` returns `undefined` exactly as for a plain miss and reports the failure only
 *   as a `::warning::` line. While a call runs, stdout is watched: a warning line means
 *   `unavailable` (with the library's words), no warning means `missing`. The library's warning
 *   is re-printed as a plain log line (`@actions/cache: ...`) rather than an annotation, because
 *   the gate raises one warning for the status itself;
 * - a failed save: `saveCache` returns -1 for "already exists", "service down", quota and more,
 *   with only an info line; write denial (a read-only token: pull requests from forks) comes with
 *   a warning. -1 is then checked with a lookup: when the key exists (another job saved it), fine;
 *   otherwise `failed` with the library's warning or, without one, a sentence naming the causes;
 * - no deadline in the library: each read / write runs under `timeoutMs` (default 120 s); past it
 *   read is `unavailable`, write `failed`, "timed out after N s" (the abandoned request may still
 *   finish in the background; nothing after the deadline is started);
 * - a cached file that is not a snapshot (malformed, a future schema): `unavailable` with the
 *   parse error's message.
 *
 * Permissions: reading needs nothing beyond the runner's cache token; saving needs a job whose
 * token can write the cache (any push / schedule run on the default branch; pull requests from
 * forks get a read-only token). Entries saved on the default branch are readable from pull
 * requests; entries saved in a pull request are visible only to that pull request.
 */




const BASELINE_FILE = 'baseline.json';
/** Folder (relative to the workspace) the snapshot passes through; removed after each call. */
const QUALITY_DIR = '.quality-baseline';
const NOT_AVAILABLE = 'the cache service is not available (GHES without cache, or ACTIONS_RESULTS_URL unset).';
/** [A-Za-z0-9._] kept, any other byte (including `-`) as %XX. */
function escapeKeyPart(s) {
    let out = '';
    for (const b of Buffer.from(s, 'utf8')) {
        const c = String.fromCharCode(b);
        out += /[A-Za-z0-9._]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
const padTime = (t) => String(Math.max(0, Math.min(999_999_999_999, Math.floor(Number.isFinite(t) ? t : 0)))).padStart(12, '0');
function baselineKeys(prefix, branch, commit, commitTime) {
    const branchPrefix = `${prefix}-branch-${escapeKeyPart(branch)}-`;
    return {
        sha: `${prefix}-sha-${commit.toLowerCase()}`,
        branchPrefix,
        branch: `${branchPrefix}${padTime(commitTime)}-${commit.toLowerCase()}`,
    };
}
/** The commitTime in a branch key (`...-<12 digits>-<sha>`), or undefined. */
function keyCommitTime(key) {
    const m = /-(\d{12})-[0-9a-f]{7,64}$/.exec(key);
    return m ? Number(m[1]) : undefined;
}
const isFullSha = (s) => typeof s === 'string' && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(s);
const short = (sha) => sha.slice(0, 12);
const seconds = (ms) => `${Number((ms / 1000).toFixed(1))} s`;
const errorText = (e) => {
    const m = typeof e === 'object' && e !== null ? e.message : undefined;
    return typeof m === 'string' ? m : String(e);
};
const watchers = new Set();
let patched;
function decode(s) {
    return s.replace(/%0D/g, '').replace(/%0A/g, ' ').replace(/%25/g, '%');
}
/** The text to print for a chunk while watched: `::warning::` lines become plain lines and are recorded. */
function scan(text) {
    if (!text.includes('::warning'))
        return text;
    return text.replace(/^::warning[^:]*::(.*)$/gm, (_line, msg) => {
        const m = decode(msg);
        for (const w of watchers)
            w.push(m);
        return `@actions/cache: ${m}`;
    });
}
/**
 * Record the library's warnings until `stop()` (idempotent). stdout is patched while any watch
 * is on, and given back when none is left (unless someone patched it after us: then ours stays
 * in their chain and passes everything through).
 */
function watchWarnings() {
    const warnings = [];
    watchers.add(warnings);
    if (!patched) {
        const original = process.stdout.write;
        const ours = function (chunk, ...rest) {
            let out = chunk;
            try {
                if (watchers.size > 0)
                    out = scan(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
            }
            catch {
                out = chunk; // never let the watch break the log
            }
            return original.call(this, out, ...rest);
        };
        patched = { original, ours };
        process.stdout.write = ours;
    }
    return {
        warnings,
        stop() {
            watchers.delete(warnings);
            if (watchers.size === 0 && patched) {
                if (process.stdout.write === patched.ours)
                    process.stdout.write = patched.original;
                patched = undefined;
            }
        },
    };
}
/** Run one library call with its warnings recorded; `active` lets a deadline stop the watch early. */
async function watched(fn, active) {
    const w = watchWarnings();
    active.add(w.stop);
    try {
        return { value: await fn(), warnings: w.warnings };
    }
    finally {
        w.stop();
        active.delete(w.stop);
    }
}
class Expired extends Error {
}
// --- the store -----------------------------------------------------------------------------------
class CacheBaselineStore {
    kind = 'cache';
    prefix;
    tempDir;
    file;
    timeoutMs;
    log;
    /** The path given to @actions/cache: relative and constant, so the cache version is the same on every runner. */
    cachePath;
    constructor(options = {}) {
        this.prefix = options.prefix ?? 'quality-coverage';
        // @actions/cache hashes the path strings it is given into the entry's version, and resolves
        // relative ones against the working directory (the workspace, for an action). An absolute
        // RUNNER_TEMP path would differ between runner layouts and make every read a silent miss;
        // a constant relative path does not. The folder is removed after each call.
        this.tempDir = options.tempDir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(QUALITY_DIR);
        this.file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.tempDir, BASELINE_FILE);
        this.cachePath = options.tempDir ? this.file : `${QUALITY_DIR}/${BASELINE_FILE}`;
        this.timeoutMs = options.timeoutMs ?? 120_000;
        this.log = options.log ?? { info: () => undefined, debug: () => undefined };
    }
    /** Leave nothing behind in the workspace (only the default folder is ours to remove). */
    async cleanup() {
        if (this.cachePath !== this.file)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.tempDir, { recursive: true, force: true }).catch(() => undefined);
    }
    /** Run `fn` under the deadline. */
    async deadline(fn) {
        let expired = false;
        const op = {
            step: () => {
                if (expired)
                    throw new Expired();
            },
            active: new Set(),
        };
        let timer;
        const timeout = new Promise((resolve) => {
            timer = setTimeout(() => {
                expired = true;
                for (const stop of [...op.active])
                    stop();
                resolve({ timedOut: true });
            }, this.timeoutMs);
        });
        const work = fn(op).then((value) => ({ timedOut: false, value }));
        work.catch(() => undefined); // an abandoned call that fails later must not be an unhandled rejection
        try {
            return await Promise.race([work, timeout]);
        }
        finally {
            clearTimeout(timer);
        }
    }
    restore(op, key, restoreKeys, lookupOnly) {
        this.log.debug(`baseline cache: ${lookupOnly ? 'look up' : 'restore'} ${key}${restoreKeys.length ? ` (restore keys ${restoreKeys.join(', ')})` : ''}`);
        return watched(() => _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .restoreCache */ .P3([this.cachePath], key, restoreKeys, { lookupOnly }), op.active);
    }
    async read(q) {
        try {
            return await this.readInner(q);
        }
        finally {
            await this.cleanup();
        }
    }
    async readInner(q) {
        if (!_actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureAvailable */ .w3())
            return { status: 'unavailable', detail: NOT_AVAILABLE };
        const mode = (process.env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
        if (mode === 'none' || mode === 'write-only') {
            return { status: 'unavailable', detail: `cache reads are disabled for this job (ACTIONS_CACHE_MODE=${mode}).` };
        }
        try {
            const r = await this.deadline(async (op) => {
                const keys = baselineKeys(this.prefix, q.branch, q.commit ?? '0'.repeat(40), 0);
                const [primary, restoreKeys] = isFullSha(q.commit)
                    ? [keys.sha, [keys.branchPrefix]]
                    : [keys.branchPrefix, [keys.branchPrefix]];
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.file, { force: true }); // never read a file left by an earlier call
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.tempDir, { recursive: true });
                op.step();
                const res = await this.restore(op, primary, restoreKeys, false);
                op.step();
                if (res.value === undefined) {
                    return res.warnings.length
                        ? { status: 'unavailable', detail: `the cache could not be read: ${res.warnings.join(' ')}` }
                        : {
                            status: 'missing',
                            detail: `no cache entry for ${q.branch} yet (keys ${primary}${primary === keys.branchPrefix ? '*' : ` or ${keys.branchPrefix}*`}).`,
                        };
                }
                this.log.debug(`baseline cache: restored ${res.value}`);
                let text;
                try {
                    text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(this.file, 'utf8');
                }
                catch (e) {
                    return {
                        status: 'unavailable',
                        detail: `the cache entry ${res.value} did not hold ${BASELINE_FILE} (${errorText(e)}).`,
                    };
                }
                try {
                    return {
                        status: 'found',
                        snapshot: (0,_quality_coverage__WEBPACK_IMPORTED_MODULE_3__/* .parseBaseline */ .nk)(text, `cache entry ${res.value}`),
                        source: `cache entry ${res.value}`,
                    };
                }
                catch (e) {
                    return { status: 'unavailable', detail: errorText(e) };
                }
            });
            return r.timedOut
                ? { status: 'unavailable', detail: `reading the cache timed out after ${seconds(this.timeoutMs)}.` }
                : r.value;
        }
        catch (e) {
            return { status: 'unavailable', detail: `the cache could not be read: ${errorText(e)}` };
        }
    }
    async write(s) {
        try {
            return await this.writeInner(s);
        }
        finally {
            await this.cleanup();
        }
    }
    async writeInner(s) {
        if (!_actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureAvailable */ .w3())
            return { status: 'failed', detail: NOT_AVAILABLE };
        const mode = (process.env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
        if (mode === 'none' || mode === 'read') {
            return { status: 'failed', detail: `cache writes are disabled for this job (ACTIONS_CACHE_MODE=${mode}).` };
        }
        if (!isFullSha(s.commit))
            return { status: 'failed', detail: `the snapshot names no full commit SHA (${JSON.stringify(s.commit)}).` };
        const keys = baselineKeys(this.prefix, s.branch, s.commit, s.commitTime);
        const canLook = mode !== 'write-only';
        try {
            const r = await this.deadline(async (op) => {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.tempDir, { recursive: true });
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(this.file, (0,_quality_coverage__WEBPACK_IMPORTED_MODULE_3__/* .serializeBaseline */ .ky)(s));
                op.step();
                // What is there already?
                let shaExists = false;
                let branchExists = false;
                let newer;
                if (canLook) {
                    const a = await this.restore(op, keys.sha, [], true);
                    op.step();
                    if (a.value === undefined && a.warnings.length)
                        return { status: 'failed', detail: `the cache could not be searched: ${a.warnings.join(' ')}` };
                    shaExists = a.value === keys.sha;
                    const b = await this.restore(op, keys.branch, [keys.branchPrefix], true);
                    op.step();
                    if (b.value === undefined && b.warnings.length)
                        return { status: 'failed', detail: `the cache could not be searched: ${b.warnings.join(' ')}` };
                    branchExists = b.value === keys.branch;
                    const t = b.value && !branchExists ? keyCommitTime(b.value) : undefined;
                    if (t !== undefined && t > s.commitTime)
                        newer = b.value;
                }
                const save = async (key) => {
                    this.log.debug(`baseline cache: save ${key}`);
                    const res = await watched(() => _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .saveCache */ .Io([this.cachePath], key), op.active);
                    op.step();
                    if (res.value > 0)
                        return undefined;
                    if (canLook) {
                        // -1 is also "another job saved this key meanwhile": that is a success for us.
                        const again = await this.restore(op, key, [], true);
                        op.step();
                        if (again.value === key)
                            return undefined;
                    }
                    return res.warnings.length
                        ? res.warnings.join(' ')
                        : 'the cache service did not accept the entry (service unreachable, storage quota full, or a save of the same key that never finished)';
                };
                const saved = [];
                if (!shaExists) {
                    const err = await save(keys.sha);
                    if (err)
                        return { status: 'failed', detail: `the baseline could not be saved to the cache as ${keys.sha}: ${err}` };
                    saved.push(keys.sha);
                }
                if (newer) {
                    return {
                        status: 'skipped',
                        detail: `the cache already has a newer baseline for ${s.branch} (${newer}); the snapshot of ${short(s.commit)} was saved as ${keys.sha} only.`,
                    };
                }
                if (!branchExists) {
                    const err = await save(keys.branch);
                    if (err)
                        return {
                            status: 'failed',
                            detail: `the baseline could not be saved to the cache as ${keys.branch}: ${err}`,
                        };
                    saved.push(keys.branch);
                }
                if (saved.length === 0)
                    return {
                        status: 'skipped',
                        detail: `the cache already holds the baseline of ${short(s.commit)} (${keys.branch}).`,
                    };
                const unchecked = canLook ? '' : ' (not checked for a newer entry: ACTIONS_CACHE_MODE=write-only)';
                return {
                    status: 'written',
                    detail: `saved the baseline of ${s.branch} at ${short(s.commit)} to the cache (${saved.join(', ')})${unchecked}.`,
                };
            });
            return r.timedOut
                ? { status: 'failed', detail: `saving to the cache timed out after ${seconds(this.timeoutMs)}.` }
                : r.value;
        }
        catch (e) {
            return { status: 'failed', detail: `the baseline could not be saved to the cache: ${errorText(e)}` };
        }
    }
}


/***/ })

};
