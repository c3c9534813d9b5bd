/**
 * Our totals against the numbers the real tools printed for the same report
 * (tests/fixtures/coverage/generated/<producer>/.../expected.json, written by generate.sh).
 */
import { describe, it, expect } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCobertura } from '../../../../packages/coverage/src/parsers/cobertura.js';
import { parseClover } from '../../../../packages/coverage/src/parsers/clover.js';
import { parseJacoco } from '../../../../packages/coverage/src/parsers/jacoco.js';
import { summarizeFile, totalsOf } from '@quality/coverage';
import type { Counter, CoverageReport, MetricName, Totals } from '@quality/coverage';

const GEN = join(process.cwd(), 'tests/fixtures/coverage/generated');

interface Expected {
  tool: string;
  report: string;
  totals: Record<string, (Counter & { percent: number | null }) | null>;
  files?: Record<string, Record<string, Counter | null>>;
}

async function* chunks(path: string): AsyncIterable<Buffer> {
  const b = readFileSync(path);
  for (let i = 0; i < b.length; i += 4096) yield b.subarray(i, i + 4096);
}

const PARSERS = { cobertura: parseCobertura, clover: parseClover, jacoco: parseJacoco };

/**
 * Which of our counters stands for each of the tool's metrics, and which tool metrics a
 * format cannot carry (asserted to be absent from our report, so the gap stays visible).
 */
const CASES: {
  dir: string;
  format: keyof typeof PARSERS;
  producer: string;
  map: Partial<Record<string, MetricName>>;
  absent: string[];
}[] = [
  // coverage.py's statements are the Cobertura lines.
  {
    dir: 'python/branch/cobertura',
    format: 'cobertura',
    producer: 'coverage.py',
    map: { lines: 'lines', statements: 'lines', branches: 'branches' },
    absent: [],
  },
  {
    dir: 'python/line/cobertura',
    format: 'cobertura',
    producer: 'coverage.py',
    map: { lines: 'lines', statements: 'lines' },
    absent: [],
  },
  // gcovr 5.2 writes empty <methods/>: function data exists only as root attributes.
  {
    dir: 'c/gcovr-cobertura',
    format: 'cobertura',
    producer: 'gcovr',
    map: { lines: 'lines', branches: 'branches' },
    absent: ['functions'],
  },
  // istanbul's Cobertura has no statements.
  {
    dir: 'js/cobertura',
    format: 'cobertura',
    producer: 'istanbul',
    map: { lines: 'lines', branches: 'branches', functions: 'functions' },
    absent: ['statements'],
  },
  // istanbul's Clover: <line> elements are istanbul lines, no statements; functions from each file's <metrics methods>.
  {
    dir: 'js/clover',
    format: 'clover',
    producer: 'istanbul',
    map: { lines: 'lines', branches: 'branches', functions: 'functions' },
    absent: ['statements'],
  },
  {
    dir: 'java/jacoco',
    format: 'jacoco',
    producer: 'jacoco',
    map: { lines: 'lines', branches: 'branches', functions: 'functions', instructions: 'instructions' },
    absent: [],
  },
];

/**
 * Branches that istanbul's XML reporters cannot write: they put branch data on the lines of
 * getLineCoverage() (statement start lines) only, so a branch whose line has no statement
 * (a default parameter on a function's first line) is dropped. Computed from the tool's own
 * coverage-final.json of the same run.
 */
function istanbulDroppedBranches(): Counter {
  const json = JSON.parse(readFileSync(join(GEN, 'js/json/coverage-final.json'), 'utf8')) as Record<
    string,
    {
      statementMap: Record<string, { start: { line: number } }>;
      branchMap: Record<string, { line?: number; loc: { start: { line: number } } }>;
      b: Record<string, number[]>;
    }
  >;
  const dropped = { covered: 0, total: 0 };
  for (const fc of Object.values(json)) {
    const stmtLines = new Set(Object.values(fc.statementMap).map((s) => s.start.line));
    for (const [k, b] of Object.entries(fc.branchMap)) {
      if (stmtLines.has(b.line ?? b.loc.start.line)) continue;
      dropped.total += fc.b[k]!.length;
      dropped.covered += fc.b[k]!.filter((h) => h > 0).length;
    }
  }
  return dropped;
}

const totals = (r: CoverageReport): Totals =>
  totalsOf(
    [...r.files.values()].map((f) => summarizeFile(f, r.metrics)),
    r.metrics,
  );

describe('XML parsers against the real tools', () => {
  for (const c of CASES) {
    const dir = join(GEN, c.dir);
    const run = existsSync(join(dir, 'expected.json')) ? it : it.skip;
    run(`${c.dir}: same covered/total as ${c.producer} printed`, async () => {
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
      const r = await PARSERS[c.format](chunks(join(dir, expected.report)), { name: expected.report });
      expect(r.producer.name).toBe(c.producer);
      const dropped = c.producer === 'istanbul' ? istanbulDroppedBranches() : { covered: 0, total: 0 };
      if (dropped.total > 0) {
        expect(r.warnings).toHaveLength(1);
        expect(r.warnings[0]).toMatch(/drop the branches of lines that have no statement/);
      } else {
        expect(r.warnings).toEqual([]);
      }
      const t = totals(r);
      for (const [metric, ours] of Object.entries(c.map)) {
        const e = expected.totals[metric];
        expect(e).toBeTruthy();
        const want =
          metric === 'branches'
            ? { covered: e!.covered - dropped.covered, total: e!.total - dropped.total }
            : { covered: e!.covered, total: e!.total };
        expect({ metric, ...t[ours!] }).toEqual({ metric, ...want });
      }
      for (const metric of Object.keys(expected.totals)) {
        if (!(metric in c.map) && (metric as MetricName) in t) {
          if (c.absent.includes(metric))
            expect({ metric, ours: t[metric as MetricName] }).toEqual({ metric, ours: null });
          else if (expected.totals[metric] !== null)
            expect({ metric, ours: t[metric as MetricName] }).toEqual({ metric, ours: expected.totals[metric] });
        }
      }
    });
  }

  it('coverage.py --branch headline: (statements + branches covered) / (statements + branches) from our counters', async () => {
    const dir = join(GEN, 'python/branch/cobertura');
    if (!existsSync(join(dir, 'expected.json'))) return;
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected & {
      headline: { percent: number };
    };
    const t = totals(await parseCobertura(chunks(join(dir, expected.report)), { name: 'coverage.xml' }));
    expect(((t.lines!.covered + t.branches!.covered) / (t.lines!.total + t.branches!.total)) * 100).toBeCloseTo(
      expected.headline.percent,
      10,
    );
  });
});
