/**
 * In-memory model of a GitHub repository, just rich enough for PR-commenting /
 * coverage-gate actions. JSON produced here follows GitHub's REST shapes
 * (field names exact; many optional fields left out).
 */
import { createHash } from 'node:crypto';

export type TokenAccess = 'write' | 'read' | 'invalid';
export type RepoPermission = 'write' | 'read';

export interface GitHubUser {
  login: string;
  id: number;
  node_id: string;
  avatar_url: string;
  gravatar_id: string;
  url: string;
  html_url: string;
  type: 'User' | 'Bot' | 'Organization';
  site_admin: boolean;
}

export interface IssueComment {
  url: string;
  html_url: string;
  issue_url: string;
  id: number;
  node_id: string;
  user: GitHubUser;
  created_at: string;
  updated_at: string;
  author_association: string;
  body: string;
  reactions: Record<string, unknown>;
  performed_via_github_app: Record<string, unknown> | null;
}

export interface PullFile {
  sha: string;
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions: number;
  deletions: number;
  changes: number;
  blob_url: string;
  raw_url: string;
  contents_url: string;
  patch?: string;
  previous_filename?: string;
}

export interface PullOptions {
  title?: string;
  body?: string | null;
  state?: 'open' | 'closed';
  merged?: boolean;
  draft?: boolean;
  headSha?: string;
  headRef?: string;
  baseSha?: string;
  baseRef?: string;
  mergeCommitSha?: string | null;
  /** true → head repo is `<forkOwner>/<repo name>` with `fork: true`; or give the full name. */
  fork?: boolean | string;
  /** File list, or a count of synthetic files (`src/file-0001.ts`, …). */
  files?: Array<Partial<PullFile> & { filename: string }> | number;
  user?: GitHubUser;
  labels?: string[];
}

export interface PullModel {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  merged: boolean;
  draft: boolean;
  headSha: string;
  headRef: string;
  baseSha: string;
  baseRef: string;
  mergeCommitSha: string | null;
  /** Full name of the head repository (differs from the base for forks). */
  headRepoFullName: string;
  fork: boolean;
  files: PullFile[];
  user: GitHubUser;
  labels: string[];
  createdAt: string;
  updatedAt: string;
}

export interface WorkflowRunOptions {
  id?: number;
  name?: string;
  event?: string;
  status?: 'queued' | 'in_progress' | 'completed' | 'requested' | 'waiting' | 'pending';
  conclusion?: 'success' | 'failure' | 'cancelled' | 'skipped' | 'neutral' | 'timed_out' | 'action_required' | null;
  headSha: string;
  headBranch?: string | null;
  /** PR numbers of *this* repo. GitHub leaves this empty for PRs from forks: so does the default here. */
  pullRequests?: number[];
  /** Full name of the head repository, when it is a fork. */
  headRepository?: string;
  runNumber?: number;
  runAttempt?: number;
  workflowId?: number;
  path?: string;
}

export interface WorkflowRunModel extends Required<Omit<WorkflowRunOptions, 'headRepository' | 'conclusion'>> {
  conclusion: WorkflowRunOptions['conclusion'] | null;
  headRepository: string;
  createdAt: string;
}

export const ZERO_SHA = '0000000000000000000000000000000000000000';

/** `github-actions[bot]`, the identity behind GITHUB_TOKEN. */
export function actionsBot(apiUrl: string, htmlUrl: string): GitHubUser {
  return {
    login: 'github-actions[bot]',
    id: 41898282,
    node_id: 'MDM6Qm90NDE4OTgyODI=',
    avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
    gravatar_id: '',
    url: `${apiUrl}/users/github-actions%5Bbot%5D`,
    html_url: `${htmlUrl}/apps/github-actions`,
    type: 'Bot',
    site_admin: false,
  };
}

