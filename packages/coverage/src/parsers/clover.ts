/**
 * Clover XML (istanbul/jest, PHPUnit, OpenClover).
 *
 * `<coverage [clover="x"]>` > `<project>` > `<package>`* > `<file name path>` > `<line num type count truecount falsecount>`.
 * File path: `path` (istanbul, OpenClover: absolute) else `name` (PHPUnit before 10 writes only name
 * with the full path). Kept raw.
 *
 * Two dialects of `type="cond"` lines, told apart per line:
 * - istanbul writes `count` on every line and uses truecount/falsecount for the number of
 *   branches of that line covered / not covered (a `switch` line can have 5): branches =
 *   (truecount, truecount + falsecount). Its `<metrics statements>` is istanbul's *line*
 *   count, so a cond line is also a statement and a line.
 * - OpenClover (no `count` on cond lines) means "times the condition was true / false":
 *   2 branches, covered = (truecount > 0) + (falsecount > 0). A cond line is not a
 *   statement there (Clover's statements count `stmt` elements only); it is a line
 *   (executable), hit when truecount + falsecount > 0.
 * - `type="stmt"`: a line and a statement. `type="method"`: a function (name, or signature,
 *   @ line), not a line and not a statement (Clover counts methods apart from statements).
 *
 * Each file's `<metrics statements coveredstatements conditionals coveredconditionals methods
 * coveredmethods>` are the tool's numbers; when the `<line>` elements of that file add up to
 * something else a warning says so (PHPUnit, for one, writes a method's first line as
 * type="method" only, although it counted it as an executable line).
 *
 * Metrics: lines, statements, branches; functions from method lines, or for a file without
 * any (istanbul's clover reporter writes none) from its `<metrics methods coveredmethods>`:
 * that many anonymous functions at line 0, the first `coveredmethods` of them hit. For
 * istanbul there is no statements metric: its `<metrics statements>` and `<line>` elements
 * are istanbul LINES (jest prints 18/29 lines and 18/31 statements for the same run, and the
 * clover file says statements="29"), so they are read as lines only.
 * Producer: no `clover` attribute -> phpunit; clover="3.2.0" with istanbul-style lines -> istanbul;
 * otherwise openclover (with its version).
 */
import type { Parser } from '../input.js';
import { releaseParseState, emptyReport, fileOf } from '../model/index.js';
import { COUNT_RULE, LINE_NUMBER_RULE, MAX_BRANCH_TOTAL, MAX_FILE_METHODS, isCount, isLineNumber } from './limits.js';
import type { CoverageReport, FileCoverage } from '../model/index.js';
import { tokenize } from '@quality/kit/xml';
import type { XmlAttributes, XmlHandler, XmlTokenizer } from '@quality/kit/xml';

interface Tally {
  statements: number;
  coveredstatements: number;
  conditionals: number;
  coveredconditionals: number;
  methods: number;
  coveredmethods: number;
}

const zero = (): Tally => ({
  statements: 0,
  coveredstatements: 0,
  conditionals: 0,
  coveredconditionals: 0,
  methods: 0,
  coveredmethods: 0,
});

class CloverHandler implements XmlHandler {
  readonly report: CoverageReport = emptyReport('clover', { name: 'openclover' });
  private depth = 0;
  private file: FileCoverage | null = null;
  private fileDepth = -1;
  private seen = new Map<number, number>();
  private tally = zero();
  private declared: Tally | null = null;
  private cloverVersion: string | undefined;
  private istanbulLines = 0;
  private cloverLines = 0;
  private sawMethods = false;
  /** Some file's functions came from its <metrics methods coveredmethods> (no method lines). */
  private methodsFromMetrics = false;
  private sawProject = false;
  /** Branches istanbul counted in <metrics> but wrote on no <line>. */
  private istanbulDropped = 0;
  /** Count-only branches so far (istanbul-style cond lines): their total must stay exact. */
  private branches = 0;

