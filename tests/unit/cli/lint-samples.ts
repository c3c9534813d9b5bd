/** Copies of the lint sample projects for the CLI tests (removed by the caller's `made` list). */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPO = process.cwd();
export const SAMPLES = join(REPO, 'tests/fixtures/lint');

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    stdio: 'pipe',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@x',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@x',
    },
  });

/** A git repository holding a copy of one sample (node: with this repository's node_modules linked). */
export function lintSample(made: string[], lang: 'node' | 'python' | 'go', gitInit = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'quality-lint-'));
  made.push(dir);
  for (const e of readdirSync(join(SAMPLES, lang))) cpSync(join(SAMPLES, lang, e), join(dir, e), { recursive: true });
  if (lang === 'node') symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'));
  if (gitInit) {
    writeFileSync(join(dir, '.gitignore'), 'node_modules\n.mypy_cache\n');
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'sample');
  }
  return dir;
}
