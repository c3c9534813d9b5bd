/**
 * Run a bundled action exactly as the GitHub runner does: `node dist/<name>/index.js` in a
 * clean environment with INPUT_* variables (defaults from action.yml filled in, as the runner
 * does), the env files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_STATE, GITHUB_ENV,
 * GITHUB_PATH), a real event payload file, a workspace that is a real git repository, and
 * RUNNER_TEMP. Parses what the step wrote back: env files (both `k=v` and the `k<<DELIM`
 * heredoc form) and workflow commands on stdout. With `post: true`, runs the post entry
 * afterwards with the state the main step saved (STATE_* variables).
 */
import { afterAll } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  title?: string;
}

export interface StepResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
  path: string[];
  summary: string;
  commands: WorkflowCommand[];
  annotations: Annotation[];
  durationMs: number;
}

export interface ActionResult extends StepResult {
  workspace: string;
  runnerTemp: string;
  eventPath: string;
  post?: StepResult;
}

export interface RunActionOptions {
  inputs?: Record<string, string>;
  /** Extra environment (e.g. GITHUB_API_URL of a fake server, ACTIONS_RESULTS_URL). */
  env?: Record<string, string>;
  event?: { name: string; payload: Record<string, unknown> };
  /** A directory to use as GITHUB_WORKSPACE; default: a fresh temporary git repository. */
  workspace?: string;
  /** Run the post entry after main, with the state main saved. */
  post?: boolean;
  /** The folder holding index.js/post.js; default dist/<name> (or build/fixtures/<name>). */
  bundleDir?: string;
  /** The folder holding action.yml (for input defaults); default actions/<name>. */
  actionDir?: string;
  /** The value `${{ github.token }}` expands to in input defaults. */
  token?: string;
  /** Node binary; default QUALITY_TEST_NODE or this process's node. */
  node?: string;
  timeoutMs?: number;
}

const DELIM = /^([^=\n<]+)<<(.+)$/;

