/**
 * Format checkers' output → the files that need formatting, with the diff when the tool prints
 * one: prettier `--list-different`, black `--check --diff`, isort `--check-only --diff`,
 * `gofmt -l -d`, ruff `format --diff` (or its JSON), biome `format --reporter=json`.
 *
 * Tricky rule: unified diffs are split by counting each hunk's lines from its `@@` header, so a
 * removed line that reads `--- x` is never taken for a new file's header.
 */
import { repoPath } from '../paths.js';
import { readBiome } from './node.js';
import { isObj, lines, parseJson, str, ToolOutputError, type PathContext } from './common.js';

export interface FormatFile {
  /** Repository-relative. */
  path: string;
  tool: string;
  /** The unified diff of this file, when the tool printed one. */
  diff?: string;
}

const HUNK = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/;

/** The path of a `--- `/`+++ ` header: without a tab and timestamp, isort's `:before`/`:after`, git's a/ b/. */
function headerPath(h: string): string {
  let p = h.slice(4);
  const tab = p.indexOf('\t');
  if (tab !== -1) p = p.slice(0, tab);
  p = p.replace(/:(before|after)(\s+\d{4}-\d\d-\d\d.*)?$/, '');
  p = p.replace(/\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?( [+-]\d{4})?$/, '');
  return p;
}

/**
 * Split unified diffs by file. `bare` lines (outside any diff) are passed to `onOther`: gofmt -l
 * names files there; other tools' stray lines may be ignored or rejected by the caller.
 */
export function splitDiffs(text: string, onOther?: (line: string) => void): { path: string; diff: string }[] {
  const out: { path: string; diff: string }[] = [];
  const all = lines(text);
  let cur: { path: string; body: string[] } | undefined;
  let oldLeft = 0;
  let newLeft = 0;
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    if (oldLeft > 0 || newLeft > 0) {
      const c = line[0];
      if (c === '-') oldLeft--;
      else if (c === '+') newLeft--;
      else if (c === '\\') {
        // "\ No newline at end of file": counts for neither side
      } else {
        oldLeft--;
        newLeft--;
      }
      cur!.body.push(line);
      continue;
    }
    if (line.startsWith('--- ') && all[i + 1]?.startsWith('+++ ')) {
      if (cur) out.push({ path: cur.path, diff: cur.body.join('\n') });
      let path = headerPath(all[i + 1]!);
      if (path === '/dev/null') path = headerPath(line);
      cur = { path: path.replace(/^b\//, ''), body: [line, all[i + 1]!] };
      i++;
      continue;
    }
    const h = HUNK.exec(line);
    if (h && cur) {
      oldLeft = h[1] === undefined ? 1 : Number(h[1]);
      newLeft = h[2] === undefined ? 1 : Number(h[2]);
      cur.body.push(line);
      continue;
    }
    if (line.startsWith('diff ') || line.trim() === '') continue;
    onOther?.(line);
  }
  if (cur) out.push({ path: cur.path, diff: cur.body.join('\n') });
  return out;
}

const dedupe = (files: FormatFile[]): FormatFile[] => {
  const seen = new Map<string, FormatFile>();
  for (const f of files) {
    const had = seen.get(f.path);
    if (!had || (!had.diff && f.diff)) seen.set(f.path, f);
  }
  return [...seen.values()];
};

export function parsePrettierList(stdout: string, ctx: PathContext): FormatFile[] {
  return lines(stdout)
    .filter((l) => l.trim() !== '')
    .map((l) => ({ path: repoPath(l, ctx), tool: 'prettier' }));
}

function diffTool(tool: string, stdout: string, ctx: PathContext, allowBare: boolean): FormatFile[] {
  const bare: string[] = [];
  const diffs = splitDiffs(stdout, (l) => {
    if (!allowBare) throw new ToolOutputError(tool, `unexpected line "${l.slice(0, 120)}" in the diff`);
    bare.push(l);
  });
  const files: FormatFile[] = bare.map((p) => ({ path: repoPath(p, ctx), tool }));
  for (const d of diffs) files.push({ path: repoPath(d.path, ctx), tool, diff: d.diff });
  return dedupe(files);
}

export const parseBlack = (stdout: string, ctx: PathContext) => diffTool('black', stdout, ctx, false);
/** isort prints "Skipped N files" and the like on stdout next to its diffs. */
export const parseIsort = (stdout: string, ctx: PathContext) =>
  diffTool(
    'isort',
    lines(stdout)
      .filter((l) => !/^(Skipped \d+ files|Fixing )/.test(l))
      .join('\n'),
    ctx,
    false,
  );
/** `gofmt -l -d`: names from -l, then `diff a.orig a` blocks whose header names `a.orig` / `a`. */
export const parseGofmt = (stdout: string, ctx: PathContext) =>
  diffTool('gofmt', stdout, ctx, true).map((f) => ({ ...f, path: f.path.replace(/\.orig$/, '') }));

/** `ruff format --diff` (unified diffs), `--check` ("Would reformat: path") or `--output-format json`. */
export function parseRuffFormat(stdout: string, ctx: PathContext): FormatFile[] {
  const t = stdout.trim();
  if (t.startsWith('[')) {
    const data = parseJson('ruff', t);
    if (!Array.isArray(data)) throw new ToolOutputError('ruff', 'expected a JSON array');
    return dedupe(
      data
        .filter(isObj)
        .filter((d) => d.code === 'unformatted')
        .map((d) => ({ path: repoPath(str(d.filename) ?? '', ctx), tool: 'ruff' })),
    );
  }
  const bare: string[] = [];
  const diffs = splitDiffs(stdout, (l) => {
    const m = /^Would reformat: (.+)$/.exec(l);
    if (m) bare.push(m[1]!);
    else if (!/^\d+ files? (would be|already|left)/.test(l))
      throw new ToolOutputError('ruff', `unexpected line "${l.slice(0, 120)}"`);
  });
  return dedupe([
    ...bare.map((p) => ({ path: repoPath(p, ctx), tool: 'ruff' })),
    ...diffs.map((d) => ({ path: repoPath(d.path, ctx), tool: 'ruff', diff: d.diff })),
  ]);
}

export function parseBiomeFormat(stdout: string, ctx: PathContext): FormatFile[] {
  return dedupe(
    readBiome(stdout, ctx)
      .diagnostics.filter((d) => d.category === 'format')
      .map((d) => ({ path: d.path, tool: 'biome' })),
  );
}
