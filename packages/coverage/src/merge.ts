/**
 * Merging coverage reports (several test jobs, several languages) at LINE level.
 *
 * Never averages percentages: every count is merged where it lives, then totals are
 * recomputed from the merged counts.
 *
 * - lines: hits summed per line (a line is covered when covered in any report);
 * - branches: per line, per branch index, hits summed (a branch is hit when hit in any
 *   report); a line listing more branches in one report than another keeps the longer
 *   list (the extra branches count as they are). Count-only lines (Cobertura, JaCoCo,
 *   Clover: "c of t branches covered", no identity): the larger covered and the larger
 *   total of the readings (two runs of one file see the same branches, so summing would
 *   double the total, as for instructions); counts met with a list read as c covered
 *   branches then t-c uncovered ones, merged by position: covered = c + the listed
 *   branches hit at positions >= c, total = the longer. Any count up to 2^53-1, in
 *   constant time (BranchTable);
 * - statements: by key, hits summed; `n` is the larger of the two (a key names the
 *   same source range in every report of one file, so they agree in practice);
 * - functions: by key, hits summed;
 * - instructions (JaCoCo): per line, the max of covered and of total (two runs of the
 *   same class file see the same instructions; summing would double the total).
 *
 * Metrics: the union. A metric counts over the files that carry data for it: merging
 * an LCOV report with branch data and a Go profile (no branches) gives a branch total
 * that is the sum over the LCOV files only, and Go files contribute 0/0, which is
 * what `summarizeFile` already yields for a file with no branch entries. So the
 * branch percent is "branches covered of the branches we know about", not diluted.
 *
 * Format: kept when all reports agree, else 'mixed'. Producer: kept when all agree
 * (a version kept only when all versions agree), else `unknown`. Source roots and
 * warnings: concatenated (roots deduplicated). Files are merged by key, so merge
 * reports AFTER `resolvePaths` (raw paths of different tools do not compare).
 *
 * Every total of the result is commutative and associative in the inputs (tested with
 * random reports). The inputs are not modified and share nothing with the result.
 * An empty list gives an empty report of format 'mixed'.
 */
import { FileCoverage, emptyReport, METRICS } from './model/index.js';
import type { CoverageReport, MetricName, Producer } from './model/index.js';

export interface MergeOptions {
  /**
   * Take ownership of the inputs: a file seen for the first time is adopted, not copied. Faster
   * and lighter for a caller that discards the inputs (analyze does); the inputs' file objects
   * are then shared with, and changed through, the result.
   */
  consume?: boolean;
}

export function mergeReports(reports: readonly CoverageReport[], options: MergeOptions = {}): CoverageReport {
  if (reports.length === 0) return emptyReport('mixed');
  const first = reports[0]!;
  const format = reports.every((r) => r.format === first.format) ? first.format : 'mixed';
  const out = emptyReport(format, mergeProducers(reports.map((r) => r.producer)));
  const metrics = new Set<MetricName>();
  const roots = new Set<string>();
  for (const r of reports) {
    for (const m of r.metrics) metrics.add(m);
    for (const s of r.sourceRoots) roots.add(s);
    for (const w of r.warnings) out.warnings.push(w);
    for (const [key, f] of r.files) {
      let target = out.files.get(key);
      if (!target) {
        if (options.consume) {
          out.files.set(key, f);
          continue;
        }
        target = new FileCoverage(key);
        out.files.set(key, target);
      }
      mergeFrozen(target, f);
    }
  }
  // Keep the canonical metric order.
  out.metrics = new Set(METRICS.filter((m) => metrics.has(m)));
  out.sourceRoots = [...roots];
  return out;
}

function mergeProducers(ps: Producer[]): Producer {
  const name = ps[0]!.name;
  if (!ps.every((p) => p.name === name)) return { name: 'unknown' };
  const version = ps[0]!.version;
  return version !== undefined && ps.every((p) => p.version === version) ? { name, version } : { name };
}

/**
 * `mergeFileInto`, for files a parser may have frozen (moved to a spill file over its memory
 * budget): when either was frozen, the merged target is frozen again, so merging two large
 * reports file by file keeps the memory of one file at a time.
 */
export function mergeFrozen(target: FileCoverage, src: FileCoverage): void {
  const spill = target.frozenIn ?? src.frozenIn;
  mergeFileInto(target, src);
  if (!spill) return;
  try {
    target.freeze(spill);
  } catch {
    // The spill can no longer be written (a full disk): the merged file stays in memory, as
    // it was before freeze() failed; only memory, never a number, depends on it.
  }
}

/** Add the data of `src` into `target` (same rules as `mergeReports`). `src` is not modified. */
export function mergeFileInto(target: FileCoverage, src: FileCoverage): void {
  target.lines.mergeFrom(src.lines);
  target.branches.mergeFrom(src.branches);
  for (const [key, s] of src.statements) {
    const prev = target.statements.get(key);
    if (prev && s.n > prev.n) prev.n = s.n;
    target.addStatement(key, s, 'sum');
  }
  for (const [key, fn] of src.functions) target.addFunction(key, fn);
  for (const [line, c] of src.instructions) target.addInstructions(line, c.covered, c.total);
  if (src.summaryOnly) {
    // Summary-only counts (istanbul coverage-summary.json) have no lines to merge by: two
    // readings of one file give at least the larger covered count, so take the larger of each.
    const t = (target.summaryOnly ??= {});
    for (const [m, c] of Object.entries(src.summaryOnly) as [keyof typeof t, { covered: number; total: number }][]) {
      const prev = t[m];
      t[m] = prev ? { covered: Math.max(prev.covered, c.covered), total: Math.max(prev.total, c.total) } : { ...c };
    }
  }
}
