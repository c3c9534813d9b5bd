/**
 * A file's coverage (FileCoverage) and the report that holds files.
 *
 * A parser over its memory budget freezes the files it has finished (FileCoverage.freeze):
 * their tables go to a spill file on disk and come back on first access, while the counters
 * a summary needs stay in memory. That keeps a 1 GB tracefile of distinct data under 300 MB.
 */
import type { SpillFile, SpillRef } from '../spill.js';
import { BranchTable } from './branch-table.js';
import { FunctionTable } from './function-table.js';
import { LineTable } from './line-table.js';
import { packStates, unpackStates } from './pack.js';
import {
  MAX_HITS,
  clampHits,
  type Counter,
  type Format,
  type FunctionCoverage,
  type MetricName,
  type Producer,
  type Statement,
} from './vocabulary.js';

/**
 * A frozen file's place in its spill file and the counters summaries read without thawing it.
 * Kept after a thaw, so a refreeze that fits reuses the place. One small object per frozen file
 * (its tables are dropped): a 1 GB report can hold a hundred thousand files.
 */
class ColdBlock {
  ref: SpillRef = { off: 0, len: 0, cap: 0 };
  linesCovered = 0;
  lines = 0;
  branchesCovered = 0;
  branches = 0;
  functionsCovered = 0;
  functions = 0;
  constructor(readonly spill: SpillFile) {}
}

export class FileCoverage {
  private _lines: LineTable | undefined = new LineTable();
  private _branches: BranchTable | undefined = new BranchTable();
  private _functions: FunctionTable | undefined = new FunctionTable();
  /** Set while the file is frozen (its tables in the spill file, the fields above undefined), and kept after a thaw. */
  private cold: ColdBlock | undefined;

  /** line -> hits (executable lines only). */
  get lines(): LineTable {
    return this._lines ?? this.thaw()._lines!;
  }
  /** line -> hit count of each branch on that line, in the order the report lists them. */
  get branches(): BranchTable {
    return this._branches ?? this.thaw()._branches!;
  }
  /** key (name, or name@line where names repeat) -> function (Map-like, compact). */
  get functions(): FunctionTable {
    return this._functions ?? this.thaw()._functions!;
  }
  private _statements: Map<string, Statement> | undefined;
  private _instructions: Map<number, Counter> | undefined;

  /** key (format-specific, stable: e.g. "12.5,14.2" for Go, the statement id for istanbul) -> statement. Created on first use. */
  get statements(): Map<string, Statement> {
    return (this._statements ??= new Map());
  }
  /** line -> instructions (JaCoCo). Created on first use. */
  get instructions(): Map<number, Counter> {
    return (this._instructions ??= new Map());
  }

  /**
   * Counts known only as totals, without per-line data (istanbul coverage-summary.json).
   * When set, `summarizeFile` reports these counters (0/0 for a metric not given) instead of
   * counting the tables above.
   */
  summaryOnly?: Partial<Record<MetricName, Counter>>;

  constructor(public path: string) {}

  addBranches(line: number, hits: readonly number[]): void {
    this.branches.add(line, hits);
  }

  /** Branches known only as counts (Cobertura's "condition-coverage", JaCoCo's mb/cb): kept as two numbers, up to 2^53-1. */
  addBranchCounts(line: number, covered: number, total: number): void {
    this.branches.addCounts(line, covered, total);
  }

  addStatement(key: string, s: Statement, mode: 'sum' | 'max' = 'sum'): void {
    const prev = this.statements.get(key);
    if (!prev) {
      this.statements.set(key, { ...s, hits: clampHits(s.hits) });
    } else if (mode === 'max') {
      prev.hits = Math.max(prev.hits, clampHits(s.hits));
    } else {
      prev.hits = Math.min(prev.hits + clampHits(s.hits), MAX_HITS);
    }
  }

  addFunction(key: string, f: FunctionCoverage): void {
    this.functions.add(key, f);
  }

  /** Drop growth slack and parse-time indexes once the file is read (it can still be added to). */
  compact(): void {
    if (this.frozen) return;
    this._lines!.compact();
    this._branches!.compact();
    this._functions!.compact();
  }

  /** Bytes the tables hold (0 while frozen: they are in the spill file), for a parser's memory budget. */
  byteSize(): number {
    if (this.frozen) return 0;
    return this._lines!.byteSize() + this._branches!.byteSize() + this._functions!.byteSize();
  }

  get frozen(): boolean {
    return this._lines === undefined;
  }

