/**
 * The config file end to end: each JavaScript action's bundle, run as the runner runs it, takes a
 * value from .github/quality.yml, an input overrides it, and a wrong file fails the step with the
 * file, line and key. The runner fills INPUT_* with action.yml defaults, so these also prove the
 * keys the file sets have no `default:` there. The composite actions (lint, format, test) run their
 * bundled CLI step as the runner does (runComposite). Needs dist/ (npm run build).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCacheServer, type CacheServer } from '../support/cache-server/index.js';
import { GitRepo, removeAll } from '../support/git-repo.js';
import { flakyPytest } from '../support/flaky-pytest.js';
import { makeEventPayload } from '../support/github-api/index.js';
import { runComposite } from './harness/composite.js';
import { fixtureFiles, makeWorkspace, repoRoot, runAction } from './harness/index.js';

let server: CacheServer;
let home: string;
beforeAll(async () => {
  server = await startCacheServer();
  home = mkdtempSync(join(tmpdir(), 'quality-config-e2e-'));
});
afterAll(async () => {
  await removeAll();
  await server.close();
  rmSync(home, { recursive: true, force: true });
});

const errors = (r: { commands: { command: string; message: string }[] }) =>
  r.commands.filter((c) => c.command === 'error').map((c) => c.message);

describe('actions/coverage-gate with .github/quality.yml', () => {
  // 5 of 6 lines covered: 83.33%.
  const files = (config: string) => ({
    'a.js': 'a\nb\nc\nd\ne\nf\n',
    'coverage/lcov.info': `SF:a.js\n${[1, 2, 3, 4, 5, 6].map((n) => `DA:${n},${n === 6 ? 0 : 1}`).join('\n')}\nend_of_record\n`,
    '.github/quality.yml': config,
  });
  const gate = (config: string, inputs: Record<string, string> = {}) => {
    const workspace = makeWorkspace(files(config));
    // A push of the workspace's one commit onto itself: nothing changed, the total rules decide.
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: workspace }).toString().trim();
    const push = { name: 'push', payload: makeEventPayload('push', { before: head, after: head }) };
    return runAction('coverage-gate', { workspace, event: push, inputs, env: server.env() });
  };

  it('applies the file, and an input overrides it', async () => {
    const config = 'coverage:\n  min-coverage: 90\n  baseline: none\n  comment: never\n';
    const strict = await gate(config);
    expect(strict.exitCode).toBe(1);
    expect(strict.summary).toMatch(/min-coverage/);
    expect(strict.outputs['passed']).toBe('false');
    const relaxed = await gate(config, { 'min-coverage': '80' });
    expect(relaxed.exitCode).toBe(0);
    expect(relaxed.outputs['passed']).toBe('true');
    expect(relaxed.outputs['coverage']).toMatch(/^83\.3/);
  }, 60_000);

  it('fails the step on a wrong file, naming the file, line and key', async () => {
    const r = await gate('coverage:\n  baseline: none\n  min-coverage: 80%\n');
    expect(r.exitCode).toBe(1);
    expect(errors(r).join('\n')).toContain(
      `.github/quality.yml:3: coverage.min-coverage: expected a number from 0 to 100 or 'off', got "80%"`,
    );
  }, 60_000);
});

describe('actions/matrix with .github/quality.yml', () => {
  const files = {
    'package.json': '{"name":"web","engines":{"node":">=22"}}\n',
    'package-lock.json': '{"lockfileVersion":3}\n',
    '.github/quality.yml': 'matrix:\n  os: [ubuntu-latest, windows-latest]\n  versions: [22, 24]\n',
  };
  const names = (out: string | undefined) =>
    (JSON.parse(out ?? '{}') as { include: { name: string }[] }).include.map((e) => e.name);

  it('applies the file, and an input overrides it', async () => {
    const fromFile = await runAction('matrix', { workspace: makeWorkspace(files), inputs: { today: '2026-11-22' } });
    expect(fromFile.exitCode).toBe(0);
    expect(names(fromFile.outputs['matrix'])).toEqual([
      'node 22, ubuntu-latest',
      'node 22, windows-latest',
      'node 24, ubuntu-latest',
      'node 24, windows-latest',
    ]);
    const input = await runAction('matrix', {
      workspace: makeWorkspace(files),
      inputs: { today: '2026-11-22', os: 'macos-latest' },
    });
    expect(names(input.outputs['matrix'])).toEqual(['node 22, macos-latest', 'node 24, macos-latest']);
  }, 60_000);

  it("languages (the pipeline's input) leaves the file's exclude in effect; a wrong one names the input", async () => {
    const polyglot = {
      ...files,
      'api/pyproject.toml': '[project]\nname = "api"\nrequires-python = ">=3.13"\n',
      '.github/quality.yml': `${files['.github/quality.yml']}  exclude:\n    - {os: windows-latest, version: 22}\n`,
    };
    const r = await runAction('matrix', {
      workspace: makeWorkspace(polyglot),
      inputs: { today: '2026-11-22', languages: 'node' },
    });
    expect(r.exitCode).toBe(0);
    expect(names(r.outputs['matrix'])).toEqual([
      'node 22, ubuntu-latest',
      'node 24, ubuntu-latest',
      'node 24, windows-latest',
    ]);
    const fromFile = await runAction('matrix', {
      workspace: makeWorkspace({ ...polyglot, '.github/quality.yml': 'matrix:\n  languages: [python]\n' }),
      inputs: { today: '2026-11-22' },
    });
    expect(names(fromFile.outputs['matrix'])).toEqual(['api, python 3.15, ubuntu-latest']);
    const wrong = await runAction('matrix', {
      workspace: makeWorkspace(polyglot),
      inputs: { today: '2026-11-22', languages: 'node, ruby' },
    });
    expect(wrong.exitCode).toBe(1);
    expect(errors(wrong).join('\n')).toMatch(/Input 'languages' has the value "node,ruby": expected .*\(not "ruby"\)/);
  }, 60_000);

  it('fails the step on an unknown key, with the nearest known key', async () => {
    const r = await runAction('matrix', {
      workspace: makeWorkspace({ ...files, '.github/quality.yml': 'matrix:\n  oss: [ubuntu-latest]\n' }),
    });
    expect(r.exitCode).toBe(1);
    expect(errors(r).join('\n')).toContain(".github/quality.yml:2: matrix.oss: unknown key: did you mean 'os'?");
  }, 60_000);
});

describe('actions/cache-deps with .github/quality.yml', () => {
  const files = (config: string) => ({
    'package.json': readFileSync(join(repoRoot, 'tests/fixtures/cache/npm/package.json'), 'utf8'),
    'package-lock.json': readFileSync(join(repoRoot, 'tests/fixtures/cache/npm/package-lock.json'), 'utf8'),
    '.github/quality.yml': config,
  });
  const env = () => ({ ...server.env(), HOME: home, npm_config_cache: join(home, 'npm-store') });

  it('applies the file, and an input overrides it', async () => {
    const config = 'cache:\n  key-prefix: from-config\n';
    const fromFile = await runAction('cache-deps', { workspace: makeWorkspace(files(config)), env: env() });
    expect(fromFile.exitCode).toBe(0);
    expect(fromFile.outputs['key']).toMatch(/^from-config-linux-x64-npm-/);
    const input = await runAction('cache-deps', {
      workspace: makeWorkspace(files(config)),
      env: env(),
      inputs: { 'key-prefix': 'from-input' },
    });
    expect(input.outputs['key']).toMatch(/^from-input-linux-x64-npm-/);
  }, 60_000);

  it('on pull_request_target ignores a key that writes shared state, and says so', async () => {
    const r = await runAction('cache-deps', {
      workspace: makeWorkspace(files('cache:\n  key-prefix: pr\n  save: always\n')),
      env: env(),
      event: { name: 'pull_request_target', payload: makeEventPayload('pull_request_target') },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['key']).toMatch(/^pr-linux-x64-npm-/);
    const warnings = r.commands.filter((c) => c.command === 'warning').map((c) => c.message);
    expect(warnings).toContainEqual(
      expect.stringMatching(/^\.github\/quality\.yml:3: cache\.save is ignored on pull_request_target: /),
    );
  }, 60_000);
});

const warnings = (r: { commands: { command: string; message: string }[] }) =>
  r.commands.filter((c) => c.command === 'warning').map((c) => c.message);
/** Debian's python3 (flake8, black, isort, pytest) first on PATH, as in CI. */
const debian = { PATH: `/usr/bin:${process.env.PATH ?? ''}` };

