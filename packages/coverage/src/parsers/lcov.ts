/**
 * lcov tracefile parser (geninfo(1) "TRACEFILE FORMAT", lcov 1.x and 2.x records).
 *
 * Streaming and byte-oriented: chunks are scanned for '\n' with Buffer#indexOf, integers
 * are parsed from the bytes, and strings are only made for file names, function names and
 * branch ids. A line split across chunks is joined; CRLF is accepted.
 *
 * Counting rules (chosen to print what `lcov --summary` prints):
 * - lines: one per distinct DA line of a file; hits of repeated DA records (several TN
 *   sections, concatenated tracefiles, the same SF twice) are summed. LF/LH are ignored
 *   and recomputed.
 * - functions: keyed by name within a file (lcov counts names: two FN records with the
 *   same name are one function, the last FN line wins, FNDA hits are summed). An FNDA
 *   without an FN still counts (lcov 1.16 does the same). lcov 2's FNL/FNA are keyed by
 *   the name, but all FNA aliases of one FNL index are ONE function named after the first
 *   alias, hits summed (lcov 2 counts a location once, hit when any alias ran), so
 *   template instances and constructor aliases (C1/C2) are not counted twice. Names are taken whole (lcov 2); lcov 1.16 cuts
 *   them at the first comma, which only matters for demangled C++ signatures.
 *   `FN:<line>,<end>,<name>` (lcov 2) is read as start and end line when the second field
 *   is all digits, as lcov 2 does. FNF/FNH are ignored.
 * - branches: BRDA:<line>,<block>,<branch>,<taken>. The line is the first field, taken the
 *   last; everything between is the branch id (it may contain commas and spaces, e.g.
 *   coverage.py's "0,jump to line 14"). A branch is identified by (line, id) exactly like
 *   lcov's (line, block, branch): repeated ids are summed, also across sections of the same
 *   file. taken '-' (never evaluated) counts in the total and not as hit. BRF/BRH ignored.
 * - A section without any DA record is dropped (with a warning), as lcov does.
 *
 * Metrics: lines always; functions when FN/FNDA/FNL/FNA or an FNF record appears; branches
 * when BRDA or a BRF record appears (istanbul writes BRF:0 for a file without branches:
 * the metric is then 0/0, not absent).
 *
 * Tolerances (each leaves a warning in `report.warnings`):
 * - a negative count is an error naming the line (lcov 2 refuses it too, unless told to ignore
 *   it): a corrupt counter must not pass as "not run";
 * - counts above MAX_HITS saturate (only zero/non-zero matters for totals); counts above
 *   MAX_COUNT (2^53-1) are an error, and so is DA line 0 (coverage.py's BRDA line 0, an entry
 *   arc, is kept);
 * - a last section without end_of_record (a truncated file) is kept;
 * - a section whose LF differs from its DA line count (coverage.py 6.x lcov) is counted
 *   from the DA lines, like lcov --summary, with a warning that names the difference;
 * - lines that are not records we know (including LF/LH summaries' siblings from future
 *   lcov versions, MCDC) are skipped, as lcov skips them; '#' comments and blank lines too;
 * - a file name that is not valid UTF-8 is read as Latin-1 (so distinct names stay distinct).
 *
 * Errors (FileFormatError with the input line number): no records at all, a NUL byte (a
 * binary or zero-filled file), a line longer than MAX_LCOV_LINE_BYTES, a malformed
 * DA/FN/FNDA/FNL/FNA/BRDA record, a line number above MAX_LINE, coverage records before
 * any SF line.
 *
 * Memory: given `spillDir`, once the files read so far hold more than MODEL_BUDGET_BYTES of
 * tables, each file whose section ends is frozen (FileCoverage.freeze: tables to the spill
 * file, counters kept); a later section of the same file reads it back, adds to it and
 * freezes it again. Numbers are the same either way (tests parse both ways).
 */
import { FileFormatError } from '@quality/kit/errors';
import { MAX_HITS, MAX_LINE, releaseParseState, emptyReport, fileOf } from '../model/index.js';
import { MAX_COUNT } from './limits.js';
import type { CoverageReport, FileCoverage } from '../model/index.js';
import type { Parser } from '../input.js';
import { SpillFile } from '../spill.js';

