export const id = 179;
export const ids = [179];
export const modules = {

/***/ 9179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createCacheBackend: () => (/* binding */ createCacheBackend)
/* harmony export */ });
/* unused harmony export parseCacheMode */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/**
 * The one wrapper of `@actions/cache`, loaded with `import()` on the first call only.
 *
 * The library reports a failed restore only as a `::warning::` line and `undefined`, a failed save
 * as -1, and has no timeouts. So stdout is watched while a call runs (warnings recorded, output
 * passed on), every call runs under a deadline, and a save answered with -1 is looked up again:
 * -1 is also "another job saved this key meanwhile", which is no failure.
 */

function parseCacheMode(raw) {
    const m = (raw ?? '').trim().toLowerCase();
    return m === 'read' || m === 'write-only' || m === 'none' ? m : 'read-write';
}
// --- watching the library's stdout ------------------------------------------------------------
/** Restore prints `Cache Size: ~N MB (B B)`; save prints only `::debug::File Size: B`. */
const SIZE = /(?:Cache Size: ~\d+ MB \((\d+) B\)|^::debug::File Size: (\d+)$)/;
const watches = new Set();
let patched;
const decode = (s) => s.replace(/%0D/g, '').replace(/%0A/g, ' ').replace(/%25/g, '%');
/** Record warnings and sizes of complete lines; returns the text to print. */
function scan(text) {
    let plain = false;
    for (const w of watches) {
        plain ||= w.plain;
        w.pending += text;
        const lines = w.pending.split(/\r?\n/);
        w.pending = lines.pop() ?? '';
        for (const line of lines) {
            const warn = /^::warning[^:]*::(.*)$/.exec(line);
            if (warn)
                w.warnings.push(decode(warn[1]));
            const size = SIZE.exec(line);
            if (size)
                w.sizeBytes = Number(size[1] ?? size[2]);
        }
    }
    return plain ? text.replace(/^::warning[^:]*::(.*)$/gm, (_l, m) => `@actions/cache: ${decode(m)}`) : text;
}
function startWatch(plain) {
    const watch = { warnings: [], pending: '', plain };
    watches.add(watch);
    if (!patched) {
        const original = process.stdout.write;
        const ours = function (chunk, ...rest) {
            let out = chunk;
            try {
                if (watches.size > 0)
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
    let stopped = false;
    return {
        watch,
        stop() {
            if (stopped)
                return;
            stopped = true;
            if (watch.pending) {
                const last = watch.pending;
                watch.pending = '';
                const warn = /^::warning[^:]*::(.*)$/.exec(last);
                if (warn)
                    watch.warnings.push(decode(warn[1]));
            }
            watches.delete(watch);
            if (watches.size === 0 && patched) {
                // Give stdout back unless someone patched it after us (then ours passes everything on).
                if (process.stdout.write === patched.ours)
                    process.stdout.write = patched.original;
                patched = undefined;
            }
        },
    };
}
// --- the backend --------------------------------------------------------------------------------
const seconds = (ms) => `${Number((ms / 1000).toFixed(1))} s`;
function createCacheBackend(options) {
    const load = options.load ?? (() => __webpack_require__.e(/* import() */ 520).then(__webpack_require__.bind(__webpack_require__, 4520)));
    let lib;
    const library = () => (lib ??= load());
    const plain = options.libraryWarnings === 'log';
    const debug = (m) => options.log?.debug(m);
    const env = options.env ?? process.env;
    const mode = parseCacheMode(options.cacheMode ?? env['ACTIONS_CACHE_MODE']);
    /** One library call, watched, under the deadline; a throw becomes a warning. */
    async function call(fn, onFail) {
        const w = startWatch(plain);
        let timer;
        try {
            const l = await library();
            const work = fn(l).then((value) => ({ value, timedOut: false }), (e) => ({ error: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e) }));
            const deadline = new Promise((resolve) => {
                timer = setTimeout(() => resolve({ timedOut: true }), options.timeoutMs);
                timer.unref?.();
            });
            const r = await Promise.race([work, deadline]);
            w.stop();
            if ('error' in r)
                return { value: onFail, warnings: [...w.watch.warnings, r.error] };
            if (r.timedOut) {
                return {
                    value: onFail,
                    warnings: [...w.watch.warnings, `no answer within ${seconds(options.timeoutMs)}`],
                    timedOut: true,
                };
            }
            return { value: r.value, warnings: w.watch.warnings, sizeBytes: w.watch.sizeBytes };
        }
        catch (e) {
            return { value: onFail, warnings: [...w.watch.warnings, (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e)] };
        }
        finally {
            clearTimeout(timer);
            w.stop();
        }
    }
    const restore = (paths, key, restoreKeys, lookupOnly) => {
        debug(`cache: ${lookupOnly ? 'look up' : 'restore'} ${key}${restoreKeys.length ? ` (restore keys ${restoreKeys.join(', ')})` : ''}`);
        return call((l) => l.restoreCache([...paths], key, [...restoreKeys], { lookupOnly }), undefined);
    };
    return {
        mode,
        async available() {
            // The library needs one of these in every service version: without them, no load at all.
            if (!env['ACTIONS_CACHE_URL'] && !env['ACTIONS_RESULTS_URL'])
                return false;
            try {
                return (await library()).isFeatureAvailable();
            }
            catch (e) {
                debug(`cache: @actions/cache could not be loaded: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e)}`);
                return false;
            }
        },
        restore,
        async save(paths, key) {
            debug(`cache: save ${key}`);
            const r = await call((l) => l.saveCache([...paths], key), -1);
            if (r.value !== -1)
                return { ...r, value: 'saved' };
            if (r.timedOut || mode === 'write-only' || mode === 'none')
                return { ...r, value: 'failed' };
            // -1 is also "another job saved (or is saving) this key": look again to tell.
            const again = await restore(paths, key, [], true);
            if (again.value === key)
                return { value: 'exists', warnings: [], sizeBytes: r.sizeBytes };
            if (r.warnings.length > 0)
                return { ...r, value: 'failed' };
            if (again.timedOut || again.warnings.length > 0) {
                const why = `the cache service could not reserve the key (${again.warnings.join(' / ')})`;
                return { value: 'failed', warnings: [why], ...(again.timedOut ? { timedOut: true } : {}) };
            }
            return { value: 'reserved', warnings: [] };
        },
    };
}


/***/ })

};
