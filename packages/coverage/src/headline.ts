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

type Rounding = (p: number) => string;

/** coverage.py's display with precision 0: never 0 unless 0, never 100 unless 100. */
const coveragePy: Rounding = (p) => {
  let v = Math.round(p);
  if (v === 0 && p > 0) v = 1;
  if (v === 100 && p < 100) v = 99;
  return `${v}%`;
};
/** istanbul floors to two decimals. */
const istanbul: Rounding = (p) => `${Math.floor(p * 100) / 100}%`;
/** `go tool cover -func`, lcov and gcovr print one decimal. */
const oneDecimal: Rounding = (p) => `${p.toFixed(1)}%`;
/** JaCoCo's HTML report floors to whole percent. */
const floorWhole: Rounding = (p) => `${Math.floor(p)}%`;

function make(metric: string, c: Counter | null, rule: string, round: Rounding): Headline | null {
  if (!c) return null;
  const p = percent(c);
  return { metric, covered: c.covered, total: c.total, percent: p, rule, display: p === null ? 'n/a' : round(p) };
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
