/**
 * Run a composite action (`runs.using: composite`) as the GitHub runner does: each `run:` step
 * in `bash --noprofile --norc -eo pipefail {0}` (the runner's `shell: bash`), `${{ }}` expanded in
 * `env:`, `working-directory:` and `if:` from the `inputs`, `github`, `runner`, `env` and `steps`
 * contexts, `GITHUB_ACTION_PATH` set to the action's folder, the runner's env files per step
 * (GITHUB_ENV and GITHUB_PATH carry over to later steps), and the action's `outputs:` evaluated at
 * the end. The runner does not set `INPUT_*` variables for the steps of a composite action:
 * neither does this harness, so a step sees only what its `env:` passes.
 *
 * Only the expression forms our actions use are supported (context lookups, string literals,
 * `==`, `!=`, `!`, `&&`, `||`, parentheses, success()/failure()/always()/cancelled()); anything
 * else throws, so a test fails loudly instead of running a step with a wrong value.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  parseCommands,
  prepareRunner,
  repoRoot,
  runStep,
  type Annotation,
  type RunActionOptions,
  type StepResult,
  type WorkflowCommand,
} from './index.js';

interface CompositeStep {
  id?: string;
  name?: string;
  if?: string | boolean;
  run?: string;
  uses?: string;
  shell?: string;
  env?: Record<string, string | number | boolean>;
  'working-directory'?: string;
  'continue-on-error'?: boolean | string;
}

interface CompositeYaml {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  outputs?: Record<string, { value?: string }>;
  runs?: { using?: string; steps?: CompositeStep[] };
}

export interface CompositeStepResult extends StepResult {
  id?: string;
  name?: string;
  /** false when the step's `if:` skipped it (the other fields are then empty). */
  ran: boolean;
}

export interface CompositeResult {
  /** The first failing step's exit code, else 0. */
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** The action's `outputs:`, evaluated after the last step. */
  outputs: Record<string, string>;
  /** Every step's summary, in order. */
  summary: string;
  commands: WorkflowCommand[];
  annotations: Annotation[];
  steps: CompositeStepResult[];
  workspace: string;
  runnerTemp: string;
  eventPath: string;
  durationMs: number;
}

type Value = string | boolean | number | null | Record<string, unknown>;

interface Contexts {
  inputs: Record<string, string>;
  github: Record<string, unknown>;
  runner: Record<string, string>;
  env: Record<string, string>;
  steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }>;
  status: 'success' | 'failure';
}

/** Evaluate one expression (the text between `${{` and `}}`). */
export function evaluate(expr: string, ctx: Contexts): Value {
  const tokens = tokenize(expr);
  let i = 0;
  const peek = () => tokens[i];
  const take = (t?: string) => {
    const tok = tokens[i++];
    if (tok === undefined || (t !== undefined && tok !== t)) {
      throw new Error(`harness: cannot evaluate \${{ ${expr} }}: expected ${t ?? 'more'} at token ${i}`);
    }
    return tok;
  };
  const truthy = (v: Value) => v !== '' && v !== false && v !== 0 && v !== null;
  const eq = (a: Value, b: Value) =>
    typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;
  const or = (): Value => {
    let v = and();
    while (peek() === '||') {
      take();
      const r = and();
      v = truthy(v) ? v : r;
    }
    return v;
  };
  const and = (): Value => {
    let v = cmp();
    while (peek() === '&&') {
      take();
      const r = cmp();
      v = truthy(v) ? r : v;
    }
    return v;
  };
  const cmp = (): Value => {
    const v = unary();
    if (peek() === '==' || peek() === '!=') {
      const op = take();
      const r = unary();
      return op === '==' ? eq(v, r) : !eq(v, r);
    }
    return v;
  };
  const unary = (): Value => {
    if (peek() === '!') {
      take();
      return !truthy(unary());
    }
    return primary();
  };
  const primary = (): Value => {
    const tok = take();
    if (tok === '(') {
      const v = or();
      take(')');
      return v;
    }
    if (tok.startsWith("'")) return tok.slice(1, -1).replace(/''/g, "'");
    if (tok === 'true' || tok === 'false') return tok === 'true';
    if (tok === 'null') return null;
    if (/^\d+$/.test(tok)) return Number(tok);
    if (peek() === '(') {
      if (!['success', 'failure', 'always', 'cancelled'].includes(tok)) {
        throw new Error(`harness: unsupported function ${tok}() in \${{ ${expr} }}`);
      }
      take('(');
      take(')');
      if (tok === 'success') return ctx.status === 'success';
      if (tok === 'failure') return ctx.status === 'failure';
      if (tok === 'always') return true;
      if (tok === 'cancelled') return false;
      throw new Error(`harness: unsupported function ${tok}() in \${{ ${expr} }}`);
    }
    let v: unknown = (ctx as unknown as Record<string, unknown>)[tok];
    if (v === undefined || tok === 'status') throw new Error(`harness: unknown context ${tok} in \${{ ${expr} }}`);
    while (peek() === '.' || peek() === '[') {
      let key: string;
      if (take() === '.') key = take();
      else {
        key = take().slice(1, -1);
        take(']');
      }
      v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
    }
    if (v === undefined) return '';
    return v as Value;
  };
  const v = or();
  if (i !== tokens.length) throw new Error(`harness: cannot evaluate \${{ ${expr} }}: trailing ${tokens[i]}`);
  return v;
}

