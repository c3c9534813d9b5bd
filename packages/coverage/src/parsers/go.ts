/**
 * Go coverprofile parser (`go test -coverprofile`): a `mode: set|count|atomic` line, then
 * one line per block: `<import path>/<file>.go:<sl>.<sc>,<el>.<ec> <numStmt> <count>`.
 *
 * Rules:
 * - Files stay keyed by import path (`example.com/m/pkg/x.go`); mapping to repository paths
 *   through go.mod happens later.
 * - Blocks are keyed "sl.sc,el.ec" per file. Repeated blocks (`-coverpkg`, several
 *   profiles concatenated) merge like golang.org/x/tools/cover.ParseProfiles: OR (max) in
 *   set mode, sum in count/atomic mode; a block repeated with a different numStmt is an
 *   error there and here.
 * - Repeated `mode:` lines (concatenated profiles) are accepted; a later mode that differs
 *   from the first gives a warning and the first mode decides how blocks merge (totals only
 *   depend on zero/non-zero counts, so set vs count merging cannot change them).
 * - statements = sum(numStmt of blocks with count > 0) / sum(numStmt of all blocks), after
 *   merging: what `go tool cover -func` prints as "total: (statements)" (cmd/cover func.go
 *   sums each function's blocks; every block with statements lies in a function body).
 * - lines (derived, Go has no line data): every line from sl to el of a block with
 *   numStmt > 0 is executable; its hits are the MAX over the blocks touching it, so a line
 *   is covered when any code on it ran. Rationale: block boundaries fall mid-line (a block
 *   starts right after `if x {` and the next one right after the closing `}`), and with MIN
 *   the `if` line of a never-taken branch would read as uncovered although it ran. Lines mixing
 *   run and not-run code therefore read covered; the statements metric is the exact one.
 * - Blank lines are skipped.
 * - Limits (the source is not at hand to check a block against): line numbers from 1, a block
 *   spans at most MAX_GO_BLOCK_LINES lines and all distinct blocks at most MAX_GO_LINES; counts
 *   up to 2^53-1; derived line hits saturate at 65,533 (2 bytes a line). Beyond them the profile is refused with the line that crossed the limit.
 */
import { FileFormatError } from '@quality/kit/errors';
import { emptyReport, fileOf } from '../model/index.js';
import { LINE_NUMBER_RULE, MAX_COUNT, MAX_GO_BLOCK_LINES, MAX_GO_LINES, isCount, isLineNumber } from './limits.js';
import type { CoverageReport } from '../model/index.js';
import { forEachLine } from '../input.js';
import type { Parser } from '../input.js';

/** Derived line hits saturate here, so that they stay 2 bytes a line in the LineTable (statements keep exact counts). */
const MAX_DERIVED_HITS = 65_533;

const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;

