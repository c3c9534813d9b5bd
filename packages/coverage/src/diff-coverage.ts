/**
 * Coverage of a change: of the lines a diff adds, how many are covered.
 *
 * The rule is diff-cover's (Bachmann1234/diff_cover, `DiffViolations` and
 * `XmlCoverageReporter`):
 *  - a changed line counts only when the coverage model lists it as executable
 *    ("measured"); comments, blank lines, declarations do not count;
 *  - covered = executable with hits > 0; uncovered = executable with 0 hits;
 *  - a changed file absent from the report has no measured lines, so none of its
 *    lines count and it is not listed (diff-cover lists in `src_stats` only files
 *    with at least one measured changed line). Such files are returned in `skipped`
 *    with the reason, so a summary can say "2 changed files have no coverage data";
 *  - deleted files and binary files are not in the parsed diff at all.
 *
 * One deliberate difference: a change with no executable line is "no coverable
 * lines" (`noCoverableLines: true`, `percent: null`), where diff-cover prints 100%.
 * It is never 0 or 100: a gate then neither fails nor passes on a fake number.
 *
 * Branches: when the report measures them, `branches` counts those on the changed executable
 * lines (per-line counts, so count-only lines of any size cost one step each). Reported only:
 * the gate's diff rule is on lines.
 *
 * The report must have resolved (repository-relative) paths, the same the diff uses.
 */
import type { Counter, CoverageReport } from './model/index.js';
import { percent } from './model/index.js';
import type { ParsedDiff } from './diff.js';

export interface FileDiffCoverage {
  path: string;
  /** Added lines that are executable, ascending. */
  added: number[];
  covered: number[];
  uncovered: number[];
  counter: Counter;
  /** Branches on the added executable lines (present when the report measures branches). */
  branches?: Counter;
}

export interface SkippedFile {
  path: string;
  reason: 'not in the coverage report' | 'no executable added lines';
}

export interface DiffCoverage {
  lines: Counter;
  /** Branches on the added executable lines; present when the report measures branches. */
  branches?: Counter;
  /** Files with at least one executable added line, in diff order. */
  files: FileDiffCoverage[];
  /** Changed files that contribute nothing, and why. */
  skipped: SkippedFile[];
  /** True when no added line is executable: the percent is null, not 0 or 100. */
  noCoverableLines: boolean;
  /** Unrounded percent, or null when `noCoverableLines`. */
  percent: number | null;
}

export function diffCoverage(report: CoverageReport, diff: ParsedDiff): DiffCoverage {
  const files: FileDiffCoverage[] = [];
  const skipped: SkippedFile[] = [];
  const lines: Counter = { covered: 0, total: 0 };
  const withBranches = report.metrics.has('branches');
  const branches: Counter = { covered: 0, total: 0 };
  const seen = new Set<string>();
  for (const d of diff.files) {
    if (seen.has(d.path)) continue;
    seen.add(d.path);
    const f = report.files.get(d.path);
    if (!f) {
      skipped.push({ path: d.path, reason: 'not in the coverage report' });
      continue;
    }
    const added: number[] = [];
    const covered: number[] = [];
    const uncovered: number[] = [];
    // parseDiff gives ascending unique lines; a hand-made ParsedDiff might not.
    let ordered = true;
    for (let i = 1; i < d.added.length && ordered; i++) ordered = d.added[i]! > d.added[i - 1]!;
    const changed = ordered ? d.added : [...new Set(d.added)].sort((a, b) => a - b);
    for (const line of changed) {
      const hits = f.lines.get(line);
      if (hits === undefined) continue;
      added.push(line);
      (hits > 0 ? covered : uncovered).push(line);
    }
    if (added.length === 0) {
      skipped.push({ path: d.path, reason: 'no executable added lines' });
      continue;
    }
    const counter = { covered: covered.length, total: added.length };
    lines.covered += counter.covered;
    lines.total += counter.total;
    const entry: FileDiffCoverage = { path: d.path, added, covered, uncovered, counter };
    if (withBranches) {
      const fb: Counter = { covered: 0, total: 0 };
      for (const line of added) {
        const c = f.branches.counts(line);
        if (!c) continue;
        fb.covered += c.covered;
        fb.total += c.total;
      }
      branches.covered += fb.covered;
      branches.total += fb.total;
      entry.branches = fb;
    }
    files.push(entry);
  }
  return {
    lines,
    ...(withBranches ? { branches } : {}),
    files,
    skipped,
    noCoverableLines: lines.total === 0,
    percent: percent(lines),
  };
}

/** Line numbers as ranges: [9, 3, 4, 5] -> "3-5, 9". Duplicates and order do not matter. */
export function lineRanges(lines: readonly number[]): string {
  const s = [...new Set(lines)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < s.length;) {
    let j = i;
    while (j + 1 < s.length && s[j + 1] === s[j]! + 1) j++;
    parts.push(i === j ? `${s[i]}` : `${s[i]}-${s[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}
