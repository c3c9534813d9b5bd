/**
 * `quality format`: the project's own formatters in check mode (prettier, biome, ruff, black,
 * isort, gofmt): the files that need formatting, each tool's diff when it prints one, and the
 * exact command that fixes them. `--fix` rewrites the files locally. With `--github`: an error
 * annotation per file, the diffs collapsed in the job summary, the output `files`.
 * Tricky rule: the fix command is built from the same plan as the check (same binary, same cwd),
 * with the files relative to the tool's directory, so what it prints is what `--fix` runs.
 */
import { join } from 'node:path';
import { ConfigurationError } from '@quality/kit/errors';
import { oneLine } from '@quality/kit/escape';
import { planFindingAnnotations, type Finding } from '@quality/kit/findings';
import { details, code, text } from '@quality/kit/markdown';
import { displayCommand, runProcess } from '@quality/kit/process';
import {
  addFormatDiffs,
  detectTools,
  exitCode,
  formatJson,
  formatResult,
  planTools,
  runTools,
  type FormatResult,
  type ToolRun,
} from '@quality/lint';
import { CONFIG_OPTION, configHelp, existingDir, parse, UsageError } from '../args.js';
import { configured, stepInputs } from '../config.js';
import type { CliIO, CommandRun } from '../registry.js';
import { failStep } from '../step-error.js';
import { assertTrustedCheckout, posixRel, repoFiles, resolveTarget, toolsOf } from './lint-setup.js';

const HELP = `Usage: quality format [PATH] [--check | --fix] [options]

Check the formatting with the formatters your project uses, in the versions it pins: prettier,
biome, ruff format, black, isort, gofmt (found from their config files and your dependencies).
Lists the files that need formatting with each diff the tool prints, and the command that fixes them.

Options:
  --check            only check (the default)
  --fix              rewrite the files that need it
  --tools LIST       only these formatters (comma-separated), configured or not
  --json             print {"tools":[{"name","version"}],"files":[{"path","tool"}]}
${configHelp()}  --github           in a workflow step: options from INPUT_* variables, annotations, job summary, outputs
  -h, --help         show this help

Options not given are read from the format section of .github/quality.yml (tools, fix; --check
overrides fix: true).

Exit codes: 0 every file formatted (or fixed with --fix), 1 files need formatting or a formatter could
not run, 2 a usage or configuration error.
`;

