import { describe, it, expect } from '@jest/globals';
import {
  planAnnotations,
  fitSummary,
  fitComment,
  checkOutputSize,
  truncateMarkdown,
  type Annotation,
} from '@quality/kit';

const ann = (level: Annotation['level'], n: number, priority?: (i: number) => number): Annotation[] =>
  Array.from({ length: n }, (_, i) => ({ level, message: `${level} ${i}`, priority: priority?.(i) }));

describe('annotation limits', () => {
  it('keeps 10 per type, the most important first, and counts the rest', () => {
    const plan = planAnnotations([...ann('warning', 25, (i) => i), ...ann('error', 3), ...ann('notice', 12)]);
    expect(plan.shown.filter((a) => a.level === 'error')).toHaveLength(3);
    const warnings = plan.shown.filter((a) => a.level === 'warning');
    expect(warnings).toHaveLength(10);
    expect(warnings[0]!.message).toBe('warning 24');
    expect(warnings[9]!.message).toBe('warning 15');
    expect(plan.omitted).toEqual({ error: 0, warning: 15, notice: 2 });
    expect(plan.omittedTotal).toBe(17);
  });

  it('never shows more than the per-job cap', () => {
    const plan = planAnnotations([...ann('error', 40), ...ann('warning', 40), ...ann('notice', 40)], 30, 50);
    expect(plan.shown).toHaveLength(50);
    expect(plan.omittedTotal).toBe(70);
  });
});

describe('truncation', () => {
  it('leaves text that fits unchanged', () => {
    expect(fitSummary('# ok\n')).toEqual({ text: '# ok\n', truncated: false });
  });

  it('fits a summary into 1 MiB of UTF-8, closing an open fence and details block', () => {
    const row = '| ünïcödé 😀 file | 50% |\n';
    const big = '<details><summary>x</summary>\n\n```\n' + row.repeat(100_000);
    const { text, truncated } = fitSummary(big);
    expect(truncated).toBe(true);
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(1024 * 1024);
    expect(text).toMatch(/```\n<\/details>\n\n> \[!WARNING\]/);
    expect(text).not.toContain('\uFFFD');
    // no lone surrogate: re-encoding round-trips
    expect(Buffer.from(text, 'utf8').toString('utf8')).toBe(text);
  });

  it('fits a comment into 65,536 characters', () => {
    const { text, truncated } = fitComment('😀'.repeat(70_000));
    expect(truncated).toBe(true);
    expect([...text].length).toBeLessThanOrEqual(65_536);
    expect(text).toContain('truncated');
    expect(Buffer.from(text, 'utf8').toString('utf8')).toBe(text);
  });

  it('cuts at a line boundary when there is one', () => {
    const { text } = truncateMarkdown('line one\nline two\nline three\n', 24, 'cut', (s) => s.length);
    expect(text.startsWith('line one')).toBe(true);
    expect(text).not.toMatch(/line t[^w]/);
  });

  it('refuses outputs over 1 MB', () => {
    expect(() => checkOutputSize('matrix', 'x'.repeat(1024 * 1024 + 1))).toThrow(/output 'matrix' is 1048577 bytes/);
    expect(() => checkOutputSize('matrix', 'x'.repeat(1024))).not.toThrow();
  });
});
