/**
 * `quality matrix` and `quality shard`: the engine from a terminal or a workflow step.
 * Human output by default, `--json` for machines. Usage errors are InputErrors.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parseArgs } from 'node:util';
import { FileFormatError, InputError } from '@quality/kit/errors';
import type { PlanFile } from './build.js';
import { DEFAULT_PLAN_FILE, planKey, shardFiles } from './build.js';
import { parseEntries } from './expand.js';
import { detectProjects } from './detect.js';
import { parseVersionPolicy } from './policy.js';
import { diskReader } from './reader.js';
import { assertIsoDate } from './release-lines.js';
import { readTimingFiles, runMatrix } from './run.js';
import { planShards } from './shard.js';
import { discoverTests, goModulePath } from './tests.js';
import { matchTimings } from './timing.js';

export interface MatrixIO {
  stdout: (s: string) => void;
  cwd: string;
}

const MATRIX_HELP = `Usage: quality matrix [options]

Detect the Node.js, Python and Go projects of the repository and print the GitHub Actions job
matrix for them: versions from the project files, operating systems, include/exclude with
GitHub's semantics, only changed projects, and test shards balanced by time.

Options:
  --root DIR             repository root (default: the current directory)
  --versions P           file | min-max | supported | a list (22,24 or node:22,python:3.12)
  --os LIST              runner labels, comma separated (default ubuntu-latest)
  --include TEXT         entries to add (JSON, YAML, or key=value lines)
  --exclude TEXT         entries to remove (same forms)
  --ignore GLOB          directory not to search (repeatable)
  --changed-only         keep the projects changed since --base / --before
  --base REF             pull request base branch or SHA
  --before SHA           push: the previous head (all zero for a new branch)
  --no-fetch             never fetch or deepen a shallow clone
  --always GLOB          root file whose change selects every project (repeatable)
  --shards N|auto        split each project's tests into N shards
  --target-minutes M     with --shards auto: minutes per shard (default 10)
  --timings FILE         JUnit XML, go test -json or .test_durations (repeatable)
  --tests GLOB           test file glob, instead of the convention (repeatable)
  --plan-file FILE       where to write the shard plan (default ${DEFAULT_PLAN_FILE} when sharding)
  --today YYYY-MM-DD     the date that decides supported versions (default: today, UTC)
  --json                 print one JSON object
  -h, --help             show this help
`;

const SHARD_HELP = `Usage: quality shard --index I --total N [options]

Print the test files of shard I of N, one per line, for the test step:
  npx jest $(quality shard --index 2 --total 4 --plan matrix-plan.json --project packages/api)

Options:
  --index I          shard number, 1..N
  --total N          number of shards
  --plan FILE        the plan written by quality matrix / actions/matrix (recommended)
  --project DIR      project directory in the plan, or to plan for (default: .)
  --language L       node, python or go, when a directory has several projects
  --timings FILE     without --plan: plan now from these timings (repeatable)
  --tests GLOB       without --plan: test file glob (repeatable)
  --root DIR         repository root (default: the current directory)
  --json             print a JSON array
  -h, --help         show this help
`;

function splitList(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(/[\s,]+/)).filter(Boolean);
}

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

function positiveInt(name: string, raw: string, min = 1): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new InputError(name, raw, `a whole number of at least ${min}`);
  return n;
}

export async function matrixCommand(argv: string[], io: MatrixIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      root: { type: 'string' },
      versions: { type: 'string' },
      os: { type: 'string', multiple: true },
      include: { type: 'string' },
      exclude: { type: 'string' },
      ignore: { type: 'string', multiple: true },
      'changed-only': { type: 'boolean' },
      base: { type: 'string' },
      before: { type: 'string' },
      'no-fetch': { type: 'boolean' },
      always: { type: 'string', multiple: true },
      shards: { type: 'string' },
      'target-minutes': { type: 'string' },
      timings: { type: 'string', multiple: true },
      tests: { type: 'string', multiple: true },
      'plan-file': { type: 'string' },
      today: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(MATRIX_HELP);
    return 0;
  }
  const root = values.root ? (isAbsolute(values.root) ? values.root : join(io.cwd, values.root)) : io.cwd;
  let shards: number | 'auto' | undefined;
  if (values.shards !== undefined) shards = values.shards === 'auto' ? 'auto' : positiveInt('--shards', values.shards);
  const targetMinutes = values['target-minutes'] === undefined ? undefined : Number(values['target-minutes']);
  if (targetMinutes !== undefined && !(targetMinutes > 0))
    throw new InputError('--target-minutes', values['target-minutes']!, 'a positive number of minutes');
  const planFile = values['plan-file'] ?? DEFAULT_PLAN_FILE;
  const result = await runMatrix({
    root,
    today: assertIsoDate(values.today ?? todayUtc(), '--today'),
    versions: parseVersionPolicy(values.versions ?? 'file'),
    os: splitList(values.os),
    include: parseEntries('--include', values.include ?? ''),
    exclude: parseEntries('--exclude', values.exclude ?? ''),
    ...(values.ignore ? { ignore: values.ignore } : {}),
    changedOnly: values['changed-only'] ?? false,
    ...(values.base ? { base: values.base } : {}),
    ...(values.before ? { before: values.before } : {}),
    allowFetch: !values['no-fetch'],
    ...(values.always ? { always: values.always } : {}),
    ...(shards !== undefined ? { shards } : {}),
    ...(targetMinutes !== undefined ? { targetMinutes } : {}),
    timingFiles: values.timings ?? [],
    ...(values.tests ? { testPatterns: values.tests } : {}),
    planFile,
  });
  if (shards !== undefined) {
    writeFileSync(
      isAbsolute(planFile) ? planFile : join(io.cwd, planFile),
      `${JSON.stringify(result.plan, null, 2)}\n`,
    );
  }
  if (values.json) {
    io.stdout(
      `${JSON.stringify(
        {
          matrix: result.matrix,
          hasChanges: result.hasChanges,
          projects: result.projects.map((p) => ({
            dir: p.dir,
            language: p.language,
            packageManager: p.packageManager,
            version: p.version ?? null,
          })),
          selected: result.summaries.map((s) => ({
            dir: s.project.dir,
            language: s.project.language,
            versions: s.versions,
            shards: s.shards?.total ?? null,
          })),
          ...(result.changes
            ? {
                changes: { all: result.changes.all, reason: result.changes.reason, files: result.changes.files.length },
              }
            : {}),
          ...(shards !== undefined ? { planFile } : {}),
          warnings: result.warnings,
        },
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  const lines: string[] = [];
  lines.push(`Projects (${result.projects.length}):`);
  for (const p of result.projects) {
    const v = p.version
      ? `${p.version.value} (${p.version.file}${p.version.field ? ` ${p.version.field}` : ''})`
      : 'no version pinned';
    lines.push(`  ${p.dir.padEnd(24)} ${p.language.padEnd(7)} ${p.packageManager.padEnd(7)} ${v}`);
  }
  if (result.changes) {
    lines.push(
      '',
      result.selection?.allReason
        ? `Changed: all projects (${result.selection.allReason})`
        : `Changed: ${result.summaries.length} project(s), ${result.changes.reason}`,
    );
  }
  lines.push('', `Matrix (${result.hasWork ? result.matrix.include.length : 0} job(s)):`);
  for (const e of result.matrix.include) {
    const files = Array.isArray(e['files']) ? ` [${(e['files'] as string[]).length} files]` : '';
    lines.push(`  ${String(e['name'])}${files}`);
  }
  if (shards !== undefined) lines.push('', `Shard plan written to ${planFile}.`);
  for (const w of result.warnings) lines.push(`warning: ${w}`);
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

export async function shardCommand(argv: string[], io: MatrixIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      index: { type: 'string' },
      total: { type: 'string' },
      plan: { type: 'string' },
      project: { type: 'string' },
      language: { type: 'string' },
      timings: { type: 'string', multiple: true },
      tests: { type: 'string', multiple: true },
      root: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(SHARD_HELP);
    return 0;
  }
  if (values.index === undefined) throw new InputError('--index', '', 'the shard number, 1..N');
  if (values.total === undefined) throw new InputError('--total', '', 'the number of shards');
  const total = positiveInt('--total', values.total);
  const index = positiveInt('--index', values.index);
  if (index > total) throw new InputError('--index', values.index, `a shard number from 1 to ${total}`);
  const root = values.root ? (isAbsolute(values.root) ? values.root : join(io.cwd, values.root)) : io.cwd;
  let files: string[];
  if (values.plan) {
    const path = isAbsolute(values.plan) ? values.plan : join(io.cwd, values.plan);
    let plan: PlanFile;
    try {
      plan = JSON.parse(readFileSync(path, 'utf8')) as PlanFile;
    } catch (e) {
      throw new FileFormatError(
        values.plan,
        undefined,
        `cannot be read as a shard plan (${(e as Error).message}).`,
        'Download the plan artifact of the matrix job first.',
      );
    }
    if (!plan || plan.version !== 1 || typeof plan.projects !== 'object') {
      throw new FileFormatError(values.plan, undefined, 'is not a shard plan written by actions/matrix.');
    }
    const key =
      values.project === undefined
        ? undefined
        : values.language
          ? `${values.language}:${values.project}`
          : values.project;
    files = shardFiles(plan, key, index, total);
  } else {
    const reader = diskReader(root);
    const projects = detectProjects(reader);
    const dir = values.project ?? '.';
    const candidates = projects.filter(
      (p) => p.dir === dir && (values.language === undefined || p.language === values.language),
    );
    if (candidates.length !== 1) {
      throw new InputError(
        '--project',
        dir,
        candidates.length === 0
          ? `a project directory (found: ${projects.map(planKey).join(', ') || 'none'})`
          : 'one project: add --language',
      );
    }
    const project = candidates[0]!;
    const warnings: string[] = [];
    const records = readTimingFiles(values.timings ?? [], root, warnings);
    const units = discoverTests(reader, project.dir, project.language, {
      ...(values.tests ? { patterns: values.tests } : {}),
      otherProjects: projects.map((p) => p.dir),
    });
    const timed = matchTimings(
      records,
      units,
      project.dir,
      project.language === 'go' ? goModulePath(reader, project.dir) : undefined,
    );
    const plan = planShards(
      units.map((path) => ({ path, ...(timed.seconds.has(path) ? { seconds: timed.seconds.get(path)! } : {}) })),
      total,
    );
    files = plan.shards[index - 1]!.files;
  }
  io.stdout(values.json ? `${JSON.stringify(files)}\n` : files.length ? `${files.join('\n')}\n` : '');
  return 0;
}
