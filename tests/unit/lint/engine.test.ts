/**
 * Detection, planning (the project's own binaries), running through an injected runner, and the
 * filter modes, on in-memory repositories: no tool runs here.
 */
import { describe, expect, it } from '@jest/globals';
import type { ProcessRequest, ProcessResult, ProcessRunner } from '@quality/kit/process';
import type { Finding } from '@quality/kit/findings';
import {
  detectTools,
  filterFindings,
  goTool,
  exitCode,
  lintResult,
  parseToolList,
  planTool,
  planTools,
  runTools,
  ToolNotInstalledError,
  versionOf,
  type ProjectRef,
} from '@quality/lint';
import { memoryFiles } from './memory-files.js';

const node = (dir = '.', pm = 'npm'): ProjectRef => ({ dir, language: 'node', packageManager: pm });
const py = (dir = '.', pm = 'pip'): ProjectRef => ({ dir, language: 'python', packageManager: pm });
const go = (dir = '.'): ProjectRef => ({ dir, language: 'go', packageManager: 'go' });

describe('detectTools', () => {
  it('from config files, package.json keys and dependencies, per project', () => {
    const f = memoryFiles({
      'web/package.json': JSON.stringify({ devDependencies: { prettier: '3' }, eslintConfig: {} }),
      'web/tsconfig.json': '{}',
      'api/pyproject.toml': '[project]\ndependencies = ["ruff>=0.5", "mypy"]\n[tool.black]\nline-length = 100\n',
      'api/setup.cfg': '[flake8]\nmax-line-length = 100\n',
    });
    const lint = detectTools([node('web'), py('api')], f, 'lint');
    expect(lint.map((d) => [d.project.dir, d.tool, d.reason])).toEqual([
      ['web', 'eslint', '"eslintConfig" in web/package.json'],
      ['web', 'tsc', 'web/tsconfig.json'],
      ['api', 'ruff', 'ruff in api/pyproject.toml'],
      ['api', 'flake8', '[flake8] in api/setup.cfg'],
      ['api', 'mypy', 'mypy in api/pyproject.toml'],
    ]);
    const fmt = detectTools([node('web'), py('api')], f, 'format');
    expect(fmt.map((d) => d.tool)).toEqual(['prettier', 'ruff', 'black']);
  });
  it('biome only with its config: a devDependency alone beside prettier is not a second formatter', () => {
    // This repository has @biomejs/biome for its lint fixtures and formats with prettier:
    // `quality format` listed every file as biome-unformatted.
    const pkg = JSON.stringify({ devDependencies: { '@biomejs/biome': '2', prettier: '3' } });
    const f = memoryFiles({ 'package.json': pkg, '.prettierrc': '{}' });
    expect(detectTools([node()], f, 'format').map((d) => d.tool)).toEqual(['prettier']);
    expect(detectTools([node()], f, 'lint').map((d) => d.tool)).toEqual([]);
    const withConfig = memoryFiles({ 'package.json': pkg, 'biome.json': '{}' });
    expect(detectTools([node()], withConfig, 'format').map((d) => d.tool)).toContain('biome');
  });
  it('a dependency named like another (flake8-bugbear, mypy-extensions) is not the tool', () => {
    const f = memoryFiles({ 'requirements-dev.txt': 'flake8-bugbear==24.1\nmypy-extensions\npylint[spelling]>=3\n' });
    expect(detectTools([py()], f, 'lint').map((d) => d.tool)).toEqual(['pylint']);
  });
  it('Go: go vet and gofmt always; golangci-lint from its config; go.mod tool directives', () => {
    const mod = 'module x\n\ngo 1.24\n\ntool (\n\thonnef.co/go/tools/cmd/staticcheck\n)\n';
    const f = memoryFiles({ 'go.mod': mod, '.golangci.yml': 'version: "2"\n' });
    expect(detectTools([go()], f, 'lint').map((d) => d.tool)).toEqual(['go-vet', 'golangci-lint', 'staticcheck']);
    expect(detectTools([go()], f, 'format').map((d) => d.tool)).toEqual(['gofmt']);
    expect(goTool(mod, 'staticcheck')).toBe('honnef.co/go/tools/cmd/staticcheck');
    expect(goTool('tool golang.org/x/tools/cmd/stringer // gen\n', 'stringer')).toBe('golang.org/x/tools/cmd/stringer');
  });
  it('--tools: exactly those, configured or not, for the projects of their language; unknown names are input errors', () => {
    const f = memoryFiles({ 'package.json': '{}' });
    expect(
      detectTools([node(), go()], f, 'lint', parseToolList('eslint, vet', 'lint')).map((d) => [d.tool, d.reason]),
    ).toEqual([
      ['eslint', 'named in tools'],
      ['go-vet', 'every Go project'],
    ]);
    expect(() => parseToolList('eslint,rubocop', 'lint')).toThrow(/rubocop|from: eslint/);
    expect(() => parseToolList('prettier', 'lint')).toThrow(/lint tools/);
  });
});

