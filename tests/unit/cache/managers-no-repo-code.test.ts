/**
 * cache-deps never runs repository code: for every package manager, a workspace plants the
 * configuration that makes the real tool run a repository file (yarn-path, yarnPath, a
 * corepack URL, .pnpmfile.cjs, node-options, Poetry plugins, a Go toolchain switch), and fake
 * binaries on PATH stand for the tools. Package managers write the marker whenever they run;
 * the runtimes (python3, go) write it when they run in the workspace or may switch toolchain.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parseManagers, planCaches } from '../../../packages/cache/src/plan.js';
import type { ManagerName } from '../../../packages/cache/src/managers.js';
import { tree } from './helpers.js';

const base = mkdtempSync(join(tmpdir(), 'quality-norepocode-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const bin = join(base, 'bin');
mkdirSync(bin);
const script = (name: string, body: string) => {
  writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
  chmodSync(join(bin, name), 0o755);
};
// Any run of a package manager (or of node or corepack, which would load repository files) is a failure.
for (const name of ['npm', 'npx', 'yarn', 'pnpm', 'corepack', 'node', 'pip', 'pip3', 'poetry', 'uv']) {
  script(name, `echo "${name} $* in $(pwd)" >> "$MARKER"\necho 1.0.0`);
}
// A runtime is only probed outside the workspace, with no way to switch toolchain or load site code.
const inWorkspace = 'case "$(pwd -P)/" in "$WS"/*) echo "$0 ran in the workspace" >> "$MARKER";; esac';
script(
  'python3',
  `${inWorkspace}\ncase " $* " in *" -I "*) ;; *) echo "python3 without -I" >> "$MARKER";; esac\necho "Python 3.12.4"`,
);
script(
  'go',
  `${inWorkspace}\n[ "$GOTOOLCHAIN" = local ] || echo "go may switch toolchain" >> "$MARKER"\n[ "$GOWORK" = off ] || echo "go reads go.work" >> "$MARKER"\necho go1.22.3`,
);

const evil = (marker: string) => `require('fs').appendFileSync(${JSON.stringify(marker)}, 'evil.js ran\\n');\n`;

/** Each manager: its fixture plus the files that make the real tool run repository code. */
const planted = (marker: string): Record<ManagerName, Record<string, string>> => ({
  npm: { '.npmrc': 'node-options=--require ./evil.js\ncache=./npm-cache\n', 'evil.js': evil(marker) },
  yarn: { '.yarnrc': 'yarn-path "./evil.js"\n', 'evil.js': evil(marker) },
  pnpm: {
    'package.json': '{"packageManager":"pnpm@https://example.invalid/evil.tgz"}\n',
    '.pnpmfile.cjs': evil(marker),
    '.npmrc': 'node-options=--require ./evil.js\n',
    'evil.js': evil(marker),
  },
  pip: { 'pip.conf': '[global]\ncache-dir = /tmp/evil\n', 'sitecustomize.py': 'open("x","w")\n' },
  poetry: {
    'pyproject.toml': '[tool.poetry.requires-plugins]\nevil-plugin = ">=1"\n',
    'poetry.toml': '[virtualenvs]\nin-project = true\n',
  },
  uv: { 'uv.toml': 'cache-dir = "./uv-cache"\n', 'sitecustomize.py': 'open("x","w")\n' },
  go: { 'go.mod': 'module example.com/evil\n\ngo 1.22\n\ntoolchain go1.99.0\n' },
});
const berry = (marker: string) => ({
  '.yarnrc.yml': 'yarnPath: ./evil.cjs\n',
  'evil.cjs': evil(marker),
  'package.json': '{"packageManager":"yarn@https://example.invalid/evil.js"}\n',
});

const cases: [string, ManagerName, string, (marker: string) => Record<string, string>, string][] = [
  ['npm', 'npm', 'npm', (m) => planted(m).npm, ''],
  ['yarn classic', 'yarn', 'yarn', (m) => planted(m).yarn, ''],
  ['yarn berry', 'yarn', 'yarn', berry, ''],
  ['pnpm', 'pnpm', 'pnpm', (m) => planted(m).pnpm, ''],
  ['pip', 'pip', 'pip', (m) => planted(m).pip, 'py3.12'],
  ['poetry', 'poetry', 'poetry', (m) => planted(m).poetry, 'py3.12'],
  ['uv', 'uv', 'uv', (m) => planted(m).uv, 'py3.12'],
  ['go', 'go', 'go', (m) => planted(m).go, 'go1.22'],
];

describe.each(cases)('%s', (_label, manager, fixture, files, runtime) => {
  const run = process.platform === 'win32' ? it.skip : it;
  run('plans the cache without running anything the repository configures', async () => {
    const dir = mkdtempSync(join(base, 'case-'));
    const marker = join(dir, 'MARKER');
    const home = join(dir, 'home');
    mkdirSync(home);
    const ws = tree(fixture, { commit: true, extra: files(marker) });
    try {
      const plan = await planCaches({
        root: ws,
        managers: parseManagers([manager]),
        prefix: 'deps',
        runnerOs: 'Linux',
        runnerArch: 'X64',
        platform: {
          os: 'linux',
          home,
          env: {
            PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
            HOME: home,
            MARKER: marker,
            WS: realpathSync(ws),
          },
        },
      });
      expect(existsSync(marker) ? readFileSync(marker, 'utf8') : '').toBe('');
      expect(plan.entries.map((e) => [e.manager, e.runtime])).toEqual([[manager, runtime]]);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });
});
