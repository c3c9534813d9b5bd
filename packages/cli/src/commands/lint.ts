/**
 * `quality lint`: the project's own linters (found from its config, run from its own pinned
 * install), plus SARIF / checkstyle reports of any other tool, as one list of findings, filtered
 * to your change when asked. The same on a laptop and, with `--github` (the composite action),
 * in a workflow: annotations, job summary, outputs. Tricky rule: a tool that could not run or
 * whose answer could not be read fails the command (nothing was measured), whatever the level.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError, errorMessage } from '@quality/kit/errors';
import { oneLine } from '@quality/kit/escape';
import { planFindingAnnotations, renderFindingsSummary, type FailLevel } from '@quality/kit/findings';
import { code, table, text } from '@quality/kit/markdown';
import { runProcess } from '@quality/kit/process';
import {
  detectTools,
  exitCode,
  FILTER_MODES,
  lintJson,
  lintResult,
  parseCheckstyle,
  parseSarif,
  planTools,
  runTools,
  type FilterMode,
  type LintResult,
  type ReportRead,
  type ToolRun,
} from '@quality/lint';
import { expandReports, reportPatterns, type ReportFile } from '@quality/testing';
import { CONFIG_OPTION, configHelp, existingDir, parse, tempBase, UsageError } from '../args.js';
import { configured, stepInputs } from '../config.js';
import type { CliIO, CommandRun } from '../registry.js';
import { failStep } from '../step-error.js';
import {
  assertTrustedCheckout,
  fileChunks,
  localChange,
  posixRel,
  repoFiles,
  resolveTarget,
  runChange,
  toolsOf,
  type Target,
} from './lint-setup.js';

const HELP = `Usage: quality lint [PATH] [options]

Run the linters your project uses, in the versions it pins, and read their findings:
eslint, tsc, biome, ruff, flake8, pylint, mypy, go vet, golangci-lint, staticcheck, found from
their config files and your dependencies (node_modules/.bin, poetry/uv/virtualenv/python3 -m,
the Go toolchain and go.mod tool directives). Nothing is downloaded.

Options:
  --tools LIST       only these tools (comma-separated), configured or not
  --report FILE      also read a SARIF 2.1.0 or checkstyle XML report (repeatable; a glob, or several
                     comma-separated, each matching at least one file)
  --filter MODE      added, diff-context, file or nofilter (default: added with --base/--diff, else nofilter)
  --base REF         the change is your work tree against the merge-base with REF
  --diff PATCH       the change is this unified diff
  --fail-level L     error (default), warning, any or none
  --json             print {"tools":[...],"findings":[...],"counts":{...}}
${configHelp()}  --github           in a workflow step: options from INPUT_* variables, annotations, job summary, outputs
  -h, --help         show this help

Options not given are read from the lint section of .github/quality.yml (tools, reports: globs
relative to PATH, filter, fail-level).

Exit codes: 0 no finding at or above the fail level, 1 findings that fail or a tool that could not run,
2 a usage or configuration error (a tool configured but not installed: install it).
`;

const OPTIONS = {
  ...CONFIG_OPTION,
  tools: { type: 'string' },
  report: { type: 'string', multiple: true },
  filter: { type: 'string' },
  base: { type: 'string' },
  diff: { type: 'string' },
  'fail-level': { type: 'string' },
  json: { type: 'boolean' },
  github: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const FAIL_LEVELS = ['error', 'warning', 'any', 'none'] as const;

interface LintOptions {
  path: string | undefined;
  pathFlag: string;
  tools?: string[];
  /** Report paths or globs (`--report`, the action's `reports`), relative to `reportsBase`. */
  reports: string[];
  /** 'cwd': the current folder (`--report`); 'target': the target folder (the action's working-directory). */
  reportsBase: 'cwd' | 'target';
  filter: FilterMode;
  failLevel: FailLevel;
  base?: string;
  diff?: string;
}

/** Bytes read to tell SARIF from checkstyle: the first character after a BOM and blanks. */
const HEAD_BYTES = 64 * 1024;

