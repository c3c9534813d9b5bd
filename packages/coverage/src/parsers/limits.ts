/**
 * Limits on the numbers of an untrusted report, shared by the parsers. A number outside them is
 * a FileFormatError naming the file and line (never a silently saturated or materialised count).
 */
import { MAX_LINE } from '../model/index.js';

/** Counts (hits, statements, instructions) above this cannot be added exactly: refused. */
export const MAX_COUNT = Number.MAX_SAFE_INTEGER;

/**
 * Branches given only as counts (Cobertura's condition-coverage, JaCoCo's mb+cb, Clover's
 * truecount+falsecount) stay counts in the model, so any count is read in constant time and
 * memory: one line's total, and all of a report's totals added up, must stay at most MAX_COUNT.
 */
export const MAX_BRANCH_TOTAL = MAX_COUNT;

/** Functions of one file given only as a count (Clover's <metrics methods>): no source file has more. */
export const MAX_FILE_METHODS = 100_000;

/**
 * Go blocks are expanded to lines without the source at hand: one block spans at most this many
 * lines, and all blocks of a profile together at most MAX_GO_LINES (a profile that claims more
 * describes no real code and would take unbounded time and memory).
 */
export const MAX_GO_BLOCK_LINES = 1_000_000;
export const MAX_GO_LINES = 20_000_000;

/** A line number: a positive decimal integer up to MAX_LINE. */
export function isLineNumber(v: number | undefined): v is number {
  return v !== undefined && Number.isInteger(v) && v >= 1 && v <= MAX_LINE;
}

/** A count: a non-negative integer up to MAX_COUNT. */
export function isCount(v: number | undefined): v is number {
  return v !== undefined && Number.isSafeInteger(v) && v >= 0;
}

export const LINE_NUMBER_RULE = `a positive decimal integer up to ${MAX_LINE}`;
export const COUNT_RULE = `a non-negative decimal integer up to ${MAX_COUNT}`;
