import { describe, it, expect, afterAll } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { InputError } from '@quality/kit/errors';
import { matrixCommand, shardCommand } from '../../../packages/matrix/src/cli.js';
import { GitRepo, removeAll } from '../../support/git-repo.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  await removeAll();
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'matrix-cli-'));
  dirs.push(root);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return root;
}

async function run(cmd: typeof matrixCommand, argv: string[], cwd: string): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await cmd(argv, { stdout: (s) => (out += s), cwd });
  return { code, out };
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
      matrixCommand,
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

  it('prints a readable table by default', async () => {
    const root = tree(files);
    const { out } = await run(matrixCommand, ['--today', '2026-11-22'], root);
    expect(out).toContain('Projects (2):');
    expect(out).toMatch(/web\s+node\s+npm\s+>=24 \(web\/package.json engines.node\)/);
    expect(out).toContain('Matrix (2 job(s)):\n  api, python 3.15, ubuntu-latest\n  web, node 26, ubuntu-latest\n');
  });

  it('writes the shard plan, and quality shard prints one shard from it', async () => {
    const root = tree(files);
    const { out } = await run(
      matrixCommand,
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
    const shard = await run(
      shardCommand,
      ['--index', '2', '--total', '2', '--plan', 'plan.json', '--project', 'web'],
      root,
    );
    expect(shard.out).toBe('src/c.test.ts\nsrc/d.test.ts\n');
    const again = await run(
      shardCommand,
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
      matrixCommand,
      ['--json', '--today', '2026-11-22', '--changed-only', '--before', first],
      repo.dir,
    );
    const r = JSON.parse(out);
    expect(r.hasChanges).toBe(false);
    expect(r.matrix).toEqual({ include: [{ name: 'no changes', skip: true }] });
    await repo.commit('web', { 'web/src/a.test.ts': 'changed' });
    const second = JSON.parse(
      (await run(matrixCommand, ['--json', '--today', '2026-11-22', '--changed-only', '--before', first], repo.dir))
        .out,
    );
    expect(second.selected.map((s: { dir: string }) => s.dir)).toEqual(['web']);
  });

  it('rejects bad flags as InputErrors', async () => {
    const root = tree(files);
    await expect(run(matrixCommand, ['--shards', '0'], root)).rejects.toThrow(InputError);
    await expect(run(matrixCommand, ['--today', '22/11/2026'], root)).rejects.toThrow(/--today/);
    await expect(run(shardCommand, ['--index', '3', '--total', '2'], root)).rejects.toThrow(
      /a shard number from 1 to 2/,
    );
    await expect(run(shardCommand, ['--index', '1', '--total', '2', '--plan', 'missing.json'], root)).rejects.toThrow(
      /missing.json: cannot be read/,
    );
  });
});
