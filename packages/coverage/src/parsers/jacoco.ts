/**
 * JaCoCo XML: `<report>` > `<group>`* > `<package name="com/x">` > `<class>` / `<sourcefile>`.
 *
 * Rules (JaCoCo's own counter definitions):
 * - Path = package name + '/' + sourcefile name (raw; `src/main/java` roots are resolved elsewhere).
 * - `<sourcefile><line nr mi ci mb cb>`: a line is executable when mi+ci > 0 and covered when
 *   ci > 0 (JaCoCo's LINE counter). Branches: addBranchCounts(nr, cb, mb+cb). Instructions:
 *   addInstructions(nr, ci, mi+ci).
 * - Methods: `<class name sourcefilename><method name desc line><counter type="METHOD">`:
 *   covered when the METHOD counter has covered=1. Keyed class+name+desc, because anonymous
 *   and inner classes of one source file repeat `<init>()V` and friends.
 * - `<counter>` elements are never used for numbers (the tests check that the sums of
 *   `<line>`/`<method>` equal them).
 * Metrics: lines, branches, instructions, functions.
 */
import type { Parser } from '../input.js';
import { releaseParseState, emptyReport, fileOf } from '../model/index.js';
import { COUNT_RULE, LINE_NUMBER_RULE, MAX_BRANCH_TOTAL, MAX_COUNT, isCount, isLineNumber } from './limits.js';
import type { CoverageReport, FileCoverage } from '../model/index.js';
import { tokenize } from '@quality/kit/xml';
import type { XmlAttributes, XmlHandler, XmlTokenizer } from '@quality/kit/xml';

class JacocoHandler implements XmlHandler {
  readonly report: CoverageReport = emptyReport('jacoco', { name: 'jacoco' });
  private depth = 0;
  private pkg: string | null = null;
  private file: FileCoverage | null = null;
  private cls: { name: string; sourcefile: string | undefined } | null = null;
  /** Classes without debug information (javac -g:none): JaCoCo counts them, no line holds them. */
  private noDebug = { classes: 0, instructions: 0, first: '' };
  private method: { key: string; name: string; line: number; covered: number | undefined } | null = null;
  /** Instructions so far (their total must stay exact). */
  private instructions = 0;
  /** Branches so far (likewise). */
  private branches = 0;

  constructor(private readonly tok: XmlTokenizer) {
    for (const m of ['branches', 'instructions', 'functions'] as const) this.report.metrics.add(m);
  }

  private count(a: XmlAttributes, name: string, required: boolean): number {
    const v = a.decimal(name);
    if (v === undefined && !required) return 0;
    if (!isCount(v)) {
      this.tok.fail(
        `attribute ${name}="${a.get(name) ?? ''}": expected ${COUNT_RULE}.`,
        'The JaCoCo report is malformed; regenerate it.',
      );
    }
    return v;
  }

  open(name: string, a: XmlAttributes): void {
    const depth = this.depth++;
    switch (name) {
      case 'line': {
        const f = this.file;
        if (!f) return;
        const nr = a.decimal('nr');
        if (!isLineNumber(nr))
          this.tok.fail(
            `<line> has nr="${a.get('nr') ?? ''}": expected a line number (${LINE_NUMBER_RULE}).`,
            'The JaCoCo report is malformed; regenerate it.',
          );
        const mi = this.count(a, 'mi', false);
        const ci = this.count(a, 'ci', false);
        const mb = this.count(a, 'mb', false);
        const cb = this.count(a, 'cb', false);
        this.branches += mb + cb;
        if (this.branches > MAX_BRANCH_TOTAL)
          this.tok.fail(
            `the branches counted up to <line nr="${nr}"> (mb="${mb}" cb="${cb}") add up to more than ${MAX_BRANCH_TOTAL}.`,
            'The JaCoCo report is corrupt; regenerate it.',
          );
        this.instructions += mi + ci;
        if (this.instructions > MAX_COUNT)
          this.tok.fail(
            `the instructions counted up to <line nr="${nr}"> add up to more than ${MAX_COUNT}.`,
            'The JaCoCo report is corrupt; regenerate it.',
          );
        if (mi + ci > 0) {
          f.lines.add(nr, ci > 0 ? 1 : 0);
          f.addInstructions(nr, ci, mi + ci);
        }
        if (mb + cb > 0) f.addBranchCounts(nr, cb, mb + cb);
        return;
      }
      case 'counter':
        if (this.method && a.get('type') === 'METHOD') this.method.covered = this.count(a, 'covered', true);
        else if (!this.method && this.cls?.sourcefile === undefined && this.cls && a.get('type') === 'INSTRUCTION') {
          this.noDebug.classes++;
          this.noDebug.instructions = Math.min(
            Number.MAX_SAFE_INTEGER,
            this.noDebug.instructions + this.count(a, 'missed', false) + this.count(a, 'covered', false),
          );
          this.noDebug.first ||= this.cls.name;
        }
        return;
      case 'method':
        if (this.cls) {
          const mname = a.get('name') ?? '';
          const desc = a.get('desc') ?? '';
          const line = a.num('line');
          this.method = {
            key: `${this.cls.name}.${mname}${desc}`,
            name: mname,
            line: line !== undefined && Number.isInteger(line) && line >= 0 ? line : 0,
            covered: undefined,
          };
        }
        return;
      case 'class':
        this.cls = { name: a.get('name') ?? '', sourcefile: a.get('sourcefilename') };
        return;
      case 'sourcefile':
        if (this.pkg === null) this.tok.fail('<sourcefile> outside a <package>.');
        this.file = fileOf(
          this.report,
          this.pathOf(a.get('name') ?? this.tok.fail('<sourcefile> has no name attribute.')),
        );
        return;
      case 'package':
        this.pkg = a.get('name') ?? '';
        return;
      case 'report':
        if (depth !== 0) this.tok.fail('<report> nested in another element.');
        return;
      default:
        if (depth === 0) this.tok.fail(`the root element is <${name}>, not <report>: this is not a JaCoCo XML report.`);
    }
  }

  private pathOf(sourcefile: string): string {
    return this.pkg ? `${this.pkg}/${sourcefile}` : sourcefile;
  }

  close(name: string): void {
    this.depth--;
    switch (name) {
      case 'method': {
        const m = this.method;
        this.method = null;
        const c = this.cls;
        if (!m || !c) return;
        // Classes without debug info have no sourcefilename; their methods have nowhere to go.
        if (c.sourcefile === undefined) return;
        const f = fileOf(this.report, this.pathOf(c.sourcefile));
        f.addFunction(m.key, { name: m.name, line: m.line, hits: m.covered ?? 0 });
        return;
      }
      case 'class':
        this.cls = null;
        return;
      case 'sourcefile':
        this.file?.compact();
        this.file = null;
        return;
      case 'package':
        this.pkg = null;
        return;
    }
  }

  finish(): CoverageReport {
    releaseParseState(this.report);
    const n = this.noDebug;
    if (n.classes > 0)
      this.report.warnings.push(
        `${n.classes} class${n.classes === 1 ? '' : 'es'} (${n.first}${n.classes > 1 ? ', ...' : ''}) compiled without debug information (javac -g:none): JaCoCo counts their ${n.instructions} instructions, but without source files or line numbers they are left out of every figure here. Compile with debug information (-g, the Gradle and Maven default).`,
      );
    return this.report;
  }
}

export const parseJacoco: Parser = async (chunks, ctx) => {
  let h: JacocoHandler | undefined;
  await tokenize(chunks, ctx.name, (tok) => (h = new JacocoHandler(tok)));
  return h!.finish();
};
