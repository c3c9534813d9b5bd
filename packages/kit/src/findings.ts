/**
 * One findings model for every tool (lint, format, guard): fingerprints, ranking for
 * annotations within GitHub's limits, and a Markdown summary that fits in 1 MiB.
 *
 * Tricky rule: renderers print only the fields of `Finding` listed here, so an engine may
 * carry extra data on a finding (a secret kept for masking) without it ever being printed.
 */
import { createHash } from 'node:crypto';
import { planAnnotations, utf8Bytes, fitSummary, LIMITS, type Annotation, type AnnotationPlan } from './limits.js';
import { code, text, table } from './markdown.js';

export type Severity = 'error' | 'warning' | 'notice';

export interface Finding {
  tool: string;
  rule: string;
  severity: Severity;
  /** Repository-relative, '/' separators. */
  path: string;
  /** 1-based; absent for a finding about a whole file. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  /** How to fix it, when the tool knows. */
  fix?: string;
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];
const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/**
 * A stable identity for a finding: tool, rule, path and the content it is about (the text of
 * its line, whitespace-normalised, or the message when no line text is given). Line numbers
 * are left out so that a finding keeps its fingerprint when code above it moves.
 */
export function fingerprint(finding: Finding, lineText?: string): string {
  const content = lineText !== undefined ? lineText.trim().replace(/\s+/g, ' ') : finding.message;
  return createHash('sha256')
    .update([finding.tool, finding.rule, finding.path, content].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

export type Counts = Record<Severity, number>;

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export type FailLevel = 'error' | 'warning' | 'any' | 'none';

/** Whether a finding at or above `level` exists ('any' counts notices, 'none' never fails). */
export function failsAt(findings: readonly Finding[], level: FailLevel): boolean {
  if (level === 'none') return false;
  const max = level === 'error' ? 0 : level === 'warning' ? 1 : 2;
  return findings.some((f) => RANK[f.severity] <= max);
}

/** Changed lines per repository-relative path (added lines of the diff). */
export type ChangedLines = ReadonlyMap<string, ReadonlySet<number>>;

const onChanged = (f: Finding, changed?: ChangedLines): boolean =>
  f.line !== undefined && (changed?.get(f.path)?.has(f.line) ?? false);

/** Errors first, then findings on changed lines, then the rest; stable within each group. */
export function rankFindings(findings: readonly Finding[], changed?: ChangedLines): Finding[] {
  const key = (f: Finding) => (f.severity === 'error' ? 0 : onChanged(f, changed) ? 1 : 2);
  return findings
    .map((f, i) => ({ f, i, k: key(f) }))
    .sort((a, b) => a.k - b.k || RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

export function toAnnotation(f: Finding): Annotation {
  const a: Annotation = {
    level: f.severity,
    title: `${f.tool}: ${f.rule}`,
    message: f.fix ? `${f.message}\n${f.fix}` : f.message,
    file: f.path,
  };
  if (f.line !== undefined) a.startLine = f.line;
  if (f.endLine !== undefined) a.endLine = f.endLine;
  // GitHub ignores columns on annotations that span lines.
  if (f.column !== undefined && (f.endLine === undefined || f.endLine === f.line)) {
    a.startColumn = f.column;
    if (f.endColumn !== undefined) a.endColumn = f.endColumn;
  }
  return a;
}

export interface FindingsPlan {
  /** The findings to annotate, in order, with their annotations. */
  shown: { finding: Finding; annotation: Annotation }[];
  omitted: AnnotationPlan['omitted'];
  omittedTotal: number;
}

/**
 * Choose which findings become annotations within GitHub's limits (10 per type per step,
 * 50 per job by default) and count the rest so the summary can say how many were not shown.
 * Pass `perJob` lower than 50 when other steps of the job annotate too.
 */
export function planFindingAnnotations(
  findings: readonly Finding[],
  opts: { changed?: ChangedLines; perType?: number; perJob?: number } = {},
): FindingsPlan {
  const byAnnotation = new Map<Annotation, Finding>();
  const annotations = findings.map((f) => {
    const a = toAnnotation(f);
    a.priority = onChanged(f, opts.changed) ? 1 : 0;
    byAnnotation.set(a, f);
    return a;
  });
  const plan = planAnnotations(annotations, opts.perType, opts.perJob);
  return {
    shown: plan.shown.map((annotation) => ({ finding: byAnnotation.get(annotation)!, annotation })),
    omitted: plan.omitted,
    omittedTotal: plan.omittedTotal,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export interface SummaryOptions {
  /** A heading for the section, plain text (escaped here). */
  title?: string;
  /** The annotation plan, so the summary says how many annotations were not shown. */
  plan?: Pick<FindingsPlan, 'omittedTotal'>;
  maxBytes?: number;
}

/**
 * A Markdown summary of every finding, grouped by file then tool. When it would exceed
 * `maxBytes` (1 MiB), whole rows are dropped from the end and a line counts the findings and
 * files not listed.
 */
export function renderFindingsSummary(findings: readonly Finding[], opts: SummaryOptions = {}): string {
  const maxBytes = opts.maxBytes ?? LIMITS.summaryBytes;
  const counts = countFindings(findings);
  const head: string[] = [];
  if (opts.title) head.push(`### ${text(opts.title)}`, '');
  const files = new Set(findings.map((f) => f.path));
  head.push(
    findings.length === 0
      ? 'No findings.'
      : `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')} in ${plural(files.size, 'file')}.`,
  );
  if (opts.plan && opts.plan.omittedTotal > 0) {
    head.push(
      '',
      `> [!NOTE]\n> ${plural(opts.plan.omittedTotal, 'finding')} not shown as annotations (GitHub shows 10 per type per step and 50 per job): all are listed below.`,
    );
  }
  const sorted = findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        (a.f.path < b.f.path ? -1 : a.f.path > b.f.path ? 1 : 0) ||
        (a.f.tool < b.f.tool ? -1 : a.f.tool > b.f.tool ? 1 : 0) ||
        (a.f.line ?? 0) - (b.f.line ?? 0) ||
        a.i - b.i,
    )
    .map(({ f }) => f);

  // Reserve room for the closing note so that adding it never breaks the limit.
  const reserve = 512;
  const out: string[] = [head.join('\n')];
  let bytes = utf8Bytes(out[0]!);
  let listed = 0;
  const listedFiles = new Set<string>();
  const headers = ['Line', 'Severity', 'Rule', 'Message'];
  let i = 0;
  outer: while (i < sorted.length) {
    const path = sorted[i]!.path;
    const fileHead = `\n\n#### ${code(path)}`;
    let first = true;
    while (i < sorted.length && sorted[i]!.path === path) {
      const tool = sorted[i]!.tool;
      const block = `${first ? fileHead : ''}\n\n**${text(tool)}**\n\n${table(headers, [])}`;
      let rowsInBlock = 0;
      while (i < sorted.length && sorted[i]!.path === path && sorted[i]!.tool === tool) {
        const f = sorted[i]!;
        const where = f.line === undefined ? '' : `${f.line}${f.column !== undefined ? `:${f.column}` : ''}`;
        const msg = text(f.message) + (f.fix ? `<br>${text(f.fix)}` : '');
        const row = `\n| ${where} | ${f.severity} | ${code(f.rule)} | ${msg} |`;
        const add = (rowsInBlock === 0 ? block : '') + row;
        const n = utf8Bytes(add);
        if (bytes + n > maxBytes - reserve) break outer;
        out.push(add);
        bytes += n;
        rowsInBlock++;
        listed++;
        listedFiles.add(path);
        i++;
      }
      first = false;
    }
  }
  if (listed < sorted.length) {
    const missingFiles = new Set(sorted.slice(listed).map((f) => f.path));
    for (const p of listedFiles) if (missingFiles.has(p)) missingFiles.delete(p);
    const more = sorted.length - listed;
    out.push(
      `\n\n> [!WARNING]\n> ${plural(more, 'more finding')} (${plural(missingFiles.size, 'more file')}) not listed: the job summary is limited to 1 MiB. Run the command locally with \`--json\` for the full list.`,
    );
  }
  // The reserve keeps us under the limit; fitSummary is the backstop should it not.
  return fitSummary(`${out.join('')}\n`, maxBytes).text;
}
