/**
 * Fuzz every parser with mutated reports: each input parses or fails with a FileFormatError
 * (never another error, never a hang), within a time bound per input; a report that parses has
 * exact totals (safe integers, covered <= total) however large its counts.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { FileFormatError } from '@quality/kit/errors';
import { summarizeFile, totalsOf, type CoverageReport, type Format } from '@quality/coverage';
import { parsers } from '../../../../packages/coverage/src/parsers/index.js';
import { fromBuffers } from '../../../../packages/coverage/src/input.js';

const RUNS = 1200;
const MS_PER_INPUT = 1000;

const SEEDS: Record<Format, string> = {
  lcov: 'TN:t\nSF:src/a.c\nFN:3,5,main\nFNDA:2,main\nFNL:0,3,5\nFNA:0,1,main\nDA:3,2\nDA:4,0,abc\nBRDA:4,0,0,1\nBRDA:4,0,jump to line 9,-\nLF:2\nLH:1\nend_of_record\n',
  go: 'mode: count\nexample.com/m/a.go:3.14,5.2 2 1\nexample.com/m/a.go:5.2,7.3 1 0\nexample.com/m/b.go:1.1,1.9 1 4\n',
  istanbul:
    '{"a.js":{"path":"a.js","statementMap":{"0":{"start":{"line":1,"column":0},"end":{"line":2,"column":1}}},"s":{"0":3},"fnMap":{"0":{"name":"f","decl":{"start":{"line":1,"column":0},"end":{"line":1,"column":5}},"loc":{"start":{"line":1,"column":0},"end":{"line":2,"column":1}}}},"f":{"0":1},"branchMap":{"0":{"loc":{"start":{"line":2,"column":0}},"locations":[]}},"b":{"0":[1,0]}}}',
  'istanbul-summary':
    '{"total":{"lines":{"total":4,"covered":3,"skipped":0,"pct":75}},"a.js":{"lines":{"total":4,"covered":3,"skipped":0,"pct":75}}}',
  cobertura:
    '<?xml version="1.0"?>\n<coverage version="7.4" branches-valid="2"><sources><source>/src</source></sources><packages><package name="p"><classes><class name="a" filename="a.py"><methods><method name="f" signature="()" hits="1"><lines><line number="1" hits="1"/></lines></method></methods><lines><line number="1" hits="1"/><line number="2" hits="0" branch="true" condition-coverage="50% (1/2)"/></lines></class></classes></package></packages></coverage>\n',
  clover:
    '<?xml version="1.0"?>\n<coverage clover="3.2.0"><project><metrics statements="2" coveredstatements="1"/><file path="/a.js"><metrics statements="2" coveredstatements="1" conditionals="2" coveredconditionals="1" methods="1" coveredmethods="1"/><line num="1" count="1" type="stmt"/><line num="2" count="0" type="cond" truecount="1" falsecount="1"/></file></project></coverage>\n',
  jacoco:
    '<?xml version="1.0"?>\n<report name="r"><package name="p"><class name="p/A" sourcefilename="A.java"><method name="m" desc="()V" line="3"><counter type="METHOD" missed="0" covered="1"/></method></class><sourcefile name="A.java"><line nr="3" mi="0" ci="4" mb="1" cb="1"/><line nr="4" mi="2" ci="0" mb="0" cb="0"/></sourcefile></package></report>\n',
};

/** Pieces an attacker would plant: huge, hex, negative and fractional numbers, bad references, structure. */
const HOSTILE = [
  '1e400',
  '0x10',
  '99999999999999999999',
  '9007199254740993',
  '-1',
  '0',
  '2.5',
  'NaN',
  '&#x110000;',
  '&#0;',
  '&amp;',
  '<',
  '>',
  '"',
  ',',
  ':',
  '\n',
  '\r\n',
  '\0',
  '/',
  '(1/100000000000)',
  '(1/2000000000)',
  '2000000000',
  '9007199254740991',
  '10000000',
  '{',
  '}',
  '[',
  ']',
  'é',
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
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at: fc.nat(),
    len: fc.integer({ min: 1, max: 60 }),
    times: fc.integer({ min: 2, max: 200 }),
  }),
);

interface Edit {
  kind: string;
  at: number;
  len?: number;
  text?: string;
  times?: number;
}

function mutate(seed: string, edits: Edit[]): string {
  let s = seed;
  for (const e of edits) {
    const at = s.length === 0 ? 0 : e.at % (s.length + 1);
    if (e.kind === 'insert') s = s.slice(0, at) + e.text + s.slice(at);
    else if (e.kind === 'replace') s = s.slice(0, at) + e.text + s.slice(at + e.len!);
    else if (e.kind === 'delete') s = s.slice(0, at) + s.slice(at + e.len!);
    else if (e.kind === 'truncate') s = s.slice(0, at);
    else s = s.slice(0, at) + s.slice(at, at + e.len!).repeat(e.times!) + s.slice(at);
  }
  return s;
}

/** Every total of a parsed report is a safe integer with covered <= total (count-only branches included). */
function exact(r: CoverageReport): void {
  const t = totalsOf(
    [...r.files.values()].map((f) => summarizeFile(f, r.metrics)),
    r.metrics,
  );
  for (const c of Object.values(t)) {
    if (!c) continue;
    if (!(Number.isSafeInteger(c.total) && Number.isSafeInteger(c.covered) && c.covered >= 0 && c.covered <= c.total))
      throw new Error(`inexact totals ${JSON.stringify(t)}`);
  }
}

describe('parser fuzzing: only typed errors, bounded time', () => {
  it.each(Object.keys(SEEDS) as Format[])('%s', async (format) => {
    const parse = parsers[format];
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 64 }),
        async (edits, chunk) => {
          const text = Buffer.from(mutate(SEEDS[format], edits));
          const chunks: Buffer[] = [];
          for (let i = 0; i < text.length; i += chunk) chunks.push(text.subarray(i, i + chunk));
          const t0 = performance.now();
          let r: CoverageReport | undefined;
          try {
            r = await parse(fromBuffers(...chunks), { name: 'fuzz' });
          } catch (e) {
            if (!(e instanceof FileFormatError)) throw e;
          }
          expect(performance.now() - t0).toBeLessThan(MS_PER_INPUT);
          if (r) exact(r);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
