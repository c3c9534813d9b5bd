/**
 * actions/lint and actions/format run as the runner runs composite actions (runComposite: bash
 * steps, env: expanded from the inputs, GITHUB_ACTION_PATH set) on the sample projects, with the
 * real tools: annotations, job summary, outputs, the filter on a fork pull request, the trust rule.
 * Needs dist/cli (npm run build).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runComposite } from './harness/composite.js';
import { makeWorkspace, repoRoot } from './harness/index.js';

const SAMPLES = join(repoRoot, 'tests/fixtures/lint');
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
  })
    .toString()
    .trim();

/** A workspace (git repository, removed by the harness) holding one sample project at its root. */
function sampleWorkspace(lang: 'node' | 'python' | 'go'): string {
  const ws = makeWorkspace();
  for (const e of readdirSync(join(SAMPLES, lang))) cpSync(join(SAMPLES, lang, e), join(ws, e), { recursive: true });
  writeFileSync(join(ws, '.gitignore'), 'node_modules\n.mypy_cache\n__pycache__\n');
  git(ws, 'add', '-A');
  git(ws, 'commit', '-q', '-m', 'sample');
  // The project's own install: this repository's node_modules (eslint, prettier, tsc).
  if (lang === 'node') symlinkSync(join(repoRoot, 'node_modules'), join(ws, 'node_modules'));
  return ws;
}

const forkPr = (base: string, head: string) => ({
  name: 'pull_request',
  payload: {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      base: { sha: base, ref: 'main', repo: { full_name: 'octo-org/octo-repo' } },
      head: { sha: head, ref: 'feature', repo: { full_name: 'someone/octo-repo', fork: true } },
    },
    repository: { full_name: 'octo-org/octo-repo', default_branch: 'main' },
  },
});

describe('actions/lint', () => {
  it('a fork pull request: only the finding on an added line counts; the others are counted outside the filter', async () => {
    const ws = sampleWorkspace('node');
    const base = git(ws, 'rev-parse', 'HEAD');
    const app = readFileSync(join(ws, 'src/clean.js'), 'utf8');
    writeFileSync(join(ws, 'src/clean.js'), `${app}\nexport const added = notDefinedAnywhere;\n`);
    git(ws, 'commit', '-q', '-am', 'change');
    const head = git(ws, 'rev-parse', 'HEAD');
    const r = await runComposite('lint', {
      workspace: ws,
      event: forkPr(base, head),
      inputs: { tools: 'eslint' },
      timeoutMs: 120_000,
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations).toEqual([
      expect.objectContaining({ level: 'error', file: 'src/clean.js', line: 5, title: 'eslint: no-undef' }),
    ]);
    expect(r.outputs).toEqual({ errors: '1', warnings: '0', notices: '0' });
    // The 4 findings of src/app.js are not on the change: said, not hidden.
    expect(r.summary).toMatch(/4 findings outside it/);
    expect(r.summary).toMatch(/\| eslint \| `10\.\d+\.\d+` \|/);
  }, 180_000);

  it('a push: nofilter, flake8 findings as annotations, the step fails at fail-level error', async () => {
    const ws = sampleWorkspace('python');
    const r = await runComposite('lint', { workspace: ws, inputs: { tools: 'flake8' }, timeoutMs: 120_000 });
    const printed = readFileSync(join(SAMPLES, 'output/flake8.txt'), 'utf8').trim().split('\n');
    expect(r.exitCode).toBe(1);
    expect(r.outputs.errors).toBe(String(printed.length));
    expect(r.annotations.map((a) => `${a.file}:${a.line}`)).toEqual(
      printed.map((l) => l.split(':').slice(0, 2).join(':').replace(/^\.\//, '')),
    );
    expect(r.summary).toContain('sample/app.py');
  }, 180_000);

  it('fail-level none passes with findings; a SARIF report from reports is read too', async () => {
    const ws = sampleWorkspace('go');
    cpSync(join(SAMPLES, 'third-party/golangci-lint.sarif'), join(ws, 'reports/golangci.sarif'), { recursive: true });
    const r = await runComposite('lint', {
      workspace: ws,
      inputs: { 'fail-level': 'none', reports: 'reports/*.sarif' },
      timeoutMs: 120_000,
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.errors).toBe('5'); // go vet's printf finding and the report's 4 errors
    expect(r.outputs.warnings).toBe('1');
    expect(r.annotations).toContainEqual(
      expect.objectContaining({ file: 'main.go', line: 7, title: 'go-vet: printf' }),
    );
  }, 180_000);

  it('pull_request_target with the head checked out: refused, the tools never run', async () => {
    const ws = sampleWorkspace('python');
    const head = git(ws, 'rev-parse', 'HEAD');
    const ev = forkPr(head, head);
    const r = await runComposite('lint', {
      workspace: ws,
      event: { ...ev, name: 'pull_request_target' },
      inputs: { tools: 'flake8' },
    });
    expect(r.exitCode).toBe(2);
    expect(r.annotations[0]?.message).toMatch(/pull_request event instead/);
    expect(r.summary).toMatch(/checked out the pull request/);
  }, 60_000);

  it('a tool configured but not installed: a clear error, exit 2', async () => {
    const ws = makeWorkspace({
      'package.json': '{"devDependencies":{"eslint":"^9"}}',
      'eslint.config.js': 'export default [];\n',
    });
    const r = await runComposite('lint', { workspace: ws });
    expect(r.exitCode).toBe(2);
    expect(r.annotations[0]?.message).toMatch(
      /^eslint is configured \(eslint\.config\.js\) but not installed in node_modules: run npm ci first\./,
    );
  }, 60_000);
});

describe('actions/format', () => {
  it('gofmt: the file annotated, its diff collapsed in the summary, the fix command, output files', async () => {
    const ws = sampleWorkspace('go');
    const r = await runComposite('format', { workspace: ws, timeoutMs: 120_000 });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.files).toBe('1');
    expect(r.annotations).toEqual([
      expect.objectContaining({ level: 'error', file: 'greet.go', title: 'gofmt: format' }),
    ]);
    expect(r.summary).toContain('<details><summary>greet.go (gofmt)</summary>');
    expect(r.summary).toContain('+\tif name == "" {');
    expect(r.summary).toContain('gofmt -w greet.go');
  }, 180_000);

  it('fix: true rewrites the files (prettier), and a second check passes', async () => {
    const ws = sampleWorkspace('node');
    const r = await runComposite('format', { workspace: ws, inputs: { fix: 'true' }, timeoutMs: 120_000 });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.files).toBe('1');
    // prettier prints no diff: the summary shows the one computed from prettier's own output.
    expect(r.summary).toContain('<details><summary>src/ugly.js (prettier)</summary>');
    expect(r.summary).toContain('+export function shout(word) {');
    expect(readFileSync(join(ws, 'src/ugly.js'), 'utf8')).toContain(
      "export function shout(word) {\n  return word.toUpperCase() + '!';\n}",
    );
    const again = await runComposite('format', { workspace: ws, timeoutMs: 120_000 });
    expect(again.exitCode).toBe(0);
    expect(again.outputs.files).toBe('0');
  }, 180_000);
});
