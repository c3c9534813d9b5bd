/**
 * Figures as the tools print them: the counts behind a percent decide it, not a float's error
 * (23/125 is 18.40%, which the float 18.3999... truncated would print as 18.39%), and each tool's
 * own rounding of ties (coverage.py's round() and C's or Go's %.1f go to even).
 */
import { describe, expect, it } from '@jest/globals';
import { formatPercent, headlineOf, type Totals } from '@quality/coverage';
import { fixedHalfEven } from '../../../packages/coverage/src/headline.js';

const totals = (t: Partial<Totals>): Totals => ({
  lines: null,
  branches: null,
  statements: null,
  functions: null,
  instructions: null,
  ...t,
});
const c = (covered: number, total: number) => ({ covered, total });

describe('formatPercent on counts', () => {
  it('truncates the exact ratio, never its float', () => {
    expect(formatPercent(c(23, 125))).toBe('18.40%'); // lcov --summary: 18.4%
    expect(formatPercent(c(29, 50))).toBe('58.00%'); // not 57.99% beside "meets the minimum 58%"
    expect(formatPercent(c(79_996, 100_000))).toBe('79.99%');
    expect(formatPercent(c(2, 3))).toBe('66.66%');
    expect(formatPercent(c(Number.MAX_SAFE_INTEGER - 1, Number.MAX_SAFE_INTEGER))).toBe('99.99%');
    // Every ratio of small counts agrees with exact integer arithmetic.
    for (let t = 1; t <= 200; t++)
      for (let k = 0; k <= t; k++) {
        const h = Math.floor((k * 10000) / t);
        expect(formatPercent(c(k, t))).toBe(`${Math.floor(h / 100)}.${String(h % 100).padStart(2, '0')}%`);
      }
  });
});

describe('headline display, as each tool prints it', () => {
  it('coverage.py rounds half to even (5/8 = 62.5 prints 62%), clamped away from 0 and 100', () => {
    const show = (k: number, t: number) => headlineOf({ name: 'coverage.py' }, totals({ lines: c(k, t) })).display;
    expect([show(5, 8), show(7, 8), show(1, 1000), show(999, 1000), show(8, 8)]).toEqual([
      '62%',
      '88%',
      '1%',
      '99%',
      '100%',
    ]);
  });

  it('go tool cover prints %.1f: an exact tie goes to even (1/16 = 6.25 prints 6.2)', () => {
    const show = (k: number, t: number) => headlineOf({ name: 'go' }, totals({ statements: c(k, t) })).display;
    expect([show(1, 16), show(3, 16), show(1, 3), show(23, 125)]).toEqual(['6.2%', '18.8%', '33.3%', '18.4%']);
  });

  it('istanbul floors 100000 * covered / total / 10 to hundredths (23/125 prints 18.4%)', () => {
    const show = (k: number, t: number) => headlineOf({ name: 'istanbul' }, totals({ statements: c(k, t) })).display;
    expect([show(23, 125), show(2, 3), show(29, 50)]).toEqual(['18.4%', '66.66%', '58%']);
  });

  it('fixedHalfEven rounds the exact binary value: only exact ties go to even', () => {
    expect(fixedHalfEven(6.25, 1)).toBe('6.2');
    expect(fixedHalfEven(6.75, 1)).toBe('6.8');
    expect(fixedHalfEven(0.05, 1)).toBe('0.1'); // the double is a little above 0.05
    expect(fixedHalfEven(2.675, 2)).toBe('2.67'); // the double is a little below 2.675, as in Python
    expect(fixedHalfEven(62.5, 0)).toBe('62');
    expect(fixedHalfEven(63.5, 0)).toBe('64');
    expect(fixedHalfEven(100, 1)).toBe('100.0');
    expect(fixedHalfEven(0, 1)).toBe('0.0');
  });
});
