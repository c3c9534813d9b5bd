/**
 * What to run: the project's test command, detected (the package.json `test` script through the
 * project's package manager, pytest, `go test ./...`) or given as an argument list, with the
 * runner's machine-readable output switched on by flags and environment only (the user's config
 * is never edited): jest `--json --outputFile`, vitest `--reporter=junit --outputFile.junit`, pytest
 * `--junitxml` (xunit1: it has file and line), go test `-json` (stdout). A plan is data; `retryPlan`
 * narrows one to the failed tests (pytest node ids, jest/vitest `-t` and files, go `-run`).
 * `files` (a shard of actions/matrix) narrows a run to those test files or Go packages.
 *
 * Tricky rule: a command whose runner is not recognised still runs, but it has no report of its
 * own: results must then come from report files the user names, or the run is not measured. A
 * file selection for such a command is refused: running every test instead is not that shard.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigurationError } from '@quality/kit/errors';
import type { FailureEntry } from './results.js';

export type RunnerKind = 'jest' | 'vitest' | 'pytest' | 'go' | 'unknown';

export interface ProjectFacts {
  /** The `test` script of package.json, when it is a real one (not npm's "no test specified"). */
  testScript?: string;
  packageManager: 'npm' | 'pnpm' | 'yarn' | 'bun';
  python: boolean;
  /** How to start Python tools: `poetry run`, `uv run`, a virtualenv's python, or python3. */
  pythonPrefix: string[];
  goMod: boolean;
}

export interface RunPlan {
  kind: RunnerKind;
  argv: string[];
  cwd: string;
  /** Set on top of the caller's environment. */
  env: Record<string, string>;
  /** Where the results land: a file the runner writes, or its stdout saved there (go test -json). */
  report?: { path: string; from: 'file' | 'stdout' };
  /** How the command was chosen, for messages. */
  source: string;
  /** The test files (jest, vitest, pytest: the last arguments) or Go packages this run is limited to. */
  files?: string[];
}

/** Folders vitest never looks in (its default `exclude`): not searched for paths a filter would match. */
const VITEST_SKIPPED = new Set(['node_modules', '.git']);

/** A path as a literal glob for vitest's `exclude` (tinyglobby and picomatch escapes, as its `escapePath`). */
export function globLiteral(path: string): string {
  return path.replace(/(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g, '\\$&');
}

/** What vitest matches a file argument by: its name, in any case, anywhere in a test's path. */
const vitestNeedle = (file: string) => file.slice(file.lastIndexOf('/') + 1).toLocaleLowerCase();

/**
 * The files under `dir` (posix, relative) that vitest could also run for `selected`: vitest reads
 * each file argument as a case-insensitive substring of the test paths relative to its `dir` or
 * `root` (`a.test.ts` runs `xa.test.ts`, `lib/a.test.ts` and `a.test.tsx` too). Where that folder
 * is, the project's config says: any file whose path holds a selected file's name is one. Any
 * file counts, test or not, and more is harmless: each is another shard's, never this one's.
 */
export function vitestOverlaps(dir: string, selected: readonly string[]): string[] {
  const wanted = new Set(selected.map((s) => s.replace(/^\.\//, '')));
  const needles = [...new Set([...wanted].map(vitestNeedle))];
  const out: string[] = [];
  const walk = (abs: string, rel: string) => {
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return; // unreadable: vitest cannot read it either
    }
    for (const e of entries) {
      const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (!VITEST_SKIPPED.has(e.name)) walk(join(abs, e.name), childRel);
      } else if (!wanted.has(childRel)) {
        const lower = childRel.toLocaleLowerCase();
        if (needles.some((n) => lower.includes(n))) out.push(childRel);
      }
    }
  };
  walk(dir, '');
  return out.sort();
}

/**
 * vitest's `--exclude` of one file: its absolute path as a literal glob (vitest reads a relative
 * one against its `root`, which the project's config may move).
 */
export function vitestExclude(dir: string, file: string): string {
  return `--exclude=${globLiteral(resolve(dir, file).split(sep).join('/'))}`;
}

const PY_MARKERS = ['pytest.ini', 'conftest.py', 'tox.ini', 'setup.cfg', 'pyproject.toml', 'setup.py'];

/** Facts about the project in `dir`, read from its files (nothing is run). */
export function projectFacts(dir: string): ProjectFacts {
  const has = (f: string) => existsSync(join(dir, f));
  let testScript: string | undefined;
  if (has('package.json')) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts?: Record<string, unknown> };
      const t = pkg?.scripts?.test;
      if (typeof t === 'string' && t.trim() !== '' && !/no test specified/.test(t)) testScript = t;
    } catch {
      throw new ConfigurationError(`${join(dir, 'package.json')} is not valid JSON: fix it, or give the test command.`);
    }
  }
  const packageManager = has('pnpm-lock.yaml')
    ? 'pnpm'
    : has('yarn.lock')
      ? 'yarn'
      : has('bun.lockb') || has('bun.lock')
        ? 'bun'
        : 'npm';
  const pyProject = has('pyproject.toml') ? readFileSync(join(dir, 'pyproject.toml'), 'utf8') : '';
  const python =
    has('pytest.ini') ||
    has('conftest.py') ||
    /\[tool\.pytest/.test(pyProject) ||
    (PY_MARKERS.some(has) && (has('tests') || has('test')));
  const pythonPrefix = has('poetry.lock')
    ? ['poetry', 'run', 'python']
    : has('uv.lock')
      ? ['uv', 'run', 'python']
      : has('.venv/bin/python')
        ? [join(dir, '.venv/bin/python')]
        : has('venv/bin/python')
          ? [join(dir, 'venv/bin/python')]
          : ['python3'];
  return {
    ...(testScript !== undefined ? { testScript } : {}),
    packageManager,
    python,
    pythonPrefix,
    goMod: has('go.mod'),
  };
}

