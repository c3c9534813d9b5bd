import { describe, expect, it } from '@jest/globals';
import { BranchTable, FileCoverage, FunctionTable, LineTable } from '@quality/coverage';

describe('compact model tables', () => {
  it('LineTable keeps counts of 65534 and more exactly (overflow map) and sums them', () => {
    const t = new LineTable();
    t.add(3, 65533);
    t.add(3, 1);
    t.add(5, 70000);
    t.add(5, 5);
    t.add(7, 0);
    t.max(9, 100000);
    expect([...t.entries()]).toEqual([
      [3, 65534],
      [5, 70005],
      [7, 0],
      [9, 100000],
    ]);
    expect(t.counter()).toEqual({ covered: 3, total: 4 });
    t.compact();
    expect(t.get(5)).toBe(70005);
  });

  it('BranchTable merges by id, keeps report order, and mixes identified and count-only lines in line order', () => {
    const b = new BranchTable();
    b.addById(10, 1, 2);
    b.addById(10, 0, 0);
    b.addById(4, 7, 1);
    b.addById(10, 1, 3); // same id: summed
    b.addCounts(7, 1, 2);
    b.addCounts(2, 0, 4);
    b.addCounts(7, 2, 2); // max of the readings
    expect([...b.entries()]).toEqual([
      [2, [0, 0, 0, 0]],
      [4, [1]],
      [7, [1, 1]],
      [10, [5, 0]],
    ]);
    expect(b.size).toBe(4);
    expect(b.counter()).toEqual({ covered: 4, total: 9 });
    b.add(7, [0, 0, 4]); // a count-only line becomes identified
    expect(b.get(7)).toEqual([1, 1, 4]);
    const c = new BranchTable();
    c.mergeFrom(b);
    c.compact();
    expect([...c.entries()]).toEqual([...b.entries()]);
  });

  it('FunctionTable reads like a Map and sums hits by key', () => {
    const f = new FileCoverage('a.c');
    f.addFunction('main', { name: 'main', line: 3, hits: 1 });
    f.addFunction('helper@9', { name: 'helper', line: 9, endLine: 12, hits: 0 });
    f.addFunction('main', { name: 'main', line: 3, hits: 2 });
    f.compact();
    expect(f.functions.size).toBe(2);
    expect(f.functions.get('main')).toEqual({ name: 'main', line: 3, hits: 3 });
    expect([...f.functions.entries()]).toEqual([
      ['main', { name: 'main', line: 3, hits: 3 }],
      ['helper@9', { name: 'helper', line: 9, endLine: 12, hits: 0 }],
    ]);
    expect(f.functions.has('helper')).toBe(false);
  });
  it('FunctionTable keeps thousands of keys (ASCII, non-ASCII, by bytes and by string) exactly as a Map does', () => {
    const t = new FunctionTable();
    const ref = new Map<string, { name: string; line: number; endLine?: number; hits: number }>();
    const enc = new TextEncoder();
    let seed = 7;
    const r = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    for (let step = 0; step < 6000; step++) {
      const k = r(5) === 0 ? `fn_\u00e9${r(900)}` : `_ZN7project${r(2500)}Ev`;
      const hits = r(4);
      const line = 1 + r(500);
      const old = ref.get(k);
      if (r(2) === 0 && !/[^\x00-\x7f]/.test(k)) {
        // the lcov path: bytes, no string
        const b = enc.encode(`xx${k}yy`);
        const at = t.findBytes(b, 2, b.length - 2);
        if (old) {
          expect(at).toBeGreaterThanOrEqual(0);
          t.addHits(at, hits);
          old.hits += hits;
        } else {
          expect(at).toBe(-1);
          const end = r(3) === 0 ? line + 5 : undefined;
          t.addBytes(b, 2, b.length - 2, line, end, hits);
          ref.set(k, end === undefined ? { name: k, line, hits } : { name: k, line, endLine: end, hits });
        }
      } else {
        t.add(k, { name: k, line, hits });
        if (old) old.hits += hits;
        else ref.set(k, { name: k, line, hits });
      }
      if (step % 1000 === 999) t.compact(); // drops the index: the next lookup rebuilds it
    }
    expect(t.size).toBe(ref.size);
    expect([...t.entries()]).toEqual([...ref.entries()]);
    for (const [k, v] of ref) expect(t.get(k)).toEqual(v);
    expect(t.has('_ZN7project2500Ev')).toBe(false);
    const b = enc.encode('fn_\u00e91');
    expect(t.findBytes(b, 0, b.length)).toBe(-2); // not ASCII: the caller decodes and uses the string methods
    expect(t.covered()).toBe([...ref.values()].filter((f) => f.hits > 0).length);
  });
  it('FunctionTables filled in turn, compacted at random, never share their arrays', () => {
    // compact() hands a table's scratch arrays back to a pool the next table takes from.
    const tables = [new FunctionTable(), new FunctionTable(), new FunctionTable()];
    const refs = tables.map(() => new Map<string, number>());
    let seed = 11;
    const r = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    for (let step = 0; step < 20000; step++) {
      const t = r(3);
      const k = `t${t}_f${r(700)}_${'x'.repeat(r(90))}`;
      const hits = 1 + r(5);
      tables[t]!.add(k, { name: k, line: 1, hits });
      refs[t]!.set(k, (refs[t]!.get(k) ?? 0) + hits);
      if (r(50) === 0) tables[r(3)]!.compact();
    }
    tables.forEach((t, i) => {
      if (i === 0) t.compact();
      expect([...t.entries()].map(([k, f]) => [k, f.hits])).toEqual([...refs[i]!.entries()]);
    });
  });
});
