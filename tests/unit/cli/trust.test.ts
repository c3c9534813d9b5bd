/**
 * The trust rule of lint, format and test on events that carry the base repository's secrets:
 * which checkouts may run the repository's own code. Real repositories, one per case.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { assertTrustedCheckout } from '../../../packages/cli/src/trust.js';
import { GitRepo, removeAll } from '../../support/git-repo.js';

afterAll(removeAll);

/** A base branch (main) and a pull request branch (pr) with one commit of its own. */
async function repoWithPullRequest() {
  const repo = await GitRepo.init();
  const base = await repo.commit('base', { 'a.txt': 'a\n' });
  await repo.branch('pr');
  const head = await repo.commit('fork code', { 'eslint.config.js': 'export default [];\n' });
  await repo.checkout('main');
  const later = await repo.commit('base moves on', { 'b.txt': 'b\n' });
  return { repo, base, head, later };
}

const prTarget = (head: string) => ({ pull_request: { number: 1, head: { sha: head } } });
const check = (root: string, name: string, payload: Record<string, unknown>, sha: string) =>
  assertTrustedCheckout(root, { name }, payload, 'lint', sha);

describe('assertTrustedCheckout', () => {
  it("refuses the pull request's head, and any commit that has it in its history (its merge), on pull_request_target", async () => {
    const { repo, head, later } = await repoWithPullRequest();
    await repo.checkout(head);
    await expect(check(repo.dir, 'pull_request_target', prTarget(head), later)).rejects.toThrow(
      /checked out the pull request's head/,
    );
    // refs/pull/N/merge, or a merge made in the job: HEAD is neither the head nor the event's commit.
    await repo.checkout('main');
    await repo.git('merge', '--quiet', '--no-ff', '-m', 'merge', 'pr');
    await expect(check(repo.dir, 'pull_request_target', prTarget(head), later)).rejects.toThrow(
      /checked out a commit that contains the pull request's head/,
    );
    // The same checkout on pull_request runs with a read-only token and no secrets: allowed.
    await expect(check(repo.dir, 'pull_request', prTarget(head), later)).resolves.toBeUndefined();
  });

  it("allows the event's own commit, and a commit without the head in its history", async () => {
    const { repo, base, head, later } = await repoWithPullRequest();
    await expect(check(repo.dir, 'pull_request_target', prTarget(head), later)).resolves.toBeUndefined();
    await repo.checkout(base); // an older base commit: the head is here but not in its history
    await expect(check(repo.dir, 'pull_request_target', prTarget(head), later)).resolves.toBeUndefined();
  });

  it('a full clone without the head commit at all is allowed; a shallow one that is not the event commit is refused', async () => {
    const { repo, head, later } = await repoWithPullRequest();
    const full = await GitRepo.init({ branch: 'other' });
    await full.git('fetch', '--quiet', repo.url, 'main:main');
    await full.checkout('main');
    expect(await full.has(head)).toBe(false);
    await expect(check(full.dir, 'pull_request_target', prTarget(head), later)).resolves.toBeUndefined();

    const shallow = await GitRepo.clone(repo.url, { depth: 1, branch: 'main' });
    await expect(check(shallow.dir, 'pull_request_target', prTarget(head), later)).resolves.toBeUndefined();
    // A shallow checkout of the merge: its parents are cut off, so history cannot say.
    await repo.git('merge', '--quiet', '--no-ff', '-m', 'merge', 'pr');
    const merged = await GitRepo.clone(repo.url, { depth: 1, branch: 'main' });
    expect(await merged.has(head)).toBe(false);
    await expect(check(merged.dir, 'pull_request_target', prTarget(head), later)).rejects.toThrow(
      /a shallow checkout .* cannot tell whether the pull request's head/,
    );
  });

  it('workflow_run: refused for a pull request run that checked out its head, allowed for a push run', async () => {
    const { repo, head, later } = await repoWithPullRequest();
    await repo.checkout(head);
    const run = (event: string) => ({ workflow_run: { head_sha: head, event } });
    await expect(check(repo.dir, 'workflow_run', run('pull_request'), later)).rejects.toThrow(
      /this workflow_run run has checked out the pull request's head/,
    );
    await expect(check(repo.dir, 'workflow_run', run('push'), later)).resolves.toBeUndefined();
  });

  it('a folder outside any git repository, or a payload without a head, is not refused', async () => {
    const { repo, head, later } = await repoWithPullRequest();
    await expect(check(repo.dir, 'pull_request_target', {}, later)).resolves.toBeUndefined();
    const plain = await GitRepo.init();
    await expect(check(plain.dir, 'pull_request_target', prTarget(head), later)).resolves.toBeUndefined();
  });
});
