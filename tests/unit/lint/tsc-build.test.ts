/**
 * A tsconfig.json with project references is checked as `tsc -b` builds it, without writing into
 * the projects: the real tsc from this repository's node_modules on tests/fixtures/lint/tsc-build,
 * compared with what real `tsc -b` printed on a copy (output/tsc-build.txt, generate.sh).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { runProcess } from '@quality/kit/process';
import {
  detectTools,
  parseJsonc,
  parseTsc,
  planTools,
  runTools,
  tscBuild,
  type ProjectRef,
  type RepoFiles,
} from '@quality/lint';
import { memoryFiles } from './memory-files.js';

const REPO = process.cwd();
const SAMPLE = 'tests/fixtures/lint/tsc-build';
const temps: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'quality-tsc-build-'));
  temps.push(d);
  return d;
};
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

const disk: RepoFiles = {
  read: (p) =>
    existsSync(join(REPO, p)) && statSync(join(REPO, p)).isFile() ? readFileSync(join(REPO, p), 'utf8') : undefined,
  exists: (p) => existsSync(join(REPO, p)),
};
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: false }).map(String).sort();
}

describe('parseJsonc', () => {
  it("tsconfig's dialect: comments and trailing commas, never inside strings", () => {
    expect(parseJsonc('{\n // c\n "a": "x//y", /* b */ "b": [1, 2,],\n}')).toEqual({ a: 'x//y', b: [1, 2] });
    expect(parseJsonc('{"a": "q\\"//"}')).toEqual({ a: 'q"//' });
    expect(parseJsonc('[1]')).toBeUndefined();
    expect(parseJsonc('{')).toBeUndefined();
  });
});

interface Wrapper {
  extends: string;
  compilerOptions: Record<string, unknown>;
  include?: string[];
  exclude?: string[];
  references: { path: string }[];
}

describe('tscBuild: wrapper configs', () => {
  const files = memoryFiles({
    'tsconfig.json': '{ "files": [], "references": [{ "path": "./a" }, { "path": "b/tsconfig.build.json" }] }',
    'a/tsconfig.json': '{ "compilerOptions": { "composite": true, "outDir": "lib" } }',
    'b/tsconfig.build.json':
      '{ "extends": "./base", "compilerOptions": { "composite": true, "rootDir": "src" }, "references": [{ "path": "../a" }] }',
    'b/base.json': '{ "include": ["src"] }',
  });
  const build = tscBuild('tsconfig.json', files, '/repo', '/t')!;
  const w = (n: number) => JSON.parse(build.files[`/t/p${n}.json`]!) as Wrapper;

  it('tsc -b on the top wrapper; references point at wrappers; build info and declarations in the temp folder', () => {
    expect(build.args).toEqual(['-b', '/t/p0.json', '--pretty', 'false']);
    expect(Object.keys(build.files).sort()).toEqual(['/t/p0.json', '/t/p1.json', '/t/p2.json']);
    expect(w(0)).toMatchObject({
      extends: '/repo/tsconfig.json',
      references: [{ path: '/t/p1.json' }, { path: '/t/p2.json' }],
    });
    expect(w(0).compilerOptions).toMatchObject({ noEmit: true, tsBuildInfoFile: '/t/out/p0.tsbuildinfo' });
    expect(w(2).references).toEqual([{ path: '/t/p1.json' }]);
    for (const n of [1, 2])
      expect(w(n).compilerOptions).toMatchObject({
        outDir: `/t/out/p${n}`,
        declarationDir: `/t/out/p${n}`,
        tsBuildInfoFile: `/t/out/p${n}.tsbuildinfo`,
        emitDeclarationOnly: true,
        noEmit: false,
      });
    expect(build.covers).toEqual(['.', 'a']); // b's config is tsconfig.build.json: b's own tsc run checks another
  });
  it("what the original leaves to its location is made explicit: include, exclude, a composite's rootDir", () => {
    expect(w(1).compilerOptions.rootDir).toBe('/repo/a');
    expect(w(1).include).toEqual(['/repo/a/**/*']);
    expect(w(1).exclude).toEqual([
      '/repo/a/node_modules',
      '/repo/a/bower_components',
      '/repo/a/jspm_packages',
      '/repo/a/lib',
    ]);
    // b names its files through its base and sets rootDir: both inherited as they are.
    expect(w(2).include).toBeUndefined();
    expect(w(2).compilerOptions.rootDir).toBeUndefined();
    expect(w(0).include).toBeUndefined(); // files: []
  });
  it('no references: no build (tsc --noEmit -p checks it); a reference outside the repository is an error', () => {
    expect(tscBuild('a/tsconfig.json', files, '/repo', '/t')).toBeUndefined();
    const out = memoryFiles({ 'x/tsconfig.json': '{ "references": [{ "path": "../../elsewhere" }] }' });
    expect(() => tscBuild('x/tsconfig.json', out, '/repo', '/t')).toThrow(
      /references \.\.\/elsewhere\/tsconfig\.json, outside the repository/,
    );
  });
});

describe('quality runs tsc -b on the sample (real tsc)', () => {
  const projects: ProjectRef[] = ['', '/packages/core', '/packages/app'].map((d) => ({
    dir: `${SAMPLE}${d}`,
    language: 'node',
    packageManager: 'npm',
  }));

  it('one run for the three tsconfig.json; the findings real tsc -b printed; nothing written into the projects', async () => {
    const detected = detectTools(projects, disk, 'lint', ['tsc']);
    expect(detected).toHaveLength(3);
    const tempDir = temp();
    const plans = planTools(detected, { root: REPO, files: disk, tempDir });
    expect(plans).toHaveLength(1);
    expect(plans[0]!.covers).toEqual([`${SAMPLE}/packages/core`, `${SAMPLE}/packages/app`]);
    expect(plans[0]!.argv.slice(1, 2)).toEqual(['-b']);
    const before = tree(join(REPO, SAMPLE));
    const [run] = await runTools(plans, runProcess, { root: REPO });
    expect(tree(join(REPO, SAMPLE))).toEqual(before);
    expect(run!.error).toBeUndefined();
    expect(run!.exitCode).toBe(
      Number(readFileSync(join(REPO, 'tests/fixtures/lint/output/tsc-build.txt.exit'), 'utf8')),
    );
    const expected = parseTsc(readFileSync(join(REPO, 'tests/fixtures/lint/output/tsc-build.txt'), 'utf8'), {
      root: REPO,
      cwd: SAMPLE,
    });
    expect(expected.map((f) => f.rule)).toEqual(['TS2322', 'TS2345']);
    expect(run!.findings).toEqual(expected);
    expect(run!.covers).toHaveLength(2);
  }, 120_000);

  it('what quality ran before: tsc -p . on the solution config checked nothing and passed', () => {
    expect(readFileSync(join(REPO, 'tests/fixtures/lint/output/tsc-build-p.txt'), 'utf8')).toBe('');
    expect(readFileSync(join(REPO, 'tests/fixtures/lint/output/tsc-build-p.txt.exit'), 'utf8').trim()).toBe('0');
  });
});
