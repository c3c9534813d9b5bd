/**
 * Write a CoverageReport as Cobertura XML (coverage-04 DTD shape, as gcovr and
 * coverage.py write it), for the gate's `cobertura-out`.
 *
 * - Every count comes from the model; `line-rate`/`branch-rate` are computed from those
 *   counts (covered/total, "1" when there is nothing to cover, as gcovr does).
 * - Files are grouped into `<package>`s by directory; each file is one `<class>` whose
 *   `filename` is the model's path.
 * - A line with branches gets `branch="true" condition-coverage="P% (covered/total)"`.
 *   Cobertura cannot hold a branch on a line that is not executable: such a line is
 *   written with hits 1 when a branch was taken, else 0 (it then counts as a line).
 * - Functions (when the report has the metric) are `<method name hits signature="">`
 *   with their first line, as istanbul writes them; the parser reads them back.
 * - A report whose branch metric is on but holds no branch at all reads back without the
 *   metric (branches-valid="0" is what every tool writes when branches were not measured).
 * - Statements and instructions have no Cobertura form and are dropped; summary-only
 *   files (istanbul json-summary) have no lines to write and are skipped.
 * - Attribute values and text are escaped; characters XML 1.0 cannot hold at all (C0
 *   controls other than tab/newline/CR, lone surrogates, U+FFFE/U+FFFF) become U+FFFD.
 */
import type { Counter, CoverageReport, FileCoverage } from '../model/index.js';

export interface CoberturaOptions {
  /** `<source>` entries; defaults to `report.sourceRoots`. */
  sources?: readonly string[];
  /** Seconds since the epoch for the `timestamp` attribute (default: now). */
  timestamp?: number;
  /** The `version` attribute. */
  version?: string;
  /**
   * Told how many branches were left out: Cobertura has no element for a branch on a line that
   * is not executable (jest reports default-parameter branches that way). Writing such a line
   * would add a line that no tool counted; like istanbul's own Cobertura writer, they are left
   * out, so line totals stay exact.
   */
  onDroppedBranches?: (dropped: Counter) => void;
}

const INVALID =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SPECIAL = /[&<>"\t\n\r]/g;
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Escape for an attribute value in double quotes (also fine for text). */
export function escapeXml(s: string): string {
  return s.replace(INVALID, '\ufffd').replace(SPECIAL, (c) => ENTITY[c]!);
}

function rate(c: Counter): string {
  return c.total === 0 ? '1' : String(c.covered / c.total);
}

function pct(c: Counter): number {
  if (c.total === 0) return 100;
  // exact beyond 2^53 / 100 too (count-only branch totals go up to 2^53-1)
  return c.covered * 100 <= Number.MAX_SAFE_INTEGER
    ? Math.floor((c.covered * 100) / c.total)
    : Number((BigInt(c.covered) * 100n) / BigInt(c.total));
}

interface FileCounts {
  lines: Counter;
  branches: Counter;
  /** Branches on lines that are not executable: not written (see onDroppedBranches). */
  dropped: Counter;
}

/** Lines and branches as they will be written (branch-only lines included). */
function countsOf(f: FileCoverage, withBranches: boolean): FileCounts {
  const lines = f.lines.counter();
  const branches: Counter = { covered: 0, total: 0 };
  const dropped: Counter = { covered: 0, total: 0 };
  if (withBranches)
    for (const [line, covered, total] of f.branches.lineCounts()) {
      const c = f.lines.has(line) ? branches : dropped;
      c.total += total;
      c.covered += covered;
    }
  return { lines, branches, dropped };
}

const add = (a: Counter, b: Counter): void => {
  a.covered += b.covered;
  a.total += b.total;
};

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i);
}

/** Serialize as Cobertura XML, calling `write` with pieces (up to ~64 KB) so callers can stream. */
function writeCobertura(report: CoverageReport, write: (text: string) => void, options: CoberturaOptions = {}): void {
  const withBranches = report.metrics.has('branches');
  const withFunctions = report.metrics.has('functions');
  const packages = new Map<string, { files: FileCoverage[]; lines: Counter; branches: Counter }>();
  const counts = new Map<FileCoverage, FileCounts>();
  const total = { lines: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } };
  const dropped: Counter = { covered: 0, total: 0 };
  for (const f of report.files.values()) {
    if (f.summaryOnly) continue;
    const c = countsOf(f, withBranches);
    counts.set(f, c);
    const dir = dirOf(f.path);
    let p = packages.get(dir);
    if (!p) packages.set(dir, (p = { files: [], lines: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } }));
    p.files.push(f);
    add(p.lines, c.lines);
    add(p.branches, c.branches);
    add(total.lines, c.lines);
    add(total.branches, c.branches);
    add(dropped, c.dropped);
  }
  if (dropped.total > 0) options.onDroppedBranches?.(dropped);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  let out =
    '<?xml version="1.0" ?>\n' +
    '<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">\n' +
    `<coverage line-rate="${rate(total.lines)}" branch-rate="${rate(total.branches)}" lines-covered="${total.lines.covered}" lines-valid="${total.lines.total}" ` +
    `branches-covered="${total.branches.covered}" branches-valid="${total.branches.total}" complexity="0" timestamp="${timestamp}" version="${escapeXml(options.version ?? 'quality')}">\n` +
    '  <sources>\n';
  for (const s of options.sources ?? report.sourceRoots) out += `    <source>${escapeXml(s)}</source>\n`;
  out += '  </sources>\n  <packages>\n';
  const flush = (): void => {
    if (out.length > 65536) {
      write(out);
      out = '';
    }
  };
  for (const [dir, p] of packages) {
    out += `    <package name="${escapeXml(dir.replace(/\//g, '.'))}" line-rate="${rate(p.lines)}" branch-rate="${rate(p.branches)}" complexity="0">\n      <classes>\n`;
    for (const f of p.files) {
      const c = counts.get(f)!;
      const base = f.path.slice(f.path.lastIndexOf('/') + 1);
      out += `        <class name="${escapeXml(base)}" filename="${escapeXml(f.path)}" line-rate="${rate(c.lines)}" branch-rate="${rate(c.branches)}" complexity="0">\n`;
      if (withFunctions && f.functions.size > 0) {
        out += '          <methods>\n';
        for (const fn of f.functions.values()) {
          out += `            <method name="${escapeXml(fn.name)}" signature="" hits="${fn.hits}" line-rate="${fn.hits > 0 ? 1 : 0}" branch-rate="1" complexity="0"><lines><line number="${fn.line}" hits="${fn.hits}"/></lines></method>\n`;
          flush();
        }
        out += '          </methods>\n';
      } else {
        out += '          <methods/>\n';
      }
      out += '          <lines>\n';
      const line = (n: number, hits: number): void => {
        const bc = withBranches ? f.branches.counts(n) : undefined;
        if (bc && bc.total > 0) {
          out += `            <line number="${n}" hits="${hits}" branch="true" condition-coverage="${pct(bc)}% (${bc.covered}/${bc.total})"/>\n`;
        } else {
          out += `            <line number="${n}" hits="${hits}" branch="false"/>\n`;
        }
        flush();
      };
      for (const [n, hits] of f.lines.entries()) line(n, hits);
      out += '          </lines>\n        </class>\n';
    }
    out += '      </classes>\n    </package>\n';
  }
  out += '  </packages>\n</coverage>\n';
  write(out);
}

export function toCobertura(report: CoverageReport, options: CoberturaOptions = {}): string {
  const parts: string[] = [];
  writeCobertura(report, (t) => parts.push(t), options);
  return parts.join('');
}
