/**
 * Jest's own JSON results (`jest --json --outputFile=FILE`, what `quality test` switches on: it is
 * built into jest, needs no reporter package, and keeps todo apart from passed, which jest-junit
 * does not). A test file that could not run (a syntax error, a failing import) is one errored result.
 *
 * Tricky rule: the document is one JSON value, parsed whole: its size is capped (MAX_BYTES).
 */
import { FileFormatError } from '@quality/kit/errors';
import { framesOf, pickFrame } from './location.js';
import type { Outcome, TestResult } from './model.js';
import { repoPath, type PathContext } from './paths.js';
import { own } from '@quality/kit/lookup';

export const MAX_JEST_JSON_BYTES = 512 * 1024 * 1024;

interface Assertion {
  ancestorTitles?: unknown;
  title?: unknown;
  fullName?: unknown;
  status?: unknown;
  duration?: unknown;
  failureMessages?: unknown;
  location?: { line?: unknown } | null;
}
interface FileResult {
  name?: unknown;
  status?: unknown;
  message?: unknown;
  assertionResults?: unknown;
  startTime?: unknown;
  endTime?: unknown;
}

const STATUS: Record<string, Outcome> = {
  passed: 'passed',
  failed: 'failed',
  pending: 'skipped',
  skipped: 'skipped',
  todo: 'skipped',
  disabled: 'skipped',
  focused: 'passed',
};

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const ansi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

export interface JestReadOptions extends PathContext {
  onResult(r: TestResult): void;
  onFileTime?(file: string, seconds: number): void;
}

export class JestJsonReader {
  private parts: Buffer[] = [];
  private bytes = 0;

  constructor(
    readonly file: string,
    private readonly opts: JestReadOptions,
  ) {}

  write(chunk: Buffer): void {
    this.bytes += chunk.length;
    if (this.bytes > MAX_JEST_JSON_BYTES) {
      throw new FileFormatError(
        this.file,
        undefined,
        'is larger than 512 MiB: too large a jest JSON report to read whole.',
      );
    }
    this.parts.push(chunk);
  }

  end(): void {
    let doc: { testResults?: unknown };
    try {
      doc = JSON.parse(Buffer.concat(this.parts, this.bytes).toString('utf8')) as typeof doc;
    } catch (e) {
      throw new FileFormatError(this.file, undefined, `is not valid JSON (${(e as Error).message}).`);
    }
    this.parts = [];
    if (!doc || typeof doc !== 'object' || !Array.isArray(doc.testResults)) {
      throw new FileFormatError(this.file, undefined, 'is not jest --json output: it has no testResults array.');
    }
    for (const fr of doc.testResults as FileResult[]) this.fileResult(fr);
  }

  private fileResult(fr: FileResult): void {
    const abs = str(fr.name) ?? '';
    const file = repoPath(abs, this.opts);
    const assertions = Array.isArray(fr.assertionResults) ? (fr.assertionResults as Assertion[]) : [];
    if (typeof fr.startTime === 'number' && typeof fr.endTime === 'number' && file !== undefined) {
      this.opts.onFileTime?.(file, Math.max(0, fr.endTime - fr.startTime) / 1000);
    }
    if (assertions.length === 0 && fr.status === 'failed') {
      this.fileErrored(fr, abs, file, 'the test file failed to run');
      return;
    }
    let failed = false;
    for (const a of assertions) {
      const status = str(a.status) ?? '';
      // A status jest does not write is not a pass: the test is counted, as errored, saying why.
      const outcome = own(STATUS, status) ?? 'errored';
      if (outcome === 'failed' || outcome === 'errored') failed = true;
      const name = str(a.fullName) ?? str(a.title) ?? '';
      const r: TestResult = {
        producer: 'jest',
        name,
        seconds: typeof a.duration === 'number' && a.duration >= 0 ? a.duration / 1000 : 0,
        outcome,
      };
      if (file !== undefined) r.file = file;
      if (own(STATUS, status) === undefined)
        r.message = `jest reported the status ${JSON.stringify(status.slice(0, 40))}, which is not one of ${Object.keys(STATUS).join(', ')}.`;
      if (outcome === 'failed') {
        const text = Array.isArray(a.failureMessages)
          ? ansi(a.failureMessages.filter((m) => typeof m === 'string').join('\n'))
          : '';
        if (text) r.details = text.length > 16384 ? text.slice(0, 16384) : text;
        const frame = pickFrame(framesOf(text), abs);
        const loc = frame ? repoPath(frame.file, this.opts) : undefined;
        if (frame && loc) r.location = { path: loc, line: frame.line };
        else if (file && typeof a.location?.line === 'number' && a.location.line > 0) {
          r.location = { path: file, line: a.location.line };
        }
      }
      this.opts.onResult(r);
    }
    // A file jest failed although none of its tests did (a hook that threw, a leak it detected).
    if (fr.status === 'failed' && !failed)
      this.fileErrored(fr, abs, file, 'jest failed the test file although none of its tests failed');
  }

  /** The file as one errored entry, with jest's message and where its stack points. */
  private fileErrored(fr: FileResult, abs: string, file: string | undefined, fallback: string): void {
    const message = ansi(str(fr.message) ?? '').trim();
    const frame = pickFrame(framesOf(message), abs);
    const loc = frame ? repoPath(frame.file, this.opts) : undefined;
    this.opts.onResult({
      producer: 'jest',
      name: file ?? abs,
      ...(file ? { file } : {}),
      seconds: 0,
      outcome: 'errored',
      message: message || fallback,
      ...(loc && frame ? { location: { path: loc, line: frame.line } } : {}),
    });
  }
}
