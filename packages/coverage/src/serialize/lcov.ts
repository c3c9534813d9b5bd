/**
 * Write a CoverageReport as an lcov tracefile (geninfo(1) format, lcov 1.x records plus
 * lcov 2's `FN:<line>,<end>,<name>` when a function's end line is known).
 *
 * Lines, functions and branches are written; statements and instructions have no lcov
 * record and are dropped. Branch ids are written as block 0, branch <index on the line>;
 * a branch never taken is written as 0 (the '-' / 0 distinction is not in the model).
 * Files are written in the report's order, one section each, with TN:<testName>.
 * Summary-only files (istanbul json-summary) have no records to write and are skipped.
 *
 * Names containing a newline cannot be written and are an error (no parser produces them), and
 * so is a line with more count-only branches than can be listed (lcov has one record a branch).
 */
import { MAX_LISTED_BRANCHES, type CoverageReport } from '../model/index.js';

function check(what: string, s: string): string {
  if (/[\n\r]/.test(s)) throw new Error(`cannot write ${what} ${JSON.stringify(s)} to lcov: it contains a line break`);
  return s;
}

/** Serialize as lcov text, calling `write` with pieces (a few KB each) so callers can stream. */
export function writeLcov(report: CoverageReport, write: (text: string) => void, testName = ''): void {
  const withFunctions = report.metrics.has('functions');
  const withBranches = report.metrics.has('branches');
  for (const f of report.files.values()) {
    if (f.summaryOnly) continue;
    let out = `TN:${check('test name', testName)}\nSF:${check('file name', f.path)}\n`;
    if (withFunctions) {
      let hit = 0;
      for (const fn of f.functions.values()) {
        const name = check('function name', fn.name);
        out += fn.endLine !== undefined ? `FN:${fn.line},${fn.endLine},${name}\n` : `FN:${fn.line},${name}\n`;
      }
      for (const fn of f.functions.values()) {
        out += `FNDA:${fn.hits},${fn.name}\n`;
        if (fn.hits > 0) hit++;
      }
      out += `FNF:${f.functions.size}\nFNH:${hit}\n`;
    }
    if (withBranches) {
      let found = 0;
      let hit = 0;
      for (const [line, , total] of f.branches.lineCounts()) {
        if (total > MAX_LISTED_BRANCHES)
          throw new Error(
            `cannot write ${f.path} line ${line} to lcov: it has ${total} branches (known only as counts) and lcov lists each branch; write Cobertura instead`,
          );
      }
      for (const [line, hits] of f.branches.entries()) {
        for (let i = 0; i < hits.length; i++) {
          out += `BRDA:${line},0,${i},${hits[i]}\n`;
          found++;
          if (hits[i]! > 0) hit++;
        }
        if (out.length > 65536) {
          write(out);
          out = '';
        }
      }
      out += `BRF:${found}\nBRH:${hit}\n`;
    }
    let lh = 0;
    for (const [line, hits] of f.lines.entries()) {
      out += `DA:${line},${hits}\n`;
      if (hits > 0) lh++;
      if (out.length > 65536) {
        write(out);
        out = '';
      }
    }
    out += `LF:${f.lines.size}\nLH:${lh}\nend_of_record\n`;
    write(out);
  }
}

export function toLcov(report: CoverageReport, testName = ''): string {
  const parts: string[] = [];
  writeLcov(report, (t) => parts.push(t), testName);
  return parts.join('');
}
