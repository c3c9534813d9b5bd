/**
 * The gate in one call: analyse the reports, measure the change from the first diff source that
 * works (local git, then a patch the caller fetches, e.g. from the API), read the baseline, apply
 * the rules. Returns one GateResult that outputs, summary, comment, annotations and report.json
 * all read. Rule: a source that fails is a warning only when another source follows.
 * Git starts before the reports are read (it runs while they parse), read-only: a clone that must
 * be fetched into is fetched only after the reports.
 */
import { ConfigurationError, errorMessage } from '@quality/kit/errors';
import { knownMergeBase } from '@quality/kit/git-objects';
import {
  analyze,
  gitChange,
  measureDiff,
  type Analysis,
  type AnalyzeOptions,
  type DiffResult,
  type GitChange,
} from '../analyze.js';
import { diffCoverage } from '../diff-coverage.js';
import {
  diffThreeDot,
  isNullSha,
  repoFiles,
  settle,
  topLevelAndMergeBases,
  trackedFiles,
  type RepoFiles,
  type Settled,
} from '../git.js';
import { BASELINE_SCHEMA, type BaselineQuery, type BaselineSnapshot, type BaselineStore } from './baseline.js';
import { evaluate, linelessReports, type GateConfig, type GateVerdict } from './rules.js';

/** A patch the caller loads only when the sources before it failed (no client is loaded otherwise). */
export interface PatchLoader {
  /** Names the source in messages: "the GitHub API". */
  name: string;
  load: () => Promise<{ text: string; note: string }>;
}

export type ChangeSource = { kind: 'git'; base: string; head?: string; allowFetch: boolean } | PatchLoader;

export interface ChangeSpec {
  /** Tried in order. Empty: there is no change to measure (see `missing`). */
  sources: ChangeSource[];
  /** Why there is no source; `required` makes the diff rules fail with the reason (a pull request without a base). */
  missing?: { reason: string; required: boolean };
}

export interface GateRunOptions {
  analyze: Omit<AnalyzeOptions, 'diff' | 'repo'>;
  config: GateConfig;
  change: ChangeSpec;
  /** The baseline store and what to ask it; `query` undefined when the base branch is unknown. */
  baseline?: { store: BaselineStore; query?: BaselineQuery };
  /** Called as each phase ends (the action logs the timings at debug level). */
  onPhase?: (phase: string) => void;
  /** Git already started for this run (`startGateGit` with `analyze.cwd` and `change`); else runGate starts it. */
  started?: GateGitStart;
}

export interface GateResult {
  analysis: Analysis;
  verdict: GateVerdict;
  /** The baseline that was compared with, if one was found. */
  baseline?: BaselineSnapshot;
  /** One sentence on the baseline step; one on where the diff came from when not local git. */
  baselineNote: string;
  diffNote?: string;
  warnings: string[];
  notices: string[];
}

/** The event fields the change depends on (kit's RunEvent has them). */
export interface ChangeEvent {
  name: string;
  kind: 'pull_request' | 'merge_group' | 'push' | 'other';
  baseSha?: string;
  newBranch: boolean;
  /** The pushed branch (push), and the repository's default branch. */
  baseBranch?: string;
  defaultBranch?: string;
  tag?: boolean;
}

/**
 * Where the change comes from: an explicit base, else the event's base through git and then
 * `fallback`. A pull request or merge group whose base is unknown cannot be measured: the diff
 * rules fail with what to fix. A push that creates a branch has no "before": its change is what
 * it holds beyond the default branch (origin/<default>, fetched when allowed), as diff-cover's
 * compare branch; only the default branch's own first push and a tag have none.
 */
export function changeFor(
  ev: ChangeEvent,
  opts: { diffBase?: string; allowFetch: boolean; fallback?: PatchLoader },
): ChangeSpec {
  const git = (base: string): ChangeSource => ({ kind: 'git', base, head: 'HEAD', allowFetch: opts.allowFetch });
  if (opts.diffBase) return { sources: [git(opts.diffBase)] };
  if (ev.kind === 'push' && ev.newBranch && !ev.tag && ev.defaultBranch && ev.baseBranch !== ev.defaultBranch)
    return { sources: [git(`origin/${ev.defaultBranch}`)] };
  if (ev.kind === 'push' && ev.newBranch) {
    const reason =
      'This push created the branch (its "before" commit is all zeros): there is no previous commit to diff against, so the patch rule is skipped.';
    return { sources: [], missing: { required: false, reason } };
  }
  if (ev.baseSha) return { sources: opts.fallback ? [git(ev.baseSha), opts.fallback] : [git(ev.baseSha)] };
  if (ev.kind === 'pull_request' || ev.kind === 'merge_group') {
    const field = ev.kind === 'merge_group' ? 'merge_group.base_sha' : 'pull_request.base.sha';
    const reason = `the ${ev.name} event payload has no valid base commit (${field}). Run the gate on the real ${ev.name} event, or set 'diff-base' to the base branch (e.g. origin/main).`;
    return { sources: [], missing: { required: true, reason } };
  }
  if (ev.kind === 'push') return { sources: [] };
  const reason = `No diff base: the ${ev.name || 'current'} event names none and 'diff-base' is not set, so the patch rule is skipped.`;
  return { sources: [], missing: { required: false, reason } };
}

