/**
 * Test timings from earlier runs, in the formats CI already produces:
 *
 * - JUnit XML (jest-junit, pytest `--junitxml`, go-junit-report, ...). A `file` attribute on
 *   `<testcase>` or `<testsuite>` is used when present; pytest's xunit2 family omits it, so the
 *   dotted `classname` (`tests.test_api.TestX`) is kept and matched to a file later.
 * - `go test -json` output: the package-level pass/fail events carry the package's elapsed time.
 * - pytest-split's `.test_durations`: a JSON object `{ "tests/test_a.py::test_x": 0.12 }` (also what
 *   actions/test writes: `{ "path/to/file": seconds }`).
 * - A timing history (timing-history.ts): each unit at the median of its last runs.
 *
 * Every record says where its time belongs; matching records to the files of a project is
 * done by `matchTimings`.
 */
import { readJUnit } from '@quality/kit/junit';
import { FileFormatError } from '@quality/kit/errors';
import {
  DEFAULT_KEEP,
  historyRecords,
  isTimingHistory,
  mergeTimingHistory,
  parseTimingHistory,
  serializeTimingHistory,
  type TimingHistory,
} from './timing-history.js';

export interface TimingRecord {
  /** A path as written in the report (absolute, repository- or project-relative). */
  path?: string;
  /** A dotted Python class name, when no path is known. */
  classname?: string;
  /** A Go package import path (`go test -json`). */
  goPackage?: string;
  seconds: number;
}

/** JUnit XML through kit's shared streaming reader: linear time, typed errors only. */
export function parseJUnit(text: string, file: string): TimingRecord[] {
  const out: TimingRecord[] = [];
  readJUnit(text, file, {
    testcase(c) {
      const inner = c.suites[c.suites.length - 1];
      const path =
        c.file ?? (inner !== undefined && /\.[a-z]+$/i.test(inner) && /[/\\]/.test(inner) ? inner : undefined);
      if (path) out.push({ path, seconds: c.seconds });
      else if (c.classname) out.push({ classname: c.classname, seconds: c.seconds });
    },
    // A suite with a file but no test cases still says how long the file took.
    suite(s) {
      if (s.cases === 0 && s.file) out.push({ path: s.file, seconds: s.seconds });
    },
  });
  return out;
}

export function parseGoTestJson(text: string, file: string): TimingRecord[] {
  const out: TimingRecord[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line.startsWith('{')) continue;
    let ev: { Action?: string; Package?: string; Test?: string; Elapsed?: number };
    try {
      ev = JSON.parse(line);
    } catch {
      throw new FileFormatError(file, i + 1, 'is not a line of `go test -json` output.');
    }
    if (
      ev.Test === undefined &&
      ev.Package &&
      (ev.Action === 'pass' || ev.Action === 'fail') &&
      typeof ev.Elapsed === 'number'
    ) {
      out.push({ goPackage: ev.Package, seconds: ev.Elapsed });
    }
  }
  return out;
}

export function parseTestDurations(text: string, file: string): TimingRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new FileFormatError(file, undefined, `is not valid JSON (${(e as Error).message}).`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new FileFormatError(
      file,
      undefined,
      'is not a pytest-split durations file: expected an object of test id to seconds.',
    );
  }
  const out: TimingRecord[] = [];
  for (const [id, s] of Object.entries(data)) {
    if (typeof s !== 'number') continue;
    out.push({ path: id.split('::')[0]!, seconds: s });
  }
  return out;
}

