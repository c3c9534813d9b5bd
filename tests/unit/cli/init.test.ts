import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { VERSION } from '@quality/kit/version';
import { starterWorkflow, TOOLKIT_REPOSITORY } from '../../../packages/cli/src/commands/init.js';
import { Server, git } from '../pin/helpers.js';
import { quality } from './run.js';

const MAJOR = `v${VERSION.split('.')[0]}`;
const RELEASE = `v${VERSION}`;

let tmp: string;
let server: Server;
let releaseCommit = '';

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'quality-init-'));
  server = new Server();
  const toolkit = server.repo(...(TOOLKIT_REPOSITORY.split('/') as [string, string]));
  releaseCommit = toolkit.commit();
  toolkit.tag(RELEASE, releaseCommit, true);
  toolkit.tag(MAJOR, releaseCommit, true);
  toolkit.commit(); // main moved on after the release
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  rmSync(server.dir, { recursive: true, force: true });
});

let n = 0;
/** A fresh git repository holding `files`, on branch `branch`. */
function repo(files: Record<string, string>, branch = 'main'): string {
  const dir = join(tmp, `repo-${++n}`);
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', branch);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

const written = (dir: string) => readFileSync(join(dir, '.github/workflows/quality.yml'), 'utf8');

describe('quality init', () => {
  it('detects the languages (fixtures ignored) and writes the starter pinned to the major tag, on the current branch', async () => {
    const dir = repo(
      {
        'package.json': '{"name":"web"}\n',
        'services/api/pyproject.toml': '[project]\nname = "api"\n',
        'tests/fixtures/go/go.mod': 'module example.com/fixture\n',
      },
      'trunk',
    );
    const r = await quality(['init'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Wrote \.github\/workflows\/quality\.yml \(Node\.js, Python\)/);
    const text = written(dir);
    expect(text).toBe(starterWorkflow({ languages: ['node', 'python'], ref: MAJOR, branch: 'trunk' }));
    const y = parse(text) as {
      on: { push: { branches: string[] } };
      jobs: { quality: { uses: string; with: { languages: string } } };
    };
    expect(y.on.push.branches).toEqual(['trunk']);
    expect(y.jobs.quality.uses).toBe(`OWNER/quality/.github/workflows/quality.yml@${MAJOR}`);
    expect(y.jobs.quality.with.languages).toBe('node, python');
  });

  it("uses origin's default branch, and --lang instead of detection; the polyglot starter has no languages input", async () => {
    const dir = repo({ 'go.mod': 'module example.com/m\n' });
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'start');
    git(dir, 'update-ref', 'refs/remotes/origin/develop', 'HEAD');
    git(dir, 'symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/develop');
    const r = await quality(['init', '--lang', 'go,node, python', '--json'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { template: string; languages: string[]; comment: unknown };
    expect(out).toMatchObject({ template: 'quality-polyglot', languages: ['node', 'python', 'go'], comment: null });
    expect(written(dir)).toContain('branches: [develop]');
    expect(written(dir)).not.toContain('languages:');
  });

  it('refuses to replace an existing file (exit 2, file unchanged) unless --force', async () => {
    const dir = repo({ 'package.json': '{}\n', '.github/workflows/quality.yml': 'mine\n' });
    const r = await quality(['init'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/quality\.yml exists: quality init does not replace it.*--force/);
    expect(written(dir)).toBe('mine\n');
    expect((await quality(['init', '--force', '--ref', 'v1.2.0'], dir)).code).toBe(0);
    expect(written(dir)).toContain(`quality.yml@v1.2.0\n`);
  });

  it('--sha pins the commit of the release tag (an annotated tag, peeled) with a # vX.Y.Z comment', async () => {
    const dir = repo({ 'requirements.txt': 'pytest\n', 'pyproject.toml': '[project]\nname = "x"\n' });
    // Run from another folder: the file is then named by its absolute path, not by ../../...
    const r = await quality(['init', '--sha', '--server-url', server.url, '--dir', dir], server.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Wrote ${join(dir, '.github/workflows/quality.yml')} (Python)`);
    expect(written(dir)).toContain(`uses: OWNER/quality/.github/workflows/quality.yml@${releaseCommit} # ${RELEASE}\n`);
    expect(written(dir)).toContain('languages: python\n');
  });

  it('--sha with a server that lacks the release tag, or the repository, is a configuration error (exit 2)', async () => {
    const dir = repo({ 'package.json': '{}\n' });
    const other = server.repo('someone', 'quality');
    other.commit();
    const noTag = await quality(['init', '--sha', '--repository', 'someone/quality'], dir, {
      GITHUB_SERVER_URL: server.url,
    });
    expect(noTag.code).toBe(2);
    expect(noTag.stderr).toContain(`has no tag ${RELEASE}`);
    const missing = await quality(['init', '--sha', '--repository', 'nobody/quality', '--server-url', server.url], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/does not exist/);
    expect(existsSync(join(dir, '.github'))).toBe(false);
  });

  it.each([
    [['--ref', 'v1', '--sha'], /--ref and --sha exclude each other/],
    [['--lang', 'ruby'], /Input '--lang' has the value "ruby"/],
    [['--ref', 'v1 # x'], /Input '--ref'/],
    [['--ref', '../v1'], /Input '--ref'/],
    [['--repository', 'quality'], /OWNER\/NAME/],
    [['--bogus'], /bogus/],
  ])('%j is a usage error (exit 2 with the usage line)', async (args, message) => {
    const dir = repo({ 'package.json': '{}\n' });
    const r = await quality(['init', ...args], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('Usage: quality init');
    expect(existsSync(join(dir, '.github'))).toBe(false);
  });

  it('stops outside a git repository and when no project is found', async () => {
    const plain = join(tmp, 'plain');
    mkdirSync(plain);
    const outside = await quality(['init', '--dir', plain], tmp);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/is not inside a git repository/);
    const empty = repo({ 'README.md': '# x\n' });
    const none = await quality(['init'], empty);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/No Node\.js, Python or Go project found.*--lang/);
  });
});