/**
 * Longest line we accept. Real records are short (the longest are file paths and
 * demangled C++ names, kilobytes at most); a longer line means the input is not a
 * tracefile, and buffering it would only cost memory. 8 MiB keeps the worst case small.
 */
export const MAX_LCOV_LINE_BYTES = 8 * 1024 * 1024;

/**
 * Files read so far may hold this many bytes of tables before finished files are frozen
 * (moved to the spill file until next read, FileCoverage.freeze). Reports of up to about
 * 60 MB of distinct data never get there; a 1 GB tracefile of distinct data would otherwise
 * need about 900 MB (tests/bench/lcov-bench.mjs --copies 1).
 */
export const MODEL_BUDGET_BYTES = 32 * 1024 * 1024;

const C_NL = 10;
const C_CR = 13;
const C_COMMA = 44;
const C_MINUS = 45;
const C_DOT = 46;
const C_0 = 48;
const C_9 = 57;

/** Numeric branch ids: block * NUM_BRANCHES + branch, kept below 2^30 (V8 small integers). */
const NUM_BRANCHES = 1024;
const NUM_BLOCKS = 1 << 20;

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });

const END_OF_RECORD = Buffer.from('end_of_record', 'latin1');

/** Whether buf[s..] starts with `word` (the caller checked the length). */
function startsWith(buf: Buffer, s: number, word: Buffer): boolean {
  for (let i = 0; i < word.length; i++) if (buf[s + i] !== word[i]) return false;
  return true;
}

function show(buf: Buffer, s: number, e: number): string {
  const cut = e - s > 120;
  return JSON.stringify(buf.toString('utf8', s, cut ? s + 120 : e) + (cut ? '…' : ''));
}

class LcovReader {
  readonly report: CoverageReport = emptyReport('lcov');
  private lineNo = 0;
  private pending: Buffer[] = [];
  private pendingLen = 0;

  private file: FileCoverage | null = null;
  private fileLine = 0;
  /**
   * Where the next FN / FNDA record of the section probably is in the file's function table:
   * geninfo lists a section's FNDA records in the order of its FN records, and every copy of a
   * file (other TN sections, merged tracefiles) in the same order. A record whose name bytes
   * equal the key there is applied without making a string or a lookup.
   */
  private fnCursor = 0;

  /**
   * DA and BRDA records of the current section, applied to the file at its end: the tables
   * then grow once to their final size instead of step by step (a new file's arrays would
   * otherwise be reallocated a dozen times). Reused from section to section.
   */
  private daLine: Uint32Array = new Uint32Array(1024);
  private daHits: Uint32Array = new Uint32Array(1024);
  private daN = 0;
  private daMax = 0;
  private brLine: Uint32Array = new Uint32Array(256);
  private brId: Int32Array = new Int32Array(256);
  private brHits: Uint32Array = new Uint32Array(256);
  private brN = 0;
  private fndaCursor = 0;
  private fnlIndex = new Map<number, { line: number; end: number | undefined; key?: string }>();

  /** Branch ids that are not gcov's "<block>,<branch>" numbers, as negative ints (-1, -2, ...). */
  private textIds = new Map<string, number>();

  private sawFunctions = false;
  private sawBranches = false;
  private records = 0;
  private unknown = 0;
  private unknownAt = 0;
  private unknownText = '';
  private latin1Names = 0;
  private unterminated = 0;
  private sectionLF = NaN;
  private sectionDA = 0;
  private lfMismatch = 0;
  private lfMismatchText = '';

  /** Index after the last number parsed. */
  private p = 0;

  /** Bytes each file's tables held when its last section ended, and their sum (for freezeAbove). */
  private held = new Map<FileCoverage, number>();
  private heldBytes = 0;

  private spill: SpillFile | undefined;
  private spillDir: string | undefined;
  private readonly freezeAbove: number;

  constructor(
    private readonly name: string,
    opts: { spillDir?: string; freezeAboveBytes?: number } = {},
  ) {
    this.spillDir = opts.spillDir;
    this.freezeAbove = opts.freezeAboveBytes ?? MODEL_BUDGET_BYTES;
  }

