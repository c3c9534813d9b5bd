import { afterAll, describe, it, expect } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_KEY_LENGTH, buildKey, matrixPart } from '../../../packages/cache/src/key.js';
import { runtimeKeyPart } from '../../../packages/cache/src/plan.js';
import { decideSave, validateExtraPath } from '../../../packages/cache/src/policy.js';
import { readEvent, type WorkflowContext } from '@quality/kit';
import { makeEventPayload } from '../../support/github-api/index.js';

/** readEvent of a run with this event name, ref and payload. */
const runEvent = (eventName: string, ref: string, payload: Record<string, unknown>) =>
  readEvent({ eventName, ref, payload, sha: 'f'.repeat(40) } as WorkflowContext);

const digest = 'a'.repeat(64);

describe('runtimeKeyPart', () => {
  it('is the minor version, only for stores that depend on the runtime', () => {
    expect(runtimeKeyPart('pip', 'Python 3.12.4')).toBe('py3.12');
    expect(runtimeKeyPart('uv', 'Python 3.13.0rc2')).toBe('py3.13');
    expect(runtimeKeyPart('poetry', undefined)).toBe('py-none');
    expect(runtimeKeyPart('go', 'go1.22.3')).toBe('go1.22');
    expect(runtimeKeyPart('go', 'go1.23rc1')).toBe('go1.23');
    expect(runtimeKeyPart('go', 'devel +abc')).toBe('go-none');
    for (const m of ['npm', 'yarn', 'pnpm'] as const) expect(runtimeKeyPart(m, 'v20.20.2')).toBe('');
  });
});

describe('buildKey', () => {
  it('is <prefix>-<os>-<arch>-<manager>[-<runtime>]-<hash> with a restore prefix without the hash', () => {
    const k = buildKey({ prefix: 'deps', os: 'Linux', arch: 'X64', manager: 'pip', runtime: 'py3.12', digest });
    expect(k.key).toBe(`deps-linux-x64-pip-py3.12-${'a'.repeat(32)}`);
    expect(k.restorePrefix).toBe('deps-linux-x64-pip-py3.12-');
    const npm = buildKey({ prefix: 'deps', os: 'Linux', arch: 'X64', manager: 'npm', runtime: '', digest });
    expect(npm.key).toBe(`deps-linux-x64-npm-${'a'.repeat(32)}`);
    expect(
      buildKey({ prefix: 'deps', os: 'macOS', arch: 'ARM64', manager: 'go', runtime: 'go1.22', digest }).key,
    ).toMatch(/^deps-macos-arm64-go-go1\.22-/);
  });

  it('adds the matrix values and never lets a comma or space in', () => {
    const matrix = matrixPart({ os: 'ubuntu-latest', node: 20, flags: 'a, b' });
    expect(matrix).toBe('flags=a_b+node=20+os=ubuntu-latest');
    const k = buildKey({
      prefix: 'my, deps',
      os: 'Linux',
      arch: 'X64',
      manager: 'pip',
      runtime: 'py3.12.1',
      matrix,
      digest,
    });
    expect(k.key).not.toMatch(/[, ]/);
    expect(k.key).toBe(`my_deps-linux-x64-pip-py3.12.1-flags=a_b+node=20+os=ubuntu-latest-${'a'.repeat(32)}`);
  });

  it('hashes a long matrix and refuses keys longer than the service accepts', () => {
    const long = matrixPart({ include: 'x'.repeat(200) });
    expect(long).toMatch(/^m[0-9a-f]{16}$/);
    expect(matrixPart({ a: { b: 1 } })).toBe('a.b=1');
    expect(() => matrixPart([1])).toThrow(/toJSON\(matrix\)/);
    expect(() =>
      buildKey({ prefix: 'p'.repeat(MAX_KEY_LENGTH), os: 'Linux', arch: 'X64', manager: 'npm', runtime: 'n', digest }),
    ).toThrow(/at most 512/);
    expect(() => buildKey({ prefix: ',,,', os: 'Linux', arch: 'X64', manager: 'npm', runtime: 'n', digest })).toThrow(
      /key-prefix/,
    );
  });
});

