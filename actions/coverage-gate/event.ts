/** What the triggering event means for the gate: the diff base, the baseline to read, and trust. */
import type { WorkflowContext } from '@quality/kit';

export interface GateEvent {
  kind: 'pull_request' | 'push' | 'other';
  /** The commit to diff against (PR base SHA, push `before`). */
  baseSha?: string;
  /** The branch whose baseline applies. */
  baseBranch?: string;
  headSha: string;
  defaultBranch?: string;
  prNumber?: number;
  /** The pull request comes from a fork: its token is read-only. */
  fork: boolean;
  /** Baselines may be written: push/schedule/workflow_dispatch on the default branch only. */
  trusted: boolean;
  /** Why not trusted, for the summary. */
  trustNote: string;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export function readGateEvent(ctx: WorkflowContext): GateEvent {
  const p = ctx.payload;
  const repo = obj(p.repository);
  const defaultBranch = str(repo.default_branch);
  const branchOf = (ref: string | undefined) =>
    ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
  if (ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target') {
    const pr = obj(p.pull_request);
    const base = obj(pr.base);
    const head = obj(pr.head);
    const headRepo = obj(head.repo);
    const baseRepo = obj(base.repo);
    const fork =
      headRepo.fork === true ||
      (str(headRepo.full_name) !== undefined && str(headRepo.full_name) !== str(baseRepo.full_name));
    return {
      kind: 'pull_request',
      baseSha: str(base.sha),
      baseBranch: str(base.ref),
      headSha: ctx.sha,
      defaultBranch,
      prNumber: typeof pr.number === 'number' ? pr.number : typeof p.number === 'number' ? p.number : undefined,
      fork,
      trusted: false,
      trustNote: 'pull requests read baselines but never write them',
    };
  }
  const branch = branchOf(str(p.ref) ?? ctx.ref);
  const onDefault = branch !== undefined && branch === defaultBranch;
  if (ctx.eventName === 'push') {
    return {
      kind: 'push',
      baseSha: str(p.before),
      baseBranch: branch,
      headSha: str(p.after) ?? ctx.sha,
      defaultBranch,
      fork: false,
      trusted: onDefault && !str(p.ref)?.startsWith('refs/tags/'),
      trustNote: onDefault
        ? ''
        : `baselines are written only from the default branch${defaultBranch ? ` (${defaultBranch})` : ''}, not ${branch ?? ctx.ref}`,
    };
  }
  const trustedKind = ctx.eventName === 'schedule' || ctx.eventName === 'workflow_dispatch';
  return {
    kind: 'other',
    baseBranch: branch,
    headSha: ctx.sha,
    defaultBranch,
    fork: false,
    trusted: trustedKind && onDefault,
    trustNote: trustedKind
      ? onDefault
        ? ''
        : `baselines are written only from the default branch${defaultBranch ? ` (${defaultBranch})` : ' (unknown in this event payload)'}`
      : `baselines are not written from ${ctx.eventName || 'this'} events`,
  };
}