/** The runner an argument list starts, when we know it. */
export function kindOf(argv: readonly string[]): RunnerKind {
  const base = (a: string) => a.slice(a.replace(/\\/g, '/').lastIndexOf('/') + 1);
  for (let i = 0; i < argv.length; i++) {
    const b = base(argv[i]!);
    if (b === 'jest' || b === 'jest.js') return 'jest';
    if (b === 'vitest' || b === 'vitest.mjs') return 'vitest';
    if (b === 'pytest' || b === 'py.test' || (b === 'pytest' && argv[i - 1] === '-m')) return 'pytest';
    if (b === 'go' && argv[i + 1] === 'test') return 'go';
  }
  return 'unknown';
}

/** The runner a package.json script starts (its first command that we know). */
function kindOfScript(script: string): RunnerKind {
  // `jest`, or its bin script (`node node_modules/jest/bin/jest.js`, `vitest/vitest.mjs`).
  const m = /(^|[\s;&|/(])(jest|vitest|pytest)(?:\.m?js)?(?=$|[\s;&|)])/.exec(script);
  return m ? (m[2] as RunnerKind) : /(^|[\s;&|])go\s+test\b/.test(script) ? 'go' : 'unknown';
}

/** Flags and environment that make `kind` write its machine-readable results to `report`. */
function machineOutput(kind: RunnerKind, report: string): { args: string[]; env: Record<string, string> } {
  switch (kind) {
    case 'jest':
      return { args: ['--ci', '--json', `--outputFile=${report}`, '--testLocationInResults'], env: {} };
    case 'vitest':
      return {
        args: ['--run', '--reporter=default', '--reporter=junit', `--outputFile.junit=${report}`],
        env: { CI: 'true' },
      };
    case 'pytest':
      return { args: ['-o', 'junit_family=xunit1', `--junitxml=${report}`], env: {} };
    case 'go':
      return { args: ['-json'], env: {} };
    default:
      return { args: [], env: {} };
  }
}

const REPORT_NAME: Record<RunnerKind, string> = {
  jest: 'jest.json',
  vitest: 'vitest-junit.xml',
  pytest: 'pytest-junit.xml',
  go: 'go-test.jsonl',
  unknown: '',
};

