#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3180:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: help

// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __nccwpck_require__(7817);
// EXTERNAL MODULE: ./packages/cli/src/registry.ts
var registry = __nccwpck_require__(5471);
;// CONCATENATED MODULE: ./packages/cli/src/commands.ts

(0,registry/* register */.k)({
    name: 'coverage',
    summary: 'Read coverage reports (lcov, Cobertura, Clover, JaCoCo, Go, Istanbul), merge them, and print totals and diff coverage',
    usage: 'quality coverage REPORT... [--diff PATCH | --base REF] [--json] [options]',
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(629), __nccwpck_require__.e(173), __nccwpck_require__.e(705)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2663))).coverageCommand,
});
(0,registry/* register */.k)({
    name: 'check',
    summary: 'Run what CI runs on your change since the base branch: guard, format, lint, test and the coverage gate',
    usage: 'quality check [REPORT...] [--base REF] [--skip LIST | --only LIST] [--committed] [--json] [options]',
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(629), __nccwpck_require__.e(937), __nccwpck_require__.e(275), __nccwpck_require__.e(173), __nccwpck_require__.e(42), __nccwpck_require__.e(865)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3865))).checkCommand,
});
(0,registry/* register */.k)({
    name: 'matrix',
    summary: 'Print the job matrix from the project files: versions, operating systems, changed projects, test shards',
    usage: 'quality matrix [--root DIR] [--versions P] [--os LIST] [--shards N|auto] [--json] [options]',
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(940), __nccwpck_require__.e(629), __nccwpck_require__.e(937), __nccwpck_require__.e(911), __nccwpck_require__.e(668)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2668))).matrixCommand,
});
(0,registry/* register */.k)({
    name: 'shard',
    summary: 'Print the test files of one shard (--index I --total N) for the test step',
    usage: 'quality shard --index I --total N [--plan FILE] [--project DIR] [--json] [options]',
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(940), __nccwpck_require__.e(629), __nccwpck_require__.e(937), __nccwpck_require__.e(911), __nccwpck_require__.e(61)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5061))).shardCommand,
});
(0,registry/* register */.k)({
    name: 'cache-key',
    summary: 'Print the dependency cache keys cache-deps would use (package managers, store paths, lockfile digest)',
    usage: 'quality cache-key [DIR] [--package-manager LIST] [--key-prefix PREFIX] [--json] [options]',
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(629), __nccwpck_require__.e(548)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9548))).cacheKeyCommand,
});
(0,registry/* register */.k)({
    name: 'pin',
    summary: 'Pin every uses: of workflows and composite actions to a full commit SHA, with the tag as a comment',
    usage: 'quality pin [FILES...] [--server-url URL] [--check] [--json] [options]',
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(629), __nccwpck_require__.e(554), __nccwpck_require__.e(930)]).then(__nccwpck_require__.bind(__nccwpck_require__, 930))).pinCommand,
});
(0,registry/* register */.k)({
    name: 'upgrade',
    summary: 'Move pinned actions to their newest release within the major (or across majors with --major)',
    usage: 'quality upgrade [FILES...] [--major] [--server-url URL] [--check] [--json] [options]',
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(629), __nccwpck_require__.e(554), __nccwpck_require__.e(930)]).then(__nccwpck_require__.bind(__nccwpck_require__, 930))).upgradeCommand,
});
(0,registry/* register */.k)({
    name: 'guard',
    summary: 'Scan for secrets, conflict markers, large or broken files and unsafe workflows (all files, staged, or your change)',
    usage: 'quality guard [--all | --staged | --base REF] [--baseline FILE] [--update-baseline [FILE]] [--fail-level L] [--json]',
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(815), __nccwpck_require__.e(243), __nccwpck_require__.e(629), __nccwpck_require__.e(721)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3721))).guardCommand,
});
(0,registry/* register */.k)({
    name: 'init',
    summary: 'Write .github/workflows/quality.yml: the starter workflow for the detected languages, pinned to this release',
    usage: 'quality init [--lang node,python,go] [--ref vX | --sha] [--force] [--dir DIR] [--json]',
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(815), __nccwpck_require__.e(940), __nccwpck_require__.e(629), __nccwpck_require__.e(937), __nccwpck_require__.e(911), __nccwpck_require__.e(554), __nccwpck_require__.e(679)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4679))).initCommand,
});
(0,registry/* register */.k)({
    name: 'hooks',
    summary: 'Install or uninstall git hooks: guard and format check before a commit, quality check before a push',
    usage: 'quality hooks install|uninstall [--protected-branches LIST] [--command CMD]',
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(629), __nccwpck_require__.e(585)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2585))).hooksCommand,
});
(0,registry/* register */.k)({
    name: 'lint',
    summary: "Run the project's own linters (pinned versions) and SARIF/checkstyle reports: one list of findings, filtered to your change",
    usage: 'quality lint [PATH] [--tools a,b] [--report FILE] [--filter MODE --base REF|--diff PATCH] [--fail-level L] [--json]',
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(940), __nccwpck_require__.e(629), __nccwpck_require__.e(937), __nccwpck_require__.e(911), __nccwpck_require__.e(275), __nccwpck_require__.e(232), __nccwpck_require__.e(64)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1064))).lintCommand,
});
(0,registry/* register */.k)({
    name: 'format',
    summary: "Check formatting with the project's own formatters (pinned versions); --fix rewrites the files",
    usage: 'quality format [PATH] [--check|--fix] [--tools a,b] [--json]',
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(940), __nccwpck_require__.e(629), __nccwpck_require__.e(937), __nccwpck_require__.e(911), __nccwpck_require__.e(232), __nccwpck_require__.e(469)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5702))).formatCommand,
});
(0,registry/* register */.k)({
    name: 'test',
    summary: "Run the project's tests (or read JUnit / go test -json reports): failures with locations, slowest, timings",
    usage: 'quality test [PATH] [--report FILE...] [--command ARG...] [--retry-failed N] [--json]',
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(629), __nccwpck_require__.e(937), __nccwpck_require__.e(275), __nccwpck_require__.e(42)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9689))).testCommand,
});

