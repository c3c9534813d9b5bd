/**
 * actions/coverage-gate: inputs -> coverage engine -> verdict -> outputs, summary, annotations,
 * sticky comment, baseline. Services that fail (cache, API) degrade to warnings; only the rules
 * (or a configuration error) fail the job.
 */
import * as glob from '@actions/glob';
import {
  analyze,
  evaluate,
  measureDiff,
  percent,
  renderComment,
  renderSummary,
  toCobertura,
  writeJson,
  uncoveredAnnotations,
  BASELINE_SCHEMA,
  type Analysis,
  type BaselineRead,
  type BaselineSnapshot,
  type BaselineStore,
  type DiffResult,
} from '@quality/coverage';
import { BranchBaselineStore, FileBaselineStore } from '@quality/coverage';
import {
  actionInputs,
  annotate,
  ConfigurationError,
  errorMessage,
  fail,
  fitComment,
  log,
  md,
  readContext,
  run,
  setOutput,
  writeSummary,
  type WorkflowContext,
} from '@quality/kit';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { readGateEvent, type GateEvent } from './event.js';
import { readGateInputs, type GateInputs } from './inputs.js';

const VERSION = '0.1.0';

/** Where reports usually are, tried when `files` is empty. */
export const DEFAULT_REPORTS = [
  'coverage/lcov.info',
  '**/coverage/lcov.info',
  'coverage.xml',
  'cobertura.xml',
  '**/cobertura-coverage.xml',
  'coverage/coverage-final.json',
  'coverage.out',
  'jacoco.xml',
  '**/jacoco/test/jacocoTestReport.xml',
  '**/jacoco.xml',
  'clover.xml',
  'coverage/clover.xml',
];

async function findReports(patterns: string[], cwd: string, explicit: boolean): Promise<string[]> {
  const abs = patterns.map((p) =>
    p.startsWith('!')
      ? `!${isAbsolute(p.slice(1)) ? p.slice(1) : join(cwd, p.slice(1))}`
      : isAbsolute(p)
        ? p
        : join(cwd, p),
  );
  if (!explicit) abs.push(`!${join(cwd, '**/node_modules/**')}`);
  const globber = await glob.create(abs.join('\n'), { matchDirectories: false, implicitDescendants: false });
  const found = [...new Set(await globber.glob())].sort();
  if (found.length === 0) {
    throw new ConfigurationError(
      explicit
        ? `Input 'files' matched no file in ${cwd} (patterns: ${patterns.join(', ')}). Check the paths, or that the test step wrote its coverage report before this step.`
        : `No coverage report found in ${cwd} (looked for ${DEFAULT_REPORTS.join(', ')}). Set the 'files' input to your report's path.`,
    );
  }
  return found;
}

/**
 * The baseline store. The cache store (and with it @actions/cache and the Azure SDK) is loaded
 * only when used: a run that does not need it starts faster.
 */
async function makeStore(inputs: GateInputs, workspace: string): Promise<BaselineStore | undefined> {
  switch (inputs.baseline.kind) {
    case 'none':
      return undefined;
    case 'cache': {
      const { CacheBaselineStore } = await import('./baseline-cache.js');
      return new CacheBaselineStore({ log, timeoutMs: 120_000 });
    }
    case 'branch':
      return new BranchBaselineStore({ cwd: workspace, branch: inputs.baselineBranch });
    case 'file':
      return new FileBaselineStore(resolve(workspace, inputs.baseline.path));
  }
}

function snapshotOf(a: Analysis, ev: GateEvent, commitTime: number): BaselineSnapshot {
  const files: Record<string, [number, number]> = {};
  for (const f of a.files) files[f.path] = [f.lines.covered, f.lines.total];
  return {
    schema: BASELINE_SCHEMA,
    commit: ev.headSha,
    commitTime,
    branch: ev.baseBranch ?? ev.defaultBranch ?? '',
    createdAt: new Date().toISOString(),
    writer: `quality ${VERSION}`,
    totals: a.totals,
    headline: { metric: a.headline.metric, covered: a.headline.covered, total: a.headline.total },
    files,
  };
}

