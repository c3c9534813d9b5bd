/**
 * What to run: the project's test command, detected (the package.json `test` script through the
 * project's package manager, pytest, `go test ./...`) or given as an argument list, with the
 * runner's machine-readable output switched on by flags and environment only (the user's config
 * is never edited): jest `--json --outputFile`, vitest `--reporter=junit --outputFile.junit`, pytest
 * `--junitxml` (xunit1: it has file and line), go test `-json` (stdout). A plan is data; `retryPlan`
 * narrows one to the failed tests (pytest node ids, jest/vitest `-t` and files, go `-run`).
 *
 * Tricky rule: a command whose runner is not recognised still runs, but it has no report of its
 * own: results must then come from report files the user names, or the run is not measured.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  const m = /(^|[\s;&|/(])(jest|vitest|pytest)(?=$|[\s;&|)])/.exec(script);
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
 * directory of ours for the results.
 */
export function planRun(dir: string, facts: ProjectFacts, opts: { command?: string[]; reportDir: string }): RunPlan {
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
  const argv = base.argv.map(swapReport);
  const plan: RunPlan = {
    ...base,
    argv,
    report: { path: report, from: base.report.from },
    source: `${base.source}, failed tests again`,
  };
  switch (base.kind) {
    case 'pytest': {
      const ids = failures.map((f) => f.name).filter((n) => n.includes('::'));
      if (ids.length === 0) return undefined;
      plan.argv.push(...ids);
      return plan;
    }
    case 'jest':
    case 'vitest': {
      const names = [...new Set(failures.map((f) => (base.kind === 'vitest' ? f.name.replace(/ > /g, ' ') : f.name)))];
      const files = [...new Set(failures.flatMap((f) => (f.file ? [f.file] : [])))];
      plan.argv.push('-t', `^(${names.map(reEscape).join('|')})$`);
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
