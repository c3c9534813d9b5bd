/**
 * The one trust rule of the commands that run the repository's own code (lint, format, test) in
 * a workflow: never a pull request's head checked out on an event that carries the base
 * repository's secrets and a write token (pull_request_target, workflow_run of a pull request).
 */
import { ConfigurationError } from '@quality/kit/errors';
import { resolveCommit } from '@quality/kit/git';

/** Throws a ConfigurationError when `root`'s HEAD is the pull request's head on such an event. */
export async function assertTrustedCheckout(
  root: string,
  ev: { name: string },
  payload: Record<string, unknown>,
  command: string,
): Promise<void> {
  if (ev.name !== 'pull_request_target' && ev.name !== 'workflow_run') return;
  const pr = payload['pull_request'] as { head?: { sha?: unknown } } | undefined;
  const wr = payload['workflow_run'] as { head_sha?: unknown; event?: unknown } | undefined;
  const head =
    typeof pr?.head?.sha === 'string' ? pr.head.sha : typeof wr?.head_sha === 'string' ? wr.head_sha : undefined;
  if (!head) return;
  const checkedOut = await resolveCommit(root, 'HEAD');
  if (checkedOut === head && (ev.name === 'pull_request_target' || wr?.event === 'pull_request')) {
    throw new ConfigurationError(
      `quality ${command} runs the project's own code (${command === 'test' ? 'its tests' : 'its tools and their configs, such as eslint.config.js'}), and this ${ev.name} run has checked out the pull request's head (${head.slice(0, 12)}) with the base repository's secrets. Run ${command} on the pull_request event instead (it works on forks with a read-only token).`,
    );
  }
}
