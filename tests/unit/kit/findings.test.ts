import { describe, it, expect } from '@jest/globals';
import {
  fingerprint,
  countFindings,
  failsAt,
  rankFindings,
  planFindingAnnotations,
  renderFindingsSummary,
  toAnnotation,
  type Finding,
} from '@quality/kit/findings';

const f = (over: Partial<Finding> = {}): Finding => ({
  tool: 'eslint',
  rule: 'no-unused-vars',
  severity: 'warning',
  path: 'src/a.ts',
  line: 1,
  message: 'x is unused',
  ...over,
});

describe('fingerprint', () => {
  it('ignores the line number and whitespace, and tells rules, paths and contents apart', () => {
    const a = fingerprint(f({ line: 3 }), '  const x = 1;');
    expect(fingerprint(f({ line: 40 }), 'const   x = 1;')).toBe(a);
    expect(fingerprint(f({ rule: 'other' }), 'const x = 1;')).not.toBe(a);
    expect(fingerprint(f({ path: 'src/b.ts' }), 'const x = 1;')).not.toBe(a);
    expect(fingerprint(f(), 'const y = 1;')).not.toBe(a);
    expect(fingerprint(f())).toBe(fingerprint(f({ line: 9 })));
    expect(fingerprint(f())).not.toBe(fingerprint(f({ message: 'y is unused' })));
    expect(a).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('counts and fail level', () => {
  const all = [f({ severity: 'error' }), f(), f(), f({ severity: 'notice' })];
  it('counts per severity', () => {
    expect(countFindings(all)).toEqual({ error: 1, warning: 2, notice: 1 });
  });
  it('fails at or above the level', () => {
    const warnings = [f(), f({ severity: 'notice' })];
    expect(failsAt(warnings, 'error')).toBe(false);
    expect(failsAt(warnings, 'warning')).toBe(true);
    expect(failsAt([f({ severity: 'notice' })], 'warning')).toBe(false);
    expect(failsAt([f({ severity: 'notice' })], 'any')).toBe(true);
    expect(failsAt(all, 'none')).toBe(false);
  });
});

describe('ranking and annotation plan', () => {
  it('puts errors first, then findings on changed lines, then the rest', () => {
    const old = f({ message: 'old', line: 1 });
    const fresh = f({ message: 'fresh', line: 7 });
    const err = f({ message: 'err', severity: 'error', line: 99 });
    const changed = new Map([['src/a.ts', new Set([7])]]);
    expect(rankFindings([old, fresh, err], changed).map((x) => x.message)).toEqual(['err', 'fresh', 'old']);
    expect(rankFindings([old, fresh, err]).map((x) => x.message)).toEqual(['err', 'old', 'fresh']);
  });

  it('keeps 10 per type, prefers changed lines, and counts what was not shown', () => {
    const warnings = Array.from({ length: 30 }, (_, i) => f({ line: i + 1, message: `w${i + 1}` }));
    const errors = Array.from({ length: 12 }, (_, i) => f({ severity: 'error', line: i + 1 }));
    const changed = new Map([['src/a.ts', new Set([25, 26])]]);
    const plan = planFindingAnnotations([...warnings, ...errors], { changed });
    const shownWarnings = plan.shown.filter((s) => s.finding.severity === 'warning').map((s) => s.finding.message);
    expect(shownWarnings.slice(0, 2)).toEqual(['w25', 'w26']);
    expect(shownWarnings).toHaveLength(10);
    expect(plan.shown.filter((s) => s.annotation.level === 'error')).toHaveLength(10);
    expect(plan.omitted).toEqual({ error: 2, warning: 20, notice: 0 });
    expect(plan.omittedTotal).toBe(22);
  });

  it('respects a smaller per-job budget', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      f({ severity: (['error', 'warning', 'notice'] as const)[i % 3] }),
    );
    const plan = planFindingAnnotations(many, { perJob: 12 });
    expect(plan.shown).toHaveLength(12);
    expect(plan.omittedTotal).toBe(18);
  });

  it('maps positions and drops columns on multi-line annotations', () => {
    expect(toAnnotation(f({ line: 2, column: 3, endColumn: 9, fix: 'remove x' }))).toMatchObject({
      level: 'warning',
      file: 'src/a.ts',
      startLine: 2,
      startColumn: 3,
      endColumn: 9,
      title: 'eslint: no-unused-vars',
      message: 'x is unused\nremove x',
    });
    const multi = toAnnotation(f({ line: 2, endLine: 4, column: 3 }));
    expect(multi.startColumn).toBeUndefined();
    expect(multi.endLine).toBe(4);
  });
});

describe('summary', () => {
  it('groups by file and tool, escapes outside text, and prints only model fields', () => {
    const secretCarrier = {
      ...f({ path: 'b|c.ts', message: '<img src=x> @admin', tool: 'guard' }),
      secret: 'hunter2-SECRET',
    };
    const md = renderFindingsSummary([f({ path: 'z.ts' }), secretCarrier, f({ path: 'b|c.ts', line: 9 })], {
      title: 'Lint #1',
      plan: { omittedTotal: 3 },
    });
    expect(md).toContain('### Lint \\#1');
    expect(md).toContain('0 errors, 3 warnings, 0 notices in 2 files.');
    expect(md).toContain('3 findings not shown as annotations');
    expect(md).not.toContain('<img');
    expect(md).not.toContain('@admin');
    expect(md).not.toContain('hunter2');
    expect(md).toContain('#### `b\\|c.ts`');
    // b|c.ts before z.ts; within the file, tools in order.
    expect(md.indexOf('b\\|c.ts')).toBeLessThan(md.indexOf('z.ts'));
    expect(md.indexOf('**eslint**')).toBeLessThan(md.indexOf('**guard**'));
  });

  it('says there is nothing when there is nothing', () => {
    expect(renderFindingsSummary([])).toContain('No findings.');
  });

  it('stays within the byte limit and counts what it dropped', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      f({ path: `dir/file-${String(i % 500).padStart(3, '0')}.ts`, line: i, message: 'ü'.repeat(60) }),
    );
    const max = 64 * 1024;
    const md = renderFindingsSummary(many, { maxBytes: max });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(max);
    const rows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l)).length;
    const m = md.match(/(\d+) more findings \((\d+) more files\) not listed/);
    expect(m).not.toBeNull();
    expect(rows + Number(m![1])).toBe(5000);
    expect(rows).toBeGreaterThan(100);
    // Every table row that is present is whole.
    expect(md.trimEnd().split('\n').at(-1)).toMatch(/Run the command locally/);
  });

  it('fits 10,000 findings into 1 MiB by default', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => f({ path: `f${i}.ts`, message: 'm'.repeat(200) }));
    const md = renderFindingsSummary(many);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(1024 * 1024);
    expect(md).toMatch(/more findings \(\d+ more files\) not listed/);
  });
});
