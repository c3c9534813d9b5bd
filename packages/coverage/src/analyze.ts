/**
 * The coverage engine's one entry: reports in, one result object out.
 *
 *   read each report (format detected from content) -> resolve its paths against the git file
 *   list -> merge at line level -> per-file summaries, totals, headline -> diff coverage
 *
 * Plain values in, plain values out: the caller reads inputs and environment.
 */
import { ConfigurationError, FileFormatError } from '@quality/kit/errors';
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { detectFormat, unknownFormatError } from './detect.js';
import { diffCoverage, type DiffCoverage } from './diff-coverage.js';
import { parseDiff, type ParsedDiff } from './diff.js';
import { diffAgainstBase, ensureHistory, isNullSha, repoFiles, settle, type RepoFiles, type Settled } from './git.js';
import { headlineOf, type Headline } from './headline.js';
import { openReport, sniff } from './input.js';
import { mergeReports } from './merge.js';
import type { CoverageReport, FileSummary, Format, Producer, Totals } from './model/index.js';
import { summarizeFile, totalsOf } from './model/index.js';
import { parsers } from './parsers/index.js';
import { readGoModules, resolvePaths, type PathMapRule, type Unmapped } from './paths.js';

export type DiffSource =
  | { kind: 'patch'; text: string; name?: string }
  | { kind: 'git'; base: string; head?: string; allowFetch?: boolean; remote?: string };

export interface AnalyzeOptions {
  /** Report files (globs already expanded), absolute or relative to `cwd`. */
  reports: readonly string[];
  /** Force a format instead of detecting it from content. */
  format?: Format;
  /** Directory inside the repository; paths resolve against the repository's top level. */
  cwd: string;
  pathMap?: readonly PathMapRule[];
  diff?: DiffSource;
  /**
   * A temp folder for lcov reports too large to hold in memory (see ParseContext.spillDir):
   * the runner's temp folder in an action, the system's for the CLI. Without it every report
   * is held in memory.
   */
  spillDir?: string;
  /**
   * When the paths cannot be resolved against git (no repository at `cwd`, or no report path
   * maps to a tracked file), keep the reports' own paths and say why in `pathMappingSkipped`
   * instead of failing. For `quality coverage` only: a gate must fail when nothing maps.
   */
  reportPathsFallback?: boolean;
  /** The repository's files from `cwd`, when the caller started asking git already (see `startGateGit`). */
  repo?: Promise<Settled<RepoFiles>>;
}

export interface InputReport {
  path: string;
  format: Format;
  producer: Producer;
  files: number;
}

export interface DiffResult extends DiffCoverage {
  source: 'patch' | 'git';
  /** The merge base the change was measured against (git source). */
  mergeBase?: string;
}

export interface Analysis {
  format: Format | 'mixed';
  producer: Producer;
  inputs: InputReport[];
  /** The merged model with repository-relative paths. */
  model: CoverageReport;
  workspace: string;
  totals: Totals;
  headline: Headline;
  /** Per file, sorted by path. */
  files: FileSummary[];
  unmapped: Unmapped[];
  warnings: string[];
  diff?: DiffResult;
  /** Why the reports' own paths were kept (see `reportPathsFallback`). */
  pathMappingSkipped?: string;
}

/** Read one report: detect (or take) its format and parse it. */
export async function readReport(
  path: string,
  format?: Format,
  spillDir?: string,
): Promise<{ report: CoverageReport; format: Format }> {
  let f = format;
  if (!f) {
    const { head } = await sniff(path);
    const detected = detectFormat(head);
    if (!detected) throw unknownFormatError(path, head);
    f = detected;
  }
  const report = await parsers[f](openReport(path), { name: path, spillDir });
  return { report, format: f };
}