  /**
   * A section of `f` is complete: compact it and, once the files read so far hold more than
   * the budget (and there is a spill folder), freeze it (it thaws if a later section of the
   * same file comes).
   */
  private done(f: FileCoverage): void {
    f.compact();
    const before = this.held.get(f) ?? 0;
    let size = f.byteSize();
    if (this.spillDir !== undefined && this.heldBytes + size - before > this.freezeAbove) {
      try {
        if (f.freeze((this.spill ??= new SpillFile(this.spillDir)))) size = f.byteSize();
      } catch (e) {
        this.warn(
          `could not use a spill file in ${this.spillDir} (${e instanceof Error ? e.message : String(e)}): the rest of the report is held in memory, which may need more than 300 MB for a report this large`,
        );
        this.spillDir = undefined;
      }
    }
    this.heldBytes += size - before;
    this.held.set(f, size);
  }

  push(chunk: Buffer): void {
    const nul = chunk.indexOf(0);
    if (nul !== -1) this.nulError(chunk, nul);
    let pos = 0;
    if (this.pendingLen > 0) {
      const nl = chunk.indexOf(C_NL);
      if (nl === -1) {
        this.pending.push(chunk);
        this.pendingLen += chunk.length;
        if (this.pendingLen > MAX_LCOV_LINE_BYTES) this.tooLong();
        return;
      }
      if (this.pendingLen + nl > MAX_LCOV_LINE_BYTES) this.tooLong();
      this.pending.push(chunk.subarray(0, nl));
      const joined = Buffer.concat(this.pending, this.pendingLen + nl);
      this.pending = [];
      this.pendingLen = 0;
      this.line(joined, 0, joined.length);
      pos = nl + 1;
    }
    const len = chunk.length;
    for (;;) {
      // Fast path for the most common record, "DA:<line>,<hits>\n" (half the lines of a
      // tracefile): parsed while looking for its end, no indexOf and no dispatch. Anything
      // else (a checksum, a sign, a fraction, a line cut by the chunk end) takes da().
      if (pos + 3 < len && chunk[pos] === 68 && chunk[pos + 1] === 65 && chunk[pos + 2] === 58 && this.file !== null) {
        let i = pos + 3;
        let line = 0;
        let c = 0;
        while (i < len && (c = chunk[i]!) >= C_0 && c <= C_9) {
          line = line * 10 + (c - C_0);
          i++;
        }
        if (i > pos + 3 && c === C_COMMA) {
          let j = i + 1;
          let hits = 0;
          while (j < len && (c = chunk[j]!) >= C_0 && c <= C_9) {
            hits = hits < 1e15 ? hits * 10 + (c - C_0) : Infinity;
            j++;
          }
          if (j > i + 1 && j < len && line !== 0 && line <= MAX_LINE && hits <= MAX_COUNT) {
            // "\n", or "\r\n" (a tracefile written on Windows)
            const end = c === C_NL ? j : c === C_CR && j + 1 < len && chunk[j + 1] === C_NL ? j + 1 : -1;
            if (end !== -1) {
              this.lineNo++;
              this.addDA(line, hits > MAX_HITS ? MAX_HITS : hits);
              pos = end + 1;
              continue;
            }
          }
        }
      }
      const nl = chunk.indexOf(C_NL, pos);
      if (nl === -1) break;
      if (nl - pos > MAX_LCOV_LINE_BYTES) this.tooLong();
      this.line(chunk, pos, nl);
      pos = nl + 1;
    }
    if (pos < len) {
      if (len - pos > MAX_LCOV_LINE_BYTES) this.tooLong();
      this.pending.push(chunk.subarray(pos));
      this.pendingLen = len - pos;
    }
  }

