import {
  analyze,
  DEFAULT_REPORTS,
  evaluate,
  formatPercent,
  parseBaseline,
  type GateConfig,
  type GateMetric,
} from '@quality/coverage';
import { ConfigurationError, InputError } from '@quality/kit/errors';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CommandRun } from './registry.js';

const HELP = `Usage: quality check [REPORT...] [options]

The coverage gate's checks on your machine, before you push: totals, patch coverage of your
change against the merge-base with the base branch, and the same rules as the action.

Options:
  --base REF              diff against the merge-base of REF and HEAD (default: origin/main, then main)
  --min-coverage N        minimum total coverage (percent)
  --min-diff-coverage N   minimum patch coverage (percent, default 80)
  --min-file-coverage N   minimum coverage of each changed file (percent)
  --max-decrease N        points below --baseline allowed (with --baseline)
  --baseline FILE         a baseline snapshot (the JSON the action saves)
  --metric M              lines, branches or headline (default lines)
  --json                  print the verdict as JSON
  -h, --help              show this help

Reports default to the usual places: coverage/lcov.info, coverage.xml, cobertura.xml,
coverage/coverage-final.json, coverage.out, jacoco.xml, clover.xml.
Exit codes: 0 passed, 1 a rule failed, 2 a usage or configuration error.
`;

/** The gate's default report list, without its globs (the action's only). */
const DEFAULTS = DEFAULT_REPORTS.filter((f) => !f.includes('*'));

function pctFlag(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100)
    throw new InputError(name, v, 'a number from 0 to 100');
  return n;
}

async function defaultBase(cwd: string): Promise<string | undefined> {
  const { execFileSync } = await import('node:child_process');
  for (const ref of ['origin/main', 'origin/master', 'main', 'master']) {
    try {
      execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd, stdio: 'ignore' });
      return ref;
    } catch {
      // try the next
    }
  }
  return undefined;
}

export const checkCommand: CommandRun = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      base: { type: 'string' },
      'min-coverage': { type: 'string' },
      'min-diff-coverage': { type: 'string' },
      'min-file-coverage': { type: 'string' },
      'max-decrease': { type: 'string' },
      baseline: { type: 'string' },
      metric: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const metric = (values.metric ?? 'lines') as GateMetric;
  if (!['lines', 'branches', 'headline'].includes(metric))
    throw new InputError('--metric', values.metric!, "one of 'lines', 'branches', 'headline'");
  const reports = positionals.length ? positionals : DEFAULTS.filter((f) => existsSync(join(io.cwd, f)));
  if (reports.length === 0)
    throw new ConfigurationError(
      `No coverage report given or found (looked for ${DEFAULTS.join(', ')}). Run your tests with coverage first.`,
    );
  const cfg: GateConfig = {
    minCoverage: pctFlag('--min-coverage', values['min-coverage']),
    minDiffCoverage: pctFlag('--min-diff-coverage', values['min-diff-coverage'] ?? '80'),
    minFileCoverage: pctFlag('--min-file-coverage', values['min-file-coverage']),
    maxDecrease: values.baseline ? (pctFlag('--max-decrease', values['max-decrease'] ?? '0') ?? 0) : undefined,
    minChangedLines: 0,
    metric,
  };
  const base = values.base ?? (await defaultBase(io.cwd));
  const a = await analyze({
    reports,
    cwd: io.cwd,
    diff: base ? { kind: 'git', base, allowFetch: false } : undefined,
    spillDir: tmpdir(),
  });
  const baseline = values.baseline ? parseBaseline(readFileSync(values.baseline, 'utf8'), values.baseline) : undefined;
  const v = evaluate(a, cfg, baseline);
  if (values.json) {
    io.stdout(
      `${JSON.stringify({ passed: v.passed, rules: v.rules, coverage: v.coverage, diff: v.diff, delta: v.delta, base: base ?? null })}\n`,
    );
  } else {
    io.stdout(
      `${v.passed ? 'PASSED' : 'FAILED'}: coverage gate${base ? ` (changes since the merge-base with ${base})` : ' (no base branch found: patch rule skipped)'}\n`,
    );
    for (const r of v.rules)
      io.stdout(
        `  ${r.status === 'pass' ? 'ok  ' : r.status === 'skip' ? 'skip' : r.enforced ? 'FAIL' : 'warn'}  ${r.id}: ${r.message}\n`,
      );
    io.stdout(
      `  total ${metric}: ${formatPercent(v.coverage)}${v.coverage ? ` (${v.coverage.covered}/${v.coverage.total})` : ''}\n`,
    );
    for (const f of v.changedFiles)
      if (f.uncovered.length) io.stdout(`  ${f.path}: uncovered changed lines ${f.uncovered.join(', ')}\n`);
  }
  return v.passed ? 0 : 1;
};
