import { describe, it, expect } from '@jest/globals';
import { FileFormatError } from '@quality/kit/errors';
import { detectProjects } from '../../../packages/matrix/src/detect.js';
import { memoryReader } from '../../../packages/matrix/src/reader.js';
import { parseToml, tomlGet, tomlHasTable } from '../../../packages/matrix/src/toml.js';

// Shapes from real pyproject.toml files (itsdangerous, packaging, tomli, attrs) that the
// earlier hand-written reader refused or misread.
const ITSDANGEROUS = `[project]
name = "itsdangerous"
description = "Safely pass data to untrusted environments and back."
readme = "README.md"
license = { file = "LICENSE.txt" }
maintainers = [{ name = "Pallets", email = "contact@palletsprojects.com" }]
classifiers = [
    "Development Status :: 5 - Production/Stable",
    "Typing :: Typed",
]
requires-python = ">=3.9"
dynamic = ["version"]

[project.urls]
Donate = "https://palletsprojects.com/donate"

[build-system]
requires = ["flit_core<4"]
build-backend = "flit_core.buildapi"

[tool.pytest.ini_options]
testpaths = ["tests"]
filterwarnings = [
    "error",
]
`;

const PACKAGING = `[build-system]
requires = ["flit_core >=3.3"]
build-backend = "flit_core.buildapi"

[project]
name = "packaging"
requires-python = ">=3.8"
authors = [{name = "Donald Stufft", email = "donald@stufft.io"}]

[tool.coverage.report]
exclude_lines = [
    "pragma: no cover",
    "@abc.abstractmethod",
    "if __name__ == ['__main__']:",
    "raise NotImplementedError]",
]

[tool.ruff.lint]
extend-select = ["B", "E", "F", "I"]
ignore = [
  "B027", # empty method in an abstract base class [sic]
]
`;

const TOMLI = `[build-system]
requires = ["flit_core>=3.2.0,<4"]
build-backend = "flit_core.buildapi"

[project]
name = "tomli"
version = "2.2.1" # DO NOT EDIT THIS LINE MANUALLY. LET bump2version UTILITY DO IT
description = "A lil' TOML parser"
requires-python = '>=3.8'

[tool.tox]
env_list = [["py38", "py39"], ["pypy3"]]
matrix = { python = [ "3.8", "3.13" ], extras = [] }

[tool.mypy]
files = 'src,benchmark,tests'
strict = true
`;

const ATTRS = `[build-system]
requires = ["hatchling", "hatch-vcs", "hatch-fancy-pypi-readme>=23.2.0"]
build-backend = "hatchling.build"

[project]
name = "attrs"
authors = [{ name = "Hynek Schlawack", email = "hs@ox.cx" }]
requires-python = """>=3.8"""
dependencies = []

[project.optional-dependencies]
tests = [
    # For regression test to ensure cloudpickle compat doesn't break.
    'cloudpickle; platform_python_implementation == "CPython"',
    "hypothesis",
]

[tool.hatch.metadata.hooks.fancy-pypi-readme]
content-type = "text/markdown"

[[tool.hatch.metadata.hooks.fancy-pypi-readme.fragments]]
text = """# attrs

*attrs* is the Python package that will bring back the **joy** of [writing classes]
"""

[tool.pdm.dev-dependencies]
docs = ["sphinx"]
`;

describe('pyproject.toml of real projects', () => {
  const reader = memoryReader({
    'itsdangerous/pyproject.toml': ITSDANGEROUS,
    'packaging/pyproject.toml': PACKAGING,
    'tomli/pyproject.toml': TOMLI,
    'attrs/pyproject.toml': ATTRS,
  });

  it('reads requires-python and the package manager from each', () => {
    expect(detectProjects(reader).map((p) => `${p.dir}:${p.packageManager}:${p.version?.value}`)).toEqual([
      'attrs:pdm:>=3.8',
      'itsdangerous:pip:>=3.9',
      'packaging:pip:>=3.8',
      'tomli:pip:>=3.8',
    ]);
  });

  it('keeps a ] inside a string of a multi-line array, nested arrays and inline tables', () => {
    const p = parseToml(PACKAGING, 'pyproject.toml');
    expect(tomlGet(p, ['tool', 'coverage', 'report', 'exclude_lines'])).toEqual([
      'pragma: no cover',
      '@abc.abstractmethod',
      "if __name__ == ['__main__']:",
      'raise NotImplementedError]',
    ]);
    // The key after the array is still read: the array did not swallow the rest of the file.
    expect(tomlGet(p, ['tool', 'ruff', 'lint', 'ignore'])).toEqual(['B027']);
    const t = parseToml(TOMLI, 'pyproject.toml');
    expect(tomlGet(t, ['tool', 'tox', 'env_list'])).toEqual([['py38', 'py39'], ['pypy3']]);
    expect(tomlGet(t, ['tool', 'tox', 'matrix', 'python'])).toEqual(['3.8', '3.13']);
    const i = parseToml(ITSDANGEROUS, 'pyproject.toml');
    expect(tomlGet(i, ['project', 'license', 'file'])).toBe('LICENSE.txt');
    expect(tomlHasTable(i, ['project', 'license'])).toBe(true);
    expect(tomlHasTable(i, ['project', 'classifiers'])).toBe(false);
    expect(tomlGet(i, ['project', 'missing', 'deeper'])).toBeUndefined();
  });

  it('reads a poetry python constraint written as a string or an inline table', () => {
    const r = memoryReader({
      'a/pyproject.toml':
        '[tool.poetry.dependencies]\npython = "^3.11"\nrequests = { version = "^2", extras = ["socks"] }\n',
      'b/pyproject.toml': '[tool.poetry.dependencies.python]\nversion = ">=3.10,<3.14"\n',
    });
    expect(detectProjects(r).map((p) => `${p.dir}:${p.packageManager}:${p.version?.value}`)).toEqual([
      'a:poetry:^3.11',
      'b:poetry:>=3.10,<3.14',
    ]);
  });

  it('names the file and line of a TOML syntax error', () => {
    const r = memoryReader({ 'svc/pyproject.toml': '[project]\nname = "svc"\nrequires-python = ">=3.10\n' });
    let err: unknown;
    try {
      detectProjects(r);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(FileFormatError);
    expect((err as FileFormatError).file).toBe('svc/pyproject.toml');
    expect((err as FileFormatError).line).toBe(3);
    expect((err as FileFormatError).message).toMatch(/^svc\/pyproject\.toml:3: is not valid TOML/);
  });

  it('refuses a key defined twice, as TOML requires', () => {
    expect(() => parseToml('[project]\nname = "a"\nname = "b"\n', 'p.toml')).toThrow(/^p\.toml:3: is not valid TOML/);
  });
});
