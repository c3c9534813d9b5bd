import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listActionFiles, pin, pinCommand, upgrade, upgradeCommand } from '../../../packages/pin/src/index.js';
import { Server } from './helpers.js';

let server: Server;
let work: string;
/** SHAs on the server, by name. */
const sha: Record<string, string> = {};
let setupAnnotatedObject = '';
let ws = 0;

/** A fresh workspace folder with the given files. */
function workspace(files: Record<string, string>): string {
  const dir = join(work, `ws${++ws}`);
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
  return dir;
}
const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');
const steps = (...uses: string[]) => `jobs:\n  a:\n    steps:\n${uses.map((u) => `      - uses: ${u}\n`).join('')}`;

beforeAll(() => {
  server = new Server();
  work = join(server.dir, 'ws');
  // actions/checkout: lightweight tags v1.0.0, v1.1.0 (+ major tag v1), v2.0.0 (+ v2); a branch.
  const checkout = server.repo('actions', 'checkout');
  sha.c1 = checkout.commit();
  checkout.tag('v1.0.0', sha.c1);
  sha.c2 = checkout.commit();
  checkout.tag('v1.1.0', sha.c2);
  checkout.tag('v1.1', sha.c2);
  checkout.tag('v1', sha.c2);
  sha.c3 = checkout.commit();
  checkout.tag('v2.0.0', sha.c3);
  checkout.tag('v2', sha.c3);
  checkout.tag('v3.0.0-rc.1', sha.c3);
  // actions/setup: annotated tags.
  const setup = server.repo('actions', 'setup');
  sha.s1 = setup.commit();
  setup.tag('v4.0.0', sha.s1, true);
  setup.tag('v4', sha.s1, true);
  setupAnnotatedObject = setup.tagObject('v4');
  // owner/mono: actions in sub-folders, one moving tag.
  const mono = server.repo('owner', 'mono');
  sha.m1 = mono.commit();
  mono.tag('v1', sha.m1);
  mono.tag('v1.0.0', sha.m1);
});

afterAll(() => rmSync(server.dir, { recursive: true, force: true }));

