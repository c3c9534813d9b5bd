import { existsSync } from 'node:fs';
import {
  actionInputs,
  ActionsStateProvider,
  ConfigurationError,
  log,
  readContext,
  readEvent,
  run,
  writeSummary,
} from '@quality/kit';
import {
  SAVE_POLICIES,
  decideSave,
  jobStatus,
  saveEntry,
  saveSummary,
  decodeEntryState,
  ENTRY_STATE_KEY,
  type SaveOutcome,
} from '@quality/cache';
import { createCacheBackend } from '@quality/kit/cache-backend';
import { withConfig } from '@quality/config/entry';

void run(async () => {
  const raw = new ActionsStateProvider().get(ENTRY_STATE_KEY);
  if (!raw) {
    log.info('Dependency cache: the main step did not get as far as computing keys; nothing to save.');
    return;
  }
  const entries = decodeEntryState(raw);
  if (!entries) {
    log.warning(
      'Dependency cache: the state the main step saved is not readable (corrupted?), so nothing is saved. The job goes on.',
    );
    return;
  }
  const inputs = await withConfig(actionInputs(), 'cache', readContext());
  const policy = inputs.enum('save', SAVE_POLICIES, 'auto');
  const saveOnFailure = inputs.boolean('save-on-failure', true);
  const failOnSaveError = inputs.boolean('fail-on-save-error', false);
  const timeoutSeconds = inputs.number('timeout-seconds', { min: 1, max: 6 * 3600, integer: true, default: 600 });
  const ctx = readContext();

  let decision = decideSave(policy, readEvent(ctx));
  if (decision.save && !saveOnFailure && entries.some((e) => !e.hit)) {
    const token = inputs.optional('token') ?? '';
    if (token) log.mask(token);
    const repository = ctx.repository;
    const attempt = process.env.GITHUB_RUN_ATTEMPT ?? '1';
    const job = await jobStatus({ runner: process.env.RUNNER_NAME, runId: ctx.runId, repository, token }, async () => {
      // The GitHub client loads only here: most post steps never call the API.
      const { createGitHubClient, listRunAttemptJobs } = await import('@quality/kit/github');
      const client = createGitHubClient({ token, baseUrl: ctx.apiUrl, log, retry: { retries: 2, budgetMs: 10_000 } });
      return listRunAttemptJobs(client, { ...repository!, runId: ctx.runId, attempt });
    });
    if (job.status === 'failed')
      decision = { save: false, reason: `save-on-failure is false and the step "${job.step}" failed` };
    else if (job.status === 'unknown') {
      decision = { save: false, reason: `save-on-failure is false and the job status is unknown: ${job.why}` };
      log.warning(
        `Dependency cache not saved: save-on-failure is false and the job's status could not be read (${job.why}).`,
      );
    }
  }

  const backend = createCacheBackend({ timeoutMs: timeoutSeconds * 1000, log });
  const outcomes: SaveOutcome[] = [];
  for (const e of entries) {
    const o = await log.group(`Save ${e.manager}`, () => saveEntry(e, backend, { decision, pathExists: existsSync }));
    if (o.status === 'timeout' || o.status === 'unavailable' || o.status === 'failed') {
      log.warning(`Dependency cache for ${o.manager} not saved: ${o.detail}. The job goes on.`);
    }
    log.info(`${o.manager}: ${o.status}: ${o.detail}`);
    outcomes.push(o);
  }
  await writeSummary(saveSummary(outcomes));
  const bad = outcomes.filter((o) => o.status === 'failed' || o.status === 'timeout');
  if (failOnSaveError && bad.length > 0) {
    throw new ConfigurationError(
      `fail-on-save-error: the dependency cache was not saved for ${bad.map((o) => `${o.manager} (${o.detail})`).join(', ')}.`,
    );
  }
});
