import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigFileError, didYouMean, loadConfig, parseConfig, sectionValues } from '@quality/config';

const file = '.github/quality.yml';
const problems = (text: string): string[] => {
  try {
    parseConfig(text, file);
  } catch (e) {
    if (e instanceof ConfigFileError) return e.problems.map((p) => `${p.line}: ${p.key}: ${p.message}`);
    throw e;
  }
  throw new Error('no error');
};

const FULL = `# yaml-language-server: $schema=../schema/quality.schema.json
coverage:
  files: [coverage/lcov.info, 'py/**/coverage.xml']
  format: lcov
  min-coverage: 70
  min-diff-coverage: 85.5
  min-file-coverage: 50
  max-decrease: 0.5
  min-changed-lines: 5
  metric: lines
  missing-files: fail
  baseline: cache
  baseline-branch: data
  path-map:
    - /build/src=src
  fetch: false
  comment: never
  comment-id: api
  annotate: false
  fail: false
  cobertura-out: out/cobertura.xml
matrix:
  versions: [22, 24]
  os: [ubuntu-latest, windows-latest]
  include:
    - { os: macos-latest, node: 24 }
  exclude: [{ os: windows-latest }]
  ignore: [examples/*]
  changed-only: true
  allow-fetch: false
  always: [package-lock.json]
  shards: auto
  target-minutes: 5
  timings: [junit/*.xml]
  timing-cache: false
  timing-key: unit
  tests: ['spec/**/*.ts']
cache:
  package-manager: [npm, pip]
  path: [~/.cache/ms-playwright]
  key-prefix: v2
  restore-keys: true
  save: always
  save-on-failure: false
  fail-on-cache-miss: true
  fail-on-save-error: true
  timeout-seconds: 120
lint:
  tools: [eslint, tsc]
  reports: [reports/*.sarif]
  filter: added
  fail-level: warning
format:
  tools: prettier
  fix: false
test:
  command: [npm, test, --, --ci]
  reports: [junit.xml]
  retry-failed: 2
  flaky: fail
guard:
  secrets: true
  entropy: false
  files: true
  workflows: true
  max-file-size-kb: 1024
  forbid-crlf: true
  forbid-bom: true
  rules:
    workflow/unpinned-uses: error
    file/large: off
  fail-level: warning
  baseline: .github/guard-baseline.json
  commit-convention: true
  commit-types: [feat, fix]
  protected-branches: [main, release]
`;