describe('pin', () => {
  it('pins lightweight and annotated tags (peeled), paths and reusable workflows; keeps every other byte', async () => {
    const before = [
      '# CI, with comments kept',
      'name:   CI   # odd spacing kept',
      'on: push',
      'jobs:',
      '  reuse:',
      '    uses: owner/mono/.github/workflows/build.yml@v1',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v1.0.0',
      '      -   uses:   "actions/setup@v4"      # the setup action',
      "      - uses: 'owner/mono/sub/dir@v1'",
      '      - uses: ./local/action',
      '      - uses: docker://alpine:3.20',
      `      - uses: actions/checkout@${sha.c3} # v2.0.0`,
      '      - run: |',
      '          echo "uses: actions/checkout@v1.0.0"',
      '      # uses: actions/checkout@v1',
      '      - name: last',
      '        uses: actions/checkout@v2',
      '',
    ].join('\n');
    const dir = workspace({ '.github/workflows/ci.yml': before });
    const r = await pin(['.github/workflows/ci.yml'], { serverUrl: server.url, root: dir });

    const expected = before
      .replace('build.yml@v1', `build.yml@${sha.m1} # v1`)
      .replace('checkout@v1.0.0\n', `checkout@${sha.c1} # v1.0.0\n`)
      .replace('"actions/setup@v4"      # the setup action', `"actions/setup@${sha.s1}"      # v4 the setup action`)
      .replace("'owner/mono/sub/dir@v1'", `'owner/mono/sub/dir@${sha.m1}' # v1`)
      .replace('checkout@v2\n', `checkout@${sha.c3} # v2\n`);
    expect(read(dir, '.github/workflows/ci.yml')).toBe(expected);
    expect(sha.s1).not.toBe(setupAnnotatedObject);
    expect(r.changes.map((c) => [c.line, c.action, c.ref, c.sha])).toEqual([
      [6, 'owner/mono/.github/workflows/build.yml', 'v1', sha.m1],
      [10, 'actions/checkout', 'v1.0.0', sha.c1],
      [11, 'actions/setup', 'v4', sha.s1],
      [12, 'owner/mono/sub/dir', 'v1', sha.m1],
      [20, 'actions/checkout', 'v2', sha.c3],
    ]);
    expect(r.pinned).toBe(1);
    expect(r.files).toEqual(['.github/workflows/ci.yml']);

    // Pinning again changes nothing.
    const again = await pin(['.github/workflows/ci.yml'], { serverUrl: server.url, root: dir });
    expect(again.changes).toEqual([]);
    expect(again.pinned).toBe(6);
    expect(read(dir, '.github/workflows/ci.yml')).toBe(expected);
  });

  it('keeps CRLF line ends and pins composite action steps', async () => {
    const before =
      'runs:\r\n  using: composite\r\n  steps:\r\n    - uses: actions/checkout@v1 # pinned later\r\n    - uses: actions/checkout@v2  #  v2\r\n';
    const dir = workspace({ 'act/action.yaml': before });
    await pin(['act/action.yaml'], { serverUrl: server.url, root: dir });
    expect(read(dir, 'act/action.yaml')).toBe(
      before.replace('@v1 # pinned later', `@${sha.c2} # v1 pinned later`).replace('@v2  #  v2', `@${sha.c3}  # v2`),
    );
  });

  it('pins a branch with a warning', async () => {
    const dir = workspace({ 'action.yml': 'runs:\n  steps:\n    - uses: actions/checkout@main\n' });
    const r = await pin(['action.yml'], { serverUrl: server.url, root: dir });
    expect(read(dir, 'action.yml')).toContain(`actions/checkout@${sha.c3} # main\n`);
    expect(r.warnings).toEqual([expect.stringMatching(/action\.yml:3: .*'main' is a branch/)]);
  });

  it('follows a tag moved upstream', async () => {
    const moving = server.repo('owner', 'moving');
    const a = moving.commit();
    moving.tag('v1', a);
    const text = 'runs:\n  steps:\n    - uses: owner/moving@v1\n';
    const first = workspace({ 'action.yml': text });
    await pin(['action.yml'], { serverUrl: server.url, root: first });
    expect(read(first, 'action.yml')).toContain(`owner/moving@${a} # v1`);
    const b = moving.commit();
    moving.tag('v1', b);
    const second = workspace({ 'action.yml': text });
    await pin(['action.yml'], { serverUrl: server.url, root: second });
    expect(read(second, 'action.yml')).toContain(`owner/moving@${b} # v1`);
    // What was pinned stays pinned.
    await pin(['action.yml'], { serverUrl: server.url, root: first });
    expect(read(first, 'action.yml')).toContain(`owner/moving@${a} # v1`);
  });

  it('names the file and line of a missing repository and of a missing ref, and writes nothing', async () => {
    const before = [
      'jobs:',
      '  a:',
      '    steps:',
      '      - uses: actions/checkout@v1',
      '      - uses: nobody/nothing@v1',
      '      - uses: actions/checkout@v9.9.9',
      '',
    ].join('\n');
    const dir = workspace({ 'w.yml': before });
    const err = await pin(['w.yml'], { serverUrl: server.url, root: dir }).catch((e: Error) => e);
    expect(err).toMatchObject({ name: 'ConfigurationError' });
    const msg = (err as Error).message;
    expect(msg).toMatch(/^2 problems:/);
    expect(msg).toMatch(
      /w\.yml:5: uses: nobody\/nothing@v1: the repository file:\/\/.*\/nobody\/nothing does not exist/,
    );
    expect(msg).toMatch(
      /w\.yml:6: uses: actions\/checkout@v9\.9\.9: actions\/checkout has no tag or branch named 'v9\.9\.9' \(newest releases: v2\.0\.0, v1\.1\.0, v1\.0\.0\)/,
    );
    expect(read(dir, 'w.yml')).toBe(before);
  });

  it('says when the server cannot be reached, and refuses a server URL that is not one', async () => {
    const dir = workspace({ 'w.yml': 'jobs:\n  a:\n    uses: a/b/.github/workflows/x.yml@v1\n' });
    await expect(pin(['w.yml'], { serverUrl: 'http://127.0.0.1:1', root: dir })).rejects.toThrow(
      /^Cannot reach http:\/\/127\.0\.0\.1:1 \(git ls-remote .*\)\. Check the server URL/,
    );
    await expect(pin(['w.yml'], { serverUrl: '--upload-pack=x', root: dir })).rejects.toThrow(/Input 'server-url'/);
  });

  it('refuses a short SHA and reports what it cannot pin', async () => {
    const dir = workspace({
      'w.yml': 'jobs:\n  a:\n    steps:\n      - uses: actions/checkout@abc1234\n',
      'x.yml': 'jobs:\n  a:\n    steps:\n      - { uses: actions/checkout@v1 }\n      - uses: a/b@${{ inputs.ref }}\n',
    });
    await expect(pin(['w.yml'], { serverUrl: server.url, root: dir })).rejects.toThrow(/short SHA/);
    const r = await pin(['x.yml'], { serverUrl: server.url, root: dir });
    expect(r.changes).toEqual([]);
    expect(r.skipped.map((s) => [s.line, s.reason])).toEqual([
      [4, expect.stringMatching(/flow style/)],
      [5, 'it contains an expression'],
    ]);
  });

  it('names a file that cannot be read, and escapes file names in its messages', async () => {
    const dir = workspace({ 'a\n::error::b.yml': steps('nobody/nothing@v1') });
    await expect(pin(['missing.yml'], { serverUrl: server.url, root: dir })).rejects.toThrow(
      /^missing\.yml: cannot be read \(ENOENT\)\. Name an existing workflow or action file\.$/,
    );
    const err = (await pin(['a\n::error::b.yml'], { serverUrl: server.url, root: dir }).catch(
      (e: Error) => e,
    )) as Error;
    expect(err.message).toMatch(/^a\\x0a::error::b\.yml:4: uses: nobody\/nothing@v1: the repository/);
  });

  it('reports invalid YAML with its file and line', async () => {
    const dir = workspace({ 'bad.yml': 'jobs:\n  a: [\n' });
    await expect(pin(['bad.yml'], { serverUrl: server.url, root: dir })).rejects.toThrow(
      /^bad\.yml:\d+: is not valid YAML/,
    );
  });
});