export async function analyze(opts: AnalyzeOptions): Promise<Analysis> {
  if (opts.reports.length === 0)
    throw new ConfigurationError('No coverage report to read: give at least one report file.');
  // git lists the files while the reports are read: the paths resolve once both are in.
  const pending = opts.repo ?? settle(repoFiles(opts.cwd));
  const inputs: InputReport[] = [];
  const warnings: string[] = [];
  const raw: { report: CoverageReport; format: Format; path: string }[] = [];
  for (const p of opts.reports) {
    const abs = isAbsolute(p) ? p : resolve(opts.cwd, p);
    const { report, format } = await readReport(abs, opts.format, opts.spillDir);
    inputs.push({ path: p, format, producer: report.producer, files: report.files.size });
    for (const w of report.warnings) warnings.push(w.includes(p) ? w : `${p}: ${w}`);
    raw.push({ report, format, path: p });
  }

  let workspace: string;
  let files: string[] | undefined;
  let skipped: string | undefined;
  const repo = await pending;
  if (repo.ok) ({ workspace, files } = repo.value);
  else {
    const e = repo.error;
    const why = `${opts.cwd} is not inside a git repository (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`;
    if (!opts.reportPathsFallback || opts.diff?.kind === 'git') {
      throw new ConfigurationError(
        `${why}: coverage paths are resolved against git's file list. Run from your checkout.`,
      );
    }
    workspace = resolve(opts.cwd);
    const noGit = (e as NodeJS.ErrnoException | null)?.code === 'ENOENT';
    skipped = noGit
      ? 'git could not be run (not installed, or not on PATH)'
      : `${opts.cwd} is not inside a git repository`;
  }

  const resolved: CoverageReport[] = [];
  const unmapped: Unmapped[] = [];
  let goModules: Awaited<ReturnType<typeof readGoModules>> | undefined;
  for (const { report, format, path: p } of raw) {
    if (!files) break;
    if (format === 'go' && !goModules) goModules = await readGoModules(workspace, files);
    const r = resolvePaths(report, { workspace, files, goModules, pathMap: opts.pathMap });
    // One by one: a report of another repository can list more paths than a spread's arguments hold.
    for (const u of r.unmapped) unmapped.push({ ...u, reason: `${u.reason} (in ${p})` });
    resolved.push(r.report);
  }
  // Nothing mapped (an unrelated repository): the fallback keeps the reports' own paths.
  if (files && opts.reportPathsFallback && unmapped.length > 0 && resolved.every((r) => r.files.size === 0)) {
    skipped = `no path in the report${raw.length > 1 ? 's' : ''} is a file git tracks in ${workspace}`;
  }
  if (skipped !== undefined) {
    resolved.length = 0;
    for (const r of raw) resolved.push(r.report);
    unmapped.length = 0;
  }
  const model = resolved.length === 1 ? resolved[0]! : mergeReports(resolved, { consume: true });
  const summaries = [...model.files.values()]
    .map((f) => summarizeFile(f, model.metrics))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (model.producer.name === 'coverage.py' && !model.metrics.has('statements')) {
    // coverage.py measures statements and writes each statement's line: its "statements" are
    // exactly these lines (the Stmts column of `coverage report`).
    for (const s of summaries) s.statements = { ...s.lines };
    model.metrics.add('statements');
  }
  const totals = totalsOf(summaries, model.metrics);
  const analysis: Analysis = {
    format: model.format,
    producer: model.producer,
    inputs,
    model,
    workspace,
    totals,
    headline: headlineOf(model.producer, totals),
    files: summaries,
    unmapped,
    warnings,
    ...(skipped !== undefined ? { pathMappingSkipped: skipped } : {}),
  };
  if (opts.diff) analysis.diff = await measureDiff(model, workspace, opts.diff);
  return analysis;
}

export async function measureDiff(model: CoverageReport, workspace: string, src: DiffSource): Promise<DiffResult> {
  if (src.kind === 'patch') {
    const parsed = parseDiff(src.text, { name: src.name ?? 'patch' });
    return { ...diffCoverage(model, parsed), source: 'patch' };
  }
  const { parsed, mergeBase } = await gitChange(workspace, src);
  return { ...diffCoverage(model, parsed), source: 'git', mergeBase };
}

export interface GitChange {
  parsed: ParsedDiff;
  mergeBase: string;
}

/**
 * The git half of a diff: the merge base (history fetched when allowed) and the parsed change.
 * Needs no report; runs from any folder of the repository.
 */
export async function gitChange(cwd: string, src: Extract<DiffSource, { kind: 'git' }>): Promise<GitChange> {
  if (isNullSha(src.base)) {
    throw new ConfigurationError(
      `The diff base ${src.base} is the all-zero SHA (the first push of a new branch has no "before" commit): give the default branch as the base instead.`,
    );
  }
  const head = src.head ?? 'HEAD';
  const mb = await ensureHistory(cwd, src.base, {
    allowFetch: src.allowFetch ?? false,
    remote: src.remote,
    head,
  });
  return { parsed: await diffAgainstBase(cwd, mb, head, { mergeBase: mb }), mergeBase: mb };
}

/** Read a patch file for `DiffSource`, with a clear error when it cannot be read. */
export async function readPatch(path: string): Promise<DiffSource> {
  try {
    return { kind: 'patch', text: readFileSync(path, 'utf8'), name: path };
  } catch (e) {
    throw new FileFormatError(path, undefined, `cannot read the patch: ${e instanceof Error ? e.message : String(e)}.`);
  }
}
