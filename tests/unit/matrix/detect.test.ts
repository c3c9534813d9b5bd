import { describe, it, expect } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { FileFormatError } from '@quality/kit/errors';
import { DEFAULT_IGNORE, detectProjects, globToRegExp } from '../../../packages/matrix/src/detect.js';
import { diskReader, memoryReader } from '../../../packages/matrix/src/reader.js';

const fixture = fileURLToPath(new URL('../../fixtures/matrix/monorepo', import.meta.url));

describe('detectProjects on the fixture monorepo', () => {
  const projects = detectProjects(diskReader(fixture));
  const byDir = Object.fromEntries(projects.map((p) => [`${p.dir}:${p.language}`, p]));

  it('finds every project and nothing under node_modules', () => {
    expect(projects.map((p) => `${p.dir}:${p.language}:${p.packageManager}`)).toEqual([
      '.:node:pnpm',
      'go/lib:go:go',
      'go/svc:go:go',
      'go/tool:go:go',
      'packages/api:node:pnpm',
      'packages/cli:node:pnpm',
      'packages/web:node:pnpm',
      'services/py-poetry:python:poetry',
      'services/py-req:python:pip',
      'services/py-setup:python:pip',
      'services/py-uv:python:uv',
      'yarnapp:node:yarn',
    ]);
  });

  it('reads each Node version source', () => {
    expect(byDir['.:node']!.version).toEqual({ value: 'lts/*', file: '.nvmrc' });
    expect(byDir['packages/api:node']!.version).toEqual({
      value: '>=20',
      file: 'packages/api/package.json',
      field: 'engines.node',
    });
    // volta wins over engines in the same file
    expect(byDir['packages/web:node']!.version).toEqual({
      value: '22.11.0',
      file: 'packages/web/package.json',
      field: 'volta.node',
    });
    expect(byDir['packages/cli:node']!.version).toEqual({
      value: '^24',
      file: 'packages/cli/package.json',
      field: 'devEngines.runtime',
    });
    expect(byDir['yarnapp:node']!.version).toEqual({
      value: '20.11.1',
      file: 'yarnapp/.tool-versions',
      field: 'nodejs',
    });
  });

  it('reads each Python version source', () => {
    expect(byDir['services/py-poetry:python']!.version).toMatchObject({
      value: '^3.11',
      field: 'tool.poetry.dependencies.python',
    });
    expect(byDir['services/py-uv:python']!.version).toMatchObject({
      value: '>=3.10,<3.13',
      field: 'project.requires-python',
    });
    expect(byDir['services/py-req:python']!.version).toEqual({
      value: '3.12.4',
      file: 'services/py-req/.python-version',
    });
    expect(byDir['services/py-setup:python']!.version).toMatchObject({
      value: '>=3.11',
      field: 'options.python_requires',
    });
  });

  it('reads Go toolchain before go, and falls back to go.work', () => {
    expect(byDir['go/svc:go']!.version).toEqual({ value: '1.23.1', file: 'go/svc/go.mod', field: 'toolchain' });
    expect(byDir['go/lib:go']!.version).toEqual({ value: '1.24', file: 'go/lib/go.mod', field: 'go' });
    expect(byDir['go/tool:go']!.version).toEqual({ value: '1.25.0', file: 'go/go.work', field: 'go' });
  });

  it('skips ignored directories', () => {
    const some = detectProjects(diskReader(fixture), { ignore: ['services/**', 'go'] });
    expect(some.map((p) => p.dir)).toEqual(['.', 'packages/api', 'packages/cli', 'packages/web', 'yarnapp']);
  });
});

