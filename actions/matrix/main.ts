/**
 * actions/matrix: the job matrix from the project itself. Reads inputs and the event, restores
 * earlier test timings from the cache, runs the engine (packages/matrix), writes the outputs,
 * the shard plan and the job summary. With `save-timings`, it instead saves timing files to the
 * cache (default branch only) for the next run's shard plan.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import {
  actionInputs,
  ConfigurationError,
  log,
  md,
  readContext,
  readEvent,
  run,
  setOutput,
  writeSummary,
} from '@quality/kit';
import type { CacheBackend, WorkflowContext } from '@quality/kit';
import { ZERO_SHA } from '@quality/kit/event';
import { withConfig } from '@quality/config/entry';
import {
  assertIsoDate,
  DEFAULT_ALWAYS,
  DEFAULT_PLAN_FILE,
  parseEntries,
  parseVersionPolicy,
  resolveWorkingDirectory,
  runMatrix,
} from '@quality/matrix';
import type { RunResult } from '@quality/matrix';

const CACHE_TIMEOUT_MS = 120_000;
const TIMINGS_DIR = '.quality-matrix-timings';

/** @actions/cache (and the Azure SDK in it) loads only when timings are used: most runs need no shards. */
async function timingCache(): Promise<CacheBackend> {
  const { createCacheBackend } = await import('@quality/kit/cache-backend');
  return createCacheBackend({ timeoutMs: CACHE_TIMEOUT_MS, log });
}

/** Keyed by workflow and job; restored by prefix, so the newest entry of the default branch is used. */
function timingKeyPrefix(ctx: WorkflowContext, job: string): string {
  const clean = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80) || 'default';
  return `quality-matrix-timings-${clean(ctx.workflow)}-${clean(job)}-`;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (e.isFile()) out.push(p);
  }
  return out.sort();
}

async function expand(patterns: string[], cwd: string): Promise<string[]> {
  if (patterns.length === 0) return [];
  const absolute = patterns.map((p) => (p.startsWith('!') ? `!${resolve(cwd, p.slice(1))}` : resolve(cwd, p)));
  const glob = await import('@actions/glob');
  const globber = await glob.create(absolute.join('\n'), { matchDirectories: false });
  return (await globber.glob()).sort();
}

async function saveTimings(patterns: string[], ctx: WorkflowContext, job: string, cacheDir: string): Promise<void> {
  const dir = resolve(ctx.workspace, cacheDir);
  const ev = readEvent(ctx);
  if (!ev.canWrite) {
    log.info(`Timings not saved: ${ev.writeNote}.`);
    setOutput('timings-saved', false);
    return;
  }
  const files = await expand(patterns, ctx.workspace);
  if (files.length === 0) throw new ConfigurationError(`save-timings: no file matches ${patterns.join(', ')}.`);
  mkdirSync(dir, { recursive: true });
  files.forEach((f, i) => copyFileSync(f, join(dir, `${String(i).padStart(4, '0')}-${basename(f)}`)));
  const key = `${timingKeyPrefix(ctx, job)}${ctx.runId || Date.now()}-${process.env['GITHUB_RUN_ATTEMPT'] ?? '1'}`;
  const cache = await timingCache();
  if (!(await cache.available())) {
    log.warning('The Actions cache service is not available here; timings not saved.');
    setOutput('timings-saved', false);
    return;
  }
  const r = await cache.save([cacheDir], key);
  const saved = r.value === 'saved' || r.value === 'exists';
  if (!saved) {
    const why = r.timedOut ? 'timed out' : r.warnings.join(' / ') || 'the cache refused it';
    log.warning(`Timings were not saved under ${key} (${why}).`);
  } else log.info(`Saved ${files.length} timing file(s) under ${key}.`);
  setOutput('timings-saved', saved);
}

async function restoreTimings(ctx: WorkflowContext, job: string, cacheDir: string): Promise<string[]> {
  const cache = await timingCache();
  if (!(await cache.available())) {
    log.info('The Actions cache service is not available; planning shards without cached timings.');
    return [];
  }
  const prefix = timingKeyPrefix(ctx, job);
  const r = await cache.restore([cacheDir], `${prefix}${ctx.runId}`, [prefix], false);
  if (r.timedOut) log.warning('Restoring the timing cache timed out; planning shards without it.');
  else if (r.value === undefined && r.warnings.length > 0)
    log.warning(`Could not restore the timing cache: ${r.warnings.join(' / ')}`);
  else if (r.value === undefined) log.info(`No timing cache under ${prefix}*; tests get equal (median) weights.`);
  else log.info(`Restored timings from ${r.value}.`);
  return filesUnder(resolve(ctx.workspace, cacheDir));
}

