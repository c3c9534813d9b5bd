/**
 * JUnit XML from any common producer turned into TestResults, through kit's streaming reader.
 * The producer (pytest, jest-junit, vitest, gotestsum/go-junit-report, Surefire) is recognised
 * from the report's head; it decides the test's name, its file and how a location is read.
 *
 * Tricky rule: pytest xunit1's `line` is 0-based and is the test's `def`, so it is only the
 * fallback: the traceback's entry in the test's file (the failing assertion) comes first.
 */
import { JUnitReader, type JUnitCase } from '@quality/kit/junit';
import { framesOf, locate } from './location.js';
import type { Producer, TestResult } from './model.js';
import { cachedRepoPath, goPackageDir, repoPath, type PathContext } from './paths.js';

/** The producer, from the first bytes of a report. */
export function sniffProducer(head: string): Producer {
  if (/<testsuites[^>]*\bname="jest tests"/.test(head)) return 'jest';
  if (/<testsuites[^>]*\bname="vitest tests"/.test(head)) return 'vitest';
  if (/<testsuite\b[^>]*\bname="pytest"/.test(head)) return 'pytest';
  if (/name="go\.version"/.test(head)) return 'go';
  if (/surefire|name="java\.(version|vendor|home)"/.test(head)) return 'surefire';
  return 'junit';
}

/** xunit2 has no file: `tests.test_api.TestX` → `tests/test_api.py` (modules are the parts before a class). */
function pythonFile(classname: string): string {
  const parts = classname.split('.');
  const mods: string[] = [];
  for (const p of parts) {
    if (/^[A-Z]/.test(p) && mods.length > 0) break;
    mods.push(p);
  }
  return `${mods.join('/')}.py`;
}

