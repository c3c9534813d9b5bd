import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FileFormatError } from '@quality/kit/errors';
import { matchTimings, parseTimingFile } from '../../../packages/matrix/src/timing.js';

const dir = fileURLToPath(new URL('../../fixtures/matrix/timings/', import.meta.url));
const read = (name: string) => parseTimingFile(readFileSync(dir + name, 'utf8'), name);

describe('timing files', () => {
  it('reads JUnit with file attributes (jest-junit), ignoring comments and CDATA', () => {
    const records = read('jest-junit.xml');
    const idx = matchTimings(
      records,
      ['src/api.test.ts', 'src/util.test.ts', 'src/empty.test.ts', 'src/new.test.ts'],
      'packages/api',
    );
    expect(Object.fromEntries(idx.seconds)).toEqual({
      'src/api.test.ts': 6.2,
      'src/util.test.ts': 3.3,
      'src/empty.test.ts': 0.5,
    });
    expect(idx.unmatched).toBe(0);
  });

  it('reads pytest xunit2 without file attributes through the dotted classname', () => {
    const idx = matchTimings(
      read('pytest-xunit2.xml'),
      ['tests/test_api.py', 'tests/unit/test_models.py'],
      'services/py',
    );
    expect(Object.fromEntries(idx.seconds)).toEqual({ 'tests/test_api.py': 8, 'tests/unit/test_models.py': 1.5 });
    expect(idx.unmatched).toBe(1); // tests.test_gone: the file was deleted
  });

  it('reads go test -json package times through the module path', () => {
    const idx = matchTimings(read('go-test.json'), ['.', './internal/db', './cmd'], 'go/svc', 'example.com/svc');
    expect(Object.fromEntries(idx.seconds)).toEqual({ '.': 1.2, './internal/db': 3.4 });
    expect(idx.unmatched).toBe(1); // example.com/other is another module
  });

  it('reads pytest-split .test_durations, summing per file', () => {
    const idx = matchTimings(
      read('.test_durations'),
      ['tests/test_api.py', 'tests/unit/test_models.py', 'tests/test_slow.py'],
      '.',
    );
    expect(Object.fromEntries(idx.seconds)).toEqual({
      'tests/test_api.py': 8,
      'tests/unit/test_models.py': 1.25,
      'tests/test_slow.py': 20,
    });
  });

  it('does not confuse files with the same name in different directories', () => {
    const idx = matchTimings(
      [
        { path: 'a/x.test.ts', seconds: 1 },
        { path: '/w/repo/pkg/b/x.test.ts', seconds: 2 },
      ],
      ['a/x.test.ts', 'b/x.test.ts'],
      'pkg',
    );
    expect(Object.fromEntries(idx.seconds)).toEqual({ 'a/x.test.ts': 1, 'b/x.test.ts': 2 });
  });

  it('rejects files it cannot read with the file name', () => {
    expect(() => parseTimingFile('hello', 'timings.txt')).toThrow(FileFormatError);
    expect(() => parseTimingFile('<html></html>', 'x.xml')).toThrow(/x.xml: is not a JUnit XML report/);
    expect(() => parseTimingFile('[1,2]', 'd.json')).toThrow(FileFormatError);
    expect(() => parseTimingFile('{"Action":"pass"}\n{oops', 'go.json')).toThrow(/go.json:2/);
  });
});
