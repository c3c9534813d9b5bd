/**
 * planRun with `files` (a shard): each runner gets the files its own way, the selection is
 * checked against the project, and a retry of a shard replaces the selection with the failures.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import type { ProcessResult, ProcessRunner } from '@quality/kit/process';
import {
  globLiteral,
  withoutExcludedPackages,
  planRun,
  retryPlan,
  vitestOverlaps,
  type FailureEntry,
  type ProjectFacts,
} from '@quality/testing';

let dir: string;
const reportDir = '/r';
const facts = (over: Partial<ProjectFacts> = {}): ProjectFacts => ({
  packageManager: 'npm',
  python: false,
  pythonPrefix: ['python3'],
  goMod: false,
  ...over,
});
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'quality-plan-files-'));
  mkdirSync(join(dir, 'src/pkg'), { recursive: true });
  for (const d of ['node_modules/dep', 'Lib/SRC', 'all']) mkdirSync(join(dir, d), { recursive: true });
  for (const f of [
    'a.test.js',
    'src/b.test.js',
    '-dash.test.js',
    'src/pkg/x_test.go',
    'x_test.go',
    'Lib/SRC/A.test.js',
    'src/a.test.js',
    'src/[x]a.test.js',
    'node_modules/dep/a.test.js',
  ])
    writeFileSync(join(dir, f), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** vitest's --exclude of a file of the project: its absolute path, as a literal glob. */
const excluded = (f: string) => `--exclude=${dir.split(sep).join('/')}/${f}`;

const failure = (name: string, file?: string): FailureEntry => ({
  name,
  outcome: 'failed',
  producer: 'jest',
  ...(file ? { file } : {}),
  message: 'x',
});

describe('planRun with files', () => {
  it('jest: --runTestsByPath and the paths, after the machine-output flags; a leading - gets ./', () => {
    const p = planRun(dir, facts({ testScript: 'jest' }), {
      reportDir,
      files: ['a.test.js', './src/b.test.js', '-dash.test.js', 'a.test.js'],
    });
    expect(p.argv.slice(-4)).toEqual(['--runTestsByPath', 'a.test.js', 'src/b.test.js', './-dash.test.js']);
    expect(p.argv.slice(0, 3)).toEqual(['npm', 'test', '--']);
    expect(p.files).toEqual(['a.test.js', 'src/b.test.js', './-dash.test.js']);
  });

  it('jest from its bin script in package.json (node node_modules/jest/bin/jest.js) is recognised', () => {
    const p = planRun(dir, facts({ testScript: 'node --experimental-vm-modules node_modules/jest/bin/jest.js' }), {
      reportDir,
      files: ['a.test.js'],
    });
    expect(p.kind).toBe('jest');
  });

  it('vitest and pytest: the files appended as they are', () => {
    const v = planRun(dir, facts(), { reportDir, command: ['npx', 'vitest'], files: ['src/b.test.js'] });
    expect(v.argv.at(-1)).toBe('src/b.test.js');
    expect(v.argv).toContain('--reporter=junit');
    const py = planRun(dir, facts({ python: true }), { reportDir, files: ['a.test.js'] });
    expect(py.argv).toEqual([
      'python3',
      '-m',
      'pytest',
      '-o',
      'junit_family=xunit1',
      '--junitxml=/r/pytest-junit.xml',
      'a.test.js',
    ]);
  });

  it('vitest: every other file a filter would match (a substring, any case) excluded by its exact path', () => {
    const v = planRun(dir, facts({ testScript: 'vitest run' }), { reportDir, files: ['a.test.js', 'src/b.test.js'] });
    expect(v.argv.slice(-5)).toEqual([
      excluded('Lib/SRC/A.test.js'),
      excluded('src/\\[x\\]a.test.js'),
      excluded('src/a.test.js'),
      'a.test.js',
      'src/b.test.js',
    ]);
    expect(v.files).toEqual(['a.test.js', 'src/b.test.js']);
    // Folders vitest never searches are not walked; selected files are never excluded.
    expect(vitestOverlaps(dir, ['./src/a.test.js', 'src/[x]a.test.js'])).toEqual(['Lib/SRC/A.test.js', 'a.test.js']);
    expect(globLiteral('a(1)/b[2]{c}*?!+@(x)|.js')).toBe('a\\(1\\)/b\\[2\\]\\{c\\}\\*\\?!+\\@\\(x\\)\\|.js');
    expect(globLiteral('!x.js')).toBe('\\!x.js');
  });

  it("go: the packages replace the command's own, flags and their values and -args stay", () => {
    const detected = planRun(dir, facts({ goMod: true }), { reportDir, files: ['.', 'src/pkg'] });
    expect(detected.argv).toEqual(['go', 'test', '-json', '.', './src/pkg']);
    const given = planRun(dir, facts(), {
      reportDir,
      command: ['go', 'test', '-v', './...', '-coverprofile', './cover.out', '-args', '-x'],
      files: ['./src/pkg'],
    });
    expect(given.argv).toEqual([
      'go',
      'test',
      '-json',
      '-v',
      '-coverprofile',
      './cover.out',
      './src/pkg',
      '-args',
      '-x',
    ]);
  });

  it('go: a package folder named all is ./all, never the pattern all (every package and its dependencies)', () => {
    const p = planRun(dir, facts({ goMod: true }), { reportDir, files: ['all', '.'] });
    expect(p.argv).toEqual(['go', 'test', '-json', './all', '.']);
  });

  it('refuses what it cannot run as the shard: unknown runner, missing file, outside the project, wrong kind', () => {
    expect(() => planRun(dir, facts({ testScript: 'make test' }), { reportDir, files: ['a.test.js'] })).toThrow(
      /not a runner quality can give files to/,
    );
    expect(() => planRun(dir, facts({ testScript: 'jest' }), { reportDir, files: ['gone.test.js'] })).toThrow(
      /"gone.test.js" does not exist in .*another commit/,
    );
    expect(() => planRun(dir, facts({ testScript: 'jest' }), { reportDir, files: ['../x.test.js'] })).toThrow(
      /outside the project/,
    );
    expect(() => planRun(dir, facts({ goMod: true }), { reportDir, files: ['x_test.go'] })).toThrow(
      /not a package directory/,
    );
    expect(() => planRun(dir, facts({ testScript: 'jest' }), { reportDir, files: ['src'] })).toThrow(/is a directory/);
  });

  it('no files (an empty list) is the whole suite, as before', () => {
    const p = planRun(dir, facts({ goMod: true }), { reportDir, files: [] });
    expect(p.argv).toEqual(['go', 'test', '-json', './...']);
    expect(p.files).toBeUndefined();
  });
});

