/**
 * Test reports read from disk, recognised by their content (JUnit XML, or `go test -json`
 * output), streamed in chunks so a 50 MB report never sits in memory whole.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { ConfigurationError, FileFormatError } from '@quality/kit/errors';
import { GoTestJsonReader } from './go-json.js';
import { JestJsonReader } from './jest-json.js';
import { junitResults } from './junit.js';
import type { TestResult } from './model.js';
import type { PathContext } from './paths.js';
import { ResultCollector, type TestReport } from './results.js';

export type ReportFormat = 'junit' | 'go-json' | 'jest-json';

/** The format, from the first bytes (after a BOM and blanks); undefined when neither. */
export function sniffFormat(head: string): ReportFormat | undefined {
  const t = head.replace(/^\uFEFF/, '').trimStart();
  if (t.startsWith('<')) return 'junit';
  if (t.startsWith('{') && /^\{[^\n]*"Action"\s*:/.test(t)) return 'go-json';
  if (t.startsWith('{') && /"num(Total|Failed|Passed)Test(s|Suites)"\s*:/.test(t.slice(0, 4096))) return 'jest-json';
  if (t === '') return undefined;
  // go test -json output may start with a plain line (a build failure) before the events.
  if (/^\S[^\n]*\n\s*\{[^\n]*"Action"\s*:/.test(t)) return 'go-json';
  return undefined;
}

/**
 * Read size. One buffer is reused for the whole file (the XML tokenizer and the `go test -json`
 * reader keep no reference to a chunk), read synchronously: a read stream's or a FileHandle's
 * per-chunk promises cost several times the reading itself.
 */
const READ_BYTES = 256 * 1024;

interface Sink {
  write(b: Buffer): void;
  end(): void;
}

/** Feed one report into the collector (or any result callback). */
export async function readReport(
  path: string,
  display: string,
  ctx: PathContext,
  onResult: (r: TestResult) => void,
  onFileTime?: (file: string, seconds: number) => void,
): Promise<void> {
  let sink: Sink | undefined;
  /** Whether the sink keeps the chunks it is given (the read buffer is reused). */
  let keeps = false;
  let head = '';
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.allocUnsafe(READ_BYTES);
    for (;;) {
      const bytesRead = readSync(fd, buf, 0, READ_BYTES, null);
      if (bytesRead === 0) break;
      const chunk = buf.subarray(0, bytesRead);
      if (sink === undefined) {
        head += chunk.toString('utf8', 0, Math.min(chunk.length, 16 * 1024));
        const format = sniffFormat(head);
        if (format === undefined) {
          if (head.trim() === '' && head.length < 16 * 1024) continue;
          throw new FileFormatError(
            display,
            1,
            'is not a test report this step reads.',
            'Give JUnit XML (pytest --junitxml, jest-junit, vitest --reporter=junit, Surefire, go-junit-report, gotestsum), `go test -json` output or `jest --json` output.',
          );
        }
        const opts = { ...ctx, onResult, ...(onFileTime ? { onFileTime } : {}) };
        sink =
          format === 'junit'
            ? junitResults(display, head, opts)
            : format === 'jest-json'
              ? new JestJsonReader(display, opts)
              : new GoTestJsonReader(display, opts);
        keeps = format === 'jest-json';
      }
      sink.write(keeps ? Buffer.from(chunk) : chunk);
    }
  } catch (e) {
    if (e instanceof ConfigurationError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new ConfigurationError(`Test report ${display} does not exist. Check the path, or run the tests first.`);
    if (code === 'EISDIR')
      throw new ConfigurationError(`Test report ${display} is a directory: give the report files.`);
    if (code) throw new ConfigurationError(`Test report ${display} cannot be read (${code}).`);
    throw e;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (sink === undefined) throw new FileFormatError(display, undefined, 'is empty: the test run wrote no results.');
  sink.end();
}

/** Read every report into one TestReport. */
export async function readReports(files: { path: string; display: string }[], ctx: PathContext): Promise<TestReport> {
  const c = new ResultCollector();
  for (const f of files) {
    await readReport(
      f.path,
      f.display,
      ctx,
      (r) => c.add(r),
      (file, s) => c.addFileTime(file, s),
    );
  }
  return c.report();
}
