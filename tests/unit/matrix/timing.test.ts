import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FileFormatError } from '@quality/kit/errors';
import fc from 'fast-check';
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
    expect(() => parseTimingFile('<html></html>', 'x.xml')).toThrow(
      /^x\.xml:1: is not a JUnit XML report: its root element is <html>/,
    );
    expect(() => parseTimingFile('[1,2]', 'd.json')).toThrow(FileFormatError);
    expect(() => parseTimingFile('{"Action":"pass"}\n{oops', 'go.json')).toThrow(/go.json:2/);
  });

  describe('JUnit on hostile input: linear time, typed errors', () => {
    const typed = (text: string, ms: number) => {
      const t0 = performance.now();
      let err: unknown;
      try {
        parseTimingFile(text, 'junit.xml');
      } catch (e) {
        err = e;
      }
      const elapsed = performance.now() - t0;
      expect(elapsed).toBeLessThan(ms);
      return err;
    };

    it('300 KB of unterminated comments fail fast with the file named', () => {
      const err = typed(`<testsuites>${'<!--'.repeat(75_000)}`, 2000);
      expect(err).toBeInstanceOf(FileFormatError);
      expect((err as FileFormatError).file).toBe('junit.xml');
      expect((err as Error).message).toMatch(/looks truncated\. Check that the test runner finished/);
    });

    it('1 MB of unclosed <testcase fails fast with a clear error', () => {
      const err = typed(`<testsuites><testsuite name="s">${'<testcase '.repeat(100_000)}`, 2000);
      expect(err).toBeInstanceOf(FileFormatError);
      expect((err as Error).message).toMatch(/^junit\.xml:1: /);
    });

    it('&#x110000; is a typed error, not "Invalid code point"', () => {
      const err = typed('<testsuites><testsuite name="a&#x110000;b"/></testsuites>', 1000);
      expect(err).toBeInstanceOf(FileFormatError);
      expect((err as Error).message).toMatch(/&#x110000; is not a valid XML character reference/);
    });

    it('still reads entities and comments holding tags', () => {
      const xml =
        '<?xml version="1.0"?>\n<testsuites><!-- <testcase file="x.ts" time="9"/> -->\n' +
        '<testsuite name="s" file="a&amp;b.test.ts" time="2"><testcase name="t" time="1.5"/>' +
        '<system-out><![CDATA[<testcase file="y.ts" time="7"/>]]></system-out></testsuite>' +
        '<testsuite file="c.test.ts" time="3"/></testsuites>';
      expect(parseTimingFile(xml, 'j.xml')).toEqual([
        { path: 'a&b.test.ts', seconds: 1.5 },
        { path: 'c.test.ts', seconds: 3 },
      ]);
    });

    it('fuzz: any input gives records or a FileFormatError, within a time bound', () => {
      const piece = fc.constantFrom(
        '<testsuites>',
        '</testsuites>',
        '<testsuite name="a/b.test.ts" time="1">',
        '</testsuite>',
        '<testcase classname="t.x" time="0.5"/>',
        '<testcase file="f.py" time="x">',
        '</testcase>',
        '<!--',
        '-->',
        '<![CDATA[',
        ']]>',
        '&#x110000;',
        '&#0;',
        '&bogus;',
        '"',
        "'",
        '<',
        '>',
        '/>',
        '=',
        ' ',
        '\n',
        '<?xml version="1.0"?>',
        '<!DOCTYPE x [<!ENTITY a "b">]>',
        '\u0000',
        '\uFFFF',
      );
      fc.assert(
        fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }), (parts) => {
          const text = parts.join('');
          const t0 = performance.now();
          try {
            const records = parseTimingFile(text, 'fuzz.xml');
            expect(Array.isArray(records)).toBe(true);
          } catch (e) {
            expect(e).toBeInstanceOf(FileFormatError);
          }
          expect(performance.now() - t0).toBeLessThan(500);
        }),
        { numRuns: 500 },
      );
    });
  });
});