describe('detectProjects edge cases (in memory)', () => {
  it('prefers the nearest packageManager field or lockfile', () => {
    const r = memoryReader({
      'package.json': '{"packageManager":"yarn@4.1.0"}',
      'a/package.json': '{}',
      'b/package.json': '{}',
      'b/package-lock.json': '{}',
      'c/package.json': '{"packageManager":"npm@10.0.0"}',
      'c/pnpm-lock.yaml': '',
      'd/e/package.json': '{}',
      'd/bun.lock': '',
    });
    expect(detectProjects(r).map((p) => `${p.dir}:${p.packageManager}`)).toEqual([
      '.:yarn',
      'a:yarn',
      'b:npm',
      'c:npm',
      'd/e:bun',
    ]);
    // d/e has neither; d has bun.lock, which is nearer than the root's packageManager field
  });

  it('finds bun in an ancestor before the root packageManager', () => {
    const r = memoryReader({ 'x/package.json': '{}', 'x/bun.lockb': '' });
    expect(detectProjects(r)[0]!.packageManager).toBe('bun');
    expect(detectProjects(memoryReader({ 'package.json': '{}' }))[0]!.packageManager).toBe('npm');
  });

  it('picks the Python tool from [tool.*] tables when there is no lockfile', () => {
    const r = memoryReader({
      'p/pyproject.toml': '[tool.pdm]\n',
      'q/pyproject.toml': '[tool.uv.workspace]\nmembers = ["a"]\n',
      'r/Pipfile': '',
      'r/requirements.txt': '',
      's/pyproject.toml': '[project]\nname = "x"\n',
    });
    expect(detectProjects(r).map((p) => `${p.dir}:${p.packageManager}:${p.manifest}`)).toEqual([
      'p:pdm:p/pyproject.toml',
      'q:uv:q/pyproject.toml',
      'r:pipenv:r/requirements.txt',
      's:pip:s/pyproject.toml',
    ]);
  });

  it('reads an inline poetry python table and the first .python-version line', () => {
    const r = memoryReader({
      'a/pyproject.toml': '[tool.poetry.dependencies]\npython = { version = ">=3.11,<3.14" }\n',
      'b/requirements.txt': '',
      'b/.python-version': '# pyenv\n3.13\n3.12\n',
    });
    const [a, b] = detectProjects(r);
    expect(a!.version?.value).toBe('>=3.11,<3.14');
    expect(b!.version?.value).toBe('3.13');
  });

  it('uses the root version file for nested projects that pin nothing', () => {
    const r = memoryReader({ '.node-version': 'v22.3.0\n', 'a/b/package.json': '{}' });
    expect(detectProjects(r)[0]!.version).toEqual({ value: 'v22.3.0', file: '.node-version' });
  });

  it('reads the remaining sources: .tool-versions for Python, .go-version, devEngines as a list, .node-version', () => {
    const r = memoryReader({
      'py/requirements.txt': '',
      'py/.tool-versions': 'nodejs 22.1.0\npython 3.13.1 3.12.0\n',
      'g/go.mod': 'module x\n',
      'g/.go-version': '1.25.4\n',
      'n/package.json': '{"devEngines":{"runtime":[{"name":"bun","version":"1"},{"name":"node","version":">=24"}]}}',
      'm/package.json': '{"engines":{"node":">=20"}}',
      'm/.node-version': '24.11.0',
    });
    expect(Object.fromEntries(detectProjects(r).map((p) => [p.dir, p.version]))).toEqual({
      g: { value: '1.25.4', file: 'g/.go-version' },
      m: { value: '24.11.0', file: 'm/.node-version' },
      n: { value: '>=24', file: 'n/package.json', field: 'devEngines.runtime' },
      py: { value: '3.13.1', file: 'py/.tool-versions', field: 'python' },
    });
  });

  it('reports a broken package.json with its line', () => {
    const r = memoryReader({ 'a/package.json': '{\n  "name": "a",\n  "engines": {\n}}}' });
    try {
      detectProjects(r);
      throw new Error('expected a FileFormatError');
    } catch (e) {
      expect(e).toBeInstanceOf(FileFormatError);
      expect((e as FileFormatError).file).toBe('a/package.json');
      expect((e as FileFormatError).line).toBe(4);
    }
  });

  it('skips fixture-like folders by default; ! in ignore searches them again', () => {
    const r = memoryReader({
      'package.json': '{}',
      'tests/fixtures/npm/package.json': '{}',
      'test/fixtures/py/pyproject.toml': '',
      'src/__fixtures__/app/package.json': '{}',
      'pkg/__tests__/data/fixtures/go/go.mod': 'module x\n',
      'pkg/go.mod': 'module pkg\n',
      'pkg/testdata/mod/go.mod': 'module t\n',
      'fixtures/package.json': '{}',
      'examples/demo/package.json': '{}',
    });
    const dirs = (ignore?: string[]) => detectProjects(r, ignore ? { ignore } : {}).map((p) => p.dir);
    expect(dirs()).toEqual(['.', 'examples/demo', 'fixtures', 'pkg']);
    expect(dirs(['examples/**', 'examples'])).toEqual(['.', 'fixtures', 'pkg']);
    expect(dirs(['!tests/fixtures'])).toEqual(['.', 'examples/demo', 'fixtures', 'pkg', 'tests/fixtures/npm']);
    expect(dirs(['!tests/fixtures/npm'])).toEqual(['.', 'examples/demo', 'fixtures', 'pkg', 'tests/fixtures/npm']);
    expect(dirs(['!**'])).toEqual([
      '.',
      'examples/demo',
      'fixtures',
      'pkg',
      'pkg/__tests__/data/fixtures/go',
      'src/__fixtures__/app',
      'test/fixtures/py',
      'tests/fixtures/npm',
    ]);
    expect(DEFAULT_IGNORE).toContain('**/tests/fixtures');
  });

  it('lists no test fixture of this repository as a project', () => {
    const repo = fileURLToPath(new URL('../../..', import.meta.url));
    const dirs = detectProjects(diskReader(repo)).map((p) => p.dir);
    expect(dirs).toContain('.');
    expect(dirs).toContain('packages/matrix');
    expect(dirs).toContain('packages/coverage');
    expect(dirs.filter((d) => !/^packages\/[a-z-]+$/.test(d) && d !== '.')).toEqual([]);
  });

  it('globs match the way directory ignores are written', () => {
    expect(globToRegExp('tests/**').test('tests/fixtures/a')).toBe(true);
    expect(globToRegExp('**/fixtures').test('a/b/fixtures')).toBe(true);
    expect(globToRegExp('**/fixtures').test('fixtures')).toBe(true);
    expect(globToRegExp('pkg/*').test('pkg/a/b')).toBe(false);
    expect(globToRegExp('{a,b}/x').test('b/x')).toBe(true);
  });
});
