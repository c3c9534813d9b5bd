import { describe, it, expect } from '@jest/globals';
import { BranchTable, FileCoverage, LineTable, nextCapacity } from '@quality/coverage';

describe('LineTable', () => {
  it('has no entries and no counts when empty (regression: an empty table yielded line 0 with NaN hits)', () => {
    const t = new LineTable();
    expect([...t.entries()]).toEqual([]);
    expect(t.counter()).toEqual({ covered: 0, total: 0 });
    expect(t.get(0)).toBeUndefined();
  });

  it('sums hits, saturates, and keeps lines ascending', () => {
    const t = new LineTable();
    t.add(5, 1);
    t.add(2, 0);
    t.add(5, 2);
    t.add(300, 0xffffffff);
    t.add(300, 5);
    expect([...t.entries()]).toEqual([
      [2, 0],
      [5, 3],
      [300, 0xfffffffe],
    ]);
    expect(t.counter()).toEqual({ covered: 2, total: 3 });
  });

  it('grows by a quarter, at least 64 slots', () => {
    expect(nextCapacity(0, 0)).toBe(64);
    expect(nextCapacity(64, 64)).toBe(128);
    expect(nextCapacity(1024, 1024)).toBe(1280);
    expect(nextCapacity(1024, 5000)).toBe(5008);
  });
});

describe('BranchTable', () => {
  it('keeps count-only branches packed and reads them like arrays', () => {
    const b = new BranchTable();
    b.addCounts(10, 1, 2);
    b.addCounts(3, 2, 4);
    expect(b.get(10)).toEqual([1, 0]);
    expect([...b.keys()]).toEqual([3, 10]);
    expect(b.counter()).toEqual({ covered: 3, total: 6 });
    // a second reading of the same line: covered is the larger (no identity to OR by)
    b.addCounts(10, 2, 2);
    expect(b.get(10)).toEqual([1, 1]);
  });

  it('merges identified branches per index and count-only ones by the larger count', () => {
    const a = new FileCoverage('a');
    a.addBranches(1, [0, 3]);
    a.addBranchCounts(2, 1, 2);
    const b = new FileCoverage('a');
    b.addBranches(1, [2, 0]);
    b.addBranchCounts(2, 0, 2);
    a.branches.mergeFrom(b.branches);
    expect(a.branches.get(1)).toEqual([2, 3]);
    expect(a.branches.get(2)).toEqual([1, 0]);
    expect(a.branches.counter()).toEqual({ covered: 3, total: 4 });
  });
});
