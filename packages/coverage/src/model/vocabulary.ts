/**
 * The model's vocabulary: formats, metrics, counters and the limits every table enforces.
 */

export type Format = 'lcov' | 'cobertura' | 'clover' | 'jacoco' | 'go' | 'istanbul' | 'istanbul-summary';
export const FORMATS: readonly Format[] = [
  'lcov',
  'cobertura',
  'clover',
  'jacoco',
  'go',
  'istanbul',
  'istanbul-summary',
];

export type MetricName = 'lines' | 'branches' | 'statements' | 'functions' | 'instructions';
export const METRICS: readonly MetricName[] = ['lines', 'branches', 'statements', 'functions', 'instructions'];

export interface Counter {
  covered: number;
  total: number;
}

/** The tool that wrote a report, where the report says so (a comment, a root attribute). */
export interface Producer {
  name:
    | 'coverage.py'
    | 'gcovr'
    | 'istanbul'
    | 'jacoco'
    | 'go'
    | 'lcov'
    | 'phpunit'
    | 'openclover'
    | 'cobertura'
    | 'unknown';
  version?: string;
}

/** Line numbers above this are refused: no source file is that long, and the table is dense. */
export const MAX_LINE = 10_000_000;
/** Hit counts saturate here (stored +1 in a Uint32Array). */
export const MAX_HITS = 0xfffffffe;

export function clampHits(hits: number): number {
  if (!(hits > 0)) return 0; // negative, NaN -> 0 (parsers warn before calling)
  return hits > MAX_HITS ? MAX_HITS : Math.floor(hits);
}

/** A statement (Go block, istanbul statement): `n` statements counted as one unit (Go's numStmt). */
export interface Statement {
  line: number;
  endLine: number;
  n: number;
  hits: number;
}

export interface FunctionCoverage {
  name: string;
  line: number;
  endLine?: number;
  hits: number;
}