/** A unified diff from a pull request's files list (GitHub's `patch` fields); files without one are counted. */
export function patchFromPullFiles(
  files: readonly { filename: string; previous_filename?: string; status: string; patch?: string }[],
): { text: string; skipped: number } {
  let text = '';
  let skipped = 0;
  for (const f of files) {
    if (f.status === 'removed') continue;
    if (typeof f.patch !== 'string') {
      skipped++;
      continue;
    }
    const from = f.previous_filename ?? f.filename;
    text += `diff --git a/${from} b/${f.filename}\n--- a/${from}\n+++ b/${f.filename}\n${f.patch.endsWith('\n') ? f.patch : `${f.patch}\n`}`;
  }
  return { text, skipped };
}

/** The snapshot a trusted run saves as the next baseline. */
export function snapshotOf(
  a: Pick<Analysis, 'files' | 'totals' | 'headline'>,
  at: { commit: string; commitTime: number; branch: string; writer: string },
): BaselineSnapshot {
  const files: Record<string, [number, number]> = {};
  for (const f of a.files) files[f.path] = [f.lines.covered, f.lines.total];
  return {
    schema: BASELINE_SCHEMA,
    commit: at.commit,
    commitTime: at.commitTime,
    branch: at.branch,
    createdAt: new Date().toISOString(),
    writer: at.writer,
    totals: a.totals,
    headline: { metric: a.headline.metric, covered: a.headline.covered, total: a.headline.total },
    files,
  };
}

/** Git work a gate run needs, started before the run (see `startGateGit`). */
export interface GateGitStart {
  repo: Promise<Settled<RepoFiles>>;
  /** The first source's change when it is git, measured without fetching. */
  change?: Promise<Settled<GitChange>>;
}

/**
 * Start the git runs a gate run needs, from `cwd` (the run's `analyze.cwd`): the change of the
 * first source when it is git (merge base and diff), and the repository's file list. An entry
 * calls it as early as it knows the change, then passes the result as runGate's `started`.
 * Read-only: a failure is kept for its turn (`measureChange` throws it, or measures again with
 * fetching when that is allowed).
 */
export function startGateGit(cwd: string, change: ChangeSpec): GateGitStart {
  const first = change.sources[0];
  if (!first || 'load' in first) return { repo: settle(repoFiles(cwd)) };
  const src = { ...first, allowFetch: false };
  if (isNullSha(first.base)) return { change: settle(gitChange(cwd, src)), repo: settle(repoFiles(cwd)) };
  // One git run in the usual case: the three-dot diff, while the base is found among HEAD's
  // ancestors here (then it is the merge base, and the top level is known); otherwise rev-parse
  // (top level and merge bases) beside it. The tracked files come from the index. Anything
  // unusual (a missing commit, several merge bases) takes gitChange's way.
  const head = first.head ?? 'HEAD';
  const diff = settle(diffThreeDot(cwd, first.base, head));
  const known = head === 'HEAD' ? knownMergeBase(cwd, first.base) : undefined;
  const top: Promise<Settled<{ topLevel: string; mergeBases: string[] }>> = known
    ? Promise.resolve({ ok: true, value: { topLevel: known.topLevel, mergeBases: [known.mergeBase] } })
    : settle(topLevelAndMergeBases(cwd, first.base, head));
  const repo = top.then((t) =>
    settle(
      t.ok
        ? trackedFiles(cwd, t.value.topLevel).then((files) => ({ workspace: t.value.topLevel, files }))
        : repoFiles(cwd),
    ),
  );
  const early = top.then(async (t): Promise<Settled<GitChange>> => {
    const mb = t.ok && t.value.mergeBases.length === 1 ? t.value.mergeBases[0]! : undefined;
    if (mb === undefined) return settle(gitChange(cwd, src));
    const d = await diff;
    return d.ok ? { ok: true, value: { parsed: d.value, mergeBase: mb } } : d;
  });
  return { change: early, repo };
}

