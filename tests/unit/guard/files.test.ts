import { describe, it, expect } from '@jest/globals';
import {
  brokenSymlink,
  caseCollisions,
  conflictMarkers,
  isBinary,
  shebangVsMode,
  sizeCheck,
  syntaxErrors,
  textPolicy,
} from '@quality/guard';

describe('conflict markers', () => {
  it('reports a conflict block on its first line', () => {
    const src = 'a\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> feature\nb\n';
    const [f, ...rest] = conflictMarkers('x.ts', src);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'file/merge-conflict', severity: 'error', line: 2 });
  });
  it('ignores a Markdown/reST underline and lone markers', () => {
    expect(conflictMarkers('r.rst', 'Title\n=======\n\ntext\n')).toEqual([]);
    expect(conflictMarkers('r.md', '<<<<<<< not closed\n')).toEqual([]);
  });
});

describe('syntax errors', () => {
  it('gives the JSON parser line and column', () => {
    expect(syntaxErrors('a.json', '{\n  "a": 1,\n}\n')).toMatchObject([
      { rule: 'file/invalid-json', line: 3, column: 1 },
    ]);
    expect(syntaxErrors('ok.json', '{"a": [1, 2]}')).toEqual([]);
    expect(syntaxErrors('bom.json', '\uFEFF{"a": 1}')).toEqual([]);
  });
  it('takes JSON Lines under a .json name (go test -json) as valid, but not a broken line in it', () => {
    const lines = '{"Action":"run","Test":"A"}\n{"Action":"pass","Test":"A"}\n';
    expect(syntaxErrors('timings/go-test.json', lines)).toEqual([]);
    expect(syntaxErrors('timings/go-test.json', `${lines}{"Action":\n`)).toMatchObject([{ rule: 'file/invalid-json' }]);
  });
  it('leaves JSON-with-comments files alone', () => {
    expect(syntaxErrors('tsconfig.json', '{ // comment\n}')).toEqual([]);
    expect(syntaxErrors('.vscode/settings.json', '{ // c\n}')).toEqual([]);
  });
  it('gives the YAML parser line and column, document by document', () => {
    expect(syntaxErrors('a.yml', 'a: 1\nb: [1,\n')).toMatchObject([{ rule: 'file/invalid-yaml', line: 3 }]);
    expect(syntaxErrors('b.yaml', 'a: 1\na: 2\n')).toMatchObject([{ rule: 'file/invalid-yaml', line: 2 }]);
    expect(syntaxErrors('ok.yaml', '---\na: 1\n---\nb: 2\n')).toEqual([]);
    expect(syntaxErrors('chart/templates/d.yaml', 'a: {{ .Values.x }}\n  b: [\n')).toEqual([]);
  });
  it('gives the TOML parser line and column', () => {
    expect(syntaxErrors('c.toml', 'a = 1\n[t]\nb = = 2\n')).toMatchObject([{ rule: 'file/invalid-toml', line: 3 }]);
    expect(syntaxErrors('ok.toml', 'a = 1\n[t]\nb = "x"\n')).toEqual([]);
  });
});

describe('text policy', () => {
  it('is off by default and reports BOM and CRLF when configured', () => {
    const src = '\uFEFFa\r\nb\nc\r\n';
    expect(textPolicy('a.txt', src, {})).toEqual([]);
    const fs = textPolicy('a.txt', src, { forbidBom: true, forbidCrlf: true });
    expect(fs.map((f) => f.rule)).toEqual(['file/bom', 'file/crlf']);
    expect(fs[1]!.message).toContain('2 lines end with CRLF (first on line 1)');
  });
});

describe('shebang and executable bit', () => {
  const head = (s: string) => Buffer.from(s);
  it('reports both directions', () => {
    expect(shebangVsMode('a.sh', head('#!/bin/sh\n'), 0o100644)).toMatchObject([
      { rule: 'file/shebang-not-executable' },
    ]);
    expect(shebangVsMode('b.sh', head('echo\n'), 0o100755)).toMatchObject([
      { rule: 'file/executable-without-shebang' },
    ]);
    expect(shebangVsMode('c.sh', head('#!/bin/sh\n'), 0o100755)).toEqual([]);
    expect(shebangVsMode('d.txt', head('text'), 0o100644)).toEqual([]);
  });
  it('does not take a Rust inner attribute for a shebang', () => {
    expect(shebangVsMode('lib.rs', head('#![allow(dead_code)]\n'), 0o100644)).toEqual([]);
  });
});

describe('size, binary, case and symlinks', () => {
  it('reports files above the threshold only', () => {
    expect(sizeCheck('a.bin', 500 * 1024, 500 * 1024)).toEqual([]);
    expect(sizeCheck('a.bin', 600 * 1024, 500 * 1024)[0]!.message).toContain('600 KB, above the 500 KB limit');
  });
  it('sniffs binary content by NUL bytes in the first 8000 bytes', () => {
    expect(isBinary(Buffer.from([0x89, 0x50, 0x00, 0x01]))).toBe(true);
    expect(isBinary(Buffer.from('plain text'))).toBe(false);
    expect(isBinary(Buffer.concat([Buffer.alloc(8000, 0x61), Buffer.from([0])]))).toBe(false);
  });
  it('reports case-only collisions of files and directories', () => {
    const fs = caseCollisions(['README.md', 'readme.md', 'src/a.ts', 'Docs/x.md', 'docs/y.md', 'other.md']);
    expect(fs.map((f) => f.path).sort()).toEqual(['Docs', 'README.md', 'docs', 'readme.md']);
  });
  it('reports symlinks whose target is missing or outside the repository', () => {
    const exists = (p: string) => ['src/a.ts', 'src'].includes(p);
    expect(brokenSymlink('link', 'src/a.ts', exists)).toEqual([]);
    expect(brokenSymlink('lib/link', '../src', exists)).toEqual([]);
    expect(brokenSymlink('lib/link', '../missing.ts', exists)).toMatchObject([
      { severity: 'error', message: expect.stringContaining("'missing.ts'") },
    ]);
    expect(brokenSymlink('link', '/etc/passwd', exists)).toMatchObject([{ severity: 'warning' }]);
    expect(brokenSymlink('link', '../../x', exists)).toMatchObject([{ severity: 'warning' }]);
  });
});
