import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as actionsGlob from '@actions/glob';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { globFiles } from '@quality/kit/glob';

const posix = process.platform !== 'win32';
let root: string;

const FILES = [
  'coverage/lcov.info',
  'coverage.xml',
  'a/coverage/lcov.info',
  'a/b/c/coverage/lcov.info',
  'a/b/jacoco.xml',
  'a/b/x.xml',
  'node_modules/pkg/coverage/lcov.info',
  'a/node_modules/pkg/coverage/lcov.info',
  '.hidden/coverage/lcov.info',
  '.git/coverage/lcov.info',
  'sp ace/co,mma/lcov.info',
  'br[ack]et/lcov.info',
  'star*dir/lcov.info',
  'cov/lcov.info',
  'cav/lcov.info',
];

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'quality-glob-')));
  for (const f of FILES) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    writeFileSync(join(root, f), 'x');
  }
  if (posix) {
    symlinkSync(join(root, 'a/b'), join(root, 'linked')); // a folder reached twice
    symlinkSync(root, join(root, 'a/loop')); // a cycle
    symlinkSync(join(root, 'missing'), join(root, 'broken')); // a broken link
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const abs = (patterns: string[]) =>
  patterns.map((p) => (p.startsWith('!') ? `!${root}/${p.slice(1)}` : `${root}/${p}`));
const rel = (files: string[]) => files.map((f) => f.slice(root.length + 1)).sort();

async function reference(patterns: string[], implicitDescendants: boolean): Promise<string[]> {
  const g = await actionsGlob.create(abs(patterns).join('\n'), { matchDirectories: false, implicitDescendants });
  // The one documented difference: `**` never enters .git (a `*` segment still matches it).
  const globstar = patterns.some((p) => p.includes('**')) || implicitDescendants;
  return [...new Set(rel(await g.glob()))].filter((f) => !globstar || !/(^|\/)\.git\//.test(f));
}

const CASES: [string, string[], boolean][] = [
  [
    "the gate's default list",
    [
      'coverage/lcov.info',
      'coverage.xml',
      'jacoco.xml',
      '**/coverage/lcov.info',
      '**/jacoco.xml',
      '!**/node_modules/**',
    ],
    false,
  ],
  ['a file-name glob at any depth', ['**/*.xml'], false],
  ['consecutive globstars', ['**/**/coverage/**/**/*.info', 'a/**/**/c/**'], false],
  ['everything under a folder', ['a/**'], false],
  ['? and a one-letter class', ['c?v/l[c]ov.info'], false],
  ['a negated class', ['[!a]*/coverage/lcov.info'], false],
  ['a range', ['c[a-o]v/*.info'], false],
  ['everything but node_modules', ['**', '!**/node_modules/**'], false],
  ['the last matching pattern wins', ['**/*.info', '!**/coverage/**', 'a/coverage/lcov.info'], false],
  ['an exclusion before the inclusion excludes nothing', ['!**/node_modules/**', '**/lcov.info'], false],
  ['escaped glob characters are literal', ['star\\*dir/lcov.info', 'br\\[ack]et/lcov.info'], false],
  ['spaces and commas', ['sp ace/co,mma/*'], false],
  ['implicit descendants of a folder', ['a', '!a/coverage'], true],
  ['implicit descendants of a trailing separator', ['a/b/'], true],
  ['a trailing separator without implicit descendants matches no file', ['a/b/'], false],
  ['a pattern that matches nothing', ['nothing/**/x'], false],
];

describe('globFiles matches what @actions/glob matches', () => {
  it.each(CASES)('%s', async (_name, patterns, implicitDescendants) => {
    const ours = rel(globFiles(abs(patterns), { implicitDescendants }));
    expect(ours).toEqual(await reference(patterns, implicitDescendants));
  });

  it('returns the default list the gate expects, node_modules and .git left out', () => {
    const ours = rel(globFiles(abs(['**/coverage/lcov.info', '!**/node_modules/**'])));
    expect(ours).toEqual(
      [
        '.hidden/coverage/lcov.info',
        'a/b/c/coverage/lcov.info',
        'a/coverage/lcov.info',
        'coverage/lcov.info',
        ...(posix ? ['linked/c/coverage/lcov.info'] : []),
      ].sort(),
    );
  });

  it('enters .git only for a literal .git segment', () => {
    expect(rel(globFiles(abs(['**/lcov.info'])))).not.toContain('.git/coverage/lcov.info');
    expect(rel(globFiles(abs(['.git/**/lcov.info'])))).toEqual(['.git/coverage/lcov.info']);
  });

  it('ignores blank and comment entries, and has nothing to return without an inclusion', () => {
    expect(rel(globFiles(['', '  ', '# coverage', ...abs(['coverage.xml'])]))).toEqual(['coverage.xml']);
    expect(globFiles(abs(['!**']))).toEqual([]);
  });

  it('keeps a long run of globstars quadratic at worst (each position is added once)', () => {
    // 1,500 `**` in a row: a closure that walked every run again for every position it already
    // held took cubic time here (minutes); the same files as one `**`.
    const many = `${'**/'.repeat(1500)}lcov.info`;
    const t0 = performance.now();
    const found = rel(globFiles(abs([many])));
    expect(performance.now() - t0).toBeLessThan(5000); // about 0.1 s; the cubic walk took 35 s
    expect(found).toEqual(rel(globFiles(abs(['**/lcov.info']))));
  });

  it('refuses a relative pattern as a bug (callers root their patterns)', () => {
    expect(() => globFiles(['coverage/**'])).toThrow(/not absolute: this is a bug/);
  });
});