function tokenize(expr: string): string[] {
  const out: string[] = [];
  const re = /\s*(?:('(?:[^']|'')*')|(==|!=|&&|\|\||[!().[\]])|([A-Za-z_][A-Za-z0-9_-]*|\d+))/y;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < expr.length && (m = re.exec(expr))) {
    out.push(m[1] ?? m[2] ?? m[3]!);
    pos = re.lastIndex;
  }
  if (expr.slice(pos).trim() !== '') throw new Error(`harness: cannot tokenize \${{ ${expr} }}`);
  return out;
}

const asText = (v: Value): string => (v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** Expand every `${{ }}` in a string. */
export function expand(text: string, ctx: Contexts): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e: string) => asText(evaluate(e, ctx)));
}

function condition(raw: string | boolean | undefined, ctx: Contexts): boolean {
  if (raw === undefined) return ctx.status === 'success';
  if (typeof raw === 'boolean') return raw && ctx.status === 'success';
  const inner = raw.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  const usesStatus = /\b(success|failure|always|cancelled)\(\)/.test(inner);
  const v = evaluate(usesStatus ? inner : `success() && (${inner})`, ctx);
  return v !== '' && v !== false && v !== 0 && v !== null;
}

export async function runComposite(name: string, opts: RunActionOptions = {}): Promise<CompositeResult> {
  const fixture = join(repoRoot, 'tests/fixtures/actions', name);
  const actionDir = opts.actionDir ?? (existsSync(fixture) ? fixture : join(repoRoot, 'actions', name));
  const meta = parseYaml(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as CompositeYaml;
  if (meta.runs?.using !== 'composite') throw new Error(`harness: ${name} is not a composite action`);
  const r = prepareRunner(name, actionDir, opts);
  const payload = JSON.parse(readFileSync(r.eventPath, 'utf8')) as Record<string, unknown>;
  const ctx: Contexts = {
    inputs: r.inputs,
    github: {
      token: r.token,
      action_path: actionDir,
      workspace: r.workspace,
      event_name: r.base.GITHUB_EVENT_NAME,
      event_path: r.eventPath,
      event: payload,
      sha: r.base.GITHUB_SHA,
      ref: r.base.GITHUB_REF,
      repository: r.base.GITHUB_REPOSITORY,
      server_url: r.base.GITHUB_SERVER_URL,
      api_url: r.base.GITHUB_API_URL,
      run_id: r.base.GITHUB_RUN_ID,
      job: r.base.GITHUB_JOB,
    },
    runner: { temp: r.runnerTemp, os: 'Linux', arch: 'X64', tool_cache: r.base.RUNNER_TOOL_CACHE! },
    env: {},
    steps: {},
    status: 'success',
  };
  // `node` on the PATH is the node under test (QUALITY_TEST_NODE for the Node 24 smoke run).
  const pathPrefix: string[] = [dirname(r.node)];
  const carriedEnv: Record<string, string> = {};
  const steps: CompositeStepResult[] = [];
  let exitCode: number | null = 0;
  const started = Date.now();
  const all = meta.runs.steps ?? [];
  for (let n = 0; n < all.length; n++) {
    const step = all[n]!;
    if (step.uses !== undefined) throw new Error(`harness: step ${n} uses ${step.uses}: not supported`);
    if (step.run === undefined) throw new Error(`harness: step ${n} has no run:`);
    if (step.shell !== 'bash') throw new Error(`harness: step ${n} has shell ${String(step.shell)}, not bash`);
    ctx.env = { ...carriedEnv };
    if (!condition(step.if, ctx)) {
      steps.push({ ...emptyStep(), id: step.id, name: step.name, ran: false });
      if (step.id) ctx.steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      continue;
    }
    const stepEnv: Record<string, string> = {};
    for (const [k, v] of Object.entries(step.env ?? {})) stepEnv[k] = expand(String(v), ctx);
    const dirRaw = step['working-directory'];
    const cwd = dirRaw ? expandDir(expand(dirRaw, ctx), r.workspace) : r.workspace;
    const file = (f: string) => r.file(`step${n}-${f}`);
    const files = {
      output: file('output'),
      summary: file('summary.md'),
      state: file('state'),
      env: file('env'),
      path: file('path'),
    };
    const script = file('script.sh');
    writeFileSync(script, step.run);
    const env = {
      ...r.base,
      ...carriedEnv,
      ...stepEnv,
      PATH: [...pathPrefix, r.base.PATH!].join(delimiter),
      GITHUB_ACTION_PATH: actionDir,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_STATE: files.state,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      ...(opts.env ?? {}),
    };
    const res = await runStep(
      ['bash', '--noprofile', '--norc', '-eo', 'pipefail', script],
      env,
      cwd,
      r.timeoutMs,
      files,
    );
    steps.push({ ...res, id: step.id, name: step.name, ran: true });
    Object.assign(carriedEnv, res.env);
    pathPrefix.unshift(...res.path.slice().reverse());
    const ok = res.exitCode === 0;
    const continueOnError = step['continue-on-error'] === true || step['continue-on-error'] === 'true';
    if (step.id) {
      ctx.steps[step.id] = {
        outputs: res.outputs,
        outcome: ok ? 'success' : 'failure',
        conclusion: ok || continueOnError ? 'success' : 'failure',
      };
    }
    if (!ok && !continueOnError && ctx.status === 'success') {
      ctx.status = 'failure';
      exitCode = res.exitCode;
    }
  }
  ctx.env = { ...carriedEnv };
  const outputs: Record<string, string> = {};
  for (const [k, spec] of Object.entries(meta.outputs ?? {})) outputs[k] = expand(spec.value ?? '', ctx);
  const ran = steps.filter((s) => s.ran);
  const stdout = ran.map((s) => s.stdout).join('');
  const commands = parseCommands(stdout);
  return {
    exitCode,
    stdout,
    stderr: ran.map((s) => s.stderr).join(''),
    outputs,
    summary: ran.map((s) => s.summary).join(''),
    commands,
    annotations: ran.flatMap((s) => s.annotations),
    steps,
    workspace: r.workspace,
    runnerTemp: r.runnerTemp,
    eventPath: r.eventPath,
    durationMs: Date.now() - started,
  };
}

/** The runner does not create a missing working-directory: the step then fails to start. */
function expandDir(dir: string, workspace: string): string {
  return isAbsolute(dir) ? dir : join(workspace, dir);
}

function emptyStep(): StepResult {
  return {
    exitCode: null,
    signal: null,
    stdout: '',
    stderr: '',
    outputs: {},
    state: {},
    env: {},
    path: [],
    summary: '',
    commands: [],
    annotations: [],
    durationMs: 0,
  };
}
