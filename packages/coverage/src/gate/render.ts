/**
 * The gate's report, rendered: job summary and PR comment (Markdown with every user-supplied
 * text escaped), and annotations on uncovered changed lines, grouped into ranges and ranked.
 */
import { code, details, table, text } from '@quality/kit/markdown';
import type { Annotation } from '@quality/kit/limits';
import type { Analysis } from '../analyze.js';
import { lineRanges } from '../diff-coverage.js';
import { formatPercent as pct, formatPoints } from '../format.js';
import { metricLabel, type GateVerdict, type RuleResult } from './rules.js';
import type { GateResult } from './run.js';

/** What only the adapter knows when it renders: annotation caps and the commit. */
export interface GateView {
  /** Annotations not shown because of GitHub's caps. */
  annotationsOmitted?: number;
  /** The commit measured. */
  sha?: string;
}

const delta = (d: number | null): string => (d === null ? '' : ` (${formatPoints(d)})`);
const icon = (r: RuleResult) => (r.status === 'pass' ? '✅' : r.status === 'skip' ? '⏭️' : r.enforced ? '❌' : '⚠️');

function verdictLine(v: GateVerdict): string {
  const failed = v.rules.filter((r) => r.status === 'fail' && r.enforced);
  if (v.passed) return `### ✅ Coverage gate passed`;
  return `### ❌ Coverage gate failed: ${failed.map((r) => code(r.id)).join(', ')}`;
}

function headTable(a: Analysis, v: GateVerdict): string {
  const rows: string[][] = [];
  const label = text(metricLabel(a, v.metric));
  const shown =
    v.metric === 'headline' && a.producer.name !== 'unknown'
      ? ` (${text(a.producer.name)} prints ${a.headline.display})`
      : '';
  rows.push([
    `Total ${label}`,
    `${pct(v.coverage)}${delta(v.delta)}${shown}`,
    v.coverage ? `${v.coverage.covered}/${v.coverage.total}` : '–',
    v.baseline ? pct(v.baseline) : '–',
  ]);
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
  const sorted = [...v.changedFiles].sort(
    (x, y) => y.uncovered.length - x.uncovered.length || (x.path < y.path ? -1 : 1),
  );
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
    table(['File', 'File coverage', 'Changed lines covered', 'Uncovered changed lines'], rows, [
      'left',
      'right',
      'right',
      'left',
    ]) +
    (more ? `\n\n…and ${more} more changed file${more === 1 ? '' : 's'} (the \`report\` output lists all).` : '')
  );
}

function missingBlock(v: GateVerdict, limit: number): string {
  if (!v.missingFiles.length) return '';
  const rows = v.missingFiles.slice(0, limit).map((p) => [code(p)]);
  const more = v.missingFiles.length - rows.length;
  return (
    `#### Changed files not in the coverage report\n\n` +
    table(['File'], rows) +
    (more ? `\n\n…and ${more} more.` : '') +
    '\n\nThe tests never loaded these files, so none of their lines is measured.'
  );
}

function unmappedBlock(a: Analysis, limit: number): string {
  if (!a.unmapped.length) return '';
  const rows = a.unmapped.slice(0, limit).map((u) => [code(u.path), text(u.reason)]);
  const more = a.unmapped.length - rows.length;
  return details(
    `${a.unmapped.length} report file${a.unmapped.length === 1 ? '' : 's'} could not be mapped to the repository`,
    table(['Report path', 'Reason'], rows) +
      (more ? `\n\n…and ${more} more.` : '') +
      '\n\nUse `path-map` to rewrite report paths (e.g. `/build/src=src`).',
  );
}

/** The job summary: verdict first, then rules, totals, changed files, unmapped files, notes. */
export function renderSummary(r: GateResult, view: GateView = {}): string {
  const { analysis: a, verdict: v } = r;
  const parts = [verdictLine(v), ''];
  parts.push(v.rules.map((r) => `- ${icon(r)} ${code(r.id)}: ${r.message}`).join('\n') || '- No rule is configured.');
  parts.push('', headTable(a, v));
  const files = filesTable(v, 200);
  if (files) parts.push('', files);
  const missing = missingBlock(v, 100);
  if (missing) parts.push('', missing);
  const un = unmappedBlock(a, 100);
  if (un) parts.push('', un);
  const notes: string[] = [];
  notes.push(`Baseline: ${r.baselineNote}`);
  if (r.diffNote) notes.push(`Diff: ${r.diffNote}`);
  if (view.annotationsOmitted)
    notes.push(
      `${view.annotationsOmitted} annotation${view.annotationsOmitted === 1 ? ' was' : 's were'} not shown (GitHub shows at most 10 per type per step); the table above lists every uncovered changed line.`,
    );
  for (const n of r.notices) notes.push(n);
  if (notes.length) parts.push('', notes.map((n) => `> ${n}`).join('\n>\n'));
  if (r.warnings.length)
    parts.push(
      '',
      details(
        `${r.warnings.length} warning${r.warnings.length === 1 ? '' : 's'}`,
        r.warnings.map((w) => `- ${text(w)}`).join('\n'),
      ),
    );
  parts.push(
    '',
    `<sub>Headline rule: ${a.headline.rule.replace(/[<>&|`*_[\]]/g, ' ')}. Reports: ${a.inputs.map((i) => `${code(i.path)} (${i.format})`).join(', ')}${view.sha ? `. Commit ${code(view.sha.slice(0, 12))}` : ''}.</sub>`,
  );
  return parts.join('\n') + '\n';
}

/** The sticky PR comment: the same verdict, shorter (the summary has the long tables). */
export function renderComment(r: GateResult, view: GateView, marker: string): string {
  const { analysis: a, verdict: v } = r;
  const parts = [marker, verdictLine(v), ''];
  parts.push(v.rules.map((r) => `- ${icon(r)} ${code(r.id)}: ${r.message}`).join('\n') || '- No rule is configured.');
  parts.push('', headTable(a, v));
  const files = filesTable(v, 50);
  if (files) parts.push('', details('Changed files', files));
  const missing = missingBlock(v, 20);
  if (missing) parts.push('', details('Changed files not in the coverage report', missing));
  parts.push('', `> Baseline: ${r.baselineNote}`);
  if (r.diffNote) parts.push('', `> Diff: ${r.diffNote}`);
  parts.push('', `<sub>quality coverage-gate${view.sha ? ` · ${code(view.sha.slice(0, 12))}` : ''}</sub>`);
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

/** One annotation per changed file the report does not list (the whole file: none of it ran). */
export function missingFileAnnotations(v: GateVerdict, level: Annotation['level']): Annotation[] {
  return v.missingFiles.map((file) => ({
    level,
    file,
    title: 'Not in the coverage report',
    message: `${file} changed, but the coverage report does not list it: the tests never loaded it, so none of its lines is measured.`,
    priority: 1,
  }));
}
