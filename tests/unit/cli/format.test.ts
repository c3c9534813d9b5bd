/**
 * `quality format` in-process on copies of the sample projects with the real formatters (gofmt,
 * black, isort, prettier): the JSON contract, the fix command, --fix.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { quality } from './run.js';
import { lintSample } from './lint-samples.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});
const copy = (lang: 'node' | 'python' | 'go') => {
  return lintSample(made, lang, false);
};

describe('quality format', () => {
  it('--json: the files that need formatting, repository-relative, and the tools with versions', async () => {
    const dir = copy('go');
    const r = await quality(['format', '--json'], dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { tools: { name: string; version: string }[]; files: unknown[] };
    expect(out.tools).toEqual([{ name: 'gofmt', version: expect.stringMatching(/^1\.\d+/) }]);
    expect(out.files).toEqual([{ path: 'greet.go', tool: 'gofmt' }]);
  }, 120_000);

  it('text: each file, and the exact command that fixes it; --fix rewrites, then the check passes', async () => {
    const dir = copy('python');
    const r = await quality(['format'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('sample/app.py: needs formatting (black)');
    expect(r.stdout).toContain('sample/app.py: needs formatting (isort)');
    expect(r.stdout).toMatch(/^ {2}(python3 -m black|black) --quiet sample\/app\.py$/m);
    const fixed = await quality(['format', '--fix'], dir);
    expect(fixed.code).toBe(0);
    expect(readFileSync(join(dir, 'sample/app.py'), 'utf8')).toMatch(/^import json\nimport os\nimport sys\n/);
    const again = await quality(['format'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^All files formatted \(black [\d.]+, isort [\d.]+\)\.$/m);
    rmSync(join(dir, '.mypy_cache'), { recursive: true, force: true });
    expect(existsSync(join(dir, 'sample/app.py'))).toBe(true);
  }, 180_000);

  it('prettier: the fix command runs the project binary, shown relative to where you are', async () => {
    const dir = copy('node');
    const top = await quality(['format', '--tools', 'prettier'], dir);
    expect(top.code).toBe(1);
    expect(top.stdout).toContain('src/ugly.js: needs formatting (prettier)');
    expect(top.stdout).toMatch(/^ {2}node_modules\/\.bin\/prettier --write src\/ugly\.js$/m);
    const fromSrc = await quality(['format', '..', '--tools', 'prettier'], join(dir, 'src'));
    expect(fromSrc.stdout).toMatch(/^ {2}cd \.\. && node_modules\/\.bin\/prettier --write src\/ugly\.js$/m);
  }, 120_000);

  it('usage errors exit 2', async () => {
    const dir = copy('go');
    expect((await quality(['format', '--check', '--fix'], dir)).code).toBe(2);
    expect((await quality(['format', '--tools', 'eslint'], dir)).stderr).toMatch(
      /a list of format tools from: prettier/,
    );
  });
});