// EXTERNAL MODULE: ./packages/kit/src/version.ts
var version = __nccwpck_require__(8196);
;// CONCATENATED MODULE: ./packages/cli/src/program.ts
/**
 * The `quality` program without its process: dispatch to a lazily loaded command and turn
 * errors into exit codes (2 with the usage for a wrong command line, 2 for the user's other
 * mistakes, 1 with "this is a bug" for anything else).
 */




function help() {
    const width = Math.max(...registry/* commands */.P.map((c) => c.name.length));
    return [
        `quality ${version/* VERSION */.x}: CI quality checks, the same on your machine as in GitHub Actions.`,
        '',
        'Usage: quality <command> [options]',
        '',
        'Commands:',
        ...registry/* commands */.P.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
        '',
        'Options:',
        '  --help, -h     show help (also: quality <command> --help)',
        '  --version, -v  print the version',
        '',
        'Exit codes: 0 ok, 1 a check failed, 2 a usage or configuration error.',
        '',
    ].join('\n');
}
async function main(argv, io) {
    const [first, ...rest] = argv;
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
        io.stdout(help());
        return first === undefined ? 2 : 0;
    }
    if (first === '--version' || first === '-v') {
        io.stdout(`${version/* VERSION */.x}\n`);
        return 0;
    }
    const cmd = registry/* commands */.P.find((c) => c.name === first);
    if (!cmd) {
        io.stderr(`quality: unknown command '${first}'. Commands: ${registry/* commands */.P.map((c) => c.name).join(', ')}. See 'quality --help'.\n`);
        return 2;
    }
    try {
        return await (await cmd.load())(rest, io);
    }
    catch (e) {
        if ((0,errors/* isConfigurationError */.p0)(e)) {
            const usage = e.name === 'UsageError' || e instanceof errors/* InputError */.dz;
            io.stderr(`quality ${cmd.name}: ${e.message}\n` +
                (usage ? `Usage: ${cmd.usage}\nSee 'quality ${cmd.name} --help'.\n` : ''));
            return 2;
        }
        io.stderr(`quality ${cmd.name}: unexpected error: ${(0,errors/* errorMessage */.gJ)(e)}\nThis is a bug in quality; please report it.\n`);
        if (io.env.QUALITY_DEBUG && e instanceof Error && e.stack)
            io.stderr(`${e.stack}\n`);
        return 1;
    }
}