describe('parseConfig', () => {
  it('reads every section and writes each key as its input would be written', () => {
    const cfg = parseConfig(FULL, file);
    expect(cfg.warnings).toEqual([]);
    const cov = sectionValues(cfg, 'coverage');
    expect(cov['files']).toEqual({
      value: 'coverage/lcov.info\npy/**/coverage.xml',
      file,
      line: 3,
      key: 'coverage.files',
    });
    expect(cov['min-diff-coverage']!.value).toBe('85.5');
    expect(cov['fetch']!.value).toBe('false');
    expect(cov['path-map']!.value).toBe('/build/src=src');
    const mx = sectionValues(cfg, 'matrix');
    expect(mx['versions']!.value).toBe('22\n24');
    expect(JSON.parse(mx['include']!.value)).toEqual([{ os: 'macos-latest', node: 24 }]);
    expect(mx['shards']!.value).toBe('auto');
    expect(sectionValues(cfg, 'cache')['timeout-seconds']!.value).toBe('120');
    expect(sectionValues(cfg, 'lint')['fail-level']!.value).toBe('warning');
    expect(sectionValues(cfg, 'format')['tools']!.value).toBe('prettier');
    expect(sectionValues(cfg, 'test')['command']!.value).toBe('npm\ntest\n--\n--ci');
    const guard = sectionValues(cfg, 'guard');
    expect(JSON.parse(guard['rules']!.value)).toEqual({ 'workflow/unpinned-uses': 'error', 'file/large': 'off' });
    expect(guard['protected-branches']).toMatchObject({ value: 'main\nrelease', line: 76 });
  });

  it('takes an empty file, a comment-only file and an empty section as no config', () => {
    expect(parseConfig('', file).data).toEqual({});
    expect(parseConfig('# nothing yet\n', file).data).toEqual({});
    expect(sectionValues(parseConfig('coverage: {}\n', file), 'coverage')).toEqual({});
  });

  it('names the file, line and key of a wrong type, with what was expected', () => {
    const text = 'coverage:\n  min-coverage: "80%"\n  fetch: yes\nmatrix:\n  os: [ubuntu-latest, 3]\n';
    expect(() => parseConfig(text, file)).toThrow(
      '.github/quality.yml:2: coverage.min-coverage: expected a number from 0 to 100 or \'off\', got "80%"',
    );
    expect(problems(text)).toEqual([
      '2: coverage.min-coverage: expected a number from 0 to 100 or \'off\', got "80%"',
      '3: coverage.fetch: expected true or false, got "yes"',
      '5: matrix.os[1]: expected a non-empty string, got 3'.replace('a non-empty string', 'a string'),
    ]);
  });

  it.each([
    [
      'coverage:\n  min-diff-coverage: 101\n',
      "2: coverage.min-diff-coverage: expected a number from 0 to 100 or 'off', got 101",
    ],
    [
      'coverage:\n  min-changed-lines: 1.5\n',
      '2: coverage.min-changed-lines: expected a whole number of at least 0, got 1.5',
    ],
    [
      'coverage:\n  metric: line\n',
      "2: coverage.metric: expected one of 'headline', 'lines', 'branches', got \"line\" (did you mean 'lines'?)",
    ],
    [
      'coverage:\n  baseline: base.txt\n',
      '2: coverage.baseline: expected cache, branch, none, or the path of a .json file (e.g. \'coverage-baseline.json\'), got "base.txt"',
    ],
    ['coverage:\n  path-map: [nomap]\n', '2: coverage.path-map[0]: expected a FROM=TO rule, got "nomap"'],
    [
      'coverage:\n  min-coverage:\n',
      "2: coverage.min-coverage: expected a number from 0 to 100 or 'off', got an empty value (remove the key to use the default)",
    ],
    ['matrix:\n  shards: four\n', '2: matrix.shards: expected a whole number from 1 to 256 or \'auto\', got "four"'],
    ['matrix:\n  include: {os: x}\n', '2: matrix.include: expected a list of mappings or a string, got a mapping'],
    [
      'cache:\n  package-manager: [npm, cargo]\n',
      "2: cache.package-manager[1]: expected one of 'npm', 'yarn', 'pnpm', 'pip', 'poetry', 'uv', 'go', got \"cargo\"",
    ],
    ['cache:\n  timeout-seconds: 0\n', '2: cache.timeout-seconds: expected a whole number from 1 to 21600, got 0'],
    ['cache:\n  key-prefix: 2\n', '2: cache.key-prefix: expected a string, got 2'],
    [
      'lint:\n  filter: changed\n',
      "2: lint.filter: expected one of 'added', 'diff-context', 'file', 'nofilter', got \"changed\"",
    ],
    ['format:\n  fix: 1\n', '2: format.fix: expected true or false, got 1'],
    ['test:\n  command: []\n', '2: test.command: expected a list of at least 1 item(s), got a list'],
    ['test:\n  retry-failed: -1\n', '2: test.retry-failed: expected a whole number from 0 to 10, got -1'],
    [
      'guard:\n  rules:\n    workflow/unpinned-uses: fatal\n',
      "3: guard.rules.workflow/unpinned-uses: expected one of 'error', 'warning', 'notice', 'off', got \"fatal\"",
    ],
    [
      'guard:\n  rules:\n    Unpinned: off\n',
      '3: guard.rules.Unpinned: is not a valid key: expected a rule id such as workflow/unpinned-uses',
    ],
    [
      'guard:\n  max-file-size-kb: 1e400\n',
      '2: guard.max-file-size-kb: expected a whole number from 1 to 4194304, got Infinity',
    ],
    ['coverage: 80\n', '1: coverage: expected a mapping (key: value lines), got 80'],
    ['- coverage\n', '1: : expected a mapping (key: value lines), got a list'],
  ])('%j', (text, problem) => {
    expect(problems(text)).toEqual([problem]);
  });

  it('calls an unknown key an error with the nearest known key', () => {
    expect(problems('coverage:\n  min-coverge: 80\n  min_diff_coverage: 80\n')).toEqual([
      "2: coverage.min-coverge: unknown key: did you mean 'min-coverage'?",
      "3: coverage.min_diff_coverage: unknown key: did you mean 'min-diff-coverage'?",
    ]);
    expect(problems('coverages:\n  min-coverage: 80\n')).toEqual([
      "1: coverages: unknown key: did you mean 'coverage'?",
    ]);
    expect(problems('min-coverage: 80\n')).toEqual([
      "1: min-coverage: unknown key here: 'min-coverage' is a key of 'coverage'",
    ]);
    expect(problems('matrix:\n  zzz: 1\n')[0]).toMatch(
      /^2: matrix\.zzz: unknown key: the keys of 'matrix' are versions, os, /,
    );
  });

  it('reports YAML syntax errors and duplicate keys with their line', () => {
    expect(problems('coverage:\n  metric: lines\n  metric: branches\n')).toEqual([
      expect.stringMatching(/^3: : not valid YAML: Map keys must be unique/),
    ]);
    expect(problems('coverage:\n  files: [a, b\n')[0]).toMatch(/^\d: : not valid YAML: /);
  });

  it('ends the message with where the schema is', () => {
    expect(() => parseConfig('coverage:\n  fail: 2\n', 'quality.yml')).toThrow(
      'quality.yml:2: coverage.fail: expected true or false, got 2 Fix quality.yml (its schema: schema/quality.schema.json).',
    );
  });

  it('on an untrusted event drops the keys that run repository code or write shared state, with a warning', () => {
    const text =
      'test:\n  command: [make, evil]\n  retry-failed: 1\ncache:\n  save: always\ncoverage:\n  min-coverage: 90\n';
    const trusted = parseConfig(text, file, { eventName: 'pull_request' });
    expect(trusted.warnings).toEqual([]);
    expect(sectionValues(trusted, 'test')['command']!.value).toBe('make\nevil');
    const cfg = parseConfig(text, file, { eventName: 'pull_request_target' });
    expect(sectionValues(cfg, 'test')['command']).toBeUndefined();
    expect(sectionValues(cfg, 'cache')['save']).toBeUndefined();
    expect(sectionValues(cfg, 'test')['retry-failed']!.value).toBe('1');
    expect(sectionValues(cfg, 'coverage')['min-coverage']!.value).toBe('90');
    expect(cfg.warnings).toEqual([
      expect.stringMatching(/^\.github\/quality\.yml:2: test\.command is ignored on pull_request_target: /),
      expect.stringMatching(/^\.github\/quality\.yml:5: cache\.save is ignored on pull_request_target: /),
    ]);
    expect(parseConfig(text, file, { eventName: 'workflow_run' }).warnings).toHaveLength(2);
  });

  it('bounds what it reads: aliases that expand without end are refused', () => {
    const lines = ['matrix:', '  include:', '    - &l0 {k: [x, x, x, x, x, x, x, x, x, x]}'];
    for (let n = 1; n < 12; n++)
      lines.push(
        `    - &l${n} {k: [${Array(10)
          .fill(`*l${n - 1}`)
          .join(', ')}]}`,
      );
    const t = performance.now();
    expect(() => parseConfig(lines.join('\n'), file)).toThrow(
      /^\.github\/quality\.yml:1: cannot be read: Excessive alias count/,
    );
    expect(performance.now() - t).toBeLessThan(2000);
  });

  it('reads a few aliases, as YAML users write them', () => {
    const cfg = parseConfig('matrix:\n  os: &os [ubuntu-latest]\n  include:\n    - {os: macos-latest}\n', file);
    expect(sectionValues(cfg, 'matrix')['os']!.value).toBe('ubuntu-latest');
    const aliased = parseConfig('lint:\n  tools: &t [eslint]\nformat:\n  tools: *t\n', file);
    expect(sectionValues(aliased, 'format')['tools']!.value).toBe('eslint');
  });
});

