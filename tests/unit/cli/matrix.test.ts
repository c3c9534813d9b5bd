import { describe, it, expect, afterAll } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { GitRepo, gitEnv, removeAll } from '../../support/git-repo.js';
import { quality } from './run.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  await removeAll();
});

/** A git repository (quality matrix needs one) with `files` in its work tree. */
function tree(files: Record<string, string>, git = true): string {
  const root = mkdtempSync(join(tmpdir(), 'quality-matrix-cli-'));
  dirs.push(root);
  if (git) execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: root, env: gitEnv() });
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return root;
}

async function run(
  cmd: 'matrix' | 'shard',
  argv: string[],
  cwd: string,
): Promise<{ code: number; out: string; err: string }> {
  const r = await quality([cmd, ...argv], cwd);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

const files: Record<string, string> = {
  'web/package.json': '{"engines":{"node":">=24"}}',
  'web/src/a.test.ts': '',
  'web/src/b.test.ts': '',
  'web/src/c.test.ts': '',
  'web/src/d.test.ts': '',
  'api/pyproject.toml': '[project]\nrequires-python = ">=3.14"\n',
  'api/tests/test_x.py': '',
  'junit.xml':
    '<testsuites><testsuite name="s" file="web/src/a.test.ts" time="30"><testcase name="t" time="30"/></testsuite><testsuite name="s2" file="web/src/b.test.ts" time="10"><testcase name="u" time="10"/></testsuite></testsuites>',
};

describe('quality matrix', () => {
  it('prints JSON with the matrix, projects and warnings', async () => {
    const root = tree(files);
    const { code, out } = await run(
      'matrix',
      ['--json', '--versions', 'supported', '--today', '2026-11-22', '--os', 'ubuntu-latest,macos-latest'],
      root,
    );
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.matrix.include.map((e: { name: string }) => e.name)).toEqual([
      'api, python 3.14, ubuntu-latest',
      'api, python 3.14, macos-latest',
      'api, python 3.15, ubuntu-latest',
      'api, python 3.15, macos-latest',
      'web, node 24, ubuntu-latest',
      'web, node 24, macos-latest',
      'web, node 26, ubuntu-latest',
      'web, node 26, macos-latest',
    ]);
    expect(r.projects).toEqual([
      {
        dir: 'api',
        language: 'python',
        packageManager: 'pip',
        version: { value: '>=3.14', file: 'api/pyproject.toml', field: 'project.requires-python' },
      },
      {
        dir: 'web',
        language: 'node',
        packageManager: 'npm',
        version: { value: '>=24', file: 'web/package.json', field: 'engines.node' },
      },
    ]);
    expect(r.hasChanges).toBe(true);
  });

  it('--languages keeps the projects of those languages (repeatable or comma-separated)', async () => {
    const root = tree(files);
    const names = async (argv: string[]) =>
      (
        JSON.parse((await run('matrix', ['--json', '--today', '2026-11-22', ...argv], root)).out) as {
          matrix: { include: { name: string }[] };
        }
      ).matrix.include.map((e) => e.name);
    expect(await names(['--languages', 'python'])).toEqual(['api, python 3.15, ubuntu-latest']);
    expect(await names(['--languages', 'go', '--languages', 'node'])).toEqual(['web, node 26, ubuntu-latest']);
  });

  it('prints a readable table by default', async () => {
    const root = tree(files);
    const { out } = await run('matrix', ['--today', '2026-11-22'], root);
    expect(out).toContain('Projects (2):');
    expect(out).toMatch(/web\s+node\s+npm\s+>=24 \(web\/package.json engines.node\)/);
    expect(out).toContain('Matrix (2 job(s)):\n  api, python 3.15, ubuntu-latest\n  web, node 26, ubuntu-latest\n');
  });

  it('writes the shard plan, and quality shard prints one shard from it', async () => {
    const root = tree(files);
    const { out } = await run(
      'matrix',
      ['--json', '--today', '2026-11-22', '--shards', '2', '--timings', 'junit.xml', '--plan-file', 'plan.json'],
      root,
    );
    const r = JSON.parse(out);
    const web = r.matrix.include.filter((e: { project: string }) => e.project === 'web');
    // a 30 s, b 10 s, c and d untimed (median 20 s). LPT: a->1, c->2, d->2 (40), b->1 (40).
    expect(web.map((e: { files: string[] }) => e.files)).toEqual([
      ['src/a.test.ts', 'src/b.test.ts'],
      ['src/c.test.ts', 'src/d.test.ts'],
    ]);
    const plan = JSON.parse(readFileSync(join(root, 'plan.json'), 'utf8'));
    expect(Object.keys(plan.projects)).toEqual(['python:api', 'node:web']);
    const shard = await run('shard', ['--index', '2', '--total', '2', '--plan', 'plan.json', '--project', 'web'], root);
    expect(shard.out).toBe('src/c.test.ts\nsrc/d.test.ts\n');
    const again = await run(
      'shard',
      ['--index', '2', '--total', '2', '--project', 'web', '--timings', 'junit.xml', '--json'],
      root,
    );
    expect(JSON.parse(again.out)).toEqual(['src/c.test.ts', 'src/d.test.ts']);
  });

  it('changed-only on a real repository: nothing changed gives the placeholder and hasChanges false', async () => {
    const repo = await GitRepo.init();
    const first = await repo.commit('base', files);
    await repo.commit('docs', { 'README.md': 'x\n' });
    const { out } = await run(
      'matrix',
      ['--json', '--today', '2026-11-22', '--changed-only', '--before', first],
      repo.dir,
    );
    const r = JSON.parse(out);
    expect(r.hasChanges).toBe(false);
    expect(r.matrix).toEqual({ include: [{ name: 'no changes', skip: true }] });
    await repo.commit('web', { 'web/src/a.test.ts': 'changed' });
    const second = JSON.parse(
      (await run('matrix', ['--json', '--today', '2026-11-22', '--changed-only', '--before', first], repo.dir)).out,
    );
    expect(second.selected.map((s: { dir: string }) => s.dir)).toEqual(['web']);
  });

  it('answers bad flags with exit code 2, the message and the usage', async () => {
    const root = tree(files);
    const cases: ['matrix' | 'shard', string[], RegExp][] = [
      ['matrix', ['--shards', '0'], /Input '--shards' has the value "0": expected a whole number of at least 1/],
      ['matrix', ['--shards', '0x2'], /Input '--shards' has the value "0x2"/],
      ['matrix', ['--today', '22/11/2026'], /--today/],
      ['matrix', ['--languages', 'node,rust'], /Input '--languages' has the value "node,rust": .*\(not "rust"\)/],
      ['matrix', ['--bogus'], /Unknown option '--bogus'/],
      ['matrix', ['--root'], /'--root <value>' argument missing/],
      ['shard', ['--index', '3', '--total', '2'], /a whole number from 1 to 2/],
      ['shard', ['--index', '1', '--total', '2', '--plan', 'missing.json'], /--plan missing.json does not exist/],
    ];
    for (const [cmd, argv, message] of cases) {
      const r = await run(cmd, argv, root);
      expect({ argv, code: r.code, out: r.out }).toEqual({ argv, code: 2, out: '' });
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/This is a bug/);
    }
    const usage = await run('matrix', ['--bogus'], root);
    expect(usage.err).toMatch(/^quality matrix: Unknown option '--bogus'\.\nUsage: quality matrix \[--root DIR\]/);
  });

  it('says a missing --root does not exist, and refuses to run outside a git repository', async () => {
    const root = tree(files, false);
    const missing = await run('matrix', ['--root', join(root, 'nope')], root);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(`--root ${join(root, 'nope')} does not exist`);
    const outside = await run('matrix', ['--json'], root);
    expect(outside.code).toBe(2);
    expect(outside.err).toMatch(/is not inside a git repository: quality matrix reads the projects of a checkout/);
    expect(outside.out).toBe('');
    const shard = await run('shard', ['--index', '1', '--total', '2'], root);
    expect(shard.code).toBe(2);
    expect(shard.err).toMatch(/is not inside a git repository: without --plan, quality shard/);
  });
});
