/**
 * File globbing with `@actions/glob`'s pattern language, without loading it (and `@actions/core`):
 * absolute patterns, one per entry, `!` excludes, the last pattern that matches a file decides;
 * `*`, `?`, `[...]` within a segment, `**` for any number of folders, dot files matched, no
 * braces, `\` escapes (on Windows it is a separator and matching ignores case). Symbolic links
 * are followed (cycles and broken links skipped). Only files are returned, sorted, each once.
 *
 * The one tricky rule, the walk: it starts at each pattern's literal prefix and enters a folder
 * only when a pattern can still match below it. A folder a trailing exclusion (`!**\/node_modules/**`
 * after every inclusion) covers is not entered, and `**` never enters a `.git` folder (only a
 * literal `.git` segment does): git's own data holds no report and can hold many small files.
 */
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { ConfigurationError, errorMessage } from './errors.js';

export interface GlobOptions {
  /** A pattern that does not end in `**` also matches every file below it (default false). */
  implicitDescendants?: boolean;
  /** For tests: the platform whose path rules apply (default process.platform). */
  platform?: NodeJS.Platform;
}

type Segment = { literal: string } | { re: RegExp } | { globstar: true };

interface Pattern {
  text: string;
  negate: boolean;
  segments: Segment[];
  /** The leading literal segments: where the walk for this pattern starts. */
  searchPath: string[];
  /** Only directories match (a trailing separator); with implicit descendants, their files do. */
  directoryOnly: boolean;
}

/** Pattern-position sets, one per pattern: where each pattern's matcher stands after a path. */
type States = (readonly number[])[];

const GIT_DIR = '.git';

/** The files `patterns` (absolute, `!` to exclude) match, sorted. Synchronous: a walk of one tree. */
export function globFiles(patterns: readonly string[], options: GlobOptions = {}): string[] {
  const win = (options.platform ?? process.platform) === 'win32';
  const parsed = patterns
    .map((p) => p.trim())
    .filter((p) => p !== '' && !p.startsWith('#'))
    .flatMap((p) => {
      const pattern = parsePattern(p, win);
      if (!options.implicitDescendants || (!pattern.directoryOnly && isGlobstar(pattern.segments.at(-1))))
        return [pattern];
      return [
        pattern,
        { ...pattern, directoryOnly: false, segments: [...pattern.segments, { globstar: true } as const] },
      ];
    });
  const lastInclude = parsed.findLastIndex((p) => !p.negate);
  if (lastInclude < 0) return [];
  // Exclusions after every inclusion that end in `**`: a folder they match holds no result.
  const pruning = parsed.flatMap((p, i) => (p.negate && i > lastInclude && isGlobstar(p.segments.at(-1)) ? [i] : []));

  const found = new Set<string>();
  const sep = win ? '\\' : '/';
  const join = (segs: readonly string[]) => (segs.length === 1 ? `${segs[0]}${sep}` : segs.join(sep));

  const visit = (segs: string[], st: States, realAncestors: Set<string>, stats: Stats | Dirent, real: string) => {
    if (stats.isDirectory()) {
      if (pruning.some((i) => accepts(parsed[i]!, st[i]!))) return;
      if (!parsed.some((p, i) => !p.negate && canContinue(p, st[i]!))) return;
      const path = join(segs);
      let entries: Dirent[];
      try {
        entries = readdirSync(path, { withFileTypes: true });
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return;
        throw new ConfigurationError(
          `Cannot read the folder ${path} while looking for ${patterns.join(', ')}: ${errorMessage(e)}. Make it readable, or narrow the pattern.`,
        );
      }
      realAncestors.add(real);
      for (const e of entries) {
        const childSegs = [...segs, e.name];
        let childStats: Stats | Dirent = e;
        let childReal = `${real}${real.endsWith(sep) ? '' : sep}${e.name}`;
        if (e.isSymbolicLink() || (!e.isDirectory() && !e.isFile())) {
          const childPath = join(childSegs);
          try {
            childStats = statSync(childPath);
            if (childStats.isDirectory()) childReal = realpathSync(childPath);
          } catch {
            continue; // a broken link, or gone meanwhile
          }
        }
        if (childStats.isDirectory() && realAncestors.has(childReal)) continue; // a cycle
        visit(childSegs, step(parsed, st, e.name, win), realAncestors, childStats, childReal);
      }
      realAncestors.delete(real);
    } else if (stats.isFile()) {
      let included = false;
      parsed.forEach((p, i) => {
        if (!p.directoryOnly && accepts(p, st[i]!)) included = !p.negate;
      });
      if (included) found.add(join(segs));
    }
  };

  // Each search path once, and none below another (its walk covers it).
  const roots = [...new Set(parsed.filter((p) => !p.negate).map((p) => join(p.searchPath)))].sort();
  const kept = roots.filter((r) => !roots.some((o) => o !== r && isBelow(r, o, sep, win)));
  for (const root of kept) {
    let stats: Stats;
    let real: string;
    try {
      stats = statSync(root);
      real = stats.isDirectory() ? realpathSync(root) : root;
    } catch {
      continue;
    }
    const segs = splitPath(root, win);
    let st: States = parsed.map((p) => closure(p, [0]));
    for (const s of segs) st = step(parsed, st, s, win);
    visit(segs, st, new Set(), stats, real);
  }
  return [...found].sort();
}

