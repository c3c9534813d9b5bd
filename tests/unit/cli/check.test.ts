/**
 * `quality check`'s coverage gate (`--only coverage`) on real temp git repositories: the work tree
 * against the merge-base (and --committed), agreeing with diff-cover on the same Cobertura report;
 * the base rule; baselines. The other steps: check-steps.test.ts.
 */
import { describe, it, expect, afterAll, beforeAll } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitRepo, gitEnv, removeAll } from '../../support/git-repo.js';
import { quality } from './run.js';

afterAll(removeAll);

/** Cobertura for the files as they are now: every non-blank line executable, `# miss` lines not hit. */
function cobertura(root: string, paths: string[]): string {
  const classes = paths.map((p) => {
    const lines = readFileSync(join(root, p), 'utf8')
      .split('\n')
      .map((text, i) => ({ n: i + 1, text }))
      .filter((l) => l.text.trim() !== '')
      .map((l) => `<line number="${l.n}" hits="${l.text.includes('# miss') ? 0 : 1}"/>`);
    return `<class name="${p}" filename="${p}" line-rate="0" branch-rate="0"><methods/><lines>${lines.join('')}</lines></class>`;
  });
  return (
    `<?xml version="1.0" ?>\n<coverage version="6.5.0" line-rate="0" branch-rate="0" timestamp="1" lines-valid="0" lines-covered="0">` +
    `<sources><source>${root}</source></sources><packages><package name="app" line-rate="0" branch-rate="0"><classes>` +
    `${classes.join('')}</classes></package></packages></coverage>\n`
  );
}

const BASE = {
  'app/calc.py': 'def add(a, b):\n    return a + b\n\n\ndef sub(a, b):\n    return a - b\n',
  'README.md': 'calc\n',
};

interface Ours {
  diff: { lines: { covered: number; total: number }; files: { path: string; uncovered: number[] }[] };
  verdict: { passed: boolean; rules: { id: string; status: string; enforced: boolean }[]; missingFiles: string[] };
  inputs: { path: string }[];
}
/** The coverage part of `quality check --json`: the gate's report.json. */
const gate = (stdout: string) => (JSON.parse(stdout) as { coverage: Ours }).coverage;
const ONLY = ['--only', 'coverage'];

interface DiffCover {
  src_stats: Record<string, { violation_lines: number[] }>;
  total_num_lines: number;
  total_num_violations: number;
}

