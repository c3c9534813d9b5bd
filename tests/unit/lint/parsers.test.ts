/**
 * The parsers on what the real tools printed about the sample projects (tests/fixtures/lint/output,
 * written by generate.sh) and on output from the tools' own test snapshots (third-party/).
 * Expected numbers are read from the tools' output itself, independently of the parser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  parseBiomeFormat,
  parseBiomeLint,
  parseBlack,
  parseCheckstyle,
  parseEslint,
  parseFlake8,
  parseGofmt,
  parseGolangci,
  parseGoVet,
  parseIsort,
  parseMypy,
  parsePrettierList,
  parsePylint,
  parseRuff,
  parseRuffFormat,
  parseSarif,
  parseStaticcheck,
  parseTsc,
  ToolOutputError,
} from '@quality/lint';

const FIX = join(process.cwd(), 'tests/fixtures/lint');
const out = (f: string) => readFileSync(join(FIX, 'output', f), 'utf8');
const third = (f: string) => readFileSync(join(FIX, 'third-party', f), 'utf8');
/** The samples ran at /src/lint-sample/<language> (generate.sh rewrites the checkout's path). */
const ctx = (lang: string, cwd = `tests/fixtures/lint/${lang}`) => ({ root: `/src/lint-sample/${lang}/../../..`, cwd });
const sample = (lang: string) => ({ root: `/src/lint-sample/${lang}`, cwd: '.' });

async function* chunks(text: string, size: number): AsyncIterable<Buffer> {
  const b = Buffer.from(text);
  for (let i = 0; i < b.length; i += size) yield b.subarray(i, i + size);
}

describe('eslint -f json', () => {
  const raw = JSON.parse(out('eslint.json')) as { filePath: string; messages: { severity: number }[] }[];
  const findings = parseEslint(out('eslint.json'), sample('node'));
  it('reads every message eslint printed, with its severity', () => {
    expect(findings).toHaveLength(raw.reduce((n, f) => n + f.messages.length, 0));
    const errors = raw.reduce((n, f) => n + f.messages.filter((m) => m.severity === 2).length, 0);
    expect(findings.filter((f) => f.severity === 'error')).toHaveLength(errors);
  });
  it('paths relative to the repository, positions 1-based', () => {
    expect(findings[0]).toEqual({
      tool: 'eslint',
      rule: 'no-unused-vars',
      severity: 'error',
      path: 'src/app.js',
      line: 3,
      column: 7,
      endLine: 3,
      endColumn: 13,
      message: "'unused' is assigned a value but never used.",
    });
    expect(findings.map((f) => f.rule)).toEqual(['no-unused-vars', 'prefer-const', 'eqeqeq', 'no-undef']);
    expect(findings[1]!.fix).toMatch(/eslint --fix/);
  });
  it('a path under a sub-directory of the repository', () => {
    const f = parseEslint(out('eslint.json'), { root: '/src', cwd: 'lint-sample/node' });
    expect(f[0]!.path).toBe('lint-sample/node/src/app.js');
  });
  it('a fatal parse error is an error named parse-error', () => {
    const text = JSON.stringify([
      {
        filePath: '/r/a.js',
        messages: [{ fatal: true, severity: 2, message: 'Parsing error: x', line: 1, column: 2 }],
      },
    ]);
    expect(parseEslint(text, { root: '/r', cwd: '.' })[0]).toMatchObject({
      rule: 'parse-error',
      severity: 'error',
      path: 'a.js',
    });
  });
  it('output that is not eslint JSON is a ToolOutputError naming eslint', () => {
    expect(() => parseEslint('Oops! Something went wrong!', sample('node'))).toThrow(ToolOutputError);
    expect(() => parseEslint('{}', sample('node'))).toThrow(/eslint/);
  });
  it('positions beyond Number.MAX_SAFE_INTEGER are not trusted', () => {
    const text = `[{"filePath":"/r/a.js","messages":[{"ruleId":"x","severity":1,"message":"m","line":99999999999999999999,"column":1}]}]`;
    const [f] = parseEslint(text, { root: '/r', cwd: '.' });
    expect(f!.line).toBeUndefined();
  });
});