/**
 * The plan for `dir`. `command` (an argument list) overrides detection; `reportDir` is an empty
 * directory of ours for the results; `files` (relative to `dir`) limits the run to those test
 * files (jest, vitest, pytest) or Go package directories (`.`, `./pkg`).
 */
export function planRun(
  dir: string,
  facts: ProjectFacts,
  opts: { command?: string[]; reportDir: string; files?: readonly string[] },
): RunPlan {
  const plan = planCommand(dir, facts, opts);
  return opts.files && opts.files.length > 0 ? withFiles(plan, opts.files) : plan;
}

const isGoPackageArg = (a: string) => a === '.' || a === '..' || /^\.\.?\//.test(a) || a.endsWith('/...');
/** go test's flags that take no value: after any other `-flag`, a path is that flag's value. */
const GO_BOOL_FLAGS = new Set(
  'a asan benchmem cover failfast fullpath json linkshared modcacherw msan n race short trimpath v work x'.split(' '),
);
const takesValue = (prev: string | undefined) =>
  prev !== undefined && /^--?[a-z]/.test(prev) && !prev.includes('=') && !GO_BOOL_FLAGS.has(prev.replace(/^--?/, ''));

/**
 * The files a selection names, checked against the project: inside it, existing (a file, or for
 * Go a package directory), written so that no runner can read one as a flag.
 */
export function checkFiles(dir: string, kind: RunnerKind, files: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const root = resolve(dir);
  for (const f of files) {
    const abs = resolve(root, f);
    const rel = relative(root, abs);
    if (rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) {
      throw new ConfigurationError(
        `The test file ${JSON.stringify(f)} is outside the project ${dir}: give paths relative to the project (working-directory), as actions/matrix writes them.`,
      );
    }
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      throw new ConfigurationError(
        `The test ${kind === 'go' ? 'package' : 'file'} ${JSON.stringify(f)} does not exist in ${dir}: the shard plan was made for another commit or project. Plan the matrix again on this commit.`,
      );
    }
    if (kind === 'go' ? !isDir : isDir) {
      throw new ConfigurationError(
        kind === 'go'
          ? `${JSON.stringify(f)} in ${dir} is not a package directory: go test takes packages (., ./pkg), as actions/matrix writes them for Go.`
          : `${JSON.stringify(f)} in ${dir} is a directory: give test files, as actions/matrix writes them.`,
      );
    }
    const posix = rel.split(sep).join('/');
    // Go needs ./ to read a path as a local package; ./ also keeps a name starting with - a path.
    const arg = kind === 'go' ? (posix === '' ? '.' : `./${posix}`) : posix.startsWith('-') ? `./${posix}` : posix;
    if (!seen.has(arg)) {
      seen.add(arg);
      out.push(arg);
    }
  }
  return out;
}

/**
 * `plan` limited to `files`: jest by path, vitest by filter with the files each filter would also
 * match excluded, pytest by path, go test by package.
 */
function withFiles(plan: RunPlan, files: readonly string[]): RunPlan {
  if (plan.kind === 'unknown') {
    throw new ConfigurationError(
      `Test files were given (input 'files', --file), but ${plan.argv.join(' ')} (${plan.source}) is not a runner quality can give files to (jest, vitest, pytest, go test): every test would run instead of the shard's. Give the command (input 'command', or --command ARG...).`,
    );
  }
  const selected = checkFiles(plan.cwd, plan.kind, files);
  const argv = [...plan.argv];
  switch (plan.kind) {
    case 'jest':
      // Exact paths, not the patterns jest reads its arguments as (a.test.js would match xa.test.js).
      argv.push('--runTestsByPath', ...selected);
      break;
    case 'vitest':
      // vitest has no exact form: a filter runs every path that contains it. The other files a
      // filter may match are excluded by their exact path.
      argv.push(...vitestOverlaps(plan.cwd, selected).map((f) => vitestExclude(plan.cwd, f)), ...selected);
      break;
    case 'pytest':
      argv.push(...selected);
      break;
    case 'go': {
      // The shard's packages replace the command's own (./..., ./pkg); flags and -args stay.
      const at = argv.indexOf('test');
      const end = argv.indexOf('-args');
      const head = argv.slice(0, at + 1);
      const flags = argv
        .slice(at + 1, end === -1 ? argv.length : end)
        .filter((a, i, all) => !isGoPackageArg(a) || takesValue(all[i - 1]));
      const tail = end === -1 ? [] : argv.slice(end);
      argv.splice(0, argv.length, ...head, ...flags, ...selected, ...tail);
      break;
    }
  }
  const what = plan.kind === 'go' ? 'package' : 'file';
  return { ...plan, argv, files: selected, source: `${plan.source}, ${selected.length} ${what}(s) given` };
}

