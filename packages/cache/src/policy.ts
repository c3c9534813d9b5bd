/**
 * When to write to the cache, and which extra paths may go into it.
 *
 * Reading a cache is harmless; writing one is how a cache gets poisoned. Whether this run may
 * write at all is kit's one trust rule (`readEvent`); `save` sits on top of it: `auto` saves
 * what the rule allows (push, schedule, workflow_dispatch of the default branch), `always` also
 * saves entries scoped to this run's ref on events that are not untrusted, `never` only
 * restores. No input makes an untrusted event (pull_request_target, fork pull requests, reviews,
 * issue_comment, workflow_run, release, tags, ...) write.
 */
import { isAbsolute, join, relative, resolve, sep, basename } from 'node:path';
import { existsSync, realpathSync } from 'node:fs';
import { ConfigurationError } from '@quality/kit/errors';
import { decideWrite, type RunEvent, type SavePolicy } from '@quality/kit/event';

export { SAVE_POLICIES, type SavePolicy } from '@quality/kit/event';

export interface SaveDecision {
  save: boolean;
  /** Why, in words a user reads in the summary. */
  reason: string;
}

const SAVING_EVENTS: readonly string[] = ['push', 'schedule', 'workflow_dispatch'];

export function decideSave(policy: SavePolicy, ev: RunEvent): SaveDecision {
  const d = decideWrite(policy, ev);
  if (!ev.canWrite && !ev.scopedWrite) {
    const why = ev.tag
      ? 'for tags'
      : ev.fork && ev.name === 'pull_request'
        ? 'for pull requests from forks'
        : !ev.payloadValid
          ? `when the ${ev.name || 'event'} payload is missing or not the event's shape`
          : `on ${ev.name || 'unnamed'} events`;
    return { save: false, reason: `never saved ${why} (cache poisoning)` };
  }
  if (policy === 'never') return { save: false, reason: 'save is never' };
  if (policy === 'always') return { save: d.write, reason: 'save is always' };
  if (d.write) return { save: true, reason: `save is auto: ${ev.name} on the default branch` };
  if (!SAVING_EVENTS.includes(ev.name)) {
    return { save: false, reason: `save is auto, which does not save on ${ev.name} events` };
  }
  if (ev.defaultBranch === undefined) {
    return { save: false, reason: 'save is auto, and the event payload does not name the default branch' };
  }
  return {
    save: false,
    reason: `save is auto, which saves only on the default branch (this is refs/heads/${ev.baseBranch ?? '?'})`,
  };
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

/** Folders and files that hold credentials, relative to the home folder. */
export const HOME_SECRETS: readonly string[] = [
  '.ssh',
  '.gnupg',
  '.aws',
  '.docker',
  '.kube',
  join('.config', 'gh'),
  '.netrc',
  '.npmrc',
  '.pypirc',
  '.git-credentials',
  '.gitconfig',
];

export interface PathRoots {
  home: string;
  workspace: string;
  runnerTemp: string;
}

/** The credential location (or the workspace's .git) that `p` is or holds: never cached. */
export function heldSecret(p: string, home: string, workspace: string): string | undefined {
  return [...HOME_SECRETS.map((s) => join(home, s)), join(workspace, '.git')].find((s) => s === p || inside(s, p));
}

export function inside(child: string, parent: string): boolean {
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
    // A folder above a credential location would cache it too (~/.config holds ~/.config/gh).
    const held = heldSecret(p, resolve(roots.home), ws);
    if (held) throw bad(`it holds ${held}, which can hold credentials or repository internals, and is never cached`);
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
      const realOf = (r: string) => (existsSync(r) ? realpathSync(r) : resolve(r));
      const held = heldSecret(real, realOf(roots.home), realOf(roots.workspace));
      if (held) throw bad(`it resolves to ${real}, which holds ${held}, and is never cached`);
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