/***/ }),

/***/ 5471:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ commands),
/* harmony export */   k: () => (/* binding */ register)
/* harmony export */ });
const commands = [];
/** Later issues add their commands here (lint, format, test, guard...). */
function register(c) {
    if (commands.some((x) => x.name === c.name))
        throw new Error(`command '${c.name}' registered twice`);
    commands.push(c);
}


/***/ }),

/***/ 7817:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError),
/* harmony export */   sY: () => (/* binding */ FileFormatError),
/* harmony export */   w0: () => (/* binding */ ConfigValueError)
/* harmony export */ });
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

/***/ 6757:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ escapeProperty),
/* harmony export */   EH: () => (/* binding */ escapeLine),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   uf: () => (/* binding */ escapeData),
/* harmony export */   yL: () => (/* binding */ defuseLines),
/* harmony export */   yM: () => (/* binding */ lineGuard)
/* harmony export */ });
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


/***/ }),

/***/ 8196:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The toolkit's version: the CLI's --version, the gate's baseline writer. `npm run release` sets it. */
const VERSION = '0.1.0';


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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

;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __nccwpck_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/escape.ts
var src_escape = __nccwpck_require__(6757);
// EXTERNAL MODULE: ./packages/cli/src/program.ts + 1 modules
var program = __nccwpck_require__(3180);
;// CONCATENATED MODULE: ./packages/cli/src/main.ts
/**
 * `quality`: the toolkit's checks on your own machine. Human output by default, `--json`
 * for machines. Exit codes: 0 ok, 1 a check failed, 2 a usage or configuration error.
 * A closed stdout (`quality ... | head`) ends the run quietly; the process exits when the
 * answer is written, whatever handles are left.
 */




const isEpipe = (e) => e?.code === 'EPIPE';
// The reader went away (`| head`): nothing more can be said, and that is not an error.
process.stdout.on('error', (e) => {
    if (isEpipe(e))
        process.exit(process.exitCode ?? 0);
    throw e;
});
// In a workflow step, stdout and stderr are the job log: a line of ours that holds outside text
// (a path, a report's name) must never read as a workflow command.
const guardOut = (0,src_escape/* lineGuard */.yM)();
const guardErr = (0,src_escape/* lineGuard */.yM)();
const io = {
    stdout: (s) => (process.stdout.write(guardOut(s)) ? undefined : (0,external_node_events_namespaceObject.once)(process.stdout, 'drain').then(() => undefined)),
    stderr: (s) => void process.stderr.write(guardErr(s)),
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
};
/**
 * Exit once stdout and stderr are flushed, so that nothing left behind (a timer of a git child
 * that failed to spawn, a stray handle) can keep the process alive after the answer is given.
 */
function finish(code) {
    process.exitCode = code;
    const flushed = (s) => new Promise((r) => s.write('', () => r()));
    void Promise.all([flushed(process.stdout), flushed(process.stderr)]).then(() => process.exit(code));
}
(0,program.main)(process.argv.slice(2), io).then(finish, (e) => {
    process.stderr.write(guardErr(`quality: ${(0,errors/* errorMessage */.gJ)(e)}\n`));
    finish(1);
});