function commitTimeOf(workspace: string, sha: string): number {
  try {
    return (
      Number(
        execFileSync('git', ['show', '-s', '--format=%ct', '--end-of-options', sha], {
          cwd: workspace,
          stdio: ['ignore', 'pipe', 'ignore'],
        })
          .toString()
          .trim(),
      ) || Math.floor(Date.now() / 1000)
    );
  } catch {
    return Math.floor(Date.now() / 1000);
  }
}

/** The change as a unified diff built from the API's PR files list (the fallback). */
async function apiDiff(
  ctx: WorkflowContext,
  inputs: GateInputs,
  ev: GateEvent,
  a: Analysis,
): Promise<{ diff: DiffResult; note: string }> {
  const { createGitHubClient, listPullRequestFiles } = await import('@quality/kit/github');
  const client = createGitHubClient({ token: inputs.token!, baseUrl: ctx.apiUrl, log });
  const { files, truncated } = await listPullRequestFiles(client, {
    owner: ctx.repository!.owner,
    repo: ctx.repository!.repo,
    pullNumber: ev.prNumber!,
  });
  const text = files
    .filter((f) => f.status !== 'removed' && typeof f.patch === 'string')
    .map(
      (f) =>
        `diff --git a/${f.previous_filename ?? f.filename} b/${f.filename}\n--- a/${f.previous_filename ?? f.filename}\n+++ b/${f.filename}\n${f.patch!.endsWith('\n') ? f.patch : `${f.patch}\n`}`,
    )
    .join('');
  const diff = await measureDiff(a.model, a.workspace, { kind: 'patch', text, name: 'the pull request files API' });
  const skipped = files.filter((f) => f.status !== 'removed' && typeof f.patch !== 'string').length;
  const note =
    `measured from the GitHub API's pull request files list (local git could not give the diff)` +
    (truncated ? '; GitHub lists at most 3000 files, so files beyond that are not measured' : '') +
    (skipped
      ? `; ${skipped} file${skipped === 1 ? ' has' : 's have'} no patch in the API (too large or binary) and ${skipped === 1 ? 'is' : 'are'} not measured`
      : '') +
    '.';
  return { diff, note };
}

/** Phase timings for the debug log (ACTIONS_STEP_DEBUG), so a slow run shows where its time went. */
function stopwatch(): (phase: string) => void {
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    log.debug(`coverage-gate timing: ${phase} ${(now - last).toFixed(0)} ms`);
    last = now;
  };
}

