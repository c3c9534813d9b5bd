/**
 * actions/coverage-gate: read the inputs and the event once, call the engine's runGate, and hand
 * its one result to the renderers: report.json, Cobertura, annotations, the sticky comment, the
 * summary and the step outputs. Outputs are written last, once the verdict is final; a fault
 * still leaves a summary saying what went wrong. Services that fail (cache, API) are warnings.
 */
import { withConfig } from '@quality/config/entry';
import { VERSION } from '@quality/kit/version';
import {
  changeFor,
  renderComment,
  renderSummary,
  runGate,
  snapshotOf,
  startGateGit,
  type GateResult,
} from '@quality/coverage';
import {
  actionInputs,
  annotate,
  errorMessage,
  fail,
  fitComment,
  log,
  makeDirectory,
  md,
  phaseTimer,
  readContext,
  readEvent,
  run,
  writeOutputs,
  writeSummary,
} from '@quality/kit';
import { writeSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  apiPatch,
  comment,
  commitTime,
  failedRules,
  findReports,
  gateAnnotations,
  inputPath,
  makeStore,
  verdictOutputs,
  writeFile,
  writeReports,
} from './adapters.js';
import { readGateInputs } from './inputs.js';

/** Set once the job summary says how the run ended, so an error is summarised exactly once. */
const state = { summarized: false };
const errorSummary = (e: unknown) => `### ❌ Coverage gate error\n\n${md.text(errorMessage(e))}\n`;

async function main(): Promise<void> {
  const lap = phaseTimer('coverage-gate');
  const ctx = readContext();
  const inputs = readGateInputs(await withConfig(actionInputs(), 'coverage', ctx, log.warning));
  if (inputs.token) log.mask(inputs.token);
  if (ctx.eventName === 'workflow_run' && inputs.commentFile)
    return (await import('./workflow-run.js')).postCommentFromFile(ctx, inputs);
  const ev = readEvent(ctx);
  const roots = ctx.runnerTemp ? [ctx.workspace, ctx.runnerTemp] : [ctx.workspace];
  const cwd = inputPath('working-directory', inputs.workingDirectory, ctx.workspace, [ctx.workspace]);
  const outDir = join(ctx.runnerTemp || cwd, 'quality-coverage-gate');
  makeDirectory(outDir, `the gate's report folder (RUNNER_TEMP must be a writable folder)`);
  let result: GateResult | undefined;
  const view: { annotationsOmitted?: number; sha: string } = { sha: ev.headSha };
  try {
    const change = changeFor(ev, {
      diffBase: inputs.diffBase,
      allowFetch: inputs.fetch,
      fallback:
        ev.kind === 'pull_request' && ev.prNumber !== undefined && inputs.token && ctx.repository
          ? apiPatch(ctx, inputs.token, ev)
          : undefined,
    });
    // git runs while the reports are found and read.
    const started = startGateGit(cwd, change);
    const reports = findReports(inputs, cwd, roots);
    lap('inputs and report discovery');
    const store = await makeStore(inputs, ctx.workspace, roots);
    const branch =
      ev.kind === 'pull_request' || ev.kind === 'merge_group' ? ev.baseBranch : (ev.defaultBranch ?? ev.baseBranch);
    const r = (result = await runGate({
      analyze: {
        reports: reports.map((f) => (relative(cwd, f).startsWith('..') ? f : relative(cwd, f))),
        format: inputs.format,
        cwd,
        pathMap: inputs.pathMap,
        spillDir: ctx.runnerTemp || outDir,
      },
      config: inputs.config,
      change,
      started,
      baseline: store && { store, query: branch ? { branch, commit: ev.baseSha } : undefined },
      onPhase: lap,
    }));
    const { analysis: a, verdict: v } = r;
    const outputs = new Map<string, string>();

    outputs.set('report', await writeReports(r, inputs, { outDir, cwd, roots }));
    lap('outputs and JSON report');
    if (inputs.annotate && a.diff) view.annotationsOmitted = annotate(gateAnnotations(r, inputs)).omittedTotal;

    if (ev.kind === 'pull_request' || inputs.comment === 'always') {
      const body = fitComment(renderComment(r, view, md.marker(`coverage-gate:${inputs.commentId}`))).text;
      const file = join(outDir, 'comment.md');
      await writeFile(file, 'the comment body', (fd) => void writeSync(fd, body));
      await comment(ctx, inputs, ev, r, body, file, outputs);
    }

    if (store && ev.canWrite) {
      const at = {
        commit: ev.headSha,
        commitTime: await commitTime(ctx.workspace, ev.headSha),
        branch: ev.baseBranch ?? ev.defaultBranch ?? '',
        writer: `quality ${VERSION}`,
      };
      const w = await store.write(snapshotOf(a, at));
      if (w.status === 'failed') r.warnings.push(`The baseline was not saved: ${w.detail}`);
      else r.notices.push(`Baseline ${w.status}: ${w.detail}`);
    } else if (store && ev.writeNote) log.info(`Baseline not written: ${ev.writeNote}.`);

    lap('annotations, comment and baseline write');
    for (const w of r.warnings) log.warning(w);
    for (const [k, val] of verdictOutputs(r)) outputs.set(k, val);
    writeOutputs(outputs);
    await writeSummary(renderSummary(r, view));
    state.summarized = true;
    lap('summary');

    if (!v.passed) {
      const msg = failedRules(r);
      if (inputs.fail) fail(`Coverage gate failed. ${msg}`);
      else log.warning(`Coverage gate failed (fail: false, so the step passes). ${msg}`);
    }
  } catch (e) {
    if (!state.summarized)
      await writeSummary(result ? `${errorSummary(e)}\n${renderSummary(result, view)}` : errorSummary(e));
    state.summarized = true;
    throw e;
  }
}

// An error before the gate ran (an input, the event, the report folder) still gets a summary.
void run(async () => {
  try {
    await main();
  } catch (e) {
    if (!state.summarized) await writeSummary(errorSummary(e));
    throw e;
  }
});
