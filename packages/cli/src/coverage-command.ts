import { analyze, parsePathMap, readPatch, toText, writeJson, FORMATS, type DiffSource, type Format } from '@quality/coverage';
import { InputError } from '@quality/kit/errors';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import type { CommandRun } from './registry.js';

const HELP = `Usage: quality coverage REPORT... [options]

Read coverage reports, merge them, resolve their paths against the repository's git files, and
print per-file and total coverage; with --diff or --base, the coverage of the changed lines.

Formats (detected from content): lcov, cobertura, clover, jacoco, go, istanbul, istanbul-summary.

Options:
  --format F      read every report as format F instead of detecting it
  --root DIR      a directory inside the repository (default: the current directory)
  --diff PATCH    measure the changed lines of a unified diff file (git diff output)
  --base REF      measure the changes since the merge-base of REF and HEAD (real git)
  --fetch         with --base: deepen a shallow clone / fetch the base when missing
  --path-map A=B  rewrite report paths starting with A to start with B (repeatable)
  --limit N       show at most N files in the table (default 50; --json lists all)
  --json          print one JSON object instead of the table
  -h, --help      show this help
`;

export const coverageCommand: CommandRun = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      root: { type: 'string' },
      diff: { type: 'string' },
      base: { type: 'string' },
      fetch: { type: 'boolean' },
      'path-map': { type: 'string', multiple: true },
      limit: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length === 0)
    throw new InputError('REPORT', '', 'at least one coverage report file (see quality coverage --help)');
  if (values.format !== undefined && !FORMATS.includes(values.format as Format)) {
    throw new InputError('--format', values.format, `one of ${FORMATS.join(', ')}`);
  }
  if (values.diff && values.base) throw new InputError('--diff', values.diff, 'either --diff or --base, not both');
  const limit = values.limit === undefined ? 50 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new InputError('--limit', values.limit ?? '', 'a whole number of at least 1');
  const pathMap = parsePathMap(values['path-map'] ?? [], '--path-map');
  const root = values.root ?? io.cwd;
  let diff: DiffSource | undefined;
  if (values.diff) diff = await readPatch(values.diff);
  else if (values.base) diff = { kind: 'git', base: values.base, allowFetch: values.fetch ?? false };
  const a = await analyze({
    reports: positionals,
    format: values.format as Format | undefined,
    cwd: root,
    pathMap,
    diff,
    spillDir: tmpdir(),
  });
  if (values.json) {
    await writeJson(a, io.stdout);
    await io.stdout('\n');
  } else io.stdout(toText(a, { limit }));
  return 0;
};