/** The lint sample's Python project as workspace files, with a config file. */
function pythonSample(config: string): Record<string, string> {
  return { '.github/quality.yml': config, ...fixtureFiles('tests/fixtures/lint/python') };
}

describe('actions/lint (composite) with .github/quality.yml', () => {
  const config = 'lint:\n  tools: flake8\n  fail-level: none\n';

  it('applies the file, and an input overrides it', async () => {
    const fromFile = await runComposite('lint', { workspace: makeWorkspace(pythonSample(config)), env: debian });
    expect(fromFile.exitCode).toBe(0); // fail-level none, with errors found
    expect(Number(fromFile.outputs['errors'])).toBeGreaterThan(0);
    expect(fromFile.summary).toMatch(/\| flake8 \|/);
    expect(fromFile.summary).not.toMatch(/\| (pylint|mypy) \|/); // tools: flake8 only
    const input = await runComposite('lint', {
      workspace: makeWorkspace(pythonSample(config)),
      env: debian,
      inputs: { 'fail-level': 'error' },
    });
    expect(input.exitCode).toBe(1);
  }, 180_000);

  it('fails the step on a wrong value, naming the file, line and key', async () => {
    const r = await runComposite('lint', {
      workspace: makeWorkspace(pythonSample('lint:\n  filter: changed\n')),
      env: debian,
    });
    expect(r.exitCode).toBe(2);
    expect(errors(r).join('\n')).toContain(
      `.github/quality.yml:2: lint.filter: expected one of 'added', 'diff-context', 'file', 'nofilter', got "changed"`,
    );
  }, 60_000);
});

