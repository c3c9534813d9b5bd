/**
 * quality guard on a real repository: every tracked file, the index only (--staged), and only
 * what a change adds (--base); a baseline silences a known finding and not a new one; no output
 * ever holds a planted secret in clear.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../../fixtures/guard/generate.mjs';
import { GitRepo } from '../../support/git-repo.js';
import { quality } from './run.js';

const planted = generateCorpus(7, 1).positives;
const aws = planted.find((p) => /aws/i.test(p.kind))!;
const other = planted.find((p) => p !== aws && !/private|pem|jwt/i.test(p.kind))!;
let repo: GitRepo;

interface Out {
  findings: { rule: string; severity: string; path: string; line: number | null; message: string }[];
  counts: { error: number; warning: number; notice: number };
  suppressed: number;
}
const json = (stdout: string) => JSON.parse(stdout) as Out;
const secretsIn = (text: string) => planted.filter((p) => text.includes(p.secret)).map((p) => p.kind);

beforeAll(async () => {
  repo = await GitRepo.init();
  await repo.write({ 'README.md': '# app\n', 'old/config.env': aws.text });
  await repo.git('add', '-A');
  await repo.git('commit', '-q', '-m', 'base with an old secret');
  await repo.git('branch', 'base');
});

describe('quality guard', () => {
  it('--all finds the committed secret, never prints it, and fails', async () => {
    const r = await quality(['guard', '--all', '--json'], repo.dir);
    expect(r.code).toBe(1);
    const out = json(r.stdout);
    expect(out.findings.some((f) => f.path === 'old/config.env' && f.severity === 'error' && f.line !== null)).toBe(
      true,
    );
    expect(secretsIn(r.stdout + r.stderr)).toEqual([]);
    const text = await quality(['guard'], repo.dir);
    expect(text.code).toBe(1);
    expect(secretsIn(text.stdout + text.stderr)).toEqual([]);
    expect(text.stdout).toMatch(/^old\/config\.env:\d+: error /m);
  });

  it('--base scans only what the change adds: the old secret does not block, a new one does', async () => {
    await repo.write({ 'src/app.js': 'export const x = 1;\n' });
    await repo.git('add', '-A');
    await repo.git('commit', '-q', '-m', 'clean change');
    const clean = await quality(['guard', '--base', 'base', '--json'], repo.dir);
    expect(clean.stderr).toBe('');
    expect(json(clean.stdout).findings).toEqual([]);
    expect(clean.code).toBe(0);

    writeFileSync(join(repo.dir, 'src/new.env'), other.text); // work tree, not even staged
    await repo.git('add', '-N', 'src/new.env');
    const dirty = await quality(['guard', '--base', 'base', '--json'], repo.dir);
    expect(dirty.code).toBe(1);
    expect(json(dirty.stdout).findings.map((f) => f.path)).toEqual(expect.arrayContaining(['src/new.env']));
    expect(json(dirty.stdout).findings.every((f) => f.path !== 'old/config.env')).toBe(true);
    expect(secretsIn(dirty.stdout)).toEqual([]);
    await repo.git('rm', '-q', '--cached', 'src/new.env');
  });

  it('--base: files git shows as binary count whole, and a deletion that breaks a JSON file is found', async () => {
    const r = await GitRepo.init();
    await r.commit('base', { 'cfg.json': '{\n  "a": 1,\n  "b": 2\n}\n', '.gitattributes': '*.env -diff\n' });
    await r.git('branch', 'base');
    await r.commit('change', {
      'big.bin': Buffer.alloc(700_000), // NUL bytes: binary to git, no lines in the diff
      'prod.env': other.text, // -diff: "Binary files differ", no lines either
      'cfg.json': '{\n  "a": 1,\n}\n', // only a deletion (of "b"), which leaves a trailing comma
    });
    const out = await quality(['guard', '--base', 'base', '--json'], r.dir);
    const found = json(out.stdout).findings.map((f) => `${f.path} ${f.rule}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'big.bin file/large-file',
        'cfg.json file/invalid-json',
        expect.stringMatching(/^prod\.env secret\//),
      ]),
    );
    expect(out.code).toBe(1);
    expect(secretsIn(out.stdout + out.stderr)).toEqual([]);
  });

  it('--base: a secret one commit added and a later one removed is still found (it is in the history)', async () => {
    const r = await GitRepo.init();
    await r.commit('base', { 'README.md': '# x\n' });
    await r.git('branch', 'base');
    const added = await r.commit('add deploy config', {
      'deploy.env': `x=1\n${other.text}`,
      'old notes.txt': aws.text,
    });
    await r.remove('drop it again', ['deploy.env', 'old notes.txt']);
    await r.commit('unrelated', { 'b.txt': 'b\n' });
    const out = await quality(['guard', '--base', 'base', '--json'], r.dir);
    const found = json(out.stdout).findings;
    // A name with a space: git ends its +++ line with a tab, which is not part of the name.
    expect(found.map((f) => [f.path, f.rule.startsWith('secret/'), f.line])).toEqual([
      ['deploy.env', true, expect.any(Number)],
      ['old notes.txt', true, expect.any(Number)],
    ]);
    expect(found[0]!.message).toContain(`Added in commit ${added.slice(0, 12)} and removed later in this change`);
    expect(out.code).toBe(1);
    expect(secretsIn(out.stdout + out.stderr)).toEqual([]);
    // Still in the work tree: one finding (the tree's), not two.
    await r.commit('add it back', { 'deploy.env': `x=1\n${other.text}` });
    const again = json((await quality(['guard', '--base', 'base', '--json'], r.dir)).stdout).findings;
    expect(again.filter((f) => f.path === 'deploy.env' && f.rule.startsWith('secret/'))).toHaveLength(1);
    expect(again.find((f) => f.path === 'deploy.env')!.message).not.toContain('removed later');
  });

  it('--staged sees the index, not the work tree', async () => {
    // Staged: a clean file. Work tree: the same file with a secret, not staged.
    await repo.write({ 'src/staged.txt': 'nothing here\n' });
    await repo.git('add', 'src/staged.txt');
    writeFileSync(join(repo.dir, 'src/staged.txt'), other.text);
    const clean = await quality(['guard', '--staged', '--json'], repo.dir);
    expect(json(clean.stdout).findings).toEqual([]);
    expect(clean.code).toBe(0);
    // Now the secret is staged and the work tree is clean again: the index is what counts.
    await repo.git('add', 'src/staged.txt');
    writeFileSync(join(repo.dir, 'src/staged.txt'), 'nothing here\n');
    const staged = await quality(['guard', '--staged', '--json'], repo.dir);
    expect(staged.code).toBe(1);
    expect(json(staged.stdout).findings.map((f) => f.path)).toContain('src/staged.txt');
    expect(secretsIn(staged.stdout)).toEqual([]);
    await repo.git('reset', '-q', 'src/staged.txt');
  });

  it('a baseline accepts a known finding and not a new one', async () => {
    const { scan, writeBaseline } = await import('@quality/guard');
    const known = scan([
      { path: 'old/config.env', mode: 0o100644, size: aws.text.length, read: () => Buffer.from(aws.text) },
    ]);
    writeFileSync(
      join(repo.dir, 'guard-baseline.json'),
      writeBaseline(known.findings, undefined, 'rotated in 2026, kept in history'),
    );
    const r = await quality(['guard', '--all', '--json', '--baseline', 'guard-baseline.json'], repo.dir);
    const out = json(r.stdout);
    expect(out.suppressed).toBeGreaterThan(0);
    expect(out.findings.filter((f) => f.path === 'old/config.env' && f.severity === 'error')).toEqual([]);
    expect(r.code).toBe(0);
    writeFileSync(join(repo.dir, 'src/more.env'), other.text);
    await repo.git('add', 'src/more.env');
    const again = await quality(['guard', '--all', '--json', '--baseline', 'guard-baseline.json'], repo.dir);
    expect(again.code).toBe(1);
    expect(json(again.stdout).findings.map((f) => f.path)).toContain('src/more.env');
    await repo.git('rm', '-q', '--cached', 'src/more.env');
  });

  it('--update-baseline writes every finding with a reason placeholder, keeps reasons, drops stale entries', async () => {
    const r2 = await GitRepo.init(); // removed after the last test by git-repo's afterAll
    {
      await r2.write({ 'a.env': aws.text, 'b.env': other.text });
      await r2.git('add', '-A');
      await r2.git('commit', '-q', '-m', 'two secrets');
      const first = await quality(['guard', '--update-baseline'], r2.dir);
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/\.github\/guard-baseline\.json: 2 accepted finding\(s\), 2 new/);
      const file = join(r2.dir, '.github/guard-baseline.json');
      const written = JSON.parse(readFileSync(file, 'utf8')) as { entries: { path: string; reason: string }[] };
      expect(written.entries.map((e) => e.path).sort()).toEqual(['a.env', 'b.env']);
      expect(written.entries.every((e) => /replace this reason/.test(e.reason))).toBe(true);
      expect(secretsIn(readFileSync(file, 'utf8') + first.stdout)).toEqual([]);
      // A reason written by hand survives; b.env's finding goes away, so its entry does too.
      written.entries.find((e) => e.path === 'a.env')!.reason = 'revoked, history kept';
      writeFileSync(file, JSON.stringify(written));
      await r2.git('rm', '-q', 'b.env');
      const second = await quality(['guard', '--update-baseline', '.github/guard-baseline.json'], r2.dir);
      expect(second.stdout).toMatch(/1 accepted finding\(s\), 0 new .* 1 kept, 1 stale removed/);
      const after = JSON.parse(readFileSync(file, 'utf8')) as { entries: { path: string; reason: string }[] };
      expect(after.entries).toEqual([expect.objectContaining({ path: 'a.env', reason: 'revoked, history kept' })]);
      const gated = await quality(['guard', '--baseline', '.github/guard-baseline.json', '--json'], r2.dir);
      expect(gated.code).toBe(0);
      expect((await quality(['guard', '--update-baseline', '--staged'], r2.dir)).code).toBe(2);
    }
  });

  it('answers usage errors with exit 2', async () => {
    expect((await quality(['guard', '--all', '--staged'], repo.dir)).code).toBe(2);
    expect((await quality(['guard', '--fail-level', 'loud'], repo.dir)).code).toBe(2);
  });
});
