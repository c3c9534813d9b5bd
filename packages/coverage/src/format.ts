/**
 * The one percent formatter for every human-readable figure (summary, comment, rule messages,
 * CLI). Rule: figures are truncated toward zero to two decimals, never rounded up, so 79.996%
 * prints 79.99% and cannot look like it met an 80% minimum. A counter is truncated exactly, in
 * integers: 23/125 is 18.40% (the float 18.399999... would print 18.39%, which no tool prints).
 */
import type { Counter } from './model/index.js';

const trunc2 = (x: number): string => (Math.trunc(x * 100) / 100).toFixed(2);

/** covered/total in hundredths of a percent, truncated: exact for any safe integers. */
function hundredths(c: Counter): bigint {
  return (BigInt(c.covered) * 10000n) / BigInt(c.total);
}

/** A counter (or an unrounded percent) as "87.76%"; "n/a" when nothing was measured. */
export function formatPercent(p: number | Counter | null | undefined): string {
  if (typeof p === 'number') return `${trunc2(p)}%`;
  if (!p || p.total === 0) return 'n/a';
  const h = hundredths(p);
  return `${h / 100n}.${String(h % 100n).padStart(2, '0')}%`;
}

/** A difference in points, signed: "+1.25", "−0.50" (a real minus sign). */
export function formatPoints(d: number): string {
  return `${d >= 0 ? '+' : '−'}${trunc2(Math.abs(d))}`;
}

/** "covered/total", or "–" for a metric the report does not carry. */
export function formatCount(c: Counter | null | undefined): string {
  return c ? `${c.covered}/${c.total}` : '–';
}