describe('actions/format (composite) with .github/quality.yml', () => {
  it('applies the file, and an input overrides it', async () => {
    const config = 'format:\n  tools: [isort]\n';
    const fromFile = await runComposite('format', { workspace: makeWorkspace(pythonSample(config)), env: debian });
    expect(fromFile.exitCode).toBe(1);
    expect(fromFile.annotations.map((a) => a.title ?? a.message)).toEqual([expect.stringContaining('isort')]);
    expect(fromFile.summary).not.toContain('black');
    const input = await runComposite('format', {
      workspace: makeWorkspace(pythonSample(config)),
      env: debian,
      inputs: { tools: 'black' },
    });
    expect(input.summary).toContain('(black)');
    expect(input.summary).not.toContain('(isort)');
  }, 180_000);
});

describe('actions/test (composite) with .github/quality.yml', () => {
  /** A pytest project whose test_flaky fails on its first run and passes on the retry. */
  const project = (config: string) => ({
    '.github/quality.yml': config,
    'pytest.ini': '[pytest]\n',
    'tests/test_flaky.py': flakyPytest(),
  });
  const config = 'test:\n  command: [python3, -m, pytest, -p, no:cacheprovider]\n  retry-failed: 1\n  flaky: fail\n';

  it('applies the file, and an input overrides it', async () => {
    const fromFile = await runComposite('test', { workspace: makeWorkspace(project(config)), env: debian });
    expect(fromFile.outputs).toMatchObject({ total: '2', passed: '2', failed: '0', flaky: '1' });
    expect(fromFile.exitCode).toBe(1); // flaky: fail
    const input = await runComposite('test', {
      workspace: makeWorkspace(project(config)),
      env: debian,
      inputs: { flaky: 'pass' },
    });
    expect(input.exitCode).toBe(0);
    expect(input.outputs['flaky']).toBe('1');
  }, 120_000);

  it("on pull_request_target a fork's test.command never runs: dropped with a warning", async () => {
    const ws = makeWorkspace({
      '.github/quality.yml': `test:\n  command: [python3, -c, "open('ran', 'w').close()"]\n`,
    });
    const r = await runComposite('test', {
      workspace: ws,
      env: debian,
      event: { name: 'pull_request_target', payload: makeEventPayload('pull_request_target') },
    });
    expect(warnings(r)).toContainEqual(
      expect.stringMatching(/^\.github\/quality\.yml:2: test\.command is ignored on pull_request_target: /),
    );
    expect(r.exitCode).toBe(2); // no command left, and none found in the workspace
    expect(existsSync(join(ws, 'ran'))).toBe(false);
  }, 60_000);
});

