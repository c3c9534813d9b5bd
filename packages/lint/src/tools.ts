/**
 * The tools quality knows: what configures each one (files, pyproject tables, package.json
 * keys, dependencies), and the command line that makes it print its machine format.
 * Tricky rule: `args` never holds the repository's own options; the project's config files are
 * read by the tool itself, as on the developer's machine.
 */
import type { Language, Mode } from './types.js';

export interface ToolSpec {
  name: string;
  mode: Mode;
  language: Language;
  /** Config files in the project directory. */
  configs: readonly string[];
  /** `[tool.X]` tables of pyproject.toml. */
  pyproject?: string;
  /** `[section]` of setup.cfg / tox.ini. */
  ini?: string;
  /** A key of package.json (eslintConfig, prettier). */
  packageKey?: string;
  /** Dependency names (npm or PyPI) that mean the project uses it. */
  deps: readonly string[];
  /** Every project of the language uses it (go vet, gofmt). */
  always?: boolean;
  /** The executable: node_modules/.bin name, Python module, or Go tool directive suffix. */
  bin: string;
  /** npm package whose package.json holds the version. */
  npmPackage?: string;
  args: readonly string[];
  /**
   * The arguments for another major version of the tool, when its flags changed (golangci-lint
   * v1 and v2): the version is asked first, and `args` are for any major not listed.
   */
  argsByMajor?: Readonly<Record<number, readonly string[]>>;
  okExit: readonly number[];
  stream?: 'stdout' | 'stderr';
  /** The arguments that rewrite files (format tools), before the file list. */
  fixArgs?: readonly string[];
  /** Arguments that format stdin to stdout, the file path appended (after '=' when they end with one). */
  stdinArgs?: readonly string[];
  /** For a tool that is not a Python module of the same name. */
  module?: string;
}

const ESLINT_CONFIGS = ['js', 'mjs', 'cjs', 'ts', 'mts', 'cts'].map((e) => `eslint.config.${e}`);
const ESLINTRC = ['', '.js', '.cjs', '.yaml', '.yml', '.json'].map((e) => `.eslintrc${e}`);
const PRETTIER_CONFIGS = [
  ...['', '.json', '.json5', '.yaml', '.yml', '.toml', '.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'].map(
    (e) => `.prettierrc${e}`,
  ),
  ...['js', 'mjs', 'cjs', 'ts', 'mts', 'cts'].map((e) => `prettier.config.${e}`),
];
/** pylint's exit code is a bit mask of message kinds (1 fatal ... 16 convention); 32 is a usage error. */
const PYLINT_OK = Array.from({ length: 32 }, (_, i) => i);

