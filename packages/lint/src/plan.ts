/**
 * From detected tools to run plans (argv arrays, cwd, env): the project's own pinned binary,
 * never a download. Node tools from node_modules/.bin (the project's or an ancestor's, as npm,
 * pnpm and hoisting yarn lay them out; `yarn run` under Plug'n'Play); Python through poetry, uv,
 * the active or the project's virtualenv, else `python3 -m`; Go through the toolchain or go.mod
 * `tool` directives. Tricky rule: a tool that is configured but not installed is a
 * ToolNotInstalledError naming the config and the install command, never a silent skip.
 */
import { isAbsolute, join, posix } from 'node:path';
import { ConfigurationError } from '@quality/kit/errors';
import { dropCovered } from './cover.js';
import { goTool } from './detect.js';
import { joinRel } from './paths.js';
import { toolSpec, type ToolSpec } from './tools.js';
import { tscBuild } from './tsc-build.js';
import type { DetectedTool, ProjectRef, RepoFiles, ToolPlan } from './types.js';

export class ToolNotInstalledError extends ConfigurationError {
  override readonly name = 'ToolNotInstalledError';
}

export interface PlanOptions {
  /** Absolute repository root. */
  root: string;
  files: RepoFiles;
  /** VIRTUAL_ENV of the caller's environment, when a virtualenv is active. */
  virtualEnv?: string;
  /** The Python interpreter for `python -m` (default python3). */
  python?: string;
  /**
   * An absolute temporary folder the caller creates and removes: tsc -b's wrapper configs and
   * declarations go below it. Needed only when a tsconfig.json has references.
   */
  tempDir?: string;
}

const INSTALL: Record<string, string> = {
  npm: 'npm ci',
  yarn: 'yarn install --immutable',
  pnpm: 'pnpm install --frozen-lockfile',
  bun: 'bun install --frozen-lockfile',
};

const ADD: Record<string, string> = {
  npm: 'npm install -D',
  yarn: 'yarn add -D',
  pnpm: 'pnpm add -D',
  bun: 'bun add -d',
};

function ancestors(dir: string): string[] {
  const out = [dir];
  let d = dir;
  while (d !== '.' && d !== '') {
    const i = d.lastIndexOf('/');
    d = i === -1 ? '.' : d.slice(0, i);
    out.push(d);
  }
  return out;
}

function nodeCommand(spec: ToolSpec, d: DetectedTool, o: PlanOptions): { prefix: string[]; version?: string } {
  for (const dir of ancestors(d.project.dir)) {
    const bin = joinRel(dir, `node_modules/.bin/${spec.bin}`);
    if (o.files.exists(bin)) {
      const r: { prefix: string[]; version?: string } = { prefix: [join(o.root, bin)] };
      const pkg = spec.npmPackage
        ? o.files.read(joinRel(dir, `node_modules/${spec.npmPackage}/package.json`))
        : undefined;
      if (pkg) {
        try {
          const v = (JSON.parse(pkg) as { version?: unknown }).version;
          if (typeof v === 'string') r.version = v;
        } catch {
          // no version then; the run still happens
        }
      }
      return r;
    }
  }
  const pnp = ancestors(d.project.dir).find((dir) => o.files.exists(joinRel(dir, '.pnp.cjs')));
  if (pnp !== undefined) return { prefix: ['yarn', 'run', spec.bin] };
  const pm = d.project.packageManager;
  const pkg = o.files.read(joinRel(d.project.dir, 'package.json')) ?? '';
  const declared = spec.npmPackage !== undefined && pkg.includes(`"${spec.npmPackage}"`);
  const where = d.project.dir === '.' ? '' : ` in ${d.project.dir}`;
  throw new ToolNotInstalledError(
    `${spec.name} is configured (${d.reason}) but not installed in ${joinRel(d.project.dir, 'node_modules')}: ` +
      (declared
        ? `run ${INSTALL[pm] ?? 'npm ci'}${where} first.`
        : `add it with ${ADD[pm] ?? 'npm install -D'} ${spec.npmPackage ?? spec.name}${where}.`) +
      ' quality runs the version your project pins and never downloads one.',
  );
}

function pythonCommand(spec: ToolSpec, d: DetectedTool, o: PlanOptions): string[] {
  const dir = d.project.dir;
  const pm = d.project.packageManager;
  const module = spec.module ?? spec.bin;
  if (pm === 'poetry' || o.files.exists(joinRel(dir, 'poetry.lock'))) return ['poetry', 'run', spec.bin];
  if (pm === 'uv' || o.files.exists(joinRel(dir, 'uv.lock'))) return ['uv', 'run', '--no-sync', spec.bin];
  if (pm === 'pdm' || o.files.exists(joinRel(dir, 'pdm.lock'))) return ['pdm', 'run', spec.bin];
  if (pm === 'pipenv' || o.files.exists(joinRel(dir, 'Pipfile.lock'))) return ['pipenv', 'run', spec.bin];
  if (o.virtualEnv && isAbsolute(o.virtualEnv)) return [join(o.virtualEnv, 'bin', 'python'), '-m', module];
  for (const venv of ['.venv', 'venv']) {
    if (o.files.exists(joinRel(dir, `${venv}/bin/python`)))
      return [join(o.root, dir, venv, 'bin', 'python'), '-m', module];
  }
  return [o.python ?? 'python3', '-m', module];
}

