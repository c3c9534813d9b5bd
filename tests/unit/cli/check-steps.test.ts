/**
 * `quality check` running its steps on real temporary git repositories with the real tools here
 * (a Go module: gofmt, go vet, go test with GOFLAGS=-coverprofile writing the coverage report):
 * each step's pass, fail, skip or error reaches the summary, the JSON and the exit code; terminal
 * and plain output; a stale coverage report is never gated.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../../packages/cli/src/program.js';
import { clean, duration, useColor } from '../../../packages/cli/src/commands/terminal.js';
import { GitRepo, removeAll } from '../../support/git-repo.js';
import { quality, type CliRun } from './run.js';

afterAll(removeAll);

const GO = {
  'go.mod': 'module example.com/calc\n\ngo 1.19\n',
  'calc.go': 'package calc\n\nfunc Add(a, b int) int {\n\treturn a + b\n}\n',
  'calc_test.go':
    'package calc\n\nimport "testing"\n\nfunc TestAdd(t *testing.T) {\n\tif Add(1, 2) != 3 {\n\t\tt.Fatal("bad")\n\t}\n}\n',
  '.gitignore': 'coverage.out\n',
};
/** go test writes the coverage report the gate reads, as a project's CI would configure it. */
const COVER = { GOFLAGS: '-coverprofile=coverage.out' };

async function goRepo(change: Record<string, string>): Promise<GitRepo> {
  const repo = await GitRepo.init();
  await repo.commit('base', GO);
  await repo.git('checkout', '-q', '-b', 'feature');
  await repo.commit('change', change);
  return repo;
}

interface Step {
  name: string;
  status: string;
  summary: string;
  durationMs: number;
  exitCode: number | null;
  result?: Record<string, unknown>;
}
interface CheckJson {
  passed: boolean;
  exitCode: number;
  base: string | null;
  mergeBase: string | null;
  steps: Step[];
  coverage: { diff: { lines: { covered: number; total: number } }; verdict: { passed: boolean } } | null;
}
const statuses = (j: CheckJson) => Object.fromEntries(j.steps.map((s) => [s.name, s.status]));

/** What the summary says of each step: "  guard     passed ...". */
function summaryOf(out: string): Record<string, string> {
  const block = out.slice(out.lastIndexOf('\nSummary\n'));
  const rows = [...block.matchAll(/^ {2}(guard|format|lint|test|coverage) +(passed|FAILED|skipped|could not run)/gm)];
  return Object.fromEntries(rows.map((m) => [m[1], m[2]]));
}

