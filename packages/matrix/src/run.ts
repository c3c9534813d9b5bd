/**
 * One call for the action and the CLI: detect, select changed projects, read timing files,
 * build the matrix. Everything is passed in; nothing is read from the environment.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { FileFormatError } from '@quality/kit/errors';
import type { BuildOptions, MatrixResult } from './build.js';
import { buildMatrix } from './build.js';
import type { Changes, Selection } from './changed.js';
import { changedFiles, DEFAULT_ALWAYS, selectChanged } from './changed.js';
import { detectProjects } from './detect.js';
import { diskReader } from './reader.js';
import type { TimingRecord } from './timing.js';
import { parseTimingFile } from './timing.js';

export interface RunOptions extends Omit<BuildOptions, 'reader' | 'projects' | 'selected' | 'timings'> {
  /** Repository root (absolute). */
  root: string;
  changedOnly?: boolean;
  base?: string;
  before?: string;
  head?: string;
  allowFetch?: boolean;
  always?: string[];
  /** Timing files (absolute, or relative to root); missing files are skipped with a warning. */
  timingFiles?: string[];
}

export interface RunResult extends MatrixResult {
  changes?: Changes;
  selection?: Selection;
  /** changed-only: some project changed (always true without changed-only). */
  hasChanges: boolean;
}

export function readTimingFiles(paths: string[], root: string, warnings: string[]): TimingRecord[] {
  const out: TimingRecord[] = [];
  for (const p of paths) {
    const full = isAbsolute(p) ? p : join(root, p);
    let text: string;
    try {
      text = readFileSync(full, 'utf8');
    } catch {
      warnings.push(`Timing file ${p} was not found; tests without timing are planned from the timed ones' weights.`);
      continue;
    }
    try {
      out.push(...parseTimingFile(text, p));
    } catch (e) {
      if (e instanceof FileFormatError) warnings.push(`${e.message} It was skipped.`);
      else throw e;
    }
  }
  return out;
}

export async function runMatrix(options: RunOptions): Promise<RunResult> {
  const reader = diskReader(options.root);
  const projects = detectProjects(reader, { ...(options.ignore ? { ignore: options.ignore } : {}) });
  const warnings: string[] = [];
  const timings = readTimingFiles(options.timingFiles ?? [], options.root, warnings);
  let changes: Changes | undefined;
  let selection: Selection | undefined;
  if (options.changedOnly) {
    changes = await changedFiles({
      cwd: options.root,
      ...(options.base ? { base: options.base } : {}),
      ...(options.before ? { before: options.before } : {}),
      ...(options.head ? { head: options.head } : {}),
      allowFetch: options.allowFetch ?? true,
    });
    selection = selectChanged(projects, changes, options.always ?? DEFAULT_ALWAYS);
  }
  const result = buildMatrix({
    ...options,
    reader,
    projects,
    ...(selection ? { selected: selection.projects } : {}),
    timings,
  });
  result.warnings = [...new Set([...warnings, ...result.warnings])];
  return {
    ...result,
    ...(changes ? { changes } : {}),
    ...(selection ? { selection } : {}),
    hasChanges: selection ? selection.projects.length > 0 : true,
  };
}
