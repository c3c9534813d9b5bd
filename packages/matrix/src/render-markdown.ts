/** The matrix run as the job summary (Markdown): changes, one row per project, the jobs, warnings. */
import * as md from '@quality/kit/markdown';
import type { RunResult } from './run.js';

export function matrixSummary(r: RunResult): string {
  const parts: string[] = ['## Job matrix', ''];
  if (r.changes) {
    parts.push(
      r.selection?.allReason
        ? `All projects: ${md.text(r.selection.allReason)}.`
        : r.hasChanges
          ? `${r.summaries.length} of ${r.projects.length} projects changed (${md.text(r.changes.reason)}).`
          : `No project changed (${md.text(r.changes.reason)}): the matrix is one \`no changes\` entry.`,
      '',
    );
  }
  parts.push(
    md.table(
      ['Project', 'Language', 'Package manager', 'Pinned', 'Versions', 'Shards'],
      r.summaries.map((s) => [
        md.code(s.project.dir),
        s.project.language,
        s.project.packageManager,
        s.project.version
          ? `${md.code(s.project.version.value)} in ${md.code(s.project.version.file)}${s.project.version.field ? ` ${md.code(s.project.version.field)}` : ''}`
          : 'none',
        s.versions.map(md.code).join(', '),
        s.shards
          ? `${s.shards.total} (${s.shards.timed} timed, ${s.shards.untimed} untimed${s.shards.untimed ? ` on ${s.shards.untimedShards}` : ''})`
          : '',
      ]),
    ),
    '',
    md.details(
      `${r.hasWork ? r.matrix.include.length : 0} job(s)`,
      r.matrix.include.map((e) => `- ${md.text(String(e['name']))}`).join('\n'),
    ),
  );
  if (r.warnings.length) parts.push('', ...r.warnings.map((w) => `> [!WARNING]\n> ${md.text(w)}`));
  return parts.join('\n');
}
