/**
 * The one trust rule, table-driven: per event, what readEvent reports and what each save policy
 * writes. Payloads come from the fake GitHub API's builders, shaped like GitHub's.
 */
import { describe, it, expect } from '@jest/globals';
import { decideWrite, readEvent, SAVE_POLICIES, type RunEvent } from '@quality/kit/event';
import type { WorkflowContext } from '@quality/kit';
import { makeEventPayload, type EventKind } from '../../support/github-api/payloads.js';
import { ZERO_SHA, fakeSha } from '../../support/github-api/model.js';

function context(
  eventName: string,
  payload: Record<string, unknown>,
  ref: string,
  sha = fakeSha('run'),
): WorkflowContext {
  return {
    eventName,
    payload,
    sha,
    ref,
    repository: { owner: 'octo-org', repo: 'octo-repo' },
    workspace: '/w',
    runnerTemp: '/t',
    apiUrl: 'https://api.github.com',
    serverUrl: 'https://github.com',
    runId: '1',
    workflow: 'CI',
    job: 'test',
    runnerOs: 'Linux',
    runnerArch: 'X64',
  };
}

const pr = (name: string, fork = false) => {
  const p = makeEventPayload(name === 'pull_request_target' ? 'pull_request_target' : 'pull_request', {
    fork,
    baseSha: fakeSha('base'),
  });
  return context(name, p, 'refs/pull/42/merge');
};
const build = (kind: EventKind, opts: Parameters<typeof makeEventPayload>[1], ref: string) =>
  context(kind, makeEventPayload(kind, opts), ref);

const mergeGroup = context(
  'merge_group',
  {
    action: 'checks_requested',
    merge_group: {
      head_sha: fakeSha('queue-head'),
      head_ref: 'refs/heads/gh-readonly-queue/main/pr-42-abc',
      base_sha: fakeSha('queue-base'),
      base_ref: 'refs/heads/main',
    },
    repository: { full_name: 'octo-org/octo-repo', default_branch: 'main' },
  },
  'refs/heads/gh-readonly-queue/main/pr-42-abc',
);
const withRepo = (extra: Record<string, unknown>) => ({
  ...extra,
  repository: { full_name: 'octo-org/octo-repo', default_branch: 'main' },
});

interface Row {
  name: string;
  ctx: WorkflowContext;
  kind: RunEvent['kind'];
  baseSha: string | undefined;
  canWrite: boolean;
  /** What `auto`, `always` and `never` write. */
  writes: { auto: boolean; always: boolean; never: false };
  extra?: Partial<RunEvent>;
}

const W = (auto: boolean, always: boolean) => ({ auto, always, never: false as const });
const pushBefore = fakeSha('refs/heads/main:before');

