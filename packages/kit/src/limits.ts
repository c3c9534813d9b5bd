/**
 * GitHub's limits, as code. Each function is pure so that it can be tested without a runner.
 *
 * - Annotations: 10 per type (error, warning, notice) per step and 50 per job are shown;
 *   the rest are dropped silently by GitHub. We rank, keep the most important, and count
 *   what was not shown so the summary can say so.
 * - Job summary: 1 MiB per step (the upload fails above it).
 * - PR/issue comment body: 65,536 characters.
 * - Step outputs: 1 MB each, 50 MB per job.
 */

export const LIMITS = {
  annotationsPerTypePerStep: 10,
  annotationsPerJob: 50,
  summaryBytes: 1024 * 1024,
  commentChars: 65_536,
  outputBytes: 1024 * 1024,
} as const;

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
  /** Higher is more important; ties keep input order. */
  priority?: number;
}

export interface AnnotationPlan {
  shown: Annotation[];
  /** Per level, how many were not shown. */
  omitted: Record<AnnotationLevel, number>;
  omittedTotal: number;
}

/**
 * Choose the annotations to emit: errors before warnings before notices, each ranked by
 * priority (stable), at most `perType` of each level and `perJob` in all.
 */
export function planAnnotations(
  all: readonly Annotation[],
  perType: number = LIMITS.annotationsPerTypePerStep,
  perJob: number = LIMITS.annotationsPerJob,
): AnnotationPlan {
  const levels: AnnotationLevel[] = ['error', 'warning', 'notice'];
  const shown: Annotation[] = [];
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  for (const level of levels) {
    const ranked = all
      .map((a, i) => ({ a, i }))
      .filter(({ a }) => a.level === level)
      .sort((x, y) => (y.a.priority ?? 0) - (x.a.priority ?? 0) || x.i - y.i);
    for (const { a } of ranked) {
      if (shown.filter((s) => s.level === level).length < perType && shown.length < perJob) shown.push(a);
      else omitted[level]++;
    }
  }
  return { shown, omitted, omittedTotal: omitted.error + omitted.warning + omitted.notice };
}

/** Largest index <= max that does not split a UTF-16 surrogate pair. */
function safeCut(s: string, max: number): number {
  if (max >= s.length) return s.length;
  const c = s.charCodeAt(max - 1);
  return c >= 0xd800 && c <= 0xdbff ? max - 1 : max;
}

/**
 * Cut Markdown to at most `max` units of `measure`, at a line boundary where possible, and
 * close what the cut left open (a code fence, <details> blocks), then add `notice`.
 * Returns the text unchanged when it fits.
 */
export function truncateMarkdown(
  md: string,
  max: number,
  notice: string,
  measure: (s: string) => number = (s) => s.length,
): { text: string; truncated: boolean } {
  if (measure(md) <= max) return { text: md, truncated: false };
  const tail = `\n\n${notice}\n`;
  let limit = Math.min(md.length, Math.max(0, max - measure(tail)));
  for (;;) {
    let cut = safeCut(md, limit);
    const nl = md.lastIndexOf('\n', cut);
    if (nl > cut / 2) cut = nl;
    const head = md.slice(0, cut).replace(/\s+$/, '');
    const closers: string[] = [];
    const fences = head.match(/^\s*(```|~~~)/gm)?.length ?? 0;
    if (fences % 2 === 1) closers.push('```');
    const opens = (head.match(/<details\b/gi) ?? []).length;
    const closes = (head.match(/<\/details>/gi) ?? []).length;
    for (let i = closes; i < opens; i++) closers.push('</details>');
    // The blank line before the notice ends any table the cut left open.
    const text = `${head}${closers.length ? `\n${closers.join('\n')}` : ''}${tail}`;
    if (measure(text) <= max || limit === 0) return { text, truncated: true };
    // Shrink by what overflowed (at least 1): bytes >= chars, so this converges quickly.
    limit = Math.max(0, Math.min(cut, limit) - Math.max(1, measure(text) - max));
  }
}

export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** Fit a job summary into GitHub's 1 MiB limit (bytes of UTF-8). */
export function fitSummary(md: string, maxBytes: number = LIMITS.summaryBytes) {
  return truncateMarkdown(
    md,
    maxBytes,
    '> [!WARNING]\n> This summary was truncated to fit GitHub’s 1 MiB job summary limit. The full report is in the `report` output file.',
    utf8Bytes,
  );
}

/** Fit a PR comment body into GitHub's 65,536-character limit. */
export function fitComment(md: string, maxChars: number = LIMITS.commentChars) {
  return truncateMarkdown(
    md,
    maxChars,
    '> [!NOTE]\n> This comment was truncated to fit GitHub’s 65,536-character limit. The job summary has the full report.',
    (s) => [...s].length,
  );
}

/** Throws RangeError when an output value is larger than GitHub accepts. */
export function checkOutputSize(name: string, value: string, maxBytes: number = LIMITS.outputBytes): void {
  const n = utf8Bytes(value);
  if (n > maxBytes) {
    throw new RangeError(`output '${name}' is ${n} bytes: GitHub accepts at most ${maxBytes} bytes per output`);
  }
}
