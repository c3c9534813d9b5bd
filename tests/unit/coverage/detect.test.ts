import { describe, it, expect } from '@jest/globals';
import { readFileSync, existsSync } from 'node:fs';
import { detectFormat, unknownFormatError } from '../../../packages/coverage/src/detect.js';
import { FileFormatError } from '@quality/kit/errors';

describe('detectFormat', () => {
  it.each([
    ['TN:\nSF:/src/a.c\nDA:1,1\n', 'lcov'],
    ['SF:src/a.js\nFN:1,f\n', 'lcov'],
    ['\uFEFF\r\nVER:2.1\nTN:x\n', 'lcov'],
    ['mode: set\nexample.com/m/a.go:1.1,2.2 1 1\n', 'go'],
    ['mode: atomic\r\n', 'go'],
    ['{"/a.js":{"path":"/a.js","statementMap":{"0":', 'istanbul'],
    ['{}', 'istanbul'],
    ['{"total": {"lines":{"total":1,"covered":1,"skipped":0,"pct":100},', 'istanbul-summary'],
    [
      '<?xml version="1.0" ?>\n<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">\n<coverage version="6.5.0" timestamp="1" lines-valid="48" line-rate="0.7">',
      'cobertura',
    ],
    ['<?xml version="1.0"?><coverage><sources><source>/x</source></sources><packages>', 'cobertura'],
    [
      '<?xml version="1.0" encoding="UTF-8"?>\n<coverage generated="1" clover="3.2.0">\n  <project timestamp="1" name="All files">',
      'clover',
    ],
    [
      '<?xml version="1.0" encoding="UTF-8"?>\n<coverage generated="1700000000">\n  <project timestamp="1700000000">',
      'clover',
    ], // PHPUnit: no clover= attribute
    [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="x">',
      'jacoco',
    ],
    ['<!-- generated --><report name="x"><sessioninfo', 'jacoco'],
  ])('%j -> %s', (head, want) => {
    expect(detectFormat(head)).toBe(want);
  });

  it.each([
    [''],
    ['   \n'],
    ['hello world'],
    ['{"meta": {"format": 2, "version": "6.5.0"}, "files": {}}'],
    ['<html><body>'],
    ['mode: turbo\n'],
    ['DA:1,1\n'],
  ])('%j -> null', (head) => {
    expect(detectFormat(head)).toBeNull();
  });

  it('detects every generated fixture whose format we parse', () => {
    const index = 'tests/fixtures/coverage/generated/index.json';
    if (!existsSync(index)) return;
    const map: Record<string, string> = {
      lcov: 'lcov',
      'go-coverprofile': 'go',
      'istanbul-json': 'istanbul',
      'istanbul-json-summary': 'istanbul-summary',
      cobertura: 'cobertura',
      clover: 'clover',
      jacoco: 'jacoco',
    };
    const { fixtures } = JSON.parse(readFileSync(index, 'utf8')) as {
      fixtures: { dir: string; report: string; format: string }[];
    };
    let n = 0;
    for (const f of fixtures) {
      const head = readFileSync(`tests/fixtures/coverage/generated/${f.dir}/${f.report}`)
        .subarray(0, 8192)
        .toString('utf8');
      expect({ dir: f.dir, format: detectFormat(head) }).toEqual({ dir: f.dir, format: map[f.format] ?? null });
      n++;
    }
    expect(n).toBeGreaterThan(10);
  });
});

describe('unknownFormatError', () => {
  it('says what was tried and what the file starts with', () => {
    const e = unknownFormatError('out/report.txt', 'PASS src/a.test.js\n');
    expect(e).toBeInstanceOf(FileFormatError);
    expect(e.message).toMatch(
      /^out\/report\.txt: is not a coverage report we recognise \(it starts with "PASS src\/a\.test\.js"\)/,
    );
    for (const tried of [
      'lcov',
      'Go coverprofile',
      'coverage-final.json',
      'coverage-summary.json',
      'Cobertura',
      'Clover',
      'JaCoCo',
    ])
      expect(e.message).toContain(tried);
  });
  it('recognises an empty file and coverage.py JSON', () => {
    expect(unknownFormatError('a', '').message).toMatch(/is empty/);
    expect(unknownFormatError('c.json', '{"meta": {"format": 2, "version": "7.4"}, "files": {}}').message).toMatch(
      /coverage\.py JSON.*coverage lcov/,
    );
  });
});
