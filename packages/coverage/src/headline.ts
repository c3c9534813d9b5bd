/**
 * The headline figure: the one number the producing tool itself puts first, computed by that
 * tool's own rule, with the rule named. Counts stay integers; the display string rounds the way
 * the tool prints it, so a user can compare it with their own terminal.
 */
import type { Counter, Producer, Totals } from './model/index.js';
import { addCounters, percent } from './model/index.js';

export interface Headline {
  /** Which counts make the headline: e.g. "statements+branches". */
  metric: string;
  covered: number;
  total: number;
  /** Unrounded percent; null when there is nothing to cover. */
  percent: number | null;
  /** The rule, in words, with the tool it follows. */
  rule: string;
  /** The percent as the producing tool prints it. */
  display: string;
}

/** A counter as the tool prints it, computed in the tool's own order of float operations. */
type Rounding = (c: Counter) => string;

/** `x = m * 2^e` exactly, for a finite x >= 0. */
function splitDouble(x: number): [bigint, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exp = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  return exp === 0 ? [frac, -1074] : [frac | (1n << 52n), exp - 1075];
}

/**
 * x to `d` decimals from its exact binary value, an exact tie to even: C's printf("%.1f"), Go's
 * %.1f and Python's round(). JavaScript's toFixed breaks such a tie upward (6.25 -> 6.3, where
 * `go tool cover` prints 6.2).
 */
export function fixedHalfEven(x: number, d: number): string {
  const [m, e] = splitDouble(x);
  const num = m * 10n ** BigInt(d);
  let q: bigint;
  if (e >= 0) q = num << BigInt(e);
  else {
    const den = 1n << BigInt(-e);
    q = num / den;
    const twice = (num % den) * 2n;
    if (twice > den || (twice === den && q % 2n === 1n)) q += 1n;
  }
  const digits = q.toString().padStart(d + 1, '0');
  return d ? `${digits.slice(0, -d)}.${digits.slice(-d)}` : digits;
}

/** coverage.py's display with precision 0 (100.0 * n / d, round() to even): never 0 unless 0, never 100 unless 100. */
const coveragePy: Rounding = (c) => {
  const p = (100 * c.covered) / c.total;
  if (p > 0 && p < 1) return '1%';
  if (p > 99 && p < 100) return '99%';
  return `${fixedHalfEven(p, 0)}%`;
};
/** istanbul-lib-coverage: Math.floor(100000 * covered / total / 10) / 100. */
const istanbul: Rounding = (c) => `${Math.floor((1000 * 100 * c.covered) / c.total / 10) / 100}%`;
/** `go tool cover -func` (%.1f of 100*c/t), lcov and gcovr print one decimal, ties to even. */
const oneDecimal: Rounding = (c) => `${fixedHalfEven((100 * c.covered) / c.total, 1)}%`;
/** JaCoCo's HTML report floors the ratio times 100 to whole percent. */
const floorWhole: Rounding = (c) => `${Math.floor((c.covered / c.total) * 100)}%`;

function make(metric: string, c: Counter | null, rule: string, round: Rounding): Headline | null {
  if (!c) return null;
  const p = percent(c);
  return { metric, covered: c.covered, total: c.total, percent: p, rule, display: p === null ? 'n/a' : round(c) };
}

const sum = (...cs: (Counter | null)[]): Counter | null => {
  const present = cs.filter((c): c is Counter => c !== null);
  return present.length ? present.reduce(addCounters) : null;
};

export function headlineOf(producer: Producer, totals: Totals): Headline {
  const t = totals;
  const candidates: (Headline | null)[] = [];
  switch (producer.name) {
    case 'coverage.py':
      // coverage.py counts statements as lines; with branch measurement its total is
      // (statements + branches covered) / (statements + branches).
      candidates.push(
        t.branches
          ? make(
              'statements+branches',
              sum(t.lines, t.branches),
              'coverage.py: (covered statements + covered branches) / (statements + branches)',
              coveragePy,
            )
          : make('statements', t.lines, 'coverage.py: covered statements / statements', coveragePy),
      );
      break;
    case 'go':
      candidates.push(make('statements', t.statements, 'go tool cover: covered statements / statements', oneDecimal));
      break;
    case 'istanbul':
      candidates.push(
        make('statements', t.statements, 'istanbul: covered statements / statements (floored to 2 decimals)', istanbul),
      );
      break;
    case 'jacoco':
      candidates.push(
        make('instructions', t.instructions, 'JaCoCo: covered instructions / instructions (floored)', floorWhole),
      );
      break;
    case 'openclover':
    case 'phpunit':
      candidates.push(
        make(
          'elements',
          sum(t.statements, t.branches, t.functions),
          'Clover TPC: (covered statements + conditionals + methods) / (statements + conditionals + methods)',
          oneDecimal,
        ),
      );
      break;
    case 'gcovr':
      candidates.push(make('lines', t.lines, 'gcovr: covered lines / lines', oneDecimal));
      break;
    case 'lcov':
      candidates.push(make('lines', t.lines, 'lcov: covered lines / lines', oneDecimal));
      break;
    default:
      break;
  }
  const chosen = candidates.find((h): h is Headline => h !== null);
  return (
    chosen ??
    make('lines', t.lines, 'lines: covered lines / executable lines (the producer is not identified)', istanbul)!
  );
}
