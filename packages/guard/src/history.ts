/**
 * Secrets a change's commits added and a later commit of the same change removed: the net diff
 * no longer holds them, but the pushed history does (a clone, a fork, the commit's page). Each
 * commit's added lines (`git log -p -U0`) go through the secret detectors, file by file.
 *
 * Tricky rule: only the lines a commit adds are read, joined in order, so a finding's line is
 * mapped back through them; a secret the work tree still holds is the tree scan's finding, not
 * this one's (the caller drops those by value).
 */
import { runGit, unquote } from '@quality/kit/git';
import { findSecrets, type SecretFinding } from './secrets.js';

/** At most this many commits are read (the newest); beyond, the result says so. */
export const MAX_HISTORY_COMMITS = 1000;

export interface HistorySecret extends SecretFinding {
  /** The commit that added it. */
  commit: string;
}

/** The secrets each commit of `from..to` added, by commit and file, oldest last as git lists them. */
export async function historySecrets(
  root: string,
  from: string,
  to = 'HEAD',
): Promise<{ findings: HistorySecret[]; truncated: boolean }> {
  const { stdout } = await runGit(root, [
    'log',
    '-p',
    '-U0',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-renames',
    '--diff-filter=AM',
    `--max-count=${MAX_HISTORY_COMMITS + 1}`,
    '--format=%x00commit %H',
    '--end-of-options',
    `${from}..${to}`,
  ]);
  const findings: HistorySecret[] = [];
  let commits = 0;
  let commit = '';
  let path: string | undefined;
  let next = 0; // the new-file line number of the next added line
  let text: string[] = [];
  let lines: number[] = [];
  const flush = () => {
    if (path !== undefined && text.length) {
      for (const f of findSecrets(path, text.join('\n'))) {
        const line = f.line === undefined ? undefined : lines[f.line - 1];
        findings.push({ ...f, ...(line === undefined ? {} : { line }), commit });
      }
    }
    text = [];
    lines = [];
  };
  for (const l of stdout.toString('utf8').split('\n')) {
    if (l.startsWith('\0commit ')) {
      flush();
      path = undefined;
      commit = l.slice(8).trim();
      if (++commits > MAX_HISTORY_COMMITS) return { findings, truncated: true };
    } else if (l.startsWith('+++ ')) {
      flush();
      const p = unquote(l.slice(4).replace(/\t$/, '')); // git ends a name holding a space with a tab
      path = p === '/dev/null' ? undefined : p.replace(/^b\//, '');
    } else if (l.startsWith('@@ ')) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(l);
      next = m ? Number(m[1]) : 0;
    } else if (l.startsWith('+') && path !== undefined) {
      text.push(l.slice(1));
      lines.push(next++);
    } else if (l.startsWith('diff --git ')) {
      flush();
      path = undefined;
    }
  }
  flush();
  return { findings, truncated: false };
}