async function main(): Promise<void> {
  const lap = stopwatch();
  const inputs = readGateInputs(actionInputs());
  if (inputs.token) log.mask(inputs.token);
  const ctx = readContext();
  if (ctx.eventName === 'workflow_run' && inputs.commentFile) {
    await (await import('./workflow-run.js')).postCommentFromFile(ctx, inputs);
    return;
  }
  const ev = readGateEvent(ctx);
  const cwd = resolve(ctx.workspace, inputs.workingDirectory);
  const relCwd = relative(ctx.workspace, cwd);
  if (relCwd.startsWith('..') || isAbsolute(relCwd)) {
    throw new ConfigurationError(
      `Input 'working-directory' (${inputs.workingDirectory}) points outside the workspace ${ctx.workspace}.`,
    );
  }
  const reports = await findReports(inputs.files.length ? inputs.files : DEFAULT_REPORTS, cwd, inputs.files.length > 0);
  const warnings: string[] = [];
  const notices: string[] = [];
  lap('inputs and report discovery');

  const analysis = await analyze({
    reports: reports.map((r) => relative(cwd, r) || r),
    format: inputs.format,
    cwd,
    pathMap: inputs.pathMap,
    spillDir: ctx.runnerTemp || tmpdir(),
  });
  warnings.push(...analysis.warnings);
  if (analysis.files.length === 0) {
    throw new ConfigurationError(
      `None of the ${reports.length} report(s) holds a file of this repository (${analysis.unmapped.length} path(s) could not be mapped, e.g. ${analysis.unmapped[0]?.path ?? 'none'}: ${analysis.unmapped[0]?.reason ?? ''}). Use 'path-map' to rewrite report paths.`,
    );
  }

  lap(`reading, resolving and merging ${reports.length} report(s) (${analysis.files.length} files)`);

  // The diff: local git first (deepening a shallow clone when allowed), the API as a fallback.
  let diffNote: string | undefined;
  const base = inputs.diffBase ?? ev.baseSha;
  if (base && /^0{40}$/.test(base)) {
    notices.push(
      'This push created the branch (its "before" commit is all zeros): there is no previous commit to diff against, so the patch rule is skipped.',
    );
  } else if (base) {
    try {
      analysis.diff = await measureDiff(analysis.model, analysis.workspace, {
        kind: 'git',
        base,
        head: 'HEAD',
        allowFetch: inputs.fetch,
      });
    } catch (e) {
      if (ev.kind === 'pull_request' && ev.prNumber !== undefined && inputs.token && ctx.repository) {
        warnings.push(`Local git could not give the diff: ${errorMessage(e)}`);
        try {
          const r = await apiDiff(ctx, inputs, ev, analysis);
          analysis.diff = r.diff;
          diffNote = r.note;
        } catch (e2) {
          throw new ConfigurationError(`${errorMessage(e)} The API fallback failed too: ${errorMessage(e2)}`);
        }
      } else {
        throw e;
      }
    }
  } else if (ev.kind !== 'push') {
    notices.push(
      `No diff base: the ${ctx.eventName || 'current'} event names none and 'diff-base' is not set, so the patch rule is skipped.`,
    );
  }

  lap('diff');

  // The baseline: read always, written only from trusted events.
  const store = await makeStore(inputs, ctx.workspace);
  let baselineRead: BaselineRead | undefined;
  let baselineNote: string | undefined;
  if (store) {
    const branch = ev.kind === 'pull_request' ? ev.baseBranch : (ev.defaultBranch ?? ev.baseBranch);
    baselineRead = branch
      ? await store.read({ branch, commit: ev.kind === 'pull_request' ? ev.baseSha : ev.baseSha })
      : { status: 'missing', detail: 'the base branch is unknown for this event.' };
    if (baselineRead.status === 'missing')
      baselineNote = `none yet (${baselineRead.detail}); the max-decrease rule passes until a push to the default branch saves one.`;
    else if (baselineRead.status === 'unavailable') {
      baselineNote = `unavailable (${baselineRead.detail}); the max-decrease rule is skipped.`;
      warnings.push(`Baseline ${store.kind} store: ${baselineRead.detail}`);
    } else
      baselineNote = `${baselineRead.snapshot.branch} at ${baselineRead.snapshot.commit.slice(0, 12)}, from the ${baselineRead.source}.`;
  } else {
    baselineNote = 'not used (baseline: none).';
  }
  const snapshot = baselineRead?.status === 'found' ? baselineRead.snapshot : undefined;

  lap('baseline read');
  const verdict = evaluate(analysis, inputs.config, snapshot);
  lap('rules');

  // Outputs and the JSON report.
  const pctOut = (p: number | null) => (p === null ? '' : String(p));
  setOutput('coverage', pctOut(percent(verdict.coverage)));
  setOutput('diff-coverage', analysis.diff ? pctOut(analysis.diff.percent) : '');
  setOutput('baseline-coverage', pctOut(percent(verdict.baseline)));
  setOutput('delta', verdict.delta === null ? '' : String(verdict.delta));
  setOutput('passed', String(verdict.passed));
  const outDir = join(ctx.runnerTemp || cwd, 'quality-coverage-gate');
  mkdirSync(outDir, { recursive: true });
  const reportPath = join(outDir, 'report.json');
  const fd = openSync(reportPath, 'w');
  try {
    await writeJson(
      analysis,
      (text) => {
        const b = Buffer.from(text, 'utf8');
        for (let o = 0; o < b.length;) o += writeSync(fd, b, o);
      },
      { verdict },
    );
  } finally {
    closeSync(fd);
  }
  setOutput('report', reportPath);
  if (inputs.coberturaOut) {
    const out = resolve(cwd, inputs.coberturaOut);
    writeFileSync(
      out,
      toCobertura(analysis.model, {
        onDroppedBranches: (d) =>
          notices.push(
            `cobertura-out: ${d.total} branch${d.total === 1 ? '' : 'es'} on lines that are not executable (such as default parameters) could not be written: Cobertura has no element for them. Line totals are exact.`,
          ),
      }),
    );
    log.info(`Wrote the merged coverage as Cobertura XML to ${out}`);
  }

  lap('outputs and JSON report');

  // Annotations on uncovered changed lines.
  let omitted = 0;
  if (inputs.annotate && analysis.diff) {
    const plan = annotate(
      uncoveredAnnotations(
        verdict,
        'warning',
        (path, line) => analysis.model.files.get(path)?.lines.has(line) ?? false,
      ),
    );
    omitted = plan.omittedTotal;
  }

  // The sticky comment.
  const marker = md.marker(`coverage-gate:${inputs.commentId}`);
  const gctx = { baselineNote, diffNote, warnings, notices, annotationsOmitted: omitted, sha: ev.headSha };
  const wantComment = inputs.comment === 'always' || (inputs.comment === 'auto' && ev.kind === 'pull_request');
  if (ev.kind === 'pull_request' || inputs.comment === 'always') {
    const body = fitComment(renderComment(analysis, verdict, gctx, marker)).text;
    const commentFile = join(outDir, 'comment.md');
    writeFileSync(commentFile, body);
    if (wantComment && ev.prNumber !== undefined && inputs.token && ctx.repository) {
      const { createGitHubClient, upsertStickyComment } = await import('@quality/kit/github');
      const client = createGitHubClient({ token: inputs.token, baseUrl: ctx.apiUrl, log });
      const r = await upsertStickyComment(client, {
        owner: ctx.repository.owner,
        repo: ctx.repository.repo,
        issueNumber: ev.prNumber,
        marker,
        body,
      });
      if (r.status === 'failed') {
        setOutput('comment-file', commentFile);
        const why =
          r.error?.kind === 'forbidden'
            ? `the token cannot write to this pull request${ev.fork ? ' (a pull request from a fork gets a read-only token)' : ''}`
            : `the API failed: ${r.error?.message ?? 'unknown error'}`;
        notices.push(
          `The pull request comment was not posted: ${why}. Its body is in the \`comment-file\` output (${commentFile}); upload it as an artifact and post it from a workflow_run workflow (see the fork recipe in the action's README).`,
        );
        if (r.error?.kind !== 'forbidden') warnings.push(`Pull request comment: ${r.error?.message ?? 'failed'}`);
      } else {
        log.info(`Pull request comment ${r.status}${r.url ? `: ${r.url}` : ''}`);
      }
    } else if (wantComment) {
      setOutput('comment-file', commentFile);
      notices.push(
        `No pull request comment: ${!inputs.token ? 'no token' : ev.prNumber === undefined ? 'the event names no pull request' : 'the repository is unknown'}. The body is in the \`comment-file\` output.`,
      );
    }
  }

  // The baseline write (trusted events only).
  if (store) {
    if (ev.trusted) {
      const w = await store.write(snapshotOf(analysis, ev, commitTimeOf(ctx.workspace, ev.headSha)));
      if (w.status === 'failed') warnings.push(`The baseline was not saved: ${w.detail}`);
      else notices.push(`Baseline ${w.status}: ${w.detail}`);
    } else if (ev.trustNote) {
      log.info(`Baseline not written: ${ev.trustNote}.`);
    }
  }

  lap('annotations, comment and baseline write');
  for (const w of warnings) log.warning(w);
  await writeSummary(renderSummary(analysis, verdict, gctx));
  lap('summary');

  if (!verdict.passed) {
    const msg = verdict.rules
      .filter((r) => r.status === 'fail' && r.enforced)
      .map((r) => `${r.id}: ${r.message}`)
      .join(' ');
    if (inputs.fail) fail(`Coverage gate failed. ${msg}`);
    else log.warning(`Coverage gate failed (fail: false, so the step passes). ${msg}`);
  }
}

void run(main);
