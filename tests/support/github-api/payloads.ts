/**
 * Event payloads shaped like the JSON GitHub writes to GITHUB_EVENT_PATH,
 * plus the matching GITHUB_* environment. Field names are GitHub's; many
 * optional fields are left out.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ZERO_SHA, fakeSha, makeUser } from './model.js';

export type EventKind =
  'push' | 'pull_request' | 'pull_request_target' | 'workflow_run' | 'schedule' | 'workflow_dispatch';

export interface EventOptions {
  /** 'owner/name' of the base repository (default 'octo-org/octo-repo'). */
  repository?: string;
  defaultBranch?: string;
  /** Web / API URLs baked into *_url fields (defaults: github.com / api.github.com). */
  serverUrl?: string;
  apiUrl?: string;
  sender?: string;

  // push
  ref?: string;
  before?: string;
  after?: string;
  forced?: boolean;
  created?: boolean;
  deleted?: boolean;

  // pull_request / pull_request_target
  action?: string;
  number?: number;
  headSha?: string;
  headRef?: string;
  baseSha?: string;
  baseRef?: string;
  /** true → head repo is '<owner>-fork/<name>' with fork: true; a string → that full name. */
  fork?: boolean | string;
  draft?: boolean;
  title?: string;
  mergeCommitSha?: string | null;

  // workflow_run
  runId?: number;
  workflowName?: string;
  /** Event of the triggering run (default 'pull_request'). */
  runEvent?: string;
  conclusion?: string | null;
  status?: string;
  /** PR numbers listed in workflow_run.pull_requests (GitHub leaves it empty for fork PRs). */
  pullRequests?: number[];

  // schedule
  cron?: string;
  /** Pre-2022 schedule payload: only `{ schedule }`. */
  minimal?: boolean;

  // workflow_dispatch
  inputs?: Record<string, unknown> | null;
  /** Workflow file path for workflow_dispatch / schedule / workflow_run. */
  workflow?: string;
}

const TS = '2024-05-01T12:00:00Z';

function ctx(opts: EventOptions) {
  const fullName = opts.repository ?? 'octo-org/octo-repo';
  const [owner, name] = fullName.split('/') as [string, string];
  const html = opts.serverUrl ?? 'https://github.com';
  const api = opts.apiUrl ?? 'https://api.github.com';
  const defaultBranch = opts.defaultBranch ?? 'main';
  return { fullName, owner, name, html, api, defaultBranch };
}

function repository(
  c: ReturnType<typeof ctx>,
  fullName = c.fullName,
  fork = false,
  forPush = false,
): Record<string, unknown> {
  const [owner, name] = fullName.split('/') as [string, string];
  const ownerUser: Record<string, unknown> = {
    ...makeUser(owner, c.api, c.html, fullName === c.fullName ? 'Organization' : 'User'),
  };
  if (forPush) {
    // push payloads carry owner.name/email too
    ownerUser['name'] = owner;
    ownerUser['email'] = null;
  }
  const api = `${c.api}/repos/${fullName}`;
  const repo: Record<string, unknown> = {
    id: parseInt(fakeSha(fullName).slice(0, 7), 16),
    node_id: Buffer.from(`010:Repository${fullName}`).toString('base64').replace(/=+$/, ''),
    name,
    full_name: fullName,
    private: false,
    owner: ownerUser,
    html_url: `${c.html}/${fullName}`,
    description: null,
    fork,
    url: forPush ? `${c.html}/${fullName}` : api,
    clone_url: `${c.html}/${fullName}.git`,
    default_branch: c.defaultBranch,
    visibility: 'public',
    archived: false,
    disabled: false,
    created_at: forPush ? 1700000000 : '2023-11-14T22:13:20Z',
    pushed_at: forPush ? 1714564800 : TS,
    updated_at: TS,
  };
  if (forPush) repo['master_branch'] = c.defaultBranch;
  return repo;
}

function commit(c: ReturnType<typeof ctx>, sha: string, author: string): Record<string, unknown> {
  const person = {
    name: author,
    email: `${author}@users.noreply.github.com`,
    username: author,
  };
  return {
    id: sha,
    tree_id: fakeSha(`${sha}:tree`),
    distinct: true,
    message: 'Update coverage thresholds',
    timestamp: '2024-05-01T12:00:00+00:00',
    url: `${c.html}/${c.fullName}/commit/${sha}`,
    author: person,
    committer: person,
    added: [],
    removed: [],
    modified: ['src/index.ts'],
  };
}

