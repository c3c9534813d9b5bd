/**
 * The reader thread on real files: what it reports for each kind of file (the scan's input), in
 * index order, with batches that cross over in order and never more than a few in flight.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkTreeFile, type Loaded } from '@quality/guard';
import { READ_CONTENT, READ_PREFILTER, READ_SKIP, readInWorker } from '../../../packages/guard/src/reader.js';
import { TRIGGERS_SOURCE } from '../../../packages/guard/src/scan.js';

const dir = mkdtempSync(join(tmpdir(), 'quality-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const show = (l: Loaded | null) =>
  l === null
    ? 'gone'
    : l.symlinkTarget !== undefined
      ? `link ${l.symlinkTarget}`
      : `${l.size}${l.binary ? ' binary' : ''}${l.clean ? ' clean' : ''}${l.data ? ` "${l.data.toString('utf8')}"` : ''}`;

describe('readInWorker', () => {
  it('reports each file as this thread would read it, in order', async () => {
    writeFileSync(join(dir, 'plain.ts'), 'const x = 1;\n');
    writeFileSync(join(dir, 'trigger.ts'), 'const key = 1;\n');
    writeFileSync(join(dir, 'conf.yml'), 'a: 1\n');
    writeFileSync(join(dir, 'img.png'), Buffer.from([0x89, 0, 0x50, 0x4b, 0x65, 0x79])); // NUL, then "Key"
    writeFileSync(join(dir, 'big.log'), 'x'.repeat(300));
    writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(3 << 20, 0x61)); // beyond the 1 MB first read
    symlinkSync('plain.ts', join(dir, 'link'));
    mkdirSync(join(dir, 'sub'));
    const paths = ['plain.ts', 'trigger.ts', 'conf.yml', 'img.png', 'big.log', 'link', 'gone.ts', 'sub', 'huge.txt'];
    const how = new Uint8Array(
      paths.map((p) => (p === 'conf.yml' ? READ_CONTENT : p === 'sub' ? READ_SKIP : READ_PREFILTER)),
    );
    const opts = { maxScan: 4 << 20, triggers: TRIGGERS_SOURCE };
    const got: string[] = [];
    await readInWorker(dir, paths, how, opts, (i, l) => got.push(`${paths[i]}: ${show(l).slice(0, 40)}`));
    const rx = new RegExp(TRIGGERS_SOURCE);
    const here = paths.flatMap((p, i) =>
      how[i] === READ_SKIP ? [] : [`${p}: ${show(readWorkTreeFile(dir, p, how[i]!, opts.maxScan, rx)).slice(0, 40)}`],
    );
    expect(got).toEqual(here);
    expect(got).toEqual([
      'plain.ts: 13 clean',
      'trigger.ts: 15 "const key = 1;\n"',
      'conf.yml: 5 "a: 1\n"',
      'img.png: 6 binary',
      'big.log: 300 clean',
      'link: link plain.ts',
      'gone.ts: gone',
      `huge.txt: ${3 << 20} clean`,
    ]);
    // Above maxScan: the size only.
    const small: string[] = [];
    await readInWorker(dir, ['big.log'], new Uint8Array([READ_CONTENT]), { maxScan: 100, triggers: null }, (_, l) =>
      small.push(show(l)),
    );
    expect(small).toEqual(['300']);
  });

  it('streams thousands of files in order across many batches', async () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    const paths: string[] = [];
    for (let i = 0; i < 3000; i++) {
      writeFileSync(join(many, `f${i}.txt`), `token ${i} ${'y'.repeat(1000)}\n`);
      paths.push(`many/f${i}.txt`);
    }
    const seen: number[] = [];
    let bytes = 0;
    await readInWorker(
      dir,
      paths,
      new Uint8Array(paths.length),
      { maxScan: 1 << 20, triggers: TRIGGERS_SOURCE },
      (i, l) => {
        seen.push(i);
        expect(l?.data?.toString('utf8').startsWith(`token ${i} `)).toBe(true);
        bytes += l!.size;
      },
    );
    expect(seen).toEqual(paths.map((_, i) => i));
    expect(bytes).toBeGreaterThan(3000 * 1000);
  });

  it('passes on an error of the scan and stops the thread', async () => {
    await expect(
      readInWorker(dir, ['plain.ts', 'trigger.ts'], new Uint8Array(2), { maxScan: 1 << 20, triggers: null }, () => {
        throw new Error('scan failed');
      }),
    ).rejects.toThrow('scan failed');
  });
});
