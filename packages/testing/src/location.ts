/**
 * Where a test failed, read from the failure text when the report gives no line: V8 stack traces
 * (jest), vitest's `❯ file:line:col`, pytest's `path:line: Error` entries and Python tracebacks,
 * Go's `file_test.go:12: message` output, Java's `at pkg.Class.method(File.java:12)`.
 *
 * Tricky rule: the frame in the test's own file wins (the failing assertion or the call into a
 * helper), then the first frame outside dependencies and the runtime; the text is read line by
 * line with anchored patterns only, so a hostile report cannot make this slow.
 */
export interface Frame {
  file: string;
  line: number;
}

const V8 = /^\s*at (?:.*? \()?((?:[A-Za-z]:)?[^\s()]+?):(\d+):\d+\)?\s*$/;
const VITEST = /^\s*❯\s+(?:\S+\s+)?([^\s:]+):(\d+):\d+\s*$/;
const PYTEST_ENTRY = /^([^\s:][^:]*\.py):(\d+): /;
const PY_TRACEBACK = /^\s*File "([^"]+)", line (\d+)/;
const GO = /^\s+([\w.\-]+\.go):(\d+): /;
const JAVA = /^\s*at [\w$.<>/]+\(([\w$.\-]+\.(?:java|kt|scala|groovy)):(\d+)\)\s*$/;
const PATTERNS = [V8, VITEST, PYTEST_ENTRY, PY_TRACEBACK, GO, JAVA];

/** Dependencies and the runtime: never where the user's test failed. */
const LIBRARY =
  /(^|\/)(node_modules|site-packages|dist-packages)\/|^node:|^internal\/|^<|\/usr\/lib\/python|\/lib\/python\d/;

/** Lines longer than this are not frames (and are not searched). */
const MAX_LINE = 2000;

/** The frame one line of text names, if any. */
function frameOf(raw: string): Frame | undefined {
  if (raw.length > MAX_LINE) return undefined;
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  for (const re of PATTERNS) {
    const m = re.exec(line);
    if (m === null) continue;
    const n = Number(m[2]);
    return Number.isSafeInteger(n) && n > 0 ? { file: m[1]!.replace(/\\/g, '/'), line: n } : undefined;
  }
  return undefined;
}

export function framesOf(text: string): Frame[] {
  const out: Frame[] = [];
  for (const raw of text.split('\n')) {
    const f = frameOf(raw);
    if (f !== undefined) out.push(f);
  }
  return out;
}

/**
 * `pickFrame(framesOf(text), testFile)`, reading only as far as it must: it stops at the first
 * frame in `testFile` (usually the first frame of the trace).
 */
export function locate(text: string, testFile?: string): Frame | undefined {
  let fallback: Frame | undefined;
  for (let start = 0; start <= text.length;) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = text.length;
    const f = nl - start > MAX_LINE ? undefined : frameOf(text.slice(start, nl));
    if (f !== undefined) {
      if (testFile !== undefined && samePath(f.file, testFile)) return f;
      if (fallback === undefined && !LIBRARY.test(f.file)) {
        if (testFile === undefined) return f;
        fallback = f;
      }
    }
    start = nl + 1;
  }
  return fallback;
}

/** `a` and `b` name the same file: equal, or one ends with '/' + the other. */
export function samePath(a: string, b: string): boolean {
  if (a === b) return true;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.endsWith(short) && long.charCodeAt(long.length - short.length - 1) === 47;
}

/**
 * The frame to annotate: the first in `testFile` (a path as the report wrote it, or a repository
 * path: matched by '/'-suffix), else the first outside libraries, else none.
 */
export function pickFrame(frames: readonly Frame[], testFile?: string): Frame | undefined {
  if (testFile !== undefined) {
    const f = frames.find((fr) => samePath(fr.file, testFile));
    if (f) return f;
  }
  return frames.find((fr) => !LIBRARY.test(fr.file));
}
