/**
 * actions/matrix: the job matrix from the project itself. Reads inputs and the event, restores
 * earlier test timings from the cache, runs the engine (packages/matrix), writes the outputs,
 * the shard plan and the job summary. With `save-timings`, it instead saves timing files to the
 * cache (default branch only) for the next run's shard plan.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  actionInputs,
  ConfigurationError,
  errorMessage,
  fsFault,
  log,
  makeDirectory,
  md,
  readContext,
  readEvent,
  run,
  setOutput,
  writeOutputs,
  writeSummary,
  type WorkflowContext,
} from '@quality/kit';
import type { CacheBackend } from '@quality/kit/cache-backend';
import { ZERO_SHA } from '@quality/kit/event';
import { globFiles } from '@quality/kit/glob';
import { withConfig } from '@quality/config/entry';
import {
  assertIsoDate,
  DEFAULT_ALWAYS,
  DEFAULT_PLAN_FILE,
  matrixSummary,
  parseEntries,
  parseLanguages,
  parseVersionPolicy,
  resolveWorkingDirectory,
  restoreTimingFiles,
  runMatrix,
  saveTimingFiles,
  type RunResult,
  type TimingCacheNote,
} from '@quality/matrix';

/** @actions/cache (and the Azure SDK in it) loads only when timings are used: most runs need no shards. */
async function timingCache(): Promise<CacheBackend> {
  const { createCacheBackend } = await import('@quality/kit/cache-backend');
  return createCacheBackend({ timeoutMs: 120_000, log });
}

const report = (notes: TimingCacheNote[]) =>
  notes.forEach((n) => (n.level === 'warning' ? log.warning(n.message) : log.info(n.message)));

/** @actions/glob's semantics (a folder matches the files below it), without loading it. */
function expand(patterns: string[], cwd: string): string[] {
  if (patterns.length === 0) return [];
  const absolute = patterns.map((p) => (p.startsWith('!') ? `!${resolve(cwd, p.slice(1))}` : resolve(cwd, p)));
  return globFiles(absolute, { implicitDescendants: true });
}

async function saveTimings(patterns: string[], ctx: WorkflowContext, job: string): Promise<void> {
  const ev = readEvent(ctx);
  if (!ev.canWrite) {
    log.info(`Timings not saved: ${ev.writeNote}.`);
    setOutput('timings-saved', false);
    return;
  }
  const files = expand(patterns, ctx.workspace);
  if (files.length === 0) throw new ConfigurationError(`save-timings: no file matches ${patterns.join(', ')}.`);
  const runKey = `${ctx.runId || Date.now()}-${process.env['GITHUB_RUN_ATTEMPT'] ?? '1'}`;
  const at = { workspace: ctx.workspace, workflow: ctx.workflow, job };
  const r = await saveTimingFiles({ backend: await timingCache(), ...at, files, runKey });
  report(r.notes);
  setOutput('timings-saved', r.saved);
}

/** The summary is written once: the matrix's, or on a fault, the error (and the matrix when there is one). */
const done: { summarized: boolean; result?: RunResult } = { summarized: false };