  finish(): CoverageReport {
    if (this.pendingLen > 0) {
      const last = Buffer.concat(this.pending, this.pendingLen);
      this.pending = [];
      this.pendingLen = 0;
      this.line(last, 0, last.length);
    }
    const r = this.report;
    if (this.file) {
      this.flush(this.file);
      this.done(this.file);
      this.warn(
        `the last section (SF at line ${this.fileLine}) has no end_of_record: the file may be truncated; its data was kept`,
      );
      this.file = null;
    }
    if (this.records === 0) {
      throw new FileFormatError(
        this.name,
        undefined,
        'contains no lcov coverage records (no SF: section with DA: lines).',
        'The test run probably wrote no coverage: check that coverage is enabled for the tests that ran.',
      );
    }
    let dropped = 0;
    this.held.clear();
    for (const [path, f] of r.files) {
      if (f.lineCount === 0) {
        r.files.delete(path);
        dropped++;
      }
    }
    if (dropped > 0)
      this.warn(`${dropped} source file section(s) without any DA line were ignored (lcov ignores them too)`);
    if (this.sawFunctions) r.metrics.add('functions');
    if (this.sawBranches) r.metrics.add('branches');
    if (this.unterminated > 0)
      this.warn(`${this.unterminated} section(s) started before the previous one's end_of_record`);
    if (this.lfMismatch > 0) {
      this.warn(
        `${this.lfMismatch} section(s) have an LF (lines found) that differs from their number of DA lines (first: ${this.lfMismatchText}); ` +
          'totals are counted from the DA lines, as lcov --summary does. coverage.py 6.x writes such files (it adds executed lines that are not ' +
          "statements, e.g. docstrings): its own report counts LF; use `coverage xml` to gate on coverage.py's exact numbers",
      );
    }
    if (this.latin1Names > 0) this.warn(`${this.latin1Names} name(s) are not valid UTF-8 and were read as Latin-1`);
    if (this.unknown > 0)
      this.warn(
        `${this.unknown} line(s) that are not lcov records were skipped (first at line ${this.unknownAt}: ${this.unknownText})`,
      );
    this.textIds.clear();
    releaseParseState(r);
    return r;
  }

  // -------------------------------------------------------------------------------

  private warn(msg: string): void {
    this.report.warnings.push(`${this.name}: ${msg}`);
  }

  private nulError(chunk: Buffer, nul: number): never {
    let line = this.lineNo + 1;
    for (let i = chunk.indexOf(C_NL); i !== -1 && i < nul; i = chunk.indexOf(C_NL, i + 1)) line++;
    throw new FileFormatError(
      this.name,
      line,
      'contains a NUL byte: this is a binary file, or the report was cut short and zero-filled while being written.',
      'Regenerate the report, and pass the lcov tracefile (.info), not a .gcda/.profraw file.',
    );
  }

  private tooLong(): never {
    throw new FileFormatError(
      this.name,
      this.lineNo + 1,
      `has a line longer than ${MAX_LCOV_LINE_BYTES / (1024 * 1024)} MiB, which no lcov record is.`,
      'This is not an lcov tracefile, or it is corrupt.',
    );
  }

  private bad(buf: Buffer, s: number, e: number, expected: string): never {
    throw new FileFormatError(this.name, this.lineNo, `malformed record ${show(buf, s, e)}: expected ${expected}.`);
  }

  private needFile(buf: Buffer, s: number, e: number): FileCoverage {
    if (this.file) return this.file;
    throw new FileFormatError(
      this.name,
      this.lineNo,
      `coverage record ${show(buf, s, e)} is outside a source file section (no SF: line before it).`,
      'The tracefile is truncated at the start or was concatenated wrongly.',
    );
  }

  /** Unsigned integer at i; NaN when there is no digit. Sets this.p. */
  private uint(buf: Buffer, i: number, e: number): number {
    let v = 0;
    const start = i;
    while (i < e) {
      const c = buf[i]!;
      if (c < C_0 || c > C_9) break;
      v = v < 1e15 ? v * 10 + (c - C_0) : Infinity;
      i++;
    }
    this.p = i;
    return i === start ? NaN : v > MAX_COUNT ? Infinity : v;
  }

  /** A count: digits, optional fraction (dropped). Negative or beyond MAX_COUNT: an error. */
  private count(buf: Buffer, i: number, e: number): number {
    const neg = i < e && buf[i] === C_MINUS;
    const v = this.uint(buf, neg ? i + 1 : i, e);
    if (Number.isNaN(v)) return NaN;
    if (this.p < e && buf[this.p] === C_DOT) {
      const q = this.p + 1;
      this.uint(buf, q, e);
      if (this.p === q) return NaN;
    }
    if (neg && v !== 0) {
      throw new FileFormatError(
        this.name,
        this.lineNo,
        `the count in ${show(buf, i, e)} is negative: counts are never below 0.`,
        'The report is corrupt (gcov writes negative counters when a multi-threaded program updates them without atomics: build with -fprofile-update=atomic); regenerate it.',
      );
    } else if (v === Infinity) {
      throw new FileFormatError(
        this.name,
        this.lineNo,
        `a count in ${show(buf, i, e)} is larger than ${MAX_COUNT}.`,
        'The report is corrupt; regenerate it.',
      );
    }
    return v > MAX_HITS ? MAX_HITS : v;
  }

