/**
 * The one JUnit XML reader (pytest xunit1/xunit2, jest-junit, vitest, Maven Surefire,
 * go-junit-report, gotestsum), streamed through kit's XML tokenizer: linear time, and memory
 * bounded by the largest single test case, since each `<testcase>` is handed to the caller when
 * it closes. The test engine reads results from it, the matrix engine reads timings.
 *
 * Tricky rule: the outcome is the first child that decides it, in the order error > failure >
 * skipped (a pytest test that fails and then errors in teardown is errored); Surefire's
 * `flakyFailure`/`flakyError` (failed, then passed on rerun) leave the test passed and set `flaky`.
 */
import { FileFormatError } from './errors.js';
import { XmlTokenizer, type XmlAttributes } from './xml.js';
import { own } from './lookup.js';

export type JUnitOutcome = 'passed' | 'failed' | 'errored' | 'skipped';

export interface JUnitCase {
  name: string;
  classname?: string;
  /** The case's `file` attribute, else the enclosing suite's. */
  file?: string;
  /** The `line` attribute as written (pytest xunit1 writes it 0-based). */
  line?: number;
  /** Names of the enclosing suites, outermost first (shared by the cases of a suite: do not modify). */
  suites: readonly string[];
  seconds: number;
  outcome: JUnitOutcome;
  /** `message` attribute of the deciding child. */
  message?: string;
  /** `type` attribute of the deciding child (`pytest.xfail`, `AssertionError`...). */
  type?: string;
  /** Text of the deciding child (a stack trace or traceback), at most `MAX_DETAIL_CHARS`. */
  details?: string;
  /** Surefire: failed, then passed on a rerun. */
  flaky?: boolean;
}

export interface JUnitSuite {
  name?: string;
  file?: string;
  seconds: number;
  /** Test cases directly inside it. */
  cases: number;
}

export interface JUnitHandler {
  testcase(c: JUnitCase): void;
  /** Called when a `<testsuite>` closes (inner ones first). */
  suite?(s: JUnitSuite): void;
}

/** Longer failure texts are cut: the first frames locate a failure, the rest is noise. */
export const MAX_DETAIL_CHARS = 16 * 1024;

/** Seconds from a `time` attribute: '1,234.5' (some producers group digits) reads as 1234.5. */
export function junitSeconds(value: string | undefined): number {
  if (value === undefined) return 0;
  const n = Number(value.includes(',') ? value.replace(/,/g, '') : value);
  return Number.isFinite(n) && n >= 0 ? n : 0;
}

/** `junitSeconds` of the `time` attribute, read from the bytes when it is a plain decimal. */
function seconds(attrs: XmlAttributes): number {
  const n = attrs.num('time');
  if (n === undefined) return 0;
  return Number.isFinite(n) && n >= 0 ? n : junitSeconds(attrs.get('time'));
}

const RANK: Record<JUnitOutcome, number> = { passed: 0, skipped: 1, failed: 2, errored: 3 };
const CHILD: Record<string, JUnitOutcome> = { failure: 'failed', error: 'errored', skipped: 'skipped' };

interface OpenSuite {
  name?: string;
  file?: string;
  seconds: number;
  cases: number;
}

/**
 * A push reader: `write` chunks, then `end`. Errors are FileFormatErrors naming the file and line.
 */
export class JUnitReader {
  private readonly tok: XmlTokenizer;
  private readonly suites: OpenSuite[] = [];
  private current: JUnitCase | undefined;
  /** The child element whose text is being captured, and its text so far. */
  private capturing: string | undefined;
  private captured = '';
  private capturingFor: 'decider' | 'flaky' | undefined;
  private root = true;
  /** The last test case's file (its string is reused while the next cases name the same file). */
  private lastFile: string | undefined;
  /** The open suites' names, rebuilt only when a suite opens or closes. */
  private suiteNames: string[] | undefined = [];

  constructor(
    readonly file: string,
    private readonly handler: JUnitHandler,
  ) {
    this.tok = new XmlTokenizer(file);
    this.tok.handler = {
      open: (name, attrs, selfClosing) => this.open(name, attrs, selfClosing),
      close: (name) => this.close(name),
      text: (t) => {
        this.captured += t;
        // Enough kept: the rest of the text is skipped by the tokenizer, not decoded.
        if (this.captured.length >= MAX_DETAIL_CHARS) this.tok.captureText = false;
      },
    };
  }

  write(chunk: Buffer): void {
    try {
      this.tok.write(chunk);
    } catch (e) {
      throw retitle(e);
    }
  }

  end(): void {
    try {
      this.tok.end();
    } catch (e) {
      throw retitle(e);
    }
  }