describe('tsc --pretty false', () => {
  const text = out('tsc.txt');
  it('one finding per diagnostic line', () => {
    const f = parseTsc(text, sample('node'));
    expect(f).toHaveLength(text.trim().split('\n').length);
    expect(f[0]).toMatchObject({
      tool: 'tsc',
      rule: 'TS2322',
      severity: 'error',
      path: 'src/typed.ts',
      line: 7,
      column: 14,
    });
  });
  it('continuation lines join the message above; global errors go to the tsconfig', () => {
    const f = parseTsc(
      "a.ts(1,2): error TS2345: Argument bad.\n  Type 'x' is not 'y'.\nerror TS5083: Cannot read file 'tsconfig.json'.\n",
      { root: '/r', cwd: 'web' },
    );
    expect(f).toHaveLength(2);
    expect(f[0]!.message).toBe("Argument bad.\nType 'x' is not 'y'.");
    expect(f[1]).toMatchObject({ path: 'web/tsconfig.json', rule: 'TS5083' });
  });
});

describe('biome --reporter=json', () => {
  it('lint: every diagnostic, rule without the lint/ prefix, info as notice', () => {
    const raw = JSON.parse(out('biome-lint.json')) as { diagnostics: { severity: string }[] };
    const f = parseBiomeLint(out('biome-lint.json'), sample('node'));
    expect(f).toHaveLength(raw.diagnostics.length);
    expect(f.find((x) => x.rule === 'suspicious/noDoubleEquals')).toMatchObject({
      severity: 'error',
      path: 'src/app.js',
      line: 6,
      column: 16,
    });
    expect(f.filter((x) => x.severity === 'notice')).toHaveLength(
      raw.diagnostics.filter((d) => d.severity === 'info').length,
    );
  });
  it('format: the files biome would reformat, no position for the whole file', () => {
    const files = parseBiomeFormat(out('biome-format.json'), sample('node'));
    expect(files.map((x) => x.path).sort()).toEqual(['src/app.js', 'src/clean.js', 'src/typed.ts', 'src/ugly.js']);
  });
});

describe('Python tools', () => {
  it('flake8, default and pylint formats, agree', () => {
    const a = parseFlake8(out('flake8.txt'), sample('python'));
    const b = parseFlake8(out('flake8-pylint.txt'), sample('python'));
    expect(a).toHaveLength(out('flake8.txt').trim().split('\n').length);
    expect(a.map((f) => [f.path, f.line, f.rule])).toEqual(b.map((f) => [f.path, f.line, f.rule]));
    expect(a[0]).toMatchObject({
      tool: 'flake8',
      rule: 'F401',
      severity: 'error',
      path: 'sample/app.py',
      line: 1,
      column: 1,
    });
    expect(b[0]!.column).toBeUndefined();
  });
  it('flake8: W and C codes are warnings; a line in no format is an error', () => {
    expect(parseFlake8('a.py:1:1: W291 trailing whitespace\n', sample('python'))[0]!.severity).toBe('warning');
    expect(() => parseFlake8('Traceback (most recent call last):\n', sample('python'))).toThrow(ToolOutputError);
  });
  it('pylint json: every message, types mapped, 0-based columns made 1-based', () => {
    const raw = JSON.parse(out('pylint.json')) as { type: string; column: number }[];
    const f = parsePylint(out('pylint.json'), sample('python'));
    expect(f).toHaveLength(raw.length);
    expect(f.filter((x) => x.severity === 'notice')).toHaveLength(raw.filter((r) => r.type === 'convention').length);
    expect(f[0]!.column).toBe(raw[0]!.column + 1);
    expect(f[2]).toMatchObject({ rule: 'unused-variable', severity: 'warning', path: 'sample/app.py', line: 16 });
  });
  it('mypy: errors with codes and columns, absolute paths made relative', () => {
    const f = parseMypy(out('mypy.txt'), sample('python'));
    expect(f).toHaveLength(2);
    expect(f[1]).toMatchObject({
      tool: 'mypy',
      rule: 'arg-type',
      severity: 'error',
      path: 'sample/app.py',
      line: 17,
      column: 19,
    });
  });
  it('mypy: a note at the same place joins the error', () => {
    const f = parseMypy(
      'a.py:3:1: error: Bad  [misc]\na.py:3:1: note: See docs\nb.py:1: note: Alone\n',
      sample('python'),
    );
    expect(f).toHaveLength(2);
    expect(f[0]!.message).toBe('Bad\nSee docs');
    expect(f[1]).toMatchObject({ severity: 'notice', path: 'b.py', line: 1 });
  });
  it('ruff check json (ruff test snapshot)', () => {
    const raw = JSON.parse(third('ruff-check.json')) as unknown[];
    const f = parseRuff(third('ruff-check.json'), { root: '/tmp', cwd: '.' });
    expect(f).toHaveLength(raw.length);
    expect(f[0]).toMatchObject({
      rule: 'F401',
      severity: 'error',
      path: '[TMP]/input.py',
      line: 1,
      column: 8,
      endColumn: 10,
    });
    expect(f[0]!.fix).toMatch(/Remove unused import/);
    expect(f[2]!.rule).toBe('invalid-syntax');
  });
});

