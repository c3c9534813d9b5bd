import { describe, it, expect } from '@jest/globals';
import vm from 'node:vm';
// @ts-expect-error: a plain .mjs script without type declarations
import { asciiOnly } from '../../../scripts/ascii-only.mjs';

const escape = asciiOnly as (code: string, file?: string) => string;
/** Evaluate an expression in a fresh context. */
const run = (code: string): unknown => vm.runInNewContext(code);

describe('asciiOnly (bundles written for a fast start)', () => {
  const cases: [string, string][] = [
    ['a string', `'### ✅ passed — 72% … ❌'`],
    ['a template', '`${1} × ${2} – n/a ⚠️`'],
    ['an astral character', `'🚀 x'`],
    ['an identity escape', `'\\– and \\✅'`],
    ['an escaped backslash before one', `'\\\\– and \\\\\\–'`],
    ['a regular expression', `/[–—]+/.test('a—b') && /✅/u.test('✅') && /\\–/.test('–')`],
    ['a unicode regular expression with an astral character', `/^🚀$/u.test('🚀')`],
    ['a comment', `/* — … */ 1 // ✅ ends here\n + 1`],
  ];
  it.each(cases)('keeps the meaning of %s and leaves only ASCII', (_, code) => {
    const out = escape(code);
    expect(out).toMatch(/^[\x00-\x7f]*$/);
    expect(run(out)).toEqual(run(code));
  });

  it('leaves U+2028 and U+2029 as they are (they end a line comment) and ASCII untouched', () => {
    const code = `1 // a\u2028+ 1`;
    expect(escape(code)).toBe(code);
    expect(run(escape(code))).toBe(2);
    const ascii = "const a = '\\\\u2013' + `x\\n`; // plain\n";
    expect(escape(ascii)).toBe(ascii);
  });

  it.each([
    ['String.raw', 'const a = 1;\nconst s = String.raw`x ✅ \\n`;\n', 2, 24, 'U\\+2705'],
    ['any tag', 'const tag = (s) => s.raw[0];\ntag`–`', 2, 5, 'U\\+2013'],
    ['the text after a substitution', 'String.raw`${1} — ${2}`', 1, 17, 'U\\+2014'],
    ['a tagged template inside an untagged one', '`a ${String.raw`🚀`} b`', 1, 17, 'U\\+1F680'],
  ])(
    'refuses a character it would escape in the text of a tagged template (%s): file, line, what to do',
    (_, code, line, col, cp) => {
      expect(() => escape(code, 'dist/x/index.js')).toThrow(
        new RegExp(
          `^dist/x/index\\.js:${line}:${col}: ${cp} \\(.+\\) inside a tagged template \\(String\\.raw or another tag\\).*raw text the tag reads.*move the character into a substitution`,
        ),
      );
    },
  );

  it('escapes where a tag sees no difference: a substitution, a string or comment that only looks like a tagged template', () => {
    const cases = ["String.raw`a${'–'}b${`✅`}`", '\'String.raw`–`\' + "x"', '/* String.raw`–` */ 1', '`plain – ${1}`'];
    for (const code of cases) {
      const out = escape(code);
      expect(out).toMatch(/^[\x00-\x7f]*$/);
      expect(run(out)).toEqual(run(code));
    }
  });
});