export const parseGo: Parser = async (chunks, ctx) => {
  const name = ctx.name;
  const report: CoverageReport = emptyReport('go', { name: 'go' });
  report.metrics.add('statements');
  let mode: string | null = null;
  let merge: 'max' | 'sum' = 'sum';
  let otherMode = '';
  let blocks = 0;
  /** Statements of distinct blocks, and lines they span (expanded below): both bounded. */
  let statements = 0;
  let spanned = 0;

  await forEachLine(chunks, name, (buf, s, e, lineNo) => {
    if (s === e) return;
    const text = buf.toString('utf8', s, e);
    if (text.startsWith('mode:')) {
      const m = /^mode:\s*(set|count|atomic)\s*$/.exec(text);
      if (!m)
        throw new FileFormatError(
          name,
          lineNo,
          `unknown coverage mode line ${JSON.stringify(text.slice(0, 80))}: expected "mode: set", "mode: count" or "mode: atomic".`,
        );
      if (mode === null) {
        mode = m[1]!;
        merge = mode === 'set' ? 'max' : 'sum';
      } else if (m[1] !== mode && otherMode === '') otherMode = `${m[1]} (line ${lineNo})`;
      return;
    }
    if (mode === null) {
      throw new FileFormatError(
        name,
        lineNo,
        `does not start with a "mode: set|count|atomic" line (found ${JSON.stringify(text.slice(0, 80))}).`,
        'Pass the file written by `go test -coverprofile=...`.',
      );
    }
    const m = BLOCK.exec(text);
    if (!m) {
      throw new FileFormatError(
        name,
        lineNo,
        `malformed block ${JSON.stringify(text.slice(0, 120))}: expected "<file>:<line>.<col>,<line>.<col> <statements> <count>".`,
      );
    }
    const sl = Number(m[2]);
    const el = Number(m[4]);
    const n = Number(m[6]);
    const count = Number(m[7]);
    if (!isLineNumber(sl) || !isLineNumber(el) || el < sl) {
      throw new FileFormatError(
        name,
        lineNo,
        `block ${JSON.stringify(text.slice(0, 120))} has an invalid line range ${sl}..${el}: line numbers are ${LINE_NUMBER_RULE}, the end not before the start.`,
      );
    }
    if (!isCount(n) || !isCount(count)) {
      throw new FileFormatError(
        name,
        lineNo,
        `block ${JSON.stringify(text.slice(0, 120))} has a statement count or hit count larger than ${MAX_COUNT}.`,
        'The profile is corrupt; regenerate it.',
      );
    }
    if (el - sl >= MAX_GO_BLOCK_LINES) {
      throw new FileFormatError(
        name,
        lineNo,
        `block ${JSON.stringify(text.slice(0, 120))} spans ${el - sl + 1} lines, more than the ${MAX_GO_BLOCK_LINES} a block may span.`,
        'No Go block is that long: the profile is corrupt; regenerate it.',
      );
    }
    const f = fileOf(report, m[1]!);
    const key = `${m[2]}.${m[3]},${m[4]}.${m[5]}`;
    const prev = f.statements.get(key);
    if (prev && prev.n !== n) {
      throw new FileFormatError(
        name,
        lineNo,
        `block ${m[1]}:${key} has ${n} statements here and ${prev.n} earlier (inconsistent NumStmt).`,
        'The profiles merged into this file come from different versions of the source.',
      );
    }
    if (!prev) {
      statements += n;
      if (statements > MAX_COUNT)
        throw new FileFormatError(
          name,
          lineNo,
          `the blocks up to this one count more than ${MAX_COUNT} statements.`,
          'The profile is corrupt; regenerate it.',
        );
      if (n > 0) {
        spanned += el - sl + 1;
        if (spanned > MAX_GO_LINES) {
          throw new FileFormatError(
            name,
            lineNo,
            `the blocks up to this one span more than ${MAX_GO_LINES} lines in all, the most this reader expands to lines.`,
            'The profile is corrupt, or far larger than any repository; regenerate it.',
          );
        }
      }
    }
    f.addStatement(key, { line: sl, endLine: el, n, hits: count }, merge);
    blocks++;
  });

  if (mode === null) {
    throw new FileFormatError(
      name,
      undefined,
      'is empty: a Go coverprofile starts with "mode: set|count|atomic".',
      'Check that `go test -coverprofile=...` ran and wrote this file.',
    );
  }
  if (otherMode)
    report.warnings.push(
      `${name}: profile started in mode ${mode} and later says mode ${otherMode}; blocks were merged as ${mode}`,
    );
  if (blocks === 0) report.warnings.push(`${name}: the profile has no blocks (no package with tests and code?)`);

  for (const f of report.files.values()) {
    for (const st of f.statements.values()) {
      if (st.n === 0) continue;
      const hits = Math.min(st.hits, MAX_DERIVED_HITS);
      for (let l = st.line; l <= st.endLine; l++) f.lines.max(l, hits);
    }
  }
  return report;
};
