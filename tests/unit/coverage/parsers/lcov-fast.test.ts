/**
 * The lcov parser's fast paths (FN/FNDA matched by bytes at a cursor, DA/BRDA buffered per
 * section and applied at its end) against a plain Map-based reading of the same records, on
 * random tracefiles whose record orders defeat the cursor as often as they follow it.
 */
import { afterAll, describe, it, expect } from '@jest/globals';
import { parseLcov, parseLcovBuffer } from '../../../../packages/coverage/src/parsers/lcov.js';
import { fromBuffers } from '../../../../packages/coverage/src/input.js';
import { MAX_HITS, summarizeFile } from '@quality/coverage';
import type { CoverageReport } from '@quality/coverage';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tmp = mkdtempSync(join(tmpdir(), 'lcov-fast-'));
afterAll(() => {
  // the spill files are unlinked as soon as they are open: nothing is left to remove
  expect(readdirSync(tmp)).toEqual([]);
  rmSync(tmp, { recursive: true, force: true });
});

interface Fn {
  name: string;
  line: number;
  endLine?: number;
  hits: number;
}
interface RefFile {
  lines: Map<number, number>;
  fns: Map<string, Fn>;
  branches: Map<number, { id: string; hits: number }[]>;
}

function rng(seed: number): (n: number) => number {
  let x = seed >>> 0 || 1;
  return (n) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

function shuffle<T>(a: T[], r: (n: number) => number): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = r(i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

const NAMES = ['f', 'f1', 'f10', 'main', '_ZN3foo3barEv', 'ünïcode', 'größe', 'a,b', 'x y', 'f1\u00e9'];
const PATHS = ['/src/a.c', '/src/b.c', '/src/ç.c'];

/** A random tracefile and what a Map-based reader makes of it. */
function generate(seed: number): { text: string; ref: Map<string, RefFile> } {
  const r = rng(seed);
  const ref = new Map<string, RefFile>();
  let text = '';
  const sections = 1 + r(8);
  for (let s = 0; s < sections; s++) {
    const path = PATHS[r(PATHS.length)]!;
    let f = ref.get(path);
    if (!f) ref.set(path, (f = { lines: new Map(), fns: new Map(), branches: new Map() }));
    text += `TN:t${s}\nSF:${path}\n`;
    const names = shuffle(NAMES.slice(), r).slice(0, r(NAMES.length + 1));
    // FN records (a name may repeat: the last line wins)
    const fnRecs = names.map((n) => ({ n, line: 1 + r(50), end: r(3) === 0 ? 50 + r(50) : undefined }));
    if (r(3) === 0 && fnRecs.length > 0) fnRecs.push({ ...fnRecs[0]!, line: 1 + r(50) });
    const fnda = names.filter(() => r(4) !== 0).map((n) => ({ n, hits: r(3) === 0 ? 0 : r(1000) }));
    if (r(3) === 0) fnda.push({ n: NAMES[r(NAMES.length)]!, hits: r(5) }); // maybe without FN
    if (r(2) === 0) shuffle(fnda, r);
    const emitFn = (): void => {
      for (const { n, line, end } of fnRecs) {
        text += end === undefined ? `FN:${line},${n}\n` : `FN:${line},${end},${n}\n`;
        const prev = f.fns.get(n);
        if (prev) {
          prev.line = line;
          if (end !== undefined) prev.endLine = end;
        } else f.fns.set(n, end === undefined ? { name: n, line, hits: 0 } : { name: n, line, endLine: end, hits: 0 });
      }
    };
    const emitFnda = (): void => {
      for (const { n, hits } of fnda) {
        text += `FNDA:${hits},${n}\n`;
        const prev = f.fns.get(n);
        if (prev) prev.hits += hits;
        else f.fns.set(n, { name: n, line: 0, hits });
      }
    };
    // geninfo writes FN before FNDA; other writers interleave or reverse
    if (r(4) === 0) {
      emitFnda();
      emitFn();
    } else {
      emitFn();
      emitFnda();
    }
    const nBr = r(12);
    for (let b = 0; b < nBr; b++) {
      const line = 1 + r(40);
      const id = r(4) === 0 ? `jump to line ${r(3)}` : `${r(3)},${r(2)}`;
      const taken = r(4) === 0 ? '-' : String(r(7));
      text += `BRDA:${line},${id},${taken}\n`;
      const hits = taken === '-' ? 0 : Number(taken);
      let list = f.branches.get(line);
      if (!list) f.branches.set(line, (list = []));
      const e = list.find((x) => x.id === id);
      if (e) e.hits += hits;
      else list.push({ id, hits });
    }
    const nDa = 1 + r(30);
    for (let d = 0; d < nDa; d++) {
      const line = 1 + r(r(5) === 0 ? 5000 : 60);
      const hits = r(3) === 0 ? 0 : r(100000);
      text += `DA:${line},${hits}\n`;
      f.lines.set(line, (f.lines.get(line) ?? 0) + hits);
    }
    // a section left open now and then (the next SF starts before its end_of_record)
    if (r(6) !== 0 || s === sections - 1) text += 'end_of_record\n';
  }
  return { text, ref };
}

function actual(rep: CoverageReport): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [p, f] of rep.files) {
    out.set(p, {
      lines: [...f.lines.entries()],
      fns: [...f.functions.entries()].map(([k, v]) => [k, { ...v }]),
      branches: [...f.branches.entries()],
    });
  }
  return out;
}

