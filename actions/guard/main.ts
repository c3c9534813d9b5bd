/**
 * actions/guard: read the inputs and the event once, scan what the change adds (or every tracked
 * file) with the guard engine, and hand the findings to the shared renderers: annotations, job
 * summary, findings.json and outputs. Tricky rule: every secret found is masked (`::add-mask::`)
 * before anything else is printed, so no later line can show it in clear.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { withConfig } from '@quality/config/entry';
import {
  applyRuleLevels,
  commitFindings,
  parseBaseline,
  runGuard,
  type Baseline,
  type RuleLevels,
} from '@quality/guard';
import {
  actionInputs,
  annotate,
  ConfigurationError,
  escapeLine,
  fail,
  log,
  md,
  readContext,
  readEvent,
  run,
  setOutput,
  writeSummary,
} from '@quality/kit';
import {
  countFindings,
  failsAt,
  planFindingAnnotations,
  renderFindingsSummary,
  type Finding,
} from '@quality/kit/findings';
import { repoRoot } from '@quality/kit/git';
import { chooseScope, pullRequestCommits } from './adapters.js';

/** The baseline read when the input is empty and the file exists (where `quality guard --update-baseline` writes). */
const DEFAULT_BASELINE = '.github/guard-baseline.json';

void run(async () => {
  const token = actionInputs().string('token', '');
  if (token) log.mask(token);
  const ctx = readContext();
  // An input given in the workflow wins; else the guard section of .github/quality.yml.
  const inputs = await withConfig(actionInputs(), 'guard', ctx, log.warning);
  const scopeInput = inputs.enum('scope', ['auto', 'all'] as const, 'auto');
  const failLevel = inputs.enum('fail-level', ['error', 'warning', 'any', 'none'] as const, 'error');
  const baselineInput = inputs.string('baseline', '');
  const commitConvention = inputs.boolean('commit-convention', false);
  const commitTypes = inputs.list('commit-types');
  const fetch = inputs.boolean('fetch', true);
  const maxFileKb = inputs.number('max-file-size-kb', { min: 1, integer: true, default: 500 });
  const rules = (inputs.json('rules') ?? {}) as RuleLevels;
  const checks = {
    secrets: inputs.boolean('secrets', true),
    entropy: inputs.boolean('entropy', true),
    files: inputs.boolean('files', true),
    workflows: inputs.boolean('workflows', true),
    forbidCrlf: inputs.boolean('forbid-crlf', false),
    forbidBom: inputs.boolean('forbid-bom', false),
  };
  const ev = readEvent(ctx);

  let root: string;
  try {
    root = await repoRoot(ctx.workspace);
  } catch {
    throw new ConfigurationError(
      `The workspace ${ctx.workspace} is not a git repository: run actions/checkout before the guard.`,
    );
  }
  let baseline: Baseline | undefined;
  const baselineFile = resolve(root, baselineInput || DEFAULT_BASELINE);
  if (baselineInput || existsSync(baselineFile)) {
    let text: string;
    try {
      text = readFileSync(baselineFile, 'utf8');
    } catch {
      const o = inputs.origin('baseline');
      throw new ConfigurationError(
        `${o ? `${o.file}:${o.line}: ${o.key}` : "Input 'baseline'"}: ${baselineInput} does not exist or cannot be read. Write it with \`quality guard --update-baseline ${baselineInput}\` and commit it.`,
      );
    }
    baseline = parseBaseline(text, baselineFile);
  }

  const choice = await chooseScope(root, ctx, ev, { all: scopeInput === 'all', fetch, token });
  const result = await runGuard({ root, scope: choice.scope, baseline, maxFileBytes: maxFileKb * 1024, ...checks });
  // Before anything else reaches the log: accepted findings' secrets are still secrets.
  for (const f of [...result.inScope]) {
    if (!f.secret) continue;
    log.mask(f.secret);
    for (const line of f.secret.split(/\r?\n/)) if (line.trim().length >= 8) log.mask(line.trim());
  }
  for (const w of choice.warnings) log.warning(w);
  for (const n of choice.notes) log.info(n);
  if (result.historyNote) log.warning(result.historyNote);

  // Per-rule severity or `off` (the config's rules), as `quality guard` applies them.
  const findings: Finding[] = applyRuleLevels(result.findings, rules);
  let commitNote = '';
  const commitOpts = commitTypes.length ? { types: commitTypes } : {};
  if (commitConvention && ev.kind === 'pull_request') {
    const listed = await pullRequestCommits(root, ctx, ev, choice.mergeBase, token);
    const pr = ctx.payload['pull_request'] as { title?: unknown } | undefined;
    const title = typeof pr?.title === 'string' ? pr.title : undefined;
    if ('error' in listed) {
      findings.push(...commitFindings([], title, commitOpts));
      findings.push({
        tool: 'guard',
        rule: 'commit/unchecked',
        severity: 'error',
        path: 'pull request commits',
        message: `The pull request's commit messages could not be listed (${listed.error}), so they were not checked.`,
        fix: 'Check out with fetch-depth: 0, or give the action a token that can read the pull request.',
      });
    } else {
      findings.push(...commitFindings(listed.commits, title, commitOpts));
      commitNote = ` Commit messages: ${listed.commits.length} commit(s) and the title checked (from ${listed.source}).`;
    }
  } else if (commitConvention) commitNote = ' Commit messages: checked on pull requests only.';

  const counts = countFindings(findings);
  const plan = planFindingAnnotations(findings);
  // A commit or title is not a file: its annotation goes on the run, not on a path.
  annotate(
    plan.shown.map(({ finding, annotation }) =>
      /^(?:commit |pull request )/.test(finding.path) ? { ...annotation, file: undefined } : annotation,
    ),
  );

  const outDir = join(ctx.runnerTemp || root, 'quality-guard');
  mkdirSync(outDir, { recursive: true });
  const jsonPath = join(outDir, 'findings.json');
  writeFileSync(
    jsonPath,
    `${JSON.stringify({
      // Only these fields: a secret rides on its finding for masking and is never written.
      findings: findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        path: f.path,
        line: f.line ?? null,
        message: f.message,
      })),
      counts,
      suppressed: result.suppressed.length,
      scanned: result.scanned,
    })}\n`,
  );

  const scopeLine =
    `Scanned ${choice.text}: ${result.scanned} text file(s) read` +
    (result.skipped.binary ? `, ${result.skipped.binary} binary skipped` : '') +
    (result.suppressed.length ? `; ${result.suppressed.length} finding(s) accepted by the baseline` : '') +
    `.${commitNote}`;
  await writeSummary(
    `${renderFindingsSummary(findings, { title: 'Guard', plan }).replace(/\n$/, '')}\n\n${md.text(scopeLine)}\n`,
  );
  log.info(escapeLine(scopeLine));

  setOutput('errors', counts.error);
  setOutput('warnings', counts.warning);
  setOutput('notices', counts.notice);
  setOutput('findings', jsonPath);
  if (failsAt(findings, failLevel))
    fail(
      `Guard: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s) at or above fail-level ${failLevel}. See the annotations and the job summary.`,
    );
});
