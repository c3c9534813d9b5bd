/**
 * Fuzz the readers of untrusted text outside the report parsers (issue 12): the diff parser (a
 * fork's patch comes from the API) and the baseline reader (a cache entry or a data branch).
 * Each input is read or refused with a FileFormatError, never another error, within a time
 * bound; what is read holds its invariants (added lines ascending, unique, positive; the same
 * result whatever the chunking; baseline counts safe integers with covered <= total).
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { FileFormatError } from '@quality/kit/errors';
import { parseDiff, parseDiffStream } from '../../../packages/coverage/src/diff.js';
import { parseBaseline } from '../../../packages/coverage/src/gate/baseline.js';

const RUNS = 1500;
const MS_PER_INPUT = 500;

const DIFF = [
  'diff --git a/src/a.ts b/src/a.ts',
  'index 1111111..2222222 100644',
  '--- a/src/a.ts',
  '+++ b/src/a.ts',
  '@@ -1,4 +1,5 @@',
  ' one',
  '-two',
  '+TWO',
  '+two and a half',
  ' three',
  ' four',
  '@@ -20 +21,2 @@ function x() {',
  '-old',
  '+new1',
  '+new2',
  'diff --git "a/sp ace.py" "b/sp ace.py"',
  'similarity index 90%',
  'rename from sp ace.py',
  'rename to "sp ace.py"',
  '--- /dev/null',
  '+++ "b/sp ace.py"',
  '@@ -0,0 +1,2 @@',
  '+x = 1',
  '+\\ No newline at end of file',
  '',
].join('\n');

const BASELINE = JSON.stringify({
  schema: 1,
  commit: 'a'.repeat(40),
  commitTime: 1700000000,
  branch: 'main',
  createdAt: '2026-01-01T00:00:00Z',
  writer: 'quality 0.1.0',
  totals: {
    lines: { covered: 8, total: 10 },
    branches: { covered: 1, total: 2 },
    statements: null,
    functions: null,
    instructions: null,
  },
  headline: { metric: 'lines', covered: 8, total: 10 },
  files: { 'src/a.ts': [8, 10] },
});

const HOSTILE = [
  '99999999999999999999',
  '9007199254740993',
  '1e400',
  '1e300',
  '-1',
  '0',
  '2.5',
  '@@ -1 +1 @@',
  '@@@ -1 +1 @@@',
  '@@ -0,0 +4294967296,1 @@',
  'diff --cc a',
  '\n+',
  '\n-',
  '\n ',
  '\\ No newline',
  '"',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  'null',
  '\r\n',
  '\0',
  '\uffff',
];

const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 6 })),
  }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    len: fc.integer({ min: 1, max: 8 }),
    text: fc.constantFrom(...HOSTILE),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 20 }) }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at: fc.nat(),
    len: fc.integer({ min: 1, max: 60 }),
    times: fc.integer({ min: 2, max: 300 }),
  }),
);

type Edit = { kind: string; at: number; len?: number; text?: string; times?: number };

function mutate(seed: string, edits: Edit[]): string {
  let s = seed;
  for (const e of edits) {
    const at = e.at % (s.length + 1);
    if (e.kind === 'insert') s = s.slice(0, at) + e.text + s.slice(at);
    else if (e.kind === 'replace') s = s.slice(0, at) + e.text + s.slice(at + e.len!);
    else if (e.kind === 'delete') s = s.slice(0, at) + s.slice(at + e.len!);
    else s = s.slice(0, at) + s.slice(at, at + e.len!).repeat(e.times!) + s.slice(at);
  }
  return s;
}

/** The result, or the FileFormatError's message; anything else is thrown. */
function attempt<T>(f: () => T): T | string {
  try {
    return f();
  } catch (e) {
    if (e instanceof FileFormatError) return `refused: ${e.message}`;
    throw e;
  }
}