function expected(ref: Map<string, RefFile>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [p, f] of ref) {
    out.set(p, {
      lines: [...f.lines].sort((a, b) => a[0] - b[0]),
      fns: [...f.fns].map(([k, v]) => [k, { ...v }]),
      branches: [...f.branches].sort((a, b) => a[0] - b[0]).map(([l, list]) => [l, list.map((x) => x.hits)]),
    });
  }
  return out;
}

describe('lcov parser fast paths', () => {
  it('reads random tracefiles exactly as a Map-based reader does (whole buffer and random chunks)', async () => {
    for (let seed = 1; seed <= 300; seed++) {
      const { text, ref } = generate(seed);
      const want = expected(ref);
      expect(actual(parseLcovBuffer(text, `seed-${seed}`))).toEqual(want);
      const buf = Buffer.from(text, 'utf8');
      const r = rng(seed * 7 + 3);
      const parts: Buffer[] = [];
      for (let i = 0; i < buf.length;) {
        const n = 1 + r(40);
        parts.push(buf.subarray(i, i + n));
        i += n;
      }
      expect(actual(await parseLcov(fromBuffers(...parts), { name: `seed-${seed}` }))).toEqual(want);
    }
  });

  it('without a spill folder nothing is frozen, whatever the budget', () => {
    const { text } = generate(7);
    const rep = parseLcovBuffer(text, 'seed-7', { freezeAboveBytes: 0 });
    expect([...rep.files.values()].some((f) => f.frozen)).toBe(false);
  });

  it('freezing every finished file (a budget of 0 bytes) changes no number: summaries without thawing, tables after', async () => {
    let frozen = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const { text, ref } = generate(seed);
      const warm = parseLcovBuffer(text, `seed-${seed}`);
      const cold = await parseLcov(fromBuffers(Buffer.from(text, 'utf8')), {
        name: `seed-${seed}`,
        spillDir: tmp,
        freezeAboveBytes: 0,
      });
      const frozenNow = () => [...cold.files.values()].filter((f) => f.frozen).length;
      const before = frozenNow();
      frozen += before;
      const sum = (r: CoverageReport) => [...r.files.values()].map((f) => summarizeFile(f, r.metrics));
      expect(sum(cold)).toEqual(sum(warm)); // from the counters kept at freeze time...
      expect(frozenNow()).toBe(before); // ...which did not thaw anything
      expect(actual(cold)).toEqual(expected(ref)); // reading the tables thaws them
      expect([...cold.files.values()].some((f) => f.frozen)).toBe(false);
      expect(cold.warnings).toEqual(warm.warnings);
    }
    expect(frozen).toBeGreaterThan(100);
  });

  it('matches names by their bytes: a prefix, a longer name or a non-ASCII twin is another function', () => {
    const rep = parseLcovBuffer(
      'SF:/a.c\nFN:1,f\nFN:2,f1\nFN:3,größe\nFNDA:1,f1\nFNDA:2,f\nFNDA:4,größe\nFNDA:8,gr\u00f6\u00dfe\nDA:1,1\nend_of_record\n' +
        'SF:/a.c\nFN:5,f\nFN:6,f1\nFNDA:16,f\nFNDA:32,ff\nDA:1,1\nend_of_record\n',
    );
    expect([...rep.files.get('/a.c')!.functions.entries()]).toEqual([
      ['f', { name: 'f', line: 5, hits: 18 }],
      ['f1', { name: 'f1', line: 6, hits: 1 }],
      ['größe', { name: 'größe', line: 3, hits: 12 }],
      ['ff', { name: 'ff', line: 0, hits: 32 }],
    ]);
  });
  it('reads DA records the same whichever chunk boundary cuts them (fast path and general path agree)', async () => {
    const text =
      'SF:/d.c\nDA:1,5\nDA:2,0,abcdef\r\nDA:3,-0\nDA:4,2.0\nDA:5,9007199254740991\nDA:6,7\r\nDA:70000,3\nDA:6,1\nend_of_record\n';
    const whole = parseLcovBuffer(text);
    const want = [...whole.files.get('/d.c')!.lines.entries()];
    expect(want).toEqual([
      [1, 5],
      [2, 0],
      [3, 0],
      [4, 2],
      [5, MAX_HITS],
      [6, 8],
      [70000, 3],
    ]);
    const buf = Buffer.from(text);
    for (let cut = 1; cut < buf.length; cut++) {
      const rep = await parseLcov(fromBuffers(buf.subarray(0, cut), buf.subarray(cut)), { name: 'cut' });
      expect([...rep.files.get('/d.c')!.lines.entries()]).toEqual(want);
    }
    expect(() => parseLcovBuffer('SF:/d.c\nDA:99999999999,1\nend_of_record\n')).toThrow(
      /line number 99999999999 .* is above/,
    );
  });
});
