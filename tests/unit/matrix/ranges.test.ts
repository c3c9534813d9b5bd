import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import {
  goLineSatisfies,
  nodeLineSatisfies,
  parsePythonSpecifier,
  pythonLineSatisfies,
  resolveNodeAlias,
} from '../../../packages/matrix/src/ranges.js';
import { defaultReleaseData } from '../../../packages/matrix/src/release-lines.js';

const data = defaultReleaseData();
const nodeLines = ['18', '20', '22', '24', '25', '26'];
const pyLines = ['3.9', '3.10', '3.11', '3.12', '3.13', '3.14'];
const node = (r: string) => nodeLines.filter((l) => nodeLineSatisfies(r, l));
const py = (s: string) => pyLines.filter((l) => pythonLineSatisfies(s, l));

describe('Node ranges', () => {
  it.each([
    ['>=20', ['20', '22', '24', '25', '26']],
    ['^20 || ^22', ['20', '22']],
    ['20.x', ['20']],
    ['>=18.17.0 <23', ['18', '20', '22']],
    ['20.9.0 - 22', ['20', '22']],
    ['v22.11.0', ['22']],
    ['~24.1', ['24']],
    ['*', nodeLines],
    ['>=27', []],
  ])('%s', (range, expected) => {
    expect(node(range)).toEqual(expected);
  });

  it('resolves nvm aliases against the release data and today', () => {
    expect(resolveNodeAlias('lts/*', data, '2026-11-22')).toEqual({ line: '26' });
    expect(resolveNodeAlias('lts/*', data, '2026-06-01')).toEqual({ line: '24' });
    expect(resolveNodeAlias('lts/iron', data, '2026-06-01')).toEqual({ line: '20' });
    expect(resolveNodeAlias('lts/-1', data, '2026-06-01')).toEqual({ line: '22' });
    expect(resolveNodeAlias('node', data, '2025-11-01')).toEqual({ line: '25' });
    expect(resolveNodeAlias('20', data, '2025-11-01')).toBeUndefined();
  });
});

describe('Python specifiers', () => {
  it.each([
    ['>=3.10,<3.13', ['3.10', '3.11', '3.12']],
    ['~=3.11', ['3.11', '3.12', '3.13', '3.14']],
    ['~=3.11.2', ['3.11']],
    ['^3.10', ['3.10', '3.11', '3.12', '3.13', '3.14']],
    ['~3.10', ['3.10']],
    ['3.11.*', ['3.11']],
    ['==3.12.*', ['3.12']],
    ['>=3.9, !=3.10.*, <3.12', ['3.9', '3.11']],
    ['>=3.9 <3.11', ['3.9', '3.10']],
    ['>3.12', ['3.12', '3.13', '3.14']],
    ['<=3.10', ['3.9', '3.10']],
    ['^3.9 || ^3.12', pyLines],
    ['==3.11.4', ['3.11']],
    ['3.12', ['3.12']],
    ['>=4', []],
  ])('%s', (spec, expected) => {
    expect(py(spec)).toEqual(expected);
  });

  it('rejects what is not a specifier', () => {
    expect(parsePythonSpecifier('>= three')).toBeUndefined();
    expect(parsePythonSpecifier('python3')).toBeUndefined();
  });

  it('agrees with a direct check on a property: >=a,<b allows exactly the lines in [a, b)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 16 }), fc.integer({ min: 5, max: 16 }), (a, b) => {
        const expected = pyLines.filter((l) => {
          const m = Number(l.split('.')[1]);
          return m >= a && m < b;
        });
        expect(py(`>=3.${a},<3.${b}`)).toEqual(expected);
      }),
    );
  });
});

describe('Go versions', () => {
  it('treats the go directive as a minimum and toolchains as exact', () => {
    expect(goLineSatisfies('1.22.3', '1.22', true)).toBe(true);
    expect(goLineSatisfies('1.22.3', '1.25', true)).toBe(true);
    expect(goLineSatisfies('1.22.3', '1.21', true)).toBe(false);
    expect(goLineSatisfies('go1.23.1', '1.23', false)).toBe(true);
    expect(goLineSatisfies('go1.23.1', '1.24', false)).toBe(false);
    expect(goLineSatisfies('1.24rc1', '1.24', false)).toBe(true);
  });
});