export function makeUser(
  login: string,
  apiUrl = 'https://api.github.com',
  htmlUrl = 'https://github.com',
  type: GitHubUser['type'] = 'User',
): GitHubUser {
  const id = numberFrom(login, 1_000_000);
  return {
    login,
    id,
    node_id: Buffer.from(`04:${type}${id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: `${apiUrl}/users/${encodeURIComponent(login)}`,
    html_url: `${htmlUrl}/${login}`,
    type,
    site_admin: false,
  };
}

/** Deterministic 40-hex "sha" from any seed. */
export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

function numberFrom(seed: string, modulo: number): number {
  return (parseInt(createHash('sha1').update(seed).digest('hex').slice(0, 8), 16) % modulo) + 1;
}

export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Context the server gives each model (urls, id source, clock). */
export interface ModelContext {
  apiUrl: string;
  htmlUrl: string;
  nextId: () => number;
  now: () => Date;
}

export class RepoModel {
  readonly id: number;
  readonly fullName: string;
  readonly comments: IssueComment[] = [];
  readonly pulls = new Map<number, PullModel>();
  /** Plain issues (not PRs) that exist, by number. */
  readonly issues = new Set<number>();
  readonly workflowRuns = new Map<number, WorkflowRunModel>();
  readonly checkRuns: Array<Record<string, unknown>> = [];
  /** Extra commit → PR associations for `GET /commits/{sha}/pulls`. */
  readonly commitPulls = new Map<string, number[]>();

  constructor(
    readonly owner: string,
    readonly name: string,
    public defaultBranch: string,
    /** Cap on what any token may do in this repo ('read' = e.g. a fork PR's GITHUB_TOKEN). */
    public permissions: RepoPermission,
    private readonly ctx: ModelContext,
  ) {
    this.fullName = `${owner}/${name}`;
    this.id = numberFrom(this.fullName, 900_000_000);
  }

  get apiUrl(): string {
    return `${this.ctx.apiUrl}/repos/${this.fullName}`;
  }

  get htmlUrl(): string {
    return `${this.ctx.htmlUrl}/${this.fullName}`;
  }

  /** Register a plain issue number (comments on unknown numbers get 404). */
  addIssue(number: number): this {
    this.issues.add(number);
    return this;
  }

  hasIssueOrPull(number: number): boolean {
    return this.issues.has(number) || this.pulls.has(number);
  }

  addPull(number: number, opts: PullOptions = {}): PullModel {
    const now = isoSeconds(this.ctx.now());
    const forkName =
      typeof opts.fork === 'string' ? opts.fork : opts.fork ? `${this.owner}-fork/${this.name}` : this.fullName;
    const pull: PullModel = {
      number,
      id: this.ctx.nextId(),
      title: opts.title ?? `Pull request #${number}`,
      body: opts.body === undefined ? null : opts.body,
      state: opts.state ?? 'open',
      merged: opts.merged ?? false,
      draft: opts.draft ?? false,
      headSha: opts.headSha ?? fakeSha(`${this.fullName}#${number}:head`),
      headRef: opts.headRef ?? `feature-${number}`,
      baseSha: opts.baseSha ?? fakeSha(`${this.fullName}#${number}:base`),
      baseRef: opts.baseRef ?? this.defaultBranch,
      mergeCommitSha:
        opts.mergeCommitSha === undefined ? fakeSha(`${this.fullName}#${number}:merge`) : opts.mergeCommitSha,
      headRepoFullName: forkName,
      fork: forkName !== this.fullName,
      files: [],
      user: opts.user ?? makeUser(forkName.split('/')[0]!, this.ctx.apiUrl, this.ctx.htmlUrl),
      labels: opts.labels ?? [],
      createdAt: now,
      updatedAt: now,
    };
    this.pulls.set(number, pull);
    if (opts.files !== undefined) this.setPullFiles(number, opts.files);
    return pull;
  }

  setPullFiles(number: number, files: Array<Partial<PullFile> & { filename: string }> | number): PullFile[] {
    const pull = this.pulls.get(number);
    if (!pull) throw new Error(`no pull request #${number} in ${this.fullName}`);
    const list =
      typeof files === 'number'
        ? Array.from({ length: files }, (_, i) => ({
            filename: `src/file-${String(i + 1).padStart(4, '0')}.ts`,
          }))
        : files;
    pull.files = list.map((f) => this.fileJson(pull, f));
    return pull.files;
  }

  private fileJson(pull: PullModel, f: Partial<PullFile> & { filename: string }): PullFile {
    const additions = f.additions ?? 1;
    const deletions = f.deletions ?? 0;
    const sha = f.sha ?? fakeSha(`${pull.headSha}:${f.filename}`);
    const path = f.filename.split('/').map(encodeURIComponent).join('/');
    const file: PullFile = {
      sha,
      filename: f.filename,
      status: f.status ?? 'modified',
      additions,
      deletions,
      changes: f.changes ?? additions + deletions,
      blob_url: f.blob_url ?? `${this.htmlUrl}/blob/${pull.headSha}/${path}`,
      raw_url: f.raw_url ?? `${this.htmlUrl}/raw/${pull.headSha}/${path}`,
      contents_url: f.contents_url ?? `${this.apiUrl}/contents/${path}?ref=${pull.headSha}`,
    };
    if (f.patch !== undefined) file.patch = f.patch;
    else file.patch = `@@ -1,${deletions} +1,${additions} @@\n+// change`;
    if (f.previous_filename !== undefined) file.previous_filename = f.previous_filename;
    return file;
  }

  /** Seed a comment (e.g. a human's, or a previous run's bot comment). */
  addComment(issueNumber: number, body: string, user?: GitHubUser): IssueComment {
    if (!this.hasIssueOrPull(issueNumber)) this.issues.add(issueNumber);
    const id = this.ctx.nextId();
    const now = isoSeconds(this.ctx.now());
    const kind = this.pulls.has(issueNumber) ? 'pull' : 'issues';
    const author = user ?? actionsBot(this.ctx.apiUrl, this.ctx.htmlUrl);
    const comment: IssueComment = {
      url: `${this.apiUrl}/issues/comments/${id}`,
      html_url: `${this.htmlUrl}/${kind}/${issueNumber}#issuecomment-${id}`,
      issue_url: `${this.apiUrl}/issues/${issueNumber}`,
      id,
      node_id: Buffer.from(`012:IssueComment${id}`).toString('base64').replace(/=+$/, ''),
      user: author,
      created_at: now,
      updated_at: now,
      author_association: author.type === 'Bot' ? 'NONE' : 'MEMBER',
      body,
      reactions: {
        url: `${this.apiUrl}/issues/comments/${id}/reactions`,
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0,
      },
      performed_via_github_app:
        author.login === 'github-actions[bot]'
          ? {
              id: 15368,
              slug: 'github-actions',
              node_id: 'MDM6QXBwMTUzNjg=',
              name: 'GitHub Actions',
            }
          : null,
    };
    this.comments.push(comment);
    return comment;
  }

  commentsOn(issueNumber: number): IssueComment[] {
    return this.comments.filter((c) => c.issue_url.endsWith(`/issues/${issueNumber}`));
  }

  findComment(id: number): IssueComment | undefined {
    return this.comments.find((c) => c.id === id);
  }

  updateComment(id: number, body: string): IssueComment | undefined {
    const c = this.findComment(id);
    if (!c) return undefined;
    c.body = body;
    c.updated_at = isoSeconds(this.ctx.now());
    return c;
  }

  deleteComment(id: number): boolean {
    const i = this.comments.findIndex((c) => c.id === id);
    if (i < 0) return false;
    this.comments.splice(i, 1);
    return true;
  }

  /** Associate a commit with PRs for `GET /commits/{sha}/pulls` (head SHAs / merge SHAs are associated automatically). */
  linkCommit(sha: string, ...pullNumbers: number[]): this {
    this.commitPulls.set(sha, [...(this.commitPulls.get(sha) ?? []), ...pullNumbers]);
    return this;
  }

  pullsForCommit(sha: string): PullModel[] {
    const explicit = new Set(this.commitPulls.get(sha) ?? []);
    return [...this.pulls.values()]
      .filter(
        (p) =>
          explicit.has(p.number) || (p.state === 'open' && p.headSha === sha) || (p.merged && p.mergeCommitSha === sha),
      )
      .sort((a, b) => b.number - a.number);
  }

  addWorkflowRun(opts: WorkflowRunOptions): WorkflowRunModel {
    const id = opts.id ?? this.ctx.nextId();
    const run: WorkflowRunModel = {
      id,
      name: opts.name ?? 'CI',
      event: opts.event ?? 'pull_request',
      status: opts.status ?? 'completed',
      conclusion: opts.conclusion === undefined ? 'success' : opts.conclusion,
      headSha: opts.headSha,
      headBranch: opts.headBranch === undefined ? 'feature' : opts.headBranch,
      pullRequests: opts.pullRequests ?? [],
      headRepository: opts.headRepository ?? this.fullName,
      runNumber: opts.runNumber ?? 1,
      runAttempt: opts.runAttempt ?? 1,
      workflowId: opts.workflowId ?? numberFrom(`${this.fullName}:${opts.path ?? 'ci'}`, 90_000_000),
      path: opts.path ?? '.github/workflows/ci.yml',
      createdAt: isoSeconds(this.ctx.now()),
    };
    this.workflowRuns.set(id, run);
    return run;
  }

  addCheckRun(input: Record<string, unknown>): Record<string, unknown> {
    const id = this.ctx.nextId();
    const now = isoSeconds(this.ctx.now());
    const output = (input['output'] ?? {}) as Record<string, unknown>;
    const annotations = Array.isArray(output['annotations']) ? output['annotations'] : [];
    const conclusion = (input['conclusion'] as string | undefined) ?? null;
    const status = conclusion ? 'completed' : ((input['status'] as string | undefined) ?? 'queued');
    const headSha = String(input['head_sha']);
    const run: Record<string, unknown> = {
      id,
      head_sha: headSha,
      node_id: Buffer.from(`08:CheckRun${id}`).toString('base64').replace(/=+$/, ''),
      external_id: (input['external_id'] as string | undefined) ?? '',
      url: `${this.apiUrl}/check-runs/${id}`,
      html_url: `${this.htmlUrl}/runs/${id}`,
      details_url: (input['details_url'] as string | undefined) ?? `${this.htmlUrl}/runs/${id}`,
      status,
      conclusion,
      started_at: (input['started_at'] as string | undefined) ?? now,
      completed_at: status === 'completed' ? ((input['completed_at'] as string | undefined) ?? now) : null,
      output: {
        title: (output['title'] as string | undefined) ?? null,
        summary: (output['summary'] as string | undefined) ?? null,
        text: (output['text'] as string | undefined) ?? null,
        annotations_count: annotations.length,
        annotations_url: `${this.apiUrl}/check-runs/${id}/annotations`,
      },
      name: String(input['name']),
      check_suite: { id: this.ctx.nextId() },
      app: {
        id: 15368,
        slug: 'github-actions',
        node_id: 'MDM6QXBwMTUzNjg=',
        owner: makeUser('github', this.ctx.apiUrl, this.ctx.htmlUrl, 'Organization'),
        name: 'GitHub Actions',
      },
      pull_requests: this.pullsForCommit(headSha)
        .filter((p) => !p.fork)
        .map((p) => this.pullRef(p)),
    };
    this.checkRuns.push(run);
    return run;
  }

  updateCheckRun(id: number, input: Record<string, unknown>): Record<string, unknown> | undefined {
    const run = this.checkRuns.find((r) => r['id'] === id);
    if (!run) return undefined;
    const now = isoSeconds(this.ctx.now());
    for (const key of ['name', 'details_url', 'external_id', 'status', 'conclusion', 'started_at', 'completed_at']) {
      if (input[key] !== undefined) run[key] = input[key];
    }
    if (input['conclusion']) {
      run['status'] = 'completed';
      run['completed_at'] = (input['completed_at'] as string | undefined) ?? now;
    }
    const output = input['output'] as Record<string, unknown> | undefined;
    if (output) {
      const prev = run['output'] as Record<string, unknown>;
      const annotations = Array.isArray(output['annotations']) ? output['annotations'] : [];
      run['output'] = {
        ...prev,
        title: output['title'] ?? prev['title'],
        summary: output['summary'] ?? prev['summary'],
        text: output['text'] ?? prev['text'],
        annotations_count: (prev['annotations_count'] as number) + annotations.length,
      };
    }
    return run;
  }

  // ---------------------------------------------------------------- JSON views

  ownerJson(): GitHubUser {
    return makeUser(this.owner, this.ctx.apiUrl, this.ctx.htmlUrl, 'Organization');
  }

  /** Repository object as in `GET /repos/{o}/{r}` and in webhook payloads. */
  repoJson(permission?: RepoPermission, fullName = this.fullName, fork = false): Record<string, unknown> {
    const [owner, name] = fullName.split('/') as [string, string];
    const api = `${this.ctx.apiUrl}/repos/${fullName}`;
    const json: Record<string, unknown> = {
      id: fullName === this.fullName ? this.id : numberFrom(fullName, 900_000_000),
      node_id: Buffer.from(`010:Repository${fullName}`).toString('base64').replace(/=+$/, ''),
      name,
      full_name: fullName,
      private: false,
      owner: fullName === this.fullName ? this.ownerJson() : makeUser(owner, this.ctx.apiUrl, this.ctx.htmlUrl),
      html_url: `${this.ctx.htmlUrl}/${fullName}`,
      description: null,
      fork,
      url: api,
      pulls_url: `${api}/pulls{/number}`,
      issues_url: `${api}/issues{/number}`,
      default_branch: this.defaultBranch,
      visibility: 'public',
      archived: false,
      disabled: false,
    };
    if (permission) {
      const write = permission === 'write';
      json['permissions'] = {
        admin: false,
        maintain: false,
        push: write,
        triage: write,
        pull: true,
      };
    }
    return json;
  }

  private branchJson(fullName: string, ref: string, sha: string, fork: boolean): Record<string, unknown> {
    const owner = fullName.split('/')[0]!;
    return {
      label: `${owner}:${ref}`,
      ref,
      sha,
      user: fullName === this.fullName ? this.ownerJson() : makeUser(owner, this.ctx.apiUrl, this.ctx.htmlUrl),
      repo: this.repoJson(undefined, fullName, fork),
    };
  }

  /** Minimal `{url,id,number,head,base}` reference used in workflow runs / check runs. */
  pullRef(p: PullModel): Record<string, unknown> {
    const ref = (fullName: string, r: string, sha: string) => ({
      ref: r,
      sha,
      repo: {
        id: fullName === this.fullName ? this.id : numberFrom(fullName, 900_000_000),
        url: `${this.ctx.apiUrl}/repos/${fullName}`,
        name: fullName.split('/')[1],
      },
    });
    return {
      url: `${this.apiUrl}/pulls/${p.number}`,
      id: p.id,
      number: p.number,
      head: ref(p.headRepoFullName, p.headRef, p.headSha),
      base: ref(this.fullName, p.baseRef, p.baseSha),
    };
  }

  /** Pull request object; `full` adds the fields only `GET /pulls/{n}` returns (merged, changed_files…). */
  pullJson(p: PullModel, full = true): Record<string, unknown> {
    const url = `${this.apiUrl}/pulls/${p.number}`;
    const json: Record<string, unknown> = {
      url,
      id: p.id,
      node_id: Buffer.from(`011:PullRequest${p.id}`).toString('base64').replace(/=+$/, ''),
      html_url: `${this.htmlUrl}/pull/${p.number}`,
      diff_url: `${this.htmlUrl}/pull/${p.number}.diff`,
      patch_url: `${this.htmlUrl}/pull/${p.number}.patch`,
      issue_url: `${this.apiUrl}/issues/${p.number}`,
      commits_url: `${url}/commits`,
      comments_url: `${this.apiUrl}/issues/${p.number}/comments`,
      statuses_url: `${this.apiUrl}/statuses/${p.headSha}`,
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title,
      user: p.user,
      body: p.body,
      labels: p.labels.map((name) => ({
        id: numberFrom(name, 1e9),
        name,
        color: 'ededed',
        default: false,
      })),
      created_at: p.createdAt,
      updated_at: p.updatedAt,
      closed_at: p.state === 'closed' ? p.updatedAt : null,
      merged_at: p.merged ? p.updatedAt : null,
      merge_commit_sha: p.mergeCommitSha,
      draft: p.draft,
      head: this.branchJson(p.headRepoFullName, p.headRef, p.headSha, p.fork),
      base: this.branchJson(this.fullName, p.baseRef, p.baseSha, false),
      author_association: p.fork ? 'CONTRIBUTOR' : 'MEMBER',
    };
    if (full) {
      Object.assign(json, {
        merged: p.merged,
        mergeable: p.state === 'open' ? true : null,
        mergeable_state: p.state === 'open' ? 'clean' : 'unknown',
        merged_by: null,
        comments: this.commentsOn(p.number).length,
        review_comments: 0,
        maintainer_can_modify: false,
        commits: 1,
        additions: p.files.reduce((n, f) => n + f.additions, 0),
        deletions: p.files.reduce((n, f) => n + f.deletions, 0),
        changed_files: p.files.length,
      });
    }
    return json;
  }

  workflowRunJson(run: WorkflowRunModel): Record<string, unknown> {
    const url = `${this.apiUrl}/actions/runs/${run.id}`;
    const actor = makeUser(run.headRepository.split('/')[0]!, this.ctx.apiUrl, this.ctx.htmlUrl);
    return {
      id: run.id,
      name: run.name,
      node_id: Buffer.from(`WFR_${run.id}`).toString('base64').replace(/=+$/, ''),
      head_branch: run.headBranch,
      head_sha: run.headSha,
      path: run.path,
      display_title: run.name,
      run_number: run.runNumber,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      workflow_id: run.workflowId,
      check_suite_id: run.id + 1,
      url,
      html_url: `${this.htmlUrl}/actions/runs/${run.id}`,
      pull_requests: run.pullRequests
        .map((n) => this.pulls.get(n))
        .filter((p): p is PullModel => p !== undefined)
        .map((p) => this.pullRef(p)),
      created_at: run.createdAt,
      updated_at: run.createdAt,
      actor,
      triggering_actor: actor,
      run_attempt: run.runAttempt,
      run_started_at: run.createdAt,
      jobs_url: `${url}/jobs`,
      logs_url: `${url}/logs`,
      artifacts_url: `${url}/artifacts`,
      workflow_url: `${this.apiUrl}/actions/workflows/${run.workflowId}`,
      head_commit: {
        id: run.headSha,
        tree_id: fakeSha(`${run.headSha}:tree`),
        message: 'Commit message',
        timestamp: run.createdAt,
        author: {
          name: actor.login,
          email: `${actor.login}@users.noreply.github.com`,
        },
        committer: {
          name: actor.login,
          email: `${actor.login}@users.noreply.github.com`,
        },
      },
      repository: this.repoJson(),
      head_repository: this.repoJson(undefined, run.headRepository, run.headRepository !== this.fullName),
    };
  }
}
