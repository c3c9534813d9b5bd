/**
 * Results folded into what a report shows: totals, failures (with message and location), the
 * slowest tests, per-file seconds and the flaky tests. Memory stays bounded however many tests
 * pass through: only failures (up to MAX_FAILURES kept in full) and a top-N of the slowest are held.
 */
import type { Outcome, Producer, TestResult, Totals } from './model.js';

export interface FailureEntry {
  name: string;
  outcome: Extract<Outcome, 'failed' | 'errored'>;
  producer: Producer;
  /** The test's file (for retries); location.path is where it failed. */
  file?: string;
  suite?: string;
  path?: string;
  line?: number;
  message: string;
  details?: string;
}

export interface TestReport {
  tests: Totals;
  failures: FailureEntry[];
  /** Failures counted but not listed (beyond MAX_FAILURES). */
  failuresNotListed: number;
  slowest: { name: string; path?: string; seconds: number }[];
  timings: { file: string; seconds: number }[];
  flaky: { name: string; path?: string }[];
}

export const MAX_FAILURES = 1000;
export const SLOWEST = 10;

/** The first lines of a failure text that say what went wrong (no stack frames), at most 1000 characters. */
export function shortMessage(message: string | undefined, details: string | undefined): string {
  const useful = message !== undefined && message.trim() !== '' && message.trim() !== 'Failed';
  const src = useful ? message! : (details ?? '');
  const lines: string[] = [];
  for (const raw of src.split('\n')) {
    const l = raw.replace(/\s+$/, '');
    if (/^\s*(at |❯ )/.test(l)) break;
    if (/^(=== RUN|--- (FAIL|PASS|SKIP):|\s+--- (FAIL|PASS|SKIP):)/.test(l.trimStart())) continue;
    if (l.trim() === '' && lines.length === 0) continue;
    lines.push(l);
    if (lines.length >= 8) break;
  }
  while (lines.length && lines[lines.length - 1]!.trim() === '') lines.pop();
  const text = lines.join('\n').trim();
  const out = text === '' ? (useful ? message!.trim() : 'failed without a message') : text;
  return out.length > 1000 ? `${out.slice(0, 999)}…` : out;
}

export class ResultCollector {
  private readonly totals: Totals = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0 };
  private readonly failures: FailureEntry[] = [];
  private notListed = 0;
  private slow: { name: string; path?: string; seconds: number }[] = [];
  /** Seconds per file, in a holder updated in place (one lookup per test; none for the last file's next test). */
  private readonly perFile = new Map<string, { seconds: number }>();
  private lastFile: string | undefined;
  private lastHolder = { seconds: 0 };
  private readonly flaky: { name: string; path?: string }[] = [];

  add(r: TestResult): void {
    this.totals.total++;
    this.totals[r.outcome]++;
    if (r.flaky) this.flaky.push({ name: r.name, ...(r.file ? { path: r.file } : {}) });
    if (r.file !== undefined) {
      if (r.file !== this.lastFile) {
        let h = this.perFile.get(r.file);
        if (h === undefined) this.perFile.set(r.file, (h = { seconds: 0 }));
        this.lastFile = r.file;
        this.lastHolder = h;
      }
      this.lastHolder.seconds += r.seconds;
    }
    if (r.outcome !== 'skipped') this.noteTime(r);
    if (r.outcome === 'failed' || r.outcome === 'errored') {
      if (this.failures.length >= MAX_FAILURES) {
        this.notListed++;
        return;
      }
      const f: FailureEntry = {
        name: r.name,
        outcome: r.outcome,
        producer: r.producer,
        message: shortMessage(r.message, r.details),
      };
      if (r.file !== undefined) f.file = r.file;
      if (r.suite !== undefined) f.suite = r.suite;
      if (r.location) {
        f.path = r.location.path;
        f.line = r.location.line;
      } else if (r.file !== undefined) f.path = r.file;
      if (r.details !== undefined) f.details = r.details;
      this.failures.push(f);
    }
  }

  /** Seconds of a file that has no test case of its own in the report (a suite's time). */
  addFileTime(file: string, seconds: number): void {
    if (!this.perFile.has(file)) this.perFile.set(file, { seconds });
  }

  private noteTime(r: TestResult): void {
    const s = this.slow;
    if (s.length === SLOWEST && s[s.length - 1]!.seconds >= r.seconds) return;
    const entry = { name: r.name, ...(r.file ? { path: r.file } : {}), seconds: r.seconds };
    let i = s.length;
    while (i > 0 && s[i - 1]!.seconds < r.seconds) i--;
    s.splice(i, 0, entry);
    if (s.length > SLOWEST) s.pop();
  }

  report(): TestReport {
    return {
      tests: { ...this.totals },
      failures: [...this.failures],
      failuresNotListed: this.notListed,
      slowest: [...this.slow],
      timings: [...this.perFile]
        .map(([file, h]) => ({ file, seconds: Math.round(h.seconds * 1000) / 1000 }))
        .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
      flaky: [...this.flaky],
    };
  }
}
