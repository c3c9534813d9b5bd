/**
 * Runner faults (issue 12), for the gate, the matrix and cache-deps run as the runner runs them:
 * GITHUB_OUTPUT on a full disk (/dev/full: every write fails with ENOSPC), and a RUNNER_TEMP that
 * is not a folder, is read-only or is full. Expected every time: a clear error naming the path
 * and what to fix (never "this is a bug"), the job summary written when its file is writable,
 * no verdict output written before the verdict is final, and cache-deps' post step warning and
 * going on. Root ignores file modes, so "read-only" and "full" are tmpfs mounts: where this
 * process may not mount (an unprivileged container), those cases are skipped and say why.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startCacheServer, type CacheServer } from '../support/cache-server/index.js';
import { makeEventPayload } from '../support/github-api/index.js';
import { makeWorkspace, repoRoot, runAction, type ActionResult, type StepResult } from './harness/index.js';

const root = mkdtempSync(join(tmpdir(), 'quality-faults-'));
const mounts: string[] = [];
let cache: CacheServer;
beforeAll(async () => {
  cache = await startCacheServer();
});
afterAll(async () => {
  await cache.close();
  for (const m of mounts.splice(0)) {
    try {
      execFileSync('umount', [m], { stdio: 'pipe' });
    } catch {
      // already gone
    }
  }
  rmSync(root, { recursive: true, force: true });
});

/**
 * A tmpfs of 64 KiB at a fresh folder under `root`: read-only, or full (a file takes every
 * block). Returns why not when this process may not mount.
 */
function tmpfs(kind: 'read-only' | 'full'): { dir: string } | { why: string } {
  const dir = mkdtempSync(join(root, `mnt-${kind}-`));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0777', 'tmpfs', dir], { stdio: 'pipe' });
  } catch (e) {
    return { why: `cannot mount a tmpfs here (${String((e as Error).message).split('\n')[0]})` };
  }
  mounts.push(dir);
  if (kind === 'read-only') execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'pipe' });
  else {
    const fd = openSync(join(dir, 'filler'), 'w');
    const block = Buffer.alloc(4096, 1);
    try {
      for (;;) writeSync(fd, block);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
    } finally {
      closeSync(fd);
    }
  }
  return { dir };
}

/** Decided once, when the file loads: jest needs to know which cases run. */
const probe = tmpfs('read-only');
const mountable = 'dir' in probe;
if (!mountable) console.warn(`faults.test.ts: read-only and full RUNNER_TEMP cases skipped: ${probe.why}`);
/** Each bad RUNNER_TEMP with the jest test function that runs it (skipped when it cannot be made here). */
const TEMPS = [
  ['not-a-folder', it],
  ['read-only', mountable ? it : it.skip],
  ['full', mountable ? it : it.skip],
] as const;

/** A RUNNER_TEMP that cannot be written, by kind. */
function badTemp(kind: 'not-a-folder' | 'read-only' | 'full'): string {
  if (kind === 'not-a-folder') {
    const file = join(mkdtempSync(join(root, 'file-')), 'not-a-folder');
    writeFileSync(file, 'x');
    return file;
  }
  const m = tmpfs(kind);
  if (!('dir' in m)) throw new Error(m.why);
  return m.dir;
}

const errors = (r: StepResult) => r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
const warnings = (r: StepResult) => r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

/** The step failed with one clear error matching `message`, and nothing called it a bug. */
function clearFailure(r: StepResult, message: RegExp): void {
  expect(r.exitCode).toBe(1);
  expect(errors(r).join('\n')).toMatch(message);
  expect(r.stdout + r.stderr).not.toMatch(/This is a bug|Unexpected error/);
}

const push = () => ({ name: 'push', payload: makeEventPayload('push') });

// ---------------------------------------------------------------------------------------------
// coverage-gate

const LCOV = 'TN:\nSF:src/a.js\nDA:1,1\nDA:2,1\nDA:3,0\nLF:3\nLH:2\nend_of_record\n';