  private lineNumber(buf: Buffer, s: number, e: number, v: number): number {
    if (v > MAX_LINE) {
      throw new FileFormatError(
        this.name,
        this.lineNo,
        `line number ${v} in ${show(buf, s, e)} is above ${MAX_LINE}.`,
        'The report is corrupt.',
      );
    }
    return v;
  }

  private text(buf: Buffer, s: number, e: number): string {
    for (let i = s; i < e; i++) {
      if (buf[i]! >= 0x80) {
        try {
          return utf8Fatal.decode(buf.subarray(s, e));
        } catch {
          this.latin1Names++;
          return buf.toString('latin1', s, e);
        }
      }
    }
    return buf.toString('latin1', s, e);
  }

  private line(buf: Buffer, s: number, e: number): void {
    this.lineNo++;
    if (e > s && buf[e - 1] === C_CR) e--;
    // The four records that make up nearly all of a tracefile, in a function small enough to inline.
    if (e - s > 4) {
      const c0 = buf[s]!;
      const c1 = buf[s + 1]!;
      const c2 = buf[s + 2]!;
      if (c0 === 68 && c1 === 65 && c2 === 58) return this.da(buf, s, e);
      if (c0 === 66 && c1 === 82 && c2 === 68 && buf[s + 3] === 65 && buf[s + 4] === 58) return this.brda(buf, s, e);
      if (c0 === 70 && c1 === 78) {
        if (c2 === 58) return this.fn(buf, s, e);
        if (c2 === 68 && buf[s + 3] === 65 && buf[s + 4] === 58) return this.fnda(buf, s, e);
      }
    }
    this.record(buf, s, e);
  }

  /** Any record (line without its '\n' and '\r'). */
  private record(buf: Buffer, s: number, e: number): void {
    if (e === s) return;
    const c0 = buf[s]!;
    const c1 = e - s > 1 ? buf[s + 1]! : 0;
    const c2 = e - s > 2 ? buf[s + 2]! : 0;
    // D A :
    if (c0 === 68 && c1 === 65 && c2 === 58) return this.da(buf, s, e);
    // B R D A :
    if (c0 === 66 && c1 === 82 && c2 === 68 && e - s > 4 && buf[s + 3] === 65 && buf[s + 4] === 58)
      return this.brda(buf, s, e);
    if (c0 === 70 && c1 === 78) {
      // F N
      if (c2 === 58) return this.fn(buf, s, e);
      const c3 = e - s > 3 ? buf[s + 3] : 0;
      if (c2 === 68 && c3 === 65 && e - s > 4 && buf[s + 4] === 58) return this.fnda(buf, s, e);
      if (c2 === 76 && c3 === 58) return this.fnl(buf, s, e);
      if (c2 === 65 && c3 === 58) return this.fna(buf, s, e);
      if ((c2 === 70 || c2 === 72) && c3 === 58) {
        // FNF, FNH: ignored, but FNF says the tool measured functions (FNF:0 included)
        if (c2 === 70) this.sawFunctions = true;
        return;
      }
    }
    // S F :  (K F : is lcov's spelling for a file kept by --keep)
    if ((c0 === 83 || c0 === 75) && c1 === 70 && c2 === 58) return this.sf(buf, s, e);
    if (c0 === 101 && e - s >= 13 && startsWith(buf, s, END_OF_RECORD)) return this.endOfRecord();
    // LF LH BRF BRH TN VER: summaries and metadata we recompute or do not need
    if (c0 === 76 && c1 === 70 && c2 === 58) {
      this.sectionLF = this.uint(buf, s + 3, e);
      return;
    }
    if (c0 === 76 && c1 === 72 && c2 === 58) return;
    if (c0 === 66 && c1 === 82 && (c2 === 70 || c2 === 72) && e - s > 3 && buf[s + 3] === 58) {
      if (c2 === 70) this.sawBranches = true; // BRF (even BRF:0): the tool measured branches
      return;
    }
    if (c0 === 84 && c1 === 78 && c2 === 58) return;
    if (c0 === 86 && c1 === 69 && c2 === 82 && e - s > 3 && buf[s + 3] === 58) return;
    if (c0 === 35) return; // '#' comment
    if (this.unknown++ === 0) {
      this.unknownAt = this.lineNo;
      this.unknownText = show(buf, s, e);
    }
  }

