import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4084:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ withConfig),
/* harmony export */   n: () => (/* binding */ CONFIG_FILES)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7817);
/* harmony import */ var _quality_kit_inputs__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6415);
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
    const { loadConfig, loadConfigFile, sectionValues } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(920)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9920));
    const opts = { eventName: place.eventName };
    const cfg = file ? loadConfigFile(file.path, file.shown, opts) : loadConfig(place.workspace, opts);
    if (file && !cfg)
        throw new _quality_kit_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`The config file ${file.shown} does not exist.`);
    for (const w of cfg?.warnings ?? [])
        warn(w);
    return inputs.withFallback((0,_quality_kit_inputs__WEBPACK_IMPORTED_MODULE_3__/* .configSource */ .qX)(sectionValues(cfg, section), prefix));
}


/***/ }),

/***/ 7817:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError),
/* harmony export */   w0: () => (/* binding */ ConfigValueError)
/* harmony export */ });
/* unused harmony export FileFormatError */
/**
 * Errors a user can act on, kept apart from bugs (as github/codeql-action does).
 *
 * A ConfigurationError says what was wrong, where, and what to do. `run()` turns it
 * into a plain failure message; any other error is a bug and gets a stack in debug.
 * This module imports nothing so that engine packages can use it without pulling
 * `@actions/core` into their bundles.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
    constructor(message, options) {
        super(message, options);
    }
}
/** An input (action input, CLI flag or config key) that has the wrong value. */
class InputError extends ConfigurationError {
    input;
    received;
    expected;
    name = 'InputError';
    constructor(input, received, expected) {
        const shown = received.length > 200 ? `${received.slice(0, 200)}\u2026` : received;
        super(`Input '${input}' has the value ${JSON.stringify(shown)}: expected ${expected}.`);
        this.input = input;
        this.received = received;
        this.expected = expected;
    }
}
/**
 * A config file key (`.github/quality.yml`) with the wrong value: names the file, line and key,
 * as `quality.yml:LINE: key.path: expected \u2026`. Not an InputError: no usage line follows it.
 */
class ConfigValueError extends ConfigurationError {
    file;
    line;
    key;
    received;
    expected;
    name = 'ConfigValueError';
    constructor(file, line, key, received, expected) {
        const shown = received.length > 200 ? `${received.slice(0, 200)}\u2026` : received;
        super(`${file}:${line}: ${key}: expected ${expected}, got ${JSON.stringify(shown)}.`);
        this.file = file;
        this.line = line;
        this.key = key;
        this.received = received;
        this.expected = expected;
    }
}
/** A file the user gave us (a report, a patch, a config file) that we cannot read as it is. */
class FileFormatError extends ConfigurationError {
    file;
    line;
    problem;
    hint;
    name = 'FileFormatError';
    constructor(file, line, problem, hint) {
        super(`${file}${line !== undefined ? `:${line}` : ''}: ${problem}${hint ? ` ${hint}` : ''}`);
        this.file = file;
        this.line = line;
        this.problem = problem;
        this.hint = hint;
    }
}
function isConfigurationError(e) {
    return e instanceof ConfigurationError;
}
function errorMessage(e) {
    return e instanceof Error ? e.message : String(e);
}


/***/ }),

/***/ 6415:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   lQ: () => (/* binding */ envInputSource),
/* harmony export */   qX: () => (/* binding */ configSource)
/* harmony export */ });
/* unused harmony exports layeredSource, renamed, mapInputSource */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7817);
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


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __nccwpck_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/inputs.ts
var inputs = __nccwpck_require__(6415);
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
function limits_planAnnotations(all, perType = LIMITS.annotationsPerTypePerStep, perJob = LIMITS.annotationsPerJob) {
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
    return truncateMarkdown(md, maxBytes, '> [!WARNING]\n> This summary was truncated to fit GitHub\u2019s 1 MiB job summary limit. The full report is in the `report` output file.', utf8Bytes);
}
/** Fit a PR comment body into GitHub's 65,536-character limit. */
function fitComment(md, maxChars = LIMITS.commentChars) {
    return truncateMarkdown(md, maxChars, '> [!NOTE]\n> This comment was truncated to fit GitHub\u2019s 65,536-character limit. The job summary has the full report.', (s) => [...s].length);
}
/** Throws RangeError when an output value is larger than GitHub accepts. */
function checkOutputSize(name, value, maxBytes = LIMITS.outputBytes) {
    const n = utf8Bytes(value);
    if (n > maxBytes) {
        throw new RangeError(`output '${name}' is ${n} bytes: GitHub accepts at most ${maxBytes} bytes per output`);
    }
}

;// CONCATENATED MODULE: ./packages/kit/src/markdown.ts
/**
 * Markdown for job summaries and PR comments, with text from users escaped.
 *
 * File names, branch names and messages come from people who can open a pull request.
 * Escaped, they can neither break a table, start a heading or link, open HTML, close a
 * <details> block, nor @-mention anyone. Nothing here imports `@actions/core`.
 */