async function attemptAsync<T>(f: () => Promise<T>): Promise<T | string> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof FileFormatError) return `refused: ${e.message}`;
    throw e;
  }
}

async function* chunked(text: string, size: number): AsyncGenerator<Buffer> {
  const b = Buffer.from(text, 'utf8');
  for (let i = 0; i < b.length; i += size) yield b.subarray(i, i + size);
}

describe('untrusted text outside the report parsers: only typed errors, bounded time, invariants', () => {
  it('parseDiff (whole and streamed in any chunks: the same answer)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 64 }),
        async (edits, size) => {
          const text = mutate(DIFF, edits);
          const t0 = performance.now();
          const whole = attempt(() => parseDiff(text, { name: 'pr.diff' }));
          expect(performance.now() - t0).toBeLessThan(MS_PER_INPUT);
          const streamed = await attemptAsync(() => parseDiffStream(chunked(text, size), { name: 'pr.diff' }));
          expect(streamed).toEqual(whole);
          if (typeof whole === 'string') return;
          for (const f of whole.files) {
            expect(typeof f.path).toBe('string');
            for (let i = 0; i < f.added.length; i++) {
              const l = f.added[i]!;
              if (!(Number.isSafeInteger(l) && l >= 1 && (i === 0 || l > f.added[i - 1]!)))
                throw new Error(`added lines of ${f.path} not ascending positive integers: ${f.added.join(',')}`);
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('parseBaseline', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (edits) => {
        const text = mutate(BASELINE, edits);
        const t0 = performance.now();
        const b = attempt(() => parseBaseline(text, 'baseline.json'));
        expect(performance.now() - t0).toBeLessThan(MS_PER_INPUT);
        if (typeof b === 'string') return;
        const counters = [b.headline, ...Object.values(b.totals).filter((c) => c !== null)];
        for (const c of counters) {
          if (!(Number.isSafeInteger(c!.total) && Number.isSafeInteger(c!.covered) && c!.covered <= c!.total))
            throw new Error(`inexact baseline counter ${JSON.stringify(c)}`);
        }
        for (const [path, [covered, total]] of Object.entries(b.files)) {
          if (!(Number.isSafeInteger(total) && Number.isSafeInteger(covered) && covered >= 0 && covered <= total))
            throw new Error(`inexact baseline file ${path}: ${covered}/${total}`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a baseline count beyond 2^53-1 is refused (it was read as a number that is not exact)', () => {
    const big = BASELINE.replace(
      '"lines":{"covered":8,"total":10}',
      '"lines":{"covered":8,"total":99999999999999999999}',
    );
    expect(big).not.toBe(BASELINE);
    expect(() => parseBaseline(big, 'b.json')).toThrow(/b\.json: the baseline has no line totals/);
    const head = BASELINE.replace(
      '"headline":{"metric":"lines","covered":8,"total":10}',
      '"headline":{"metric":"lines","covered":1e300,"total":1e300}',
    );
    expect(() => parseBaseline(head, 'b.json')).toThrow(/no headline counts/);
    const file = parseBaseline(BASELINE.replace('[8,10]', '[1e300,1e300]'), 'b.json');
    expect(file.files).toEqual({});
  });

  it('a hunk header line number beyond 2^53-1 is refused (it gave added line 1e21)', () => {
    const text = '--- a/x.py\n+++ b/x.py\n@@ -0,0 +999999999999999999991,1 @@\n+x\n';
    expect(() => parseDiff(text, { name: 'pr.diff' })).toThrow(FileFormatError);
    expect(() => parseDiff(text, { name: 'pr.diff' })).toThrow(/hunk header .* larger than 9007199254740991/);
    // the largest exact line still reads
    const ok = parseDiff('--- a/x.py\n+++ b/x.py\n@@ -0,0 +9007199254740990,1 @@\n+x\n');
    expect(ok.files[0]!.added).toEqual([9007199254740990]);
  });
});
