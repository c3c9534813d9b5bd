/**
 * The missing-files rule on the reports the real tools wrote for the sample programs: a changed
 * test file is never "not in the coverage report" when its tool never lists test files (Go's
 * coverprofile, jest's lcov), a changed source file the report lacks still is, and Python test
 * files stay in the rule (coverage.py lists them when it measured them).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { analyze, evaluate, isUnmeasuredTestFile, missingChangedFiles } from '@quality/coverage';
import { GitRepo, removeAll } from '../../../support/git-repo.js';
import { repoRoot } from '../../../e2e/harness/index.js';

afterAll(removeAll);

const fixtures = join(repoRoot, 'tests/fixtures/coverage');

/** The sample committed, then `change` applied in the work tree; the gate's analysis of `report` on that diff. */
async function analyzeChange(sample: string, report: [string, string], change: Record<string, string>) {
  const repo = await GitRepo.init();
  cpSync(join(fixtures, 'samples', sample), repo.dir, { recursive: true });
  await repo.git('add', '-A');
  await repo.git('commit', '-q', '-m', 'sample');
  const base = await repo.head();
  await repo.write({ ...change, [report[1]]: readFileSync(join(fixtures, 'generated', report[0]), 'utf8') });
  await repo.git('add', '-A', '--', ...Object.keys(change));
  const text = await repo.git('diff', base, '--', ...Object.keys(change));
  return analyze({
    reports: [report[1]],
    cwd: repo.dir,
    diff: { kind: 'patch', text, name: 'git diff' },
    spillDir: tmpdir(),
  });
}

const append = (sample: string, file: string, text: string) =>
  `${readFileSync(join(fixtures, 'samples', sample, file), 'utf8')}${text}`;

describe('the missing-files rule leaves out test files their tools never list', () => {
  it('Go: a changed _test.go is not missing, a changed package file without coverage is', async () => {
    const a = await analyzeChange('go', ['go/count/coverage.out', 'coverage.out'], {
      'mathx/mathx_test.go': append('go', 'mathx/mathx_test.go', '\n// one more note\n'),
      'mathx/mathx.go': append('go', 'mathx/mathx.go', '\n// a note\n'),
      'newpkg/newpkg.go': 'package newpkg\n\nfunc One() int { return 1 }\n',
      'newpkg/newpkg_test.go': 'package newpkg\n\nimport "testing"\n\nfunc TestOne(t *testing.T) { _ = One() }\n',
    });
    // The report really lacks the test files (the premise), and lists the package file.
    expect(a.files.map((f) => f.path)).toContain('mathx/mathx.go');
    expect(a.files.some((f) => f.path.endsWith('_test.go'))).toBe(false);
    expect(a.diff!.skipped.map((s) => s.path).sort()).toEqual(
      expect.arrayContaining(['mathx/mathx_test.go', 'newpkg/newpkg.go', 'newpkg/newpkg_test.go']),
    );
    expect(missingChangedFiles(a)).toEqual(['newpkg/newpkg.go']);
    const v = evaluate(a, { minChangedLines: 0, metric: 'lines' }, undefined);
    expect(v.missingFiles).toEqual(['newpkg/newpkg.go']);
    expect(v.rules.find((r) => r.id === 'missing-files')!.message).not.toMatch(/_test\.go/);
  });

  it('jest: changed *.test.js, *.spec.js and __tests__ files are not missing, a new source file is', async () => {
    const a = await analyzeChange('js', ['js/lcov/lcov.info', 'coverage/lcov.info'], {
      'test/calc.test.js': append('js', 'test/calc.test.js', '\n// note\n'),
      'test/text.spec.js': "test('x', () => {});\n",
      'src/__tests__/helpers.js': 'module.exports = {};\n',
      'src/added.js': 'module.exports = 1;\n',
    });
    expect(a.files.map((f) => f.path)).toEqual(['src/calc.js', 'src/text.js', 'src/untested.js']);
    expect(missingChangedFiles(a)).toEqual(['src/added.js']);
  });
});

describe('isUnmeasuredTestFile', () => {
  it.each([
    ['pkg/a_test.go', true],
    ['a_test.go', true],
    ['pkg/testing.go', false],
    ['src/a.test.ts', true],
    ['src/a.spec.tsx', true],
    ['src/A.Test.mjs', true],
    ['src/__tests__/a.js', true],
    ['__tests__/deep/a.cts', true],
    ['src/contest.js', false],
    ['src/test.js', false],
    ['src/latest.spec/a.js', false],
    // Python: coverage.py lists test files it measured, so their absence means something.
    ['tests/test_a.py', false],
    ['pkg/a_test.py', false],
    ['src/__tests__/a.py', false],
  ])('%s -> %s', (path, expected) => {
    expect(isUnmeasuredTestFile(path)).toBe(expected);
  });
});
