/**
 * When to write to the cache, and which extra paths may go into it.
 *
 * Reading a cache is harmless; writing one is how a cache gets poisoned: an entry saved by
 * code an attacker controls is restored by later trusted runs. So:
 *
 * - never on events that run with the base repository's cache scope but on behalf of someone
 *   else or for a released artefact (`pull_request_target`, `issue_comment`, `workflow_run`,
 *   `release`, tag pushes, `create`/`delete`), whatever the `save` input says;
 * - `auto` (the default) saves only on push, schedule and workflow_dispatch of the default
 *   branch, whose caches every branch and pull request can read;
 * - `always` saves on any other event too (a pull request's entry is scoped to that pull
 *   request's ref, so it cannot reach the default branch);
 * - `never` only restores.
 */
import { isAbsolute, relative, resolve, sep, basename } from 'node:path';
import { existsSync, realpathSync } from 'node:fs';
import { ConfigurationError } from '@quality/kit/errors';

export const SAVE_POLICIES = ['auto', 'always', 'never'] as const;
export type SavePolicy = (typeof SAVE_POLICIES)[number];

export const UNTRUSTED_EVENTS: readonly string[] = [
  'pull_request_target',
  'issue_comment',
  'workflow_run',
  'release',
  'create',
  'delete',
];

export interface EventInfo {
  eventName: string;
  /** GITHUB_REF */
  ref: string;
  payload: Record<string, unknown>;
}

export interface SaveDecision {
  save: boolean;
  /** Why, in words a user reads in the summary. */
  reason: string;
}

export function defaultBranchOf(payload: Record<string, unknown>): string | undefined {
  const repo = payload['repository'];
  if (repo && typeof repo === 'object') {
    const b = (repo as Record<string, unknown>)['default_branch'];
    if (typeof b === 'string' && b) return b;
  }
  return undefined;
}

/**
 * Is this run on the default branch? push: the payload's `ref`; schedule and
 * workflow_dispatch: GITHUB_REF; both compared with `refs/heads/<repository.default_branch>`
 * from the payload. A schedule payload without `repository` (the pre-2022 shape) counts as
 * the default branch: GitHub runs scheduled workflows only there.
 */
export function onDefaultBranch(ev: EventInfo): boolean | undefined {
  const def = defaultBranchOf(ev.payload);
  const ref = ev.eventName === 'push' && typeof ev.payload['ref'] === 'string' ? (ev.payload['ref'] as string) : ev.ref;
  if (!def) return ev.eventName === 'schedule' ? true : undefined;
  return ref === `refs/heads/${def}`;
}

export function decideSave(policy: SavePolicy, ev: EventInfo): SaveDecision {
  const ref = ev.eventName === 'push' && typeof ev.payload['ref'] === 'string' ? (ev.payload['ref'] as string) : ev.ref;
  if (UNTRUSTED_EVENTS.includes(ev.eventName)) {
    return { save: false, reason: `never saved on ${ev.eventName} events (cache poisoning)` };
  }
  if (ref.startsWith('refs/tags/')) return { save: false, reason: 'never saved for tags (cache poisoning)' };
  if (policy === 'never') return { save: false, reason: 'save is never' };
  if (policy === 'always') return { save: true, reason: 'save is always' };
  if (!['push', 'schedule', 'workflow_dispatch'].includes(ev.eventName)) {
    return { save: false, reason: `save is auto, which does not save on ${ev.eventName || 'unknown'} events` };
  }
  const onDefault = onDefaultBranch(ev);
  if (onDefault === undefined) {
    return { save: false, reason: 'save is auto, and the event payload does not name the default branch' };
  }
  if (!onDefault) {
    return { save: false, reason: `save is auto, which saves only on the default branch (this is ${ref})` };
  }
  return { save: true, reason: `save is auto: ${ev.eventName} on the default branch` };
}

/** Basenames that hold credentials or repository internals: never cached. */
export const FORBIDDEN_NAMES: readonly string[] = [
  '.git',
  '.npmrc',
  '.yarnrc',
  '.yarnrc.yml',
  '.pypirc',
  'pip.conf',
  'pip.ini',
  '.netrc',
  '_netrc',
  '.git-credentials',
  '.gitconfig',
  '.ssh',
  '.gnupg',
  '.aws',
  '.docker',
  '.kube',
  'gh',
  'auth.toml',
];

export interface PathRoots {
  home: string;
  workspace: string;
  runnerTemp: string;
}

function inside(child: string, parent: string): boolean {
  const r = relative(parent, child);
  return r !== '' && !r.startsWith('..') && !isAbsolute(r);
}

/**
 * Check one extra `path` entry: `~` expands to home; relative paths are relative to the
 * workspace. Refused: globs, credentials files and `.git` anywhere in the path, anything not
 * strictly inside home, the workspace or the runner's temp folder (following symlinks when
 * the path exists), and folders that contain the home or workspace folder.
 */
export function validateExtraPath(raw: string, roots: PathRoots): string {
  const bad = (why: string) => new ConfigurationError(`Input 'path' has the entry ${JSON.stringify(raw)}: ${why}.`);
  if (/[*?[\]{}]/.test(raw) || raw.startsWith('!')) throw bad('globs and exclusions are not accepted; list folders');
  const expanded = raw === '~' ? roots.home : raw.startsWith('~/') ? resolve(roots.home, raw.slice(2)) : raw;
  const abs = resolve(roots.workspace, expanded);
  const check = (p: string) => {
    for (const seg of p.split(sep)) {
      if (FORBIDDEN_NAMES.includes(seg))
        throw bad(`'${seg}' can hold credentials or repository internals and is never cached`);
    }
    const allowed = [roots.home, roots.workspace, roots.runnerTemp].filter(Boolean).map((r) => resolve(r));
    if (!allowed.some((r) => inside(p, r))) {
      throw bad(`only folders inside the home folder, the workspace or the runner's temp folder can be cached`);
    }
    const ws = resolve(roots.workspace);
    if (p === ws || inside(ws, p)) throw bad('it contains the whole workspace, including .git');
  };
  check(abs);
  if (existsSync(abs)) {
    const real = realpathSync(abs);
    const realRoots = [roots.home, roots.workspace, roots.runnerTemp]
      .filter((r) => r && existsSync(r))
      .map((r) => realpathSync(r));
    if (real !== abs) {
      for (const seg of real.split(sep)) {
        if (FORBIDDEN_NAMES.includes(seg)) throw bad(`it resolves to ${real}, which can hold credentials`);
      }
      if (!realRoots.some((r) => inside(real, r))) {
        throw bad(`it resolves to ${real}, outside the home folder, the workspace and the runner's temp folder`);
      }
    }
  }
  if (basename(abs) === 'node_modules') {
    throw bad('node_modules is never cached: it is rebuilt from the package store, which this action caches');
  }
  return abs;
}
