/**
 * Just enough TOML for project detection: table headers and `key = value` pairs whose value
 * is a string (basic or literal), a number, a boolean, or an inline table of those. Arrays
 * and multi-line strings are skipped, not parsed. Keys are flattened: `tool.poetry.dependencies.python`.
 */
import { FileFormatError } from '@quality/kit/errors';

export type TomlFlat = Map<string, string>;

function unquoteKey(k: string): string {
  return k
    .split('.')
    .map((p) =>
      p
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .replace(/^'(.*)'$/, '$1'),
    )
    .join('.');
}

function parseString(v: string): string | undefined {
  let m = /^"((?:[^"\\]|\\.)*)"/.exec(v);
  if (m) return m[1]!.replace(/\\(["\\])/g, '$1');
  m = /^'([^']*)'/.exec(v);
  if (m) return m[1];
  return undefined;
}

export function parseTomlFlat(text: string, file: string): { values: TomlFlat; tables: Set<string> } {
  const values: TomlFlat = new Map();
  const tables = new Set<string>();
  let table = '';
  let skipping: string | undefined; // closing delimiter of a multi-line value being skipped
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (skipping) {
      if (line.includes(skipping)) skipping = undefined;
      continue;
    }
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(line);
    if (header) {
      table = unquoteKey(header[1]!);
      tables.add(table);
      // Every prefix is a table too: [tool.poetry.dependencies] implies [tool.poetry].
      const parts = table.split('.');
      for (let j = 1; j < parts.length; j++) tables.add(parts.slice(0, j).join('.'));
      continue;
    }
    const kv = /^((?:"[^"]*"|'[^']*'|[A-Za-z0-9_.\- ]+?))\s*=\s*(.*)$/.exec(line);
    if (!kv) {
      throw new FileFormatError(file, i + 1, `cannot read this line as TOML: ${JSON.stringify(line.slice(0, 80))}.`);
    }
    const key = (table ? `${table}.` : '') + unquoteKey(kv[1]!);
    const raw = kv[2]!.trim();
    if (raw.startsWith('"""') || raw.startsWith("'''")) {
      const delim = raw.slice(0, 3);
      if (raw.indexOf(delim, 3) === -1) skipping = delim;
      continue;
    }
    if (raw.startsWith('[')) {
      if (!balanced(raw, '[', ']')) skipping = ']';
      continue;
    }
    if (raw.startsWith('{')) {
      // Inline table: record its string members as key.member.
      const body = raw.replace(/^\{/, '').replace(/\}\s*(#.*)?$/, '');
      for (const member of body.split(/,(?=(?:[^"']|"[^"]*"|'[^']*')*$)/)) {
        const m = /^\s*([A-Za-z0-9_.\-"']+)\s*=\s*(.*?)\s*$/.exec(member);
        if (!m) continue;
        const s = parseString(m[2]!);
        if (s !== undefined) values.set(`${key}.${unquoteKey(m[1]!)}`, s);
      }
      tables.add(key);
      continue;
    }
    const s = parseString(raw);
    if (s !== undefined) values.set(key, s);
    else values.set(key, raw.replace(/\s+#.*$/, ''));
  }
  return { values, tables };
}

function balanced(s: string, open: string, close: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#') break;
    else if (ch === open) depth++;
    else if (ch === close) depth--;
  }
  return depth <= 0;
}