describe('actions/guard with .github/quality.yml', () => {
  const files = (config: string) => ({ 'big.txt': `${'x'.repeat(3000)}\n`, '.github/quality.yml': config });
  const guard = (config: string, inputs: Record<string, string> = {}) =>
    runAction('guard', { workspace: makeWorkspace(files(config)), inputs });
  const rulesOf = (r: { annotations: { title?: string }[] }) => r.annotations.map((a) => a.title);

  it('applies thresholds, rule levels and the fail level from the file; an input overrides them', async () => {
    const big = await guard('guard:\n  max-file-size-kb: 1\n');
    expect(big.exitCode).toBe(1);
    expect(big.outputs['errors']).toBe('1');
    expect((await guard('guard:\n  max-file-size-kb: 1\n', { 'max-file-size-kb': '100' })).exitCode).toBe(0);

    const config = 'guard:\n  max-file-size-kb: 1\n  rules:\n    file/large-file: warning\n  fail-level: warning\n';
    const warned = await guard(config);
    expect(warned.exitCode).toBe(1);
    expect(warned.outputs).toMatchObject({ errors: '0', warnings: '1' });
    expect((await guard(config, { 'fail-level': 'error' })).exitCode).toBe(0);

    const off = await guard('guard:\n  max-file-size-kb: 1\n  files: false\n');
    expect(off.exitCode).toBe(0);
    expect(rulesOf(off)).toEqual([]);
  }, 120_000);

  it('fails the step on a wrong value, naming the file, line and key', async () => {
    const r = await guard('guard:\n  fail-level: warnings\n');
    expect(r.exitCode).toBe(1);
    expect(errors(r).join('\n')).toContain(
      `.github/quality.yml:2: guard.fail-level: expected one of 'error', 'warning', 'any', 'none', got "warnings"`,
    );
  }, 60_000);
});

describe('actions/guard commit checks with .github/quality.yml', () => {
  /** A same-repository pull request of one `feat:` commit (title too) that adds the config file. */
  async function pr(config: string, inputs: Record<string, string> = {}) {
    const repo = await GitRepo.init();
    const baseSha = await repo.commit('chore: base', { 'README.md': '# app\n' });
    await repo.branch('feature');
    const headSha = await repo.commit('feat: add the app', { 'app.js': 'export {};\n', '.github/quality.yml': config });
    const payload = makeEventPayload('pull_request', { number: 4, baseSha, headSha, title: 'feat: add the app' });
    return runAction('guard', { workspace: repo.dir, event: { name: 'pull_request', payload }, inputs });
  }

  it('commit-convention and commit-types from the file; the input turns the check off', async () => {
    const strict = await pr('guard:\n  commit-convention: true\n  commit-types: [fix, docs]\n');
    expect(strict.exitCode).toBe(1);
    expect(strict.annotations.map((a) => a.title)).toEqual(['guard: commit/type', 'guard: commit/type']);
    expect((await pr('guard:\n  commit-convention: true\n  commit-types: [feat]\n')).exitCode).toBe(0);
    const off = await pr('guard:\n  commit-convention: true\n  commit-types: [fix]\n', {
      'commit-convention': 'false',
    });
    expect(off.exitCode).toBe(0);
    expect(off.annotations).toEqual([]);
  }, 120_000);
});