function planCommand(dir: string, facts: ProjectFacts, opts: { command?: string[]; reportDir: string }): RunPlan {
  if (opts.command) {
    const kind = kindOf(opts.command);
    const plan: RunPlan = { kind, argv: [...opts.command], cwd: dir, env: {}, source: 'the command given' };
    if (kind === 'unknown') return plan;
    const report = join(opts.reportDir, REPORT_NAME[kind]);
    const m = machineOutput(kind, report);
    if (kind === 'go') {
      const at = plan.argv.indexOf('test');
      if (!plan.argv.includes('-json')) plan.argv.splice(at + 1, 0, '-json');
    } else plan.argv.push(...m.args);
    plan.env = m.env;
    plan.report = { path: report, from: kind === 'go' ? 'stdout' : 'file' };
    return plan;
  }
  if (facts.testScript !== undefined) {
    const kind = kindOfScript(facts.testScript);
    const report = join(opts.reportDir, REPORT_NAME[kind] || 'report');
    const m = machineOutput(kind, report);
    const pm = facts.packageManager;
    // npm needs `--` before the script's arguments; pnpm, yarn and bun pass them on as they are.
    const argv =
      pm === 'npm'
        ? ['npm', 'test', '--', ...m.args]
        : pm === 'bun'
          ? ['bun', 'run', 'test', ...m.args]
          : [pm, 'test', ...m.args];
    if (kind === 'unknown' || kind === 'go' || kind === 'pytest') {
      // Flags for a script we cannot see into would land on its last command: run it as it is.
      return {
        kind: 'unknown',
        argv: pm === 'npm' ? ['npm', 'test'] : [pm, 'test'],
        cwd: dir,
        env: {},
        source: `the package.json test script (${pm})`,
      };
    }
    return {
      kind,
      argv,
      cwd: dir,
      env: m.env,
      report: { path: report, from: 'file' },
      source: `the package.json test script (${pm})`,
    };
  }
  if (facts.python) {
    const report = join(opts.reportDir, REPORT_NAME.pytest);
    return {
      kind: 'pytest',
      argv: [...facts.pythonPrefix, '-m', 'pytest', ...machineOutput('pytest', report).args],
      cwd: dir,
      env: {},
      report: { path: report, from: 'file' },
      source: 'pytest (a Python project)',
    };
  }
  if (facts.goMod) {
    const report = join(opts.reportDir, REPORT_NAME.go);
    return {
      kind: 'go',
      argv: ['go', 'test', '-json', './...'],
      cwd: dir,
      env: {},
      report: { path: report, from: 'stdout' },
      source: 'go test (go.mod)',
    };
  }
  throw new ConfigurationError(
    `No test command found in ${dir}: no package.json test script, no pytest configuration or tests folder, no go.mod. Give the command (input 'command', or --command ARG...).`,
  );
}

const reEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A pytest node id as the folder pytest runs in reads it. The JUnit report names files relative
 * to pytest's rootdir (the folder of its ini file), which may be above `cwd` (a root pytest.ini,
 * working-directory py): `py/tests/test_a.py::T::t` from `py` is `tests/test_a.py::T::t`.
 */
