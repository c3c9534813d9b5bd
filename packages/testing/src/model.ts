/**
 * One test's result, whatever produced it, and the totals people read. Paths are
 * repository-relative with '/' separators; a path that could not be placed in the repository is
 * left out rather than guessed.
 */
export type Outcome = 'passed' | 'failed' | 'errored' | 'skipped';

/** Which runner wrote the report: decides how names, lines and retry selectors are read. */
export type Producer = 'pytest' | 'jest' | 'vitest' | 'go' | 'surefire' | 'junit';

export interface TestResult {
  producer: Producer;
  /** The name people know the test by (pytest node id, `describe > test`, `TestX/sub`). */
  name: string;
  /** The test's own file (timings, retries), repository-relative. */
  file?: string;
  /** Go: the package import path; Surefire/JUnit: the class name. */
  suite?: string;
  seconds: number;
  outcome: Outcome;
  /** Where it failed (the failing assertion when the report or its stack trace says so). */
  location?: { path: string; line: number };
  /** One short message (first lines of the failure). */
  message?: string;
  /** The failure's full text (stack trace, traceback, test output), bounded. */
  details?: string;
  /** Failed, then passed when run again (by the runner's own reruns or by retry-failed). */
  flaky?: boolean;
}

export interface Totals {
  total: number;
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
}