describe('Go tools', () => {
  it('go vet -json (stderr, # package lines between objects)', () => {
    const f = parseGoVet(out('govet.txt'), sample('go'));
    expect(f).toEqual([
      {
        tool: 'go-vet',
        rule: 'printf',
        severity: 'error',
        path: 'main.go',
        line: 7,
        column: 2,
        message: 'fmt.Printf format %d has arg name of wrong type string',
      },
    ]);
  });
  it('go vet: a build error instead of JSON is a ToolOutputError', () => {
    expect(() => parseGoVet('# pkg\n./a.go:3:1: syntax error\n', sample('go'))).toThrow(/syntax error/);
  });
  it('golangci-lint json (golangci-lint golden file)', () => {
    const raw = JSON.parse(third('golangci-lint.json')) as { Issues: unknown[] };
    const f = parseGolangci(third('golangci-lint.json'), { root: '/r', cwd: '.' });
    expect(f).toHaveLength(raw.Issues.length);
    expect(f[0]).toMatchObject({
      tool: 'golangci-lint',
      rule: 'gochecknoinits',
      severity: 'error',
      path: 'pkg/experimental/myplugin/myplugin.go',
      line: 13,
      column: 1,
    });
    expect(f[2]!.column).toBeUndefined(); // Column 0: unknown
  });
  it('staticcheck -f json (documented schema, see third-party/README.md): ignored left out', () => {
    const f = parseStaticcheck(third('staticcheck.json'), { root: '/src/app', cwd: '.' });
    expect(f.map((x) => [x.rule, x.severity, x.path, x.line])).toEqual([
      ['SA4006', 'error', '/usr/lib/go/src/fmt/print.go', 1082],
      ['ST1005', 'warning', 'main.go', 12],
    ]);
  });
});