  constructor(private readonly tok: XmlTokenizer) {
    this.report.metrics.add('statements');
    this.report.metrics.add('branches');
  }

  private int(a: XmlAttributes, name: string): number {
    const v = a.decimal(name);
    if (v === undefined) return 0;
    if (!isCount(v))
      this.tok.fail(
        `attribute ${name}="${a.get(name) ?? ''}": expected ${COUNT_RULE}.`,
        'The Clover report is malformed; regenerate it.',
      );
    return v;
  }

  open(name: string, a: XmlAttributes): void {
    const depth = this.depth++;
    if (name === 'line') {
      const f = this.file;
      if (!f) return;
      const num = a.decimal('num');
      if (!isLineNumber(num))
        this.tok.fail(`<line> has num="${a.get('num') ?? ''}": expected a line number (${LINE_NUMBER_RULE}).`);
      const type = a.get('type');
      const t = this.tally;
      if (type === 'stmt') {
        const count = this.int(a, 'count');
        f.lines.add(num, count);
        this.statement(f, num, count);
        t.statements++;
        if (count > 0) t.coveredstatements++;
      } else if (type === 'cond') {
        const tc = this.int(a, 'truecount');
        const fc = this.int(a, 'falsecount');
        if (a.has('count')) {
          // istanbul: truecount/falsecount are the line's covered/uncovered branches (OpenClover: evaluations).
          this.branches += tc + fc;
          if (this.branches > MAX_BRANCH_TOTAL)
            this.tok.fail(
              `the branches counted up to <line num="${num}"> (truecount="${tc}" falsecount="${fc}") add up to more than ${MAX_BRANCH_TOTAL}.`,
              'The Clover report is corrupt; regenerate it.',
            );
          this.istanbulLines++;
          const count = this.int(a, 'count');
          f.lines.add(num, count);
          this.statement(f, num, count);
          t.statements++;
          if (count > 0) t.coveredstatements++;
          f.addBranchCounts(num, tc, tc + fc);
          t.conditionals += tc + fc;
          t.coveredconditionals += tc;
        } else {
          this.cloverLines++;
          const covered = (tc > 0 ? 1 : 0) + (fc > 0 ? 1 : 0);
          f.lines.add(num, tc + fc);
          f.addBranchCounts(num, covered, 2);
          t.conditionals += 2;
          t.coveredconditionals += covered;
        }
      } else if (type === 'method') {
        const count = this.int(a, 'count');
        const fname = a.get('name') ?? a.get('signature') ?? '';
        this.sawMethods = true;
        f.addFunction(`${fname}@${num}`, { name: fname, line: num, hits: count });
        t.methods++;
        if (count > 0) t.coveredmethods++;
      } else {
        this.tok.fail(`<line num="${num}"> has type="${type ?? ''}": expected stmt, cond or method.`);
      }
      return;
    }
    switch (name) {
      case 'file': {
        const path = a.get('path') || a.get('name');
        if (!path) this.tok.fail('<file> has neither a path nor a name attribute.');
        this.file = fileOf(this.report, path);
        this.fileDepth = depth;
        this.seen.clear();
        this.tally = zero();
        this.declared = null;
        return;
      }
      case 'metrics':
        if (this.file && depth === this.fileDepth + 1) {
          const d = zero();
          for (const k of Object.keys(d) as (keyof Tally)[]) d[k] = this.int(a, k);
          this.declared = d;
        }
        return;
      case 'project':
      case 'testproject':
        if (depth === 1) this.sawProject = true;
        return;
      case 'coverage':
        if (depth === 0) this.cloverVersion = a.get('clover');
        return;
      default:
        if (depth === 0) this.tok.fail(`the root element is <${name}>, not <coverage>: this is not a Clover report.`);
        if (depth === 1 && (name === 'packages' || name === 'sources'))
          this.tok.fail(
            'this is a Cobertura report (<coverage><packages>), read as Clover.',
            "Set the report's format to cobertura, or leave it to auto-detection.",
          );
    }
  }