export const TOOLS: readonly ToolSpec[] = [
  {
    name: 'eslint',
    mode: 'lint',
    language: 'node',
    configs: [...ESLINT_CONFIGS, ...ESLINTRC],
    packageKey: 'eslintConfig',
    deps: ['eslint'],
    bin: 'eslint',
    npmPackage: 'eslint',
    args: ['-f', 'json', '.'],
    okExit: [0, 1],
  },
  {
    name: 'tsc',
    mode: 'lint',
    language: 'node',
    configs: ['tsconfig.json'],
    deps: [],
    bin: 'tsc',
    npmPackage: 'typescript',
    args: ['--noEmit', '--pretty', 'false', '-p', '.'],
    okExit: [0, 1, 2],
  },
  {
    name: 'biome',
    mode: 'lint',
    language: 'node',
    configs: ['biome.json', 'biome.jsonc'],
    // Its config only: a dependency alone (a fixture, a migration in progress) beside prettier or
    // eslint would run biome's defaults over files another tool formats.
    deps: [],
    bin: 'biome',
    npmPackage: '@biomejs/biome',
    args: ['lint', '--reporter=json', '.'],
    okExit: [0, 1],
  },
  {
    name: 'ruff',
    mode: 'lint',
    language: 'python',
    configs: ['ruff.toml', '.ruff.toml'],
    pyproject: 'ruff',
    deps: ['ruff'],
    bin: 'ruff',
    args: ['check', '--output-format', 'json', '.'],
    okExit: [0, 1],
  },
  {
    name: 'flake8',
    mode: 'lint',
    language: 'python',
    configs: ['.flake8'],
    ini: 'flake8',
    deps: ['flake8'],
    bin: 'flake8',
    args: ['.'],
    okExit: [0, 1],
  },
  {
    name: 'pylint',
    mode: 'lint',
    language: 'python',
    configs: ['.pylintrc', 'pylintrc'],
    pyproject: 'pylint',
    deps: ['pylint'],
    bin: 'pylint',
    args: ['--output-format=json', '--recursive=y', '.'],
    okExit: PYLINT_OK,
  },
  {
    name: 'mypy',
    mode: 'lint',
    language: 'python',
    configs: ['mypy.ini', '.mypy.ini'],
    pyproject: 'mypy',
    ini: 'mypy',
    deps: ['mypy'],
    bin: 'mypy',
    args: ['--show-column-numbers', '--show-error-codes', '--no-error-summary', '--no-color-output', '.'],
    okExit: [0, 1],
  },
  {
    name: 'go-vet',
    mode: 'lint',
    language: 'go',
    configs: [],
    deps: [],
    always: true,
    bin: 'go',
    args: ['vet', '-json', './...'],
    okExit: [0],
    stream: 'stderr',
  },
  {
    name: 'golangci-lint',
    mode: 'lint',
    language: 'go',
    configs: ['.golangci.yml', '.golangci.yaml', '.golangci.toml', '.golangci.json'],
    deps: [],
    bin: 'golangci-lint',
    // v2; v1 has no --output.* flags (and v2 no --out-format).
    args: ['run', '--output.json.path=stdout', '--output.text.path=stderr', './...'],
    argsByMajor: { 1: ['run', '--out-format', 'json', './...'] },
    okExit: [0, 1],
  },
  {
    name: 'staticcheck',
    mode: 'lint',
    language: 'go',
    configs: ['staticcheck.conf'],
    deps: [],
    bin: 'staticcheck',
    args: ['-f', 'json', './...'],
    okExit: [0, 1],
  },
  {
    name: 'prettier',
    mode: 'format',
    language: 'node',
    configs: PRETTIER_CONFIGS,
    packageKey: 'prettier',
    deps: ['prettier'],
    bin: 'prettier',
    npmPackage: 'prettier',
    args: ['--list-different', '.'],
    okExit: [0, 1],
    fixArgs: ['--write'],
    stdinArgs: ['--stdin-filepath'],
  },
  {
    name: 'biome',
    mode: 'format',
    language: 'node',
    configs: ['biome.json', 'biome.jsonc'],
    // Its config only: a dependency alone (a fixture, a migration in progress) beside prettier or
    // eslint would run biome's defaults over files another tool formats.
    deps: [],
    bin: 'biome',
    npmPackage: '@biomejs/biome',
    args: ['format', '--reporter=json', '.'],
    okExit: [0, 1],
    fixArgs: ['format', '--write'],
    stdinArgs: ['format', '--stdin-file-path='],
  },
  {
    name: 'ruff',
    mode: 'format',
    language: 'python',
    configs: ['ruff.toml', '.ruff.toml'],
    pyproject: 'ruff',
    deps: ['ruff'],
    bin: 'ruff',
    args: ['format', '--diff', '.'],
    okExit: [0, 1],
    fixArgs: ['format'],
  },
  {
    name: 'black',
    mode: 'format',
    language: 'python',
    configs: [],
    pyproject: 'black',
    deps: ['black'],
    bin: 'black',
    args: ['--check', '--diff', '--quiet', '.'],
    okExit: [0, 1],
    fixArgs: ['--quiet'],
  },
  {
    name: 'isort',
    mode: 'format',
    language: 'python',
    configs: ['.isort.cfg'],
    pyproject: 'isort',
    ini: 'isort',
    deps: ['isort'],
    bin: 'isort',
    args: ['--check-only', '--diff', '.'],
    okExit: [0, 1],
    fixArgs: ['--quiet'],
  },
  {
    name: 'gofmt',
    mode: 'format',
    language: 'go',
    configs: [],
    deps: [],
    always: true,
    bin: 'gofmt',
    args: ['-l', '-d', '.'],
    okExit: [0],
    fixArgs: ['-w'],
  },
];

export function toolSpec(name: string, mode: Mode): ToolSpec | undefined {
  return TOOLS.find((t) => t.name === name && t.mode === mode);
}

export function toolNames(mode: Mode): string[] {
  return TOOLS.filter((t) => t.mode === mode).map((t) => t.name);
}