describe('planTool: the project pinned binary, never a download', () => {
  const root = '/repo';
  it('node_modules/.bin of the project or an ancestor (hoisted), with the version from package.json', () => {
    const f = memoryFiles({
      'packages/web/eslint.config.js': '',
      'node_modules/.bin/eslint': '',
      'node_modules/eslint/package.json': '{"version":"9.30.1"}',
    });
    const [d] = detectTools([node('packages/web')], f, 'lint');
    const p = planTool(d!, { root, files: f });
    expect(p.argv).toEqual(['/repo/node_modules/.bin/eslint', '-f', 'json', '.']);
    expect(p.cwd).toBe('/repo/packages/web');
    expect(p.version).toBe('9.30.1');
    expect(p.versionArgv).toBeUndefined();
  });
  it('yarn Plug’n’Play: yarn run', () => {
    const f = memoryFiles({ '.pnp.cjs': '', 'package.json': '{"devDependencies":{"prettier":"3"}}' });
    const p = planTool(detectTools([node('.', 'yarn')], f, 'format')[0]!, { root, files: f });
    expect(p.argv.slice(0, 3)).toEqual(['yarn', 'run', 'prettier']);
  });
  it('configured but not installed: the install command of the package manager', () => {
    const f = memoryFiles({ 'package.json': '{"devDependencies":{"eslint":"9"}}', 'pnpm-lock.yaml': '' });
    const d = detectTools([node('.', 'pnpm')], f, 'lint')[0]!;
    expect(() => planTool(d, { root, files: f })).toThrow(ToolNotInstalledError);
    expect(() => planTool(d, { root, files: f })).toThrow(
      'eslint is configured (devDependencies.eslint in package.json) but not installed in node_modules: run pnpm install --frozen-lockfile first.',
    );
    const g = memoryFiles({ 'eslint.config.mjs': '' });
    expect(() => planTool(detectTools([node()], g, 'lint')[0]!, { root, files: g })).toThrow(
      /but not installed in node_modules: add it with npm install -D eslint\./,
    );
  });
  it('Python: poetry run, uv run --no-sync, the active virtualenv, .venv, else python3 -m with the tool on PATH as fallback', () => {
    const cfg = { 'pyproject.toml': '[tool.mypy]\n' };
    const plan = (extra: Record<string, string>, pm = 'pip', venv?: string) =>
      planTool(detectTools([py('.', pm)], memoryFiles({ ...cfg, ...extra }), 'lint')[0]!, {
        root,
        files: memoryFiles({ ...cfg, ...extra }),
        ...(venv ? { virtualEnv: venv } : {}),
      });
    expect(plan({ 'poetry.lock': '' }, 'poetry').argv.slice(0, 3)).toEqual(['poetry', 'run', 'mypy']);
    expect(plan({ 'uv.lock': '' }, 'uv').argv.slice(0, 4)).toEqual(['uv', 'run', '--no-sync', 'mypy']);
    expect(plan({}, 'pip', '/home/u/.venvs/app').argv.slice(0, 3)).toEqual([
      '/home/u/.venvs/app/bin/python',
      '-m',
      'mypy',
    ]);
    expect(plan({ '.venv/bin/python': '' }).argv.slice(0, 3)).toEqual(['/repo/.venv/bin/python', '-m', 'mypy']);
    const bare = plan({});
    expect(bare.argv.slice(0, 3)).toEqual(['python3', '-m', 'mypy']);
    expect(bare.fallbackArgv?.[0]).toBe('mypy');
  });
  it('Go: the toolchain for vet and gofmt, `go tool` for a pinned linter, an error naming `go get -tool` otherwise', () => {
    const f = memoryFiles({
      'go.mod': 'module x\ntool github.com/golangci/golangci-lint/v2/cmd/golangci-lint\n',
      'staticcheck.conf': '',
    });
    const plans = planTools(
      detectTools([go()], f, 'lint').filter((d) => d.tool !== 'staticcheck'),
      { root, files: f },
    );
    expect(plans.map((p) => p.argv.slice(0, 3))).toEqual([
      ['go', 'vet', '-json'],
      ['go', 'tool', 'golangci-lint'],
    ]);
    const sc = detectTools([go()], f, 'lint').find((d) => d.tool === 'staticcheck')!;
    expect(() => planTool(sc, { root, files: f })).toThrow(/go get -tool honnef\.co\/go\/tools\/cmd\/staticcheck/);
  });
});