describe('quality check on a real repository', () => {
  let repo: GitRepo;
  beforeAll(async () => {
    repo = await GitRepo.init();
    await repo.commit('base', BASE);
    await repo.git('checkout', '-q', '-b', 'feature');
    // Committed: one covered and one missed function.
    await repo.commit('mul and div', {
      'app/calc.py': `${BASE['app/calc.py']}\n\ndef mul(a, b):\n    return a * b\n\n\ndef div(a, b):\n    return a / b  # miss\n`,
    });
    // Staged: a new module.
    await repo.write({ 'app/util.py': 'def clamp(x):\n    if x < 0:\n        return 0  # miss\n    return x\n' });
    await repo.git('add', 'app/util.py');
    // Unstaged: more lines in a committed file.
    const calc = readFileSync(join(repo.dir, 'app/calc.py'), 'utf8');
    await repo.write({ 'app/calc.py': `${calc}\n\ndef neg(a):\n    return -a  # miss\n` });
    // Untracked: neither tool counts it.
    await repo.write({ 'app/extra.py': 'X = 1  # miss\n' });
    writeFileSync(join(repo.dir, 'coverage.xml'), cobertura(repo.dir, ['app/calc.py', 'app/util.py', 'app/extra.py']));
  });

  const diffCover = (extra: string[]): DiffCover => {
    const out = join(repo.dir, '..', `${repo.dir.split('/').pop()}-diff-cover.json`);
    const r = spawnSync('diff-cover', ['coverage.xml', '--compare-branch=main', `--json-report=${out}`, ...extra], {
      cwd: repo.dir,
      env: gitEnv(),
      encoding: 'utf8',
    });
    if (r.error) throw new Error(`diff-cover is not installed (apt-get install -y diff-cover): ${r.error.message}`);
    const json = JSON.parse(readFileSync(out, 'utf8')) as DiffCover;
    execFileSync('rm', ['-f', out]);
    return json;
  };

  const compare = (ours: Ours, theirs: DiffCover) => {
    const mine = Object.fromEntries(ours.diff.files.map((f) => [f.path, f.uncovered]));
    const want = Object.fromEntries(Object.entries(theirs.src_stats).map(([p, s]) => [p, s.violation_lines]));
    expect(mine).toEqual(want);
    expect(ours.diff.lines.total).toBe(theirs.total_num_lines);
    expect(ours.diff.lines.total - ours.diff.lines.covered).toBe(theirs.total_num_violations);
  };

  it('measures the work tree (committed, staged, unstaged) as diff-cover does', async () => {
    const r = await quality(['check', 'coverage.xml', '--base', 'main', '--json', ...ONLY], repo.dir);
    expect(r.stderr).toBe('');
    const ours = gate(r.stdout);
    compare(ours, diffCover([]));
    expect(Object.keys(Object.fromEntries(ours.diff.files.map((f) => [f.path, 1]))).sort()).toEqual([
      'app/calc.py',
      'app/util.py',
    ]);
    expect(ours.diff.lines).toEqual({ covered: 7, total: 10, percent: 70 });
    expect(r.code).toBe(1); // 70% < 80%
    expect(ours.verdict.passed).toBe(false);
  });

  it("--help names every field of --json's object and of its steps", async () => {
    const out = JSON.parse(
      (await quality(['check', 'coverage.xml', '--base', 'main', '--json', ...ONLY], repo.dir)).stdout,
    ) as {
      steps: object[];
    };
    const help = (await quality(['check', '--help'], repo.dir)).stdout.replace(/\s+/g, ' ');
    for (const key of [...Object.keys(out), ...Object.keys(out.steps[0]!)])
      expect([key, help]).toEqual([key, expect.stringContaining(`"${key}"`)]);
  });

  it('--committed measures the commits only, as diff-cover --ignore-staged --ignore-unstaged', async () => {
    const r = await quality(['check', 'coverage.xml', '--base', 'main', '--committed', '--json', ...ONLY], repo.dir);
    const ours = gate(r.stdout);
    compare(ours, diffCover(['--ignore-staged', '--ignore-unstaged']));
    expect(ours.diff.files.map((f) => f.path)).toEqual(['app/calc.py']);
    expect(ours.diff.lines).toMatchObject({ covered: 3, total: 4 });
  });

  it('names the reports it read and the change it measured', async () => {
    const r = await quality(['check', '--root', 'app', '--base', 'main', ...ONLY], repo.dir);
    expect(r.code).toBe(2); // no report in the default places: the gate cannot run
    expect(r.stdout).toMatch(
      /^ERROR coverage .*No coverage report given or found in .*\/app \(looked for coverage\/lcov.info, coverage.xml/m,
    );
    const named = await quality(
      ['check', 'coverage.xml', '--base', 'main', '--min-diff-coverage', '50', ...ONLY],
      repo.dir,
    );
    expect(named.code).toBe(0);
    expect(named.stdout).toMatch(/^ {8}Reports: coverage.xml \(cobertura\)$/m);
    expect(named.stdout).toMatch(
      /^quality check: the work tree \(committed, staged and unstaged changes\) since the merge-base [0-9a-f]{12} with main$/m,
    );
    expect(named.stdout).toMatch(/^PASS {2}coverage /m);
    expect(named.stdout).toMatch(/^PASSED: 1 passed, 4 skipped/m);
    expect(named.stdout).toMatch(/^ {8}app\/calc.py: uncovered changed lines 14, 18$/m);
  });

  it('--missing-files: a changed file the report does not list warns, fails, or is ignored', async () => {
    await repo.write({ 'app/new.py': 'def f():\n    return 1\n' });
    await repo.git('add', 'app/new.py');
    try {
      const args = ['check', 'coverage.xml', '--base', 'main', '--min-diff-coverage', '0', ...ONLY];
      const warn = await quality(args, repo.dir);
      expect(warn.code).toBe(0);
      expect(warn.stderr).toMatch(
        /^warning: coverage: app\/new.py is part of the change but not in the coverage report/m,
      );
      const fail = await quality([...args, '--missing-files', 'fail'], repo.dir);
      expect(fail.code).toBe(1);
      expect(fail.stdout).toMatch(/^FAILED: 1 failed \(coverage\)/m);
      expect(fail.stdout).toMatch(
        /FAIL {2}missing-files: 1 changed file is not in the coverage report .*: app\/new.py\./,
      );
      const ignore = await quality([...args, '--missing-files', 'ignore', '--json'], repo.dir);
      expect(ignore.code).toBe(0);
      expect(ignore.stderr).toBe('');
      expect(gate(ignore.stdout).verdict.missingFiles).toEqual([]);
      // README.md is not in the report's language: never "missing".
      const json = gate((await quality([...args, '--json'], repo.dir)).stdout);
      expect(json.verdict.missingFiles).toEqual(['app/new.py']);
      // Not enforced in warn mode: the gate's shape (a failing rule that does not fail the run).
      expect(json.verdict.rules.find((r) => r.id === 'missing-files')).toMatchObject({
        status: 'fail',
        enforced: false,
      });
    } finally {
      await repo.git('rm', '-q', '--cached', 'app/new.py');
      execFileSync('rm', ['-f', join(repo.dir, 'app/new.py')]);
    }
  });

  it('--baseline reads what quality coverage --json writes; --max-decrease without one warns', async () => {
    const cov = await quality(['coverage', 'coverage.xml', '--json'], repo.dir);
    const file = join(repo.dir, '..', `${repo.dir.split('/').pop()}-baseline.json`);
    writeFileSync(file, cov.stdout);
    try {
      const r = await quality(
        ['check', 'coverage.xml', '--base', 'main', '--baseline', file, '--json', ...ONLY],
        repo.dir,
      );
      const v = gate(r.stdout).verdict;
      expect(v.rules.find((x) => x.id === 'max-decrease')).toMatchObject({ status: 'pass' });
    } finally {
      execFileSync('rm', ['-f', file]);
    }
    const none = await quality(['check', 'coverage.xml', '--base', 'main', '--max-decrease', '1', ...ONLY], repo.dir);
    expect(none.stderr).toMatch(
      /^warning: coverage: --max-decrease has no baseline to compare with, so it is not checked/m,
    );
    const missing = await quality(['check', 'coverage.xml', '--baseline', 'nope.json'], repo.dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--baseline nope.json does not exist/);
    expect(missing.stderr).not.toMatch(/This is a bug/);
  });

  it('answers usage errors with exit code 2 and the usage', async () => {
    const cases: [string[], RegExp][] = [
      [['--bogus'], /^quality check: Unknown option '--bogus'.\nUsage: quality check \[REPORT...\]/],
      [['--base'], /Option '--base <value>' argument missing/],
      [['--min-coverage', '0x50'], /Input '--min-coverage' has the value "0x50": expected a number from 0 to 100/],
      [['--min-coverage', '80%'], /without the % sign/],
      [['--metric', 'statements'], /Input '--metric'/],
      [['--missing-files', 'maybe'], /Input '--missing-files'/],
      [['--root', '/nonexistent-quality'], /--root \/nonexistent-quality does not exist/],
    ];
    for (const [argv, message] of cases) {
      const r = await quality(['check', ...argv], repo.dir);
      expect({ argv, code: r.code, stdout: r.stdout }).toEqual({ argv, code: 2, stdout: '' });
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/This is a bug/);
    }
  });
});

