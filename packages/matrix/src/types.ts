/** Plain data shared by the matrix engine. No I/O here. */

export type Language = 'node' | 'python' | 'go';
export const LANGUAGES: readonly Language[] = ['node', 'python', 'go'];

export const LANGUAGE_NAMES: Record<Language, string> = { node: 'Node.js', python: 'Python', go: 'Go' };

/** Where a runtime version came from: the value as written and the file (and field) it was read from. */
export interface VersionSource {
  value: string;
  /** Path relative to the repository root, '/' separated. */
  file: string;
  /** The field or directive inside the file, when the file has several (e.g. `engines.node`). */
  field?: string;
}

export interface Project {
  /** Directory relative to the repository root, '/' separated; '.' for the root. */
  dir: string;
  language: Language;
  /** npm, yarn, pnpm, bun; pip, poetry, uv, pdm, pipenv; go. */
  packageManager: string;
  /** The file that made this directory a project (package.json, pyproject.toml, go.mod, ...). */
  manifest: string;
  version?: VersionSource;
}

export type MatrixValue = unknown;
export type Combination = Record<string, MatrixValue>;

export type VersionPolicy = 'file' | 'min-max' | 'supported' | { list: string[] };
