import { describe, it, expect } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  byteOrder,
  digestFiles,
  gitListFiles,
  listFiles,
  matchesPattern,
  walkListFiles,
} from '../../../packages/cache/src/digest.js';
import { DECOYS, git, tree } from './helpers.js';

const LOCKS = ['package-lock.json', 'yarn.lock', 'requirements*.txt', 'go.sum', 'go.mod'];

/** Reference: the digest definition written out plainly, over a given list of files. */
function reference(root: string, files: string[]): string {
  const lines = [...files]
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    .map(
      (f) =>
        `${f}\0${createHash('sha256')
          .update(readFileSync(join(root, f)))
          .digest('hex')}\n`,
    )
    .join('');
  return createHash('sha256').update(lines).digest('hex');
}

describe('matchesPattern', () => {
  it('matches a basename glob in any folder and multi-segment patterns at the end', () => {
    expect(matchesPattern('package-lock.json', 'package-lock.json')).toBe(true);
    expect(matchesPattern('a/b/package-lock.json', 'package-lock.json')).toBe(true);
    expect(matchesPattern('a/xpackage-lock.json', 'package-lock.json')).toBe(false);
    expect(matchesPattern('svc/requirements-dev.txt', 'requirements*.txt')).toBe(true);
    expect(matchesPattern('svc/requirements/dev.txt', 'requirements/*.txt')).toBe(true);
    expect(matchesPattern('dev.txt', 'requirements/*.txt')).toBe(false);
    expect(matchesPattern('a/requirements.txt.bak', 'requirements*.txt')).toBe(false);
  });
});

describe('listing the files of a key', () => {
  it("lists tracked lockfiles in every folder from git's index, never node_modules or virtualenvs", async () => {
    const dir = tree('monorepo', { commit: true, extra: DECOYS });
    const files = await gitListFiles(dir, LOCKS);
    expect(files).toEqual([
      'packages/web/package-lock.json',
      'services/api/requirements.txt',
      'tools/gen/go.mod',
      'tools/gen/go.sum',
    ]);
  });

  it('excludes node_modules and virtualenvs even when they are committed', async () => {
    const dir = tree('monorepo', {
      commit: false,
      extra: { 'node_modules/x/package-lock.json': '{}', 'vendor/go.sum': 'x' },
    });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A', '-f');
    git(dir, 'commit', '-q', '-m', 'all');
    const files = await gitListFiles(dir, LOCKS);
    expect(files.some((f) => f.includes('node_modules') || f.startsWith('vendor/'))).toBe(false);
  });

  it('walks the same files outside a git repository, skipping node_modules, .git and virtualenvs', async () => {
    const dir = tree('monorepo', { extra: DECOYS });
    const listed = await listFiles(dir, LOCKS);
    expect(listed.source).toBe('walk');
    expect(listed.gitProblem).toMatch(/not a git repository/i);
    expect(listed.files).toEqual(walkListFiles(dir, LOCKS));
    expect(listed.files).toEqual([
      'packages/web/package-lock.json',
      'services/api/requirements.txt',
      'tools/gen/go.mod',
      'tools/gen/go.sum',
    ]);
  });

  it('lists only what is under the root when the root is a sub-folder of the repository', async () => {
    const dir = tree('monorepo', { commit: true });
    expect(await gitListFiles(join(dir, 'tools'), LOCKS)).toEqual(['gen/go.mod', 'gen/go.sum']);
  });

  it('does not list untracked lockfiles (git index only)', async () => {
    const dir = tree('npm', { commit: true, extra: { 'sub/package-lock.json': '{}' } });
    expect(await gitListFiles(dir, LOCKS)).toEqual(['package-lock.json']);
  });
});

describe('digestFiles', () => {
  it('equals the reference construction and changes with content and path', async () => {
    const dir = tree('monorepo', { commit: true });
    const files = await gitListFiles(dir, LOCKS);
    const d = await digestFiles(dir, files);
    expect(d.digest).toBe(reference(dir, files));
    expect(d.entries.map((e) => e.path)).toEqual(files);
    writeFileSync(join(dir, 'tools/gen/go.sum'), 'changed\n');
    const d2 = await digestFiles(dir, files);
    expect(d2.digest).not.toBe(d.digest);
    expect(d2.digest).toBe(reference(dir, files));
  });

  it('reads the working tree, leaves out deleted files, and does not depend on input order', async () => {
    const dir = tree('monorepo', { commit: true });
    const files = await gitListFiles(dir, LOCKS);
    const a = await digestFiles(dir, [...files].reverse());
    expect(a.digest).toBe((await digestFiles(dir, files)).digest);
    unlinkSync(join(dir, 'services/api/requirements.txt'));
    const b = await digestFiles(dir, files);
    expect(b.entries.map((e) => e.path)).not.toContain('services/api/requirements.txt');
    expect(b.digest).toBe(
      reference(
        dir,
        files.filter((f) => f !== 'services/api/requirements.txt'),
      ),
    );
  });

  it('sorts by UTF-8 bytes, not UTF-16 code units', () => {
    // U+FF5E (3 bytes, EF BD 9E) sorts before U+1F600 (4 bytes, F0 9F 98 80) in UTF-8, but
    // after it in UTF-16 (0xFF5E > 0xD83D).
    expect(['\u{1F600}', '\uFF5E'].sort()).toEqual(['\u{1F600}', '\uFF5E']);
    expect(['\u{1F600}', '\uFF5E'].sort(byteOrder)).toEqual(['\uFF5E', '\u{1F600}']);
  });
});
