/** Plain data of the lint engine. No I/O here. */
import type { Finding } from '@quality/kit/findings';
import type { FormatFile } from './parsers/format.js';

export type Language = 'node' | 'python' | 'go';
export type Mode = 'lint' | 'format';

/** A project as the matrix detection describes it (passed in by the CLI: engines do not import engines). */
export interface ProjectRef {
  /** Repository-relative directory, '.' for the root. */
  dir: string;
  language: Language;
  /** npm, yarn, pnpm, bun; pip, poetry, uv, pdm, pipenv; go. */
  packageManager: string;
}

/** The engine's window on the repository: repository-relative, '/'-separated paths. */
export interface RepoFiles {
  /** The file's text, or undefined when it does not exist. */
  read(path: string): string | undefined;
  /** A file or directory exists (a symbolic link to one counts). */
  exists(path: string): boolean;
}

export interface DetectedTool {
  tool: string;
  mode: Mode;
  project: ProjectRef;
  /** Why it was picked: the config file, dependency or `--tools` that names it. */
  reason: string;
}

/** One tool run, as data: what to run, where, and how to read the answer. */
export interface ToolPlan {
  tool: string;
  mode: Mode;
  /** Repository-relative project directory the tool runs in. */
  dir: string;
  /** Absolute working directory. */
  cwd: string;
  argv: string[];
  env: Record<string, string>;
  /** Exit codes that mean "ran, here are the findings" (others: the tool failed). */
  okExit: number[];
  /** Which stream carries the machine output. */
  stream: 'stdout' | 'stderr';
  /** The version, when known without running anything (node_modules/<pkg>/package.json). */
  version?: string;
  /** Otherwise, a command that prints it. */
  versionArgv?: string[];
  /**
   * The command for other major versions (see ToolSpec.argsByMajor): the version is asked before
   * the run, and `argv` runs for any major not listed. `major` is the fallback when the answer
   * names no version (a `(devel)` build): the major of the pinned module path.
   */
  argvByMajor?: Record<number, string[]>;
  major?: number;
  /**
   * Tried when `argv` finds no such module (`python3 -m flake8` without flake8): the tool's own
   * command on PATH (installed by apt, pipx or pip --user), the project's options the same.
   */
  fallbackArgv?: string[];
  /** The command that formats stdin to stdout (see ToolSpec.stdinArgs). */
  stdinArgv?: string[];
  /** fixArgv for the fallback. */
  fallbackFixArgv?: string[];
  /** The command that rewrites files (format), the file paths (relative to cwd) appended. */
  fixArgv?: string[];
  /** Why the tool was picked. */
  reason: string;
  /** Files to write before the run (absolute path → text), in a temporary folder: tsc -b's wrapper configs. */
  files?: Record<string, string>;
  /** Other project folders this run checks too (tsc -b's referenced projects): their own runs are left out. */
  covers?: string[];
}

export interface ToolRun {
  name: string;
  mode: Mode;
  dir: string;
  version: string | null;
  /** The command as a shell line, for people. */
  command: string;
  exitCode: number | null;
  durationMs: number;
  findings: Finding[];
  files: FormatFile[];
  /** Absolute working directory, and the command that rewrites files there (format tools). */
  cwd: string;
  fixArgv?: string[];
  stdinArgv?: string[];
  /** Other project folders this one run checked (their own runs were left out). */
  covers?: string[];
  /** Set when the tool could not be run or its answer not read: nothing was measured. */
  error?: string;
  /** `not-installed`: the user must install it; `failed`: it crashed or printed what we cannot read. */
  errorKind?: 'not-installed' | 'failed';
}