function fakeRunner(
  answers: (req: ProcessRequest) => Partial<ProcessResult>,
): ProcessRunner & { calls: ProcessRequest[] } {
  const calls: ProcessRequest[] = [];
  const fn = async (req: ProcessRequest): Promise<ProcessResult> => {
    calls.push(req);
    return {
      code: 0,
      signal: null,
      stdout: Buffer.alloc(0),
      stderr: Buffer.alloc(0),
      durationMs: 5,
      truncated: false,
      timedOut: false,
      ...answers(req),
    };
  };
  return Object.assign(fn, { calls });
}

describe('runTools', () => {
  const f = memoryFiles({ '.flake8': '', 'pyproject.toml': '[tool.black]\n' });
  const plans = (mode: 'lint' | 'format') => planTools(detectTools([py()], f, mode), { root: '/repo', files: f });

  it('parses the output, asks the version, keeps the command', async () => {
    const run = fakeRunner((r) =>
      r.argv.includes('--version')
        ? { stdout: Buffer.from('5.0.4 (mccabe: 0.7.0) CPython 3.11.2 on Linux\n') }
        : { code: 1, stdout: Buffer.from('./a.py:1:1: F401 unused\n') },
    );
    const [r] = await runTools(plans('lint'), run, { root: '/repo' });
    expect(r).toMatchObject({ name: 'flake8', version: '5.0.4', exitCode: 1, command: 'python3 -m flake8 .' });
    expect(r!.findings).toEqual([expect.objectContaining({ rule: 'F401', path: 'a.py', line: 1 })]);
    expect(r!.error).toBeUndefined();
  });
  it('python3 -m without the module: the tool on PATH; neither: not installed, with how to install', async () => {
    const noModule = { code: 1, stderr: Buffer.from('/usr/bin/python3: No module named flake8\n') };
    const fallback = fakeRunner((r) =>
      r.argv[0] === 'python3' ? noModule : r.argv.includes('--version') ? { stdout: Buffer.from('6.1.0 ...') } : {},
    );
    const [ok] = await runTools(plans('lint'), fallback, { root: '/repo' });
    expect(ok).toMatchObject({ command: 'flake8 .', version: '6.1.0', findings: [] });
    expect(ok!.error).toBeUndefined();
    const missing = fakeRunner((r) =>
      r.argv[0] === 'python3'
        ? noModule
        : { code: null, spawnError: Object.assign(new Error('spawn flake8 ENOENT'), { code: 'ENOENT' }) },
    );
    const [bad] = await runTools(plans('lint'), missing, { root: '/repo' });
    expect(bad!.errorKind).toBe('not-installed');
    expect(exitCode(lintResult([bad!], [], { filter: 'nofilter', failLevel: 'error' }))).toBe(2);
    expect(bad!.error).toMatch(/flake8 was not found \(\.flake8 asks for flake8\)/);
  });
  it('a temporary config that cannot be written (tsc -b wrappers): that run is an error, the tool never runs', async () => {
    const run = fakeRunner(() => ({ stdout: Buffer.from('5.0.4\n') }));
    const [plan] = plans('lint');
    // Below a regular file: no folder can be made there.
    const [r] = await runTools([{ ...plan!, files: { '/dev/null/p0.json': '{}' } }], run, { root: '/repo' });
    expect(r!.error).toMatch(/could not start python3: cannot write its temporary config: .*(EEXIST|ENOTDIR)/);
    expect(run.calls.filter((c) => !c.argv.includes('--version'))).toEqual([]);
    expect(lintResult([r!], [], { filter: 'nofilter', failLevel: 'none' }).failed).toBe(true);
  });
  it('a crash, an unreadable answer, a failing exit with nothing read, a truncated output: errors, never a pass', async () => {
    const cases: [Partial<ProcessResult>, RegExp][] = [
      [{ code: 2, stderr: Buffer.from('Traceback: boom') }, /flake8 failed \(exit 2\): Traceback: boom/],
      [{ code: 1, stdout: Buffer.from('garbage line\n') }, /unexpected line "garbage line"/],
      [{ code: 1, stdout: Buffer.from('') }, /exited 1 but reported nothing/],
      [{ code: 0, truncated: true }, /output limit/],
      [{ code: null, timedOut: true }, /did not finish in time/],
    ];
    for (const [answer, message] of cases) {
      const [r] = await runTools(
        plans('lint'),
        fakeRunner((q) => (q.argv.includes('--version') ? {} : answer)),
        { root: '/repo' },
      );
      expect(r!.error).toMatch(message);
      expect(lintResult([r!], [], { filter: 'nofilter', failLevel: 'none' }).failed).toBe(true);
    }
  });
  it('format: black diff read; the fix command is the same binary', async () => {
    const diff =
      '--- a.py\t2024-01-01 00:00:00+00:00\n+++ a.py\t2024-01-01 00:00:01+00:00\n@@ -1 +1 @@\n-x=1\n+x = 1\n';
    const [r] = await runTools(
      plans('format'),
      fakeRunner((q) => (q.argv.includes('--version') ? {} : { code: 1, stdout: Buffer.from(diff) })),
      { root: '/repo' },
    );
    expect(r!.files).toEqual([{ path: 'a.py', tool: 'black', diff: diff.trimEnd() }]);
    expect(r!.fixArgv).toEqual(['python3', '-m', 'black', '--quiet']);
  });
  it('versionOf', () => {
    expect(versionOf('go version go1.22.1 linux/amd64')).toBe('1.22.1');
    expect(versionOf('Version: 2.6.9')).toBe('2.6.9');
    expect(versionOf('pylint 3.2.0\nastroid 3.2.2')).toBe('3.2.0');
    expect(versionOf('nothing')).toBeNull();
  });
});