const rows: Row[] = [
  {
    name: 'push to the default branch',
    ctx: build('push', {}, 'refs/heads/main'),
    kind: 'push',
    baseSha: pushBefore,
    canWrite: true,
    writes: W(true, true),
    extra: { baseBranch: 'main', newBranch: false },
  },
  {
    name: 'push to another branch',
    ctx: build('push', { ref: 'refs/heads/feature' }, 'refs/heads/feature'),
    kind: 'push',
    baseSha: fakeSha('refs/heads/feature:before'),
    canWrite: false,
    writes: W(false, true),
  },
  {
    name: 'push of a new branch',
    ctx: build('push', { ref: 'refs/heads/new', created: true }, 'refs/heads/new'),
    kind: 'push',
    baseSha: undefined,
    canWrite: false,
    writes: W(false, true),
    extra: { newBranch: true, baseNote: 'a new branch: its push has no previous commit' },
  },
  {
    name: 'push of a tag',
    ctx: build('push', { ref: 'refs/tags/v1.0.0' }, 'refs/tags/v1.0.0'),
    kind: 'push',
    baseSha: fakeSha('refs/tags/v1.0.0:before'),
    canWrite: false,
    writes: W(false, false),
    extra: { tag: true },
  },
  {
    name: 'pull_request from the same repository',
    ctx: pr('pull_request'),
    kind: 'pull_request',
    baseSha: fakeSha('base'),
    canWrite: false,
    writes: W(false, true),
    extra: { fork: false, prNumber: 42, baseBranch: 'main' },
  },
  {
    name: 'pull_request from a fork',
    ctx: pr('pull_request', true),
    kind: 'pull_request',
    baseSha: fakeSha('base'),
    canWrite: false,
    writes: W(false, false),
    extra: { fork: true },
  },
  {
    name: 'pull_request_target',
    ctx: pr('pull_request_target'),
    kind: 'pull_request',
    baseSha: fakeSha('base'),
    canWrite: false,
    writes: W(false, false),
  },
  {
    name: 'pull_request_target from a fork',
    ctx: pr('pull_request_target', true),
    kind: 'pull_request',
    baseSha: fakeSha('base'),
    canWrite: false,
    writes: W(false, false),
  },
  {
    name: 'pull_request_review',
    ctx: pr('pull_request_review'),
    kind: 'pull_request',
    baseSha: fakeSha('base'),
    canWrite: false,
    writes: W(false, false),
  },
  {
    name: 'pull_request_review_comment',
    ctx: pr('pull_request_review_comment'),
    kind: 'pull_request',
    baseSha: fakeSha('base'),
    canWrite: false,
    writes: W(false, false),
  },
  {
    name: 'merge_group',
    ctx: mergeGroup,
    kind: 'merge_group',
    baseSha: fakeSha('queue-base'),
    canWrite: false,
    writes: W(false, true),
    extra: { baseBranch: 'main', headSha: fakeSha('queue-head') },
  },
  {
    name: 'workflow_run',
    ctx: build('workflow_run', {}, 'refs/heads/main'),
    kind: 'other',
    baseSha: undefined,
    canWrite: false,
    writes: W(false, false),
  },
  {
    name: 'schedule',
    ctx: build('schedule', {}, 'refs/heads/main'),
    kind: 'other',
    baseSha: undefined,
    canWrite: true,
    writes: W(true, true),
  },
  {
    name: 'schedule, pre-2022 payload without repository',
    ctx: build('schedule', { minimal: true }, 'refs/heads/trunk'),
    kind: 'other',
    baseSha: undefined,
    canWrite: true,
    writes: W(true, true),
    extra: { defaultBranch: 'trunk' },
  },
  {
    name: 'workflow_dispatch on the default branch',
    ctx: build('workflow_dispatch', {}, 'refs/heads/main'),
    kind: 'other',
    baseSha: undefined,
    canWrite: true,
    writes: W(true, true),
  },
  {
    name: 'workflow_dispatch on another branch',
    ctx: build('workflow_dispatch', { ref: 'refs/heads/dev' }, 'refs/heads/dev'),
    kind: 'other',
    baseSha: undefined,
    canWrite: false,
    writes: W(false, true),
  },
  {
    name: 'workflow_dispatch on a tag',
    ctx: build('workflow_dispatch', { ref: 'refs/tags/v1' }, 'refs/tags/v1'),
    kind: 'other',
    baseSha: undefined,
    canWrite: false,
    writes: W(false, false),
    extra: { tag: true },
  },
  {
    name: 'issue_comment',
    ctx: context(
      'issue_comment',
      withRepo({ action: 'created', issue: { number: 7 }, comment: { body: '/go' } }),
      'refs/heads/main',
    ),
    kind: 'other',
    baseSha: undefined,
    canWrite: false,
    writes: W(false, false),
  },
  {
    name: 'release',
    ctx: context('release', withRepo({ action: 'published', release: { tag_name: 'v1' } }), 'refs/tags/v1'),
    kind: 'other',
    baseSha: undefined,
    canWrite: false,
    writes: W(false, false),
  },
  {
    name: 'create (a tag)',
    ctx: context('create', withRepo({ ref: 'v1', ref_type: 'tag' }), 'refs/tags/v1'),
    kind: 'other',
    baseSha: undefined,
    canWrite: false,
    writes: W(false, false),
  },
  {
    name: 'delete',
    ctx: context('delete', withRepo({ ref: 'old', ref_type: 'branch' }), 'refs/heads/main'),
    kind: 'other',
    baseSha: undefined,
    canWrite: false,
    writes: W(false, false),
  },
  {
    name: 'push with a missing payload',
    ctx: context('push', {}, 'refs/heads/main'),
    kind: 'push',
    baseSha: undefined,
    canWrite: false,
    writes: W(false, false),
    extra: { payloadValid: false },
  },
  {
    name: 'pull_request with an invalid payload',
    ctx: context('pull_request', withRepo({ pull_request: 'nope' }), 'refs/pull/1/merge'),
    kind: 'pull_request',
    baseSha: undefined,
    canWrite: false,
    writes: W(false, false),
    extra: { payloadValid: false },
  },
  {
    name: 'workflow_dispatch with a missing payload',
    ctx: context('workflow_dispatch', {}, 'refs/heads/main'),
    kind: 'other',
    baseSha: undefined,
    canWrite: false,
    writes: W(false, false),
    extra: { payloadValid: false },
  },
  {
    name: 'schedule with a missing payload',
    ctx: context('schedule', {}, 'refs/heads/main'),
    kind: 'other',
    baseSha: undefined,
    canWrite: false,
    writes: W(false, false),
    extra: { payloadValid: false },
  },
  {
    name: 'merge_group with an invalid payload',
    ctx: context('merge_group', withRepo({}), 'refs/heads/gh-readonly-queue/main/x'),
    kind: 'merge_group',
    baseSha: undefined,
    canWrite: false,
    writes: W(false, false),
    extra: { payloadValid: false },
  },
  {
    name: 'no event name',
    ctx: context('', {}, ''),
    kind: 'other',
    baseSha: undefined,
    canWrite: false,
    writes: W(false, false),
    extra: { payloadValid: false },
  },
];

