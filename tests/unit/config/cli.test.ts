/**
 * The config file through the CLI, on real temp git repositories: a key applies when its flag is
 * not given, the flag wins when it is, and a wrong file is exit 2 naming file, line and key.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { GitRepo, removeAll } from '../../support/git-repo.js';
import { quality } from '../cli/run.js';

afterAll(removeAll);

/** main: a.js of 1 line; feature: 5 lines added, lcov covers 4 of them (80% patch coverage). */
async function gateRepo(config?: string): Promise<GitRepo> {
  const repo = await GitRepo.init();
  await repo.commit('base', { 'a.js': 'x\n' });
  await repo.git('checkout', '-q', '-b', 'feature');
  const lcov = `SF:a.js\n${[1, 2, 3, 4, 5, 6].map((n) => `DA:${n},${n === 6 ? 0 : 1}`).join('\n')}\nend_of_record\n`;
  await repo.commit('more', {
    'a.js': 'x\na\nb\nc\nd\ne\n',
    'lcov.info': lcov,
    ...(config !== undefined ? { '.github/quality.yml': config } : {}),
  });
  return repo;
}

describe('quality check with .github/quality.yml', () => {
  it('uses the file for a flag not given, and the flag over the file', async () => {
    const plain = await gateRepo();
    expect((await quality(['check', 'lcov.info', '--base', 'main'], plain.dir)).code).toBe(0); // default 80

    const repo = await gateRepo('coverage:\n  min-diff-coverage: 90\n');
    const strict = await quality(['check', 'lcov.info', '--base', 'main'], repo.dir);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/FAIL {2}min-diff-coverage: .* below the minimum 90%/);
    const flag = await quality(['check', 'lcov.info', '--base', 'main', '--min-diff-coverage', '75'], repo.dir);
    expect(flag.code).toBe(0);
  });

  it('finds quality.yml at the root from a sub-folder, and min-changed-lines (no flag) applies', async () => {
    const repo = await gateRepo();
    await repo.write({ 'quality.yml': 'coverage:\n  min-diff-coverage: 90\n  min-changed-lines: 10\n' });
    await repo.write({ 'sub/keep': '' });
    const r = await quality(
      ['check', '../lcov.info', '--base', 'main', '--only', 'coverage', '--json'],
      `${repo.dir}/sub`,
    );
    type Rules = { rules: { id: string; status: string; enforced: boolean }[] };
    // quality check --json: the gate's report.json under "coverage".
    const rules = (JSON.parse(r.stdout) as { coverage: { verdict: Rules } }).coverage.verdict.rules;
    // 5 changed lines < 10: the patch rule is reported, not enforced.
    expect(rules.find((x) => x.id === 'min-diff-coverage')).toMatchObject({ status: 'fail', enforced: false });
    expect(r.code).toBe(0);
  });

  it('a wrong config file is exit 2 with file, line and key, and no usage line', async () => {
    const repo = await gateRepo('coverage:\n  min-diff-coverage: ninety\n  min-coverge: 1\n');
    const r = await quality(['check', 'lcov.info', '--base', 'main'], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'quality check: .github/quality.yml:2: coverage.min-diff-coverage: expected a number from 0 to 100 or \'off\', got "ninety"\n' +
        ".github/quality.yml:3: coverage.min-coverge: unknown key: did you mean 'min-coverage'?\n" +
        'Fix .github/quality.yml (its schema: schema/quality.schema.json).\n',
    );
  });

  it('both config files: exit 2 naming both', async () => {
    const repo = await gateRepo('coverage: {}\n');
    await repo.write({ 'quality.yml': 'coverage: {}\n' });
    const r = await quality(['check', 'lcov.info', '--base', 'main'], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Both .github/quality.yml and quality.yml exist in');
  });
});

