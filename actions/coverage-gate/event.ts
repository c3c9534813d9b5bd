/**
 * Stand-in for kit's `readEvent` (same field names) until it lands: what the event means for the
 * gate. Rule: only push/schedule/workflow_dispatch on the default branch may write a baseline.
 */
import type { WorkflowContext } from '@quality/kit';

export interface RunEvent {
  name: string;
  kind: 'pull_request' | 'merge_group' | 'push' | 'other';
  /** The commit to diff against: PR base SHA, `merge_group.base_sha`, push `before`. */
  baseSha?: string;
  /** The branch whose baseline applies. */
  baseBranch?: string;
  headSha: string;
  defaultBranch?: string;
  prNumber?: number;
  /** The pull request comes from a fork: its token is read-only. */
  fork: boolean;
  /** A push that created the branch (`before` is all zeros). */
  newBranch: boolean;
  payloadValid: boolean;
  /** Shared state (a baseline) may be written; `writeNote` says why not. */
  canWrite: boolean;
  writeNote: string;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const sha = (v: unknown): string | undefined =>
  typeof v === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(v) ? v : undefined;
const branchOf = (ref: string | undefined) =>
  ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;

export function readEvent(ctx: WorkflowContext): RunEvent {
  const p = ctx.payload;
  const defaultBranch = str(obj(p.repository).default_branch);
  const base = { name: ctx.eventName, headSha: ctx.sha, defaultBranch, fork: false, newBranch: false };
  if (ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target') {
    const pr = obj(p.pull_request);
    const headRepo = obj(obj(pr.head).repo);
    const baseRepo = obj(obj(pr.base).repo);
    const fork =
      headRepo.fork === true ||
      (str(headRepo.full_name) !== undefined && str(headRepo.full_name) !== str(baseRepo.full_name));
    const baseSha = sha(obj(pr.base).sha);
    return {
      ...base,
      kind: 'pull_request',
      baseSha,
      baseBranch: str(obj(pr.base).ref),
      prNumber: typeof pr.number === 'number' ? pr.number : typeof p.number === 'number' ? p.number : undefined,
      fork,
      payloadValid: baseSha !== undefined,
      canWrite: false,
      writeNote: 'pull requests read baselines but never write them',
    };
  }
  if (ctx.eventName === 'merge_group') {
    const mg = obj(p.merge_group);
    const baseSha = sha(mg.base_sha);
    return {
      ...base,
      kind: 'merge_group',
      baseSha,
      baseBranch: branchOf(str(mg.base_ref)),
      headSha: sha(mg.head_sha) ?? ctx.sha,
      payloadValid: baseSha !== undefined,
      canWrite: false,
      writeNote: 'merge queue runs read baselines but never write them',
    };
  }
  const branch = branchOf(str(p.ref) ?? ctx.ref);
  const onDefault = branch !== undefined && branch === defaultBranch;
  const notDefault = `baselines are written only from the default branch${defaultBranch ? ` (${defaultBranch})` : ' (unknown in this event payload)'}`;
  if (ctx.eventName === 'push') {
    const before = str(p.before);
    return {
      ...base,
      kind: 'push',
      baseSha: before,
      baseBranch: branch,
      headSha: str(p.after) ?? ctx.sha,
      newBranch: before !== undefined && /^0+$/.test(before),
      payloadValid: before !== undefined,
      canWrite: onDefault,
      writeNote: onDefault ? '' : `${notDefault}, not ${branch ?? ctx.ref}`,
    };
  }
  const trustedKind = ctx.eventName === 'schedule' || ctx.eventName === 'workflow_dispatch';
  return {
    ...base,
    kind: 'other',
    baseBranch: branch,
    payloadValid: true,
    canWrite: trustedKind && onDefault,
    writeNote: trustedKind
      ? onDefault
        ? ''
        : notDefault
      : `baselines are not written from ${ctx.eventName || 'this'} events`,
  };
}