  /** Apply the section's buffered DA and BRDA records to its file, in record order. */
  private flush(f: FileCoverage): void {
    const n = this.daN;
    if (n > 0) {
      const lines = f.lines;
      lines.reserve(this.daMax);
      const dl = this.daLine;
      const dh = this.daHits;
      for (let i = 0; i < n; i++) lines.add(dl[i]!, dh[i]!);
      this.daN = 0;
      this.daMax = 0;
    }
    const k = this.brN;
    if (k > 0) {
      const br = f.branches;
      if (br.size === 0) br.reserve(k);
      const bl = this.brLine;
      const bi = this.brId;
      const bh = this.brHits;
      for (let i = 0; i < k; i++) br.addById(bl[i]!, bi[i]!, bh[i]!);
      this.brN = 0;
    }
  }

  private sf(buf: Buffer, s: number, e: number): void {
    if (this.file) {
      this.flush(this.file);
      this.done(this.file);
      this.unterminated++;
    }
    const path = this.text(buf, s + 3, e);
    if (path === '') throw new FileFormatError(this.name, this.lineNo, 'SF: record without a file name.');
    this.file = fileOf(this.report, path);
    this.fileLine = this.lineNo;
    this.fnCursor = 0;
    this.fndaCursor = 0;
    this.fnlIndex.clear();
    this.sectionLF = NaN;
    this.sectionDA = 0;
  }

  private endOfRecord(): void {
    const lf = this.sectionLF;
    if (this.file && !Number.isNaN(lf) && lf !== this.sectionDA && this.lfMismatch++ === 0) {
      this.lfMismatchText = `${this.file.path}: LF:${lf} but ${this.sectionDA} DA lines`;
    }
    this.sectionLF = NaN;
    this.sectionDA = 0;
    if (this.file) {
      this.flush(this.file);
      this.done(this.file);
    }
    this.file = null;
    this.fnlIndex.clear();
  }

  /** A DA record the fast path in push() did not take (checksum, sign, fraction, cut by a chunk end, malformed). */
  private da(buf: Buffer, s: number, e: number): void {
    if (this.file === null) this.needFile(buf, s, e);
    const line = this.uint(buf, s + 3, e);
    let i = this.p;
    if (Number.isNaN(line) || i >= e || buf[i] !== C_COMMA) this.bad(buf, s, e, '"DA:<line>,<hits>[,<checksum>]"');
    const hits = this.count(buf, i + 1, e);
    i = this.p;
    if (Number.isNaN(hits) || (i < e && buf[i] !== C_COMMA)) this.bad(buf, s, e, '"DA:<line>,<hits>[,<checksum>]"');
    if (line === 0)
      throw new FileFormatError(
        this.name,
        this.lineNo,
        `DA record ${show(buf, s, e)} names line 0: line numbers start at 1.`,
        'The report is corrupt; regenerate it.',
      );
    this.addDA(this.lineNumber(buf, s, e, line), hits);
  }

  /** Buffer one DA record of the current section (line checked, hits clamped). */
  private addDA(line: number, hits: number): void {
    let n = this.daN;
    if (n === this.daLine.length) {
      this.daLine = growScratch(this.daLine);
      this.daHits = growScratch(this.daHits);
    }
    this.daLine[n] = line;
    this.daHits[n] = hits;
    this.daN = ++n;
    if (line > this.daMax) this.daMax = line;
    this.records++;
    this.sectionDA++;
  }

