import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { FileFormatError } from '@quality/kit/errors';
import { parseLcovBuffer } from '../../../packages/coverage/src/parsers/lcov.js';
import { toLcov } from '../../../packages/coverage/src/serialize/lcov.js';
import { emptyReport, fileOf, summarizeFile, totalsOf, MAX_HITS } from '@quality/coverage';
import type { CoverageReport } from '@quality/coverage';

const hits = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: MAX_HITS }));
const lineNo = fc.integer({ min: 1, max: 3000 });
const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter((s) => !/[\n\r\0]/.test(s));
// lcov 2 reads "FN:<line>,<digits>,<rest>" as an end line: such names cannot round-trip.
const fnName = text.filter((s) => !/^\d+,/.test(s));

const fileArb = fc.record({
  path: text,
  lines: fc.uniqueArray(fc.tuple(lineNo, hits), { minLength: 1, maxLength: 30, selector: (t) => t[0] }),
  functions: fc.uniqueArray(
    fc.record({ name: fnName, line: lineNo, end: fc.option(lineNo, { nil: undefined }), hits }),
    { maxLength: 6, selector: (f) => f.name },
  ),
  branches: fc.uniqueArray(fc.tuple(lineNo, fc.array(hits, { minLength: 1, maxLength: 4 })), {
    maxLength: 8,
    selector: (t) => t[0],
  }),
});
const reportArb = fc.record({
  files: fc.uniqueArray(fileArb, { minLength: 1, maxLength: 5, selector: (f) => f.path }),
  withFunctions: fc.boolean(),
  withBranches: fc.boolean(),
});

type Gen = typeof reportArb extends fc.Arbitrary<infer T> ? T : never;

function build(g: Gen): CoverageReport {
  const r = emptyReport('lcov');
  if (g.withFunctions) r.metrics.add('functions');
  if (g.withBranches) r.metrics.add('branches');
  for (const gf of g.files) {
    const f = fileOf(r, gf.path);
    for (const [l, h] of gf.lines) f.lines.add(l, h);
    if (g.withFunctions)
      for (const fn of gf.functions)
        f.addFunction(
          fn.name,
          fn.end === undefined
            ? { name: fn.name, line: fn.line, hits: fn.hits }
            : { name: fn.name, line: fn.line, endLine: fn.end, hits: fn.hits },
        );
    if (g.withBranches) for (const [l, hs] of gf.branches) f.addBranches(l, hs);
  }
  return r;
}

/** A plain-data view of the model, for deep equality. */
function view(r: CoverageReport) {
  return {
    metrics: [...r.metrics].sort(),
    files: [...r.files.entries()].map(([k, f]) => ({
      k,
      path: f.path,
      lines: [...f.lines.entries()],
      functions: [...f.functions.entries()].map(([key, fn]) => [key, fn.name, fn.line, fn.endLine, fn.hits]),
      branches: [...f.branches.entries()].sort((a, b) => a[0] - b[0]),
    })),
  };
}

const totals = (r: CoverageReport) =>
  totalsOf(
    [...r.files.values()].map((f) => summarizeFile(f, r.metrics)),
    r.metrics,
  );

/** Merge with the model's own add* operations (sums). */
function merge(...rs: CoverageReport[]): CoverageReport {
  const out = emptyReport('lcov');
  for (const r of rs) {
    for (const m of r.metrics) out.metrics.add(m);
    for (const [path, f] of r.files) {
      const t = fileOf(out, path);
      for (const [l, h] of f.lines.entries()) t.lines.add(l, h);
      for (const [l, hs] of f.branches) t.addBranches(l, hs);
      for (const [k, fn] of f.functions) t.addFunction(k, fn);
    }
  }
  return out;
}

describe('lcov properties', () => {
  it('parse(serialize(model)) is the model', () => {
    fc.assert(
      fc.property(reportArb, (g) => {
        const model = build(g);
        const back = parseLcovBuffer(toLcov(model), 'rt.info');
        expect(view(back)).toEqual(view(model));
        expect(back.warnings).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('parsing a concatenation of tracefiles equals merging their parses (shards, several TN sections)', () => {
    fc.assert(
      fc.property(reportArb, reportArb, (a, b) => {
        const ta = toLcov(build(a), 'unit');
        const tb = toLcov(build(b), 'integration');
        const together = parseLcovBuffer(ta + tb);
        expect(totals(together)).toEqual(totals(merge(parseLcovBuffer(ta), parseLcovBuffer(tb))));
      }),
      { numRuns: 100 },
    );
  });

  it('merging parsed reports is commutative and associative on totals', () => {
    fc.assert(
      fc.property(reportArb, reportArb, reportArb, (a, b, c) => {
        const [x, y, z] = [a, b, c].map((g) => parseLcovBuffer(toLcov(build(g))));
        expect(totals(merge(x!, y!))).toEqual(totals(merge(y!, x!)));
        expect(totals(merge(merge(x!, y!), z!))).toEqual(totals(merge(x!, merge(y!, z!))));
      }),
      { numRuns: 100 },
    );
  });

  it('on arbitrary bytes the parser returns or throws FileFormatError, nothing else', () => {
    const check = (bytes: Uint8Array) => {
      try {
        parseLcovBuffer(Buffer.from(bytes), 'fuzz.info');
      } catch (e) {
        if (!(e instanceof FileFormatError)) throw e;
      }
    };
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), check), { numRuns: 500 });
    // Mutations of valid tracefiles reach the record parsers, not just the first-byte dispatch.
    const mutated = fc
      .tuple(
        reportArb,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.boolean()), { minLength: 1, maxLength: 8 }),
      )
      .map(([g, edits]) => {
        const b = [...Buffer.from(toLcov(build(g)))];
        for (const [at, byte, insert] of edits) {
          const i = at % (b.length + 1);
          if (insert) b.splice(i, 0, byte);
          else b[Math.min(i, b.length - 1)] = byte;
        }
        return Uint8Array.from(b);
      });
    fc.assert(fc.property(mutated, check), { numRuns: 500 });
    const tokens = fc.array(
      fc.constantFrom(
        'SF:',
        'DA:',
        'BRDA:',
        'FN:',
        'FNDA:',
        'FNL:',
        'FNA:',
        'end_of_record',
        ',',
        '-',
        '1',
        '99999999999999999999',
        '\n',
        '\r\n',
        'x',
        ' ',
        '.',
        '\u00e9',
      ),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(tokens, (t) => check(Buffer.from(t.join('')))),
      { numRuns: 1000 },
    );
  });
});