/** The start of a report file, read without loading the rest (a report can be any size). */
function reportHead(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    return buf.toString('utf8', 0, readSync(fd, buf, 0, HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

async function readReports(t: Target, files: readonly ReportFile[]): Promise<ReportRead[]> {
  const out: ReportRead[] = [];
  for (const { path: abs, display: given } of files) {
    let head: string;
    try {
      head = reportHead(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new ConfigurationError(
        `The report ${given} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? errorMessage(e)})`}.`,
      );
    }
    const name = posixRel(t.root, abs);
    const first = head.replace(/^\uFEFF/, '').trimStart()[0];
    const ctx = { root: t.root, cwd: posixRel(t.root, t.dir) };
    if (first === '{') {
      const findings = await parseSarif(fileChunks(abs), name, ctx);
      out.push({ file: name, tool: [...new Set(findings.map((f) => f.tool))].join(', ') || 'sarif', findings });
    } else if (first === '<') {
      out.push({ file: name, tool: 'checkstyle', findings: await parseCheckstyle(fileChunks(abs), name, ctx) });
    } else {
      throw new ConfigurationError(`The report ${given} is neither SARIF 2.1.0 (JSON) nor checkstyle XML.`);
    }
  }
  return out;
}

type Change = { changed: ReadonlyMap<string, ReadonlySet<number>>; what: string };

async function lint(
  o: LintOptions,
  io: CliIO,
  changeOf: (t: Target) => Promise<Change | undefined>,
  before?: (t: Target) => Promise<void>,
) {
  const t = await resolveTarget(io.cwd, o.path, o.pathFlag);
  await before?.(t);
  const files = repoFiles(t.root);
  const detected = detectTools(t.projects, files, 'lint', o.tools);
  const reportsBase = o.reportsBase === 'cwd' ? io.cwd : t.dir;
  const reportFiles = expandReports(reportPatterns(o.reports, reportsBase), reportsBase);
  if (detected.length === 0 && reportFiles.length === 0) {
    throw new ConfigurationError(
      o.tools
        ? `None of ${o.tools.join(', ')} applies to the projects under ${t.dir} (${t.projects.map((p) => `${p.dir}: ${p.language}`).join(', ') || 'no project found'}).`
        : `No linter found under ${t.dir}: no eslint, tsc, biome, ruff, flake8, pylint, mypy config and no Go module. Name the tools with --tools, or give --report files.`,
    );
  }
  // tsc -b's wrapper configs and declarations (never the project's outDir); removed after the runs.
  const tempDir = mkdtempSync(join(tempBase(io.env), 'quality-lint-'));
  let runs: ToolRun[];
  try {
    const plans = planTools(detected, {
      root: t.root,
      files,
      tempDir,
      ...(io.env.VIRTUAL_ENV ? { virtualEnv: io.env.VIRTUAL_ENV } : {}),
    });
    runs = await runTools(plans, runProcess, { root: t.root, concurrency: 2 });
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
  const reports = await readReports(t, reportFiles);
  const change = o.filter === 'nofilter' ? undefined : await changeOf(t);
  if (o.filter !== 'nofilter' && !change)
    throw new ConfigurationError(
      `filter ${o.filter} needs the change: give --base REF or --diff PATCH (diff-base in the action).`,
    );
  const result = lintResult(runs, reports, {
    filter: o.filter,
    failLevel: o.failLevel,
    ...(change ? { changed: change.changed } : {}),
  });
  return { t, result, change };
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function textReport(r: LintResult, what: string | undefined): string {
  const out: string[] = [];
  for (const f of r.findings) {
    const where = f.line === undefined ? '' : `:${f.line}${f.column !== undefined ? `:${f.column}` : ''}`;
    out.push(
      `${oneLine(f.path)}${where}: ${f.severity} ${oneLine(f.rule)} (${oneLine(f.tool)}): ${oneLine(f.message.split('\n')[0]!)}`,
    );
  }
  for (const run of r.runs)
    out.push(
      run.error
        ? `${run.name}${run.dir !== '.' ? ` in ${oneLine(run.dir)}` : ''}: could not run: ${oneLine(run.error)}`
        : `${run.name} ${run.version ?? ''}${run.dir !== '.' ? ` in ${oneLine(run.dir)}` : ''}${run.covers ? ` (also ${oneLine(run.covers.join(', '))})` : ''}: ${plural(run.findings.length, 'finding')} (${run.durationMs} ms)`,
    );
  for (const rep of r.reports)
    out.push(`${oneLine(rep.file)} (${oneLine(rep.tool)}): ${plural(rep.findings.length, 'finding')}`);
  const c = r.counts;
  out.push(`${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.notice, 'notice')}.`);
  if (r.filter !== 'nofilter')
    out.push(
      `Filter ${r.filter} on ${what ?? 'the change'}: ${plural(r.outside.length, 'more finding')} outside it, not counted.`,
    );
  return `${out.join('\n')}\n`;
}

/** The job summary: findings (kit's renderer), the tools that ran, what the filter left out. */
export function lintSummary(r: LintResult, omitted: number, what: string | undefined): string {
  const parts = [
    renderFindingsSummary(r.findings, { title: 'Lint', plan: { omittedTotal: omitted }, maxBytes: 900 * 1024 }),
  ];
  if (r.errors.length)
    parts.push(
      `> [!CAUTION]\n${r.errors.map((e) => `> ${text(e)}`).join('\n>\n')}\n\nNothing was measured for these tools: the step fails.`,
    );
  if (r.filter !== 'nofilter')
    parts.push(
      `Filter \`${r.filter}\` on ${text(what ?? 'the change')}: **${plural(r.outside.length, 'finding')} outside it** (not annotated, not counted). Run \`quality lint\` locally to see them.`,
    );
  const rows = [
    ...r.runs.map((run) => [
      text(run.name),
      run.version ? code(run.version) : '',
      run.covers ? `${code(run.dir)} (also ${run.covers.map(code).join(', ')})` : code(run.dir),
      run.error ? 'could not run' : String(run.findings.length),
      `${run.durationMs} ms`,
    ]),
    ...r.reports.map((rep) => [text(rep.tool), '', code(rep.file), String(rep.findings.length), '']),
  ];
  parts.push(table(['Tool', 'Version', 'Where', 'Findings', 'Time'], rows));
  return `${parts.join('\n\n')}\n`;
}

async function github(io: CliIO): Promise<number> {
  const runner = await import('@quality/kit/runner');
  const { readEvent } = await import('@quality/kit/event');
  const ctx = runner.readContext(io.env);
  const ev = readEvent(ctx);
  let o: LintOptions;
  let result: Awaited<ReturnType<typeof lint>>;
  try {
    const inputs = await stepInputs('lint', io.env.GITHUB_WORKSPACE || io.cwd, io, runner.log.warning);
    const tools = toolsOf(inputs, 'tools', 'lint');
    const filter = inputs.enum('filter', FILTER_MODES, ev.kind === 'pull_request' ? 'added' : 'nofilter');
    o = {
      path: inputs.optional('working-directory'),
      pathFlag: 'Input working-directory',
      reports: inputs.globs('reports'),
      reportsBase: 'target',
      filter,
      failLevel: inputs.enum('fail-level', FAIL_LEVELS, 'error'),
      ...(tools ? { tools } : {}),
    };
    const base = inputs.optional('diff-base') ?? ev.baseSha;
    result = await lint(
      o,
      io,
      async (t) => {
        if (base === undefined)
          throw new ConfigurationError(
            `filter ${filter} needs a base to diff against and this ${ev.name || 'run'} has none${ev.baseNote ? ` (${ev.baseNote})` : ''}: set the diff-base input, or filter: nofilter.`,
          );
        return runChange(t, base);
      },
      (t) => assertTrustedCheckout(t.root, ev, ctx.payload, 'lint', ctx.sha),
    );
  } catch (e) {
    return failStep('Lint', e, runner);
  }
  const r = result.result;
  const plan = planFindingAnnotations(r.findings, result.change ? { changed: result.change.changed } : {});
  runner.annotate(plan.shown.map((s) => s.annotation));
  for (const e of r.errors) runner.log.error(e);
  await runner.writeSummary(lintSummary(r, plan.omittedTotal, result.change?.what));
  runner.setOutput('errors', r.counts.error);
  runner.setOutput('warnings', r.counts.warning);
  runner.setOutput('notices', r.counts.notice);
  await io.stdout(textReport(r, result.change?.what));
  if (r.failed) {
    io.stderr(
      r.errors.length
        ? `quality lint: ${plural(r.errors.length, 'tool')} could not run (see above).\n`
        : `quality lint: findings at or above fail-level ${o.failLevel}.\n`,
    );
  }
  return exitCode(r);
}

export const lintCommand: CommandRun = async (argv, io) => {
  const { values, positionals, inputs: flags } = parse(argv, OPTIONS, 1);
  if (values.help) {
    await io.stdout(HELP);
    return 0;
  }
  if (values.github) {
    if (argv.length > 1)
      throw new UsageError('--github reads its options from INPUT_* variables: give no other option.');
    return github(io);
  }
  if (values.base !== undefined && values.diff !== undefined)
    throw new UsageError('Give --base REF or --diff PATCH, not both.');
  // Flags not given: the lint section of the config file.
  const inputs = await configured(flags, 'lint', existingDir(io.cwd, positionals[0], 'PATH'), io);
  const changeGiven = values.base !== undefined || values.diff !== undefined;
  const filter = inputs.enum('--filter', FILTER_MODES, changeGiven ? 'added' : 'nofilter');
  const tools = toolsOf(inputs, '--tools', 'lint');
  const o: LintOptions = {
    path: positionals[0],
    pathFlag: 'PATH',
    // --report paths are relative to the current folder; the config's globs to PATH.
    ...(values.report !== undefined
      ? { reports: values.report, reportsBase: 'cwd' as const }
      : { reports: inputs.globs('--reports'), reportsBase: 'target' as const }),
    filter,
    failLevel: inputs.enum('--fail-level', FAIL_LEVELS, 'error'),
    ...(tools ? { tools } : {}),
    ...(values.base !== undefined ? { base: values.base } : {}),
    ...(values.diff !== undefined ? { diff: values.diff } : {}),
  };
  const { result: r, change } = await lint(o, io, (t) =>
    localChange(t, io, {
      ...(o.base !== undefined ? { base: o.base } : {}),
      ...(o.diff !== undefined ? { diff: o.diff } : {}),
    }),
  );
  if (values.json) await io.stdout(`${JSON.stringify(lintJson(r))}\n`);
  else await io.stdout(textReport(r, change?.what));
  for (const e of r.errors) io.stderr(`quality lint: ${e}\n`);
  return exitCode(r);
};
