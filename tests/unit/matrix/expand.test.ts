/**
 * The worked examples of GitHub's documentation ("Running variations of jobs in a workflow"
 * and "Workflow syntax: jobs.<job_id>.strategy.matrix"), with GitHub's exact results.
 */
import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { ConfigurationError, InputError } from '@quality/kit/errors';
import {
  applyExcludeInclude,
  expandGitHubMatrix,
  looseEqual,
  parseEntries,
} from '../../../packages/matrix/src/expand.js';

describe('GitHub matrix semantics: the documentation examples', () => {
  it('include: fruit/animal gives the six documented combinations, in order', () => {
    expect(
      expandGitHubMatrix({
        fruit: ['apple', 'pear'],
        animal: ['cat', 'dog'],
        include: [
          { color: 'green' },
          { color: 'pink', animal: 'cat' },
          { fruit: 'apple', shape: 'circle' },
          { fruit: 'banana' },
          { fruit: 'banana', animal: 'cat' },
        ],
      }),
    ).toStrictEqual([
      { fruit: 'apple', animal: 'cat', color: 'pink', shape: 'circle' },
      { fruit: 'apple', animal: 'dog', color: 'green', shape: 'circle' },
      { fruit: 'pear', animal: 'cat', color: 'pink' },
      { fruit: 'pear', animal: 'dog', color: 'green' },
      { fruit: 'banana' },
      { fruit: 'banana', animal: 'cat' },
    ]);
  });

  it('expanding: npm 6 is added only to {os: windows-latest, node: 16}, six jobs', () => {
    const jobs = expandGitHubMatrix({
      os: ['windows-latest', 'ubuntu-latest'],
      node: [12, 14, 16],
      include: [{ os: 'windows-latest', node: 16, npm: 6 }],
    });
    expect(jobs).toStrictEqual([
      { os: 'windows-latest', node: 12 },
      { os: 'windows-latest', node: 14 },
      { os: 'windows-latest', node: 16, npm: 6 },
      { os: 'ubuntu-latest', node: 12 },
      { os: 'ubuntu-latest', node: 14 },
      { os: 'ubuntu-latest', node: 16 },
    ]);
  });

  it('adding: windows-latest with version 17 is a tenth job', () => {
    const jobs = expandGitHubMatrix({
      os: ['macos-latest', 'windows-latest', 'ubuntu-latest'],
      version: [12, 14, 16],
      include: [{ os: 'windows-latest', version: 17 }],
    });
    expect(jobs).toHaveLength(10);
    expect(jobs[9]).toStrictEqual({ os: 'windows-latest', version: 17 });
    expect(jobs.slice(0, 3)).toStrictEqual([
      { os: 'macos-latest', version: 12 },
      { os: 'macos-latest', version: 14 },
      { os: 'macos-latest', version: 16 },
    ]);
  });

  it('include only: every entry is a job', () => {
    expect(
      expandGitHubMatrix({
        include: [
          { site: 'production', datacenter: 'site-a' },
          { site: 'staging', datacenter: 'site-b' },
        ],
      }),
    ).toStrictEqual([
      { site: 'production', datacenter: 'site-a' },
      { site: 'staging', datacenter: 'site-b' },
    ]);
  });

  it('exclude: partial matches, nine jobs remain', () => {
    const jobs = expandGitHubMatrix({
      os: ['macos-latest', 'windows-latest'],
      version: [12, 14, 16],
      environment: ['staging', 'production'],
      exclude: [
        { os: 'macos-latest', version: 12, environment: 'production' },
        { os: 'windows-latest', version: 16 },
      ],
    });
    expect(jobs).toStrictEqual([
      { os: 'macos-latest', version: 12, environment: 'staging' },
      { os: 'macos-latest', version: 14, environment: 'staging' },
      { os: 'macos-latest', version: 14, environment: 'production' },
      { os: 'macos-latest', version: 16, environment: 'staging' },
      { os: 'macos-latest', version: 16, environment: 'production' },
      { os: 'windows-latest', version: 12, environment: 'staging' },
      { os: 'windows-latest', version: 12, environment: 'production' },
      { os: 'windows-latest', version: 14, environment: 'staging' },
      { os: 'windows-latest', version: 14, environment: 'production' },
    ]);
  });

  it('fail-fast example: version 9 with experimental true is a fourth job', () => {
    expect(
      expandGitHubMatrix({ version: [6, 7, 8], experimental: [false], include: [{ version: 9, experimental: true }] }),
    ).toStrictEqual([
      { version: 6, experimental: false },
      { version: 7, experimental: false },
      { version: 8, experimental: false },
      { version: 9, experimental: true },
    ]);
  });

  it('include runs after exclude, so it can add an excluded combination back', () => {
    const jobs = expandGitHubMatrix({
      os: ['a', 'b'],
      v: [1, 2],
      exclude: [{ os: 'b', v: 2 }],
      include: [{ os: 'b', v: 2 }],
    });
    expect(jobs).toStrictEqual([
      { os: 'a', v: 1 },
      { os: 'a', v: 2 },
      { os: 'b', v: 1 },
      { os: 'b', v: 2 },
    ]);
  });

  it('rejects exclude keys that are not matrix keys, and empty lists', () => {
    expect(() => expandGitHubMatrix({ os: ['a'], exclude: [{ colour: 'x' }] })).toThrow(ConfigurationError);
    expect(() => expandGitHubMatrix({ os: [] })).toThrow(/has no values/);
  });

  it('property: include entries never change an original matrix value, and exclude leaves no match', () => {
    const value = fc.constantFrom('a', 'b', 'c');
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: value, y: value, z: value }, { requiredKeys: [] }), { maxLength: 4 }),
        fc.array(
          fc.record({ x: value, y: value }, { requiredKeys: [] }).filter((e) => Object.keys(e).length > 0),
          { maxLength: 3 },
        ),
        (include, exclude) => {
          const base = expandGitHubMatrix({ x: ['a', 'b'], y: ['a', 'c'], exclude });
          const out = expandGitHubMatrix({ x: ['a', 'b'], y: ['a', 'c'], include, exclude });
          // The original combinations come first, with their x and y untouched.
          out.slice(0, base.length).forEach((c, i) => {
            expect([c['x'], c['y']]).toEqual([base[i]!['x'], base[i]!['y']]);
          });
          for (const c of base) {
            expect(exclude.some((e) => Object.entries(e).every(([k, v]) => c[k] === v))).toBe(false);
          }
        },
      ),
    );
  });
});

