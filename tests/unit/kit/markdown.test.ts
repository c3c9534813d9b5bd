import { describe, it, expect } from '@jest/globals';
import { md } from '@quality/kit';

describe('markdown escaping', () => {
  it('keeps a hostile file name from breaking a table row or injecting HTML', () => {
    const name = 'a|b<img src=x onerror=alert(1)>](http://x)\n# h @team ::error::x';
    const cell = md.text(name);
    expect(cell).not.toMatch(/(^|[^\\])\|/);
    expect(cell).not.toContain('<');
    expect(cell).not.toContain('\n');
    expect(cell).not.toContain('@team');
    const t = md.table(['File', 'Cover'], [[cell, '50%']]);
    const row = t.split('\n')[2]!;
    // exactly the two cell separators plus the edges: unescaped pipes
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(3);
  });

  it('fences inline code longer than any backtick run inside', () => {
    expect(md.code('a`b')).toBe('``a`b``');
    expect(md.code('x|y')).toBe('`x\\|y`');
    expect(md.code('`lead')).toBe('`` `lead ``');
  });

  it('escapes HTML contexts and restricts marker ids', () => {
    expect(md.html('</summary><script>')).toBe('&lt;/summary&gt;&lt;script&gt;');
    expect(md.marker('coverage gate --> <x>')).toBe('<!-- quality:coverage_gate_--___x_ -->');
    expect(md.details('<b>', 'body')).toContain('<summary>&lt;b&gt;</summary>');
  });

  it('formats percentages without rounding up to 100 or down to 0', () => {
    expect(md.pct(99.999)).toBe('99.99%');
    expect(md.pct(100)).toBe('100.00%');
    expect(md.pct(0.0001)).toBe('0.01%');
    expect(md.pct(0)).toBe('0.00%');
    expect(md.pct(null)).toBe('n/a');
  });
});

describe('text() entities', () => {
  it("keeps entities whole: an apostrophe renders as one, never as the characters '&#39;'", () => {
    expect(md.text("Input 'baseline' #1 <b> @x")).toBe('Input &#39;baseline&#39; \\#1 &lt;b&gt; &#64;x');
    expect(md.text("it's")).not.toContain('&\\#');
  });
});