const HTML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '@': '&#64;',
};
/** ASCII punctuation that Markdown gives a meaning to; GFM lets any of it be backslash-escaped. */
const MD_SPECIAL = /[\\`*_{}[\]()#+\-.!|~:]/g;
/**
 * Escape user text for use inside Markdown prose or a table cell: one line, no markup,
 * no HTML, no mentions. Control characters become spaces.
 */
function markdown_text(s) {
    // Markdown escapes first, entities last: an entity's own '#' must not be backslash-escaped
    // (`&\#39;` renders as the six characters "&#39;", not as an apostrophe).
    return s
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
        .replace(MD_SPECIAL, (c) => `\\${c}`)
        .replace(/[&<>"'@]/g, (c) => HTML_ESCAPES[c]);
}
/** Escape for an HTML context (attribute values, <summary>), no Markdown escaping needed there. */
function html(s) {
    return s.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/[&<>"'@]/g, (c) => HTML_ESCAPES[c]);
}
/**
 * Inline code. The fence is one backtick longer than the longest run inside, so the text
 * cannot close it; pipes are escaped because GFM splits table cells before code spans.
 */
function code(s) {
    const one = s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\|/g, '\\|');
    let longest = 0;
    for (const m of one.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const fence = '`'.repeat(longest + 1);
    const pad = one.startsWith('`') || one.endsWith('`') || one.startsWith(' ') ? ' ' : '';
    return `${fence}${pad}${one}${pad}${fence}`;
}
/**
 * A GFM table. Cells are Markdown already (escape user text with `text()` or `code()`
 * first); newlines in cells are folded so a row stays one line.
 */
function table(headers, rows, align) {
    const fold = (c) => c.replace(/\r?\n/g, ' ');
    const sep = headers.map((_, i) => {
        const a = align?.[i];
        return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
    });
    const line = (cells) => `| ${cells.map(fold).join(' | ')} |`;
    return [line(headers), line(sep), ...rows.map((r) => line(headers.map((_, i) => r[i] ?? '')))].join('\n');
}
/** A collapsible block. `summary` is user-escaped here; `body` is Markdown. */
function details(summary, body) {
    return `<details><summary>${html(summary)}</summary>\n\n${body}\n\n</details>`;
}
/** A hidden marker that identifies a sticky comment. The id is restricted to safe characters. */
function marker(id) {
    return `<!-- quality:${id.replace(/[^A-Za-z0-9_.:/-]/g, '_')} -->`;
}
/** A percentage for display: never shows 100.00 unless it is 100, nor 0.00 unless 0. */
function pct(p, digits = 2) {
    if (p === null || !Number.isFinite(p))
        return 'n/a';
    const f = 10 ** digits;
    let v = Math.floor(p * f) / f;
    if (v === 0 && p > 0)
        v = 1 / f;
    return `${v.toFixed(digits)}%`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./packages/kit/src/escape.ts
/**
 * Text from outside (paths, names, API text, tool output) on its way to stdout, where the runner
 * reads any line that starts with `::` (or `##[`, after leading blanks) as a workflow command.
 *
 * `escapeLine` makes one value safe to print inside a line: `%`, CR and LF become the runner's own
 * escapes, so the value can never start a new line. `defuseLines` is the log's last guard over a
 * whole message: a line that would start a command gets a visible backslash in front.
 * `escapeData` and `escapeProperty` are the runner's escapes inside a command we write ourselves.
 * `oneLine` is for people (a terminal or a log line): outside text kept readable on one line.
 */
const COMMAND_START = /^(\s*)(::|##\[)/;
/** One value, safe inside a log line: no line break survives, and it cannot start a command. */
function escapeLine(value) {
    const s = escapeData(value);
    return COMMAND_START.test(s) ? s.replace(COMMAND_START, '$1\\$2') : s;
}
/**
 * Outside text for people, on one line: line breaks (CR, LF, tab, U+2028/9) become a space and
 * other control characters (ESC, C1) '?', so a name can neither break a line nor drive a terminal.
 */
function oneLine(value) {
    return value.replace(/[\r\n\t\u2028\u2029]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
/** A workflow command's data (after `::name::`): `%`, CR and LF escaped as the runner unescapes them. */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A workflow command's property value (`file=...`): `escapeData` plus `:` and `,`, which end a property. */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** A whole message for the log: every line that would be read as a workflow command is defused. */
function defuseLines(message) {
    if (!message.includes('::') && !message.includes('##['))
        return message;
    return message
        .split(/(\r\n|\r|\n)/)
        .map((part) => (COMMAND_START.test(part) ? part.replace(COMMAND_START, '$1\\$2') : part))
        .join('');
}
/**
 * `defuseLines` for a stream written in pieces (the CLI's stdout): a piece may start in the middle
 * of a line, so whether it starts a line is carried from the previous piece.
 */
function lineGuard() {
    let atLineStart = true;
    return (piece) => {
        if (piece === '')
            return piece;
        let out = piece;
        if (piece.includes('::') || piece.includes('##[')) {
            const parts = piece.split(/(\r\n|\r|\n)/);
            for (let i = 0; i < parts.length; i += 2) {
                const starts = i > 0 || atLineStart;
                if (starts && COMMAND_START.test(parts[i]))
                    parts[i] = parts[i].replace(COMMAND_START, '$1\\$2');
            }
            out = parts.join('');
        }
        const lastBreak = Math.max(piece.lastIndexOf('\n'), piece.lastIndexOf('\r'));
        atLineStart = (lastBreak >= 0 || atLineStart) && piece.slice(lastBreak + 1).trim() === '';
        return out;
    };
}

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
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    return `::${name}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(data)}`;
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
        checkOutputSize(name, s);
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
    info: (m) => write(defuseLines(m)),
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
    const plan = planAnnotations(all);
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
    const { text, truncated } = fitSummary(markdown);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/kit/src/faults.ts
/**
 * File-system faults of the runner (a full disk, a read-only or missing folder, a file where a
 * folder should be) as ConfigurationErrors naming the path and what to do, never "a bug". The
 * tricky rule: Node's recursive mkdir reports ENOENT on a read-only or full file system, so
 * makeDirectory asks again for the folder it could not create, alone, to get the real cause.
 */





const WHY = {
    ENOSPC: 'the disk is full: free space on the runner',
    EDQUOT: 'the disk quota is exceeded: free space on the runner',
    EROFS: 'the file system is read-only: point it at a writable folder',
    EACCES: 'permission denied: make the folder writable for the runner user',
    EPERM: 'permission denied: make the folder writable for the runner user',
    ENOTDIR: 'a part of the path is a file, not a folder: fix the path',
    EEXIST: 'a file is in the way of the folder: fix the path',
    EISDIR: 'the path is a folder: name a file',
    ENOENT: 'a folder on the path does not exist',
};
/** An error with a file-system errno code (ENOSPC, EROFS...). */
function isFsFault(e) {
    const code = e?.code;
    return typeof code === 'string' && code in WHY;
}
/** "Cannot write <what> to <path>: <why and what to do> (<code>)." as a ConfigurationError. */
function fsFault(e, path, what) {
    const code = e?.code ?? '';
    return new errors/* ConfigurationError */.j1(`Cannot write ${what} to ${path}: ${WHY[code] ?? (0,errors/* errorMessage */.gJ)(e)}${code ? ` (${code})` : ''}.`, { cause: e });
}
/** The real error behind a failed recursive mkdir of `dir`: the first missing folder, created alone. */
function realCause(dir, e) {
    let missing;
    for (let p = resolve(dir); !existsSync(p);) {
        missing = p;
        const up = dirname(p);
        if (up === p)
            break;
        p = up;
    }
    if (missing === undefined)
        return e;
    try {
        mkdirSync(missing);
    }
    catch (e2) {
        return e2;
    }
    return e;
}
/** mkdir -p, or a ConfigurationError naming `dir`, the real cause and what to do. */
function makeDirectory(dir, what) {
    try {
        mkdirSync(dir, { recursive: true });
    }
    catch (e) {
        throw fsFault(realCause(dir, e), dir, what);
    }
}
/**
 * Write step outputs, in order, once every value is known to fit (so a refused value writes
 * none of them). A file-system fault on GITHUB_OUTPUT is a ConfigurationError naming it. Put
 * a verdict last: a fault part-way then leaves it unwritten.
 */
function writeOutputs(outputs) {
    const all = [...outputs].map(([k, v]) => [k, String(v)]);
    for (const [k, v] of all) {
        try {
            checkOutputSize(k, v);
        }
        catch (e) {
            throw new errors/* ConfigurationError */.j1((0,errors/* errorMessage */.gJ)(e));
        }
    }
    try {
        for (const [k, v] of all)
            setOutput(k, v);
    }
    catch (e) {
        if (!isFsFault(e))
            throw e;
        throw fsFault(e, process.env.GITHUB_OUTPUT || 'GITHUB_OUTPUT', 'the step outputs');
    }
}

;// CONCATENATED MODULE: ./packages/kit/src/index.ts









;// CONCATENATED MODULE: ./packages/cache/src/managers.ts
/**
 * What each package manager keeps, where, and which files decide its contents.
 *
 * Only the package manager's own download store is cached: never `node_modules`, never a
 * virtualenv inside the workspace. The one tricky rule: no package-manager binary is ever run.
 * Store paths are read from the environment, the configuration files the tool itself would
 * read (`.npmrc` `cache=`, `.yarnrc.yml` `cacheFolder`, `pip.conf`...) and the documented
 * defaults, because running `yarn`, `pnpm`, `poetry` or `go` in the workspace honours the
 * repository's configuration, which can name code to run (`yarn-path`, `yarnPath`, Poetry's
 * `requires-plugins`, corepack's `packageManager` URL, Go's `toolchain`).
 */


const MANAGERS = ['npm', 'yarn', 'pnpm', 'pip', 'poetry', 'uv', 'go'];
const pythonRuntime = {
    label: 'py',
    files: ['python3', 'python'],
    // -I: no PYTHON* variables, no user site, no script folder on sys.path; -S: no site import.
    args: ['-I', '-S', '--version'],
    parse: (out) => /^Python (\d+\.\d+)/.exec(out.trim())?.[1],
};
const goRuntime = {
    label: 'go',
    files: ['go'],
    args: ['env', 'GOVERSION'],
    parse: (out) => /^go(\d+\.\d+)/.exec(out.trim())?.[1],
};
/** Environment for a runtime probe: no toolchain switch, no workspace file, no prompt. */
function probeEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    return {
        ...out,
        GOTOOLCHAIN: 'local',
        GOWORK: 'off',
        GOFLAGS: '',
        GOPROXY: 'off',
        COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
        COREPACK_ENABLE_STRICT: '0',
        YARN_IGNORE_PATH: '1',
    };
}
// ---------------------------------------------------------------------------------
// Reading configuration files: small, line by line, bounded.
const MAX_CONFIG_BYTES = 256 * 1024;
/** A regular file's text (at most 256 KiB), or undefined. */
function readConfig(file) {
    try {
        const st = (0,external_node_fs_.statSync)(file);
        if (!st.isFile() || st.size > MAX_CONFIG_BYTES)
            return undefined;
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** The first `bytes` bytes of a regular file (a lockfile's header), or ''. */
function readHead(file, bytes) {
    let fd;
    try {
        if (!(0,external_node_fs_.statSync)(file).isFile())
            return '';
        fd = (0,external_node_fs_.openSync)(file, 'r');
        const buf = Buffer.alloc(bytes);
        return buf.toString('utf8', 0, (0,external_node_fs_.readSync)(fd, buf, 0, bytes, 0));
    }
    catch {
        return '';
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
const unquote = (v) => {
    const t = v.trim();
    const m = /^"(.*)"$/.exec(t) ?? /^'(.*)'$/.exec(t);
    return m ? m[1] : t;
};
/** `key = value` lines of an ini file (`.npmrc`, `pip.conf`), `section.key` inside sections. */
function iniValue(text, key, sections = ['']) {
    let section = '';
    let found;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith(';') || line.startsWith('#'))
            continue;
        const sec = /^\[([^\]]*)\]$/.exec(line);
        if (sec) {
            section = sec[1].trim();
            continue;
        }
        const eq = line.indexOf('=');
        if (eq <= 0 || !sections.includes(section))
            continue;
        if (line.slice(0, eq).trim() === key)
            found = unquote(line.slice(eq + 1));
    }
    return found;
}
/** `key "value"` or `key value` lines of a yarn classic `.yarnrc`. */
function yarnrcValue(text, key) {
    let found;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line.startsWith(`${key} `) && !line.startsWith(`"${key}" `))
            continue;
        found = unquote(line.slice(line.indexOf(' ') + 1));
    }
    return found;
}
/** A top-level `key: value` of a flat YAML file (`.yarnrc.yml`, `pnpm-workspace.yaml`). */
function yamlValue(text, key) {
    let found;
    for (const line of text.split(/\r?\n/)) {
        if (!line.startsWith(`${key}:`))
            continue;
        found = unquote(line.slice(key.length + 1).replace(/\s+#.*$/, ''));
    }
    return found;
}
/** `key = "value"` in a TOML table ('' for the top level) of a flat TOML file. */
function tomlValue(text, table, key) {
    let current = '';
    let found;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        const t = /^\[([A-Za-z0-9_.\-" ]+)\]$/.exec(line);
        if (t) {
            current = t[1].replace(/[" ]/g, '');
            continue;
        }
        if (current !== table)
            continue;
        const m = /^"?([A-Za-z0-9_.-]+)"?\s*=\s*("[^"]*"|'[^']*'|true|false)\s*(#.*)?$/.exec(line);
        if (m && m[1] === key)
            found = unquote(m[2]);
    }
    return found;
}
/**
 * A configured path made absolute: `~/` is the home folder, `${VAR}` comes from the
 * environment given, a relative path is relative to `base`. Undefined when empty or when a
 * variable is unset.
 */
function configPath(value, base, p) {
    if (value === undefined)
        return undefined;
    let unset = false;
    let v = value.trim().replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name) => {
        const got = p.env[name];
        if (got === undefined)
            unset = true;
        return got ?? '';
    });
    if (unset || v === '' || v === 'undefined' || v === 'null')
        return undefined;
    if (v === '~')
        v = p.home;
    else if (v.startsWith('~/') || v.startsWith('~\\'))
        v = (0,external_node_path_.join)(p.home, v.slice(2));
    return (0,external_node_path_.isAbsolute)(v) ? (0,external_node_path_.resolve)(v) : (0,external_node_path_.resolve)(base, v);
}
/** An environment variable holding an absolute path. */
function envPath(p, name) {
    const v = p.env[name];
    return v && (0,external_node_path_.isAbsolute)(v) ? { path: (0,external_node_path_.resolve)(v), source: `the environment variable ${name}` } : undefined;
}
/** A path-valued setting from the first config file that sets it. */
function fromFiles(files, read, setting, p, root) {
    for (const file of files) {
        const text = readConfig(file);
        if (text === undefined)
            continue;
        const path = configPath(read(text), (0,external_node_path_.dirname)(file), p);
        if (path)
            return { path, source: `\`${setting}\` in ${shown(file, root, p)}` };
    }
    return undefined;
}
/** A config file's name as the user knows it: relative to the workspace, or `~/...`. */
function shown(file, root, p) {
    const rel = (base) => {
        const r = file.slice(base.length + 1);
        return file.startsWith(base + '/') || file.startsWith(base + '\\') ? r : undefined;
    };
    const w = rel(root);
    if (w !== undefined)
        return w;
    const h = rel(p.home);
    return h !== undefined ? `~/${h}` : file;
}
const xdgCache = (p) => envPath(p, 'XDG_CACHE_HOME')?.path ?? (0,external_node_path_.join)(p.home, '.cache');
const xdgConfig = (p) => envPath(p, 'XDG_CONFIG_HOME')?.path ?? (0,external_node_path_.join)(p.home, '.config');
const localAppData = (p) => envPath(p, 'LOCALAPPDATA')?.path ?? (0,external_node_path_.join)(p.home, 'AppData', 'Local');
const appData = (p) => envPath(p, 'APPDATA')?.path ?? (0,external_node_path_.join)(p.home, 'AppData', 'Roaming');
/** Go's and Poetry's os.UserConfigDir(). */
const userConfigDir = (p) => p.os === 'win32' ? appData(p) : p.os === 'darwin' ? (0,external_node_path_.join)(p.home, 'Library', 'Application Support') : xdgConfig(p);
const def = (name, path) => ({ path, source: `${name}'s default` });
/** npm reads `npm_config_*` variables case-insensitively. */
function npmEnv(p, key) {
    const want = `npm_config_${key}`.toLowerCase();
    for (const name of Object.keys(p.env).sort()) {
        if (name.toLowerCase() === want.replace(/-/g, '_'))
            return envPath(p, name);
    }
    return undefined;
}
function userNpmrc(p) {
    return npmEnv(p, 'userconfig')?.path ?? (0,external_node_path_.join)(p.home, '.npmrc');
}
/** Whether a berry (2+) project: `.yarnrc.yml`, a v2+ `packageManager`, or a berry lockfile. */
function yarnBerry(project) {
    const pm = /"packageManager"\s*:\s*"yarn@(\d+)/.exec(readConfig((0,external_node_path_.join)(project, 'package.json')) ?? '');
    if (pm)
        return { berry: Number(pm[1]) >= 2, major: Number(pm[1]) };
    const rc = readConfig((0,external_node_path_.join)(project, '.yarnrc.yml'));
    const fromPath = /yarn-(\d+)\.\d+\.\d+\.c?js/.exec(rc ?? '');
    if (fromPath)
        return { berry: Number(fromPath[1]) >= 2, major: Number(fromPath[1]) };
    const lock = readHead((0,external_node_path_.join)(project, 'yarn.lock'), 4096);
    const meta = /__metadata:\s*\n\s+version:\s*(\d+)/.exec(lock);
    if (meta)
        return { berry: true, major: Number(meta[1]) >= 8 ? 4 : 3 };
    return rc !== undefined ? { berry: true, major: 4 } : { berry: false, major: 1 };
}
const truthy = (v) => (v === undefined ? undefined : /^(true|1)$/i.test(v.trim()));
function yarnPaths(ctx, project) {
    const p = ctx.platform;
    const { berry, major } = yarnBerry(project);
    if (!berry) {
        const setting = envPath(p, 'YARN_CACHE_FOLDER') ??
            fromFiles([(0,external_node_path_.join)(project, '.yarnrc'), (0,external_node_path_.join)(ctx.root, '.yarnrc'), (0,external_node_path_.join)(p.home, '.yarnrc')], (t) => yarnrcValue(t, 'cache-folder'), 'cache-folder', p, ctx.root);
        // Classic keeps its store in a `v6` folder under the cache folder.
        if (setting)
            return [{ path: (0,external_node_path_.join)(setting.path, 'v6'), source: setting.source }];
        const base = p.os === 'win32'
            ? (0,external_node_path_.join)(localAppData(p), 'Yarn', 'Cache')
            : p.os === 'darwin'
                ? (0,external_node_path_.join)(p.home, 'Library', 'Caches', 'Yarn')
                : (0,external_node_path_.join)(xdgCache(p), 'yarn');
        return [def('yarn classic', (0,external_node_path_.join)(base, 'v6'))];
    }
    const rcFiles = [(0,external_node_path_.join)(project, '.yarnrc.yml'), (0,external_node_path_.join)(ctx.root, '.yarnrc.yml'), (0,external_node_path_.join)(p.home, '.yarnrc.yml')];
    const firstSet = (key) => {
        for (const f of rcFiles) {
            const t = readConfig(f);
            const v = t === undefined ? undefined : yamlValue(t, key);
            if (v !== undefined)
                return v;
        }
        return undefined;
    };
    // Yarn 4 caches in the global folder by default; 2 and 3 in the project's .yarn/cache.
    const global = truthy(p.env.YARN_ENABLE_GLOBAL_CACHE) ?? truthy(firstSet('enableGlobalCache')) ?? major >= 4;
    if (global) {
        const folder = envPath(p, 'YARN_GLOBAL_FOLDER') ??
            fromFiles(rcFiles, (t) => yamlValue(t, 'globalFolder'), 'globalFolder', p, ctx.root);
        if (folder)
            return [{ path: (0,external_node_path_.join)(folder.path, 'cache'), source: folder.source }];
        const base = p.os === 'win32' ? (0,external_node_path_.join)(localAppData(p), 'Yarn', 'Berry') : (0,external_node_path_.join)(p.home, '.yarn', 'berry');
        return [def('yarn berry', (0,external_node_path_.join)(base, 'cache'))];
    }
    return [
        envPath(p, 'YARN_CACHE_FOLDER') ??
            fromFiles(rcFiles, (t) => yamlValue(t, 'cacheFolder'), 'cacheFolder', p, ctx.root) ??
            def('yarn berry', (0,external_node_path_.join)(project, '.yarn', 'cache')),
    ];
}
function perProject(ctx, one) {
    const out = [];
    for (const project of ctx.projects) {
        for (const s of one(project))
            if (!out.some((o) => o.path === s.path))
                out.push(s);
    }
    return out;
}
const SPECS = {
    npm: {
        name: 'npm',
        lockfiles: ['package-lock.json', 'npm-shrinkwrap.json'],
        config: ['.npmrc'],
        paths: (ctx) => perProject(ctx, (project) => {
            const p = ctx.platform;
            return [
                npmEnv(p, 'cache') ??
                    fromFiles([(0,external_node_path_.join)(project, '.npmrc'), userNpmrc(p)], (t) => iniValue(t, 'cache'), 'cache', p, ctx.root) ??
                    def('npm', p.os === 'win32' ? (0,external_node_path_.join)(localAppData(p), 'npm-cache') : (0,external_node_path_.join)(p.home, '.npm')),
            ];
        }),
    },
    yarn: {
        name: 'yarn',
        lockfiles: ['yarn.lock'],
        config: ['.yarnrc', '.yarnrc.yml'],
        paths: (ctx) => perProject(ctx, (project) => yarnPaths(ctx, project)),
    },
    pnpm: {
        name: 'pnpm',
        lockfiles: ['pnpm-lock.yaml'],
        config: ['pnpm-workspace.yaml', '.npmrc'],
        paths: (ctx) => perProject(ctx, (project) => {
            const p = ctx.platform;
            const set = npmEnv(p, 'store-dir') ??
                envPath(p, 'pnpm_config_store_dir') ??
                fromFiles([(0,external_node_path_.join)(project, 'pnpm-workspace.yaml')], (t) => yamlValue(t, 'storeDir'), 'storeDir', p, ctx.root) ??
                fromFiles([(0,external_node_path_.join)(project, '.npmrc'), (0,external_node_path_.join)(xdgConfig(p), 'pnpm', 'rc'), userNpmrc(p)], (t) => iniValue(t, 'store-dir'), 'store-dir', p, ctx.root);
            if (set)
                return [set];
            const home = envPath(p, 'PNPM_HOME');
            if (home)
                return [{ path: (0,external_node_path_.join)(home.path, 'store'), source: home.source }];
            if (p.os === 'win32')
                return [def('pnpm', (0,external_node_path_.join)(localAppData(p), 'pnpm', 'store'))];
            if (p.os === 'darwin')
                return [def('pnpm', (0,external_node_path_.join)(p.home, 'Library', 'pnpm', 'store'))];
            const data = envPath(p, 'XDG_DATA_HOME')?.path ?? (0,external_node_path_.join)(p.home, '.local', 'share');
            return [def('pnpm', (0,external_node_path_.join)(data, 'pnpm', 'store'))];
        }),
    },
    pip: {
        name: 'pip',
        lockfiles: ['requirements*.txt', 'requirements/*.txt', 'constraints*.txt'],
        config: [],
        runtime: pythonRuntime,
        paths(ctx) {
            const p = ctx.platform;
            const confs = [
                ...(envPath(p, 'PIP_CONFIG_FILE') ? [envPath(p, 'PIP_CONFIG_FILE').path] : []),
                p.os === 'win32' ? (0,external_node_path_.join)(appData(p), 'pip', 'pip.ini') : (0,external_node_path_.join)(userConfigDir(p), 'pip', 'pip.conf'),
                (0,external_node_path_.join)(p.home, p.os === 'win32' ? 'pip' : '.pip', p.os === 'win32' ? 'pip.ini' : 'pip.conf'),
            ];
            const set = envPath(p, 'PIP_CACHE_DIR') ??
                fromFiles(confs, (t) => iniValue(t, 'cache-dir', ['global']), 'cache-dir', p, ctx.root);
            if (set)
                return [set];
            if (p.os === 'win32')
                return [def('pip', (0,external_node_path_.join)(localAppData(p), 'pip', 'Cache'))];
            if (p.os === 'darwin')
                return [def('pip', (0,external_node_path_.join)(p.home, 'Library', 'Caches', 'pip'))];
            return [def('pip', (0,external_node_path_.join)(xdgCache(p), 'pip'))];
        },
    },
    poetry: {
        name: 'poetry',
        lockfiles: ['poetry.lock'],
        config: ['poetry.toml'],
        // Poetry's virtualenvs outside the project are built for one Python.
        runtime: pythonRuntime,
        paths: (ctx) => perProject(ctx, (project) => {
            const p = ctx.platform;
            const files = [(0,external_node_path_.join)(project, 'poetry.toml'), (0,external_node_path_.join)(userConfigDir(p), 'pypoetry', 'config.toml')];
            const cacheDir = envPath(p, 'POETRY_CACHE_DIR') ??
                fromFiles(files, (t) => tomlValue(t, '', 'cache-dir'), 'cache-dir', p, ctx.root) ??
                def('Poetry', p.os === 'win32'
                    ? (0,external_node_path_.join)(localAppData(p), 'pypoetry', 'Cache')
                    : p.os === 'darwin'
                        ? (0,external_node_path_.join)(p.home, 'Library', 'Caches', 'pypoetry')
                        : (0,external_node_path_.join)(xdgCache(p), 'pypoetry'));
            const venvs = envPath(p, 'POETRY_VIRTUALENVS_PATH') ??
                fromFiles(files, (t) => tomlValue(t, 'virtualenvs', 'path'), 'virtualenvs.path', p, ctx.root) ?? {
                path: (0,external_node_path_.join)(cacheDir.path, 'virtualenvs'),
                source: cacheDir.source,
            };
            // The download caches and the virtualenvs Poetry creates outside the project.
            return [
                { path: (0,external_node_path_.join)(cacheDir.path, 'cache'), source: cacheDir.source },
                { path: (0,external_node_path_.join)(cacheDir.path, 'artifacts'), source: cacheDir.source },
                venvs,
            ];
        }),
    },
    uv: {
        name: 'uv',
        lockfiles: ['uv.lock'],
        config: ['uv.toml'],
        runtime: pythonRuntime,
        paths: (ctx) => perProject(ctx, (project) => {
            const p = ctx.platform;
            const set = envPath(p, 'UV_CACHE_DIR') ??
                fromFiles([(0,external_node_path_.join)(project, 'uv.toml')], (t) => tomlValue(t, '', 'cache-dir'), 'cache-dir', p, ctx.root) ??
                fromFiles([(0,external_node_path_.join)(project, 'pyproject.toml')], (t) => tomlValue(t, 'tool.uv', 'cache-dir'), 'tool.uv.cache-dir', p, ctx.root) ??
                fromFiles([(0,external_node_path_.join)(userConfigDir(p), 'uv', 'uv.toml')], (t) => tomlValue(t, '', 'cache-dir'), 'cache-dir', p, ctx.root);
            if (set)
                return [set];
            if (p.os === 'win32')
                return [def('uv', (0,external_node_path_.join)(localAppData(p), 'uv', 'cache'))];
            return [def('uv', (0,external_node_path_.join)(xdgCache(p), 'uv'))];
        }),
    },
    go: {
        name: 'go',
        lockfiles: ['go.sum', 'go.work.sum'],
        config: ['go.mod', 'go.work'],
        runtime: goRuntime,
        paths(ctx) {
            const p = ctx.platform;
            // `go env -w` settings live in the user's go/env file (never in the repository).
            const goenvFile = envPath(p, 'GOENV')?.path ?? (0,external_node_path_.join)(userConfigDir(p), 'go', 'env');
            const goenv = (name) => fromFiles([goenvFile], (t) => iniValue(t, name), name, p, ctx.root);
            const gopath = (() => {
                const v = p.env.GOPATH?.split(p.os === 'win32' ? ';' : ':')[0];
                if (v && (0,external_node_path_.isAbsolute)(v))
                    return v;
                return goenv('GOPATH')?.path ?? (0,external_node_path_.join)(p.home, 'go');
            })();
            const defaultBuild = p.os === 'win32'
                ? (0,external_node_path_.join)(localAppData(p), 'go-build')
                : p.os === 'darwin'
                    ? (0,external_node_path_.join)(p.home, 'Library', 'Caches', 'go-build')
                    : (0,external_node_path_.join)(xdgCache(p), 'go-build');
            return [
                envPath(p, 'GOMODCACHE') ?? goenv('GOMODCACHE') ?? def('Go', (0,external_node_path_.join)(gopath, 'pkg', 'mod')),
                envPath(p, 'GOCACHE') ?? goenv('GOCACHE') ?? def('Go', defaultBuild),
            ];
        },
    },
};
/** Lockfiles that, when found, say a manager is in use (config files alone do not). */
function detectionFiles(name) {
    // A go.mod without dependencies has no go.sum: still a Go module with a build cache.
    return name === 'go' ? [...SPECS.go.lockfiles, 'go.mod'] : SPECS[name].lockfiles;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
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
const REDIRECTS = (/* unused pure expression or super */ null && (['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR', 'GIT_NAMESPACE']));
const HASH_BYTES = 20;
/**
 * The tracked files of the repository whose top level (as `git rev-parse --show-toplevel` printed
 * it) is `topLevel`, relative to it, or undefined when only git can say (see the module header).
 */
function git_index_indexFiles(topLevel, options = {}) {
    const env = options.env ?? process.env;
    if (REDIRECTS.some((k) => env[k] !== undefined))
        return undefined;
    const gitDir = join(topLevel, '.git');
    try {
        if (!lstatSync(gitDir).isDirectory())
            return undefined;
        const config = readFileSync(join(gitDir, 'config'), 'latin1');
        if (/worktree|include|objectformat/i.test(config))
            return undefined;
    }
    catch {
        return undefined;
    }
    let data;
    try {
        const path = join(gitDir, 'index');
        const st = lstatSync(path);
        if (!st.isFile() || st.size > (options.maxBytes ?? 1024 * 1024))
            return undefined;
        data = readFileSync(path);
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
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', fullArgs, {
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
        throw new ConfigurationError(`The ${what} ${JSON.stringify(ref)} is not a valid git ref name or commit SHA.`);
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
        ? new ConfigurationError(`No common ancestor of ${base} and ${head} in this shallow clone: the history between them was not fetched. ${FETCH_DEPTH_HINT}`)
        : new ConfigurationError(`${base} and ${head} have no common ancestor (unrelated histories): there is no change to measure against ${base}.`);
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
        throw new ConfigurationError(`The base ${base} is the all-zero SHA (a new branch has no "before" commit); choose the default branch as the base.`);
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
            throw new ConfigurationError(`The base commit ${base} is not in this clone. ${FETCH_DEPTH_HINT}`);
        }
        // Depth 1 only in a shallow clone: in a full clone `--depth` would make it shallow.
        baseRev = await fetchBase(cwd, remote, base, await isShallow(cwd));
        baseSha = await resolveCommit(cwd, baseRev);
        if (baseSha === null) {
            throw new ConfigurationError(`The base ${base} could not be fetched from ${remote}. ${FETCH_DEPTH_HINT}`);
        }
    }
    const headSha = await resolveCommit(cwd, head);
    if (headSha === null)
        throw new ConfigurationError(`The head ${head} is not a commit in this repository.`);
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
            throw new ConfigurationError(`No common ancestor of ${base} and ${head} within ${deepened} more commits of history fetched from ${remote}. ${FETCH_DEPTH_HINT}`);
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
        throw new ConfigurationError(`The remote URL ${JSON.stringify(url)} starts with '-'.`);
    const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    const chunks = [];
    let size = 0;
    await runGit(tmpdir(), ['ls-remote', '--heads', '--tags', '--end-of-options', url], {
        timeoutMs: options.timeoutMs ?? 60_000,
        env: { GIT_TERMINAL_PROMPT: '0' },
        onStdout: (c) => {
            size += c.length;
            if (size > maxBytes)
                throw new ConfigurationError(`git ls-remote ${url} listed more than ${maxBytes} bytes of refs.`);
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

;// CONCATENATED MODULE: ./packages/cache/src/digest.ts
/**
 * Which files decide a cache key, and their digest.
 *
 * Listing: git's own index (`git ls-files -z --cached` with `:(glob)**\/<name>` pathspecs, so
 * nothing outside the index is even looked at: a populated node_modules costs nothing).
 * Outside a git work tree (or when git refuses, e.g. "dubious ownership" in a container), a
 * directory walk that never descends into node_modules, .git, virtualenvs or vendor folders.
 *
 * Digest (hex sha256), the one definition used everywhere (action, CLI, benchmark):
 *
 *   sha256( concat over files sorted by the UTF-8 bytes of their path of
 *           `<path relative to the root, '/' separated>` NUL `<hex sha256 of the file's bytes>` LF )
 *
 * File contents are read from the working tree (what the install step will read), not from
 * the index. A listed file that no longer exists on disk is left out.
 */






/** Folders the fallback walk never enters (and the git listing excludes). */
const SKIPPED_DIRS = [
    'node_modules',
    '.git',
    '.hg',
    '.svn',
    'vendor',
    '.venv',
    'venv',
    '.tox',
    '.nox',
    '__pycache__',
    'bower_components',
    '.pnpm-store',
    '.yarn',
];
/** Byte order of the UTF-8 encodings (JS string order differs for characters outside the BMP). */
function byteOrder(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
function escapeGlob(s) {
    return s.replace(/[[\]\\]/g, '\\$&');
}
/** Pathspecs for `git ls-files`: each pattern in any folder, minus the skipped folders. */
function gitPathspecs(patterns) {
    return [
        ...patterns.map((p) => `:(glob)**/${p}`),
        ...SKIPPED_DIRS.filter((d) => d !== '.git').map((d) => `:(glob,exclude)**/${escapeGlob(d)}/**`),
    ];
}
const globCache = new Map();
function segmentRegex(glob) {
    let re = globCache.get(glob);
    if (!re) {
        re = new RegExp('^' +
            glob
                .split('')
                .map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
                .join('') +
            '$');
        globCache.set(glob, re);
    }
    return re;
}
/** Does a relative path end with the (one or more segment) pattern, as `**\/<pattern>` means? */
function matchesPattern(relPath, pattern) {
    const segs = relPath.split('/');
    const want = pattern.split('/');
    if (want.length > segs.length)
        return false;
    const tail = segs.slice(segs.length - want.length);
    return want.every((w, i) => segmentRegex(w).test(tail[i]));
}
/** kit's git, without taking optional locks (a listing must not block the job's own git). */
const digest_runGit = async (args, cwd) => {
    try {
        const r = await runGit(cwd, args, { env: { GIT_OPTIONAL_LOCKS: '0' } });
        return r.stdout.toString('utf8');
    }
    catch (e) {
        throw new Error(e instanceof GitError ? e.stderr.trim() || e.message : (0,errors/* errorMessage */.gJ)(e));
    }
};
/** Tracked files matching the patterns, from git's index. Throws when git cannot answer. */
async function gitListFiles(root, patterns, git = digest_runGit) {
    // Pathspecs and output are both relative to root (git's default): one process, no prefix work.
    const out = await git(['ls-files', '-z', '--cached', '--', ...gitPathspecs(patterns)], root);
    const files = out.split('\0').filter(Boolean);
    return [...new Set(files)].sort(byteOrder);
}
/** Walk the tree, never entering SKIPPED_DIRS or a folder holding pyvenv.cfg (a virtualenv). */
function walkListFiles(root, patterns) {
    const skipped = new Set(SKIPPED_DIRS);
    const found = [];
    const stack = [''];
    while (stack.length > 0) {
        const rel = stack.pop();
        const abs = rel === '' ? root : (0,external_node_path_.join)(root, rel);
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true });
        }
        catch {
            continue;
        }
        if (rel !== '' && entries.some((e) => e.name === 'pyvenv.cfg'))
            continue;
        for (const e of entries) {
            const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
            if (e.isDirectory()) {
                if (!skipped.has(e.name))
                    stack.push(childRel);
            }
            else if (e.isFile() && patterns.some((p) => matchesPattern(childRel, p))) {
                found.push(childRel);
            }
        }
    }
    return found.sort(byteOrder);
}
async function listFiles(root, patterns, git = digest_runGit) {
    try {
        return { files: await gitListFiles(root, patterns, git), source: 'git' };
    }
    catch (e) {
        return {
            files: walkListFiles(root, patterns),
            source: 'walk',
            gitProblem: e instanceof Error ? e.message.split('\n')[0] : String(e),
        };
    }
}
/** The digest of the given files (relative to root). Files missing on disk are left out. */
async function digestFiles(root, relPaths) {
    const sorted = [...new Set(relPaths)].sort(byteOrder);
    const hashed = await Promise.all(sorted.map(async (path) => {
        try {
            const bytes = await (0,promises_namespaceObject.readFile)((0,external_node_path_.join)(root, path));
            return { path, sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex') };
        }
        catch (e) {
            if (e.code === 'ENOENT' && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, path)))
                return undefined;
            throw e;
        }
    }));
    const entries = hashed.filter((h) => h !== undefined);
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const e of entries)
        h.update(`${e.path}\0${e.sha256}\n`, 'utf8');
    return { digest: h.digest('hex'), entries };
}

;// CONCATENATED MODULE: ./packages/cache/src/key.ts
/**
 * Cache keys: `<prefix>-<os>-<arch>-<manager>[-<runtime><major.minor>][-<matrix>]-<hash>`.
 *
 * The runtime is in the key only where the store's content depends on it (pip, Poetry, uv:
 * the Python minor; Go: the Go minor), so a runner image's patch update keeps every key.
 *
 * The cache service takes keys of at most 512 characters without commas (a comma separates
 * keys in its API). Every part is reduced to `[A-Za-z0-9._+=@-]`; a key that would still be
 * too long is a configuration error (only a very long prefix can cause it).
 */


const MAX_KEY_LENGTH = 512;
/** Hex characters of the lockfile digest kept in the key (128 bits). */
const KEY_HASH_LENGTH = 32;
const MATRIX_MAX = 80;
function keyPart(s) {
    return s
        .trim()
        .replace(/[^A-Za-z0-9._+=@-]+/g, '_')
        .replace(/^[-_]+|[-_]+$/g, '');
}
/** Runner OS / arch in the runner's own spelling (RUNNER_OS 'Linux', RUNNER_ARCH 'X64'), lower-cased. */
function osPart(runnerOs) {
    const map = {
        linux: 'linux',
        darwin: 'macos',
        macos: 'macos',
        win32: 'windows',
        windows: 'windows',
    };
    return map[runnerOs.toLowerCase()] ?? keyPart(runnerOs.toLowerCase());
}
function archPart(runnerArch) {
    const map = { x64: 'x64', arm64: 'arm64', x86: 'x86', ia32: 'x86', arm: 'arm' };
    return map[runnerArch.toLowerCase()] ?? keyPart(runnerArch.toLowerCase());
}
/**
 * The matrix part: `k=v` pairs of the (flattened) matrix object in key order, joined by '+'.
 * Longer than 80 characters: `m` + 16 hex characters of sha256 of its canonical JSON.
 */
function matrixPart(matrix) {
    if (matrix === null || typeof matrix !== 'object' || Array.isArray(matrix)) {
        throw new errors/* ConfigurationError */.j1(`Input 'matrix' must be the JSON of the job's matrix object: write \`matrix: \${{ toJSON(matrix) }}\`.`);
    }
    const flat = [];
    const walk = (prefix, v) => {
        if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
            for (const k of Object.keys(v).sort())
                walk(prefix ? `${prefix}.${k}` : k, v[k]);
        }
        else {
            flat.push([prefix, typeof v === 'string' ? v : JSON.stringify(v)]);
        }
    };
    walk('', matrix);
    if (flat.length === 0)
        return '';
    const readable = flat.map(([k, v]) => `${keyPart(k)}=${keyPart(v)}`).join('+');
    if (readable.length <= MATRIX_MAX)
        return readable;
    const canonical = JSON.stringify(flat);
    return `m${(0,external_node_crypto_.createHash)('sha256').update(canonical).digest('hex').slice(0, 16)}`;
}
function buildKey(p) {
    const prefix = keyPart(p.prefix);
    if (!prefix)
        throw new errors/* ConfigurationError */.j1(`Input 'key-prefix' must contain at least one letter or digit.`);
    const parts = [prefix, osPart(p.os), archPart(p.arch), p.manager];
    const runtime = keyPart(p.runtime ?? '');
    if (runtime)
        parts.push(runtime);
    if (p.matrix)
        parts.push(p.matrix);
    const restorePrefix = `${parts.join('-')}-`;
    const key = `${restorePrefix}${p.digest.slice(0, KEY_HASH_LENGTH)}`;
    validateKey(key);
    return { key, restorePrefix };
}
/** The cache service's rules for a key. */
function validateKey(key) {
    if (key.length > MAX_KEY_LENGTH) {
        throw new errors/* ConfigurationError */.j1(`The cache key would be ${key.length} characters long; the cache service accepts at most ${MAX_KEY_LENGTH}. Shorten 'key-prefix'.`);
    }
    if (key.includes(','))
        throw new errors/* ConfigurationError */.j1(`A cache key cannot contain a comma: ${key}`);
}

;// CONCATENATED MODULE: ./packages/cache/src/policy.ts
/**
 * When to write to the cache, and which extra paths may go into it.
 *
 * Reading a cache is harmless; writing one is how a cache gets poisoned. Whether this run may
 * write at all is kit's one trust rule (`readEvent`); `save` sits on top of it: `auto` saves
 * what the rule allows (push, schedule, workflow_dispatch of the default branch), `always` also
 * saves entries scoped to this run's ref on events that are not untrusted, `never` only
 * restores. No input makes an untrusted event (pull_request_target, fork pull requests, reviews,
 * issue_comment, workflow_run, release, tags, ...) write.
 */





const SAVING_EVENTS = (/* unused pure expression or super */ null && (['push', 'schedule', 'workflow_dispatch']));
function decideSave(policy, ev) {
    const d = decideWrite(policy, ev);
    if (!ev.canWrite && !ev.scopedWrite) {
        const why = ev.tag
            ? 'for tags'
            : ev.fork && ev.name === 'pull_request'
                ? 'for pull requests from forks'
                : !ev.payloadValid
                    ? `when the ${ev.name || 'event'} payload is missing or not the event's shape`
                    : `on ${ev.name || 'unnamed'} events`;
        return { save: false, reason: `never saved ${why} (cache poisoning)` };
    }
    if (policy === 'never')
        return { save: false, reason: 'save is never' };
    if (policy === 'always')
        return { save: d.write, reason: 'save is always' };
    if (d.write)
        return { save: true, reason: `save is auto: ${ev.name} on the default branch` };
    if (!SAVING_EVENTS.includes(ev.name)) {
        return { save: false, reason: `save is auto, which does not save on ${ev.name} events` };
    }
    if (ev.defaultBranch === undefined) {
        return { save: false, reason: 'save is auto, and the event payload does not name the default branch' };
    }
    return {
        save: false,
        reason: `save is auto, which saves only on the default branch (this is refs/heads/${ev.baseBranch ?? '?'})`,
    };
}
/** Basenames that hold credentials or repository internals: never cached. */
const FORBIDDEN_NAMES = [
    '.git',
    '.npmrc',
    '.yarnrc',
    '.yarnrc.yml',
    '.pypirc',
    'pip.conf',
    'pip.ini',
    '.netrc',
    '_netrc',
    '.git-credentials',
    '.gitconfig',
    '.ssh',
    '.gnupg',
    '.aws',
    '.docker',
    '.kube',
    'gh',
    'auth.toml',
];
function inside(child, parent) {
    const r = (0,external_node_path_.relative)(parent, child);
    return r !== '' && !r.startsWith('..') && !(0,external_node_path_.isAbsolute)(r);
}
/**
 * Check one extra `path` entry: `~` expands to home; relative paths are relative to the
 * workspace. Refused: globs, credentials files and `.git` anywhere in the path, anything not
 * strictly inside home, the workspace or the runner's temp folder (following symlinks when
 * the path exists), and folders that contain the home or workspace folder.
 */
function validateExtraPath(raw, roots) {
    const bad = (why) => new errors/* ConfigurationError */.j1(`Input 'path' has the entry ${JSON.stringify(raw)}: ${why}.`);
    if (/[*?[\]{}]/.test(raw) || raw.startsWith('!'))
        throw bad('globs and exclusions are not accepted; list folders');
    const expanded = raw === '~' ? roots.home : raw.startsWith('~/') ? (0,external_node_path_.resolve)(roots.home, raw.slice(2)) : raw;
    const abs = (0,external_node_path_.resolve)(roots.workspace, expanded);
    const check = (p) => {
        for (const seg of p.split(external_node_path_.sep)) {
            if (FORBIDDEN_NAMES.includes(seg))
                throw bad(`'${seg}' can hold credentials or repository internals and is never cached`);
        }
        const allowed = [roots.home, roots.workspace, roots.runnerTemp].filter(Boolean).map((r) => (0,external_node_path_.resolve)(r));
        if (!allowed.some((r) => inside(p, r))) {
            throw bad(`only folders inside the home folder, the workspace or the runner's temp folder can be cached`);
        }
        const ws = (0,external_node_path_.resolve)(roots.workspace);
        if (p === ws || inside(ws, p))
            throw bad('it contains the whole workspace, including .git');
    };
    check(abs);
    if ((0,external_node_fs_.existsSync)(abs)) {
        const real = (0,external_node_fs_.realpathSync)(abs);
        const realRoots = [roots.home, roots.workspace, roots.runnerTemp]
            .filter((r) => r && (0,external_node_fs_.existsSync)(r))
            .map((r) => (0,external_node_fs_.realpathSync)(r));
        if (real !== abs) {
            for (const seg of real.split(external_node_path_.sep)) {
                if (FORBIDDEN_NAMES.includes(seg))
                    throw bad(`it resolves to ${real}, which can hold credentials`);
            }
            if (!realRoots.some((r) => inside(real, r))) {
                throw bad(`it resolves to ${real}, outside the home folder, the workspace and the runner's temp folder`);
            }
        }
    }
    if ((0,external_node_path_.basename)(abs) === 'node_modules') {
        throw bad('node_modules is never cached: it is rebuilt from the package store, which this action caches');
    }
    return abs;
}

;// CONCATENATED MODULE: ./packages/cache/src/plan.ts
/**
 * From a workspace to one cache entry per package manager: which managers, which files
 * decide the key, the key, and the store paths. Pure apart from the injected runtime probe
 * and git, so the action, the CLI and the tests compute exactly the same thing. The tricky
 * rule: every store path, whoever named it, passes the same policy as the `path` input
 * (no credential folders, nothing outside home, workspace, tool cache and runner temp).
 */










/** A ToolRunner: execFile with an argument array, a 20 s limit and the given environment. */
function toolRunner(env) {
    const childEnv = probeEnv(env);
    return (file, args, cwd) => new Promise((resolve) => {
        (0,external_node_child_process_namespaceObject.execFile)(file, [...args], { cwd, timeout: 20_000, windowsHide: true, env: childEnv }, (err, stdout) => resolve(err ? undefined : String(stdout).trim()));
    });
}
function currentPlatform(env) {
    return { os: process.platform, home: env.HOME || env.USERPROFILE || (0,external_node_os_.homedir)(), env };
}
function parseManagers(list, input = 'package-manager') {
    const out = [];
    for (const raw of list) {
        const m = raw.trim().toLowerCase();
        if (!MANAGERS.includes(m)) {
            throw new errors/* ConfigurationError */.j1(`Input '${input}' has the value ${JSON.stringify(raw)}: expected one or more of ${MANAGERS.map((x) => `'${x}'`).join(', ')}.`);
        }
        if (!out.includes(m))
            out.push(m);
    }
    return out;
}
/**
 * The runtime part of the key from a probe's output: `py3.12`, `go1.22`, `<label>-none` when
 * the runtime is absent, '' for managers whose store does not depend on a runtime.
 */
function runtimeKeyPart(manager, probeOutput) {
    const r = SPECS[manager].runtime;
    if (!r)
        return '';
    const v = probeOutput === undefined ? undefined : r.parse(probeOutput);
    return v ? `${r.label}${v}` : `${r.label}-none`;
}
/** Probes the runtime in `cwd`, an empty folder outside the workspace (no repository file configures it). */
async function runtimePart(manager, tool, cwd) {
    const r = SPECS[manager].runtime;
    if (!r)
        return '';
    for (const file of r.files) {
        const part = runtimeKeyPart(manager, await tool(file, r.args, cwd));
        if (!part.endsWith('-none'))
            return part;
    }
    return `${r.label}-none`;
}
/** Folders and files that hold credentials, relative to the home folder. */
const HOME_SECRETS = [
    '.ssh',
    '.gnupg',
    '.aws',
    '.docker',
    '.kube',
    (0,external_node_path_.join)('.config', 'gh'),
    '.netrc',
    '.npmrc',
    '.pypirc',
    '.git-credentials',
    '.gitconfig',
];
function within(child, parent) {
    const r = (0,external_node_path_.relative)(parent, child);
    return r !== '' && !r.startsWith('..') && !(0,external_node_path_.isAbsolute)(r);
}
const withinOrAt = (child, parent) => child === parent || within(child, parent);
function problemAt(p, roots, via) {
    const home = (0,external_node_path_.resolve)(roots.home);
    const ws = (0,external_node_path_.resolve)(roots.workspace);
    const segs = p.split(external_node_path_.sep);
    // 'gh' only as `.config/gh`: a repository named gh lives in work/gh/gh.
    const seg = segs.find((s) => s !== 'gh' && FORBIDDEN_NAMES.includes(s)) ??
        (segs.some((s, i) => s === 'gh' && segs[i - 1] === '.config') ? (0,external_node_path_.join)('.config', 'gh') : undefined);
    if (seg)
        return `${via}'${seg}' can hold credentials or repository internals`;
    const secrets = [...HOME_SECRETS.map((s) => (0,external_node_path_.join)(home, s)), (0,external_node_path_.join)(ws, '.git')];
    const held = secrets.find((s) => withinOrAt(s, p));
    if (held)
        return `${via}it holds ${held}, which can hold credentials or repository internals`;
    if (withinOrAt(home, p))
        return `${via}it holds the whole home folder`;
    if (withinOrAt(ws, p))
        return `${via}it holds the whole workspace, including .git`;
    if (roots.named.some((n) => withinOrAt(p, (0,external_node_path_.resolve)(n))))
        return undefined;
    const allowed = [home, ws, roots.runnerTemp, roots.toolCache].filter(Boolean).map((r) => (0,external_node_path_.resolve)(r));
    if (!allowed.some((r) => within(p, r))) {
        return `${via}it is outside the home folder, the workspace, RUNNER_TOOL_CACHE and RUNNER_TEMP`;
    }
    return undefined;
}
/**
 * Why a store path must not be cached, or undefined when it may be: a credential file or
 * folder in it or under it, the home folder or workspace itself (or a folder holding them),
 * the workspace's `.git`, or a place outside home, workspace, tool cache and runner temp that
 * the user did not name in `path`. Symlinks are followed when the path exists.
 */
function storePathProblem(path, roots) {
    const abs = (0,external_node_path_.resolve)(path);
    const first = problemAt(abs, roots, '');
    if (first || !(0,external_node_fs_.existsSync)(abs))
        return first;
    const real = (p) => {
        try {
            return p && (0,external_node_fs_.existsSync)(p) ? (0,external_node_fs_.realpathSync)(p) : p;
        }
        catch {
            return p;
        }
    };
    const target = real(abs);
    if (target === abs)
        return undefined;
    const realRoots = {
        home: real(roots.home),
        workspace: real(roots.workspace),
        runnerTemp: real(roots.runnerTemp),
        toolCache: real(roots.toolCache),
        named: roots.named.map(real),
    };
    return problemAt(target, realRoots, `it resolves to ${target}: `);
}
/** The log line for one entry; file and folder names escaped (kit's escapeLine). */
function describeEntry(e) {
    return escapeLine(`${e.manager}: key ${e.key} from ${e.files.length} file(s) [${e.files.join(', ')}]; paths: ${e.paths.join(', ')}`);
}
async function planCaches(opts) {
    const platform = opts.platform;
    const root = (0,external_node_path_.resolve)(opts.root);
    const candidates = opts.managers && opts.managers.length > 0 ? [...opts.managers] : [...MANAGERS];
    const patterns = new Set();
    for (const m of candidates) {
        for (const p of [...SPECS[m].lockfiles, ...SPECS[m].config, ...detectionFiles(m)])
            patterns.add(p);
    }
    const listing = await listFiles(root, [...patterns], opts.git ?? digest_runGit);
    const matching = (names) => listing.files.filter((f) => names.some((p) => matchesPattern(f, p)));
    const warnings = [];
    const chosen = opts.managers && opts.managers.length > 0
        ? candidates
        : candidates.filter((m) => matching(detectionFiles(m)).length > 0);
    const roots = {
        home: platform.home,
        workspace: root,
        runnerTemp: absOrEmpty(platform.env.RUNNER_TEMP),
        toolCache: absOrEmpty(platform.env.RUNNER_TOOL_CACHE),
        named: opts.extraPaths ?? [],
    };
    // Runtime probes run in an empty folder of their own, never in the workspace.
    const probeDir = chosen.some((m) => SPECS[m].runtime) ? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'quality-probe-')) : '';
    const tool = opts.tool ?? toolRunner(platform.env);
    const entries = [];
    try {
        for (const manager of chosen) {
            const spec = SPECS[manager];
            const lockfiles = matching(spec.lockfiles);
            if (lockfiles.length === 0 && manager !== 'go') {
                warnings.push(`No ${spec.lockfiles.join(' or ')} found for ${manager}: the key does not change when dependencies change, so the cached store is never refreshed. Commit a lockfile.`);
            }
            const files = matching([...spec.lockfiles, ...spec.config, ...detectionFiles(manager)]);
            const projectFiles = lockfiles.length > 0 ? lockfiles : matching(detectionFiles(manager));
            const projects = [...new Set(projectFiles.map((f) => (0,external_node_path_.resolve)(root, (0,external_node_path_.dirname)(f))))];
            const [digest, runtime] = await Promise.all([digestFiles(root, files), runtimePart(manager, tool, probeDir)]);
            const stores = spec.paths({ root, projects: projects.length > 0 ? projects : [root], platform });
            const paths = admit(manager, stores, roots, warnings);
            if (paths.length === 0) {
                warnings.push(`${manager} is not cached: none of its store paths may be cached.`);
                continue;
            }
            const key = buildKey({
                prefix: opts.prefix,
                os: opts.runnerOs,
                arch: opts.runnerArch,
                manager,
                runtime,
                matrix: opts.matrix,
                digest: digest.digest,
            });
            entries.push({
                manager,
                key: key.key,
                restorePrefix: key.restorePrefix,
                digest: digest.digest,
                files: digest.entries.map((e) => e.path),
                paths,
                runtime,
            });
        }
    }
    finally {
        if (probeDir)
            (0,external_node_fs_.rmSync)(probeDir, { recursive: true, force: true });
    }
    if (opts.extraPaths && opts.extraPaths.length > 0) {
        if (entries.length === 0) {
            throw new errors/* ConfigurationError */.j1("Input 'path' was given but no package manager was found: extra paths are added to a package manager's cache entry. Set 'package-manager'.");
        }
        const first = entries[0];
        first.paths = [...new Set([...first.paths, ...opts.extraPaths])];
    }
    return { entries, listing: listing.source, gitProblem: listing.gitProblem, warnings };
}
function absOrEmpty(v) {
    return v && (0,external_node_path_.isAbsolute)(v) ? v : '';
}
/** The store paths that pass the policy; a warning naming each refused one and its source. */
function admit(manager, stores, roots, warnings) {
    const out = [];
    for (const s of stores) {
        const why = storePathProblem(s.path, roots);
        if (why) {
            warnings.push(`${manager}: the store path ${JSON.stringify(s.path)} (from ${s.source}) is left out of the cache: ${why}. Point it at a folder of its own inside the home folder, the workspace, RUNNER_TOOL_CACHE or RUNNER_TEMP.`);
        }
        else if (!out.includes(s.path)) {
            out.push(s.path);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/cache/src/restore-save.ts
/**
 * Restore and save, one entry per package manager, over an injected cache backend (kit's
 * `createCacheBackend` in the action, fakes in tests). Nothing here throws for a cache fault:
 * every outcome is a status plus words for the summary, and the job goes on. The backend puts
 * each call under its deadline and reports what the library only printed.
 */

/** The key under which main hands its entries to post (one place, both steps). */
const ENTRY_STATE_KEY = 'cache-deps-entries';
/**
 * Post's reading of what main saved. Saved state is outside text by the time post reads it: a
 * value that is not the list main writes gives `undefined` (post warns and saves nothing).
 */
function decodeEntryState(raw) {
    let v;
    try {
        v = JSON.parse(raw);
    }
    catch {
        return undefined;
    }
    const str = (x) => typeof x === 'string';
    const ok = Array.isArray(v) &&
        v.every((e) => e !== null &&
            typeof e === 'object' &&
            str(e.manager) &&
            str(e.key) &&
            str(e.matchedKey) &&
            typeof e.hit === 'boolean' &&
            Array.isArray(e.paths) &&
            e.paths.every(str));
    return ok ? v : undefined;
}
async function restoreEntry(e, backend, opts) {
    const now = opts.now ?? Date.now;
    const started = now();
    const base = { manager: e.manager, key: e.key, paths: e.paths, matchedKey: '' };
    const seconds = () => (now() - started) / 1000;
    if (!(await backend.available())) {
        return { ...base, status: 'unavailable', seconds: 0, detail: 'the cache service is not available on this runner' };
    }
    const restoreKeys = opts.restoreKeys ? [e.restorePrefix] : [];
    const { value: matched, warnings, sizeBytes, timedOut } = await backend.restore(e.paths, e.key, restoreKeys, false);
    if (timedOut) {
        return {
            ...base,
            status: 'timeout',
            seconds: seconds(),
            detail: `${warnings.join(' / ')} (files may be partly restored)`,
        };
    }
    if (matched === undefined) {
        if (warnings.length > 0)
            return { ...base, status: 'failed', seconds: seconds(), detail: warnings.join(' / ') };
        return { ...base, status: 'miss', seconds: seconds() };
    }
    return { ...base, status: matched === e.key ? 'hit' : 'partial', matchedKey: matched, sizeBytes, seconds: seconds() };
}
const EXISTS = 'another job saved this key meanwhile';
async function saveEntry(s, backend, opts) {
    const now = opts.now ?? Date.now;
    const started = now();
    const seconds = () => (now() - started) / 1000;
    const base = { manager: s.manager, key: s.key };
    if (s.hit)
        return { ...base, status: 'skipped', seconds: 0, detail: 'exact hit: the entry already exists' };
    if (!opts.decision.save)
        return { ...base, status: 'skipped', seconds: 0, detail: opts.decision.reason };
    if (!(await backend.available())) {
        return { ...base, status: 'unavailable', seconds: 0, detail: 'the cache service is not available on this runner' };
    }
    const present = s.paths.filter((p) => opts.pathExists(p));
    if (present.length === 0) {
        return { ...base, status: 'skipped', seconds: 0, detail: 'nothing to save: none of the store paths exists' };
    }
    // Look first: a matrix sibling may have saved the same key meanwhile. Skipping here is
    // cheaper and clearer than a reserve that fails with "another job may be creating this cache".
    const looked = await backend.restore(s.paths, s.key, [], true);
    if (looked.timedOut) {
        return { ...base, status: 'timeout', seconds: seconds(), detail: `lookup: ${looked.warnings.join(' / ')}` };
    }
    if (looked.value === s.key)
        return { ...base, status: 'exists', seconds: seconds(), detail: EXISTS };
    const saved = await backend.save(s.paths, s.key);
    const detail = saved.warnings.join(' / ');
    switch (saved.value) {
        case 'saved':
            return { ...base, status: 'saved', sizeBytes: saved.sizeBytes, seconds: seconds(), detail: opts.decision.reason };
        case 'exists':
            return { ...base, status: 'exists', seconds: seconds(), detail: EXISTS };
        case 'reserved':
            return {
                ...base,
                status: 'exists',
                seconds: seconds(),
                detail: 'not saved: the key is reserved by another job that is still uploading it (or the service refused the reservation)',
            };
        case 'failed':
            return saved.timedOut
                ? { ...base, status: 'timeout', seconds: seconds(), detail }
                : {
                    ...base,
                    status: 'failed',
                    seconds: seconds(),
                    detail: detail || 'the cache service did not accept the entry',
                };
    }
}
function formatBytes(n) {
    if (n === undefined)
        return '\u2013';
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 * 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    if (n < 1024 * 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
    return `${(n / (1024 * 1024 * 1024)).toFixed(2)} GiB`;
}
const RESTORE_WORDS = {
    hit: 'hit',
    partial: 'partial hit (restore key)',
    miss: 'miss',
    failed: 'restore failed',
    timeout: 'restore timed out',
    unavailable: 'cache service unavailable',
};
function restoreSummary(outcomes) {
    if (outcomes.length === 0)
        return '### Dependency cache\n\nNo package manager found: nothing to cache.\n';
    const rows = outcomes.map((o) => [
        markdown_text(o.manager),
        markdown_text(RESTORE_WORDS[o.status]) + (o.detail ? `: ${markdown_text(o.detail)}` : ''),
        formatBytes(o.sizeBytes),
        o.seconds.toFixed(1),
        code(o.matchedKey || o.key),
    ]);
    return `### Dependency cache: restore\n\n${table(['Manager', 'Result', 'Size', 'Seconds', 'Key'], rows, ['left', 'left', 'right', 'right', 'left'])}\n`;
}
const SAVE_WORDS = {
    saved: 'saved',
    skipped: 'not saved',
    exists: 'not saved',
    failed: 'save failed',
    timeout: 'save timed out',
    unavailable: 'cache service unavailable',
};
function saveSummary(outcomes) {
    if (outcomes.length === 0)
        return '';
    const rows = outcomes.map((o) => [
        md.text(o.manager),
        `${md.text(SAVE_WORDS[o.status])}: ${md.text(o.detail)}`,
        formatBytes(o.sizeBytes),
        o.seconds.toFixed(1),
        md.code(o.key),
    ]);
    return `### Dependency cache: save\n\n${md.table(['Manager', 'Result', 'Size', 'Seconds', 'Key'], rows, ['left', 'left', 'right', 'right', 'left'])}\n`;
}

;// CONCATENATED MODULE: ./packages/cache/src/index.ts








;// CONCATENATED MODULE: ./packages/kit/src/cache-backend.ts
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
    const load = options.load ?? (() => __nccwpck_require__.e(/* import() */ 520).then(__nccwpck_require__.bind(__nccwpck_require__, 4520)));
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
            const work = fn(l).then((value) => ({ value, timedOut: false }), (e) => ({ error: (0,errors/* errorMessage */.gJ)(e) }));
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
            return { value: onFail, warnings: [...w.watch.warnings, (0,errors/* errorMessage */.gJ)(e)] };
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
                debug(`cache: @actions/cache could not be loaded: ${(0,errors/* errorMessage */.gJ)(e)}`);
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

// EXTERNAL MODULE: ./packages/config/src/entry.ts
var entry = __nccwpck_require__(4084);
;// CONCATENATED MODULE: ./actions/cache-deps/main.ts





void run(async () => {
    const inputs = await (0,entry/* withConfig */.N)(actionInputs(), 'cache', readContext(), log.warning);
    const ctx = readContext();
    const home = process.env.HOME || (0,external_node_os_.homedir)();
    const managers = parseManagers(inputs.list('package-manager'));
    const extraPaths = inputs
        .globs('path')
        .map((p) => validateExtraPath(p, { home, workspace: ctx.workspace, runnerTemp: ctx.runnerTemp }));
    const prefix = inputs.string('key-prefix', 'deps');
    const restoreKeys = inputs.boolean('restore-keys', false);
    const failOnMiss = inputs.boolean('fail-on-cache-miss', false);
    const timeoutSeconds = inputs.number('timeout-seconds', { min: 1, max: 6 * 3600, integer: true, default: 600 });
    let matrix = '';
    if (inputs.boolean('matrix-key', false)) {
        const m = inputs.json('matrix');
        if (m === undefined) {
            throw new errors/* ConfigurationError */.j1("Input 'matrix-key' is true but 'matrix' is empty: add `matrix: ${{ toJSON(matrix) }}`.");
        }
        matrix = matrixPart(m);
    }
    const plan = await planCaches({
        root: ctx.workspace,
        managers,
        prefix,
        matrix,
        runnerOs: ctx.runnerOs,
        runnerArch: ctx.runnerArch,
        extraPaths,
        platform: currentPlatform(process.env),
    });
    if (plan.gitProblem)
        log.info(`git could not list the lockfiles (${plan.gitProblem}); walked the tree instead.`);
    for (const w of plan.warnings)
        log.warning(w);
    for (const e of plan.entries)
        log.info(describeEntry(e));
    // @actions/cache loads on the first call only: no entry, no load.
    const backend = createCacheBackend({ timeoutMs: timeoutSeconds * 1000, log: log });
    const outcomes = [];
    for (const e of plan.entries) {
        const o = await log.group(`Restore ${e.manager}`, () => restoreEntry(e, backend, { restoreKeys }));
        if (o.status === 'timeout' || o.status === 'unavailable' || o.status === 'failed') {
            log.warning(`Dependency cache for ${o.manager} not restored: ${o.detail}. The job goes on without the cache.`);
        }
        outcomes.push(o);
    }
    // Hand the keys and paths to post: never recomputed after the install changed the tree.
    const state = outcomes.map((o) => ({
        manager: o.manager,
        key: o.key,
        paths: o.paths,
        matchedKey: o.matchedKey,
        hit: o.status === 'hit',
    }));
    new ActionsStateProvider().set(ENTRY_STATE_KEY, JSON.stringify(state));
    // The summary first: it is written even when GITHUB_OUTPUT cannot be (a full disk).
    await writeSummary(restoreSummary(outcomes));
    writeOutputs([
        ['cache-hit', outcomes.length > 0 && outcomes.every((o) => o.status === 'hit')],
        ['matched-key', outcomes.map((o) => o.matchedKey).join('\n')],
        ['key', outcomes.map((o) => o.key).join('\n')],
        ['paths', [...new Set(outcomes.flatMap((o) => o.paths))].join('\n')],
        ['managers', outcomes.map((o) => o.manager).join(',')],
    ]);
    if (failOnMiss) {
        const missed = outcomes.filter((o) => o.status !== 'hit');
        if (missed.length > 0 || outcomes.length === 0) {
            throw new errors/* ConfigurationError */.j1(`fail-on-cache-miss: no exact cache entry for ${missed.map((o) => `${o.manager} (${o.key})`).join(', ') || 'any package manager'}.`);
        }
    }
});