  /**
   * Move the tables to `spill` until they are next read: any access to lines, branches or
   * functions reads them back, exactly as they were. For a parser over its memory budget. The
   * counters summarizeFile needs are kept, so summaries do not thaw. Only files with lines,
   * branches and functions alone (lcov's) are frozen; returns whether this one was.
   */
  freeze(spill: SpillFile): boolean {
    if (
      this.frozen ||
      this._statements?.size ||
      this._instructions?.size ||
      this.summaryOnly ||
      !this._functions!.exportable
    )
      return false;
    this.compact();
    const lines = this._lines!;
    const branches = this._branches!;
    const fns = this._functions!;
    const prev = this.cold?.spill === spill ? this.cold.ref : undefined;
    const c = (this.cold = prev ? this.cold! : new ColdBlock(spill));
    const l = lines.counter();
    const b = branches.counter();
    c.linesCovered = l.covered;
    c.lines = l.total;
    c.branchesCovered = b.covered;
    c.branches = b.total;
    c.functionsCovered = fns.covered();
    c.functions = fns.size;
    const states = [lines.exportState(), branches.exportState(), fns.exportState()];
    try {
      const packed = packStates(states);
      c.ref = spill.put(packed, packed.length, prev);
    } catch (e) {
      // A full disk, say: the tables stay in memory as they were.
      lines.importState(states[0]!);
      branches.importState(states[1]!);
      fns.importState(states[2]!);
      if (!prev) this.cold = undefined;
      throw e;
    }
    this._lines = this._branches = this._functions = undefined;
    return true;
  }

  private thaw(): this {
    const c = this.cold!;
    const [l, b, f] = unpackStates(c.spill.get(c.ref), 3);
    (this._lines = new LineTable()).importState(l!);
    (this._branches = new BranchTable()).importState(b!);
    (this._functions = new FunctionTable()).importState(f!);
    return this;
  }

  /** The spill file of a frozen file (undefined when the file is in memory). */
  get frozenIn(): SpillFile | undefined {
    return this.frozen ? this.cold!.spill : undefined;
  }

  /** Lines with data (executable lines), without thawing a frozen file. */
  get lineCount(): number {
    return this.frozen ? this.cold!.lines : this._lines!.size;
  }

  /** A frozen file's line, branch and function counters, without thawing it; undefined when it is not frozen. */
  frozenCounters(): { lines: Counter; branches: Counter; functions: Counter } | undefined {
    if (!this.frozen) return undefined;
    const c = this.cold!;
    return {
      lines: { covered: c.linesCovered, total: c.lines },
      branches: { covered: c.branchesCovered, total: c.branches },
      functions: { covered: c.functionsCovered, total: c.functions },
    };
  }

  addInstructions(line: number, covered: number, total: number): void {
    const prev = this.instructions.get(line);
    if (!prev) this.instructions.set(line, { covered, total });
    else {
      prev.covered = Math.max(prev.covered, covered);
      prev.total = Math.max(prev.total, total);
    }
  }
}

export interface CoverageReport {
  /** The format read; 'mixed' after merging reports of several formats. */
  format: Format | 'mixed';
  producer: Producer;
  /** Metrics this report carries. A metric not here is `null` in every summary. */
  metrics: Set<MetricName>;
  /** Keyed by path: raw as the report wrote it until paths are resolved, then repository-relative. */
  files: Map<string, FileCoverage>;
  /** `<sources>` roots (Cobertura) and other base directories the report names. */
  sourceRoots: string[];
  /** Tolerant readings the parser made (negative counts, duplicate records...), for the summary. */
  warnings: string[];
}

export function emptyReport(format: Format | 'mixed', producer: Producer = { name: 'unknown' }): CoverageReport {
  return { format, producer, metrics: new Set(['lines']), files: new Map(), sourceRoots: [], warnings: [] };
}

/**
 * Release what parsing needed and reading does not (lookup indexes, branch ids) in every file
 * of a report; parsers call this when done. It allocates nothing: trimming growth slack
 * (`FileCoverage.compact`) is done per file as a parser leaves it, so that the old arrays are
 * collected during the parse instead of all at once at the end, when memory peaks.
 */
export function releaseParseState(r: CoverageReport): void {
  for (const f of r.files.values()) {
    if (f.frozen) continue; // frozen after compact(): no index; branch ids stay in the blob
    f.functions.releaseIndex();
    f.branches.releaseIds();
  }
}

/** Get or create the entry for a path. */
export function fileOf(report: CoverageReport, path: string): FileCoverage {
  let f = report.files.get(path);
  if (!f) {
    f = new FileCoverage(path);
    report.files.set(path, f);
  }
  return f;
}
