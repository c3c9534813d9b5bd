/** unifiedDiff: applying its hunks to the old text gives the new one, on generated texts. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { unifiedDiff } from '@quality/lint';

function apply(before: string, diff: string): string {
  const a = before.split('\n');
  if (a[a.length - 1] === '') a.pop();
  const out: string[] = [];
  let ai = 0;
  const lines = diff.split('\n').slice(2);
  for (let i = 0; i < lines.length; i++) {
    const h = /^@@ -(\d+),(\d+) \+\d+,\d+ @@$/.exec(lines[i]!);
    if (!h) throw new Error(`not a hunk header: ${lines[i]}`);
    const start = Number(h[2]) === 0 ? Number(h[1]) : Number(h[1]) - 1;
    while (ai < start) out.push(a[ai++]!);
    while (i + 1 < lines.length && !lines[i + 1]!.startsWith('@@')) {
      const l = lines[++i]!;
      if (l[0] === ' ') {
        expect(a[ai]).toBe(l.slice(1));
        out.push(a[ai++]!);
      } else if (l[0] === '-') {
        expect(a[ai]).toBe(l.slice(1));
        ai++;
      } else out.push(l.slice(1));
    }
  }
  while (ai < a.length) out.push(a[ai++]!);
  return out.map((l) => `${l}\n`).join('');
}

const text = fc
  .array(fc.constantFrom('a', 'b', 'c', 'x = 1', '', '}'), { maxLength: 40 })
  .map((l) => l.map((x) => `${x}\n`).join(''));

describe('unifiedDiff', () => {
  it('a prettier-like change', () => {
    const d = unifiedDiff(
      'export const   list = [1,2,\n  3];\nok\n',
      'export const list = [1, 2, 3];\nok\n',
      'src/ugly.js',
    );
    expect(d).toBe(
      '--- src/ugly.js\n+++ src/ugly.js\n@@ -1,3 +1,2 @@\n-export const   list = [1,2,\n-  3];\n+export const list = [1, 2, 3];\n ok',
    );
  });
  it('equal texts: no diff; too many edits: no diff rather than a long walk', () => {
    expect(unifiedDiff('a\n', 'a\n', 'f')).toBeUndefined();
    const big = (p: string) => Array.from({ length: 3000 }, (_, i) => `${p}${i}\n`).join('');
    expect(unifiedDiff(big('a'), big('b'), 'f', 3, 100)).toBeUndefined();
  });
  it('applying the hunks to the old text gives the new text', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const d = unifiedDiff(a, b, 'f');
        if (a === b) return d === undefined;
        return apply(a, d!) === b;
      }),
      { numRuns: 300 },
    );
  });
});
