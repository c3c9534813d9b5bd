import { describe, expect, it } from '@jest/globals';
import { BranchTable, FileCoverage, LineTable } from '../../../packages/coverage/src/model.js';

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
});