describe('quality check: the steps on a Go module', () => {
  let good: GitRepo;
  let bad: GitRepo;
  beforeAll(async () => {
    // A tested change: every step passes.
    good = await goRepo({
      'calc.go': `${GO['calc.go']}\nfunc Sub(a, b int) int {\n\treturn a - b\n}\n`,
      'calc_test.go': `${GO['calc_test.go']}\nfunc TestSub(t *testing.T) {\n\tif Sub(3, 2) != 1 {\n\t\tt.Fatal("bad")\n\t}\n}\n`,
    });
    // Not formatted, a vet error, a failing test, and an untested function.
    bad = await goRepo({
      'calc.go': `${GO['calc.go']}\nfunc Sub(a, b int) int {\n  return a - b\n}\n\nfunc Self(x int) int {\n\tx = x\n\treturn x\n}\n`,
      'calc_test.go': `${GO['calc_test.go']}\nfunc TestSub(t *testing.T) {\n\tif Sub(3, 2) != 5 {\n\t\tt.Fatal("Sub is wrong")\n\t}\n}\n`,
    });
  });

  it('every step passes: exit 0, each step a pass in the progress lines and the summary', async () => {
    const r = await quality(['check'], good.dir, COVER);
    // No warning: the changed calc_test.go is not "missing" (go test never reports _test.go files).
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^quality check: the work tree .* since the merge-base [0-9a-f]{12} with main$/m);
    for (const step of ['guard', 'format', 'lint', 'test', 'coverage']) {
      // Plain output: the start line, then the end line with its duration.
      expect(r.stdout).toMatch(new RegExp(`^… ${step}: started\\nPASS  ${step} +\\d+\\.\\ds  `, 'm'));
    }
    expect(r.stdout).toMatch(/^PASS {2}format .*all files formatted \(gofmt 1\.\d+/m);
    expect(r.stdout).toMatch(/^PASS {2}test .*go test \(go\.mod\): 2 tests: 2 passed/m);
    expect(r.stdout).toMatch(/^ {8}Reports: coverage\.out \(go\)$/m);
    expect(summaryOf(r.stdout)).toEqual({
      guard: 'passed',
      format: 'passed',
      lint: 'passed',
      test: 'passed',
      coverage: 'passed',
    });
    expect(r.stdout).toMatch(/^PASSED: 5 passed\.$/m);
    expect(r.stdout).not.toMatch(/\u001b/); // not a terminal: no escape sequence at all
    expect(r.code).toBe(0);
  });

  it('a failing step fails the check: findings, failures and uncovered lines under each, exit 1', async () => {
    const r = await quality(['check'], bad.dir, COVER);
    expect(summaryOf(r.stdout)).toEqual({
      guard: 'passed',
      format: 'FAILED',
      lint: 'FAILED',
      test: 'FAILED',
      coverage: 'FAILED',
    });
    expect(r.stdout).toMatch(/^ {8}calc\.go: needs formatting \(gofmt\)$/m);
    expect(r.stdout).toMatch(/^ {8}calc\.go:\d+(:\d+)?: error .*\(go-vet\): self-assignment of x to x/m);
    expect(r.stdout).toMatch(/^ {8}FAIL TestSub \(calc_test\.go:\d+\): .*Sub is wrong/m);
    expect(r.stdout).toMatch(/^ {8}calc\.go: uncovered changed lines /m);
    expect(r.stdout).toMatch(/^FAILED: 1 passed, 4 failed \(format, lint, test, coverage\)\.$/m);
    expect(r.code).toBe(1);
  });

  it('--json: one object, each step with its command result, the gate report under coverage', async () => {
    const r = await quality(['check', '--json'], bad.dir, COVER);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as CheckJson;
    expect(j).toMatchObject({ passed: false, exitCode: 1, base: 'main' });
    expect(j.mergeBase).toMatch(/^[0-9a-f]{40}$/);
    expect(statuses(j)).toEqual({ guard: 'pass', format: 'fail', lint: 'fail', test: 'fail', coverage: 'fail' });
    const step = (n: string) => j.steps.find((s) => s.name === n)!;
    // Each result is what the command alone prints with --json.
    expect(step('format').result).toEqual({
      tools: [{ name: 'gofmt', version: expect.stringMatching(/^1\./) }],
      files: [{ path: 'calc.go', tool: 'gofmt' }],
    });
    expect(step('guard').result).toMatchObject({ findings: [], counts: { error: 0 } });
    expect(step('test').result).toMatchObject({ tests: { total: 2, passed: 1, failed: 1 } });
    expect(step('lint').exitCode).toBe(1);
    for (const s of j.steps) expect(s.durationMs).toBeGreaterThanOrEqual(0);
    // The coverage part is the gate's report.json: what quality coverage --json prints, plus the verdict.
    const cov = JSON.parse((await quality(['coverage', 'coverage.out', '--base', 'main', '--json'], bad.dir)).stdout);
    expect(Object.keys(j.coverage!)).toEqual([...Object.keys(cov as object), 'verdict']);
    expect(j.coverage!.verdict.passed).toBe(false);
  });

  it('--skip and --only choose the steps; a step left out is a skip with the reason', async () => {
    const r = await quality(['check', '--only', 'format,guard', '--json'], good.dir);
    const j = JSON.parse(r.stdout) as CheckJson;
    expect(statuses(j)).toEqual({ guard: 'pass', format: 'pass', lint: 'skip', test: 'skip', coverage: 'skip' });
    expect(j.steps.find((s) => s.name === 'lint')!.summary).toBe('not in --only');
    expect(j.coverage).toBeNull();
    expect(r.code).toBe(0);
    const skipped = await quality(['check', '--skip', 'test,coverage,lint'], bad.dir);
    expect(summaryOf(skipped.stdout)).toMatchObject({ lint: 'skipped', test: 'skipped', format: 'FAILED' });
    expect(skipped.stdout).toMatch(/^ {2}lint +skipped +left out by --skip$/m);
    expect(skipped.code).toBe(1);
  });

  it('a coverage report the tests of this check did not write is not gated', async () => {
    // An old report from some earlier run, and a test run that writes none.
    writeFileSync(join(good.dir, 'coverage.out'), 'mode: set\nexample.com/calc/calc.go:3.24,5.2 1 1\n');
    const old = new Date(Date.now() - 3600_000);
    utimesSync(join(good.dir, 'coverage.out'), old, old);
    const r = await quality(['check', '--only', 'test,coverage'], good.dir);
    expect(summaryOf(r.stdout)).toEqual({
      guard: 'skipped',
      format: 'skipped',
      lint: 'skipped',
      test: 'passed',
      coverage: 'could not run',
    });
    expect(r.stdout).toMatch(/No coverage report written by the tests this check ran: coverage\.out .* is older/);
    expect(r.code).toBe(2);
    // Without the test step, the report is the user's to vouch for: it is read.
    const own = await quality(['check', '--only', 'coverage', '--min-diff-coverage', 'off'], good.dir);
    expect(own.stdout).toMatch(/^ {8}Reports: coverage\.out \(go\)$/m);
    expect(own.code).toBe(0);
  });

  it('on a terminal: the start line is rewritten in place, colours unless NO_COLOR; FORCE_COLOR forces them', async () => {
    const run = async (env: NodeJS.ProcessEnv, isTTY: boolean): Promise<CliRun> => {
      let stdout = '';
      let stderr = '';
      const code = await main(['check', '--only', 'guard'], {
        stdout: (s) => void (stdout += s),
        stderr: (s) => void (stderr += s),
        cwd: good.dir,
        env,
        isTTY,
      });
      return { code, stdout, stderr };
    };
    const tty = await run({}, true);
    expect(tty.code).toBe(0);
    expect(tty.stdout).toMatch(/\u001b\[2m… guard\u001b\[22m\r\u001b\[2K\u001b\[32mPASS \u001b\[39m guard /);
    expect(tty.stdout).not.toMatch(/guard: started/);
    const noColor = await run({ NO_COLOR: '1' }, true);
    expect(noColor.stdout).toMatch(/… guard\r\u001b\[2KPASS {2}guard /);
    expect(noColor.stdout).not.toMatch(/\u001b\[\d+m/);
    const forced = await run({ FORCE_COLOR: '1' }, false);
    expect(forced.stdout).toMatch(/^… guard: started\n\u001b\[32mPASS \u001b\[39m guard /m);
    expect(forced.stdout).not.toMatch(/\r/);
  });
});

describe('quality check: nothing to run', () => {
  let repo: GitRepo;
  beforeAll(async () => {
    repo = await GitRepo.init();
    await repo.commit('base', { 'README.md': '# notes\n', 'src/a.js': 'export const a = 1;\n' });
    await repo.git('checkout', '-q', '-b', 'feature');
    await repo.commit('change', { 'src/a.js': 'export const a = 1;\nexport const b = 2;\n' });
    await repo.write({ 'coverage/lcov.info': 'SF:src/a.js\nDA:1,1\nDA:2,1\nLF:2\nLH:2\nend_of_record\n' });
    // Written long ago: with no test command nothing ran that could have written it, so it is read.
    const old = new Date(Date.now() - 3600_000);
    utimesSync(join(repo.dir, 'coverage/lcov.info'), old, old);
  });

  it('no formatter, linter or test command: skipped with the reason, never a pass', async () => {
    const r = await quality(['check'], repo.dir);
    expect(summaryOf(r.stdout)).toEqual({
      guard: 'passed',
      format: 'skipped',
      lint: 'skipped',
      test: 'skipped',
      coverage: 'passed',
    });
    expect(r.stdout).toMatch(/^SKIP {2}format +\d+\.\ds {2}skipped: No formatter found under /m);
    expect(r.stdout).toMatch(/^SKIP {2}lint .*skipped: No linter found under /m);
    expect(r.stdout).toMatch(/^SKIP {2}test .*skipped: No test command found in /m);
    expect(r.stdout).toMatch(/^ {2}format +skipped +No formatter found under \S+$/m); // the gist in the summary
    expect(r.stdout).toMatch(/^PASSED: 2 passed, 3 skipped \(format, lint, test\)\.$/m);
    expect(r.code).toBe(0);
  });

  it('every step skipped: nothing was checked, exit 1', async () => {
    const r = await quality(['check', '--only', 'lint,test'], repo.dir);
    expect(r.stdout).toMatch(/^FAILED: nothing was checked, every step was skipped\.$/m);
    expect(r.code).toBe(1);
    const j = JSON.parse((await quality(['check', '--only', 'lint', '--json'], repo.dir)).stdout) as CheckJson;
    expect(j).toMatchObject({ passed: false, exitCode: 1 });
  });

  it('a step that cannot run is an error: exit 2, the reason on its line', async () => {
    // A test script whose runner quality cannot read results from.
    await repo.write({ 'package.json': '{"name":"x","private":true,"scripts":{"test":"node -e 0"}}\n' });
    try {
      const r = await quality(['check', '--only', 'test'], repo.dir);
      expect(r.stdout).toMatch(/^ERROR test .*quality cannot tell which tests passed/m);
      expect(summaryOf(r.stdout)).toMatchObject({ test: 'could not run' });
      expect(r.code).toBe(2);
    } finally {
      await repo.git('clean', '-qfx', 'package.json');
    }
  });

  it('usage errors: exit 2 before any step runs', async () => {
    const cases: [string[], RegExp][] = [
      [['--skip', 'tests'], /Unknown step 'tests' in --skip: the steps are guard, format, lint, test, coverage/],
      [['--skip', 'lint', '--only', 'test'], /Give --skip or --only, not both/],
      [['--only', 'coverage', '--min-coverage', 'lots'], /Input '--min-coverage'/],
    ];
    for (const [argv, message] of cases) {
      const r = await quality(['check', ...argv], repo.dir);
      expect({ argv, code: r.code, stdout: r.stdout }).toEqual({ argv, code: 2, stdout: '' });
      expect(r.stderr).toMatch(message);
    }
  });
});

describe('terminal helpers', () => {
  it('clean: outside text cannot carry escape sequences or break the line', () => {
    expect(clean('a\u001b[31mred\r\nnext\u009b2J')).toBe('a?[31mred next?2J');
  });
  it('useColor: FORCE_COLOR over NO_COLOR over the terminal', () => {
    expect(useColor({ env: {}, isTTY: true })).toBe(true);
    expect(useColor({ env: {}, isTTY: false })).toBe(false);
    expect(useColor({ env: { NO_COLOR: '1' }, isTTY: true })).toBe(false);
    expect(useColor({ env: { NO_COLOR: '' }, isTTY: true })).toBe(true);
    expect(useColor({ env: { FORCE_COLOR: '1', NO_COLOR: '1' }, isTTY: false })).toBe(true);
    expect(useColor({ env: { FORCE_COLOR: '0' }, isTTY: true })).toBe(false);
  });
  it('duration', () => {
    expect(duration(420)).toBe('0.4s');
    expect(duration(125_000)).toBe('2m05s');
  });
});