describe('upgrade', () => {
  it('moves SHA pins and tags to the newest release within the major, keeping their form', async () => {
    const before = steps(
      `actions/checkout@${sha.c1} # v1.0.0 keep this note`,
      'actions/checkout@v1.0.0',
      'actions/checkout@v1',
      `actions/setup@${sha.s1} # v4`,
      'actions/checkout@main',
    );
    const dir = workspace({ 'w.yml': before });
    const r = await upgrade(['w.yml'], { serverUrl: server.url, root: dir });
    expect(read(dir, 'w.yml')).toBe(
      before
        .replace(`${sha.c1} # v1.0.0 keep this note`, `${sha.c2} # v1.1.0 keep this note`)
        .replace('checkout@v1.0.0', 'checkout@v1.1.0'),
    );
    expect(r.upgrades.map((u) => [u.line, u.from, u.to, u.toRef, u.compareUrl])).toEqual([
      [4, 'v1.0.0', 'v1.1.0', sha.c2, `${server.url}/actions/checkout/compare/v1.0.0...v1.1.0`],
      [5, 'v1.0.0', 'v1.1.0', 'v1.1.0', `${server.url}/actions/checkout/compare/v1.0.0...v1.1.0`],
    ]);
    expect(r.upToDate).toBe(2);
    expect(r.skipped.map((s) => s.reason)).toEqual(["'main' is not a release version"]);
  });

  it('crosses majors when asked, keeping a major tag a major tag', async () => {
    const before = steps(`actions/checkout@${sha.c2} # v1.1.0`, 'actions/checkout@v1', 'actions/checkout@v1.1');
    const dir = workspace({ 'w.yml': before });
    const r = await upgrade(['w.yml'], { serverUrl: server.url, root: dir, major: true });
    expect(read(dir, 'w.yml')).toBe(
      steps(`actions/checkout@${sha.c3} # v2.0.0`, 'actions/checkout@v2', 'actions/checkout@v2.0.0'),
    );
    expect(r.upgrades.map((u) => `${u.from}...${u.to}`)).toEqual(['v1.1.0...v2.0.0', 'v1...v2.0.0', 'v1.1...v2.0.0']);
  });

  it('finds the release of a SHA without comment from the tags, and warns on a comment whose tag moved', async () => {
    const moved = server.repo('owner', 'moved');
    const a = moved.commit();
    moved.tag('v1.0.0', a);
    const b = moved.commit();
    moved.tag('v1.0.0', b);
    const dir = workspace({
      'w.yml': steps(`actions/checkout@${sha.c1}`, `owner/moved@${a} # v1.0.0`, `owner/moved@${'f'.repeat(40)}`),
    });
    const r = await upgrade(['w.yml'], { serverUrl: server.url, root: dir });
    expect(read(dir, 'w.yml')).toContain(`actions/checkout@${sha.c2} # v1.1.0\n`);
    expect(r.warnings).toEqual([
      expect.stringMatching(
        /w\.yml:5: .*the tag v1\.0\.0 now names [0-9a-f]{40}, not the pinned commit: it was moved upstream/,
      ),
      expect.stringMatching(/w\.yml:6: .*not upgraded: no release tag names this commit/),
    ]);
  });

  it('names a missing repository', async () => {
    const dir = workspace({ 'w.yml': steps('nobody/nothing@v1.0.0') });
    await expect(upgrade(['w.yml'], { serverUrl: server.url, root: dir })).rejects.toThrow(
      /^w\.yml:4: uses: nobody\/nothing@v1\.0\.0: the repository .* does not exist/,
    );
  });
});

