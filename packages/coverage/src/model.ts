/**
 * The one normalized coverage model every parser produces and every consumer reads.
 *
 * Integer counts everywhere. Percentages are computed from counts only at the edge
 * (`percent()`), never averaged, never rounded before a comparison.
 *
 * Memory: line hits live in a dense Uint32Array per file (4 bytes per source line),
 * because a 1 GB tracefile can hold tens of millions of line records and a Map entry
 * costs ten times that. Hits saturate at MAX_HITS; no total depends on the size of a
 * count, only on whether it is zero.
 */

export type Format = 'lcov' | 'cobertura' | 'clover' | 'jacoco' | 'go' | 'istanbul' | 'istanbul-summary';
export const FORMATS: readonly Format[] = ['lcov', 'cobertura', 'clover', 'jacoco', 'go', 'istanbul', 'istanbul-summary'];

export type MetricName = 'lines' | 'branches' | 'statements' | 'functions' | 'instructions';
export const METRICS: readonly MetricName[] = ['lines', 'branches', 'statements', 'functions', 'instructions'];

export interface Counter {
  covered: number;
  total: number;
}

/** The tool that wrote a report, where the report says so (a comment, a root attribute). */
export interface Producer {
  name: 'coverage.py' | 'gcovr' | 'istanbul' | 'jacoco' | 'go' | 'lcov' | 'phpunit' | 'openclover' | 'cobertura' | 'unknown';
  version?: string;
}

/** Line numbers above this are refused: no source file is that long, and the table is dense. */
export const MAX_LINE = 10_000_000;
/** Hit counts saturate here (stored +1 in a Uint32Array). */
export const MAX_HITS = 0xfffffffe;

/**
 * Executable lines of one file and their hit counts. Stored as hits+1 so that 0 means
 * "not executable".
 */
export class LineTable {
  private data: Uint32Array;
  private maxLine = 0;
  private count = 0;

  constructor(capacity = 0) {
    this.data = new Uint32Array(capacity);
  }

  /** Add hits to a line (marking it executable). Sums saturate at MAX_HITS. */
  add(line: number, hits: number): void {
    if (line >= this.data.length) this.grow(line);
    const prev = this.data[line]!;
    if (prev === 0) {
      this.count++;
      if (line > this.maxLine) this.maxLine = line;
      this.data[line] = clampHits(hits) + 1;
    } else {
      const sum = prev - 1 + clampHits(hits);
      this.data[line] = (sum > MAX_HITS ? MAX_HITS : sum) + 1;
    }
  }

  /** Raise a line's hits to at least `hits` (OR semantics for set-mode data). */
  max(line: number, hits: number): void {
    if (line >= this.data.length) this.grow(line);
    const prev = this.data[line]!;
    const h = clampHits(hits);
    if (prev === 0) {
      this.count++;
      if (line > this.maxLine) this.maxLine = line;
      this.data[line] = h + 1;
    } else if (prev - 1 < h) {
      this.data[line] = h + 1;
    }
  }

  /** Hits of a line, or undefined when the line is not executable. */
  get(line: number): number | undefined {
    if (line < 0 || line >= this.data.length) return undefined;
    const v = this.data[line]!;
    return v === 0 ? undefined : v - 1;
  }

  has(line: number): boolean {
    return line >= 0 && line < this.data.length && this.data[line] !== 0;
  }

  get size(): number {
    return this.count;
  }

  /** Executable lines in ascending order. */
  *entries(): IterableIterator<[line: number, hits: number]> {
    const d = this.data;
    const end = Math.min(this.maxLine, d.length - 1); // an empty table has no index 0
    for (let i = 0; i <= end; i++) {
      const v = d[i]!;
      if (v !== 0) yield [i, v - 1];
    }
  }

  counter(): Counter {
    let covered = 0;
    const d = this.data;
    const end = Math.min(this.maxLine, d.length - 1);
    for (let i = 0; i <= end; i++) {
      if (d[i]! > 1) covered++;
    }
    return { covered, total: this.count };
  }

  private grow(line: number): void {
    if (!Number.isInteger(line) || line < 0 || line > MAX_LINE) {
      throw new RangeError(`line number ${line} is out of range (0..${MAX_LINE})`);
    }
    const next = new Uint32Array(nextCapacity(this.data.length, line));
    next.set(this.data);
    this.data = next;
  }
}

/**
 * Capacity for a dense table that must hold `line`: at most 25% slack (rounded up to 16).
 * Doubling left a 500 MB report's 46,000 small files with up to twice the memory they use;
 * growing by a quarter still keeps appends amortized.
 */
export function nextCapacity(current: number, line: number): number {
  const want = Math.max(line + 1, Math.ceil(current * 1.25));
  return Math.min((want + 15) & ~15, MAX_LINE + 1);
}

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

