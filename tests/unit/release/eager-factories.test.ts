import { describe, it, expect } from '@jest/globals';
import vm from 'node:vm';
// @ts-expect-error: a plain .mjs script without type declarations
import { eagerFactories } from '../../../scripts/eager-factories.mjs';

const eager = eagerFactories as (code: string) => { code: string; count: number };

/** A webpack-shaped bundle: one ES module factory, one CommonJS factory, the require that runs them. */
const bundle = `var __webpack_modules__ = ({

/***/ 7:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__webpack_exports__.value = [typeof undefined, __nccwpck_require__(8).n + 1];

/***/ }),

/***/ 8:
/***/ ((module, exports, __nccwpck_require__) => {

module.exports = { n: 41, self: this === exports };

/***/ }),

/***/ 9:
/***/ ((module) => {

module.exports = 'external';

/***/ })

});
var cache = {};
function __nccwpck_require__(id) {
  if (cache[id]) return cache[id].exports;
  var module = (cache[id] = { exports: {} });
  __webpack_modules__[id].call(module.exports, module, module.exports, __nccwpck_require__);
  return module.exports;
}
[__nccwpck_require__(7).value, __nccwpck_require__(9)];
`;

describe('eagerFactories (module factories compiled once at load)', () => {
  it('writes each ES module factory as a parenthesised function and leaves CommonJS factories as they are', () => {
    const { code, count } = eager(bundle);
    expect(count).toBe(1);
    expect(code).toContain('/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {');
    expect(code).toContain('/***/ ((module, exports, __nccwpck_require__) => {');
    expect(code).toContain('/***/ ((module) => {');
    // Nothing else changes: the factory's closing `})` ends a function as it ended the arrow.
    expect(code).toBe(
      bundle.replace(
        '((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {',
        '(function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {',
      ),
    );
  });

  it('runs the same', () => {
    const before = vm.runInNewContext(bundle) as unknown;
    const after = vm.runInNewContext(eager(bundle).code) as unknown;
    expect(after).toEqual(before);
    expect(after).toEqual([['undefined', 42], 'external']);
  });

  it('changes nothing in text that only looks like a factory', () => {
    const text = `const s = "/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {";\n`;
    expect(eager(text)).toEqual({ code: text, count: 0 });
  });
});