/** Parse a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file. */
export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line === '') continue;
    const heredoc = DELIM.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i]!.replace(/\r$/, '') !== delim) value.push(lines[i++]!);
      if (i >= lines.length) throw new Error(`env file: no closing delimiter ${delim} for ${name}`);
      out[name!] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 1) throw new Error(`env file: cannot parse line ${JSON.stringify(line)}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** Parse `::command k=v,k=v::message` lines from a step's stdout. */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const cmds: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    if (m[2]) {
      for (const kv of m[2].split(',')) {
        const eq = kv.indexOf('=');
        if (eq > 0) properties[kv.slice(0, eq)] = unescapeProperty(kv.slice(eq + 1));
      }
    }
    cmds.push({ command: m[1]!, properties, message: unescapeData(m[3]!) });
  }
  return cmds;
}

function annotationsOf(cmds: WorkflowCommand[]): Annotation[] {
  return cmds
    .filter((c) => c.command === 'error' || c.command === 'warning' || c.command === 'notice')
    .map((c) => ({
      level: c.command as Annotation['level'],
      message: c.message,
      file: c.properties.file,
      line: c.properties.line ? Number(c.properties.line) : undefined,
      endLine: c.properties.endLine ? Number(c.properties.endLine) : undefined,
      col: c.properties.col ? Number(c.properties.col) : undefined,
      title: c.properties.title,
    }));
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Committer',
  GIT_COMMITTER_EMAIL: 'committer@example.com',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
};

/** Workspaces and runner folders made here, removed after the last test of the file that made them. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary git repository with one commit. */
export function makeWorkspace(files: Record<string, string> = { 'README.md': '# test\n' }): string {
  const dir = mkdtempSync(join(tmpdir(), 'quality-ws-'));
  made.push(dir);
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV }, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'initial');
  return dir;
}

/** The files of a fixture folder (repository-relative), as `makeWorkspace` takes them, under `prefix`. */
export function fixtureFiles(fixture: string, prefix = ''): Record<string, string> {
  const base = join(repoRoot, fixture);
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of readdirSync(dir)) {
      const p = join(dir, e);
      if (statSync(p).isDirectory()) walk(p);
      else out[join(prefix, relative(base, p))] = readFileSync(p, 'utf8');
    }
  };
  walk(base);
  return out;
}

interface ActionYaml {
  inputs?: Record<string, { default?: string; required?: boolean }>;
}

/** Input defaults as the runner computes them (only the expressions we know are expanded). */
function inputDefaults(actionDir: string, token: string): Record<string, string> {
  const file = join(actionDir, 'action.yml');
  if (!existsSync(file)) return {};
  const meta = parseYaml(readFileSync(file, 'utf8')) as ActionYaml;
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
    if (spec.default === undefined) continue;
    out[name] = String(spec.default).replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
  }
  return out;
}

export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  return env;
}

export interface StepFiles {
  output: string;
  summary: string;
  state: string;
  env: string;
  path: string;
}

/** Run one step (`argv[0]` with the rest as arguments) and read back what it wrote. */
export async function runStep(
  argv: readonly string[],
  env: Record<string, string>,
  cwd: string,
  timeoutMs: number,
  files: StepFiles,
): Promise<StepResult> {
  for (const f of Object.values(files)) writeFileSync(f, '');
  const started = Date.now();
  const child = spawn(argv[0]!, argv.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((res) =>
    child.on('close', (c, s) => res([c, s])),
  );
  clearTimeout(timer);
  const commands = parseCommands(stdout);
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseEnvFile(readFileSync(files.output, 'utf8')),
    state: parseEnvFile(readFileSync(files.state, 'utf8')),
    env: parseEnvFile(readFileSync(files.env, 'utf8')),
    path: readFileSync(files.path, 'utf8').split('\n').filter(Boolean),
    summary: readFileSync(files.summary, 'utf8'),
    commands,
    annotations: annotationsOf(commands),
    durationMs: Date.now() - started,
  };
}

/** A runner's folders and environment for one action run (shared by JavaScript and composite actions). */
export interface PreparedRunner {
  workspace: string;
  runnerTemp: string;
  eventPath: string;
  /** The runner's own variables (no INPUT_*, no env-file paths). */
  base: Record<string, string>;
  /** Inputs with action.yml defaults filled in. */
  inputs: Record<string, string>;
  token: string;
  node: string;
  timeoutMs: number;
  file: (name: string) => string;
}

export function prepareRunner(name: string, actionDir: string, opts: RunActionOptions = {}): PreparedRunner {
  const token = opts.token ?? 'ghs_test_token_0123456789';
  const workspace = opts.workspace ?? makeWorkspace();
  const runnerRoot = mkdtempSync(join(tmpdir(), 'quality-runner-'));
  made.push(runnerRoot);
  const runnerTemp = join(runnerRoot, 'temp');
  const home = join(runnerRoot, 'home');
  mkdirSync(runnerTemp);
  mkdirSync(home);
  const file = (n: string) => join(runnerRoot, n);
  const event = opts.event ?? { name: 'push', payload: {} };
  const eventPath = file('event.json');
  writeFileSync(eventPath, JSON.stringify(event.payload, null, 2));
  const payload = event.payload as { after?: string; ref?: string; repository?: { full_name?: string } };
  let sha = payload.after ?? '';
  if (!sha) {
    try {
      sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: workspace, stdio: 'pipe' }).toString().trim();
    } catch {
      sha = '0'.repeat(40);
    }
  }
  const base: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: name,
    GITHUB_ACTION_PATH: actionDir,
    GITHUB_ACTOR: 'octocat',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: 'http://127.0.0.1:9/graphql',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_JOB: 'test',
    GITHUB_REF: payload.ref ?? 'refs/heads/main',
    GITHUB_REPOSITORY: payload.repository?.full_name ?? 'octo-org/octo-repo',
    GITHUB_REPOSITORY_OWNER: (payload.repository?.full_name ?? 'octo-org/octo-repo').split('/')[0]!,
    GITHUB_RUN_ID: '1001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_SHA: sha,
    GITHUB_WORKFLOW: 'CI',
    GITHUB_WORKSPACE: workspace,
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'harness',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(runnerRoot, 'toolcache'),
  };
  const inputs = { ...inputDefaults(actionDir, token), ...(opts.inputs ?? {}) };
  const node = opts.node ?? process.env.QUALITY_TEST_NODE ?? process.execPath;
  const timeoutMs = opts.timeoutMs ?? 60_000;
  return { workspace, runnerTemp, eventPath, base, inputs, token, node, timeoutMs, file };
}

export async function runAction(name: string, opts: RunActionOptions = {}): Promise<ActionResult> {
  const isFixture = existsSync(join(repoRoot, 'tests/fixtures/actions', name));
  const bundleDir = opts.bundleDir ?? join(repoRoot, isFixture ? 'build/fixtures' : 'dist', name);
  const actionDir = opts.actionDir ?? join(repoRoot, isFixture ? 'tests/fixtures/actions' : 'actions', name);
  const { workspace, runnerTemp, eventPath, base, inputs, node, timeoutMs, file } = prepareRunner(
    name,
    actionDir,
    opts,
  );
  const files = {
    output: file('output'),
    summary: file('summary.md'),
    state: file('state'),
    env: file('env'),
    path: file('path'),
  };
  const stepEnv = {
    ...base,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    ...inputEnv(inputs),
    ...(opts.env ?? {}),
  };
  const main = await runStep([node, join(bundleDir, 'index.js')], stepEnv, workspace, timeoutMs, files);
  const result: ActionResult = { ...main, workspace, runnerTemp, eventPath };
  if (opts.post) {
    const postFiles = {
      output: file('post-output'),
      summary: file('post-summary.md'),
      state: file('post-state'),
      env: file('post-env'),
      path: file('post-path'),
    };
    const stateEnv: Record<string, string> = {};
    for (const [k, v] of Object.entries(main.state)) stateEnv[`STATE_${k}`] = v;
    result.post = await runStep(
      [node, join(bundleDir, 'post.js')],
      {
        ...stepEnv,
        GITHUB_OUTPUT: postFiles.output,
        GITHUB_STEP_SUMMARY: postFiles.summary,
        GITHUB_STATE: postFiles.state,
        GITHUB_ENV: postFiles.env,
        GITHUB_PATH: postFiles.path,
        ...stateEnv,
      },
      workspace,
      timeoutMs,
      postFiles,
    );
  }
  return result;
}