function pytestName(c: JUnitCase, file: string | undefined): string {
  const cls = c.classname ?? '';
  if (file === undefined) return cls ? `${cls}::${c.name}` : c.name;
  const mod = file.replace(/\.py$/, '').replace(/\//g, '.');
  // classname = module path (relative to rootdir, maybe with a package prefix) + class names.
  const at = cls.lastIndexOf(mod.slice(mod.lastIndexOf('.') + 1));
  const rest = at === -1 ? '' : cls.slice(at + mod.slice(mod.lastIndexOf('.') + 1).length).replace(/^\./, '');
  return [file, ...(rest ? rest.split('.') : []), c.name].join('::');
}

export interface ReadOptions extends PathContext {
  /** Report the case; called for every test case in document order. */
  onResult(r: TestResult): void;
  /** A suite's time for a file (suites with a file and no cases). */
  onFileTime?(file: string, seconds: number): void;
}

/** The failures and errors the root `<testsuites>` element declares, when it does. */
function declaredProblems(head: string): number | undefined {
  const root = /<testsuites\b[^>]*>/.exec(head)?.[0];
  if (root === undefined) return undefined;
  const n = (attr: string) => {
    const m = new RegExp(`\\s${attr}="(\\d{1,9})"`).exec(root);
    return m ? Number(m[1]) : 0;
  };
  return n('failures') + n('errors');
}

/**
 * A streaming JUnit reader that yields TestResults. `head` is the report's first bytes (for the
 * producer). When the root declares more failures and errors than its test cases show (gotestsum
 * leaves a package that did not build out of its cases but counts it in `errors`), the difference
 * is one errored result: never a pass for what was not measured.
 */
export function junitResults(file: string, head: string, opts: ReadOptions): { write(b: Buffer): void; end(): void } {
  const producer = sniffProducer(head);
  const declared = declaredProblems(head);
  let seen = 0;
  const place = cachedRepoPath(opts);
  const reader = new JUnitReader(file, {
    testcase: (c) => {
      const r = toResult(c, producer, opts, place);
      if (r.outcome === 'failed' || r.outcome === 'errored') seen++;
      opts.onResult(r);
    },
    suite: (s) => {
      if (producer === 'go' && s.name !== undefined) {
        const dir = goPackageDir(s.name, opts.goModule);
        const p = dir === undefined ? undefined : repoPath(dir, opts);
        if (p !== undefined) opts.onFileTime?.(p, s.seconds);
        return;
      }
      if (s.cases === 0 && s.file !== undefined) {
        const p = repoPath(s.file, opts);
        if (p !== undefined) opts.onFileTime?.(p, s.seconds);
      }
    },
  });
  return {
    write: (b) => reader.write(b),
    end: () => {
      reader.end();
      if (declared !== undefined && declared > seen) {
        const missing = declared - seen;
        opts.onResult({
          producer,
          name: file,
          seconds: 0,
          outcome: 'errored',
          message: `${file} declares ${missing} more failure${missing === 1 ? '' : 's'} or error${missing === 1 ? '' : 's'} than its test cases show (a package or suite that did not build or load?): see the test run's log.`,
        });
      }
    },
  };
}

export function toResult(
  c: JUnitCase,
  producer: Producer,
  ctx: PathContext,
  place: (p: string) => string | undefined = (p) => repoPath(p, ctx),
): TestResult {
  let rawFile = c.file;
  if (rawFile === undefined && producer === 'vitest') rawFile = c.classname ?? c.suites[c.suites.length - 1];
  if (rawFile === undefined && producer === 'pytest' && c.classname) rawFile = pythonFile(c.classname);
  let name: string;
  if (producer === 'pytest') name = pytestName(c, rawFile);
  else if (producer === 'go' || producer === 'jest' || producer === 'vitest') name = c.name.trim();
  else name = c.classname && c.classname !== c.name ? `${c.classname}.${c.name}` : c.name;

  const r: TestResult = { producer, name, seconds: c.seconds, outcome: c.outcome };
  const goDir = producer === 'go' && c.classname ? goPackageDir(c.classname, ctx.goModule) : undefined;
  if (producer === 'go') {
    if (c.classname) r.suite = c.classname;
  } else if (c.classname && producer !== 'jest' && producer !== 'vitest' && producer !== 'pytest')
    r.suite = c.classname;
  const file = rawFile === undefined ? undefined : place(rawFile);
  if (file !== undefined) r.file = file;
  if (c.message !== undefined) r.message = c.message;
  if (c.details !== undefined) r.details = c.details;
  if (c.flaky) r.flaky = true;

  if (c.outcome === 'failed' || c.outcome === 'errored') {
    const text = producer === 'go' ? `${c.details ?? ''}\n${c.message ?? ''}` : (c.details ?? '');
    const javaClass =
      rawFile === undefined && c.classname && /^[\w$]+(\.[\w$]+)+$/.test(c.classname) ? c.classname : undefined;
    if (javaClass !== undefined) {
      // A JVM frame names only `CalcTest.java`: the test class's frame, placed by the Maven layout
      // when such a file exists (never guessed).
      const frames = framesOf(text);
      const simple = javaClass.slice(javaClass.lastIndexOf('.') + 1).replace(/\$.*$/, '');
      const frame = frames.find((f) => f.file === `${simple}.java` || f.file === `${simple}.kt`);
      const pkgDir = javaClass.slice(0, javaClass.lastIndexOf('.')).replace(/\./g, '/');
      for (const src of frame ? ['src/test/java', 'src/test/kotlin', 'src/test/scala'] : []) {
        const p = repoPath(`${src}/${pkgDir}/${frame!.file}`, ctx);
        if (p !== undefined && ctx.exists?.(p)) {
          r.location = { path: p, line: frame!.line };
          break;
        }
      }
    } else {
      const frame = locate(text, rawFile);
      if (frame) {
        const base = producer === 'go' && goDir !== undefined && !frame.file.includes('/') ? goDir : undefined;
        const p = place(base !== undefined ? `${base}/${frame.file}` : frame.file);
        if (p !== undefined) r.location = { path: p, line: frame.line };
      }
    }
    if (r.location === undefined && file !== undefined && c.line !== undefined) {
      // pytest xunit1 writes the 0-based line of the test's def.
      const line = producer === 'pytest' ? c.line + 1 : c.line;
      if (line > 0) r.location = { path: file, line };
    }
  }
  return r;
}