/**
 * Branches per line, read like a `Map<line, hits[]>`. Where the report identifies each branch
 * (lcov BRDA, istanbul) the hits are kept per branch; where it gives only counts (Cobertura's
 * condition-coverage, JaCoCo's mb/cb, Clover) they are packed as covered<<16|total in a dense
 * Uint32Array by line: 4 bytes a source line instead of an array per branch line, which keeps a
 * 500 MB Cobertura report within memory. Reading a packed line synthesizes [1 × covered, 0 × rest].
 */
export class BranchTable implements Iterable<[number, number[]]> {
  private readonly known = new Map<number, number[]>();
  private packed: Uint32Array | undefined;
  private packedMax = 0;
  private packedCount = 0;

  get size(): number {
    return this.known.size + this.packedCount;
  }

  has(line: number): boolean {
    return this.known.has(line) || this.packedAt(line) !== 0;
  }

  get(line: number): number[] | undefined {
    const k = this.known.get(line);
    if (k) return k;
    const v = this.packedAt(line);
    return v === 0 ? undefined : unpack(v);
  }

  set(line: number, hits: number[]): this {
    if (this.packedAt(line) !== 0) {
      this.packed![line] = 0;
      this.packedCount--;
    }
    this.known.set(line, hits);
    return this;
  }

  /** Add per-branch hits (summed per index). */
  add(line: number, hits: readonly number[]): void {
    let prev = this.known.get(line);
    if (!prev) {
      const p = this.packedAt(line);
      if (p === 0) {
        this.known.set(line, hits.map(clampHits));
        return;
      }
      prev = unpack(p);
      this.set(line, prev);
    }
    for (let i = 0; i < hits.length; i++) {
      const h = clampHits(hits[i]!);
      prev[i] = i < prev.length ? Math.min(prev[i]! + h, MAX_HITS) : h;
    }
  }

  /** Add count-only branches: covered is the larger of the two readings (no identity to OR by). */
  addCounts(line: number, covered: number, total: number): void {
    if (total <= 0) return;
    const c = Math.max(0, Math.min(covered, total));
    const k = this.known.get(line);
    if (k || total > 0xffff || line > MAX_LINE) {
      this.add(line, Array.from({ length: total }, (_, i) => (i < c ? 1 : 0)));
      return;
    }
    const prev = this.packedAt(line);
    if (prev === 0) {
      this.ensure(line);
      this.packed![line] = ((c << 16) | total) >>> 0;
      this.packedCount++;
      if (line > this.packedMax) this.packedMax = line;
    } else {
      const pc = prev >>> 16;
      const pt = prev & 0xffff;
      this.packed![line] = ((Math.max(pc, c) << 16) | Math.max(pt, total)) >>> 0;
    }
  }

  /** Covered and total branches without materializing arrays. */
  counter(): Counter {
    let covered = 0;
    let total = 0;
    for (const hits of this.known.values()) {
      total += hits.length;
      for (const h of hits) if (h > 0) covered++;
    }
    const p = this.packed;
    if (p) {
      for (let i = 0; i <= this.packedMax; i++) {
        const v = p[i]!;
        if (v !== 0) {
          covered += v >>> 16;
          total += v & 0xffff;
        }
      }
    }
    return { covered, total };
  }

  *keys(): IterableIterator<number> {
    for (const [l] of this.entries()) yield l;
  }

  *values(): IterableIterator<number[]> {
    for (const [, h] of this.entries()) yield h;
  }

  /** Lines in ascending order. */
  *entries(): IterableIterator<[number, number[]]> {
    const knownLines = [...this.known.keys()].sort((a, b) => a - b);
    let k = 0;
    const p = this.packed;
    const max = p ? this.packedMax : -1;
    for (let i = 0; i <= max; i++) {
      while (k < knownLines.length && knownLines[k]! < i) {
        yield [knownLines[k]!, this.known.get(knownLines[k]!)!];
        k++;
      }
      const v = p![i]!;
      if (v !== 0) yield [i, unpack(v)];
    }
    for (; k < knownLines.length; k++) yield [knownLines[k]!, this.known.get(knownLines[k]!)!];
  }

  [Symbol.iterator](): IterableIterator<[number, number[]]> {
    return this.entries();
  }

  /** Merge another table into this one, keeping count-only lines packed. */
  mergeFrom(src: BranchTable): void {
    for (const [line, hits] of src.known) this.add(line, hits);
    const p = src.packed;
    if (!p) return;
    for (let i = 0; i <= src.packedMax; i++) {
      const v = p[i]!;
      if (v !== 0) this.addCounts(i, v >>> 16, v & 0xffff);
    }
  }

  private packedAt(line: number): number {
    const p = this.packed;
    return p && line >= 0 && line < p.length ? p[line]! : 0;
  }

  private ensure(line: number): void {
    const len = this.packed?.length ?? 0;
    if (line < len) return;
    const next = new Uint32Array(nextCapacity(len, line));
    if (this.packed) next.set(this.packed);
    this.packed = next;
  }
}

