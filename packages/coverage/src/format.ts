/**
 * The one percent formatter for every human-readable figure (summary, comment, rule messages,
 * CLI). Rule: figures are truncated toward zero to two decimals, never rounded up, so 79.996%
 * prints 79.99% and cannot look like it met an 80% minimum.
 */
import type { Counter } from './model/index.js';
import { percent } from './model/index.js';

const trunc2 = (x: number): string => (Math.trunc(x * 100) / 100).toFixed(2);

/** An unrounded percent (or a counter) as "87.76%"; "n/a" when nothing was measured. */
export function formatPercent(p: number | Counter | null | undefined): string {
  const v = typeof p === 'number' ? p : percent(p ?? null);
  return v === null ? 'n/a' : `${trunc2(v)}%`;
}

/** A difference in points, signed: "+1.25", "−0.50" (a real minus sign). */
export function formatPoints(d: number): string {
  return `${d >= 0 ? '+' : '−'}${trunc2(Math.abs(d))}`;
}

/** "covered/total", or "–" for a metric the report does not carry. */
export function formatCount(c: Counter | null | undefined): string {
  return c ? `${c.covered}/${c.total}` : '–';
}
