/**
 * The guard in one call, for the CLI, the hooks and the action: list the files of a scope from
 * git, scan them, keep only what the change adds, apply the baseline.
 *
 * Tricky rule: in a change scope a finding about a line counts only when the change added that
 * line; a finding about a whole file (size, syntax, symlink) counts when the file changed.
 */
import { countFindings, type Counts } from '@quality/kit/findings';
import { applyBaseline, type Baseline, type BaselineEntry } from './baseline.js';
import { historySecrets, MAX_HISTORY_COMMITS } from './history.js';
import { READ_CONTENT, READ_PREFILTER, READ_SKIP, readInWorker, ReaderUnavailable } from './reader.js';
import {
  needsContent,
  scan,
  scanner,
  TRIGGERS_SOURCE,
  type GuardFinding,
  type GuardOptions,
  type ScanEntry,
  type ScanResult,
} from './scan.js';
import {
  indexEntries,
  indexPaths,
  readWorkTreeFile,
  relatedPaths,
  SUBMODULE_MODE,
  stagedChange,
  workTreeEntry,
} from './source.js';

export type GuardScope =
  | { kind: 'all' }
  | { kind: 'staged' }
  /**
   * The work tree's copy of the files a change touched, with the lines it added per path; `whole`:
   * files git showed as binary (a NUL byte, a `-diff` attribute), whose every line counts.
   */
  | {
      kind: 'change';
      added: ReadonlyMap<string, ReadonlySet<number>>;
      whole?: ReadonlySet<string>;
      /** The commit the change starts from (the merge base): its commits' added lines are read for secrets too. */
      history?: string;
    };

export interface GuardRunOptions extends Omit<GuardOptions, 'allPaths'> {
  /** The repository's top level. */
  root: string;
  scope: GuardScope;
  baseline?: Baseline;
  /**
   * Scan only for the file checks (size, executable bit) a file holding no match of TRIGGERS_SOURCE,
   * unless a check reads every byte of it (default true; the findings are the same).
   */
  prefilter?: boolean;
  /** `all`: read the work tree in a worker thread (default: from 2,000 files on). */
  worker?: boolean;
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
  /** Set when the change's commits were too many to read them all for secrets. */
  historyNote?: string;
  scanned: number;
  skipped: ScanResult['skipped'];
}

/**
 * The change scope of a parsed diff: each file's added lines, the files git showed as binary
 * whole, and (given the commit the change starts from) its commits' own additions.
 */
export function changeScope(
  diff: { files: readonly { path: string; added: readonly number[] }[]; binary?: readonly string[] },
  history?: string,
): { kind: 'change'; added: Map<string, Set<number>>; whole: Set<string>; history?: string } {
  return {
    kind: 'change',
    added: new Map(diff.files.map((f) => [f.path, new Set(f.added)])),
    whole: new Set(diff.binary ?? []),
    ...(history ? { history } : {}),
  };
}

/** Findings about a whole file that still name a line (where a parse failed): they count when the file changed. */
const WHOLE_FILE = new Set(['file/invalid-json', 'file/invalid-yaml', 'file/invalid-toml']);

export async function runGuard(opts: GuardRunOptions): Promise<GuardRun> {
  const { root, scope, baseline, prefilter = true, worker, ...scanOpts } = opts;
  let entries: ScanEntry[];
  let allPaths: readonly string[];
  if (scope.kind === 'staged') {
    // A few staged files: the checks need only the index paths that collide with them by case
    // or that their symlinks point at, not the whole index (100,000 paths cost 300 ms to walk).
    const staged = await stagedChange(root);
    entries = staged.entries;
    if (staged.related) allPaths = staged.related;
    else {
      const links = new Map<string, string>();
      for (const e of entries) if (e.symlinkTarget !== undefined) links.set(e.path, e.symlinkTarget);
      allPaths = relatedPaths(
        await indexPaths(root),
        entries.map((e) => e.path),
        links,
      );
    }
  } else if (scope.kind === 'change') {
    const all = await indexEntries(root);
    allPaths = all.map((e) => e.path);
    const modeOf = new Map(all.map((e) => [e.path, e.mode]));
    const paths = new Set([...scope.added.keys(), ...(scope.whole ?? [])]);
    entries = [...paths].map((p) => workTreeEntry(root, p, modeOf.get(p) ?? 0o100644));
  } else {
    const all = await indexEntries(root);
    allPaths = all.map((e) => e.path);
    entries = all.map((e) => workTreeEntry(root, e.path, e.mode));
  }

  const result =
    scope.kind === 'all'
      ? await scanWorkTree(root, entries, { ...scanOpts, allPaths }, prefilter, worker ?? entries.length >= 2000)
      : scan(entries, { ...scanOpts, allPaths });
  let inScope = result.findings;
  let historyNote: string | undefined;
  if (scope.kind === 'change') {
    const { added, whole } = scope;
    inScope = inScope.filter(
      (f) => f.line === undefined || WHOLE_FILE.has(f.rule) || whole?.has(f.path) || added.get(f.path)?.has(f.line),
    );
    if (scope.history) {
      // A secret a commit added and a later one removed is still in the pushed history.
      const held = new Set(result.findings.flatMap((f) => (f.secret ? [f.secret] : [])));
      const past = await historySecrets(root, scope.history);
      const seen = new Set<string>();
      for (const f of past.findings) {
        if (held.has(f.secret) || seen.has(f.secret)) continue;
        seen.add(f.secret);
        const { commit, ...finding } = f;
        inScope.push({
          ...finding,
          message: `${f.message} Added in commit ${commit.slice(0, 12)} and removed later in this change, it is still in the history: rotate it.`,
        });
      }
      if (past.truncated)
        historyNote = `Only the newest ${MAX_HISTORY_COMMITS} commits of the change were read for secrets they added and a later commit removed.`;
    }
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
    ...(historyNote ? { historyNote } : {}),
    scanned: result.scanned,
    skipped: result.skipped,
  };
}

/**
 * Every tracked file of the work tree, read once (in a worker thread for a large repository,
 * while this one scans) and scanned in index order.
 */
async function scanWorkTree(
  root: string,
  entries: readonly ScanEntry[],
  opts: GuardOptions,
  prefilter: boolean,
  inWorker: boolean,
): Promise<ScanResult> {
  const maxScan = opts.maxScanBytes ?? 8 * 1024 * 1024;
  const how = new Uint8Array(entries.length);
  entries.forEach((e, i) => {
    how[i] = e.mode === SUBMODULE_MODE ? READ_SKIP : needsContent(e.path, opts) ? READ_CONTENT : READ_PREFILTER;
  });
  if (inWorker) {
    const s = scanner(entries, opts);
    try {
      await readInWorker(
        root,
        entries.map((e) => e.path),
        how,
        { maxScan, triggers: prefilter ? TRIGGERS_SOURCE : null },
        (i, loaded) => s.add(entries[i]!, loaded),
      );
      for (let i = 0; i < entries.length; i++) if (how[i] === READ_SKIP) s.add(entries[i]!);
      return s.finish();
    } catch (e) {
      if (!(e instanceof ReaderUnavailable)) throw e;
      // No worker thread here: the same reads in this thread.
    }
  }
  const s = scanner(entries, opts);
  const triggers = prefilter ? new RegExp(TRIGGERS_SOURCE) : null;
  entries.forEach((e, i) =>
    s.add(e, how[i] === READ_SKIP ? undefined : readWorkTreeFile(root, e.path, how[i]!, maxScan, triggers)),
  );
  return s.finish();
}
