/**
 * A monorepo runs eslint (and prettier) once when a root run covers its packages: a flat config at
 * the root, none in the package, the same binary. Anything else keeps the package's own run.
 */
import { describe, expect, it } from '@jest/globals';
import { detectTools, dropCovered, planTools, type ProjectRef, type RepoFiles } from '@quality/lint';
import { memoryFiles } from './memory-files.js';

const node = (dir: string): ProjectRef => ({ dir, language: 'node', packageManager: 'npm' });
const withEslint = JSON.stringify({ devDependencies: { eslint: '10', prettier: '3' } });

/** A root with eslint and prettier installed, and packages a, b, c that declare both. */
function repo(extra: Record<string, string>, rootConfig = 'eslint.config.js'): RepoFiles {
  return memoryFiles({
    'package.json': withEslint,
    [rootConfig]: '',
    '.prettierrc': '{}',
    'node_modules/.bin/eslint': '',
    'node_modules/.bin/prettier': '',
    'packages/a/package.json': withEslint,
    'packages/b/package.json': withEslint,
    'packages/c/package.json': withEslint,
    ...extra,
  });
}
const projects = ['.', 'packages/a', 'packages/b', 'packages/c'].map(node);
const runs = (f: RepoFiles, mode: 'lint' | 'format', tool: string) =>
  planTools(
    detectTools(projects, f, mode).filter((d) => d.tool === tool),
    { root: '/repo', files: f },
  ).map((p) => [p.dir, p.covers ?? []]);

describe('one eslint run for the packages a root flat config covers', () => {
  it('no config in the packages: the root run covers them all', () => {
    expect(runs(repo({}), 'lint', 'eslint')).toEqual([['.', ['packages/a', 'packages/b', 'packages/c']]]);
  });
  it('a package with its own config, eslintConfig, or its own eslint binary keeps its run', () => {
    const f = repo({
      'packages/a/eslint.config.mjs': '',
      'packages/b/package.json': JSON.stringify({ devDependencies: { eslint: '9' }, eslintConfig: {} }),
      'packages/c/node_modules/.bin/eslint': '',
    });
    expect(runs(f, 'lint', 'eslint')).toEqual([
      ['.', []],
      ['packages/a', []],
      ['packages/b', []],
      ['packages/c', []],
    ]);
  });
  it('a config between the root and the package: the nearer run covers it', () => {
    const f = repo({ 'packages/eslint.config.js': '' });
    const nested = [node('.'), node('packages'), node('packages/a')];
    const plans = planTools(
      detectTools(nested, f, 'lint').filter((d) => d.tool === 'eslint'),
      { root: '/repo', files: f },
    );
    expect(plans.map((p) => [p.dir, p.covers ?? []])).toEqual([
      ['.', []],
      ['packages', ['packages/a']],
    ]);
  });
  it('a legacy .eslintrc at the root (no flat config): every run stays', () => {
    expect(runs(repo({}, '.eslintrc.json'), 'lint', 'eslint')).toHaveLength(4);
  });
  it('dropCovered leaves other tools alone', () => {
    const f = repo({});
    const plans = planTools(detectTools(projects, f, 'lint'), { root: '/repo', files: f });
    expect(dropCovered(plans, f)).toEqual(plans);
  });
});

describe('one prettier run', () => {
  it('the root run covers packages (config is resolved per file) unless a package has its own ignore file', () => {
    expect(runs(repo({ 'packages/a/.prettierrc': '{}' }), 'format', 'prettier')).toEqual([
      ['.', ['packages/a', 'packages/b', 'packages/c']],
    ]);
    const f = repo({ 'packages/a/.prettierignore': 'gen/\n', 'packages/b/.gitignore': 'dist/\n' });
    expect(runs(f, 'format', 'prettier')).toEqual([
      ['.', ['packages/c']],
      ['packages/a', []],
      ['packages/b', []],
    ]);
  });
});
