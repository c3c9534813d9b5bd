/**
 * Conventional Commits check on one commit message (pure: the caller lists the commits).
 *
 * Tricky rule: messages git writes itself (merges, reverts, fixup!/squash!) are accepted, as
 * commitlint's default ignores do, since no one typed them.
 */
import type { Finding } from '@quality/kit/findings';

export const DEFAULT_TYPES = [
  'feat',
  'fix',
  'docs',
  'style',
  'refactor',
  'perf',
  'test',
  'build',
  'ci',
  'chore',
  'revert',
] as const;

export interface CommitOptions {
  types?: readonly string[];
  /** Longest header accepted (default 100, as commitlint's). */
  maxHeaderLength?: number;
  /** Require a scope: `feat(cli): …` (default false). */
  requireScope?: boolean;
}

export interface CommitProblem {
  rule: string;
  message: string;
}

const GIT_WRITTEN =
  /^(?:Merge (?:pull request|branch|remote-tracking branch|tag|commit)|Merged? .* (?:in|into) |Revert ".*"|Reapply ".*"|(?:fixup|squash|amend)! )/;

export function checkCommitMessage(message: string, opts: CommitOptions = {}): CommitProblem[] {
  const types = opts.types ?? DEFAULT_TYPES;
  const max = opts.maxHeaderLength ?? 100;
  // Comment lines are stripped by git before the message is recorded.
  const lines = message
    .replace(/\r\n/g, '\n')
    .split('\n')
    .filter((l) => !l.startsWith('#'));
  const header = lines[0] ?? '';
  if (GIT_WRITTEN.test(header)) return [];
  const problems: CommitProblem[] = [];
  const m = /^([A-Za-z]+)(?:\(([^()\n]*)\))?(!)?: (.*)$/.exec(header);
  if (!m) {
    problems.push({
      rule: 'commit/format',
      message: `The header ${JSON.stringify(header.slice(0, 120))} is not \`type(scope): description\` (types: ${types.join(', ')}).`,
    });
    return problems;
  }
  const [, type, scope, , description] = m;
  if (!types.includes(type!))
    problems.push({ rule: 'commit/type', message: `Unknown type '${type}': expected one of ${types.join(', ')}.` });
  if (scope !== undefined && scope.trim() === '')
    problems.push({ rule: 'commit/scope', message: 'The scope in parentheses is empty.' });
  if (opts.requireScope && scope === undefined)
    problems.push({ rule: 'commit/scope', message: 'A scope is required: `type(scope): description`.' });
  if (!description!.trim())
    problems.push({ rule: 'commit/description', message: 'The description after the colon is empty.' });
  if ([...header].length > max)
    problems.push({
      rule: 'commit/header-length',
      message: `The header is ${[...header].length} characters long: at most ${max}.`,
    });
  if (lines.length > 1 && lines[1]!.trim() !== '')
    problems.push({
      rule: 'commit/body-separation',
      message: 'The body must be separated from the header by a blank line.',
    });
  return problems;
}

/**
 * Findings for a pull request's commits and its title (the title becomes the squash commit's
 * header, so it is checked as one). `path` names what was checked, not a file:
 * `commit 0123456789ab` or `pull request title`.
 */
export function commitFindings(
  commits: readonly { sha: string; message: string }[],
  title: string | undefined,
  opts: CommitOptions = {},
): Finding[] {
  const out: Finding[] = [];
  const add = (path: string, what: string, message: string) => {
    for (const p of checkCommitMessage(message, opts))
      out.push({ tool: 'guard', rule: p.rule, severity: 'error', path, message: `${what}: ${p.message}` });
  };
  if (title !== undefined) add('pull request title', 'The pull request title', title);
  for (const c of commits) add(`commit ${c.sha.slice(0, 12)}`, `Commit ${c.sha.slice(0, 12)}`, c.message);
  return out;
}