function isBelow(path: string, ancestor: string, sep: string, win: boolean): boolean {
  const a = win ? ancestor.toLowerCase() : ancestor;
  const p = win ? path.toLowerCase() : path;
  return p.startsWith(a.endsWith(sep) ? a : a + sep);
}

const isGlobstar = (s: Segment | undefined): boolean => s !== undefined && 'globstar' in s;

function splitPath(path: string, win: boolean): string[] {
  const norm = win ? path.replace(/\\/g, '/') : path;
  const segs = norm.split(/\/+/);
  if (segs.length > 1 && segs.at(-1) === '') segs.pop();
  return segs;
}

/** A pattern that can no longer match below a folder: shared, no allocation per entry. */
const NONE: readonly number[] = [];

/**
 * Advance every pattern's positions over one path segment. Indexed loops, no iterators: this runs
 * for every pattern at every entry of the walk, mostly as cold code, where each `for...of` step
 * allocates.
 */
function step(patterns: readonly Pattern[], st: States, name: string, win: boolean): States {
  const out: States = new Array<readonly number[]>(patterns.length);
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i]!;
    const cur = st[i]!;
    let next: number[] | undefined;
    for (let k = 0; k < cur.length; k++) {
      const pos = cur[k]!;
      const seg = p.segments[pos];
      if (seg === undefined) continue;
      if ('globstar' in seg) {
        if (name !== GIT_DIR) (next ??= []).push(pos);
      } else if (segmentMatches(seg, name, win)) (next ??= []).push(pos + 1);
    }
    out[i] = next ? closure(p, next) : NONE;
  }
  return out;
}

/**
 * A `**` may match no segment: a position on one also stands after it. Each position once: a
 * position already in the set had the run of `**` after it added with it, so the walk stops there
 * (quadratic at worst in the pattern's segments, as a Set-based walk was).
 */
function closure(p: Pattern, positions: readonly number[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < positions.length; k++) {
    for (let pos = positions[k]!; !out.includes(pos); pos++) {
      out.push(pos);
      if (!isGlobstar(p.segments[pos])) break;
    }
  }
  return out;
}

function segmentMatches(seg: Segment, name: string, win: boolean): boolean {
  if ('literal' in seg) return win ? seg.literal.toLowerCase() === name.toLowerCase() : seg.literal === name;
  if ('re' in seg) return seg.re.test(name);
  return true;
}

const accepts = (p: Pattern, positions: readonly number[]) => positions.includes(p.segments.length);
const canContinue = (p: Pattern, positions: readonly number[]) => positions.some((pos) => pos < p.segments.length);

function parsePattern(raw: string, win: boolean): Pattern {
  let text = raw;
  let negate = false;
  while (text.startsWith('!')) {
    negate = !negate;
    text = text.slice(1).trim();
  }
  if (win) text = text.replace(/\\/g, '/');
  const directoryOnly = text.length > 1 && text.endsWith('/');
  const parts = splitPath(text, false);
  const segments = parts.map((part, i): Segment => {
    if (part === '**') return { globstar: true };
    if (i === 0 && (part === '' || (win && /^[A-Za-z]:$/.test(part)))) return { literal: part };
    return compileSegment(part, win);
  });
  if (!(parts[0] === '' || (win && /^[A-Za-z]:$/.test(parts[0] ?? ''))))
    throw new Error(`The glob pattern ${JSON.stringify(raw)} is not absolute: this is a bug in quality.`);
  const searchPath: string[] = [];
  for (const s of segments) {
    if (!('literal' in s)) break;
    searchPath.push(s.literal);
  }
  return { text: raw, negate, segments, searchPath, directoryOnly };
}

/** One segment: a literal (escapes removed) or a RegExp for `*`, `?` and `[...]`. */
function compileSegment(part: string, win: boolean): Segment {
  if (!/[\\*?[]/.test(part)) return { literal: part };
  let re = '';
  let literal = '';
  let isGlob = false;
  for (let i = 0; i < part.length; i++) {
    const c = part[i]!;
    if (c === '\\' && !win && i + 1 < part.length) {
      const next = part[++i]!;
      literal += next;
      re += escapeRe(next);
    } else if (c === '*') {
      isGlob = true;
      while (part[i + 1] === '*') i++;
      re += '.*';
    } else if (c === '?') {
      isGlob = true;
      re += '.';
    } else if (c === '[') {
      const cls = charClass(part, i, win);
      if (cls) {
        isGlob = true;
        re += cls.re;
        i = cls.end;
      } else {
        literal += c;
        re += '\\[';
      }
    } else {
      literal += c;
      re += escapeRe(c);
    }
  }
  return isGlob ? { re: new RegExp(`^${re}$`, win ? 'is' : 's') } : { literal };
}

/** `[abc]`, `[a-z]`, `[!x]` / `[^x]` starting at `start`; undefined when it never closes. */
function charClass(part: string, start: number, win: boolean): { re: string; end: number } | undefined {
  let i = start + 1;
  let negate = false;
  if (part[i] === '!' || part[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  let first = true;
  for (; i < part.length; i++) {
    let c = part[i]!;
    if (c === ']' && !first) return { re: `[${negate ? '^' : ''}${body}]`, end: i };
    first = false;
    if (c === '\\' && !win && i + 1 < part.length) c = part[++i]!;
    body += c === '-' && body !== '' && part[i + 1] !== ']' ? '-' : c.replace(/[\\\]^[-]/g, '\\$&');
  }
  return undefined;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