describe('quality guard with .github/quality.yml', () => {
  it('takes thresholds, rule severities and the fail level from the guard section', async () => {
    const repo = await GitRepo.init();
    await repo.commit('files', { 'big.txt': `${'x'.repeat(2000)}\n` });
    expect((await quality(['guard', '--json'], repo.dir)).code).toBe(0);
    await repo.write({ '.github/quality.yml': 'guard:\n  max-file-size-kb: 1\n' });
    const big = await quality(['guard', '--json'], repo.dir);
    expect(big.code).toBe(1);
    expect(JSON.parse(big.stdout).findings).toEqual([
      expect.objectContaining({ rule: 'file/large-file', path: 'big.txt' }),
    ]);
    await repo.write({
      '.github/quality.yml': 'guard:\n  max-file-size-kb: 1\n  rules:\n    file/large-file: warning\n',
    });
    expect((await quality(['guard', '--json'], repo.dir)).code).toBe(0);
    expect((await quality(['guard', '--json', '--fail-level', 'warning'], repo.dir)).code).toBe(1);
    await repo.write({ '.github/quality.yml': 'guard:\n  max-file-size-kb: 1\n  rules: {file/large-file: off}\n' });
    expect(JSON.parse((await quality(['guard', '--json'], repo.dir)).stdout).findings).toEqual([]);
  });
});

describe('quality matrix with .github/quality.yml', () => {
  it('takes os and versions from the matrix section; flags win', async () => {
    const repo = await GitRepo.init();
    await repo.commit('node', {
      'package.json': '{"name":"a","engines":{"node":">=20"}}\n',
      'package-lock.json': '{"lockfileVersion":3}\n',
      '.github/quality.yml': 'matrix:\n  os: [ubuntu-latest, windows-latest]\n  versions: [22, 24]\n',
    });
    const run = async (...args: string[]) =>
      (
        JSON.parse((await quality(['matrix', '--json', '--today', '2026-12-01', ...args], repo.dir)).stdout) as {
          matrix: { include: Record<string, unknown>[] };
        }
      ).matrix.include.map((e) => `${String(e['os'])} ${String(e['node'] ?? e['version'])}`);
    expect(await run()).toEqual(
      expect.arrayContaining(['ubuntu-latest 22', 'ubuntu-latest 24', 'windows-latest 22', 'windows-latest 24']),
    );
    expect(await run('--os', 'macos-latest')).toEqual(expect.arrayContaining(['macos-latest 22', 'macos-latest 24']));
    expect((await run('--os', 'macos-latest')).length).toBe(2);
  });
});

describe('a command as a composite step (--github): INPUT_* > config file > default', () => {
  it('reads each value by its action input name from the first layer that has it', async () => {
    const repo = await GitRepo.init();
    await repo.commit('config', {
      '.github/quality.yml': 'lint:\n  fail-level: warning\n  filter: file\n  tools: [eslint]\n',
    });
    const { stepInputs } = await import('../../../packages/cli/src/config.js');
    const io = {
      stdout: () => {},
      stderr: () => {},
      cwd: repo.dir,
      env: { 'INPUT_FAIL-LEVEL': 'any', INPUT_TOOLS: '' },
    };
    const i = await stepInputs('lint', repo.dir, io, () => {});
    expect(i.string('fail-level', 'error')).toBe('any'); // step input
    expect(i.string('filter', 'added')).toBe('file'); // config
    expect(i.list('tools')).toEqual(['eslint']); // config (the empty input is "not set")
    expect(i.string('reports', 'none')).toBe('none'); // default
    expect(i.origin('filter')).toEqual({ file: '.github/quality.yml', line: 3, key: 'lint.filter' });
  });

  it('drops lint.tools on pull_request_target with a warning', async () => {
    const repo = await GitRepo.init();
    await repo.commit('config', { '.github/quality.yml': 'lint:\n  tools: [eslint]\n  fail-level: any\n' });
    const { stepInputs } = await import('../../../packages/cli/src/config.js');
    const warnings: string[] = [];
    const io = { stdout: () => {}, stderr: () => {}, cwd: repo.dir, env: { GITHUB_EVENT_NAME: 'pull_request_target' } };
    const i = await stepInputs('lint', repo.dir, io, (w) => warnings.push(w));
    expect(i.optional('tools')).toBeUndefined();
    expect(i.string('fail-level', 'error')).toBe('any');
    expect(warnings).toEqual([
      expect.stringMatching(/^\.github\/quality\.yml:2: lint\.tools is ignored on pull_request_target/),
    ]);
  });
});
