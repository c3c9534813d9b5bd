/**
 * The gate's report, rendered: job summary and PR comment (Markdown with every user-supplied
 * text escaped), and annotations on uncovered changed lines, grouped into ranges and ranked.
 */
import { code, details, table, text } from '@quality/kit/markdown';
import type { Annotation } from '@quality/kit/limits';
import type { Analysis } from '../analyze.js';
import { lineRanges } from '../diff-coverage.js';
import type { Counter } from '../model/index.js';
import { percent } from '../model/index.js';
import type { GateVerdict, RuleResult } from './rules.js';

export interface GateContext {
  /** What the baseline step found, in one sentence (shown when there is no baseline or it failed). */
  baselineNote?: string;
  /** Where the diff came from, when it is not local git. */
  diffNote?: string;
  /** Warnings to show (service faults, tolerant readings). */
  warnings: string[];
  notices: string[];
  /** Annotations not shown because of GitHub's caps. */
  annotationsOmitted?: number;
  /** The commit measured. */
  sha?: string;
}

const pct = (c: Counter | null | undefined): string => {
  const p = percent(c ?? null);
  return p === null ? 'n/a' : `${(Math.floor(p * 100) / 100).toFixed(2)}%`;
};
const delta = (d: number | null): string => (d === null ? '' : ` (${d >= 0 ? '+' : '−'}${(Math.trunc(Math.abs(d) * 100) / 100).toFixed(2)})`);
const icon = (r: RuleResult) => (r.status === 'pass' ? '✅' : r.status === 'skip' ? '⏭️' : r.enforced ? '❌' : '⚠️');

function verdictLine(v: GateVerdict): string {
  const failed = v.rules.filter((r) => r.status === 'fail' && r.enforced);
  if (v.passed) return `### ✅ Coverage gate passed`;
  return `### ❌ Coverage gate failed: ${failed.map((r) => code(r.id)).join(', ')}`;
}

function headTable(a: Analysis, v: GateVerdict): string {
  const rows: string[][] = [];
  const metricLabel = v.metric === 'headline' ? `headline (${text(a.headline.metric)})` : v.metric;
  rows.push([`Total ${metricLabel}`, `${pct(v.coverage)}${delta(v.delta)}`, v.coverage ? `${v.coverage.covered}/${v.coverage.total}` : '–', v.baseline ? pct(v.baseline) : '–']);
  if (a.diff) {
    rows.push([
      'Patch (changed lines)',
      a.diff.noCoverableLines ? 'no coverable lines' : pct(a.diff.lines),
      a.diff.noCoverableLines ? '0/0' : `${a.diff.lines.covered}/${a.diff.lines.total}`,
      '',
    ]);
  }
  for (const m of ['lines', 'branches', 'functions', 'statements'] as const) {
    if (m === v.metric || !a.totals[m]) continue;
    rows.push([`Total ${m}`, pct(a.totals[m]), `${a.totals[m]!.covered}/${a.totals[m]!.total}`, '']);
  }
  return table(['', 'Coverage', 'Covered', 'Baseline'], rows, ['left', 'right', 'right', 'right']);
}

function filesTable(v: GateVerdict, limit: number): string {
  if (!v.changedFiles.length) return '';
  const sorted = [...v.changedFiles].sort((x, y) => y.uncovered.length - x.uncovered.length || (x.path < y.path ? -1 : 1));
  const shown = sorted.slice(0, limit);
  const rows = shown.map((f) => [
    code(f.path),
    `${pct(f.counter)}${f.belowMin ? ' ❌' : ''}`,
    `${f.added - f.uncovered.length}/${f.added}`,
    f.uncovered.length ? lineRanges(f.uncovered) : '–', // digits, commas and dashes: our own text
  ]);
  const more = sorted.length - shown.length;
  return (
    `#### Changed files\n\n` +
    table(['File', 'File coverage', 'Changed lines covered', 'Uncovered changed lines'], rows, ['left', 'right', 'right', 'left']) +
    (more ? `\n\n…and ${more} more changed file${more === 1 ? '' : 's'} (the \`report\` output lists all).` : '')
  );
}

