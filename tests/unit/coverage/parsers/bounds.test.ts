/**
 * Parsers on hostile numbers (issue 12): counts past 2^53, huge branch counts, spans and line
 * numbers 0 or hex are FileFormatErrors naming the file and line, in bounded time and memory.
 */
import { describe, expect, it, afterAll } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FileFormatError } from '@quality/kit/errors';
import { analyze, summarizeFile, totalsOf, type CoverageReport } from '@quality/coverage';
import { parsers } from '../../../../packages/coverage/src/parsers/index.js';
import { fromBuffers, openReport, sniff } from '../../../../packages/coverage/src/input.js';
import { MAX_GO_BLOCK_LINES } from '../../../../packages/coverage/src/parsers/limits.js';
import type { Format } from '@quality/coverage';
import { GitRepo, removeAll } from '../../../support/git-repo.js';

const parse = (format: Format, text: string | Buffer, name = 'r.txt'): Promise<CoverageReport> =>
  parsers[format](fromBuffers(text), { name });

async function refused(p: Promise<unknown>, message: RegExp): Promise<FileFormatError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(FileFormatError);
  expect((e as Error).message).toMatch(message);
  return e as FileFormatError;
}

const totals = (r: CoverageReport) =>
  totalsOf(
    [...r.files.values()].map((f) => summarizeFile(f, r.metrics)),
    r.metrics,
  );

const cobertura = (line: string) =>
  `<?xml version="1.0"?>\n<coverage>\n<packages><package><classes><class filename="a.py"><lines>\n${line}\n</lines></class></classes></package></packages>\n</coverage>\n`;
const jacoco = (line: string) =>
  `<?xml version="1.0"?>\n<report name="r">\n<package name="p"><sourcefile name="A.java">\n${line}\n</sourcefile></package>\n</report>\n`;
const clover = (line: string) =>
  `<?xml version="1.0"?>\n<coverage clover="4.4.1"><project>\n<file path="a.php">\n${line}\n</file></project></coverage>\n`;