describe('quality check: the base branch', () => {
  it("uses the remote's default branch (origin/HEAD) first", async () => {
    const origin = await GitRepo.init({ branch: 'trunk' });
    await origin.commit('base', BASE);
    const clone = await GitRepo.clone(origin.url);
    await clone.git('checkout', '-q', '-b', 'feature');
    await clone.write({ 'app/calc.py': `${BASE['app/calc.py']}\n\ndef mul(a, b):\n    return a * b\n` });
    writeFileSync(join(clone.dir, 'coverage.xml'), cobertura(clone.dir, ['app/calc.py']));
    const r = await quality(['check', 'coverage.xml', ...ONLY], clone.dir);
    expect(r.stdout).toMatch(/since the merge-base [0-9a-f]{12} with origin\/trunk$/m);
    expect(r.code).toBe(0);
  });

  it('stops with exit code 2 asking for --base when no base branch exists', async () => {
    const repo = await GitRepo.init({ branch: 'feature' });
    await repo.commit('only', BASE);
    writeFileSync(join(repo.dir, 'coverage.xml'), cobertura(repo.dir, ['app/calc.py']));
    const r = await quality(['check', 'coverage.xml'], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /No base branch found \(tried refs\/remotes\/origin\/HEAD, origin\/main, origin\/master, main, master\): .*--base REF/,
    );
    const help = await quality(['check', '--help'], repo.dir);
    expect(help.stdout).toMatch(/refs\/remotes\/origin\/HEAD[\s\S]*then origin\/main, origin\/master, main,\s+master/);
  });
});
