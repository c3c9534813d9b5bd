/**
 * The second half of the fork recipe. A pull request from a fork runs the gate with a
 * read-only token: it computes and enforces, and leaves the comment body in a file that the
 * workflow uploads as an artifact. A `workflow_run` workflow (which has `pull-requests: write`
 * and never checks out the pull request's code) downloads it and runs this action with
 * `comment-file`. The pull request is found from the API by the triggering run's head SHA and
 * head repository; nothing in the artifact decides which pull request is written to.
 */
import { ConfigurationError, fitComment, log, md, setOutput, type WorkflowContext } from '@quality/kit';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { github } from './adapters.js';
import type { GateInputs } from './inputs.js';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});

export async function postCommentFromFile(ctx: WorkflowContext, inputs: GateInputs): Promise<void> {
  if (!inputs.token)
    throw new ConfigurationError(
      "Input 'token' is empty: posting the comment needs a token with pull-requests: write.",
    );
  if (!ctx.repository)
    throw new ConfigurationError('GITHUB_REPOSITORY is not set: cannot tell which repository to comment on.');
  const run = obj(ctx.payload.workflow_run);
  const headSha = typeof run.head_sha === 'string' ? run.head_sha : '';
  if (!/^[0-9a-f]{40}$/.test(headSha))
    throw new ConfigurationError('This workflow_run event names no head commit: nothing to comment on.');
  if (run.event !== 'pull_request') {
    log.info(`The triggering run was a ${String(run.event)} event, not a pull request: no comment to post.`);
    setOutput('passed', 'true');
    return;
  }
  const headRepo = obj(run.head_repository);
  const { gh, client } = await github(ctx, inputs.token);
  const pr = await gh.findPullRequestForCommit(client, {
    owner: ctx.repository.owner,
    repo: ctx.repository.repo,
    sha: headSha,
    headRepository: typeof headRepo.full_name === 'string' ? headRepo.full_name : undefined,
  });
  if (!pr) {
    log.warning(`No open pull request has head commit ${headSha.slice(0, 12)}: the comment is not posted.`);
    return;
  }
  let body: string;
  try {
    body = readFileSync(resolve(ctx.workspace, inputs.commentFile!), 'utf8');
  } catch (e) {
    throw new ConfigurationError(
      `Input 'comment-file' (${inputs.commentFile}) cannot be read: ${e instanceof Error ? e.message : String(e)}. Download the artifact the pull request run uploaded first.`,
    );
  }
  const marker = md.marker(`coverage-gate:${inputs.commentId}`);
  // The body came from an untrusted run: keep our marker first so the sticky lookup stays ours,
  // and fit it to the limit. Markdown from the artifact renders as the pull request's own text.
  const clean = body.split(marker).join('');
  const r = await gh.upsertStickyComment(client, {
    owner: ctx.repository.owner,
    repo: ctx.repository.repo,
    issueNumber: pr,
    marker,
    body: fitComment(`${marker}\n${clean}`).text,
  });
  if (r.status === 'failed')
    log.warning(`The pull request comment was not posted: ${r.error?.message ?? 'unknown error'}`);
  else log.info(`Pull request #${pr} comment ${r.status}.`);
}
