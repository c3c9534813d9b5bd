import { homedir } from 'node:os';
import {
  actionInputs,
  ActionsStateProvider,
  ConfigurationError,
  log,
  readContext,
  run,
  SAVE_POLICIES,
  writeOutputs,
  writeSummary,
} from '@quality/kit';
import {
  currentPlatform,
  describeEntry,
  matrixPart,
  parseManagers,
  planCaches,
  restoreEntry,
  restoreSummary,
  validateExtraPath,
  ENTRY_STATE_KEY,
  type EntryState,
  type RestoreOutcome,
} from '@quality/cache';
import { createCacheBackend } from '@quality/kit/cache-backend';
import { withConfig } from '@quality/config/entry';

void run(async () => {
  const inputs = await withConfig(actionInputs(), 'cache', readContext(), log.warning);
  const ctx = readContext();
  const home = process.env.HOME || homedir();
  const managers = parseManagers(inputs.list('package-manager'));
  const extraPaths = inputs
    .globs('path')
    .map((p) => validateExtraPath(p, { home, workspace: ctx.workspace, runnerTemp: ctx.runnerTemp }));
  const prefix = inputs.string('key-prefix', 'deps');
  const restoreKeys = inputs.boolean('restore-keys', false);
  const failOnMiss = inputs.boolean('fail-on-cache-miss', false);
  const timeoutSeconds = inputs.number('timeout-seconds', { min: 1, max: 6 * 3600, integer: true, default: 600 });
  // The post step's own inputs, checked here too: a typo fails this step, not the job's end.
  inputs.enum('save', SAVE_POLICIES, 'auto');
  inputs.boolean('save-on-failure', true);
  inputs.boolean('fail-on-save-error', false);
  let matrix = '';
  if (inputs.boolean('matrix-key', false)) {
    const m = inputs.json('matrix');
    if (m === undefined) {
      throw new ConfigurationError(
        "Input 'matrix-key' is true but 'matrix' is empty: add `matrix: ${{ toJSON(matrix) }}`.",
      );
    }
    matrix = matrixPart(m);
  }

  const plan = await planCaches({
    root: ctx.workspace,
    managers,
    prefix,
    matrix,
    runnerOs: ctx.runnerOs,
    runnerArch: ctx.runnerArch,
    extraPaths,
    platform: currentPlatform(process.env),
  });
  if (plan.gitProblem) log.info(`git could not list the lockfiles (${plan.gitProblem}); walked the tree instead.`);
  for (const w of plan.warnings) log.warning(w);
  for (const e of plan.entries) log.info(describeEntry(e));

  // @actions/cache loads on the first call only: no entry, no load.
  const backend = createCacheBackend({ timeoutMs: timeoutSeconds * 1000, log });
  const outcomes: RestoreOutcome[] = [];
  for (const e of plan.entries) {
    const o = await log.group(`Restore ${e.manager}`, () => restoreEntry(e, backend, { restoreKeys }));
    if (o.status === 'timeout' || o.status === 'unavailable' || o.status === 'failed') {
      log.warning(`Dependency cache for ${o.manager} not restored: ${o.detail}. The job goes on without the cache.`);
    }
    outcomes.push(o);
  }

  // Hand the keys and paths to post: never recomputed after the install changed the tree.
  const state: EntryState[] = outcomes.map((o) => ({
    manager: o.manager,
    key: o.key,
    paths: o.paths,
    matchedKey: o.matchedKey,
    hit: o.status === 'hit',
  }));
  new ActionsStateProvider().set(ENTRY_STATE_KEY, JSON.stringify(state));

  // The summary first: it is written even when GITHUB_OUTPUT cannot be (a full disk).
  await writeSummary(restoreSummary(outcomes));
  writeOutputs([
    ['cache-hit', outcomes.length > 0 && outcomes.every((o) => o.status === 'hit')],
    ['matched-key', outcomes.map((o) => o.matchedKey).join('\n')],
    ['key', outcomes.map((o) => o.key).join('\n')],
    ['paths', [...new Set(outcomes.flatMap((o) => o.paths))].join('\n')],
    ['managers', outcomes.map((o) => o.manager).join(',')],
  ]);

  if (failOnMiss) {
    const missed = outcomes.filter((o) => o.status !== 'hit');
    if (missed.length > 0 || outcomes.length === 0) {
      throw new ConfigurationError(
        `fail-on-cache-miss: no exact cache entry for ${missed.map((o) => `${o.manager} (${o.key})`).join(', ') || 'any package manager'}.`,
      );
    }
  }
});