export function makeEventPayload(kind: EventKind, opts: EventOptions = {}): Record<string, unknown> {
  const c = ctx(opts);
  const senderLogin = opts.sender ?? 'octocat';
  const sender = makeUser(senderLogin, c.api, c.html);
  switch (kind) {
    case 'push': {
      const ref = opts.ref ?? `refs/heads/${c.defaultBranch}`;
      const created = opts.created ?? false;
      const deleted = opts.deleted ?? false;
      const before = opts.before ?? (created ? ZERO_SHA : fakeSha(`${ref}:before`));
      const after = opts.after ?? (deleted ? ZERO_SHA : fakeSha(`${ref}:after`));
      const head = deleted ? null : commit(c, after, senderLogin);
      return {
        ref,
        before,
        after,
        repository: repository(c, c.fullName, false, true),
        pusher: {
          name: senderLogin,
          email: `${senderLogin}@users.noreply.github.com`,
        },
        sender,
        created,
        deleted,
        forced: opts.forced ?? false,
        base_ref: null,
        compare: created
          ? `${c.html}/${c.fullName}/commit/${after.slice(0, 12)}`
          : `${c.html}/${c.fullName}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
        commits: head ? [head] : [],
        head_commit: head,
      };
    }
    case 'pull_request':
    case 'pull_request_target': {
      const number = opts.number ?? 42;
      const headFull = typeof opts.fork === 'string' ? opts.fork : opts.fork ? `${c.owner}-fork/${c.name}` : c.fullName;
      const isFork = headFull !== c.fullName;
      const headOwner = headFull.split('/')[0]!;
      const headSha = opts.headSha ?? fakeSha(`${c.fullName}#${number}:head`);
      const baseSha = opts.baseSha ?? fakeSha(`${c.fullName}#${number}:base`);
      const headRef = opts.headRef ?? `feature-${number}`;
      const baseRef = opts.baseRef ?? c.defaultBranch;
      const prUrl = `${c.api}/repos/${c.fullName}/pulls/${number}`;
      const author = makeUser(isFork ? headOwner : senderLogin, c.api, c.html);
      const action = opts.action ?? 'synchronize';
      const payload: Record<string, unknown> = {
        action,
        number,
        pull_request: {
          url: prUrl,
          id: parseInt(fakeSha(`${c.fullName}#${number}`).slice(0, 8), 16),
          node_id: Buffer.from(`011:PullRequest${number}`).toString('base64').replace(/=+$/, ''),
          html_url: `${c.html}/${c.fullName}/pull/${number}`,
          diff_url: `${c.html}/${c.fullName}/pull/${number}.diff`,
          patch_url: `${c.html}/${c.fullName}/pull/${number}.patch`,
          issue_url: `${c.api}/repos/${c.fullName}/issues/${number}`,
          comments_url: `${c.api}/repos/${c.fullName}/issues/${number}/comments`,
          statuses_url: `${c.api}/repos/${c.fullName}/statuses/${headSha}`,
          number,
          state: 'open',
          locked: false,
          title: opts.title ?? 'Improve coverage',
          user: author,
          body: null,
          created_at: TS,
          updated_at: TS,
          closed_at: null,
          merged_at: null,
          merge_commit_sha:
            opts.mergeCommitSha === undefined ? fakeSha(`${c.fullName}#${number}:merge`) : opts.mergeCommitSha,
          draft: opts.draft ?? false,
          head: {
            label: `${headOwner}:${headRef}`,
            ref: headRef,
            sha: headSha,
            user: makeUser(headOwner, c.api, c.html),
            repo: repository(c, headFull, isFork),
          },
          base: {
            label: `${c.owner}:${baseRef}`,
            ref: baseRef,
            sha: baseSha,
            user: makeUser(c.owner, c.api, c.html, 'Organization'),
            repo: repository(c),
          },
          author_association: isFork ? 'CONTRIBUTOR' : 'MEMBER',
          merged: false,
          mergeable: null,
          mergeable_state: 'unknown',
          comments: 0,
          commits: 1,
          additions: 10,
          deletions: 2,
          changed_files: 1,
        },
        repository: repository(c),
        sender: isFork ? author : sender,
      };
      if (action === 'synchronize') {
        payload['before'] = fakeSha(`${c.fullName}#${number}:previous-head`);
        payload['after'] = headSha;
      }
      return payload;
    }
    case 'workflow_run': {
      const runId = opts.runId ?? 9_876_543_210;
      const headFull = typeof opts.fork === 'string' ? opts.fork : opts.fork ? `${c.owner}-fork/${c.name}` : c.fullName;
      const isFork = headFull !== c.fullName;
      const headSha = opts.headSha ?? fakeSha(`${c.fullName}:run:${runId}`);
      const runUrl = `${c.api}/repos/${c.fullName}/actions/runs/${runId}`;
      const path = opts.workflow ?? '.github/workflows/ci.yml';
      const workflowId = parseInt(fakeSha(path).slice(0, 7), 16);
      const actor = makeUser(isFork ? headFull.split('/')[0]! : senderLogin, c.api, c.html);
      const prs = isFork ? (opts.pullRequests ?? []) : (opts.pullRequests ?? [opts.number ?? 42]);
      const status = opts.status ?? 'completed';
      return {
        action: status === 'completed' ? 'completed' : status === 'in_progress' ? 'in_progress' : 'requested',
        workflow_run: {
          id: runId,
          name: opts.workflowName ?? 'CI',
          node_id: Buffer.from(`WFR_${runId}`).toString('base64').replace(/=+$/, ''),
          head_branch: opts.headRef ?? `feature-${opts.number ?? 42}`,
          head_sha: headSha,
          path,
          display_title: opts.title ?? 'Improve coverage',
          run_number: 17,
          event: opts.runEvent ?? 'pull_request',
          status,
          conclusion: opts.conclusion === undefined ? (status === 'completed' ? 'success' : null) : opts.conclusion,
          workflow_id: workflowId,
          check_suite_id: runId + 1,
          url: runUrl,
          html_url: `${c.html}/${c.fullName}/actions/runs/${runId}`,
          pull_requests: prs.map((n) => ({
            url: `${c.api}/repos/${c.fullName}/pulls/${n}`,
            id: parseInt(fakeSha(`${c.fullName}#${n}`).slice(0, 8), 16),
            number: n,
            head: {
              ref: opts.headRef ?? `feature-${n}`,
              sha: headSha,
              repo: {
                id: 1,
                url: `${c.api}/repos/${headFull}`,
                name: headFull.split('/')[1],
              },
            },
            base: {
              ref: opts.baseRef ?? c.defaultBranch,
              sha: opts.baseSha ?? fakeSha(`${c.fullName}#${n}:base`),
              repo: {
                id: 1,
                url: `${c.api}/repos/${c.fullName}`,
                name: c.name,
              },
            },
          })),
          created_at: TS,
          updated_at: TS,
          actor,
          triggering_actor: actor,
          run_attempt: 1,
          run_started_at: TS,
          jobs_url: `${runUrl}/jobs`,
          logs_url: `${runUrl}/logs`,
          artifacts_url: `${runUrl}/artifacts`,
          workflow_url: `${c.api}/repos/${c.fullName}/actions/workflows/${workflowId}`,
          head_commit: {
            id: headSha,
            tree_id: fakeSha(`${headSha}:tree`),
            message: 'Update coverage thresholds',
            timestamp: TS,
            author: {
              name: actor.login,
              email: `${actor.login}@users.noreply.github.com`,
            },
            committer: {
              name: actor.login,
              email: `${actor.login}@users.noreply.github.com`,
            },
          },
          repository: repository(c),
          head_repository: repository(c, headFull, isFork),
        },
        workflow: {
          id: workflowId,
          node_id: Buffer.from(`W_${workflowId}`).toString('base64').replace(/=+$/, ''),
          name: opts.workflowName ?? 'CI',
          path,
          state: 'active',
          created_at: TS,
          updated_at: TS,
          url: `${c.api}/repos/${c.fullName}/actions/workflows/${workflowId}`,
          html_url: `${c.html}/${c.fullName}/blob/${c.defaultBranch}/${path}`,
        },
        repository: repository(c),
        sender,
      };
    }
    case 'schedule': {
      const cron = opts.cron ?? '0 3 * * *';
      if (opts.minimal) return { schedule: cron };
      return {
        schedule: cron,
        repository: repository(c),
        workflow: opts.workflow ?? '.github/workflows/nightly.yml',
      };
    }
    case 'workflow_dispatch':
      return {
        inputs: opts.inputs === undefined ? {} : opts.inputs,
        ref: opts.ref ?? `refs/heads/${c.defaultBranch}`,
        repository: repository(c),
        sender,
        workflow: opts.workflow ?? '.github/workflows/manual.yml',
      };
  }
}

/**
 * GITHUB_* environment GitHub sets for this event. Note GITHUB_SHA / GITHUB_REF
 * for pull_request are the *merge* commit and refs/pull/N/merge, not the head.
 */
export function eventEnv(
  kind: EventKind,
  payload: Record<string, unknown>,
  extra: {
    eventPath?: string;
    apiUrl?: string;
    serverUrl?: string;
    repository?: string;
  } = {},
): Record<string, string> {
  const repo = payload['repository'] as { full_name: string; default_branch: string } | undefined;
  const fullName = extra.repository ?? repo?.full_name ?? 'octo-org/octo-repo';
  const defaultBranch = repo?.default_branch ?? 'main';
  let sha = fakeSha(`${fullName}:${defaultBranch}:tip`);
  let ref = `refs/heads/${defaultBranch}`;
  let headRef = '';
  let baseRef = '';
  if (kind === 'push') {
    sha = String(payload['after']);
    ref = String(payload['ref']);
  } else if (kind === 'pull_request') {
    const pr = payload['pull_request'] as {
      merge_commit_sha: string | null;
      head: { ref: string };
      base: { ref: string; sha: string };
    };
    sha = pr.merge_commit_sha ?? pr.base.sha;
    ref = `refs/pull/${String(payload['number'])}/merge`;
    headRef = pr.head.ref;
    baseRef = pr.base.ref;
  } else if (kind === 'pull_request_target') {
    const pr = payload['pull_request'] as {
      head: { ref: string };
      base: { ref: string };
    };
    headRef = pr.head.ref;
    baseRef = pr.base.ref;
    ref = `refs/heads/${baseRef}`;
  } else if (kind === 'workflow_dispatch') {
    ref = String(payload['ref']);
  }
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: kind,
    GITHUB_REPOSITORY: fullName,
    GITHUB_REPOSITORY_OWNER: fullName.split('/')[0]!,
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\/(\d+)\/merge$/, '$1/merge'),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_HEAD_REF: headRef,
    GITHUB_BASE_REF: baseRef,
    GITHUB_SERVER_URL: extra.serverUrl ?? 'https://github.com',
    GITHUB_API_URL: extra.apiUrl ?? 'https://api.github.com',
    GITHUB_GRAPHQL_URL: `${extra.apiUrl ?? 'https://api.github.com'}/graphql`,
    GITHUB_RUN_ID: '1234567890',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'test',
    GITHUB_ACTOR: 'octocat',
  };
  if (extra.eventPath) env['GITHUB_EVENT_PATH'] = extra.eventPath;
  return env;
}

/** Write `makeEventPayload(kind, opts)` to `<dir>/event-<kind>.json`; returns the path, payload and GITHUB_* env. */
export function writeEventPayload(
  dir: string,
  kind: EventKind,
  opts: EventOptions & { apiUrl?: string } = {},
): {
  path: string;
  payload: Record<string, unknown>;
  env: Record<string, string>;
} {
  mkdirSync(dir, { recursive: true });
  const payload = makeEventPayload(kind, opts);
  const path = join(dir, `event-${kind}.json`);
  writeFileSync(path, JSON.stringify(payload, null, 2));
  const envOpts: {
    eventPath: string;
    apiUrl?: string;
    serverUrl?: string;
    repository?: string;
  } = { eventPath: path };
  if (opts.apiUrl !== undefined) envOpts.apiUrl = opts.apiUrl;
  if (opts.serverUrl !== undefined) envOpts.serverUrl = opts.serverUrl;
  if (opts.repository !== undefined) envOpts.repository = opts.repository;
  return { path, payload, env: eventEnv(kind, payload, envOpts) };
}