describe('files and commands', () => {
  it('lists workflows and every action.yml, skipping node_modules', () => {
    const dir = workspace({
      '.github/workflows/ci.yml': '',
      '.github/workflows/release.yaml': '',
      '.github/workflows/notes.md': '',
      '.github/workflows/sub/x.yml': '',
      'action.yml': '',
      'actions/a/action.yaml': '',
      'actions/a/other.yml': '',
      'node_modules/x/action.yml': '',
    });
    expect(listActionFiles(dir)).toEqual([
      '.github/workflows/ci.yml',
      '.github/workflows/release.yaml',
      'action.yml',
      'actions/a/action.yaml',
    ]);
  });

  it('pinCommand prints each change and, with check, writes nothing and exits 1', async () => {
    const before = steps('actions/checkout@v1.0.0');
    const dir = workspace({ '.github/workflows/ci.yml': before, 'actions/x/action.yml': 'runs:\n  using: node24\n' });
    const checked = await pinCommand({ root: dir, serverUrl: server.url, check: true });
    expect(checked.exitCode).toBe(1);
    expect(read(dir, '.github/workflows/ci.yml')).toBe(before);
    const out = await pinCommand({ root: dir, serverUrl: server.url });
    expect(out.exitCode).toBe(0);
    expect(out.text).toBe(
      `.github/workflows/ci.yml:4: actions/checkout@v1.0.0 -> ${sha.c1} # v1.0.0\n` +
        '2 file(s): pinned 1 reference(s) in 1 file(s); 0 already pinned.\n',
    );
    const up = await upgradeCommand({ root: dir, serverUrl: server.url });
    expect(up.text).toBe(
      `.github/workflows/ci.yml:4: actions/checkout v1.0.0 -> v1.1.0  changes: ${server.url}/actions/checkout/compare/v1.0.0...v1.1.0\n` +
        '2 file(s): upgraded 1 reference(s) in 1 file(s); 0 up to date.\n',
    );
  });

  it('escapes control characters from file names in its text', async () => {
    const dir = workspace({ 'w\n::error::x.yml': steps('actions/checkout@v1.0.0') });
    const out = await pinCommand({ root: dir, serverUrl: server.url, files: ['w\n::error::x.yml'] });
    expect(out.text.split('\n').some((l) => l.startsWith('::'))).toBe(false);
    expect(out.text).toContain('w\\x0a::error::x.yml:4:');
  });
});
