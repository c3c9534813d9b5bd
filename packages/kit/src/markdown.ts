/**
 * Markdown for job summaries and PR comments, with text from users escaped.
 *
 * File names, branch names and messages come from people who can open a pull request.
 * Escaped, they can neither break a table, start a heading or link, open HTML, close a
 * <details> block, nor @-mention anyone. Nothing here imports `@actions/core`.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '@': '&#64;',
};

/** ASCII punctuation that Markdown gives a meaning to; GFM lets any of it be backslash-escaped. */
const MD_SPECIAL = /[\\`*_{}[\]()#+\-.!|~:]/g;

/**
 * Escape user text for use inside Markdown prose or a table cell: one line, no markup,
 * no HTML, no mentions. Control characters become spaces.
 */
export function text(s: string): string {
  // Markdown escapes first, entities last: an entity's own '#' must not be backslash-escaped
  // (`&\#39;` renders as the six characters "&#39;", not as an apostrophe).
  return s
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(MD_SPECIAL, (c) => `\\${c}`)
    .replace(/[&<>"'@]/g, (c) => HTML_ESCAPES[c]!);
}

/** Escape for an HTML context (attribute values, <summary>), no Markdown escaping needed there. */
export function html(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/[&<>"'@]/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Inline code. The fence is one backtick longer than the longest run inside, so the text
 * cannot close it; pipes are escaped because GFM splits table cells before code spans.
 */
export function code(s: string): string {
  const one = s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\|/g, '\\|');
  let longest = 0;
  for (const m of one.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad = one.startsWith('`') || one.endsWith('`') || one.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${one}${pad}${fence}`;
}

export type Align = 'left' | 'right' | 'center';

/**
 * A GFM table. Cells are Markdown already (escape user text with `text()` or `code()`
 * first); newlines in cells are folded so a row stays one line.
 */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly Align[],
): string {
  const fold = (c: string) => c.replace(/\r?\n/g, ' ');
  const sep = headers.map((_, i) => {
    const a = align?.[i];
    return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
  });
  const line = (cells: readonly string[]) => `| ${cells.map(fold).join(' | ')} |`;
  return [line(headers), line(sep), ...rows.map((r) => line(headers.map((_, i) => r[i] ?? '')))].join('\n');
}

/** A collapsible block. `summary` is user-escaped here; `body` is Markdown. */
export function details(summary: string, body: string): string {
  return `<details><summary>${html(summary)}</summary>\n\n${body}\n\n</details>`;
}

/** A hidden marker that identifies a sticky comment. The id is restricted to safe characters. */
export function marker(id: string): string {
  return `<!-- quality:${id.replace(/[^A-Za-z0-9_.:/-]/g, '_')} -->`;
}

/** A percentage for display: never shows 100.00 unless it is 100, nor 0.00 unless 0. */
export function pct(p: number | null, digits = 2): string {
  if (p === null || !Number.isFinite(p)) return 'n/a';
  const f = 10 ** digits;
  let v = Math.floor(p * f) / f;
  if (v === 0 && p > 0) v = 1 / f;
  return `${v.toFixed(digits)}%`;
}