function unpack(v: number): number[] {
  const c = v >>> 16;
  const t = v & 0xffff;
  const out = new Array<number>(t);
  for (let i = 0; i < t; i++) out[i] = i < c ? 1 : 0;
  return out;
}

export class FileCoverage {
  readonly lines = new LineTable();
  /** line -> hit count of each branch on that line, in the order the report lists them. */
  readonly branches = new BranchTable();
  /** key (format-specific, stable: e.g. "12.5,14.2" for Go, the statement id for istanbul) -> statement. */
  readonly statements = new Map<string, Statement>();
  /** key (name, or name@line where names repeat) -> function. */
  readonly functions = new Map<string, FunctionCoverage>();
  /** line -> instructions (JaCoCo). */
  readonly instructions = new Map<number, Counter>();

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

  /** Branches known only as counts (Cobertura's "condition-coverage", JaCoCo's mb/cb). */
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
    const prev = this.functions.get(key);
    if (!prev) this.functions.set(key, { ...f, hits: clampHits(f.hits) });
    else prev.hits = Math.min(prev.hits + clampHits(f.hits), MAX_HITS);
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

/** Get or create the entry for a path. */
export function fileOf(report: CoverageReport, path: string): FileCoverage {
  let f = report.files.get(path);
  if (!f) {
    f = new FileCoverage(path);
    report.files.set(path, f);
  }
  return f;
}

// ---------------------------------------------------------------------------------
// Summaries

export interface FileSummary {
  path: string;
  lines: Counter;
  branches: Counter | null;
  statements: Counter | null;
  functions: Counter | null;
  instructions: Counter | null;
}

export type Totals = Record<MetricName, Counter | null>;

function branchCounter(f: FileCoverage): Counter {
  return f.branches.counter();
}

function statementCounter(f: FileCoverage): Counter {
  let covered = 0;
  let total = 0;
  for (const s of f.statements.values()) {
    total += s.n;
    if (s.hits > 0) covered += s.n;
  }
  return { covered, total };
}

function functionCounter(f: FileCoverage): Counter {
  let covered = 0;
  let total = 0;
  for (const fn of f.functions.values()) {
    total++;
    if (fn.hits > 0) covered++;
  }
  return { covered, total };
}

function instructionCounter(f: FileCoverage): Counter {
  let covered = 0;
  let total = 0;
  for (const c of f.instructions.values()) {
    covered += c.covered;
    total += c.total;
  }
  return { covered, total };
}

export function summarizeFile(f: FileCoverage, metrics: Set<MetricName>): FileSummary {
  const only = f.summaryOnly;
  if (only) {
    const get = (m: MetricName): Counter | null => (metrics.has(m) ? { ...(only[m] ?? { covered: 0, total: 0 }) } : null);
    return {
      path: f.path,
      lines: { ...(only.lines ?? { covered: 0, total: 0 }) },
      branches: get('branches'),
      statements: get('statements'),
      functions: get('functions'),
      instructions: get('instructions'),
    };
  }
  return {
    path: f.path,
    lines: f.lines.counter(),
    branches: metrics.has('branches') ? branchCounter(f) : null,
    statements: metrics.has('statements') ? statementCounter(f) : null,
    functions: metrics.has('functions') ? functionCounter(f) : null,
    instructions: metrics.has('instructions') ? instructionCounter(f) : null,
  };
}

export function addCounters(a: Counter, b: Counter): Counter {
  return { covered: a.covered + b.covered, total: a.total + b.total };
}

export function totalsOf(summaries: Iterable<FileSummary>, metrics: Set<MetricName>): Totals {
  const t: Totals = {
    lines: { covered: 0, total: 0 },
    branches: metrics.has('branches') ? { covered: 0, total: 0 } : null,
    statements: metrics.has('statements') ? { covered: 0, total: 0 } : null,
    functions: metrics.has('functions') ? { covered: 0, total: 0 } : null,
    instructions: metrics.has('instructions') ? { covered: 0, total: 0 } : null,
  };
  for (const s of summaries) {
    t.lines = addCounters(t.lines!, s.lines);
    for (const m of ['branches', 'statements', 'functions', 'instructions'] as const) {
      const c = s[m];
      if (t[m] && c) t[m] = addCounters(t[m]!, c);
    }
  }
  return t;
}

/** Unrounded percent, or null when there is nothing to cover. */
export function percent(c: Counter | null | undefined): number | null {
  if (!c || c.total === 0) return null;
  return (c.covered / c.total) * 100;
}

/**
 * Compare a counter's percent with a threshold without rounding either:
 * covered/total >= min/100  <=>  covered*100 >= min*total.
 */
export function meets(c: Counter, minPercent: number): boolean {
  if (c.total === 0) return true;
  return c.covered * 100 >= minPercent * c.total;
}