describe('SARIF 2.1.0 (streamed)', () => {
  it('golangci-lint SARIF: every result, levels, tool name from the driver', async () => {
    const f = await parseSarif(chunks(third('golangci-lint.sarif'), 1 << 16), 'golangci-lint.sarif', {
      root: '/r',
      cwd: '.',
    });
    expect(f).toHaveLength(5);
    expect(f[0]).toEqual({
      tool: 'golangci-lint',
      rule: 'linter-a',
      severity: 'warning',
      path: 'path/to/filea.go',
      line: 10,
      column: 4,
      message: 'some issue',
    });
  });
  it('ruff SARIF: results before tool in the run, rules from the driver', async () => {
    const raw = JSON.parse(third('ruff-check.sarif')) as { runs: { results: unknown[] }[] };
    const f = await parseSarif(chunks(third('ruff-check.sarif'), 1 << 16), 'ruff.sarif', { root: '/r', cwd: '.' });
    expect(f).toHaveLength(raw.runs[0]!.results.length);
    expect(f[0]).toMatchObject({ tool: 'ruff', rule: 'F401', path: '[TMP]/input.py', line: 1 });
  });
  it('the same answer whatever the chunk size (byte by byte included)', async () => {
    const text = third('ruff-check.sarif');
    const whole = await parseSarif(chunks(text, 1 << 20), 'x', { root: '/r', cwd: '.' });
    for (const size of [1, 3, 7, 64])
      expect(await parseSarif(chunks(text, size), 'x', { root: '/r', cwd: '.' })).toEqual(whole);
  });
  it('multi-byte characters cut by a chunk boundary', async () => {
    const text = JSON.stringify({
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 't' } },
          results: [
            {
              ruleId: 'r',
              message: { text: 'héllo ✓ 😀' },
              locations: [
                { physicalLocation: { artifactLocation: { uri: 'file:///r/a%20b.py' }, region: { startLine: 2 } } },
              ],
            },
          ],
        },
      ],
    });
    const f = await parseSarif(chunks(text, 1), 'x', { root: '/r', cwd: '.' });
    expect(f).toEqual([{ tool: 't', rule: 'r', severity: 'warning', path: 'a b.py', line: 2, message: 'héllo ✓ 😀' }]);
  });
  it('rule default level, message strings, pass results left out', async () => {
    const text = JSON.stringify({
      version: '2.1.0',
      runs: [
        {
          results: [
            { ruleIndex: 0, message: { id: 'm', arguments: ['x'] }, locations: [] },
            { ruleId: 'R2', kind: 'pass', message: { text: 'ok' } },
          ],
          tool: {
            driver: {
              name: 'custom',
              rules: [
                { id: 'R1', defaultConfiguration: { level: 'error' }, messageStrings: { m: { text: 'bad {0}' } } },
              ],
            },
          },
        },
      ],
    });
    const f = await parseSarif(chunks(text, 5), 'report.sarif', { root: '/r', cwd: '.' });
    expect(f).toEqual([{ tool: 'custom', rule: 'R1', severity: 'error', path: 'report.sarif', message: 'bad x' }]);
  });
  it('not SARIF 2.1.0, truncated, or broken JSON: an error naming the file', async () => {
    await expect(
      parseSarif(chunks('{"version":"2.0.0","runs":[]}', 4), 'old.sarif', { root: '/r', cwd: '.' }),
    ).rejects.toThrow(/old\.sarif.*2\.1\.0/);
    await expect(
      parseSarif(chunks('{"version":"2.1.0","runs":[{"results":[', 4), 'cut.sarif', { root: '/r', cwd: '.' }),
    ).rejects.toThrow(/cut\.sarif.*ends/);
    await expect(parseSarif(chunks('{"version":"2.1.0",,}', 4), 'bad.sarif', { root: '/r', cwd: '.' })).rejects.toThrow(
      ToolOutputError,
    );
    await expect(
      parseSarif(chunks('{"version":"2.1.0"} {}', 4), 'two.sarif', { root: '/r', cwd: '.' }),
    ).rejects.toThrow(/after/);
  });
});

describe('checkstyle XML (streamed)', () => {
  it("golangci-lint's checkstyle: files, lines, severities, source as the rule", async () => {
    const f = await parseCheckstyle(
      chunks(third('golangci-lint.checkstyle.xml'), 7),
      'cs.xml',
      { root: '/r', cwd: 'sub' },
      'golangci-lint',
    );
    expect(f.map((x) => [x.path, x.line, x.column, x.severity, x.rule])).toEqual([
      ['sub/path/to/filea.go', 10, 4, 'warning', 'linter-a'],
      ['sub/path/to/fileb.go', 300, 9, 'error', 'linter-b'],
      ['sub/path/to/filec.go', 300, 10, 'error', 'linter-c'],
      ['sub/path/to/filed.go', 300, 11, 'error', 'linter-d'],
    ]);
  });
  it('ignore left out, info a notice; another root is an error', async () => {
    const xml =
      '<checkstyle><file name="a.js"><error line="1" severity="ignore" message="x"/><error line="2" severity="info" message="y" source="s"/></file></checkstyle>';
    expect(await parseCheckstyle(chunks(xml, 3), 'c.xml', { root: '/r', cwd: '.' })).toEqual([
      { tool: 'checkstyle', rule: 's', severity: 'notice', path: 'a.js', line: 2, message: 'y' },
    ]);
    await expect(parseCheckstyle(chunks('<testsuites/>', 3), 'j.xml', { root: '/r', cwd: '.' })).rejects.toThrow(
      /checkstyle/,
    );
  });
});