async function main(): Promise<void> {
  const inputs = await withConfig(actionInputs(), 'matrix', readContext(), log.warning);
  const ctx = readContext();
  // Inside the workspace only: `../..` or a link out of it is an input error.
  const root = resolveWorkingDirectory(ctx.workspace, inputs.string('working-directory', '.'));
  const timingJob = inputs.string('timing-key', 'test');
  const tempRoot = ctx.runnerTemp || join(ctx.workspace, '..');

  const toSave = inputs.globs('save-timings');
  if (toSave.length > 0) return saveTimings(toSave, ctx, timingJob);

  const shardsRaw = inputs.optional('shards');
  let shards: number | 'auto' | undefined;
  if (shardsRaw !== undefined && shardsRaw !== '0') {
    shards = shardsRaw === 'auto' ? 'auto' : inputs.number('shards', { min: 1, max: 256, integer: true })!;
  }
  const changedOnly = inputs.boolean('changed-only', false);
  let base = inputs.optional('base');
  let before: string | undefined;
  if (changedOnly && base === undefined) {
    const ev = readEvent(ctx);
    if (ev.kind === 'pull_request' || ev.kind === 'merge_group') base = ev.baseSha ?? ev.baseBranch;
    else if (ev.kind === 'push') before = ev.newBranch ? ZERO_SHA : ev.baseSha;
  }

  const timingFiles = expand(inputs.globs('timings'), ctx.workspace);
  if (shards !== undefined && inputs.boolean('timing-cache', true)) {
    const at = { workspace: ctx.workspace, workflow: ctx.workflow, job: timingJob, runId: ctx.runId };
    const r = await restoreTimingFiles({ backend: await timingCache(), ...at });
    report(r.notes);
    timingFiles.push(...r.files);
  }

  const always = inputs.globs('always');
  const today = inputs.optional('today');
  const planFile = join(tempRoot, 'quality-matrix', DEFAULT_PLAN_FILE);
  const languages = parseLanguages('languages', inputs.list('languages'));
  const result = await runMatrix({
    root,
    ...(languages ? { languages } : {}),
    today: assertIsoDate(today ?? new Date().toISOString().slice(0, 10), 'today'),
    versions: parseVersionPolicy(inputs.string('versions', 'file')),
    os: inputs.list('os'),
    include: await parseEntries('include', inputs.optional('include') ?? ''),
    exclude: await parseEntries('exclude', inputs.optional('exclude') ?? ''),
    ignore: inputs.globs('ignore'),
    changedOnly,
    ...(base !== undefined ? { base } : {}),
    ...(before !== undefined ? { before } : {}),
    allowFetch: inputs.boolean('allow-fetch', true),
    always: always.length > 0 ? always : DEFAULT_ALWAYS,
    ...(shards !== undefined ? { shards } : {}),
    targetMinutes: inputs.number('target-minutes', { min: 0.1, max: 600, default: 10 }),
    timingFiles,
    ...(inputs.globs('tests').length > 0 ? { testPatterns: inputs.globs('tests') } : {}),
    planFile: DEFAULT_PLAN_FILE,
  });

  done.result = result;
  for (const w of result.warnings) log.warning(w);
  if (shards !== undefined) {
    const what = 'the shard plan (RUNNER_TEMP must be a writable folder)';
    makeDirectory(join(tempRoot, 'quality-matrix'), what);
    try {
      writeFileSync(planFile, `${JSON.stringify(result.plan, null, 2)}\n`);
    } catch (e) {
      throw fsFault(e, planFile, what);
    }
    log.info(
      `Shard plan written to ${planFile}${result.usesPlanFile ? ' (the matrix names it: upload it as an artifact)' : ''}.`,
    );
  }
  log.info(
    `Matrix (${result.hasWork ? result.matrix.include.length : 0} jobs):\n${result.matrix.include.map((e) => `  ${String(e['name'])}`).join('\n')}`,
  );

  writeOutputs([
    ['matrix', result.json],
    ['has-changes', result.hasChanges && result.hasWork],
    ['count', result.hasWork ? result.matrix.include.length : 0],
    [
      'projects',
      JSON.stringify(
        result.summaries.map((s) => ({
          dir: s.project.dir,
          language: s.project.language,
          'package-manager': s.project.packageManager,
          versions: s.versions,
        })),
      ),
    ],
    ['plan-file', shards !== undefined ? planFile : ''],
    ['plan-required', result.usesPlanFile],
  ]);
  await writeSummary(matrixSummary(result));
  done.summarized = true;
}

void run(async () => {
  try {
    await main();
  } catch (e) {
    if (!done.summarized) {
      const error = `### ❌ Job matrix error\n\n${md.text(errorMessage(e))}\n`;
      await writeSummary(done.result ? `${error}\n${matrixSummary(done.result)}` : error);
    }
    throw e;
  }
});
