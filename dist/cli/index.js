#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7817:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError),
/* harmony export */   sY: () => (/* binding */ FileFormatError)
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
        const shown = received.length > 200 ? `${received.slice(0, 200)}…` : received;
        super(`Input '${input}' has the value ${JSON.stringify(shown)}: expected ${expected}.`);
        this.input = input;
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

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y: () => (/* binding */ help),
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __nccwpck_require__(7817);
;// CONCATENATED MODULE: ./packages/cli/src/registry.ts
const commands = [];
/** Later issues add their commands here (lint, format, test, guard...). */
function register(c) {
    if (commands.some((x) => x.name === c.name))
        throw new Error(`command '${c.name}' registered twice`);
    commands.push(c);
}

;// CONCATENATED MODULE: ./packages/cli/src/commands.ts

register({
    name: 'coverage',
    summary: 'Read coverage reports (lcov, Cobertura, Clover, JaCoCo, Go, Istanbul), merge them, and print totals and diff coverage',
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(367), __nccwpck_require__.e(994)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2994))).coverageCommand,
});
register({
    name: 'check',
    summary: "Run the coverage gate's checks locally: totals and patch coverage of your change against the base branch",
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(367), __nccwpck_require__.e(94)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2094))).checkCommand,
});
register({
    name: 'matrix',
    summary: 'Print the job matrix from the project files: versions, operating systems, changed projects, test shards',
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(474), __nccwpck_require__.e(296)]).then(__nccwpck_require__.bind(__nccwpck_require__, 296))).matrixCommand,
});
register({
    name: 'shard',
    summary: 'Print the test files of one shard (--index I --total N) for the test step',
    load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(474), __nccwpck_require__.e(296)]).then(__nccwpck_require__.bind(__nccwpck_require__, 296))).shardCommand,
});
register({
    name: 'cache-key',
    summary: 'Print the dependency cache keys cache-deps would use (package managers, store paths, lockfile digest)',
    load: async () => (await __nccwpck_require__.e(/* import() */ 771).then(__nccwpck_require__.bind(__nccwpck_require__, 2771))).cacheKeyCommand,
});

;// CONCATENATED MODULE: ./packages/cli/src/version.ts
/** The toolkit's version; a unit test keeps it equal to the root package.json's. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./packages/cli/src/main.ts
/**
 * `quality`: the toolkit's checks on your own machine. Human output by default, `--json`
 * for machines. Exit codes: 0 ok, 1 a check failed, 2 a usage or configuration error.
 */





function help() {
    const width = Math.max(...commands.map((c) => c.name.length));
    return [
        `quality ${VERSION}: CI quality checks, the same on your machine as in GitHub Actions.`,
        '',
        'Usage: quality <command> [options]',
        '',
        'Commands:',
        ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
        '',
        'Options:',
        '  --help, -h     show help (also: quality <command> --help)',
        '  --version, -v  print the version',
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
        io.stdout(`${VERSION}\n`);
        return 0;
    }
    const cmd = commands.find((c) => c.name === first);
    if (!cmd) {
        io.stderr(`quality: unknown command '${first}'. Commands: ${commands.map((c) => c.name).join(', ')}. See 'quality --help'.\n`);
        return 2;
    }
    try {
        return await (await cmd.load())(rest, io);
    }
    catch (e) {
        if ((0,errors/* isConfigurationError */.p0)(e)) {
            io.stderr(`quality ${cmd.name}: ${e.message}\n`);
            return 2;
        }
        io.stderr(`quality ${cmd.name}: unexpected error: ${(0,errors/* errorMessage */.gJ)(e)}\nThis is a bug in quality; please report it.\n`);
        if (io.env.QUALITY_DEBUG && e instanceof Error && e.stack)
            io.stderr(`${e.stack}\n`);
        return 1;
    }
}
const io = {
    stdout: (s) => (process.stdout.write(s) ? undefined : (0,external_node_events_namespaceObject.once)(process.stdout, 'drain').then(() => undefined)),
    stderr: (s) => void process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
};
main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
}, (e) => {
    process.stderr.write(`quality: ${(0,errors/* errorMessage */.gJ)(e)}\n`);
    process.exitCode = 1;
});

var __webpack_exports__help = __webpack_exports__.y;
var __webpack_exports__main = __webpack_exports__.i;
export { __webpack_exports__help as help, __webpack_exports__main as main };
