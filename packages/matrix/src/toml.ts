/**
 * TOML manifests (pyproject.toml) read with smol-toml, a spec-compliant TOML 1.0 parser.
 * A syntax error becomes a FileFormatError naming the file and line; lookups never throw.
 */
import { FileFormatError } from '@quality/kit/errors';
import { parse, TomlError } from 'smol-toml';

export type TomlTable = Record<string, unknown>;

/** Reads a TOML document; a syntax error names the file, the line and what to fix. */
export function parseToml(text: string, file: string): TomlTable {
  try {
    return parse(text) as TomlTable;
  } catch (e) {
    if (e instanceof TomlError) {
      const problem = e.message
        .split('\n', 1)[0]!
        .replace(/^Invalid TOML document:\s*/, '')
        .trim();
      throw new FileFormatError(
        file,
        e.line,
        `is not valid TOML (column ${e.column}): ${problem}`,
        'Fix the file (it must parse as TOML 1.0, as pip and other tools read it).',
      );
    }
    throw e;
  }
}

/** The value at a dotted path (`['tool', 'poetry', 'dependencies', 'python']`), or undefined. */
export function tomlGet(table: TomlTable, path: readonly string[]): unknown {
  let v: unknown = table;
  for (const k of path) {
    if (v === null || typeof v !== 'object' || Array.isArray(v) || !Object.hasOwn(v, k)) return undefined;
    v = (v as TomlTable)[k];
  }
  return v;
}

/** True when the path names a table (`[tool.poetry]`, or implied by `[tool.poetry.dependencies]`). */
export function tomlHasTable(table: TomlTable, path: readonly string[]): boolean {
  const v = tomlGet(table, path);
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