describe('the engine variant', () => {
  it('compares scalars loosely, so YAML numbers match the string versions of the engine', () => {
    const base = [
      { os: 'ubuntu-latest', version: '22' },
      { os: 'ubuntu-latest', version: '24' },
    ];
    const out = applyExcludeInclude(
      base,
      ['os', 'version'],
      [{ version: 24 }],
      [{ version: 22, experimental: true }],
      looseEqual,
    );
    expect(out).toStrictEqual([{ os: 'ubuntu-latest', version: 22, experimental: true }]);
  });
});

describe('include / exclude inputs', () => {
  const expected = [{ os: 'windows-latest', version: '3.10' }, { os: 'macos-latest' }];
  it('reads JSON', async () => {
    expect(
      await parseEntries('include', '[{"os":"windows-latest","version":"3.10"},{"os":"macos-latest"}]'),
    ).toStrictEqual(expected);
    expect(await parseEntries('include', '{"os":"macos-latest"}')).toStrictEqual([{ os: 'macos-latest' }]);
  });
  it('reads YAML, keeping 3.10 as written', async () => {
    expect(await parseEntries('include', '- os: windows-latest\n  version: 3.10\n- os: macos-latest\n')).toStrictEqual(
      expected,
    );
    expect(await parseEntries('include', '- {os: linux, n: 16, ok: true}')).toStrictEqual([
      { os: 'linux', n: 16, ok: true },
    ]);
  });
  it('reads one key=value entry per line', async () => {
    expect(await parseEntries('include', 'os=windows-latest, version=3.10\n\nos=macos-latest\n')).toStrictEqual(
      expected,
    );
    expect(await parseEntries('exclude', 'os=a experimental=true')).toStrictEqual([{ os: 'a', experimental: true }]);
  });
  it('says what it expected when it cannot read the input', async () => {
    await expect(parseEntries('include', 'windows-latest')).rejects.toThrow(InputError);
    await expect(parseEntries('include', '[1, 2]')).rejects.toThrow(/expected a list of objects/);
    expect(await parseEntries('include', '  ')).toEqual([]);
  });
});