describe('didYouMean', () => {
  it('finds the closest key within a third of its length, and nothing far away', () => {
    expect(didYouMean('min-coverge', ['min-coverage', 'min-diff-coverage'])).toBe('min-coverage');
    expect(didYouMean('tools', ['filter', 'fail-level'])).toBeUndefined();
  });
});

describe('loadConfig', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const repo = (files: Record<string, string>) => {
    dir = mkdtempSync(join(tmpdir(), 'quality-config-'));
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), text);
    }
    return dir;
  };

  it('finds .github/quality.yml, else quality.yml at the root, else nothing', () => {
    expect(loadConfig(repo({ '.github/quality.yml': 'coverage: {min-coverage: 1}\n' }))?.file).toBe(
      '.github/quality.yml',
    );
    rmSync(dir, { recursive: true, force: true });
    expect(loadConfig(repo({ 'quality.yml': 'coverage: {min-coverage: 1}\n' }))?.file).toBe('quality.yml');
    rmSync(dir, { recursive: true, force: true });
    expect(loadConfig(repo({ 'README.md': '' }))).toBeUndefined();
  });

  it('refuses two config files, naming both', () => {
    const root = repo({ '.github/quality.yml': '', 'quality.yml': '' });
    expect(() => loadConfig(root)).toThrow(
      `Both .github/quality.yml and quality.yml exist in ${root}: keep one (.github/quality.yml is the usual place) and delete the other.`,
    );
  });

  it('refuses a link to a FIFO or a device at once instead of waiting on it (an untrusted checkout)', () => {
    const root = repo({});
    execFileSync('mkfifo', [join(root, 'pipe')]);
    symlinkSync(join(root, 'pipe'), join(root, 'quality.yml'));
    expect(() => loadConfig(root)).toThrow('quality.yml is not a file.');
    rmSync(join(root, 'quality.yml'));
    symlinkSync('/dev/zero', join(root, 'quality.yml'));
    expect(() => loadConfig(root)).toThrow('quality.yml is not a file.');
  });

  it('refuses a folder in place of the file and a file over 1 MiB', () => {
    expect(() => loadConfig(repo({ 'quality.yml/x': '' }))).toThrow('quality.yml is not a file.');
    rmSync(dir, { recursive: true, force: true });
    expect(() => loadConfig(repo({ 'quality.yml': `# ${'x'.repeat(1024 * 1024)}\n` }))).toThrow(
      /quality\.yml is \d+ bytes: a config file is at most 1 MiB\./,
    );
  });
});