describe('filter modes', () => {
  const f = (path: string, line?: number, endLine?: number): Finding => ({
    tool: 't',
    rule: 'r',
    severity: 'error',
    path,
    message: 'm',
    ...(line !== undefined ? { line } : {}),
    ...(endLine !== undefined ? { endLine } : {}),
  });
  const all = [f('a.js', 10), f('a.js', 14), f('a.js', 30), f('a.js'), f('b.js', 1), f('a.js', 5, 12)];
  const changed = new Map([['a.js', new Set([10, 11])]]);
  const lines = (mode: 'added' | 'diff-context' | 'file' | 'nofilter') =>
    filterFindings(all, mode, changed).kept.map((x) => `${x.path}:${x.line ?? '-'}`);
  it('added: on an added line (or spanning one); diff-context: within 3 lines; file: in a changed file', () => {
    expect(lines('added')).toEqual(['a.js:10', 'a.js:-', 'a.js:5']);
    expect(lines('diff-context')).toEqual(['a.js:10', 'a.js:14', 'a.js:-', 'a.js:5']);
    expect(lines('file')).toEqual(['a.js:10', 'a.js:14', 'a.js:30', 'a.js:-', 'a.js:5']);
    expect(lines('nofilter')).toHaveLength(all.length);
  });
  it('what is left out is counted, and the verdict counts only what is kept', () => {
    const r = lintResult(
      [
        {
          name: 't',
          mode: 'lint',
          dir: '.',
          cwd: '/r',
          version: null,
          command: 't',
          exitCode: 1,
          durationMs: 1,
          findings: all,
          files: [],
        },
      ],
      [],
      { filter: 'added', changed, failLevel: 'error' },
    );
    expect(r.outside).toHaveLength(3);
    expect(r.counts.error).toBe(3);
    const clean = lintResult(
      [
        {
          name: 't',
          mode: 'lint',
          dir: '.',
          cwd: '/r',
          version: null,
          command: 't',
          exitCode: 1,
          durationMs: 1,
          findings: [f('b.js', 1)],
          files: [],
        },
      ],
      [],
      { filter: 'added', changed, failLevel: 'error' },
    );
    expect(clean.failed).toBe(false);
    expect(clean.outside).toHaveLength(1);
  });
  it('the same finding from two runs (a root config and a package config) counts once', () => {
    const run = (dir: string) => ({
      name: 'eslint',
      mode: 'lint' as const,
      dir,
      cwd: `/r/${dir}`,
      version: null,
      command: 'eslint',
      exitCode: 1,
      durationMs: 1,
      findings: [f('pkg/a.js', 3)],
      files: [],
    });
    const r = lintResult([run('.'), run('pkg')], [], { filter: 'nofilter', failLevel: 'error' });
    expect(r.findings).toHaveLength(1);
    expect(exitCode(r)).toBe(1);
  });
});