function gate(env: Record<string, string>): Promise<ActionResult> {
  const ws = makeWorkspace({ 'src/a.js': 'a\nb\nc\n', 'coverage/lcov.info': LCOV });
  return runAction('coverage-gate', {
    workspace: ws,
    // no diff to measure: the total rule alone
    event: { name: 'workflow_dispatch', payload: { ref: 'refs/heads/main' } },
    inputs: { baseline: 'none', 'min-coverage': '50', 'min-diff-coverage': '' },
    env: { ...cache.env(), ...env },
  });
}

describe('coverage-gate', () => {
  it('runs (the control case: the same setup without a fault passes)', async () => {
    const r = await gate({});
    expect(r.exitCode).toBe(0);
    expect(r.outputs.passed).toBe('true');
    expect(r.summary).toContain('Coverage gate passed');
  });

  it('GITHUB_OUTPUT on a full disk: names it and says what to do; the summary still has the verdict', async () => {
    const r = await gate({ GITHUB_OUTPUT: '/dev/full' });
    clearFailure(
      r,
      /Cannot write the step outputs to \/dev\/full: the disk is full: free space on the runner \(ENOSPC\)/,
    );
    expect(r.summary).toMatch(/^### ❌ Coverage gate error/);
    expect(r.summary).toContain('Coverage gate passed');
  });

  for (const [kind, test] of TEMPS)
    test(`RUNNER_TEMP ${kind}: names it, writes the summary, and writes no verdict output`, async () => {
      const temp = badTemp(kind);
      const r = await gate({ RUNNER_TEMP: temp });
      clearFailure(r, new RegExp(`Cannot write .* to ${temp}.*: .*\\((ENOTDIR|EEXIST|EROFS|ENOSPC)\\)`));
      expect(r.summary).toMatch(/^### ❌ Coverage gate error/);
      expect(r.outputs).toEqual({});
    });
});

// ---------------------------------------------------------------------------------------------
// matrix

function matrix(env: Record<string, string>, inputs: Record<string, string> = {}): Promise<ActionResult> {
  const ws = makeWorkspace({
    'package.json': '{"name":"app","engines":{"node":">=20"}}\n',
    'package-lock.json': '{"name":"app","lockfileVersion":3,"packages":{}}\n',
    'test/a.test.js': 'x\n',
    'test/b.test.js': 'y\n',
  });
  return runAction('matrix', {
    workspace: ws,
    event: push(),
    inputs: { today: '2026-12-01', shards: '2', 'timing-cache': 'false', ...inputs },
    env,
  });
}

describe('matrix', () => {
  it('runs (the control case)', async () => {
    const r = await matrix({});
    expect(r.exitCode).toBe(0);
    expect(r.outputs.matrix).toBeDefined();
    expect(r.summary).toContain('## Job matrix');
  });

  it('GITHUB_OUTPUT on a full disk: names it and says what to do; the summary is written', async () => {
    const r = await matrix({ GITHUB_OUTPUT: '/dev/full' });
    clearFailure(
      r,
      /Cannot write the step outputs to \/dev\/full: the disk is full: free space on the runner \(ENOSPC\)/,
    );
    expect(r.summary).toContain('## Job matrix');
  });

  for (const [kind, test] of TEMPS)
    test(`RUNNER_TEMP ${kind}: the shard plan cannot be written: names it, a summary, no matrix output`, async () => {
      const temp = badTemp(kind);
      const r = await matrix({ RUNNER_TEMP: temp });
      clearFailure(
        r,
        new RegExp(
          `Cannot write the shard plan \\(RUNNER_TEMP must be a writable folder\\) to ${temp}.*\\((ENOTDIR|EEXIST|EROFS|ENOSPC)\\)`,
        ),
      );
      expect(r.summary).toMatch(/Job matrix error/);
      expect(r.outputs).toEqual({});
    });

  it('RUNNER_TEMP is not needed without shards: a bad one changes nothing', async () => {
    const r = await matrix({ RUNNER_TEMP: badTemp('not-a-folder') }, { shards: '0' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.matrix).toBeDefined();
  });
});

// ---------------------------------------------------------------------------------------------
// cache-deps

let postDir: string | undefined;
/** A bundle folder whose index.js is dist/cache-deps/post.js, so post runs as a step of its own. */
function postBundle(): string {
  if (!postDir) {
    postDir = mkdtempSync(join(root, 'post-'));
    writeFileSync(join(postDir, 'package.json'), '{"type":"module"}\n');
    writeFileSync(
      join(postDir, 'index.js'),
      `import ${JSON.stringify(pathToFileURL(join(repoRoot, 'dist/cache-deps/post.js')).href)};\n`,
    );
  }
  return postDir;
}

const npmFiles = {
  'package.json': '{"name":"app","version":"1.0.0"}\n',
  'package-lock.json':
    '{"name":"app","version":"1.0.0","lockfileVersion":3,"requires":true,"packages":{"":{"name":"app","version":"1.0.0"}}}\n',
};

/** main (with `mainEnv`), an install into the store, then post (with `postEnv`) given main's state. */
async function cacheJob(
  mainEnv: Record<string, string>,
  postEnv: Record<string, string> = {},
): Promise<{ main: ActionResult; post: ActionResult }> {
  const home = mkdtempSync(join(root, 'home-'));
  const store = join(home, '.npm');
  const env = { ...cache.env(), HOME: home, npm_config_cache: store };
  const workspace = makeWorkspace(npmFiles);
  const main = await runAction('cache-deps', {
    inputs: { 'package-manager': 'npm' },
    env: { ...env, ...mainEnv },
    event: push(),
    workspace,
    timeoutMs: 40_000,
  });
  mkdirSync(join(store, '_cacache'), { recursive: true });
  writeFileSync(join(store, '_cacache', 'entry'), 'package bytes');
  const stateEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(main.state)) stateEnv[`STATE_${k}`] = v;
  const post = await runAction('cache-deps', {
    inputs: { 'package-manager': 'npm' },
    env: { ...env, ...stateEnv, ...postEnv },
    event: push(),
    workspace,
    bundleDir: postBundle(),
    actionDir: join(repoRoot, 'actions/cache-deps'),
    timeoutMs: 40_000,
  });
  return { main, post };
}

describe('cache-deps', () => {
  it('runs (the control case: miss, then post saves)', async () => {
    const { main, post } = await cacheJob({});
    expect(main.exitCode).toBe(0);
    expect(main.outputs['cache-hit']).toBe('false');
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toMatch(/npm: saved/);
  });

  it('GITHUB_OUTPUT on a full disk: names it and says what to do; the summary is written', async () => {
    const { main } = await cacheJob({ GITHUB_OUTPUT: '/dev/full' });
    clearFailure(
      main,
      /Cannot write the step outputs to \/dev\/full: the disk is full: free space on the runner \(ENOSPC\)/,
    );
    expect(main.summary).toMatch(/npm/);
  });

  for (const [kind, test] of TEMPS)
    test(`RUNNER_TEMP ${kind}: restore and save warn and the job goes on`, async () => {
      const temp = badTemp(kind);
      const { main, post } = await cacheJob({ RUNNER_TEMP: temp }, { RUNNER_TEMP: temp });
      expect(main.exitCode).toBe(0);
      expect(main.stdout + main.stderr).not.toMatch(/This is a bug|Unexpected error/);
      expect(main.outputs['cache-hit']).toBe('false');
      expect(post.exitCode).toBe(0);
      expect(post.stdout + post.stderr).not.toMatch(/This is a bug|Unexpected error/);
      expect(warnings(post).join('\n')).toMatch(/not saved: .*The job goes on/);
      expect(post.summary).not.toBe('');
    });

  it('post with GITHUB_OUTPUT and the summary on a full disk still only warns', async () => {
    const { post } = await cacheJob({}, { GITHUB_OUTPUT: '/dev/full', GITHUB_STEP_SUMMARY: '/dev/full' });
    expect(post.exitCode).toBe(0);
    expect(post.stdout + post.stderr).not.toMatch(/This is a bug|Unexpected error/);
    expect(warnings(post).join('\n')).toMatch(/Could not write the job summary/);
  });
});
