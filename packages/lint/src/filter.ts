/**
 * Filter modes, as reviewdog names them: `added` (findings on lines the change adds),
 * `diff-context` (within the diff's hunks: added lines and the 3 lines of context git shows
 * around them), `file` (in files the change touches), `nofilter`. Tricky rule: a finding about a
 * whole file (no line) counts as on the change when its file changed; what is filtered out is
 * counted so that the summary can say so (never a silent pass).
 */
import type { ChangedLines, Finding } from '@quality/kit/findings';

export const FILTER_MODES = ['added', 'diff-context', 'file', 'nofilter'] as const;
export type FilterMode = (typeof FILTER_MODES)[number];

export interface Filtered {
  kept: Finding[];
  /** Findings outside the filter, not counted for the verdict. */
  outside: Finding[];
}

export function filterFindings(
  findings: readonly Finding[],
  mode: FilterMode,
  changed: ChangedLines | undefined,
  context = 3,
): Filtered {
  if (mode === 'nofilter') return { kept: [...findings], outside: [] };
  if (!changed) throw new Error(`filter ${mode} needs the changed lines`);
  const kept: Finding[] = [];
  const outside: Finding[] = [];
  for (const f of findings) {
    const lines = changed.get(f.path);
    let on: boolean;
    if (!lines) on = false;
    else if (mode === 'file' || f.line === undefined) on = true;
    else if (mode === 'added') on = lines.has(f.line) || rangeHits(lines, f.line, f.endLine ?? f.line);
    else on = rangeHits(lines, f.line - context, (f.endLine ?? f.line) + context);
    (on ? kept : outside).push(f);
  }
  return { kept, outside };
}

function rangeHits(lines: ReadonlySet<number>, from: number, to: number): boolean {
  if (to - from > 200) {
    for (const l of lines) if (l >= from && l <= to) return true;
    return false;
  }
  for (let l = from; l <= to; l++) if (lines.has(l)) return true;
  return false;
}