describe('retryPlan of a shard', () => {
  it('jest: -t with the names and, by path, only the selected files that failed', () => {
    const base = planRun(dir, facts({ testScript: 'jest' }), { reportDir, files: ['a.test.js', 'src/b.test.js'] });
    const r = retryPlan(base, [failure('t one', 'proj/src/b.test.js')], '/r/retry.json')!;
    expect(r.argv.slice(-4)).toEqual(['--runTestsByPath', '-t', '^(t one)$', 'src/b.test.js']);
    expect(r.argv).toContain('--outputFile=/r/retry.json');
    expect(r.argv.filter((a) => a === 'a.test.js')).toEqual([]);
  });

  it('jest and vitest: a failure names the longest selected file its path ends with, not every one', () => {
    const files = ['a.test.js', 'src/a.test.js'];
    const jest = planRun(dir, facts({ testScript: 'jest' }), { reportDir, files });
    const r = retryPlan(jest, [failure('t', 'proj/src/a.test.js')], '/r/retry.json')!;
    expect(r.argv.slice(-4)).toEqual(['--runTestsByPath', '-t', '^(t)$', 'src/a.test.js']);
    const vitest = planRun(dir, facts({ testScript: 'vitest' }), { reportDir, files });
    const v = retryPlan(vitest, [failure('t', 'proj/a.test.js')], '/r/retry.xml')!;
    // src/a.test.js holds a.test.js: excluded from the retry, as the shard's other files stay.
    expect(v.argv.slice(-3)).toEqual(['^(t)$', excluded('src/a.test.js'), 'a.test.js']);
    expect(v.argv).toContain(excluded('Lib/SRC/A.test.js'));
  });

  it('pytest: the node ids in place of the shard files; go: -run within the shard packages', () => {
    const py = planRun(dir, facts({ python: true }), { reportDir, files: ['a.test.js'] });
    const r = retryPlan(py, [failure('a.test.js::test_x')], '/r/retry.xml')!;
    expect(r.argv.slice(-2)).toEqual(['--junitxml=/r/retry.xml', 'a.test.js::test_x']);
    const go = planRun(dir, facts({ goMod: true }), { reportDir, files: ['./src/pkg'] });
    const g = retryPlan(go, [{ ...failure('TestX'), suite: 'example.com/m/src/pkg' }], '/r/retry.jsonl')!;
    expect(g.argv).toEqual(['go', 'test', '-json', './src/pkg', '-run', '^(TestX)$']);
  });
});