describe('SARIF in bounded time and memory', () => {
  const ctx = { root: '/r', cwd: '.' };
  const driver = (rules: object[]) => ({ driver: { name: 't', rules } });

  it('walks deep nesting it does not read in linear time, and refuses nesting past 10,000 levels', async () => {
    const deep = (n: number) => `{"version":"2.1.0","x":${'['.repeat(n)}${']'.repeat(n)},"runs":[]}`;
    const started = Date.now();
    expect(await parseSarif(chunks(deep(9_000), 1 << 16), 'd.sarif', ctx)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5_000); // 114 s for 50,000 levels before
    await expect(parseSarif(chunks(deep(50_000), 1 << 16), 'd.sarif', ctx)).rejects.toThrow(
      /values nest deeper than 10000 levels/,
    );
  });

  it('finds rules by id once per run, and returns more findings than a spread can pass', async () => {
    const n = 200_000;
    const rules = Array.from({ length: 1_000 }, (_, i) => ({ id: `r${i}` }));
    const results = Array.from({ length: n }, (_, i) => ({
      ruleId: i % 2 ? 'unknown' : `r${i % 1_000}`,
      message: { text: 'm' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'a.js' }, region: { startLine: 1 } } }],
    }));
    const text = JSON.stringify({ version: '2.1.0', runs: [{ tool: driver(rules), results }] });
    const started = Date.now();
    const found = await parseSarif(chunks(text, 1 << 20), 'big.sarif', ctx);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(found).toHaveLength(n); // a RangeError (call stack) at 200,000 before
    expect(found[0]!.rule).toBe('r0');
  });
});

describe('outside text used as a key', () => {
  it('"constructor" or "__proto__" as a severity or level finds nothing of Object: an unknown checkstyle severity is an error, an unknown SARIF level is refused', async () => {
    const xml =
      '<checkstyle><file name="a.js"><error line="1" severity="constructor" message="m1" source="r"/>' +
      '<error line="2" severity="__proto__" message="m2" source="r"/></file></checkstyle>';
    expect((await parseCheckstyle(chunks(xml, 5), 'c.xml', { root: '/r', cwd: '.' })).map((f) => f.severity)).toEqual([
      'error',
      'error',
    ]);
    const sarif = (level: string) =>
      JSON.stringify({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 't' } }, results: [{ level, message: { text: 'm' }, ruleId: 'r' }] }],
      });
    for (const level of ['toString', 'constructor', '__proto__'])
      await expect(parseSarif(chunks(sarif(level), 7), 's.sarif', { root: '/r', cwd: '.' })).rejects.toThrow(
        `a result has the level "${level}"`,
      );
  });
});

describe('format checkers', () => {
  it('prettier --list-different', () => {
    expect(parsePrettierList(out('prettier.txt'), ctx('node'))).toEqual([
      { path: 'tests/fixtures/lint/node/src/ugly.js', tool: 'prettier' },
    ]);
  });
  it('black --check --diff: the file and its diff', () => {
    const [f, ...rest] = parseBlack(out('black.diff'), sample('python'));
    expect(rest).toEqual([]);
    expect(f!.path).toBe('sample/app.py');
    expect(f!.diff).toContain('+    return word.upper() + "!"');
  });
  it('isort --check-only --diff', () => {
    const f = parseIsort(out('isort.diff'), sample('python'));
    expect(f.map((x) => x.path)).toEqual(['sample/app.py']);
    expect(f[0]!.diff).toContain('+import json');
  });
  it('gofmt -l -d: the -l name and the diff are one file', () => {
    const f = parseGofmt(out('gofmt.diff'), sample('go'));
    expect(f).toHaveLength(1);
    expect(f[0]!.path).toBe('greet.go');
    expect(f[0]!.diff).toContain('+\tif name == "" {');
  });
  it('a removed line reading "--- x" stays inside its hunk', () => {
    const diff = '--- a.py\n+++ a.py\n@@ -1,2 +1,2 @@\n--- x\n+++ y\n ok\n--- b.py\n+++ b.py\n@@ -1 +1 @@\n-1\n+2\n';
    expect(parseBlack(diff, sample('python')).map((f) => f.path)).toEqual(['a.py', 'b.py']);
  });
  it('ruff format: JSON (ruff test snapshot), --check lines and diffs', () => {
    expect(parseRuffFormat(third('ruff-format.json'), { root: '/r', cwd: '.' })).toEqual([
      { path: '[TMP]/input.py', tool: 'ruff' },
    ]);
    expect(parseRuffFormat('Would reformat: a.py\n1 file would be reformatted\n', sample('python'))).toEqual([
      { path: 'a.py', tool: 'ruff' },
    ]);
  });
});
