/**
 * `quality shard`: the test files of one shard, for the test step. From the plan `quality matrix`
 * (or actions/matrix) wrote, or planned now from timings when no plan is given (then, like
 * `quality matrix`, only inside a git repository: never a walk of an arbitrary folder tree).
 */
import { readFileSync } from 'node:fs';
import { ConfigurationError, FileFormatError, InputError } from '@quality/kit/errors';
import { repoRoot } from '@quality/kit/git';
import {
  detectProjects,
  discoverTests,
  diskReader,
  goModulePath,
  matchTimings,
  planKey,
  planShards,
  readTimingFiles,
  shardFiles,
  type PlanFile,
} from '@quality/matrix';
import { CONFIG_OPTION, configHelp, existingDir, fromCwd, parse, UsageError } from '../args.js';
import { configured } from '../config.js';
import type { CommandRun } from '../registry.js';

const HELP = `Usage: quality shard --index I --total N [options]

Print the test files of shard I of N, one per line, for the test step. Read them into an
array (a file name is data, never shell words):
  mapfile -t files < <(quality shard --index 2 --total 4 --plan matrix-plan.json --project packages/api)
  npx jest -- "\${files[@]}"

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
${configHelp()}
  -h, --help         show this help
`;

const OPTIONS = {
  ...CONFIG_OPTION,
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
} as const;

function readPlan(cwd: string, file: string): PlanFile {
  let text: string;
  try {
    text = readFileSync(fromCwd(cwd, file), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigurationError(
      `--plan ${file} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(e)})`}. Download the plan artifact of the matrix job first.`,
    );
  }
  let plan: PlanFile;
  try {
    plan = JSON.parse(text) as PlanFile;
  } catch (e) {
    throw new FileFormatError(file, undefined, `cannot be read as a shard plan (${(e as Error).message}).`);
  }
  if (!plan || plan.version !== 1 || typeof plan.projects !== 'object') {
    throw new FileFormatError(file, undefined, 'is not a shard plan written by actions/matrix.');
  }
  return plan;
}

export const shardCommand: CommandRun = async (argv, io) => {
  const { values, inputs } = parse(argv, OPTIONS);
  if (values.help) {
    await io.stdout(HELP);
    return 0;
  }
  if (values.index === undefined) throw new UsageError('--index I is required (the shard number, 1..N).');
  if (values.total === undefined) throw new UsageError('--total N is required (the number of shards).');
  const total = inputs.number('--total', { integer: true, min: 1, default: 1 });
  const index = inputs.number('--index', { integer: true, min: 1, max: total, default: 1 });
  const language = inputs.enum('--language', ['node', 'python', 'go'] as const);
  let files: string[];
  if (values.plan !== undefined) {
    const plan = readPlan(io.cwd, values.plan);
    const key = values.project === undefined ? undefined : language ? `${language}:${values.project}` : values.project;
    files = shardFiles(plan, key, index, total);
  } else {
    const root = existingDir(io.cwd, values.root, '--root');
    try {
      await repoRoot(root);
    } catch {
      throw new ConfigurationError(
        `${root} is not inside a git repository: without --plan, quality shard finds the projects of a checkout (as quality matrix does). Run it in your repository, or give --plan FILE.`,
      );
    }
    // Without a plan, timings and test globs not given are the config file's (matrix section).
    const cfg = await configured(inputs, 'matrix', root, io);
    const lines = (name: string) => cfg.string(name, '').split('\n').filter(Boolean);
    const timings = lines('--timings');
    const tests = lines('--tests');
    const reader = diskReader(root);
    const projects = detectProjects(reader);
    const dir = values.project ?? '.';
    const candidates = projects.filter((p) => p.dir === dir && (language === undefined || p.language === language));
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
    const records = readTimingFiles(timings, root, warnings);
    const units = discoverTests(reader, project.dir, project.language, {
      ...(tests.length > 0 ? { patterns: tests } : {}),
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
    for (const w of warnings) io.stderr(`warning: ${w}\n`);
  }
  await io.stdout(values.json ? `${JSON.stringify(files)}\n` : files.length ? `${files.join('\n')}\n` : '');
  return 0;
};