describe('retryPlan: pytest ids from a rootdir above the project folder', () => {
  it("rewrites the report's rootdir-relative file to the folder pytest runs in", () => {
    const root = mkdtempSync(join(tmpdir(), 'quality-plan-rootdir-'));
    try {
      mkdirSync(join(root, '.git'));
      mkdirSync(join(root, 'py/tests'), { recursive: true });
      writeFileSync(join(root, 'pytest.ini'), '[pytest]\n');
      writeFileSync(join(root, 'py/tests/test_a.py'), 'def test_x(): pass\n');
      const py = planRun(join(root, 'py'), facts({ python: true }), { reportDir });
      const r = retryPlan(
        py,
        [failure('py/tests/test_a.py::TestK::test_flaky'), failure('tests/test_a.py::test_x')],
        '/r/x.xml',
      )!;
      // Already relative to the project folder: kept; relative to the rootdir above it: rewritten.
      expect(r.argv.slice(-2)).toEqual(['tests/test_a.py::TestK::test_flaky', 'tests/test_a.py::test_x']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('withoutExcludedPackages (go list -e before a go shard)', () => {
  const result = (stdout: string, code = 0): ProcessResult => ({
    code,
    signal: null,
    stdout: Buffer.from(stdout),
    stderr: Buffer.alloc(0),
    durationMs: 1,
    truncated: false,
    timedOut: false,
  });
  const options = (runner: ProcessRunner) => ({
    plan: undefined as never,
    runner,
    ctx: { root: dir, projectDir: dir },
    retryFailed: 0,
    retryReport: () => '/r/x',
  });

  it("asks go list with the command's loading flags only, and drops the packages it says nothing builds", async () => {
    const plan = planRun(dir, facts(), {
      reportDir,
      command: ['go', 'test', '-v', '-tags=integration', '-mod', 'vendor', './...', '-args', '-tags', 'x'],
      files: ['.', 'src/pkg'],
    });
    const asked: string[][] = [];
    const runner: ProcessRunner = async (req) => {
      asked.push([...req.argv]);
      return result(
        `${dir}\t\n${join(dir, 'src/pkg')}\tbuild constraints exclude all Go files in ${join(dir, 'src/pkg')}\n`,
      );
    };
    const notes: string[] = [];
    const p = await withoutExcludedPackages(plan, { ...options(runner), onOutput: (t) => notes.push(t) });
    expect(asked).toEqual([
      [
        'go',
        'list',
        '-e',
        '-f',
        '{{.Dir}}\t{{with .Error}}{{.Err}}{{end}}',
        '-tags=integration',
        '-mod',
        'vendor',
        '.',
        './src/pkg',
      ],
    ]);
    expect(p.argv).toEqual([
      'go',
      'test',
      '-json',
      '-v',
      '-tags=integration',
      '-mod',
      'vendor',
      '.',
      '-args',
      '-tags',
      'x',
    ]);
    expect(p.files).toEqual(['.']);
    expect(notes.join('')).toContain('./src/pkg: build constraints exclude all Go files');
  });

  it('runs the plan as it is when go list fails, finds nothing excluded, or the shard is not go', async () => {
    const plan = planRun(dir, facts({ goMod: true }), { reportDir, files: ['.'] });
    expect(
      await withoutExcludedPackages(
        plan,
        options(async () => result('', 1)),
      ),
    ).toBe(plan);
    expect(
      await withoutExcludedPackages(
        plan,
        options(async () => result(`${dir}\t\n`)),
      ),
    ).toBe(plan);
    const jest = planRun(dir, facts({ testScript: 'jest' }), { reportDir, files: ['a.test.js'] });
    expect(
      await withoutExcludedPackages(
        jest,
        options(async () => result('', 1)),
      ),
    ).toBe(jest);
  });
});
