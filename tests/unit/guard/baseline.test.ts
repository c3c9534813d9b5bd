import { describe, it, expect } from '@jest/globals';
import { applyBaseline, parseBaseline, writeBaseline, scan, type ScanEntry } from '@quality/guard';
import { ConfigurationError } from '@quality/kit/errors';

const entry = (path: string, text: string): ScanEntry => ({
  path,
  read: () => Buffer.from(text),
  mode: 0o100644,
  size: text.length,
});

describe('baseline', () => {
  const known = '{\n  "a": 1,\n}\n';
  it('silences a known finding, even when it moves, and not a new one', () => {
    const before = scan([entry('a.json', known), entry('m.txt', '<<<<<<< a\n=======\n>>>>>>> b\n')]).findings;
    expect(before.map((f) => f.rule).sort()).toEqual(['file/invalid-json', 'file/merge-conflict']);
    const baseline = parseBaseline(
      writeBaseline(before.filter((f) => f.rule === 'file/invalid-json')),
      'guard-baseline.json',
    );
    // The same broken line two lines lower, and a new conflict block.
    const after = scan([entry('a.json', `\n\n${known}`), entry('m.txt', '<<<<<<< a\n=======\n>>>>>>> b\n')]).findings;
    const { kept, suppressed, unused } = applyBaseline(after, baseline);
    expect(suppressed.map((f) => f.rule)).toEqual(['file/invalid-json']);
    expect(kept.map((f) => f.rule)).toEqual(['file/merge-conflict']);
    expect(unused).toEqual([]);
  });

  it('keeps reasons already written, drops entries whose finding is gone, sorts for stable diffs', () => {
    const fs = scan([entry('b.json', '{'), entry('a.json', known)]).findings;
    const first = parseBaseline(writeBaseline(fs), 'b.json');
    expect(first.entries.map((e) => e.path)).toEqual(['a.json', 'b.json']);
    first.entries[0]!.reason = 'generated file, fixed upstream';
    const second = parseBaseline(
      writeBaseline(
        fs.filter((f) => f.path === 'a.json'),
        first,
      ),
      'b.json',
    );
    expect(second.entries).toEqual([
      expect.objectContaining({ path: 'a.json', reason: 'generated file, fixed upstream' }),
    ]);
    const { unused } = applyBaseline([], first);
    expect(unused).toHaveLength(2);
  });

  it('rejects a baseline without reasons or with a bad shape, naming the file and entry', () => {
    const fp = 'a'.repeat(32);
    expect(() =>
      parseBaseline('{"version":1,"entries":[{"fingerprint":"' + fp + '","path":"x","reason":" "}]}', 'q.json'),
    ).toThrow(/q\.json: entries\[0\] \(x\): "reason" is missing/);
    expect(() => parseBaseline('[]', 'q.json')).toThrow(ConfigurationError);
    expect(() => parseBaseline('{', 'q.json')).toThrow(/q\.json: is not valid JSON/);
    expect(() => parseBaseline('{"version":1,"entries":[{"fingerprint":"zz","reason":"r"}]}', 'q.json')).toThrow(
      /fingerprint/,
    );
  });
});
