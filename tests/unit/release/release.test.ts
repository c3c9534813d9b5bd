import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../scripts/release.mjs');
const ID = [
  '-c',
  'user.name=quality test',
  '-c',
  'user.email=test@example.invalid',
  '-c',
  'tag.gpgsign=false',
  '-c',
  'commit.gpgsign=false',
];
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'quality test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'quality test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
};

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', [...ID, ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

let dir: string;
let clone: string;
let bare: string;
let stubLog: string;

function put(rel: string, text: string) {
  mkdirSync(dirname(join(clone, rel)), { recursive: true });
  writeFileSync(join(clone, rel), text);
}
function commit(message: string) {
  put('notes.txt', `${message}\n`);
  git(clone, 'add', '-A');
  git(clone, 'commit', '-q', '-m', message);
}

/** Run the release script in the clone, npm replaced by a stub that logs and fails on `fail`. */
function release(args: string[], fail = '') {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: clone,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...GIT_ENV,
      QUALITY_RELEASE_NPM_CLI: join(dir, 'npm-stub.mjs'),
      STUB_LOG: stubLog,
      STUB_FAIL: fail,
    },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const stubCalls = () => (existsSync(stubLog) ? readFileSync(stubLog, 'utf8').trim().split('\n') : []);
const tagTarget = (tag: string) => git(clone, 'rev-parse', `refs/tags/${tag}^{commit}`);
const today = () => new Date().toISOString().slice(0, 10);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quality-release-'));
  bare = join(dir, 'remote.git');
  clone = join(dir, 'seed');
  stubLog = join(dir, 'npm.log');
  writeFileSync(
    join(dir, 'npm-stub.mjs'),
    "import { appendFileSync } from 'node:fs';\n" +
      "const args = process.argv.slice(2).join(' ');\n" +
      'appendFileSync(process.env.STUB_LOG, args + "\\n");\n' +
      "if (process.env.STUB_FAIL && args.endsWith(process.env.STUB_FAIL)) { console.error('stub: ' + args + ' failed'); process.exit(1); }\n",
  );
  git(dir, 'init', '-q', '--bare', bare);
  mkdirSync(clone);
  git(clone, 'init', '-q', '-b', 'main');
  put(
    'package.json',
    '{\n  "name": "quality",\n  "version": "0.1.0",\n  "private": true,\n  "dependencies": { "x": "1.0.0" }\n}\n',
  );
  put('packages/cli/package.json', '{\n  "name": "@quality/cli",\n  "version": "0.1.0"\n}\n');
  put('packages/cli/src/version.ts', "/** The version. */\nexport const VERSION = '0.1.0';\n");
  put('actions/gate/main.ts', "import x from 'y';\nconst VERSION = '0.1.0';\nconst OTHER = '0.1.0';\n");
  put(
    'package-lock.json',
    `${JSON.stringify(
      {
        name: 'quality',
        version: '0.1.0',
        lockfileVersion: 3,
        packages: {
          '': { name: 'quality', version: '0.1.0' },
          'packages/cli': { name: '@quality/cli', version: '0.1.0' },
          'node_modules/x': { version: '1.0.0' },
        },
      },
      null,
      2,
    )}\n`,
  );
  put('CHANGELOG.md', '# Changelog\n\nIntro.\n');
  put('dist/cli/index.js', "const VERSION = '0.1.0';\n");
  git(clone, 'add', '-A');
  git(clone, 'commit', '-q', '-m', 'chore: initial');
  git(clone, 'tag', '-a', '-m', 'v0.1.0', 'v0.1.0');
  git(clone, 'remote', 'add', 'origin', bare);
  git(clone, 'push', '-q', '-u', 'origin', 'main', 'v0.1.0');
  commit('feat(pin): pin actions by SHA');
  commit('fix: keep CRLF line ends <in> YAML, thanks @someone');
  commit('feat!: drop the old input');
  git(
    clone,
    'commit',
    '-q',
    '--allow-empty',
    '-m',
    'refactor(gate): new output\n\nBREAKING CHANGE: the output is JSON now',
  );
  commit('docs: not in the changelog');
  commit('An old-style commit message');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run release', () => {
  it('runs the checks, sets the version, writes the changelog, commits and tags; a second release moves vX and vX.Y', () => {
    const r = release(['0.2.0']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(stubCalls()).toEqual(['run lint', 'test', 'run check-dist', 'run build']);

    const head = git(clone, 'rev-parse', 'HEAD');
    expect(git(clone, 'log', '-1', '--format=%s')).toBe('chore(release): v0.2.0');
    expect(tagTarget('v0.2.0')).toBe(head);
    expect(tagTarget('v0.2')).toBe(head);
    expect(tagTarget('v0')).toBe(head);
    for (const t of ['v0.2.0', 'v0.2', 'v0']) expect(git(clone, 'cat-file', '-t', `refs/tags/${t}`)).toBe('tag');
    expect(git(clone, 'status', '--porcelain')).toBe('');

    expect(JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')).version).toBe('0.2.0');
    expect(readFileSync(join(clone, 'package.json'), 'utf8')).toContain('"dependencies": { "x": "1.0.0" }');
    expect(JSON.parse(readFileSync(join(clone, 'packages/cli/package.json'), 'utf8')).version).toBe('0.2.0');
    const lock = JSON.parse(readFileSync(join(clone, 'package-lock.json'), 'utf8'));
    expect([lock.version, lock.packages[''].version, lock.packages['packages/cli'].version]).toEqual([
      '0.2.0',
      '0.2.0',
      '0.2.0',
    ]);
    expect(lock.packages['node_modules/x'].version).toBe('1.0.0');
    expect(readFileSync(join(clone, 'packages/cli/src/version.ts'), 'utf8')).toContain("VERSION = '0.2.0'");
    expect(readFileSync(join(clone, 'actions/gate/main.ts'), 'utf8')).toBe(
      "import x from 'y';\nconst VERSION = '0.2.0';\nconst OTHER = '0.1.0';\n",
    );

    const hashes = (s: string) => git(clone, 'log', '-1', '--format=%h', `--grep=${s}`, '--fixed-strings');
    expect(readFileSync(join(clone, 'CHANGELOG.md'), 'utf8')).toBe(
      [
        '# Changelog',
        '',
        'Intro.',
        '',
        `## v0.2.0 (${today()})`,
        '',
        '### Features',
        '',
        `- **pin:** pin actions by SHA (${hashes('feat(pin)')})`,
        '',
        '### Fixes',
        '',
        `- keep CRLF line ends &lt;in&gt; YAML, thanks &#64;someone (${hashes('fix: keep')})`,
        '',
        '### Breaking',
        '',
        `- **gate:** new output: the output is JSON now (${hashes('refactor(gate)')})`,
        `- drop the old input (${hashes('feat!')})`,
        '',
      ].join('\n'),
    );
    expect(r.stdout).toContain('Push it with:\n  git push origin main v0.2.0 && git push --force origin v0.2 v0\n');

    // The printed push works against the bare remote.
    git(clone, 'push', '-q', 'origin', 'main', 'v0.2.0');
    git(clone, 'push', '-q', '--force', 'origin', 'v0.2', 'v0');
    const first = git(bare, 'rev-parse', 'refs/tags/v0^{commit}');
    expect(first).toBe(head);

    commit('fix: second fix');
    expect(release(['0.2.1']).code).toBe(0);
    const head2 = git(clone, 'rev-parse', 'HEAD');
    expect([tagTarget('v0.2.1'), tagTarget('v0.2'), tagTarget('v0'), tagTarget('v0.2.0')]).toEqual([
      head2,
      head2,
      head2,
      head,
    ]);
    const changelog = readFileSync(join(clone, 'CHANGELOG.md'), 'utf8');
    expect(changelog.indexOf('## v0.2.1')).toBeLessThan(changelog.indexOf('## v0.2.0'));
    expect(changelog).toContain(`## v0.2.1 (${today()})\n\n### Fixes\n\n- second fix (`);
    git(clone, 'push', '-q', '--force', 'origin', 'v0.2', 'v0');
    expect(git(bare, 'rev-parse', 'refs/tags/v0^{commit}')).toBe(head2);

    // The notes of one version, as the release workflow reads them.
    const notes = spawnSync(process.execPath, [SCRIPT, '--notes', 'v0.2.1'], { cwd: clone, encoding: 'utf8' });
    expect(notes.stdout).toMatch(/^### Fixes\n\n- second fix \([0-9a-f]+\)\n$/);
  });

  it('a fix on an older minor line moves its vX.Y but never takes vX backwards', () => {
    expect(release(['--skip-checks', '0.2.0']).code).toBe(0);
    const v020 = tagTarget('v0.2.0');
    git(clone, 'checkout', '-q', '-b', 'release-0.1', 'v0.1.0');
    commit('fix: backported fix');
    const r = release(['--skip-checks', '0.1.1']);
    expect(r.code).toBe(0);
    const head = git(clone, 'rev-parse', 'HEAD');
    expect([tagTarget('v0.1.1'), tagTarget('v0.1'), tagTarget('v0')]).toEqual([head, head, v020]);
    expect(r.stdout).toContain('v0.1 now name it.\nv0 stays on a newer release: not moved.\n');
    expect(r.stdout).toContain('Push it with:\n  git push origin release-0.1 v0.1.1 && git push --force origin v0.1\n');
  });

  it('refuses a dirty tree, and creates no tag', () => {
    put('packages/cli/src/version.ts', "export const VERSION = '9.9.9';\n");
    const r = release(['0.2.0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^release refused: the working tree is not clean; commit or stash first:\n M packages\/cli\/src\/version\.ts/,
    );
    expect(stubCalls()).toEqual([]);
    expect(git(clone, 'tag', '--list')).toBe('v0.1.0');
  });

  it('refuses a stale dist (check-dist fails) and leaves the tree as it was', () => {
    const before = git(clone, 'rev-parse', 'HEAD');
    const r = release(['0.2.0'], 'check-dist');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('release refused: `npm run check-dist` failed: dist/ is stale');
    expect(stubCalls()).toEqual(['run lint', 'test', 'run check-dist']);
    expect(git(clone, 'status', '--porcelain')).toBe('');
    expect(git(clone, 'rev-parse', 'HEAD')).toBe(before);
    expect(git(clone, 'tag', '--list')).toBe('v0.1.0');
  });

  it('refuses a version that is not above the last release, an existing tag, and bad usage', () => {
    expect(release(['0.1.0']).stderr).toMatch(/the tag v0\.1\.0 already exists/);
    expect(release(['0.0.9']).stderr).toMatch(/v0\.0\.9 is not above the last release v0\.1\.0/);
    expect(release([]).code).toBe(2);
    expect(release(['1.2']).code).toBe(2);
    expect(release(['--skip-checks', '0.3.0']).code).toBe(0);
    expect(stubCalls()).toEqual([]);
    expect(tagTarget('v0.3.0')).toBe(git(clone, 'rev-parse', 'HEAD'));
  });

  it('moves the hand-written Unreleased entries into the release section, before the commits, and drops the heading', () => {
    put(
      'CHANGELOG.md',
      '# Changelog\n\nIntro.\n\n## Unreleased\n\n### Breaking\n\n- **actions:** off turns a rule off\n  (was: an empty input).\n\n### Upgrading\n\n- say off\n',
    );
    git(clone, 'commit', '-q', '-am', 'docs: unreleased notes');
    expect(release(['--skip-checks', '0.2.0']).code).toBe(0);
    const text = readFileSync(join(clone, 'CHANGELOG.md'), 'utf8');
    expect(text).not.toContain('## Unreleased');
    const notes = spawnSync(process.execPath, [SCRIPT, '--notes', 'v0.2.0'], { cwd: clone, encoding: 'utf8' }).stdout;
    const breaking = notes.slice(notes.indexOf('### Breaking'), notes.indexOf('### Upgrading'));
    expect(breaking.split('\n').slice(2, 5)).toEqual([
      '- **actions:** off turns a rule off',
      '  (was: an empty input).',
      expect.stringMatching(/^- \*\*gate:\*\* new output/),
    ]);
    expect(notes.trimEnd().endsWith('### Upgrading\n\n- say off')).toBe(true);
  });
});