function goCommand(spec: ToolSpec, d: DetectedTool, o: PlanOptions): string[] {
  if (spec.name === 'go-vet') return ['go'];
  if (spec.name === 'gofmt') return ['gofmt'];
  const goMod = o.files.read(joinRel(d.project.dir, 'go.mod')) ?? '';
  const pkg = goTool(goMod, spec.bin);
  if (pkg) return ['go', 'tool', spec.bin];
  const hint =
    spec.name === 'staticcheck'
      ? 'go get -tool honnef.co/go/tools/cmd/staticcheck'
      : 'go get -tool github.com/golangci/golangci-lint/v2/cmd/golangci-lint';
  throw new ToolNotInstalledError(
    `${spec.name} is configured (${d.reason}) but not pinned in ${joinRel(d.project.dir, 'go.mod')}: add it with \`${hint}\` (a go.mod tool directive, Go 1.24+). quality runs the version your project pins and never downloads one.`,
  );
}

/** The major version a Go package path names (`…/v2/cmd/x` → 2, no `/vN` element → 1). */
export function moduleMajor(pkg: string | undefined): number | undefined {
  if (pkg === undefined) return undefined;
  const m = /\/v(\d+)(?:\/|$)/.exec(pkg);
  return m ? Number(m[1]) : 1;
}

const tscTemp = (dir: string, o: PlanOptions): string =>
  posix.join(o.tempDir ?? '/', `tsc-${dir === '.' ? 'root' : dir.replace(/[^\w.-]+/g, '_')}`);

/** The run plan of one detected tool. Throws ToolNotInstalledError when it cannot be found. */
export function planTool(d: DetectedTool, o: PlanOptions): ToolPlan {
  const spec = toolSpec(d.tool, d.mode);
  if (!spec) throw new ConfigurationError(`unknown ${d.mode} tool '${d.tool}'`);
  const cwd = join(o.root, d.project.dir);
  let prefix: string[];
  let version: string | undefined;
  let versionArgv: string[] | undefined;
  if (spec.language === 'node') {
    const r = nodeCommand(spec, d, o);
    prefix = r.prefix;
    version = r.version;
    if (version === undefined) versionArgv = [...prefix, '--version'];
  } else if (spec.language === 'python') {
    prefix = pythonCommand(spec, d, o);
    versionArgv = [...prefix, '--version'];
  } else {
    prefix = goCommand(spec, d, o);
    versionArgv = spec.name === 'go-vet' || spec.name === 'gofmt' ? ['go', 'version'] : [...prefix, '--version'];
  }
  // `go vet` is `go` + `vet ...`: the bin is the program, its args follow.
  const plan: ToolPlan = {
    tool: spec.name,
    mode: spec.mode,
    dir: d.project.dir,
    cwd,
    argv: [...prefix, ...spec.args],
    env:
      spec.language === 'python'
        ? { PYTHONDONTWRITEBYTECODE: '1', NO_COLOR: '1' }
        : { NO_COLOR: '1', FORCE_COLOR: '0' },
    okExit: [...spec.okExit],
    stream: spec.stream ?? 'stdout',
    reason: d.reason,
  };
  if (spec.name === 'tsc') {
    const build = tscBuild(joinRel(d.project.dir, 'tsconfig.json'), o.files, o.root, tscTemp(d.project.dir, o));
    if (build) {
      if (!o.tempDir) throw new Error('planTool: a tsconfig.json with references needs PlanOptions.tempDir (a bug)');
      plan.argv = [...prefix, ...build.args];
      plan.files = build.files;
      plan.covers = build.covers.filter((c) => c !== d.project.dir);
    }
  }
  if (spec.argsByMajor) {
    plan.argvByMajor = Object.fromEntries(
      Object.entries(spec.argsByMajor).map(([m, args]) => [Number(m), [...prefix, ...args]]),
    );
    const major =
      spec.language === 'go'
        ? moduleMajor(goTool(o.files.read(joinRel(d.project.dir, 'go.mod')) ?? '', spec.bin))
        : undefined;
    if (major !== undefined) plan.major = major;
  }
  if (version !== undefined) plan.version = version;
  if (versionArgv) plan.versionArgv = versionArgv;
  if (spec.fixArgs) plan.fixArgv = [...prefix, ...spec.fixArgs];
  if (spec.stdinArgs) plan.stdinArgv = [...prefix, ...spec.stdinArgs];
  if (spec.language === 'python' && prefix[1] === '-m' && !prefix[0]!.includes('/')) {
    plan.fallbackArgv = [spec.bin, ...spec.args];
    if (spec.fixArgs) plan.fallbackFixArgv = [spec.bin, ...spec.fixArgs];
  }
  return plan;
}

/** The plans of the detected tools, less the runs another run covers (see cover.ts). */
export function planTools(detected: readonly DetectedTool[], o: PlanOptions): ToolPlan[] {
  return dropCovered(
    detected.map((d) => planTool(d, o)),
    o.files,
  );
}

/** Projects under `dir` (repository-relative), the directory itself included. */
export function projectsUnder(projects: readonly ProjectRef[], dir: string): ProjectRef[] {
  if (dir === '.' || dir === '') return [...projects];
  return projects.filter((p) => p.dir === dir || p.dir.startsWith(`${dir}/`));
}
