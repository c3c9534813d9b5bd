import { describe, it, expect } from '@jest/globals';
import { checkCommitMessage, commitFindings } from '@quality/guard';

const rules = (m: string, o?: Parameters<typeof checkCommitMessage>[1]) => checkCommitMessage(m, o).map((p) => p.rule);

describe('conventional commits', () => {
  it.each([
    'feat: add guard',
    'fix(cli): exit 2 on bad flags',
    'refactor!: drop node 18',
    'docs(readme)!: rename input\n\nBREAKING CHANGE: x',
  ])('accepts %j', (m) => expect(rules(m)).toEqual([]));
  it('accepts messages git writes itself', () => {
    for (const m of [
      'Merge pull request #1 from a/b',
      "Merge branch 'main' into x",
      'Revert "feat: x"',
      'fixup! feat: x',
    ])
      expect(rules(m)).toEqual([]);
  });
  it('reports what is wrong', () => {
    expect(rules('added stuff')).toEqual(['commit/format']);
    expect(rules('feature: x')).toEqual(['commit/type']);
    expect(rules('feat(): x')).toEqual(['commit/scope']);
    expect(rules('feat: x\nbody right after')).toEqual(['commit/body-separation']);
    expect(rules(`feat: ${'x'.repeat(100)}`)).toEqual(['commit/header-length']);
    expect(rules('feat:  ')).toEqual(['commit/description']);
    expect(rules('feat: x', { requireScope: true })).toEqual(['commit/scope']);
    expect(rules('wip: x', { types: ['wip'] })).toEqual([]);
  });
  it('ignores comment lines as git does', () => {
    expect(rules('# Please enter the commit message\nfeat: x\n')).toEqual([]);
  });
});

describe('commitFindings', () => {
  it('checks the title and each commit, naming which one, as errors', () => {
    const sha = 'a'.repeat(40);
    const f = commitFindings(
      [
        { sha, message: 'added stuff' },
        { sha: 'b'.repeat(40), message: 'fix: a bug' },
      ],
      'Add stuff',
    );
    expect(f.map((x) => [x.path, x.rule, x.severity])).toEqual([
      ['pull request title', 'commit/format', 'error'],
      [`commit ${'a'.repeat(12)}`, 'commit/format', 'error'],
    ]);
    expect(f[1]!.message).toMatch(/^Commit aaaaaaaaaaaa: /);
  });
  it('has nothing to say about conventional commits and no title', () => {
    expect(commitFindings([{ sha: 'c'.repeat(40), message: 'feat(cli): guard\n\nbody' }], undefined)).toEqual([]);
  });
});