  private brda(buf: Buffer, s: number, e: number): void {
    this.needFile(buf, s, e);
    const line = this.uint(buf, s + 5, e);
    const first = this.p;
    let last = e - 1;
    while (last > first && buf[last] !== C_COMMA) last--;
    if (Number.isNaN(line) || first >= e || buf[first] !== C_COMMA || last <= first + 1) {
      this.bad(buf, s, e, '"BRDA:<line>,<block>,<branch>,<taken>"');
    }
    let hits: number;
    if (last + 2 === e && buf[last + 1] === C_MINUS) hits = 0;
    else {
      hits = this.count(buf, last + 1, e);
      if (Number.isNaN(hits) || this.p !== e)
        this.bad(buf, s, e, '"BRDA:<line>,<block>,<branch>,<taken>" with taken a number or "-"');
    }
    this.lineNumber(buf, s, e, line);
    // gcov's "<block>,<branch>" (small integers) becomes a number >= 0, anything else an interned negative id.
    let id = -1;
    const block = this.uint(buf, first + 1, last);
    if (!Number.isNaN(block) && block < NUM_BLOCKS && buf[this.p] === C_COMMA) {
      const branch = this.uint(buf, this.p + 1, last);
      if (!Number.isNaN(branch) && this.p === last && branch < NUM_BRANCHES) id = block * NUM_BRANCHES + branch;
    }
    if (id === -1) {
      const text = buf.toString('latin1', first + 1, last);
      id = this.textIds.get(text) ?? 0;
      if (id === 0) {
        id = -(this.textIds.size + 1);
        this.textIds.set(text, id);
      }
    }
    const n = this.brN;
    if (n === this.brLine.length) {
      this.brLine = growScratch(this.brLine);
      this.brId = growScratch(this.brId);
      this.brHits = growScratch(this.brHits);
    }
    this.brLine[n] = line;
    this.brId[n] = id;
    this.brHits[n] = hits;
    this.brN = n + 1;
    this.sawBranches = true;
  }

  /** FN:<line>,[<end>,]<name> */
  private fn(buf: Buffer, s: number, e: number): void {
    const f = this.needFile(buf, s, e);
    const line = this.uint(buf, s + 3, e);
    let i = this.p;
    if (Number.isNaN(line) || i >= e || buf[i] !== C_COMMA) this.bad(buf, s, e, '"FN:<line>,[<end line>,]<name>"');
    let end: number | undefined;
    const maybeEnd = this.uint(buf, i + 1, e);
    if (!Number.isNaN(maybeEnd) && this.p < e && buf[this.p] === C_COMMA && this.p + 1 < e) {
      end = this.lineNumber(buf, s, e, maybeEnd);
      i = this.p;
    }
    if (i + 1 >= e) this.bad(buf, s, e, '"FN:<line>,[<end line>,]<name>"');
    const c = this.fnCursor;
    const fns = f.functions;
    if (fns.keyEquals(c, buf, i + 1, e)) {
      fns.locate(c, this.lineNumber(buf, s, e, line), end);
      this.sawFunctions = true;
      this.fnCursor = c + 1;
      return;
    }
    const at = fns.findBytes(buf, i + 1, e);
    if (at >= 0) {
      fns.locate(at, this.lineNumber(buf, s, e, line), end);
      this.sawFunctions = true;
      this.fnCursor = at + 1;
      return;
    }
    if (at === -1) {
      this.fnCursor = fns.addBytes(buf, i + 1, e, this.lineNumber(buf, s, e, line), end, 0) + 1;
      this.sawFunctions = true;
      return;
    }
    const name = this.text(buf, i + 1, e);
    this.fnCursor = this.defineFunction(f, name, this.lineNumber(buf, s, e, line), end) + 1;
  }

  /** Returns the function's index. */
  private defineFunction(f: FileCoverage, name: string, line: number, end: number | undefined): number {
    let i = f.functions.indexOf(name);
    if (i !== -1) {
      f.functions.locate(i, line, end);
    } else {
      i = f.functions.addNew(name, end === undefined ? { name, line, hits: 0 } : { name, line, endLine: end, hits: 0 });
    }
    this.sawFunctions = true;
    return i;
  }

