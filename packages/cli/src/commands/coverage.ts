/**
 * `quality coverage REPORT...`: totals, per-file coverage and (with --diff or --base) the
 * coverage of the changed lines. Outside git, or when no report path is a tracked file, it
 * still prints the reports' own totals with their own paths and a note why; only --base needs git.
 */
import {
  parsePathMap,
  analyze,
  readPatch,
  toText,
  writeJson,
  FORMATS,
  type DiffSource,
  type Format,
} from '@quality/coverage';
import { tmpdir } from 'node:os';
import { CONFIG_OPTION, configHelp, existingDir, fromCwd, parse, UsageError } from '../args.js';
import { configured } from '../config.js';
import type { CommandRun } from '../registry.js';

const HELP = `Usage: quality coverage REPORT... [options]

Read coverage reports, merge them, resolve their paths against the repository's git files, and
print per-file and total coverage; with --diff or --base, the coverage of the changed lines.
Outside a git repository, or when no report path is a file git tracks, the reports' own totals
and paths are printed with a note saying why path mapping was skipped (--base needs git).

Formats (detected from content): lcov, cobertura, clover, jacoco, go, istanbul, istanbul-summary.

Options:
  --format F      read every report as format F instead of detecting it
  --root DIR      a directory inside the repository (default: the current directory)
  --diff PATCH    measure the changed lines of a unified diff file (git diff output)
  --base REF      measure the changes since the merge-base of REF and HEAD (real git)
  --fetch         with --base: deepen a shallow clone / fetch the base when missing
  --path-map A=B  rewrite report paths starting with A to start with B (repeatable)
  --limit N       show at most N files in the table (default 50; --json lists all)
  --json          print one JSON object instead of the table (quality check --baseline reads it)
${configHelp(16)}
  -h, --help      show this help

--format, --path-map and --fetch not given are read from the coverage section of
.github/quality.yml (or quality.yml) when the repository has one.
`;

const OPTIONS = {
  ...CONFIG_OPTION,
  format: { type: 'string' },
  root: { type: 'string' },
  diff: { type: 'string' },
  base: { type: 'string' },
  fetch: { type: 'boolean' },
  'path-map': { type: 'string', multiple: true },
  limit: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const coverageCommand: CommandRun = async (argv, io) => {
  const { values, positionals, inputs: flags } = parse(argv, OPTIONS, Infinity);
  if (values.help) {
    await io.stdout(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('Give at least one coverage report file.');
  const root = existingDir(io.cwd, values.root, '--root');
  const inputs = await configured(flags, 'coverage', root, io);
  const format = inputs.enum('--format', FORMATS) as Format | undefined;
  if (values.diff !== undefined && values.base !== undefined)
    throw new UsageError('Give either --diff or --base, not both.');
  const limit = inputs.number('--limit', { integer: true, min: 1, default: 50 });
  const pathMap = parsePathMap(inputs.string('--path-map', '').split('\n').filter(Boolean), '--path-map');
  let diff: DiffSource | undefined;
  if (values.diff !== undefined) diff = await readPatch(fromCwd(io.cwd, values.diff));
  else if (values.base !== undefined)
    diff = { kind: 'git', base: values.base, allowFetch: inputs.boolean('--fetch', false) };
  const a = await analyze({
    // Report paths are relative to where the user is, whatever --root says.
    reports: values.root === undefined ? positionals : positionals.map((p) => fromCwd(io.cwd, p)),
    format,
    cwd: root,
    pathMap,
    diff,
    spillDir: tmpdir(),
    reportPathsFallback: true,
  });
  const note = a.pathMappingSkipped
    ? `Path mapping skipped: ${a.pathMappingSkipped}; the paths are the reports' own.`
    : undefined;
  if (values.json) {
    await writeJson(a, io.stdout, note ? { pathMapping: { skipped: a.pathMappingSkipped } } : {});
    await io.stdout('\n');
  } else {
    await io.stdout(toText(a, { limit }));
    if (note) await io.stdout(`Note: ${note}\n`);
  }
  return 0;
};
