/**
 * The one trust rule of the commands that run the repository's own code (lint, format, test) in
 * a workflow: never a checkout that holds a pull request's head on an event that carries the base
 * repository's secrets and a write token (pull_request_target, workflow_run of a pull request).
 * "Holds" is the head itself or any commit with it in its history (refs/pull/N/merge, a merge
 * made in the job); a shallow checkout that is neither the event's own commit nor provably
 * without the head is refused too: its history cannot say.
 */
import { ConfigurationError } from '@quality/kit/errors';
import { isShallow, resolveCommit, runGit } from '@quality/kit/git';

/**
 * Throws a ConfigurationError when the repository around `root` has the pull request's head
 * checked out (or merged in) on such an event. `eventSha` is the commit the event runs for
 * (GITHUB_SHA: the base branch's on pull_request_target, the default branch's on workflow_run).
 */
export async function assertTrustedCheckout(
  root: string,
  ev: { name: string },
  payload: Record<string, unknown>,
  command: string,
  eventSha: string,
): Promise<void> {
  if (ev.name !== 'pull_request_target' && ev.name !== 'workflow_run') return;
  const pr = payload['pull_request'] as { head?: { sha?: unknown } } | undefined;
  const wr = payload['workflow_run'] as { head_sha?: unknown; event?: unknown } | undefined;
  if (ev.name === 'workflow_run' && wr?.event !== 'pull_request') return;
  const head =
    typeof pr?.head?.sha === 'string' ? pr.head.sha : typeof wr?.head_sha === 'string' ? wr.head_sha : undefined;
  if (!head || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(head)) return; // SHA-1, or SHA-256
  const checkedOut = await resolveCommit(root, 'HEAD');
  if (checkedOut === null) return; // not a git checkout: nothing here came from the pull request's refs
  const what = command === 'test' ? 'its tests' : 'its tools and their configs, such as eslint.config.js';
  const refuse = (how: string) =>
    new ConfigurationError(
      `quality ${command} runs the project's own code (${what}), and this ${ev.name} run has ${how} with the base repository's secrets. Run ${command} on the pull_request event instead (it works on forks with a read-only token).`,
    );
  if (checkedOut === head) throw refuse(`checked out the pull request's head (${head.slice(0, 12)})`);
  if (checkedOut === eventSha) return;
  // 0: the head is in HEAD's history; else it is not, or (in a shallow clone) history cannot say.
  const r = await runGit(root, ['merge-base', '--is-ancestor', '--end-of-options', head, 'HEAD'], { ok: 'any' });
  if (r.code === 0)
    throw refuse(
      `checked out a commit that contains the pull request's head (${head.slice(0, 12)}), such as its merge`,
    );
  if (!(await isShallow(root))) return;
  throw refuse(
    `a shallow checkout (${checkedOut.slice(0, 12)}) that is not the event's commit, so it cannot tell whether the pull request's head (${head.slice(0, 12)}) is in it`,
  );
}