function unmappedBlock(a: Analysis, limit: number): string {
  if (!a.unmapped.length) return '';
  const rows = a.unmapped.slice(0, limit).map((u) => [code(u.path), text(u.reason)]);
  const more = a.unmapped.length - rows.length;
  return details(
    `${a.unmapped.length} report file${a.unmapped.length === 1 ? '' : 's'} could not be mapped to the repository`,
    table(['Report path', 'Reason'], rows) + (more ? `\n\n…and ${more} more.` : '') + '\n\nUse `path-map` to rewrite report paths (e.g. `/build/src=src`).',
  );
}

/** The job summary: verdict first, then rules, totals, changed files, unmapped files, notes. */
export function renderSummary(a: Analysis, v: GateVerdict, ctx: GateContext): string {
  const parts = [verdictLine(v), ''];
  parts.push(v.rules.map((r) => `- ${icon(r)} ${code(r.id)}: ${r.message}`).join('\n') || '- No rule is configured.');
  parts.push('', headTable(a, v));
  const files = filesTable(v, 200);
  if (files) parts.push('', files);
  const un = unmappedBlock(a, 100);
  if (un) parts.push('', un);
  const notes: string[] = [];
  if (ctx.baselineNote) notes.push(`Baseline: ${ctx.baselineNote}`);
  if (ctx.diffNote) notes.push(`Diff: ${ctx.diffNote}`);
  if (ctx.annotationsOmitted) notes.push(`${ctx.annotationsOmitted} annotation${ctx.annotationsOmitted === 1 ? ' was' : 's were'} not shown (GitHub shows at most 10 per type per step); the table above lists every uncovered changed line.`);
  for (const n of ctx.notices) notes.push(n);
  if (notes.length) parts.push('', notes.map((n) => `> ${n}`).join('\n>\n'));
  if (ctx.warnings.length) parts.push('', details(`${ctx.warnings.length} warning${ctx.warnings.length === 1 ? '' : 's'}`, ctx.warnings.map((w) => `- ${text(w)}`).join('\n')));
  parts.push('', `<sub>Headline rule: ${a.headline.rule.replace(/[<>&|`*_[\]]/g, ' ')}. Reports: ${a.inputs.map((i) => `${code(i.path)} (${i.format})`).join(', ')}${ctx.sha ? `. Commit ${code(ctx.sha.slice(0, 12))}` : ''}.</sub>`);
  return parts.join('\n') + '\n';
}

/** The sticky PR comment: the same verdict, shorter (the summary has the long tables). */
export function renderComment(a: Analysis, v: GateVerdict, ctx: GateContext, marker: string): string {
  const parts = [marker, verdictLine(v), ''];
  parts.push(v.rules.map((r) => `- ${icon(r)} ${code(r.id)}: ${r.message}`).join('\n') || '- No rule is configured.');
  parts.push('', headTable(a, v));
  const files = filesTable(v, 50);
  if (files) parts.push('', details('Changed files', files));
  if (ctx.baselineNote) parts.push('', `> Baseline: ${ctx.baselineNote}`);
  if (ctx.diffNote) parts.push('', `> Diff: ${ctx.diffNote}`);
  parts.push('', `<sub>quality coverage-gate${ctx.sha ? ` · ${code(ctx.sha.slice(0, 12))}` : ''}</sub>`);
  return parts.join('\n') + '\n';
}

/**
 * One annotation per range of uncovered changed lines; bigger ranges rank first. A range runs on
 * across lines that are not executable (a closing brace, a comment) when `executable` is given.
 */
export function uncoveredAnnotations(
  v: GateVerdict,
  level: Annotation['level'],
  executable?: (path: string, line: number) => boolean,
): Annotation[] {
  const out: Annotation[] = [];
  for (const f of v.changedFiles) {
    let start = -1;
    let prev = -1;
    let count = 0;
    const flush = () => {
      if (start < 0) return;
      out.push({
        level,
        file: f.path,
        startLine: start,
        endLine: prev,
        title: 'Not covered by tests',
        message:
          start === prev
            ? `Changed line ${start} is not covered by tests.`
            : `Changed lines ${start}-${prev} are not covered by tests (${count} executable line${count === 1 ? '' : 's'}).`,
        priority: count,
      });
    };
    const bridged = (from: number, to: number) => {
      if (!executable) return to === from + 1;
      for (let l = from + 1; l < to; l++) if (executable(f.path, l)) return false;
      return true;
    };
    for (const l of f.uncovered) {
      if (start >= 0 && bridged(prev, l)) {
        prev = l;
        count++;
      } else {
        flush();
        start = prev = l;
        count = 1;
      }
    }
    flush();
  }
  return out;
}
