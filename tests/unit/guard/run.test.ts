/**
 * runGuard on a real repository: the prefilter (no trigger text: only the file checks) and the
 * reader thread never change the findings (every secret kind, decoys, conflict markers, shebangs
 * and the executable bit, syntax, workflows, binary files), and the repository's .gitattributes
 * cannot hide a file from them.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { indexPaths, relatedPaths, runGuard, scan, stagedChange, type GuardFinding } from '@quality/guard';
import { generateCorpus } from '../../fixtures/guard/generate.mjs';
import { GitRepo } from '../../support/git-repo.js';

const { positives, decoys } = generateCorpus(3, 1);
let repo: GitRepo;

beforeAll(async () => {
  repo = await GitRepo.init();
  const files: Record<string, string | Buffer> = {
    '.gitattributes': '*.env binary\n*.txt -diff\n',
    'merge.txt': 'a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> x\n',
    'run.sh': '#!/bin/sh\necho hi\n',
    'tool.sh': 'echo no shebang\n',
    'bad.json': '{"a": 1,,}\n',
    'bad.yml': 'a: 1\na: 2\n',
    'plain.ts': 'export const x = 1;\n',
    'img.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x61]),
    '.github/workflows/ci.yml':
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n',
  };
  positives.forEach((p, i) => (files[`pos/${i}-${p.path.replace(/\//g, '_')}`] = p.text));
  decoys.forEach((d, i) => (files[`decoy/${i}-${d.path.replace(/\//g, '_')}`] = d.text));
  await repo.write(files);
  chmodSync(join(repo.dir, 'tool.sh'), 0o755);
  // A compiled program: executable, binary, no trigger text. Not a finding, with or without the prefilter.
  await repo.write({ 'bin/prog': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]) });
  chmodSync(join(repo.dir, 'bin/prog'), 0o755);
  await repo.git('add', '-A');
  await repo.git('commit', '-q', '-m', 'planted');
});

const key = (fs: GuardFinding[]) => fs.map((f) => `${f.path}:${f.line ?? ''} ${f.rule} ${f.fingerprint}`).sort();

describe('runGuard --all with the prefilter and the reader thread', () => {
  it('finds exactly what scanning every file finds, in this thread or the reader thread', async () => {
    const full = await runGuard({ root: repo.dir, scope: { kind: 'all' }, prefilter: false, worker: false });
    const fast = await runGuard({ root: repo.dir, scope: { kind: 'all' }, worker: false });
    const threaded = await runGuard({ root: repo.dir, scope: { kind: 'all' }, worker: true });
    const threadedFull = await runGuard({ root: repo.dir, scope: { kind: 'all' }, worker: true, prefilter: false });
    expect(key(fast.findings)).toEqual(key(full.findings));
    expect(threaded.findings).toEqual(fast.findings); // the same order too
    expect(threadedFull.findings).toEqual(full.findings);
    expect(threaded.skipped).toEqual(fast.skipped);
    expect(threadedFull.skipped).toEqual(full.skipped);
    expect(fast.skipped.prefiltered).toBeGreaterThan(0);
    expect(full.skipped.prefiltered).toBe(0);
    // Binary files are sniffed and counted whether or not they hold a trigger text.
    expect(fast.skipped.binary).toBe(2);
    expect(full.skipped.binary).toBe(2);
    expect(full.findings.filter((f) => f.path === 'bin/prog' || f.path === 'img.png')).toEqual([]);
    const rules = new Set(full.findings.map((f) => f.rule));
    for (const r of [
      'file/merge-conflict',
      'file/executable-without-shebang',
      'file/shebang-not-executable',
      'file/invalid-json',
      'file/invalid-yaml',
    ])
      expect(rules).toContain(r);
    for (const p of positives) expect(rules).toContain(`secret/${p.kind}`);
    expect(full.findings.filter((f) => f.path.startsWith('decoy/') && f.rule.startsWith('secret/'))).toEqual([]);
  });

  it('still reads a file the repository marks binary in .gitattributes', async () => {
    const envs = positives.filter((p) => p.path.endsWith('.env'));
    expect(envs.length).toBeGreaterThan(0);
    for (const worker of [false, true]) {
      const fast = await runGuard({ root: repo.dir, scope: { kind: 'all' }, worker });
      for (const p of envs) expect(fast.findings.some((f) => f.path.endsWith(p.path.replace(/\//g, '_')))).toBe(true);
    }
  });
});

describe('runGuard --staged', () => {
  /** The staged run, and a scan of the same entries against every index path. */
  const both = async (dir: string) => {
    const run = await runGuard({ root: dir, scope: { kind: 'staged' } });
    const everything = (await indexPaths(dir)).split('\0').filter(Boolean);
    const reference = scan((await stagedChange(dir)).entries, { allPaths: everything });
    expect(key(run.findings)).toEqual(key(reference.findings));
    return run.findings.map((f) => `${f.path} ${f.rule}`).sort();
  };

  it('finds the case collisions of the change from the HEAD folders on its paths', async () => {
    const r = await GitRepo.init();
    await r.commit('base', {
      'docs/guide.md': '# guide\n',
      'lib/Util.ts': 'export const a = 1;\n',
      'lib/deep/x.ts': 'export const x = 1;\n',
      'Gone/a.ts': 'export const g = 1;\n',
      'other/file.ts': 'export const o = 1;\n',
    });
    await r.write({
      'Docs/new.md': '# a folder differing by case only\n',
      'lib/util.ts': 'export const b = 1;\n',
      'lib/fine.ts': 'export const c = 1;\n',
      'LIB/deep/y.ts': 'export const y = 1;\n',
    });
    await r.git('add', '-A');
    expect((await stagedChange(r.dir)).related).toBeDefined(); // answered from the HEAD trees
    expect(await both(r.dir)).toEqual([
      'Docs file/case-collision',
      'LIB file/case-collision',
      'LIB/deep file/case-collision',
      'lib file/case-collision',
      'lib/util.ts file/case-collision',
    ]);
    // A folder the change empties is no collision (the index is listed to know).
    await r.git('rm', '-q', '-r', 'Gone');
    await r.write({ 'gone/b.ts': 'export const b = 1;\n' });
    await r.git('add', '-A');
    expect((await stagedChange(r.dir)).related).toBeUndefined();
    expect(await both(r.dir)).not.toContain('gone file/case-collision');
  });

  it('checks staged symlinks against the index, and works before the first commit', async () => {
    const r = await GitRepo.init();
    await r.write({ 'lib/deep/x.ts': 'export const x = 1;\n', 'Lib/y.ts': 'export const y = 1;\n' });
    await r.git('add', '-A');
    expect(await both(r.dir)).toEqual(['Lib file/case-collision', 'lib file/case-collision']);
    await r.commit('base', { 'docs/guide.md': '# guide\n' });
    symlinkSync('../lib/deep', join(r.dir, 'docs/to-lib'));
    symlinkSync('gone.ts', join(r.dir, 'lib/dead'));
    await r.git('add', '-A');
    expect(await both(r.dir)).toEqual([
      'lib file/case-collision', // lib/dead is in it; Lib is not part of the change
      'lib/dead file/broken-symlink',
    ]);
  });
});

describe('relatedPaths', () => {
  const listing = [
    'A/b.ts',
    'a/c.ts',
    'a/d/e.ts',
    'src/x.ts',
    'SRC/y.ts',
    'src/Z.ts',
    'lib/deep/k.ts',
    'z.ts',
    '',
  ].join('\0');
  it('keeps the paths colliding by case with a changed path or folder, and one under each symlink target', () => {
    expect(relatedPaths(listing, ['src/z.ts'])).toEqual(['SRC/y.ts', 'src/Z.ts']);
    expect(relatedPaths(listing, ['a/new.ts'])).toEqual(['A/b.ts']);
    expect(relatedPaths(listing, ['z.ts'])).toEqual([]);
    expect(relatedPaths(listing, ['q/link'], new Map([['q/link', '../lib/deep']]))).toEqual(['lib/deep/k.ts']);
    expect(relatedPaths(listing, ['q/link'], new Map([['q/link', '../../outside']]))).toEqual([]);
  });
});
