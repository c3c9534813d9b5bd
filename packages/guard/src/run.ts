/**
 * The guard in one call, for the CLI, the hooks and the action: list the files of a scope from
 * git, scan them, keep only what the change adds, apply the baseline.
 *
 * Tricky rule: in a change scope a finding about a line counts only when the change added that
 * line; a finding about a whole file (size, syntax, symlink) counts when the file changed.
 */
import { countFindings, type Counts } from '@quality/kit/findings';
import { applyBaseline, type Baseline, type BaselineEntry } from './baseline.js';
import { scan, type GuardFinding, type GuardOptions, type ScanEntry, type ScanResult } from './scan.js';
import { contentCandidates, indexEntries, indexPaths, relatedPaths, stagedEntries, workTreeEntry } from './source.js';

export type GuardScope =
  | { kind: 'all' }
  | { kind: 'staged' }
  /** The work tree's copy of the files a change touched, with the lines it added per path. */
  | { kind: 'change'; added: ReadonlyMap<string, ReadonlySet<number>> };

export interface GuardRunOptions extends Omit<GuardOptions, 'allPaths'> {
  /** The repository's top level. */
  root: string;
  scope: GuardScope;
  baseline?: Baseline;
  /** Skip reading files `git grep -F` clears (default true; the findings are the same). */
  prefilter?: boolean;
}

export interface GuardRun {
  /** What counts: in scope and not accepted by the baseline. */
  findings: GuardFinding[];
  /** Every finding in scope before the baseline (what `--update-baseline` writes). */
  inScope: GuardFinding[];
  suppressed: GuardFinding[];
  /** Baseline entries that matched nothing this run (stale, or out of this scope). */
  unused: BaselineEntry[];
  counts: Counts;
  /** How many files the scope listed. */
  files: number;
  scanned: number;
  skipped: ScanResult['skipped'];
}

export async function runGuard(opts: GuardRunOptions): Promise<GuardRun> {
  const { root, scope, baseline, prefilter = true, ...scanOpts } = opts;
  let entries: ScanEntry[];
  let allPaths: readonly string[];
  if (scope.kind === 'staged') {
    // A few staged files: the checks need only the index paths that collide with them by case
    // or that their symlinks point at, not the whole index (100,000 paths cost 300 ms to walk).
    const [staged, listing] = await Promise.all([stagedEntries(root), indexPaths(root)]);
    entries = staged;
    const links = new Map<string, string>();
    for (const e of staged) if (e.symlinkTarget !== undefined) links.set(e.path, e.symlinkTarget);
    allPaths = relatedPaths(
      listing,
      staged.map((e) => e.path),
      links,
    );
  } else {
    // Both git calls at once (Promise.all: a failure of either is handled, never left unhandled).
    // The prefilter only skips reads: when git grep cannot run, every file is read.
    const [all, candidates] = await Promise.all([
      indexEntries(root),
      scope.kind === 'all' && prefilter ? contentCandidates(root).catch(() => undefined) : undefined,
    ]);
    allPaths = all.map((e) => e.path);
    if (scope.kind === 'change') {
      const modeOf = new Map(all.map((e) => [e.path, e.mode]));
      entries = [...scope.added.keys()].map((p) => workTreeEntry(root, p, modeOf.get(p) ?? 0o100644));
    } else {
      entries = all.map((e) =>
        workTreeEntry(root, e.path, e.mode, candidates !== undefined && !candidates.has(e.path)),
      );
    }
  }

  const result = scan(entries, { ...scanOpts, allPaths });
  let inScope = result.findings;
  if (scope.kind === 'change') {
    const added = scope.added;
    inScope = inScope.filter((f) => f.line === undefined || added.get(f.path)?.has(f.line));
  }
  const applied = baseline
    ? applyBaseline(inScope, baseline)
    : { kept: inScope, suppressed: [] as GuardFinding[], unused: [] as BaselineEntry[] };
  return {
    findings: applied.kept,
    inScope,
    suppressed: applied.suppressed,
    unused: applied.unused,
    counts: countFindings(applied.kept),
    files: entries.length,
    scanned: result.scanned,
    skipped: result.skipped,
  };
}
