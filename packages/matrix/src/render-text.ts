/** The matrix run as plain text for a terminal (`quality matrix`): projects, changes, jobs, warnings. */
import type { RunResult } from './run.js';

/** `planFile`: where the shard plan was written, when sharding. */
export function matrixText(result: RunResult, planFile?: string): string {
  const lines: string[] = [];
  lines.push(`Projects (${result.projects.length}):`);
  for (const p of result.projects) {
    const v = p.version
      ? `${p.version.value} (${p.version.file}${p.version.field ? ` ${p.version.field}` : ''})`
      : 'no version pinned';
    lines.push(`  ${p.dir.padEnd(24)} ${p.language.padEnd(7)} ${p.packageManager.padEnd(7)} ${v}`);
  }
  if (result.changes) {
    lines.push(
      '',
      result.selection?.allReason
        ? `Changed: all projects (${result.selection.allReason})`
        : `Changed: ${result.summaries.length} project(s), ${result.changes.reason}`,
    );
  }
  lines.push('', `Matrix (${result.hasWork ? result.matrix.include.length : 0} job(s)):`);
  for (const e of result.matrix.include) {
    const files = Array.isArray(e['files']) ? ` [${(e['files'] as string[]).length} files]` : '';
    lines.push(`  ${String(e['name'])}${files}`);
  }
  if (planFile !== undefined) lines.push('', `Shard plan written to ${planFile}.`);
  for (const w of result.warnings) lines.push(`warning: ${w}`);
  return `${lines.join('\n')}\n`;
}