  /** Statements keyed by line, and line#k for the k-th one on the same line of one <file>. */
  private statement(f: FileCoverage, line: number, hits: number): void {
    const k = (this.seen.get(line) ?? 0) + 1;
    this.seen.set(line, k);
    f.addStatement(k === 1 ? String(line) : `${line}#${k}`, { line, endLine: line, n: 1, hits });
  }

  /** A file's functions known only as counts: `methods` anonymous functions, `coveredmethods` of them hit. */
  private functionsFromMetrics(f: FileCoverage, d: Tally): void {
    if (d.coveredmethods > d.methods)
      this.tok.fail(
        `<metrics> of ${f.path} has coveredmethods="${d.coveredmethods}", more than methods="${d.methods}".`,
      );
    if (d.methods > MAX_FILE_METHODS)
      this.tok.fail(
        `<metrics> of ${f.path} has methods="${d.methods}", more than the ${MAX_FILE_METHODS} a file may have.`,
        'The Clover report is corrupt; regenerate it.',
      );
    for (let k = 1; k <= d.methods; k++) {
      const key = `(method ${k})`;
      f.addFunction(key, { name: key, line: 0, hits: k <= d.coveredmethods ? 1 : 0 });
    }
    this.tally.methods = d.methods;
    this.tally.coveredmethods = d.coveredmethods;
    this.methodsFromMetrics = true;
  }

  close(name: string): void {
    this.depth--;
    if (name === 'file' && this.depth === this.fileDepth) {
      const d = this.declared;
      if (d && this.file && this.tally.methods === 0 && d.methods > 0) this.functionsFromMetrics(this.file, d);
      if (d && this.file) {
        const t = this.tally;
        const off = (Object.keys(d) as (keyof Tally)[]).filter(
          (k) => d[k] !== t[k] && !(k.endsWith('methods') && !this.sawMethods),
        );
        if (off.length > 0 && this.istanbulLines > 0 && off.every((k) => k.endsWith('conditionals'))) {
          this.istanbulDropped += d.conditionals - t.conditionals;
        } else if (off.length > 0) {
          this.report.warnings.push(
            `${this.tok.file}: <file> ${this.file.path}: the <line> elements give ${off.map((k) => `${k}=${t[k]}`).join(', ')} but its <metrics> say ${off.map((k) => `${k}=${d[k]}`).join(', ')}.`,
          );
        }
      }
      this.file?.compact();
      this.file = null;
      this.fileDepth = -1;
    }
  }

  finish(): CoverageReport {
    const r = this.report;
    if (!this.sawProject) throw this.tok.fail('no <project> element: this is not a Clover report.');
    if (this.sawMethods || this.methodsFromMetrics) r.metrics.add('functions');
    const v = this.cloverVersion;
    if (v === undefined) r.producer = { name: 'phpunit' };
    else if (v === '3.2.0' && this.cloverLines === 0 && !this.sawMethods) {
      r.producer = { name: 'istanbul' };
      // istanbul's clover `statements` are its LINE counts, not istanbul statements (which
      // clover.xml does not carry): reporting them as statements would contradict jest.
      r.metrics.delete('statements');
      for (const f of r.files.values()) f.statements.clear();
    } else r.producer = { name: 'openclover', version: v };
    if (this.istanbulDropped !== 0) {
      r.warnings.push(
        `${this.tok.file}: the files' <metrics> count ${this.istanbulDropped} branch(es) that no <line> element carries: istanbul's XML reporters drop the branches of lines that have no statement (a default parameter on a function's first line), jest counts them. Use the lcov or coverage-final.json report for exact branch numbers.`,
      );
    }
    releaseParseState(r);
    return r;
  }
}

export const parseClover: Parser = async (chunks, ctx) => {
  let h: CloverHandler | undefined;
  await tokenize(chunks, ctx.name, (tok) => (h = new CloverHandler(tok)));
  return h!.finish();
};