async function measureChange(
  a: Analysis,
  spec: ChangeSpec,
  warnings: string[],
  early?: Promise<Settled<GitChange>>,
): Promise<{ diff?: DiffResult; note?: string }> {
  const errors: string[] = [];
  for (let i = 0; i < spec.sources.length; i++) {
    const src = spec.sources[i]!;
    const last = i === spec.sources.length - 1;
    try {
      if ('load' in src) {
        const { text, note } = await src.load();
        return { diff: await measureDiff(a.model, a.workspace, { kind: 'patch', text, name: src.name }), note };
      }
      const started = i === 0 ? await early : undefined;
      if (started?.ok) {
        const { parsed, mergeBase } = started.value;
        return { diff: { ...diffCoverage(a.model, parsed), source: 'git', mergeBase } };
      }
      if (started && !src.allowFetch) throw started.error;
      return { diff: await measureDiff(a.model, a.workspace, src) };
    } catch (e) {
      if (last && errors.length === 0) throw e;
      if (!last) warnings.push(`${'load' in src ? src.name : 'Local git'} could not give the diff: ${errorMessage(e)}`);
      errors.push(errorMessage(e));
    }
  }
  if (errors.length)
    throw new ConfigurationError(`${errors[0]} The fallbacks failed too: ${errors.slice(1).join(' ')}`);
  return {};
}

export async function runGate(opts: GateRunOptions): Promise<GateResult> {
  const lap = opts.onPhase ?? (() => undefined);
  const started = opts.started ?? startGateGit(opts.analyze.cwd, opts.change);
  const analysis = await analyze({ ...opts.analyze, repo: started.repo });
  lap(`reading, resolving and merging ${analysis.inputs.length} report(s) (${analysis.files.length} files)`);
  const warnings = [...analysis.warnings];
  const notices: string[] = [];
  if (analysis.files.length === 0) {
    const u = analysis.unmapped[0];
    throw new ConfigurationError(
      `None of the ${analysis.inputs.length} report(s) holds a file of this repository (${analysis.unmapped.length} path(s) could not be mapped${u ? `, e.g. ${u.path}: ${u.reason}` : ''}). Use 'path-map' to rewrite report paths.`,
    );
  }
  const lineless = linelessReports(analysis);
  if (lineless.length)
    notices.push(
      `${lineless.join(', ')} holds totals only (no line data): changed lines cannot be measured from it. Use coverage/coverage-final.json or lcov for patch coverage.`,
    );

  const { diff, note: diffNote } = await measureChange(analysis, opts.change, warnings, started.change);
  if (diff) analysis.diff = diff;
  else if (opts.change.missing) notices.push(opts.change.missing.reason);
  lap('diff');

  let baseline: BaselineSnapshot | undefined;
  let baselineUnreadable: string | undefined;
  let baselineNote = 'not used (baseline: none).';
  if (opts.baseline) {
    const { store, query } = opts.baseline;
    const read = query
      ? await store.read(query)
      : { status: 'missing' as const, detail: 'the base branch is unknown for this event.' };
    if (read.status === 'missing')
      baselineNote = `none yet (${read.detail}); the max-decrease rule passes until a push to the default branch saves one.`;
    else if (read.status === 'unavailable' && store.kind === 'file') {
      // A file the workflow named is its own input: what it holds cannot be measured against.
      baselineNote = `unreadable (${read.detail}).`;
      baselineUnreadable = `The baseline file cannot be read, so the decrease cannot be measured: ${read.detail} Fix the file or the input 'baseline', or delete the file so that the next push to the default branch writes a new one.`;
    } else if (read.status === 'unavailable') {
      // A service (the cache, the data branch) that fails degrades to a warning.
      baselineNote = `unavailable (${read.detail}); the max-decrease rule is skipped.`;
      warnings.push(`Baseline ${store.kind} store: ${read.detail}`);
    } else {
      baseline = read.snapshot;
      baselineNote = `${read.snapshot.branch} at ${read.snapshot.commit.slice(0, 12)}, from the ${read.source}.`;
    }
  }

  lap('baseline read');
  const unknown = !diff && opts.change.missing?.required ? opts.change.missing.reason : undefined;
  const verdict = evaluate(analysis, opts.config, baseline, { unknown, baselineUnreadable });
  lap('rules');
  return { analysis, verdict, baseline, baselineNote, diffNote, warnings, notices };
}