describe('readEvent: one trust rule for every event', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const ev = readEvent(row.ctx);
    expect(ev.name).toBe(row.ctx.eventName);
    expect(ev.kind).toBe(row.kind);
    expect(ev.baseSha).toBe(row.baseSha);
    expect(ev.canWrite).toBe(row.canWrite);
    // A reason is given exactly when writing is refused.
    expect(ev.writeNote === '').toBe(row.canWrite);
    if (row.extra) expect(ev).toMatchObject(row.extra);
    for (const policy of SAVE_POLICIES) {
      const d = decideWrite(policy, ev);
      expect([policy, d.write]).toEqual([policy, row.writes[policy]]);
      expect(d.reason).not.toBe('');
    }
  });

  it('an all-zero base is never a base SHA, and says why', () => {
    const ev = readEvent(build('push', { ref: 'refs/heads/main', before: ZERO_SHA }, 'refs/heads/main'));
    expect(ev).toMatchObject({ newBranch: true, baseSha: undefined, canWrite: true });
    expect(ev.baseNote).toMatch(/new branch/);
  });

  it('a head repository that differs from the base is a fork even without `fork: true`', () => {
    const c = pr('pull_request', false);
    const head = (c.payload['pull_request'] as { head: { repo: Record<string, unknown> } }).head;
    head.repo = { ...head.repo, full_name: 'someone/octo-repo', fork: false };
    const ev = readEvent(c);
    expect(ev.fork).toBe(true);
    expect(decideWrite('always', ev).write).toBe(false);
  });

  it('a pull request never writes, whatever the payload claims about the branch', () => {
    const c = pr('pull_request');
    (c.payload['pull_request'] as { base: { ref: string } }).base.ref = 'main';
    const ev = readEvent({ ...c, ref: 'refs/heads/main' });
    expect(ev.canWrite).toBe(false);
    expect(decideWrite('auto', ev).reason).toMatch(/pull_request events never write/);
  });
});
