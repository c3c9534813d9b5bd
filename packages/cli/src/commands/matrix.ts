/**
 * `quality matrix`: the matrix engine from a terminal or a workflow step. It needs a git
 * repository (the projects are those of a checkout, and outside one a folder walk could cover
 * a whole disk), so --root is checked first: "does not exist", then "not a git repository".
 */
import { writeFileSync } from 'node:fs';
import { repoRoot } from '@quality/kit/git';
import { ConfigurationError } from '@quality/kit/errors';
import {
  DEFAULT_PLAN_FILE,
  assertIsoDate,
  matrixText,
  parseEntries,
  parseLanguages,
  parseVersionPolicy,
  runMatrix,
} from '@quality/matrix';
import { CONFIG_OPTION, configHelp, existingDir, fromCwd, parse } from '../args.js';
import { configured } from '../config.js';
import type { CommandRun } from '../registry.js';

const HELP = `Usage: quality matrix [options]

Detect the Node.js, Python and Go projects of the repository and print the GitHub Actions job
matrix for them: versions from the project files, operating systems, include/exclude with
GitHub's semantics, only changed projects, and test shards balanced by time.
Runs inside a git repository only (a checkout, as in CI): outside one it stops instead of
searching a folder tree that could be a whole disk.

Options:
  --root DIR             repository root (default: the current directory)
  --versions P           file | min-max | supported | a list (22,24 or node:22,python:3.12)
  --os LIST              runner labels, comma separated (default ubuntu-latest)
  --languages LIST       only the projects of these languages: node, python, go, comma separated
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
${configHelp(23)}
  -h, --help             show this help

A flag not given is read from the matrix section of .github/quality.yml (or quality.yml);
there allow-fetch: false stands for --no-fetch.
`;

const OPTIONS = {
  ...CONFIG_OPTION,
  root: { type: 'string' },
  versions: { type: 'string' },
  os: { type: 'string', multiple: true },
  languages: { type: 'string', multiple: true },
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
} as const;

function splitList(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(/[\s,]+/)).filter(Boolean);
}

export const matrixCommand: CommandRun = async (argv, io) => {
  const { values, inputs: flags } = parse(argv, OPTIONS);
  if (values.help) {
    await io.stdout(HELP);
    return 0;
  }
  const root = existingDir(io.cwd, values.root, '--root');
  try {
    await repoRoot(root);
  } catch {
    throw new ConfigurationError(
      `${root} is not inside a git repository: quality matrix reads the projects of a checkout. Run it in your repository (or give --root DIR of one).`,
    );
  }
  const inputs = await configured(flags, 'matrix', root, io);
  const shards: number | 'auto' | undefined =
    inputs.optional('--shards') === 'auto' ? 'auto' : inputs.number('--shards', { integer: true, min: 1 });
  const targetMinutes = inputs.number('--target-minutes', { min: 0.001 });
  const today = assertIsoDate(inputs.string('--today', new Date().toISOString().slice(0, 10)), '--today');
  /** A repeatable flag (or a config list): one value per line. */
  const lines = (name: string) => inputs.string(name, '').split('\n').filter(Boolean);
  const nonEmpty = (name: string) => (lines(name).length > 0 ? lines(name) : undefined);
  const ignore = nonEmpty('--ignore');
  const always = nonEmpty('--always');
  const tests = nonEmpty('--tests');
  const planFile = values['plan-file'] ?? DEFAULT_PLAN_FILE;
  const languages = parseLanguages('--languages', splitList(lines('--languages')));
  const result = await runMatrix({
    root,
    ...(languages ? { languages } : {}),
    today,
    versions: parseVersionPolicy(inputs.string('--versions', 'file')),
    os: splitList(lines('--os')),
    include: await parseEntries('--include', inputs.string('--include', '')),
    exclude: await parseEntries('--exclude', inputs.string('--exclude', '')),
    ...(ignore ? { ignore } : {}),
    changedOnly: inputs.boolean('--changed-only', false),
    ...(values.base ? { base: values.base } : {}),
    ...(values.before ? { before: values.before } : {}),
    // --no-fetch on the command line; allow-fetch in the config file.
    allowFetch: values['no-fetch'] ? false : inputs.boolean('--allow-fetch', true),
    ...(always ? { always } : {}),
    ...(shards !== undefined ? { shards } : {}),
    ...(targetMinutes !== undefined ? { targetMinutes } : {}),
    timingFiles: lines('--timings'),
    ...(tests ? { testPatterns: tests } : {}),
    planFile,
  });
  if (shards !== undefined) writeFileSync(fromCwd(io.cwd, planFile), `${JSON.stringify(result.plan, null, 2)}\n`);
  if (values.json) {
    await io.stdout(
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
  await io.stdout(matrixText(result, shards !== undefined ? planFile : undefined));
  return 0;
};