/** Reads any supported timing file, recognised by its content. */
export function parseTimingFile(text: string, file: string): TimingRecord[] {
  const t = text.trimStart();
  if (isTimingHistory(t)) return historyRecords(parseTimingHistory(t, file));
  if (t.startsWith('<')) return parseJUnit(t, file);
  if (t.startsWith('{') && /"Action"\s*:/.test(t.slice(0, 400)) && /\n\s*\{/.test(t)) return parseGoTestJson(t, file);
  if (t.startsWith('{')) {
    const firstLine = t.split('\n', 1)[0]!;
    if (/"Action"\s*:/.test(firstLine)) return parseGoTestJson(t, file);
    return parseTestDurations(t, file);
  }
  if (t === '') return [];
  throw new FileFormatError(
    file,
    1,
    'is not a timing file this action reads.',
    'Give JUnit XML, `go test -json` output, or a pytest-split .test_durations file.',
  );
}

export interface TimingIndex {
  /** Seconds per project-relative test unit (file, or `./pkg` for Go). */
  seconds: Map<string, number>;
  /** Records that matched no unit of this project. */
  unmatched: number;
}

function normalise(p: string): string {
  let out = p.includes('\\') ? p.replace(/\\/g, '/') : p;
  if (out.startsWith('./')) out = out.slice(2);
  return out.includes('//') ? out.replace(/\/{2,}/g, '/') : out;
}

/** `a` equals `b`, or ends with `/` + `b`. */
function endsWithPath(a: string, b: string): boolean {
  if (a.length === b.length) return a === b;
  return a.length > b.length && a.charCodeAt(a.length - b.length - 1) === 47 && a.endsWith(b);
}

/**
 * Attributes timing records to the test units of one project.
 *
 * `units` are project-relative paths (`src/a.test.ts`, `tests/test_a.py`, Go: `./pkg/x`);
 * `projectDir` is the project's directory relative to the repository root; `goModule` the
 * module path from go.mod. A report path matches a unit when one is a '/'-boundary suffix of
 * the other (reports may hold absolute, repository-relative or project-relative paths).
 */
export function matchTimings(
  records: TimingRecord[],
  units: string[],
  projectDir: string,
  goModule?: string,
): TimingIndex {
  interface Unit {
    unit: string;
    rel: string;
    full: string;
  }
  const byBase = new Map<string, Unit[]>();
  for (const u of units) {
    // Go's root package `.` is the project directory itself (actions/test times it under that path).
    const rel = u === '.' ? '' : u.startsWith('./') ? u.slice(2) : u;
    const full = rel === '' ? projectDir : projectDir === '.' ? rel : `${projectDir}/${rel}`;
    const base = full.slice(full.lastIndexOf('/') + 1);
    const list = byBase.get(base);
    const entry = { unit: u, rel, full };
    if (list) list.push(entry);
    else byBase.set(base, [entry]);
  }
  const seconds = new Map<string, number>();
  let unmatched = 0;
  const add = (u: string, s: number) => seconds.set(u, (seconds.get(u) ?? 0) + s);

  const findPath = (raw: string): string | undefined => {
    const p = normalise(raw);
    const base = p.slice(p.lastIndexOf('/') + 1);
    const list = byBase.get(base);
    if (list === undefined) return undefined;
    let best: string | undefined;
    let bestLen = -1;
    for (const u of list) {
      // The report path ends with the repository-relative path or the project-relative one,
      // or is itself a tail of the repository-relative path. The longest match wins.
      for (const cand of u.full === u.rel || u.rel === '' ? [u.full] : [u.full, u.rel]) {
        if ((endsWithPath(p, cand) || endsWithPath(cand, p)) && cand.length > bestLen) {
          best = u.unit;
          bestLen = cand.length;
        }
      }
    }
    return best;
  };

  for (const r of records) {
    let unit: string | undefined;
    if (r.path !== undefined) unit = findPath(r.path);
    else if (r.classname !== undefined) {
      const parts = r.classname.split('.');
      for (let n = parts.length; n >= 1 && !unit; n--) unit = findPath(`${parts.slice(0, n).join('/')}.py`);
    } else if (r.goPackage !== undefined && goModule !== undefined) {
      const pkg =
        r.goPackage === goModule
          ? '.'
          : r.goPackage.startsWith(`${goModule}/`)
            ? `./${r.goPackage.slice(goModule.length + 1)}`
            : undefined;
      if (pkg !== undefined && units.includes(pkg)) unit = pkg;
    }
    if (unit !== undefined) add(unit, r.seconds);
    else unmatched++;
  }
  return { seconds, unmatched };
}

/**
 * The save step of the timing cache, pure: the previous history (its text, undefined on the first
 * save or when it cannot be read) plus this run's timing files gives the new history's text.
 * Files that cannot be read are skipped with a warning; a history from an earlier run given as a
 * timing file is not a sample of this run and is skipped too.
 */
export function updateTimingHistory(
  previous: string | undefined,
  files: readonly { name: string; text: string }[],
  opts: { keep?: number; warnings?: string[] } = {},
): string {
  let prev: TimingHistory | undefined;
  if (previous !== undefined) {
    try {
      prev = parseTimingHistory(previous, 'timing history');
    } catch (e) {
      opts.warnings?.push(`The stored timing history could not be read (${(e as Error).message}); starting a new one.`);
    }
  }
  const records: TimingRecord[] = [];
  for (const f of files) {
    if (isTimingHistory(f.text)) {
      opts.warnings?.push(`${f.name} is a timing history, not this run's timings: skipped.`);
      continue;
    }
    try {
      for (const t of parseTimingFile(f.text, f.name)) records.push(t);
    } catch (e) {
      opts.warnings?.push(`${(e as Error).message} Skipped.`);
    }
  }
  return serializeTimingHistory(mergeTimingHistory(prev, records, opts.keep ?? prev?.keep ?? DEFAULT_KEEP));
}