function fromCwd(id: string, cwd: string): string {
  const at = id.indexOf('::');
  const file = id.slice(0, at);
  if (isAbsolute(file) || existsSync(join(cwd, file))) return id;
  for (let dir = resolve(cwd, '..'); ; dir = resolve(dir, '..')) {
    if (existsSync(join(dir, file))) return `${relative(cwd, join(dir, file)).split(sep).join('/')}${id.slice(at)}`;
    if (dir === resolve(dir, '..') || existsSync(join(dir, '.git'))) return id;
  }
}

/**
 * The plan that runs only `failures` again, writing to `report`; undefined when the runner cannot
 * select tests (an unknown command) or nothing can be selected.
 */
export function retryPlan(base: RunPlan, failures: readonly FailureEntry[], report: string): RunPlan | undefined {
  if (base.kind === 'unknown' || base.report === undefined || failures.length === 0) return undefined;
  const swapReport = (a: string) =>
    a === `--outputFile=${base.report!.path}`
      ? `--outputFile=${report}`
      : a === `--outputFile.junit=${base.report!.path}`
        ? `--outputFile.junit=${report}`
        : a === `--junitxml=${base.report!.path}`
          ? `--junitxml=${report}`
          : a;
  // A selection (the last arguments but for go) is replaced by the failed tests' own files or ids.
  const own = base.files && base.kind !== 'go' ? base.argv.length - base.files.length : base.argv.length;
  const argv = base.argv.slice(0, own).map(swapReport);
  const plan: RunPlan = {
    ...base,
    argv,
    report: { path: report, from: base.report.from },
    source: `${base.source}, failed tests again`,
  };
  switch (base.kind) {
    case 'pytest': {
      const ids = failures
        .map((f) => f.name)
        .filter((n) => n.includes('::'))
        .map((n) => fromCwd(n, base.cwd));
      if (ids.length === 0) return undefined;
      plan.argv.push(...ids);
      return plan;
    }
    case 'jest':
    case 'vitest': {
      const names = [...new Set(failures.map((f) => (base.kind === 'vitest' ? f.name.replace(/ > /g, ' ') : f.name)))];
      const files = [...new Set(failures.flatMap((f) => (f.file ? [f.file] : [])))];
      plan.argv.push('-t', `^(${names.map(reEscape).join('|')})$`);
      if (base.files) {
        // The selected files that failed, by path (jest: --runTestsByPath is still on). A report's
        // path is repository-relative: it names the longest selected file it ends with. vitest keeps
        // the shard's exclusions, and also excludes the shard's files that hold a failed one's name
        // (xa.test.js for a.test.js).
        const bare = (s: string) => s.replace(/^\.\//, '');
        const named = (f: string) =>
          base
            .files!.filter((s) => f === bare(s) || f.endsWith(`/${bare(s)}`))
            .sort((a, b) => bare(b).length - bare(a).length)[0];
        const failed = base.files.filter((s) => files.some((f) => named(f) === s));
        const again = failed.length > 0 ? failed : base.files;
        if (base.kind === 'vitest') {
          const needles = again.map(vitestNeedle);
          const others = base.files.filter(
            (s) => !again.includes(s) && needles.some((n) => bare(s).toLocaleLowerCase().includes(n)),
          );
          plan.argv.push(...others.map((s) => vitestExclude(base.cwd, bare(s))));
        }
        plan.argv.push(...again);
        return plan;
      }
      // Files as they are relative to the project: the report's paths are repository-relative.
      // jest reads them as patterns, vitest as substrings of the path.
      const baseName = (f: string) => f.slice(f.lastIndexOf('/') + 1);
      plan.argv.push(...files.map((f) => (base.kind === 'jest' ? `(^|/)${reEscape(baseName(f))}$` : baseName(f))));
      return plan;
    }
    case 'go': {
      const tops = [
        ...new Set(failures.filter((f) => f.suite && f.name !== f.suite).map((f) => f.name.split('/')[0]!)),
      ];
      if (tops.length === 0) return undefined;
      plan.argv.push('-run', `^(${tops.map(reEscape).join('|')})$`);
      return plan;
    }
    default:
      return undefined;
  }
}
