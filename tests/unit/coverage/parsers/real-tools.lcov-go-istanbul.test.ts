/**
 * Our parsers against reports written by the real tools, compared with the totals the
 * TOOL printed (tests/fixtures/coverage/generated/<producer>/.../expected.json, written by
 * generate.sh from lcov --summary, go tool cover -func, jest's json-summary/text-summary,
 * coverage.py). Covered AND total of every metric the tool printed must match.
 */
import { describe, it, expect } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openReport, sniff } from '../../../../packages/coverage/src/input.js';
import { detectFormat } from '../../../../packages/coverage/src/detect.js';
import { parsers } from '../../../../packages/coverage/src/parsers/index.js';
import { summarizeFile, totalsOf } from '@quality/coverage';
import type { Counter, Format, MetricName } from '@quality/coverage';

const ROOT = 'tests/fixtures/coverage/generated';

interface Fixture {
  dir: string;
  report: string;
  format: string;
  tool: string;
}
interface Reader {
  tool: string;
  totals: Partial<Record<MetricName, Counter | null>>;
}
interface Expected {
  readers?: Reader[];
  totals: Partial<Record<MetricName, (Counter & { percent?: number }) | null>>;
  files?: Record<string, Partial<Record<MetricName, (Counter & { percent?: number | null }) | null>>>;
}

// index.json's format names -> ours, for the formats this suite covers.
const OURS: Record<string, Format> = {
  lcov: 'lcov',
  'go-coverprofile': 'go',
  'istanbul-json': 'istanbul',
  'istanbul-json-summary': 'istanbul-summary',
};

const fixtures: Fixture[] = existsSync(join(ROOT, 'index.json'))
  ? (JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8')) as { fixtures: Fixture[] }).fixtures.filter(
      (f) => f.format in OURS,
    )
  : [];

const counter = (c: Counter | null | undefined) => (c ? { covered: c.covered, total: c.total } : null);

describe('parsers against real tool output', () => {
  it('finds the lcov, go and istanbul fixtures', () => {
    const formats = new Set(fixtures.map((f) => OURS[f.format]));
    expect([...formats].sort()).toEqual(['go', 'istanbul', 'istanbul-summary', 'lcov']);
  });

  for (const fx of fixtures) {
    it(`${fx.dir}/${fx.report} (${fx.tool}) gives the totals the tool printed`, async () => {
      const path = join(ROOT, fx.dir, fx.report);
      const expected = JSON.parse(readFileSync(join(ROOT, fx.dir, 'expected.json'), 'utf8')) as Expected;
      const format = detectFormat((await sniff(path)).head);
      expect(format).toBe(OURS[fx.format]);
      const report = await parsers[format!](openReport(path), { name: path });
      const summaries = [...report.files.values()].map((f) => summarizeFile(f, report.metrics));
      const totals = totalsOf(summaries, report.metrics);
      // An lcov file is judged by what lcov prints for it: readers[] holds `lcov --summary`'s
      // reading where it differs in kind from the producing tool's own report.
      const lcovReader = format === 'lcov' ? expected.readers?.find((r) => r.tool.startsWith('lcov')) : undefined;
      const target = lcovReader?.totals ?? expected.totals;
      let compared = 0;
      for (const [metric, want] of Object.entries(target) as [MetricName, Counter | null][]) {
        if (!want) continue;
        // lcov has no statement records: jest's text-summary statements are not in lcov.info.
        if (format === 'lcov' && metric === 'statements') {
          expect(report.metrics.has('statements')).toBe(false);
          continue;
        }
        expect({ metric, ...counter(totals[metric]) }).toEqual({ metric, covered: want.covered, total: want.total });
        compared++;
      }
      expect(compared).toBeGreaterThan(0);
      if (lcovReader) {
        const own = expected.totals.lines!;
        if (own.total !== lcovReader.totals.lines?.total) {
          // coverage.py 6.5's lcov: LF (statements) differs from the DA lines; the user is told.
          expect(report.warnings.join('\n')).toMatch(new RegExp(`LF \\(lines found\\) that differs.*coverage xml`));
        }
        return; // per-file numbers in expected.files are the producing tool's, not lcov's
      }
      // Per-file numbers where the fixture has them, matched by path suffix.
      for (const [file, metrics] of Object.entries(expected.files ?? {})) {
        const s = summaries.find((x) => x.path === file || x.path.endsWith(`/${file}`));
        expect({ file, found: s !== undefined }).toEqual({ file, found: true });
        for (const [metric, want] of Object.entries(metrics) as [MetricName, Counter | null][]) {
          if (!want || !report.metrics.has(metric) || typeof want.covered !== 'number') continue;
          expect({ file, metric, ...counter(s![metric]) }).toEqual({
            file,
            metric,
            covered: want.covered,
            total: want.total,
          });
        }
      }
    });
  }
});
