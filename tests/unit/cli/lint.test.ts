/**
 * `quality lint` in-process on copies of the sample projects, with the real tools (eslint from this
 * repository's node_modules, flake8 from Debian, go vet): the JSON contract, the filter, reports,
 * exit codes.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { quality } from './run.js';
import { lintSample, SAMPLES } from './lint-samples.js';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('quality lint', () => {
  it('--json: the contract of issue 13, the counts eslint printed, exit 1', async () => {
    const dir = lintSample(made, 'node');
    const r = await quality(['lint', '--tools', 'eslint', '--json'], dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Record<string, unknown> & {
      tools: Record<string, unknown>[];
      findings: Record<string, unknown>[];
    };
    expect(Object.keys(out)).toEqual(['tools', 'findings', 'counts', 'outsideFilter']);
    expect(Object.keys(out.tools[0]!)).toEqual(['name', 'version', 'command', 'exitCode', 'durationMs', 'findings']);
    expect(out.tools[0]).toMatchObject({ name: 'eslint', exitCode: 1, findings: 4 });
    expect(out.tools[0]!.version).toMatch(/^10\./);
    expect(Object.keys(out.findings[0]!)).toEqual(['tool', 'rule', 'severity', 'path', 'line', 'column', 'message']);
    expect(out.findings[0]).toEqual({
      tool: 'eslint',
      rule: 'no-unused-vars',
      severity: 'error',
      path: 'src/app.js',
      line: 3,
      column: 7,
      message: "'unused' is assigned a value but never used.",
    });
    expect(out.counts).toEqual({ error: 2, warning: 2, notice: 0 });
  }, 120_000);

  it('--fail-level none exits 0 with findings; warning fails on warnings alone', async () => {
    const dir = lintSample(made, 'node');
    expect((await quality(['lint', '--tools', 'eslint', '--fail-level', 'none'], dir)).code).toBe(0);
    writeFileSync(join(dir, 'src/app.js'), 'export function f(a, b) {\n  return a == b;\n}\n');
    expect((await quality(['lint', '--tools', 'eslint'], dir)).code).toBe(0);
    const w = await quality(['lint', '--tools', 'eslint', '--fail-level', 'warning'], dir);
    expect(w.code).toBe(1);
    expect(w.stdout).toContain('src/app.js:2:12: warning eqeqeq (eslint)');
  }, 120_000);

  it('--base: only what the change adds counts, the rest is said to be outside the filter', async () => {
    const dir = lintSample(made, 'python');
    writeFileSync(
      join(dir, 'sample/clean.py'),
      'import re\n\n\ndef double(value: int) -> int:\n    return value * 2\n',
    );
    const r = await quality(['lint', '--tools', 'flake8', '--base', 'main', '--json'], dir);
    const out = JSON.parse(r.stdout) as {
      findings: { path: string; line: number; rule: string }[];
      outsideFilter: number;
    };
    expect(out.findings).toEqual([expect.objectContaining({ path: 'sample/clean.py', line: 1, rule: 'F401' })]);
    expect(out.outsideFilter).toBe(3); // the sample's own three flake8 findings
    expect(r.code).toBe(1);
    const text = await quality(['lint', '--tools', 'flake8', '--base', 'main', '--filter', 'file'], dir);
    expect(text.stdout).toMatch(
      /Filter file on your change since the merge-base with main: 3 more findings outside it, not counted\./,
    );
  }, 120_000);

  it('--diff PATCH outside git, --report SARIF and checkstyle files', async () => {
    const dir = lintSample(made, 'go', false);
    cpSync(join(SAMPLES, 'third-party/golangci-lint.checkstyle.xml'), join(dir, 'cs.xml'));
    writeFileSync(
      join(dir, 'change.patch'),
      '--- a/main.go\n+++ b/main.go\n@@ -7,0 +7,1 @@\n+\tfmt.Printf("hello %d\\n", name)\n',
    );
    const r = await quality(['lint', '--diff', 'change.patch', '--report', 'cs.xml', '--json'], dir);
    const out = JSON.parse(r.stdout) as {
      tools: { name: string; findings: number }[];
      findings: unknown[];
      outsideFilter: number;
    };
    expect(out.tools.map((t) => [t.name, t.findings])).toEqual([
      ['go-vet', 1],
      ['checkstyle', 4],
    ]);
    expect(out.findings).toHaveLength(1);
    expect(out.outsideFilter).toBe(4);
    expect(r.code).toBe(1);
  }, 120_000);

  it('usage and configuration errors exit 2 with the reason', async () => {
    const dir = lintSample(made, 'go', false);
    const cases: [string[], RegExp][] = [
      [['lint', '--base', 'main', '--diff', 'x.patch'], /--base REF or --diff PATCH, not both/],
      [['lint', '--filter', 'changed'], /Input '--filter' has the value "changed"/],
      [['lint', '--tools', 'rubocop'], /a list of lint tools from: eslint/],
      [['lint', 'a', 'b'], /Unexpected argument 'b'/],
      [['lint', 'missing-dir'], /PATH .*missing-dir does not exist/],
      [['lint', '--report', 'nope.sarif'], /The report nope\.sarif does not exist/],
      [['lint', '--tools', 'eslint'], /None of eslint applies to the projects under .* \(\.: go\)/],
      [['lint', '--filter', 'added'], /is not in a git repository: give the change with --diff PATCH/],
    ];
    for (const [argv, message] of cases) {
      const r = await quality(argv, dir);
      expect([argv.join(' '), r.code]).toEqual([argv.join(' '), 2]);
      expect(r.stderr).toMatch(message);
    }
    const empty = mkdtempSync(join(tmpdir(), 'quality-lint-'));
    made.push(empty);
    const none = await quality(['lint'], empty);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/No linter found under .*Name the tools with --tools, or give --report files\./);
  }, 120_000);
});
