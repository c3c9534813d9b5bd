/**
 * Renderers of an Analysis: the CLI's `--json` object (also the gate's `report` file) and the
 * human-readable table. Percentages are computed here, at the edge, from integer counts.
 */
import type { Analysis } from './analyze.js';
import { lineRanges } from './diff-coverage.js';
import type { Counter, MetricName } from './model/index.js';
import { METRICS, percent } from './model/index.js';
import { formatPercent } from './format.js';

export interface CounterJson {
  covered: number;
  total: number;
  /** Unrounded; null when total is 0. */
  percent: number | null;
}

const cj = (c: Counter | null): CounterJson | null =>
  c ? { covered: c.covered, total: c.total, percent: percent(c) } : null;

export interface AnalysisJson {
  format: string;
  producer: { name: string; version?: string };
  inputs: { path: string; format: string; producer: string; files: number }[];
  totals: Record<MetricName, CounterJson | null>;
  headline: { percent: number | null; rule: string; metric: string; covered: number; total: number; display: string };
  files: ({ path: string } & Record<MetricName, CounterJson | null>)[];
  unmapped: { path: string; reason: string }[];
  warnings: string[];
  diff?: {
    source: 'patch' | 'git';
    mergeBase?: string;
    lines: CounterJson;
    /** Branches on the changed executable lines, when the report measures branches. */
    branches?: CounterJson;
    noCoverableLines: boolean;
    files: { path: string; added: number[]; covered: number[]; uncovered: number[] }[];
    skipped: { path: string; reason: string }[];
  };
}

const metrics = (o: Record<MetricName, Counter | null>) =>
  Object.fromEntries(METRICS.map((m) => [m, cj(o[m])])) as Record<MetricName, CounterJson | null>;

export function toJson(a: Analysis): AnalysisJson {
  const out: AnalysisJson = {
    format: a.format,
    producer: { ...a.producer },
    inputs: a.inputs.map((i) => ({ path: i.path, format: i.format, producer: i.producer.name, files: i.files })),
    totals: metrics(a.totals),
    headline: { ...a.headline },
    files: a.files.map((f) => ({ path: f.path, ...metrics(f) })),
    unmapped: a.unmapped,
    warnings: a.warnings,
  };
  if (a.diff) {
    out.diff = {
      source: a.diff.source,
      ...(a.diff.mergeBase ? { mergeBase: a.diff.mergeBase } : {}),
      lines: cj(a.diff.lines)!,
      ...(a.diff.branches ? { branches: cj(a.diff.branches)! } : {}),
      noCoverableLines: a.diff.noCoverableLines,
      files: a.diff.files.map((f) => ({ path: f.path, added: f.added, covered: f.covered, uncovered: f.uncovered })),
      skipped: a.diff.skipped,
    };
  }
  return out;
}

/**
 * The text of `JSON.stringify({ ...toJson(a), ...extra })`, handed to `write` in pieces of
 * about 64 KB: a report of 100,000 files is over 20 MB of JSON, and this holds neither the
 * per-file objects nor the whole text at once. A `write` that returns a promise (a stream
 * that is full) is waited for.
 */
export async function writeJson(
  a: Analysis,
  write: (text: string) => void | Promise<void>,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const text = JSON.stringify({ ...toJson({ ...a, files: [] }), ...extra });
  // The first '"files":[]' is the top-level key: it comes before "diff" (whose files may be
  // empty too), and a '"' inside any string before it is escaped.
  const at = text.indexOf('"files":[]') + '"files":['.length;
  let buf = text.slice(0, at);
  for (let i = 0; i < a.files.length; i++) {
    const f = a.files[i]!;
    buf += (i === 0 ? '' : ',') + JSON.stringify({ path: f.path, ...metrics(f) });
    if (buf.length >= 1 << 16) {
      await write(buf);
      buf = '';
    }
  }
  await write(buf + text.slice(at));
}

const fmtPct = (c: Counter | null): string => (c ? formatPercent(c) : '-');
const fmtCount = (c: Counter | null): string => (c ? `${c.covered}/${c.total}` : '-');

function pad(rows: string[][], right: boolean[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** A compact table: one row per file (or only the worst `limit`), then totals and the headline. */
export function toText(a: Analysis, opts: { limit?: number } = {}): string {
  const cols: MetricName[] = ['lines', 'branches', 'statements', 'functions'].filter(
    (m) => a.totals[m as MetricName] !== null,
  ) as MetricName[];
  const header = ['File', ...cols.flatMap((m) => [m, '%'])];
  let files = a.files;
  const limit = opts.limit ?? 50;
  let omitted = 0;
  if (files.length > limit) {
    files = [...files]
      .sort((x, y) => (percent(x.lines) ?? 101) - (percent(y.lines) ?? 101))
      .slice(0, limit)
      .sort((x, y) => (x.path < y.path ? -1 : 1));
    omitted = a.files.length - limit;
  }
  const rows = [header, ...files.map((f) => [f.path, ...cols.flatMap((m) => [fmtCount(f[m]), fmtPct(f[m])])])];
  rows.push(['Total', ...cols.flatMap((m) => [fmtCount(a.totals[m]), fmtPct(a.totals[m])])]);
  const out = [
    pad(
      rows,
      header.map((_, i) => i > 0),
    ),
  ];
  if (omitted) out.push(`(${omitted} more files with higher line coverage not shown; --json lists all)`);
  const producer =
    a.producer.name === 'unknown'
      ? a.format
      : `${a.producer.name}${a.producer.version ? ` ${a.producer.version}` : ''}`;
  out.push(
    '',
    `Headline: ${a.headline.display} (${a.headline.covered}/${a.headline.total}) — ${a.headline.rule}. Report: ${producer}.`,
  );
  if (a.diff) {
    const d = a.diff;
    out.push(
      d.noCoverableLines
        ? 'Diff coverage: no coverable lines changed.'
        : `Diff coverage: ${fmtPct(d.lines)} (${d.lines.covered}/${d.lines.total} changed executable lines covered)${d.mergeBase ? ` since ${d.mergeBase.slice(0, 12)}` : ''}.`,
    );
    for (const f of d.files) if (f.uncovered.length) out.push(`  ${f.path}: uncovered ${lineRanges(f.uncovered)}`);
  }
  if (a.unmapped.length) {
    out.push('', `Not mapped to a repository file (${a.unmapped.length}):`);
    for (const u of a.unmapped.slice(0, 20)) out.push(`  ${u.path}: ${u.reason}`);
    if (a.unmapped.length > 20) out.push(`  ... ${a.unmapped.length - 20} more`);
  }
  if (a.warnings.length) {
    out.push('', 'Warnings:');
    for (const w of a.warnings.slice(0, 20)) out.push(`  ${w}`);
  }
  return out.join('\n') + '\n';
}
