/**
 * The guard action's outside world: what the event's change adds (local git, fetching or
 * deepening a shallow clone as the coverage gate does, then the pull request files API) and the
 * pull request's commits (local git, then the API; a read-only fork token can read both).
 * Rule: a change that cannot be measured is scanned whole (every tracked file), never skipped.
 */
import { diffAgainstBase, ensureHistory, parseDiff, patchFromPullFiles } from '@quality/coverage';
import { changeScope, commitMessages, type GuardScope } from '@quality/guard';
import { ConfigurationError, errorMessage, escapeLine, log, type RunEvent, type WorkflowContext } from '@quality/kit';
import { resolveCommit } from '@quality/kit/git';

export interface ScopeChoice {
  scope: GuardScope;
  /** What was scanned, for the summary: "the change since 0123456789ab (3 files)". */
  text: string;
  /** The merge-base, when the change came from local git (for the commit list). */
  mergeBase?: string;
  /** Why the scan is wider than the change, or where the change came from. */
  notes: string[];
  warnings: string[];
}

async function github(ctx: WorkflowContext, token: string) {
  const gh = await import('@quality/kit/github');
  // API text (error messages, URLs) reaches stdout through info: escaped so it cannot be a command.
  const safe = { ...log, info: (m: string) => log.info(escapeLine(m)) };
  return { gh, client: gh.createGitHubClient({ token, baseUrl: ctx.apiUrl, log: safe }) };
}

/** The change from the pull request files API; files without a patch (binary, too large) count whole. */
async function apiChange(ctx: WorkflowContext, token: string, pullNumber: number) {
  const { gh, client } = await github(ctx, token);
  const { owner, repo } = ctx.repository!;
  const { files, truncated } = await gh.listPullRequestFiles(client, { owner, repo, pullNumber });
  if (truncated) throw new ConfigurationError('GitHub lists at most 3000 files of a pull request.');
  const scope = changeScope(parseDiff(patchFromPullFiles(files).text, { name: 'the pull request files API' }));
  for (const f of files) if (f.status !== 'removed' && !scope.added.has(f.filename)) scope.whole.add(f.filename);
  return scope;
}

export async function chooseScope(
  root: string,
  ctx: WorkflowContext,
  ev: RunEvent,
  opts: { all: boolean; fetch: boolean; token: string },
): Promise<ScopeChoice> {
  const notes: string[] = [];
  const warnings: string[] = [];
  const all = (why: string): ScopeChoice => ({
    scope: { kind: 'all' },
    text: `every tracked file (${why})`,
    notes,
    warnings,
  });
  if (opts.all) return all("input 'scope' is all");
  const change = ev.kind === 'pull_request' || ev.kind === 'merge_group' || ev.kind === 'push';
  if (!change) return all(`a ${ev.name || 'local'} event has no change to scan`);
  if (!ev.baseSha) return all(ev.baseNote ?? 'the event names no base commit');
  try {
    const mergeBase = await ensureHistory(root, ev.baseSha, { allowFetch: opts.fetch });
    const scope = changeScope(await diffAgainstBase(root, mergeBase, 'HEAD'), mergeBase);
    return {
      scope,
      text: `what the change adds since ${mergeBase.slice(0, 12)} (${scope.added.size + scope.whole.size} file(s))`,
      mergeBase,
      notes,
      warnings,
    };
  } catch (e) {
    const why = `local git could not give the change (${errorMessage(e)})`;
    if (ev.kind === 'pull_request' && ev.prNumber !== undefined && opts.token && ctx.repository) {
      try {
        const scope = await apiChange(ctx, opts.token, ev.prNumber);
        notes.push(`The change was read from the pull request files API: ${why}.`);
        return {
          scope,
          text: `what the pull request adds (${scope.added.size + scope.whole.size} file(s))`,
          notes,
          warnings,
        };
      } catch (e2) {
        warnings.push(
          `Every tracked file was scanned: ${why}, and the pull request files API failed too (${errorMessage(e2)}).`,
        );
        return all('the change could not be read');
      }
    }
    warnings.push(`Every tracked file was scanned: ${why}.`);
    return all('the change could not be read');
  }
}

export type CommitList = { commits: { sha: string; message: string }[]; source: string } | { error: string };

/** The pull request's commits: local git when both ends are in the clone, else the API (250 at most, GitHub's cap). */
export async function pullRequestCommits(
  root: string,
  ctx: WorkflowContext,
  ev: RunEvent,
  mergeBase: string | undefined,
  token: string,
): Promise<CommitList> {
  const problems: string[] = [];
  if (mergeBase && ev.headSha && (await resolveCommit(root, ev.headSha)) !== null) {
    try {
      return { commits: await commitMessages(root, mergeBase, ev.headSha), source: 'local git' };
    } catch (e) {
      problems.push(`local git: ${errorMessage(e)}`);
    }
  } else problems.push('local git: the head commit or the merge-base is not in this clone');
  if (ev.prNumber !== undefined && token && ctx.repository) {
    try {
      const { client } = await github(ctx, token);
      const list = await client.paginate<{ sha?: string; commit?: { message?: string } }>(
        'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits',
        { owner: ctx.repository.owner, repo: ctx.repository.repo, pull_number: ev.prNumber, per_page: 100 },
        { maxPages: 3 },
      );
      const commits = list
        .filter((c) => typeof c.sha === 'string' && typeof c.commit?.message === 'string')
        .map((c) => ({ sha: c.sha!, message: c.commit!.message! }));
      if (commits.length !== list.length) throw new Error('the API answered commits without a sha or message');
      return { commits, source: 'the GitHub API' };
    } catch (e) {
      problems.push(`the GitHub API: ${errorMessage(e)}`);
    }
  } else problems.push('the GitHub API: no token or pull request number');
  return { error: problems.join('; ') };
}