describe('counts beyond 2^53-1, Infinity, hex and line 0 are refused with the file and line', () => {
  it('lcov', async () => {
    await refused(
      parse('lcov', 'SF:a.c\nDA:1,1\nDA:2,100000000000000000000\nend_of_record\n', 'a.info'),
      /^a\.info:3: a count .* larger than 9007199254740991/,
    );
    await refused(
      parse('lcov', 'SF:a.c\nDA:0,1\nend_of_record\n', 'a.info'),
      /^a\.info:2: DA record "DA:0,1" names line 0/,
    );
    // the largest exact count still saturates (only zero / non-zero matters for totals)
    const ok = await parse('lcov', 'SF:a.c\nDA:1,9007199254740991\nend_of_record\n');
    expect(totals(ok).lines).toEqual({ covered: 1, total: 1 });
    // coverage.py writes BRDA line 0 for the entry arc: still read
    const py = await parse('lcov', 'SF:a.py\nDA:1,1\nBRDA:0,4,0,1\nend_of_record\n');
    expect(totals(py).branches).toEqual({ covered: 1, total: 1 });
  });

  it('Cobertura', async () => {
    await refused(
      parse('cobertura', cobertura('<line number="0x10" hits="1"/>'), 'c.xml'),
      /^c\.xml:4: <line> has number="0x10": expected a line number/,
    );
    await refused(parse('cobertura', cobertura('<line number="0" hits="1"/>'), 'c.xml'), /^c\.xml:4: .*number="0"/);
    await refused(
      parse('cobertura', cobertura('<line number="3" hits="1e20"/>'), 'c.xml'),
      /^c\.xml:4: .*hits="1e20", more than/,
    );
    await refused(
      parse('cobertura', cobertura('<line number="3" hits="Infinity"/>'), 'c.xml'),
      /^c\.xml:4: .*hits="Infinity"/,
    );
  });

  it('JaCoCo', async () => {
    await refused(
      parse('jacoco', jacoco('<line nr="0x10" mi="0" ci="1" mb="0" cb="0"/>'), 'j.xml'),
      /^j\.xml:4: <line> has nr="0x10"/,
    );
    await refused(
      parse('jacoco', jacoco('<line nr="0" mi="0" ci="1" mb="0" cb="0"/>'), 'j.xml'),
      /^j\.xml:4: <line> has nr="0"/,
    );
    await refused(
      parse('jacoco', jacoco('<line nr="1" mi="0" ci="1e400" mb="0" cb="0"/>'), 'j.xml'),
      /^j\.xml:4: attribute ci="1e400"/,
    );
    const big = '9007199254740991';
    await refused(
      parse('jacoco', jacoco(`<line nr="1" mi="${big}" ci="0"/>\n<line nr="2" mi="${big}" ci="0"/>`), 'j.xml'),
      /^j\.xml:5: the instructions .* more than 9007199254740991/,
    );
  });

  it('Clover', async () => {
    await refused(
      parse('clover', clover('<line num="0" type="stmt" count="1"/>'), 'k.xml'),
      /^k\.xml:4: <line> has num="0"/,
    );
    await refused(
      parse('clover', clover('<line num="1" type="stmt" count="1e400"/>'), 'k.xml'),
      /^k\.xml:4: attribute count="1e400"/,
    );
    await refused(
      parse('clover', clover('<line num="1" type="stmt" count="-3"/>'), 'k.xml'),
      /^k\.xml:4: attribute count="-3"/,
    );
  });

  it('Go', async () => {
    await refused(parse('go', 'mode: set\na.go:0.1,2.2 1 1\n', 'c.out'), /^c\.out:2: .*invalid line range 0\.\.2/);
    await refused(
      parse('go', 'mode: count\na.go:1.1,2.2 1 100000000000000000000\n', 'c.out'),
      /^c\.out:2: .*larger than 9007199254740991/,
    );
  });

  it('istanbul', async () => {
    const map = (count: string) =>
      `{"a.js":{"path":"a.js","statementMap":{"0":{"start":{"line":1,"column":0},"end":{"line":1,"column":5}}},"s":{"0":${count}},"fnMap":{},"f":{},"branchMap":{},"b":{}}}`;
    await refused(
      parse('istanbul', map('1e400'), 'i.json'),
      /^i\.json: a\.js statement 0: count Infinity is larger than/,
    );
    await refused(parse('istanbul', map('1e20'), 'i.json'), /larger than 9007199254740991/);
    const big = 9007199254740991;
    const summary = JSON.stringify({
      total: { lines: { total: 1, covered: 1 } },
      'a.js': { lines: { total: big, covered: 0 } },
      'b.js': { lines: { total: big, covered: 0 } },
    });
    await refused(
      parse('istanbul-summary', summary, 's.json'),
      /^s\.json: the files' lines totals, up to "b\.js", add up to more than/,
    );
  });

  it('an invalid character reference (&#x110000;) is a FileFormatError, not a bug', async () => {
    const source = '<?xml version="1.0"?>\n<coverage><sources><source>&#x110000;</source></sources></coverage>';
    await refused(parse('cobertura', source, 'c.xml'), /^c\.xml:2: &#x110000; is not a valid XML character reference/);
    await refused(
      parse('cobertura', cobertura('</lines></class><class filename="&#x110000;"><lines>'), 'c.xml'),
      /^c\.xml:4: &#x110000; is not a valid XML character reference/,
    );
  });
});

describe('count-only branches stay counts', () => {
  /** Parse, and check it took under 100 ms and left the file's tables under 4 KB (no materialised branches). */
  async function fast(format: Format, text: string): Promise<CoverageReport> {
    await parse(format, text); // warm the parser's code paths
    const t0 = performance.now();
    const r = await parse(format, text);
    expect(performance.now() - t0).toBeLessThan(100);
    for (const f of r.files.values()) expect(f.byteSize()).toBeLessThan(4096);
    return r;
  }

  it('Cobertura condition-coverage of 2e9 and 1e11 branches: the counts, at once', async () => {
    for (const total of [2_000_000_000, 100_000_000_000, Number.MAX_SAFE_INTEGER - 2]) {
      const r = await fast(
        'cobertura',
        cobertura(
          `<line number="3" hits="1" branch="true" condition-coverage="0% (1/${total})"/>\n` +
            '<line number="4" hits="1" branch="true" condition-coverage="50% (1/2)"/>',
        ),
      );
      expect(totals(r).branches).toEqual({ covered: 2, total: total + 2 });
      expect(r.files.get('a.py')!.branches.counts(3)).toEqual({ covered: 1, total });
    }
    // the long form (a value the fast path does not read) too
    const long = await fast(
      'cobertura',
      cobertura('<line number="3" hits="1" branch="true" condition-coverage="50% (1000000000/2000000000) x"/>'),
    );
    expect(totals(long).branches).toEqual({ covered: 1_000_000_000, total: 2_000_000_000 });
  });

  it('Cobertura counts beyond 2^53-1, on one line or added up, are refused with the file and line', async () => {
    for (const total of ['9007199254740992', '99999999999999999999', '1'.repeat(400)]) {
      await refused(
        parse(
          'cobertura',
          cobertura(`<line number="3" hits="1" branch="true" condition-coverage="0% (1/${total})"/>`),
          'c.xml',
        ),
        /^c\.xml:4: condition-coverage=".*" on line 3 counts more than 9007199254740991 branches/,
      );
    }
    const half = 5_000_000_000_000_000;
    await refused(
      parse(
        'cobertura',
        cobertura(
          `<line number="3" hits="1" branch="true" condition-coverage="0% (1/${half})"/>\n` +
            `<line number="4" hits="1" branch="true" condition-coverage="0% (1/${half})"/>`,
        ),
        'c.xml',
      ),
      /^c\.xml:5: the branches counted up to condition-coverage="0% \(1\/5000000000000000\)" on line 4 add up to more than 9007199254740991/,
    );
  });

  it('JaCoCo mb=2000000000: the counts, at once; a sum beyond 2^53-1 is refused', async () => {
    const r = await fast(
      'jacoco',
      jacoco('<line nr="1" mi="0" ci="1" mb="2000000000" cb="3"/>\n<line nr="2" mi="0" ci="1" mb="1" cb="1"/>'),
    );
    expect(totals(r).branches).toEqual({ covered: 4, total: 2_000_000_005 });
    // JaCoCo writes decimal integers: the exponent form is not a JaCoCo number
    await refused(
      parse('jacoco', jacoco('<line nr="1" mi="0" ci="1" mb="2e9" cb="0"/>'), 'j.xml'),
      /^j\.xml:4: attribute mb="2e9": expected a non-negative decimal integer/,
    );
    await refused(
      parse('jacoco', jacoco('<line nr="1" mi="0" ci="1" mb="9007199254740991" cb="1"/>'), 'j.xml'),
      /^j\.xml:4: the branches counted up to <line nr="1"> \(mb="9007199254740991" cb="1"\) add up to more than 9007199254740991/,
    );
  });

  it('Clover (istanbul) truecount+falsecount of 2e9: the counts, at once; a sum beyond 2^53-1 is refused', async () => {
    const r = await fast(
      'clover',
      clover('<line num="1" count="1" type="cond" truecount="1" falsecount="1999999999"/>'),
    );
    expect(totals(r).branches).toEqual({ covered: 1, total: 2_000_000_000 });
    await refused(
      parse(
        'clover',
        clover('<line num="1" count="1" type="cond" truecount="1" falsecount="9007199254740991"/>'),
        'k.xml',
      ),
      /^k\.xml:4: the branches counted up to <line num="1"> .* add up to more than 9007199254740991/,
    );
  });
});

describe('Go blocks are bounded', () => {
  it('a block spanning ten million lines is refused at once', async () => {
    const t0 = Date.now();
    await refused(
      parse('go', 'mode: set\na.go:1.1,10000000.2 1 1\n', 'c.out'),
      /^c\.out:2: block .* spans 10000000 lines, more than the 1000000/,
    );
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('2,000 long blocks are refused when their lines add up past the profile limit', async () => {
    const span = MAX_GO_BLOCK_LINES - 1;
    const rows = Array.from({ length: 2000 }, (_, i) => `a${i}.go:1.1,${span}.2 1 1`).join('\n');
    const t0 = Date.now();
    await refused(
      parse('go', `mode: set\n${rows}\n`, 'c.out'),
      /^c\.out:22: the blocks up to this one span more than 20000000 lines/,
    );
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('a long block with a huge count takes 2 bytes a line (derived line hits saturate)', async () => {
    const r = await parse('go', 'mode: count\na.go:1.1,900000.2 3 100000\n');
    const f = r.files.get('a.go')!;
    expect(f.lines.get(900000)).toBe(65533);
    expect(f.statements.get('1.1,900000.2')!.hits).toBe(100000);
    expect(totals(r).lines).toEqual({ covered: 900000, total: 900000 });
  });
});

describe('lcov BRDA with text ids', () => {
  it('200,000 distinct text ids on one line are read in linear time', async () => {
    const n = 200_000;
    const parts = ['SF:a.py', 'DA:7,1'];
    for (let i = 0; i < n; i++) parts.push(`BRDA:7,0,jump to line ${i},${i % 2}`);
    parts.push('BRDA:7,0,jump to line 4,1', 'end_of_record', '');
    const t0 = Date.now();
    const r = await parse('lcov', parts.join('\n'));
    expect(Date.now() - t0).toBeLessThan(10_000); // was over 30 s (quadratic)
    // the repeated id (line 4, not taken before) is summed with its first record, not added
    expect(totals(r).branches).toEqual({ covered: n / 2 + 1, total: n });
  });
});

describe('report files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quality-bounds-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(process.platform === 'win32' ? [] : [['openReport'], ['sniff']])(
    'a FIFO is refused by %s without blocking',
    async (how) => {
      const fifo = join(dir, `report-${how}.fifo`);
      execFileSync('mkfifo', [fifo]);
      const read = async (): Promise<void> => {
        if (how === 'sniff') await sniff(fifo);
        else for await (const c of openReport(fifo)) void c;
      };
      await refused(read(), /report-.*\.fifo: is not a regular file \(a FIFO, socket or device\)/);
      // A link to a FIFO or a device: decided on the open file, not by a check a swap could pass.
      const link = join(dir, `report-${how}.link`);
      symlinkSync(fifo, link);
      await refused(
        how === 'sniff'
          ? sniff(link)
          : (async () => {
              for await (const c of openReport(link)) void c;
            })(),
        /is not a regular file/,
      );
      await refused(
        how === 'sniff'
          ? sniff('/dev/zero')
          : (async () => {
              for await (const c of openReport('/dev/zero')) void c;
            })(),
        /is not a regular file/,
      );
    },
  );

  it('a gzip report inflating past the limit is refused', async () => {
    const file = join(dir, 'bomb.info.gz');
    writeFileSync(file, gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x41)));
    const read = async () => {
      for await (const c of openReport(file, { maxInflatedBytes: 4 * 1024 * 1024 })) void c;
    };
    await refused(read(), /bomb\.info\.gz: inflates to more than 4194304 bytes/);
    let n = 0;
    for await (const c of openReport(file, { maxInflatedBytes: 8 * 1024 * 1024 })) n += c.length;
    expect(n).toBe(8 * 1024 * 1024);
  });
});

describe('negative counts', () => {
  it('are refused in every format that could carry one, naming the file (and line where there is one)', async () => {
    await refused(parse('lcov', 'SF:a.c\nDA:1,-2\nend_of_record\n', 'n.info'), /n\.info:2: .*negative/);
    await refused(
      parse('cobertura', cobertura('<line number="3" hits="-1"/>'), 'n.xml'),
      /n\.xml:4: .*hits="-1".*never below 0/,
    );
    await refused(
      parse(
        'istanbul',
        JSON.stringify({
          'a.js': {
            path: 'a.js',
            statementMap: { 0: { start: { line: 1, column: 0 }, end: { line: 1, column: 5 } } },
            fnMap: {},
            branchMap: {},
            s: { 0: -3 },
            f: {},
            b: {},
          },
        }),
        'n.json',
      ),
      /n\.json.*count -3 is negative/,
    );
  });
});

describe('analyze: a report of another repository', () => {
  afterAll(removeAll);

  it('lists 200,000 paths it cannot map without running out of stack', async () => {
    const repo = await GitRepo.init();
    await repo.commit('one file', { 'src/a.js': 'a\n' });
    const n = 200_000;
    let lcov = 'SF:src/a.js\nDA:1,1\nend_of_record\n';
    for (let i = 0; i < n; i++) lcov += `SF:other/f${i}.js\nDA:1,1\nend_of_record\n`;
    writeFileSync(join(repo.dir, 'lcov.info'), lcov);
    const a = await analyze({ reports: ['lcov.info'], cwd: repo.dir, spillDir: repo.dir });
    expect(a.unmapped).toHaveLength(n); // a RangeError (call stack) before
    expect(a.files.map((f) => f.path)).toEqual(['src/a.js']);
  });
});