const OPTIONS = {
  ...CONFIG_OPTION,
  check: { type: 'boolean' },
  fix: { type: 'boolean' },
  tools: { type: 'string' },
  json: { type: 'boolean' },
  github: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const needs = (n: number) => (n === 1 ? '1 file needs formatting' : `${n} files need formatting`);

interface Checked {
  result: FormatResult;
  root: string;
  /** Where the user is: fix commands are shown from here. */
  cwd: string;
}

async function check(
  io: CliIO,
  path: string | undefined,
  flag: string,
  tools: string[] | undefined,
  before?: (root: string) => Promise<void>,
  withDiffs = false,
): Promise<Checked> {
  const t = await resolveTarget(io.cwd, path, flag);
  await before?.(t.root);
  const files = repoFiles(t.root);
  const detected = detectTools(t.projects, files, 'format', tools);
  if (detected.length === 0) {
    throw new ConfigurationError(
      tools
        ? `None of ${tools.join(', ')} applies to the projects under ${t.dir} (${t.projects.map((p) => `${p.dir}: ${p.language}`).join(', ') || 'no project found'}).`
        : `No formatter found under ${t.dir}: no prettier, biome, ruff, black or isort config and no Go module. Name the tools with --tools.`,
    );
  }
  const plans = planTools(detected, {
    root: t.root,
    files,
    ...(io.env.VIRTUAL_ENV ? { virtualEnv: io.env.VIRTUAL_ENV } : {}),
  });
  const runs = await runTools(plans, runProcess, { root: t.root, concurrency: 2 });
  if (withDiffs) await addFormatDiffs(runs, runProcess, { root: t.root, files });
  return { result: formatResult(runs), root: t.root, cwd: io.cwd };
}

/** Each tool's fix command for its files: argv (paths relative to the tool's cwd), where to run it, and as shown to `cwd`. */
export function fixCommands(c: Checked, cwd: string): { run: ToolRun; argv: string[]; shown: string }[] {
  const out: { run: ToolRun; argv: string[]; shown: string }[] = [];
  for (const run of c.result.runs) {
    const files = c.result.files.filter(
      (f) => f.tool === run.name && (run.dir === '.' || f.path.startsWith(`${run.dir}/`)),
    );
    if (files.length === 0 || !run.fixArgv) continue;
    const argv = [...run.fixArgv, ...files.map((f) => posixRel(run.cwd, join(c.root, f.path)))];
    const [program, ...rest] = argv;
    const shownProgram = program!.startsWith('/') ? posixRel(run.cwd, program!) : program!;
    const where = posixRel(cwd, run.cwd);
    const inDir = where === '.' ? '' : `cd ${displayCommand([where])} && `;
    out.push({ run, argv, shown: `${inDir}${displayCommand([shownProgram, ...rest])}` });
  }
  return out;
}

function textReport(c: Checked): string {
  const r = c.result;
  const out = r.files.map((f) => `${oneLine(f.path)}: needs formatting (${f.tool})`);
  for (const run of r.runs) if (run.error) out.push(`${run.name}: could not run: ${oneLine(run.error)}`);
  if (r.files.length === 0 && r.errors.length === 0)
    out.push(`All files formatted (${r.runs.map((x) => `${x.name} ${x.version ?? ''}`.trim()).join(', ')}).`);
  if (r.files.length > 0) {
    out.push(`${needs(r.files.length)}. Fix with: quality format --fix, or:`);
    for (const f of fixCommands(c, c.cwd)) out.push(`  ${f.shown}`);
  }
  return `${out.join('\n')}\n`;
}

/** A fenced block the content cannot close (the fence is longer than any backtick run inside). */
function fence(body: string, lang: string): string {
  let longest = 2;
  for (const m of body.matchAll(/`{3,}/g)) longest = Math.max(longest, m[0].length);
  const f = '`'.repeat(longest + 1);
  return `${f}${lang}\n${body.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '?')}\n${f}`;
}

export function formatSummary(c: Checked, omitted: number): string {
  const r = c.result;
  const parts = ['### Format'];
  if (r.errors.length)
    parts.push(
      `> [!CAUTION]\n${r.errors.map((e) => `> ${text(e)}`).join('\n>\n')}\n\nNothing was measured for these tools: the step fails.`,
    );
  if (r.files.length === 0)
    parts.push(`All files formatted (${text(r.runs.map((x) => `${x.name} ${x.version ?? ''}`.trim()).join(', '))}).`);
  else {
    parts.push(`${needs(r.files.length)}. Fix locally with \`quality format --fix\`, or:`);
    parts.push(
      fence(
        fixCommands(c, c.cwd)
          .map((f) => f.shown)
          .join('\n'),
        'sh',
      ),
    );
    if (omitted > 0)
      parts.push(`${plural(omitted, 'file')} not annotated (GitHub shows 10 per type per step): all are listed here.`);
    let budget = 800 * 1024;
    for (const f of r.files) {
      const head = `${f.path} (${f.tool})`;
      const body = f.diff
        ? fence(f.diff, 'diff')
        : `${code(f.path)}: ${text(f.tool)} prints no diff; run the fix command to see the change.`;
      const block = details(head, body);
      if (Buffer.byteLength(block) > budget) {
        parts.push(`- ${code(f.path)} (${text(f.tool)}): diff left out (the job summary is limited to 1 MiB).`);
        continue;
      }
      budget -= Buffer.byteLength(block);
      parts.push(block);
    }
  }
  return `${parts.join('\n\n')}\n`;
}

async function fix(c: Checked, io: CliIO): Promise<number> {
  let failed = false;
  for (const f of fixCommands(c, c.cwd)) {
    const r = await runProcess({ argv: f.argv, cwd: f.run.cwd, env: { NO_COLOR: '1' } });
    if (r.code !== 0) {
      failed = true;
      io.stderr(
        `quality format: ${f.shown} failed (exit ${r.code ?? r.signal}): ${r.stderr.toString('utf8').trim().slice(-600)}\n`,
      );
    }
  }
  return failed || c.result.errors.length ? 1 : 0;
}

async function github(io: CliIO): Promise<number> {
  const runner = await import('@quality/kit/runner');
  const { readEvent } = await import('@quality/kit/event');
  const ctx = runner.readContext(io.env);
  const ev = readEvent(ctx);
  let c: Checked;
  let doFix: boolean;
  try {
    const inputs = await stepInputs('format', io.env.GITHUB_WORKSPACE || io.cwd, io, runner.log.warning);
    doFix = inputs.boolean('fix', false);
    c = await check(
      io,
      inputs.optional('working-directory'),
      'Input working-directory',
      toolsOf(inputs, 'tools', 'format'),
      (root) => assertTrustedCheckout(root, ev, ctx.payload, 'format', ctx.sha),
      true,
    );
  } catch (e) {
    return failStep('Format', e, runner);
  }
  const r = c.result;
  const findings: Finding[] = r.files.map((f) => ({
    tool: f.tool,
    rule: 'format',
    severity: 'error',
    path: f.path,
    message: `Not formatted as ${f.tool} would format it: run quality format --fix (the diff is in the job summary).`,
  }));
  const plan = planFindingAnnotations(findings);
  runner.annotate(plan.shown.map((s) => s.annotation));
  for (const e of r.errors) runner.log.error(e);
  await runner.writeSummary(formatSummary(c, plan.omittedTotal));
  runner.setOutput('files', r.files.length);
  await io.stdout(textReport(c));
  if (doFix && r.files.length > 0) return fix(c, io);
  return exitCode(r);
}

export const formatCommand: CommandRun = async (argv, io) => {
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
  if (values.check && values.fix) throw new UsageError('Give --check or --fix, not both.');
  // Flags not given: the format section of the config file (--check wins over fix: true).
  const inputs = await configured(flags, 'format', existingDir(io.cwd, positionals[0], 'PATH'), io);
  const doFix = values.check ? false : inputs.boolean('--fix', false);
  const c = await check(io, positionals[0], 'PATH', toolsOf(inputs, '--tools', 'format'));
  if (doFix) {
    const code = c.result.files.length ? await fix(c, io) : c.result.errors.length ? 1 : 0;
    if (values.json) await io.stdout(`${JSON.stringify(formatJson(c.result))}\n`);
    else
      await io.stdout(
        c.result.files.length
          ? `Formatted ${plural(c.result.files.length, 'file')}:\n${c.result.files.map((f) => `  ${oneLine(f.path)} (${f.tool})`).join('\n')}\n`
          : 'All files formatted.\n',
      );
    for (const e of c.result.errors) io.stderr(`quality format: ${e}\n`);
    return code;
  }
  if (values.json) await io.stdout(`${JSON.stringify(formatJson(c.result))}\n`);
  else await io.stdout(textReport(c));
  for (const e of c.result.errors) io.stderr(`quality format: ${e}\n`);
  return exitCode(c.result);
};