  /** FNDA:<hits>,<name> */
  private fnda(buf: Buffer, s: number, e: number): void {
    const f = this.needFile(buf, s, e);
    let hits = 0;
    let i = s + 5;
    let ch = 0;
    while (i < e && (ch = buf[i]!) >= C_0 && ch <= C_9) {
      if (hits < 1e15) hits = hits * 10 + (ch - C_0);
      i++;
    }
    if (i === s + 5 || ch !== C_COMMA) {
      // not plain digits and a comma: a sign or a fraction (count() reads them), or malformed
      hits = this.count(buf, s + 5, e);
      i = this.p;
    } else if (hits > MAX_HITS) hits = MAX_HITS;
    if (Number.isNaN(hits) || i + 1 >= e || buf[i] !== C_COMMA) this.bad(buf, s, e, '"FNDA:<hits>,<name>"');
    this.sawFunctions = true;
    const c = this.fndaCursor;
    const fns = f.functions;
    if (fns.keyEquals(c, buf, i + 1, e)) {
      fns.addHits(c, hits);
      this.fndaCursor = c + 1;
      return;
    }
    const at = fns.findBytes(buf, i + 1, e);
    if (at >= 0) {
      fns.addHits(at, hits);
      this.fndaCursor = at + 1;
      return;
    }
    if (at === -1) {
      this.fndaCursor = fns.addBytes(buf, i + 1, e, 0, undefined, hits) + 1;
      return;
    }
    const name = this.text(buf, i + 1, e);
    this.fndaCursor = fns.add(name, { name, line: 0, hits }) + 1;
  }

  /** FNL:<index>,<line>[,<end>] (lcov 2.2) */
  private fnl(buf: Buffer, s: number, e: number): void {
    this.needFile(buf, s, e);
    const idx = this.uint(buf, s + 4, e);
    let i = this.p;
    if (Number.isNaN(idx) || i >= e || buf[i] !== C_COMMA) this.bad(buf, s, e, '"FNL:<index>,<line>[,<end line>]"');
    const line = this.uint(buf, i + 1, e);
    i = this.p;
    let end: number | undefined;
    if (!Number.isNaN(line) && i < e && buf[i] === C_COMMA) {
      end = this.uint(buf, i + 1, e);
      i = this.p;
      if (Number.isNaN(end)) i = -1;
    }
    if (Number.isNaN(line) || i !== e) this.bad(buf, s, e, '"FNL:<index>,<line>[,<end line>]"');
    this.fnlIndex.set(idx, {
      line: this.lineNumber(buf, s, e, line),
      end: end === undefined ? undefined : this.lineNumber(buf, s, e, end),
    });
    this.sawFunctions = true;
  }

  /** FNA:<index>,<hits>,<name> (lcov 2.2) */
  private fna(buf: Buffer, s: number, e: number): void {
    const f = this.needFile(buf, s, e);
    const idx = this.uint(buf, s + 4, e);
    let i = this.p;
    if (Number.isNaN(idx) || i >= e || buf[i] !== C_COMMA) this.bad(buf, s, e, '"FNA:<index>,<hits>,<name>"');
    const hits = this.count(buf, i + 1, e);
    i = this.p;
    if (Number.isNaN(hits) || i + 1 >= e || buf[i] !== C_COMMA) this.bad(buf, s, e, '"FNA:<index>,<hits>,<name>"');
    const loc = this.fnlIndex.get(idx);
    if (!loc) {
      throw new FileFormatError(
        this.name,
        this.lineNo,
        `FNA record ${show(buf, s, e)} names function index ${idx}, which no FNL record of this section defines.`,
      );
    }
    const name = this.text(buf, i + 1, e);
    // Aliases of one index are one function (lcov 2 counts locations): the first alias names it.
    const key = (loc.key ??= name);
    if (key === name) this.defineFunction(f, name, loc.line, loc.end);
    f.addFunction(key, { name: key, line: loc.line, hits });
  }
}

function growScratch(a: Uint32Array): Uint32Array;
function growScratch(a: Int32Array): Int32Array;
function growScratch(a: Uint32Array | Int32Array): Uint32Array | Int32Array {
  const next = a instanceof Int32Array ? new Int32Array(a.length * 2) : new Uint32Array(a.length * 2);
  next.set(a);
  return next;
}

/** Parse an lcov tracefile. See the module comment for the counting rules and tolerances. */
export const parseLcov: Parser = async (chunks, ctx) => {
  const r = new LcovReader(ctx.name, ctx);
  for await (const c of chunks) r.push(c);
  return r.finish();
};

export function parseLcovBuffer(
  buf: Buffer | string,
  name = '<memory>',
  opts: { spillDir?: string; freezeAboveBytes?: number } = {},
): CoverageReport {
  const r = new LcovReader(name, opts);
  r.push(typeof buf === 'string' ? Buffer.from(buf, 'utf8') : buf);
  return r.finish();
}
