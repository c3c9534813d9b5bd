import { afterAll } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/cache');

const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'T',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 'T',
  GIT_COMMITTER_EMAIL: 't@example.com',
};

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: GIT_ENV, stdio: 'pipe' }).toString();
}

/** Folders made by `tree()` in this test file, removed after its last test. */
const created: string[] = [];
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temp folder with the fixture copied in; `commit`: made a git repository with it committed. */
export function tree(
  fixture: string | undefined,
  opts: { commit?: boolean; extra?: Record<string, string> } = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), 'quality-cache-'));
  created.push(dir);
  if (fixture) cpSync(join(fixtures, fixture), dir, { recursive: true });
  if (opts.commit) {
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'fixture');
  }
  for (const [name, content] of Object.entries(opts.extra ?? {})) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** Decoys the key must never see: lockfiles inside node_modules and a virtualenv. */
export const DECOYS: Record<string, string> = {
  'packages/web/node_modules/is-number/package-lock.json': '{"decoy":1}\n',
  'node_modules/x/yarn.lock': 'decoy\n',
  '.venv/pyvenv.cfg': 'home = /usr/bin\n',
  '.venv/lib/requirements.txt': 'decoy==1\n',
  'env-like/pyvenv.cfg': 'home = /usr/bin\n',
  'env-like/requirements.txt': 'decoy==1\n',
};