  private open(name: string, attrs: XmlAttributes, selfClosing: boolean): void {
    if (this.root) {
      this.root = false;
      if (name !== 'testsuites' && name !== 'testsuite') {
        this.tok.fail(
          `is not a JUnit XML report: its root element is <${name.slice(0, 40)}>, not <testsuites> or <testsuite>.`,
        );
      }
    }
    if (name === 'testsuite') {
      const suite: OpenSuite = { seconds: seconds(attrs), cases: 0 };
      const n = attrs.get('name');
      const f = attrs.get('file') ?? attrs.get('filepath');
      if (n !== undefined) suite.name = n;
      if (f !== undefined) suite.file = f;
      if (selfClosing) this.handler.suite?.({ ...suite });
      else {
        this.suites.push(suite);
        this.suiteNames = undefined;
      }
      return;
    }
    if (name === 'testcase') {
      const parent = this.suites[this.suites.length - 1];
      if (parent) parent.cases++;
      const name = attrs.get('name') ?? '';
      const c: JUnitCase = {
        name,
        suites: (this.suiteNames ??= this.suites.flatMap((s) => (s.name === undefined ? [] : [s.name]))),
        seconds: seconds(attrs),
        outcome: 'passed',
      };
      // Often the same text as the name, and the file is the previous case's: the same strings.
      const classname = attrs.getReusing('classname', name);
      if (classname !== undefined) c.classname = classname;
      const file =
        attrs.getReusing('file', this.lastFile) ?? attrs.getReusing('filepath', this.lastFile) ?? this.innermostFile();
      if (file !== undefined) c.file = this.lastFile = file;
      const line = attrs.num('line');
      if (line !== undefined && Number.isSafeInteger(line) && line >= 0) c.line = line;
      if (selfClosing) this.handler.testcase(c);
      else this.current = c;
      return;
    }
    const c = this.current;
    // The tokenizer has pushed this element already unless it is self-closing.
    const path = this.tok.path;
    if (c === undefined || path[path.length - (selfClosing ? 1 : 2)] !== 'testcase') return;
    const outcome = own(CHILD, name);
    if (outcome !== undefined) {
      const decides = RANK[outcome] > RANK[c.outcome];
      if (decides) {
        c.outcome = outcome;
        const message = attrs.get('message');
        const type = attrs.get('type');
        if (message !== undefined) c.message = message;
        else delete c.message;
        if (type !== undefined) c.type = type;
        else delete c.type;
        delete c.details;
      }
      if (!selfClosing && decides) this.startCapture(name, 'decider');
      return;
    }
    if (name === 'flakyFailure' || name === 'flakyError') {
      c.flaky = true;
      if (c.message === undefined) {
        const message = attrs.get('message');
        if (message !== undefined) c.message = message;
        if (!selfClosing) this.startCapture(name, 'flaky');
      }
    }
  }

  private startCapture(name: string, role: 'decider' | 'flaky'): void {
    this.capturing = name;
    this.capturingFor = role;
    this.captured = '';
    this.tok.captureText = true;
  }

  private innermostFile(): string | undefined {
    for (let i = this.suites.length - 1; i >= 0; i--) {
      const f = this.suites[i]!.file;
      if (f !== undefined) return f;
    }
    return undefined;
  }

  private close(name: string): void {
    if (this.capturing !== undefined && name === this.capturing) {
      const c = this.current;
      const text = this.captured.length > MAX_DETAIL_CHARS ? this.captured.slice(0, MAX_DETAIL_CHARS) : this.captured;
      if (c !== undefined && text.trim() !== '' && (this.capturingFor === 'decider' || c.details === undefined)) {
        c.details = text;
      }
      this.capturing = undefined;
      this.capturingFor = undefined;
      this.captured = '';
      this.tok.captureText = false;
      return;
    }
    if (name === 'testcase' && this.current !== undefined) {
      const c = this.current;
      this.current = undefined;
      this.handler.testcase(c);
      return;
    }
    if (name === 'testsuite') {
      const s = this.suites.pop();
      this.suiteNames = undefined;
      if (s) this.handler.suite?.(s);
    }
  }
}

/** The tokenizer's hints speak of coverage reports; this is a test report. */
function retitle(e: unknown): unknown {
  if (e instanceof FileFormatError && e.hint && /coverage/.test(e.hint)) {
    const hint = e.hint.replace(/coverage tool/g, 'test runner').replace(/coverage report/g, 'JUnit report');
    return new FileFormatError(e.file, e.line, e.problem, hint);
  }
  return e;
}

/** Read a whole JUnit text or buffer (a convenience over `JUnitReader`). */
export function readJUnit(content: string | Buffer, file: string, handler: JUnitHandler): void {
  const r = new JUnitReader(file, handler);
  r.write(typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
  r.end();
}
