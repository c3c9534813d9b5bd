/**
 * `quality test --github`, as actions/test's composite step runs it: options from INPUT_*,
 * annotations at the failing assertions, the job summary, the step's outputs and the timings file.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitRepo, removeAll } from '../../support/git-repo.js';
import { quality } from './run.js';

afterAll(removeAll);

const repo = process.cwd();
let dir: string;
let saved: NodeJS.ProcessEnv;
let written: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quality-test-github-'));
  saved = { ...process.env };
  written = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    written += String(s);
    return true;
  });
});
afterEach(() => {
  jest.restoreAllMocks();
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

function actionEnv(inputs: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...saved,
    GITHUB_WORKSPACE: repo,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
  };
  writeFileSync(env.GITHUB_OUTPUT!, '');
  writeFileSync(env.GITHUB_STEP_SUMMARY!, '');
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  process.env = env; // @actions/core writes outputs and the summary through process.env
  return env;
}

function outputs(): Record<string, string> {
  const text = readFileSync(join(dir, 'output'), 'utf8');
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

describe('quality test --github', () => {
  it('reads reports given in the inputs: outputs, annotations, summary, timings file', async () => {
    const env = actionEnv({ 'working-directory': 'tests/fixtures/testing/vitest', reports: '../reports/vitest.xml' });
    const exitBefore = process.exitCode;
    const r = await quality(['test', '--github'], repo, env);
    expect(r.code).toBe(1);
    // The failure is the command's exit code, not a process-wide one: in band, jest itself
    // exited 1 after every test had passed.
    expect(process.exitCode).toBe(exitBefore);
    expect(written).toContain('::error::');
    const o = outputs();
    expect([o.total, o.passed, o.failed, o.errored, o.skipped, o.flaky]).toEqual(['8', '3', '3', '0', '2', '0']);
    expect(written).toContain(
      '::error title=vitest%3A add > fails on purpose,file=tests/fixtures/testing/vitest/test/calc.test.js,line=10::expected 4 to be 5',
    );
    const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(summary).toContain('| 8 | 3 | 3 | 0 | 2 | 0 |');
    expect(summary).toContain(
      '<details><summary>Failed: add &gt; fails on purpose (tests/fixtures/testing/vitest/test/calc.test.js:10)</summary>',
    );
    expect(summary).toContain('### Slowest tests');
    expect(o.timings!.startsWith(dir)).toBe(true);
    expect(JSON.parse(readFileSync(o.timings!, 'utf8'))).toEqual({
      'tests/fixtures/testing/vitest/test/calc.test.js': expect.any(Number),
    });
  });

  it('a working-directory outside the workspace is an input error (exit 2)', async () => {
    const env = actionEnv({ 'working-directory': '..' });
    const r = await quality(['test', '--github'], repo, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Input 'working-directory'");
  });

  it('--github takes no other option', async () => {
    const r = await quality(['test', '--github', '--json'], repo, actionEnv({}));
    expect(r.code).toBe(2);
  });

  it('the command input as a JSON array runs that command', async () => {
    const env = actionEnv({
      'working-directory': 'tests/fixtures/testing/go',
      command: '["go", "test", "./divide"]',
    });
    const r = await quality(['test', '--github'], repo, env);
    expect(r.stderr).toContain('go test -json ./divide');
    expect(r.code).toBe(0);
    expect(outputs().total).toBe('4');
  });
});

describe('quality test --github on an untrusted event', () => {
  it("pull_request_target with the pull request's head checked out: refused, the tests never run", async () => {
    const ws = await GitRepo.init();
    const head = await ws.commit('tests', {
      'pytest.ini': '[pytest]\n',
      'test_x.py': 'def test_x():\n    assert True\n',
    });
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 1, head: { sha: head }, base: { sha: head } } }));
    const marker = join(dir, 'ran');
    const command = JSON.stringify(['python3', '-c', `open(${JSON.stringify(marker)}, 'w').close()`]);
    const env = { ...actionEnv({ command }), GITHUB_WORKSPACE: ws.dir, GITHUB_EVENT_PATH: event };
    const r = await quality(['test', '--github'], ws.dir, { ...env, GITHUB_EVENT_NAME: 'pull_request_target' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/checked out the pull request's head .* Run test on the pull_request event instead/);
    expect(existsSync(marker)).toBe(false);
    // The same checkout on pull_request runs them.
    const ok = await quality(['test', '--github'], ws.dir, { ...env, GITHUB_EVENT_NAME: 'pull_request' });
    expect(existsSync(marker)).toBe(true);
    expect(ok.stderr).not.toMatch(/checked out the pull request's head/);
  });

  it("the head checked out into the project's folder (a repository of its own inside the workspace): refused", async () => {
    const ws = await GitRepo.init();
    const base = await ws.commit('base', { 'README.md': 'base\n' });
    const pr = await GitRepo.init();
    const head = await pr.commit('tests', {
      'pytest.ini': '[pytest]\n',
      'test_x.py': 'def test_x():\n    assert True\n',
    });
    await ws.git('clone', '--quiet', pr.dir, 'pr');
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 1, head: { sha: head }, base: { sha: base } } }));
    const marker = join(dir, 'ran');
    const command = JSON.stringify(['python3', '-c', `open(${JSON.stringify(marker)}, 'w').close()`]);
    const env = {
      ...actionEnv({ command, 'working-directory': 'pr' }),
      GITHUB_WORKSPACE: ws.dir,
      GITHUB_EVENT_PATH: event,
      GITHUB_SHA: base,
      GITHUB_EVENT_NAME: 'pull_request_target',
    };
    const r = await quality(['test', '--github'], ws.dir, env);
    expect(r.stderr).toMatch(/checked out the pull request's head/);
    expect(r.code).toBe(2);
    expect(existsSync(marker)).toBe(false);
  });
});
