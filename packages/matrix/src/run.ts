/**
 * One call for the action and the CLI: detect, select changed projects, read timing files,
 * build the matrix. Everything is passed in; nothing is read from the environment.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigurationError, FileFormatError, InputError } from '@quality/kit/errors';
import type { BuildOptions, MatrixResult } from './build.js';
import { buildMatrix } from './build.js';
import type { Changes, Selection } from './changed.js';
import { changedFiles, DEFAULT_ALWAYS, selectChanged } from './changed.js';
import { detectProjects } from './detect.js';
import { diskReader } from './reader.js';
import type { TimingRecord } from './timing.js';
import { parseTimingFile } from './timing.js';

export interface RunOptions extends Omit<BuildOptions, 'reader' | 'projects' | 'selected' | 'timings'> {
  /** Repository root (absolute). Without it, `workspace` and `workingDirectory` give the root. */
  root?: string;
  /** The workspace (absolute): `workingDirectory` must stay inside it. */
  workspace?: string;
  /** The folder to scan, relative to `workspace` (the action's `working-directory` input). */
  workingDirectory?: string;
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
      for (const t of parseTimingFile(text, p)) out.push(t);
    } catch (e) {
      if (e instanceof FileFormatError) warnings.push(`${e.message} It was skipped.`);
      else throw e;
    }
  }
  return out;
}

const outside = (from: string, to: string) => {
  const rel = relative(from, to);
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
};

/** An existing folder, or a ConfigurationError that says it does not exist. */
function existingDir(dir: string, what: string): string {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    throw new ConfigurationError(`${what} ${dir} does not exist.`);
  }
  if (!statSync(real).isDirectory()) throw new ConfigurationError(`${what} ${dir} is not a folder.`);
  return real;
}

/**
 * The folder to scan: `dir` resolved against `workspace`, refused when it leaves the workspace
 * (`../..`, an absolute path elsewhere, or a symbolic link that points out of it).
 */
export function resolveWorkingDirectory(workspace: string, dir: string, input = 'working-directory'): string {
  const ws = resolve(workspace);
  const full = resolve(ws, dir === '' ? '.' : dir);
  const expected = `a folder inside the workspace ${ws} (a path relative to it)`;
  if (outside(ws, full)) throw new InputError(input, dir, expected);
  const real = existingDir(full, `Input '${input}': the folder`);
  if (outside(existingDir(ws, 'The workspace'), real)) {
    throw new InputError(input, dir, `${expected}; it is a symbolic link to ${real}, outside the workspace`);
  }
  return full;
}

function rootOf(options: RunOptions): string {
  if (options.workspace !== undefined)
    return resolveWorkingDirectory(options.workspace, options.workingDirectory ?? '.');
  if (options.root === undefined) throw new Error('runMatrix needs root or workspace: this is a bug.');
  existingDir(options.root, 'The folder');
  return options.root;
}

export async function runMatrix(options: RunOptions): Promise<RunResult> {
  const root = rootOf(options);
  const reader = diskReader(root);
  const projects = detectProjects(reader, { ...(options.ignore ? { ignore: options.ignore } : {}) });
  const warnings: string[] = [];
  const timings = readTimingFiles(options.timingFiles ?? [], root, warnings);
  let changes: Changes | undefined;
  let selection: Selection | undefined;
  if (options.changedOnly) {
    changes = await changedFiles({
      cwd: root,
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