function summary(r: RunResult): string {
  const parts: string[] = ['## Job matrix', ''];
  if (r.changes) {
    parts.push(
      r.selection?.allReason
        ? `All projects: ${md.text(r.selection.allReason)}.`
        : r.hasChanges
          ? `${r.summaries.length} of ${r.projects.length} projects changed (${md.text(r.changes.reason)}).`
          : `No project changed (${md.text(r.changes.reason)}): the matrix is one \`no changes\` entry.`,
      '',
    );
  }
  parts.push(
    md.table(
      ['Project', 'Language', 'Package manager', 'Pinned', 'Versions', 'Shards'],
      r.summaries.map((s) => [
        md.code(s.project.dir),
        s.project.language,
        s.project.packageManager,
        s.project.version
          ? `${md.code(s.project.version.value)} in ${md.code(s.project.version.file)}${s.project.version.field ? ` ${md.code(s.project.version.field)}` : ''}`
          : 'none',
        s.versions.map(md.code).join(', '),
        s.shards
          ? `${s.shards.total} (${s.shards.timed} timed, ${s.shards.untimed} untimed${s.shards.untimed ? ` on ${s.shards.untimedShards}` : ''})`
          : '',
      ]),
    ),
    '',
    md.details(
      `${r.hasWork ? r.matrix.include.length : 0} job(s)`,
      r.matrix.include.map((e) => `- ${md.text(String(e['name']))}`).join('\n'),
    ),
  );
  if (r.warnings.length) parts.push('', ...r.warnings.map((w) => `> [!WARNING]\n> ${md.text(w)}`));
  return parts.join('\n');
}

void run(async () => {
  const inputs = await withConfig(actionInputs(), 'matrix', readContext(), log.warning);
  const ctx = readContext();
  // Inside the workspace only: `../..` or a link out of it is an input error.
  const root = resolveWorkingDirectory(ctx.workspace, inputs.string('working-directory', '.'));
  const timingJob = inputs.string('timing-key', 'test');
  const tempRoot = ctx.runnerTemp || join(ctx.workspace, '..');
  // Relative to the workspace: @actions/cache versions an entry by its paths as written, so a
  // relative path matches across runners whose temp folders differ. A dot folder: never a project.
  const cacheDir = TIMINGS_DIR;

  const toSave = inputs.globs('save-timings');
  if (toSave.length > 0) {
    await saveTimings(toSave, ctx, timingJob, cacheDir);
    return;
  }

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

  const timingFiles = await expand(inputs.globs('timings'), ctx.workspace);
  if (shards !== undefined && inputs.boolean('timing-cache', true))
    timingFiles.push(...(await restoreTimings(ctx, timingJob, cacheDir)));

  const always = inputs.globs('always');
  const today = inputs.optional('today');
  const planFile = join(tempRoot, 'quality-matrix', DEFAULT_PLAN_FILE);
  const result = await runMatrix({
    root,
    today: assertIsoDate(today ?? new Date().toISOString().slice(0, 10), 'today'),
    versions: parseVersionPolicy(inputs.string('versions', 'file')),
    os: inputs.list('os'),
    include: parseEntries('include', inputs.optional('include') ?? ''),
    exclude: parseEntries('exclude', inputs.optional('exclude') ?? ''),
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

  for (const w of result.warnings) log.warning(w);
  if (shards !== undefined) {
    mkdirSync(join(tempRoot, 'quality-matrix'), { recursive: true });
    writeFileSync(planFile, `${JSON.stringify(result.plan, null, 2)}\n`);
    log.info(
      `Shard plan written to ${planFile}${result.usesPlanFile ? ' (the matrix names it: upload it as an artifact)' : ''}.`,
    );
  }
  log.info(
    `Matrix (${result.hasWork ? result.matrix.include.length : 0} jobs):\n${result.matrix.include.map((e) => `  ${String(e['name'])}`).join('\n')}`,
  );

  setOutput('matrix', result.json);
  setOutput('has-changes', result.hasChanges && result.hasWork);
  setOutput('count', result.hasWork ? result.matrix.include.length : 0);
  setOutput(
    'projects',
    JSON.stringify(
      result.summaries.map((s) => ({
        dir: s.project.dir,
        language: s.project.language,
        'package-manager': s.project.packageManager,
        versions: s.versions,
      })),
    ),
  );
  setOutput('plan-file', shards !== undefined ? planFile : '');
  setOutput('plan-required', result.usesPlanFile);
  await writeSummary(summary(result));
});
