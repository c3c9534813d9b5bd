/**
 * One result per command, for every renderer (JSON, text, annotations, summary): the tools'
 * runs and report files, the findings kept by the filter, the count left outside it, and the
 * verdict. Tricky rule: a tool that could not be run or read fails the verdict whatever the
 * fail level (nothing was measured),
 */
import {
  countFindings,
  failsAt,
  type ChangedLines,
  type Counts,
  type FailLevel,
  type Finding,
} from '@quality/kit/findings';
import { filterFindings, type FilterMode } from './filter.js';
import type { FormatFile } from './parsers/format.js';
import type { ToolRun } from './types.js';

export interface ReportRead {
  /** The report file as given (repository-relative). */
  file: string;
  /** The tool named in the report (SARIF driver) or the format. */
  tool: string;
  findings: Finding[];
}

/** The exit code of a result: 2 when a tool is not installed (the user's to fix), 1 when it fails, else 0. */
export function exitCode(r: { runs: readonly ToolRun[]; failed: boolean }): number {
  return r.runs.some((x) => x.errorKind === 'not-installed') ? 2 : r.failed ? 1 : 0;
}

export interface LintResult {
  runs: ToolRun[];
  reports: ReportRead[];
  filter: FilterMode;
  findings: Finding[];
  /** Findings outside the filter (not counted for the verdict). */
  outside: Finding[];
  counts: Counts;
  /** Tools that could not be run or read. */
  errors: string[];
  failed: boolean;
}

export function lintResult(
  runs: ToolRun[],
  reports: ReportRead[],
  opts: { filter: FilterMode; changed?: ChangedLines; failLevel: FailLevel },
): LintResult {
  // A monorepo's root config and a package's own may both cover a file: one finding, once.
  const seen = new Set<string>();
  const all = [...runs.flatMap((r) => r.findings), ...reports.flatMap((r) => r.findings)].filter((f) => {
    const key = [f.tool, f.rule, f.path, f.line, f.column, f.message].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const { kept, outside } = filterFindings(all, opts.filter, opts.changed);
  const errors = runs.flatMap((r) => (r.error ? [r.error] : []));
  return {
    runs,
    reports,
    filter: opts.filter,
    findings: kept,
    outside,
    counts: countFindings(kept),
    errors,
    failed: errors.length > 0 || failsAt(kept, opts.failLevel),
  };
}

export interface FormatResult {
  runs: ToolRun[];
  files: FormatFile[];
  errors: string[];
  failed: boolean;
}

export function formatResult(runs: ToolRun[]): FormatResult {
  const files = runs
    .flatMap((r) => r.files)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.tool < b.tool ? -1 : 1));
  const errors = runs.flatMap((r) => (r.error ? [r.error] : []));
  return { runs, files, errors, failed: errors.length > 0 || files.length > 0 };
}

/** The lint JSON contract of issue 13 (plus `outsideFilter`: how many findings the filter left out). */
export function lintJson(r: LintResult): unknown {
  return {
    tools: [
      ...r.runs.map((t) => ({
        name: t.name,
        version: t.version,
        command: t.command,
        exitCode: t.exitCode,
        durationMs: t.durationMs,
        findings: t.findings.length,
        ...(t.error ? { error: t.error } : {}),
      })),
      ...r.reports.map((rep) => ({
        name: rep.tool,
        version: null,
        command: null,
        exitCode: null,
        durationMs: 0,
        findings: rep.findings.length,
        report: rep.file,
      })),
    ],
    findings: r.findings.map((f) => ({
      tool: f.tool,
      rule: f.rule,
      severity: f.severity,
      path: f.path,
      line: f.line ?? null,
      column: f.column ?? null,
      message: f.message,
    })),
    counts: r.counts,
    outsideFilter: r.outside.length,
  };
}

export function formatJson(r: FormatResult): unknown {
  return {
    tools: r.runs.map((t) => ({ name: t.name, version: t.version, ...(t.error ? { error: t.error } : {}) })),
    files: r.files.map((f) => ({ path: f.path, tool: f.tool })),
  };
}