describe('decideSave', () => {
  const ev = (kind: Parameters<typeof makeEventPayload>[0], ref: string, opts = {}) =>
    runEvent(kind, ref, makeEventPayload(kind, opts));

  it('auto saves on push, schedule and workflow_dispatch of the default branch only', () => {
    expect(decideSave('auto', ev('push', 'refs/heads/main')).save).toBe(true);
    expect(
      decideSave('auto', ev('push', 'refs/heads/trunk', { defaultBranch: 'trunk', ref: 'refs/heads/trunk' })).save,
    ).toBe(true);
    const feature = decideSave('auto', ev('push', 'refs/heads/feature', { ref: 'refs/heads/feature' }));
    expect(feature).toEqual({
      save: false,
      reason: 'save is auto, which saves only on the default branch (this is refs/heads/feature)',
    });
    expect(decideSave('auto', ev('schedule', 'refs/heads/main')).save).toBe(true);
    expect(decideSave('auto', runEvent('schedule', 'refs/heads/main', { schedule: '0 0 * * *' })).save).toBe(true);
    expect(decideSave('auto', ev('workflow_dispatch', 'refs/heads/main')).save).toBe(true);
    expect(decideSave('auto', ev('workflow_dispatch', 'refs/heads/dev')).save).toBe(false);
    expect(decideSave('auto', runEvent('workflow_dispatch', 'refs/heads/main', {})).reason).toMatch(
      /payload is missing/,
    );
    const noRepository = { ...makeEventPayload('push'), repository: undefined };
    expect(decideSave('auto', runEvent('push', 'refs/heads/main', noRepository)).reason).toMatch(
      /does not name the default branch/,
    );
    expect(decideSave('auto', ev('pull_request', 'refs/pull/42/merge')).reason).toBe(
      'save is auto, which does not save on pull_request events',
    );
  });

  it('always and never do what they say, except on untrusted events and tags', () => {
    expect(decideSave('always', ev('pull_request', 'refs/pull/42/merge')).save).toBe(true);
    expect(decideSave('never', ev('push', 'refs/heads/main')).save).toBe(false);
    for (const kind of ['pull_request_target', 'workflow_run'] as const) {
      expect(decideSave('always', ev(kind, 'refs/heads/main'))).toEqual({
        save: false,
        reason: `never saved on ${kind} events (cache poisoning)`,
      });
    }
    expect(decideSave('always', runEvent('issue_comment', 'refs/heads/main', {})).save).toBe(false);
    expect(decideSave('always', runEvent('release', 'refs/tags/v1', {})).save).toBe(false);
    expect(decideSave('always', ev('push', 'refs/tags/v1.0.0', { ref: 'refs/tags/v1.0.0' })).reason).toMatch(
      /never saved for tags/,
    );
  });

  it('no input makes a fork pull request or a review comment save', () => {
    expect(decideSave('always', ev('pull_request', 'refs/pull/42/merge', { fork: true }))).toEqual({
      save: false,
      reason: 'never saved for pull requests from forks (cache poisoning)',
    });
    const review = runEvent('pull_request_review_comment', 'refs/pull/42/merge', makeEventPayload('pull_request'));
    expect(decideSave('always', review)).toEqual({
      save: false,
      reason: 'never saved on pull_request_review_comment events (cache poisoning)',
    });
    expect(decideSave('always', runEvent('push', 'refs/heads/main', {})).reason).toMatch(/payload is missing/);
  });
});

describe('validateExtraPath', () => {
  const base = mkdtempSync(join(tmpdir(), 'quality-paths-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const roots = { home: join(base, 'home'), workspace: join(base, 'home/work/repo'), runnerTemp: join(base, 'temp') };
  mkdirSync(roots.workspace, { recursive: true });
  mkdirSync(roots.runnerTemp, { recursive: true });
  mkdirSync(join(base, 'outside/.ssh'), { recursive: true });

  it('accepts folders inside home, the workspace and the runner temp folder', () => {
    expect(validateExtraPath('~/.cache/custom', roots)).toBe(join(roots.home, '.cache/custom'));
    expect(validateExtraPath('build/cache', roots)).toBe(join(roots.workspace, 'build/cache'));
    expect(validateExtraPath(join(roots.runnerTemp, 'x'), roots)).toBe(join(roots.runnerTemp, 'x'));
  });

  it('refuses credentials, .git, node_modules, globs, the roots themselves and anything outside', () => {
    expect(() => validateExtraPath('~/.npmrc', roots)).toThrow(
      `Input 'path' has the entry "~/.npmrc": '.npmrc' can hold credentials`,
    );
    expect(() => validateExtraPath('.git/objects', roots)).toThrow(
      /'\.git' can hold credentials or repository internals/,
    );
    expect(() => validateExtraPath('~/.docker/config.json', roots)).toThrow(/\.docker/);
    expect(() => validateExtraPath('node_modules', roots)).toThrow(/node_modules is never cached/);
    expect(() => validateExtraPath('~/.cache/*', roots)).toThrow(/globs/);
    expect(() => validateExtraPath('/etc', roots)).toThrow(/only folders inside the home folder/);
    expect(() => validateExtraPath('~', roots)).toThrow(/only folders inside/);
    expect(() => validateExtraPath('~/work', roots)).toThrow(/contains the whole workspace/);
    expect(() => validateExtraPath('../../../outside', roots)).toThrow(/only folders inside/);
  });

  it('follows symlinks', () => {
    symlinkSync(join(base, 'outside'), join(roots.workspace, 'innocent'));
    expect(() => validateExtraPath('innocent', roots)).toThrow(/resolves to .*outside the home folder/);
  });

  it('refuses a folder above a credential location: ~/.config holds the GitHub CLI token in ~/.config/gh', () => {
    expect(() => validateExtraPath('~/.config', roots)).toThrow(
      `Input 'path' has the entry "~/.config": it holds ${join(roots.home, '.config/gh')}, which can hold credentials`,
    );
    // Whether or not it exists yet, and through a symbolic link too.
    mkdirSync(join(roots.home, '.config/gh'), { recursive: true });
    symlinkSync(join(roots.home, '.config'), join(roots.workspace, 'cfg'));
    expect(() => validateExtraPath('cfg', roots)).toThrow(/resolves to .*\.config, which holds .*\.config\/gh/);
    expect(validateExtraPath('~/.config/pip-cache', roots)).toBe(join(roots.home, '.config/pip-cache'));
  });
});
