/**
 * Resolving the paths a coverage report wrote to repository-relative paths.
 *
 * Reports name files in many ways: absolute paths of the machine (or container) that
 * ran the tests, Windows paths, paths relative to a `<source>` root, Go import paths,
 * JaCoCo package paths (`com/x/A.java`). The diff and the repository name files one
 * way: '/'-separated, relative to the repository top level, as `git ls-files` lists
 * them. `resolvePaths` maps the first onto the second.
 *
 * Rules, in order, for each report path (first hit in the git file list wins):
 *  1. `pathMap` rewrites (prefix rules, on whole segments; the longest `from` wins);
 *  2. normalise: `file://` URLs, backslashes, Windows drive letters, `.`/`..`/`//`;
 *     Go's `_/abs/path` (GOPATH-less local import) becomes `/abs/path`;
 *  3. absolute path: strip the workspace prefix (case-insensitively for drive-letter
 *     paths); else strip each absolute `sourceRoots` entry and try the rest relative to
 *     the workspace;
 *     relative path: try it as is; then under each Go module (`example.com/m/pkg/f.go`
 *     -> `<module dir>/pkg/f.go`, longest module path first); then joined with each
 *     source root (relative roots are workspace-relative; absolute roots are stripped
 *     of the workspace prefix, or, outside it, joined and handled as absolute);
 *  4. longest common suffix, on whole segments, with the git file list: finds
 *     `src/com/x/A.java` for `/build/src/com/x/A.java` AND
 *     `module/src/main/java/com/x/A.java` for JaCoCo's `com/x/A.java`. When several files
 *     share the longest suffix the path is NOT guessed: it goes to `unmapped` with
 *     reason "ambiguous: a, b".
 *
 * Safety: a relative path that climbs out of the workspace (`../../etc/passwd`) is
 * rejected (reason "outside the workspace"), it is not suffix-matched; every resolved
 * path is an entry of the git file list (entries that are absolute or contain `.`/`..`
 * segments are ignored), so no result is outside the workspace or contains `..`.
 *
 * Untracked files (generated code that exists on disk but is not in `git ls-files`) are
 * unmapped by default (reason "not tracked by git"), as Codecov does: a change can
 * only touch tracked files, and keeping the engine a function of its arguments (no
 * disk probing) makes it deterministic. `keepUntracked: true` keeps a path that
 * lies plainly inside the workspace (after step 3) under its workspace-relative path.
 *
 * Several report entries that resolve to the same file are merged (`mergeFrozen`)
 * into a fresh entry; an entry that maps alone is reused, its `path` updated.
 *
 * Cost: O(total path length) per report path after a one-off index of the git list
 * (a map from every segment suffix of every file, built only when a path needs it).
 */
import { readSmallFile } from '@quality/kit/files';
import { FileCoverage } from './model/index.js';
import type { CoverageReport } from './model/index.js';
import { mergeFrozen } from './merge.js';

export interface PathMapRule {
  from: string;
  to: string;
}

export interface GoModule {
  /** Directory of the go.mod, repository-relative ('' for the root). */
  dir: string;
  /** The `module` directive's path. */
  module: string;
}

export interface ResolveOptions {
  /** Absolute path of the workspace (the repository top level the file list is relative to). */
  workspace: string;
  /** `git ls-files` of the workspace, '/'-separated. */
  files: readonly string[];
  goModules?: readonly GoModule[];
  pathMap?: readonly PathMapRule[];
  /** Keep paths inside the workspace that git does not track (default false). */
  keepUntracked?: boolean;
}

export interface Unmapped {
  path: string;
  reason: string;
}

export interface ResolveResult {
  report: CoverageReport;
  unmapped: Unmapped[];
}

/** A path split into its root ('' for relative, '/' or 'C:/' or '//host/' for absolute) and segments. */
export interface Norm {
  root: string;
  segs: string[];
}

const DRIVE_SEGMENT = /^[A-Za-z]:$/;
const NEEDS_WORK = /[\\:]|\/\/|(^|\/)\.\.?(\/|$)|\/$/;

/** Normalise a path: backslashes, drive letters, URL form, `.`/`..`/empty segments. Leading `..` of a relative path stay. */
export function normalizePath(p: string): Norm {
  if (!NEEDS_WORK.test(p)) {
    // Fast path: '/'-separated, no dot or empty segments, no drive, no URL.
    if (p.charCodeAt(0) === 47) return { root: '/', segs: p.slice(1).split('/') };
    return { root: '', segs: p === '' ? [] : p.split('/') };
  }
  let s = p;
  if (/^file:\/\//i.test(s)) {
    s = s.slice(7);
    try {
      s = decodeURIComponent(s);
    } catch {
      // keep as is
    }
    if (/^\/[A-Za-z]:[\\/]/.test(s)) s = s.slice(1); // file:///C:/x
  }
  s = s.replace(/\\/g, '/');
  let root = '';
  const drive = /^([A-Za-z]):(\/|$)/.exec(s);
  if (drive) {
    root = `${drive[1]!.toUpperCase()}:/`;
    s = s.slice(2);
  } else if (s.startsWith('//')) {
    const m = /^\/\/([^/]+)\//.exec(s);
    if (m) {
      root = `//${m[1]}/`;
      s = s.slice(m[0].length);
    } else root = '/';
  } else if (s.startsWith('/')) root = '/';
  const segs: string[] = [];
  for (const seg of s.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (segs.length && segs[segs.length - 1] !== '..') segs.pop();
      else if (!root) segs.push('..');
      // '..' above an absolute root stays at the root
    } else segs.push(seg);
  }
  return { root, segs };
}

function isDriveRoot(root: string): boolean {
  return root.length === 3 && root[1] === ':';
}

/** Segments of `p` after `base` when `p` lies under (or is) `base`, else null. */
function under(p: Norm, base: Norm): string[] | null {
  if (p.root !== base.root || p.segs.length < base.segs.length) return null;
  const ci = isDriveRoot(p.root);
  for (let i = 0; i < base.segs.length; i++) {
    const a = p.segs[i]!;
    const b = base.segs[i]!;
    if (a !== b && !(ci && a.toLowerCase() === b.toLowerCase())) return null;
  }
  return p.segs.slice(base.segs.length);
}

function join(base: Norm, rel: Norm): Norm {
  return normalizePath((base.root + base.segs.join('/') + '/' + rel.segs.join('/')).replace(/^\/\//, '/'));
}

function applyPathMap(p: string, rules: readonly PathMapRule[]): string {
  if (rules.length === 0) return p;
  const ps = p.replace(/\\/g, '/');
  let best: PathMapRule | null = null;
  let bestLen = -1;
  for (const r of rules) {
    const from = r.from.replace(/\\/g, '/').replace(/\/+$/, '');
    if (from === '' ? true : ps === from || ps.startsWith(from + '/')) {
      if (from.length > bestLen) {
        best = r;
        bestLen = from.length;
      }
    }
  }
  if (!best) return p;
  const rest = ps.slice(bestLen).replace(/^\/+/, '');
  const to = best.to.replace(/\\/g, '/').replace(/\/+$/, '');
  if (to === '') return rest;
  return rest ? `${to}/${rest}` : to;
}

/**
 * The git file list: a Set for exact lookups, and (built on first need) the files'
 * segments reversed, joined with NUL and sorted. NUL sorts below every other
 * character, so string order is segment-wise order, and the files sharing the
 * longest common suffix with a path are the run of sorted keys around its insertion
 * point: one binary search per lookup, no n*m loop, no per-suffix map.
 */
class FileIndex {
  readonly set = new Set<string>();
  private keys: string[] | null = null;

  constructor(files: readonly string[]) {
    for (const f of files) if (isSafeRelative(f)) this.set.add(f);
  }

  private sorted(): string[] {
    if (!this.keys) {
      const keys: string[] = [];
      for (const f of this.set) keys.push(f.split('/').reverse().join('\0'));
      keys.sort();
      this.keys = keys;
    }
    return this.keys;
  }

  /**
   * The files sharing the longest whole-segment suffix with `segs` (leading `..` are
   * ignored), with that length in segments; several files = ambiguous (at most 9 listed).
   */
  longestSuffix(segs: readonly string[]): { files: string[]; len: number } | null {
    let start = 0;
    while (start < segs.length && segs[start] === '..') start++;
    if (start >= segs.length) return null;
    const keys = this.sorted();
    if (keys.length === 0) return null;
    const q = segs.slice(start).reverse().join('\0');
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid]! < q) lo = mid + 1;
      else hi = mid;
    }
    const left = lo > 0 ? segLcp(q, keys[lo - 1]!) : 0;
    const right = lo < keys.length ? segLcp(q, keys[lo]!) : 0;
    const len = Math.max(left, right);
    if (len === 0) return null;
    const out: string[] = [];
    for (let j = lo - 1; j >= 0 && out.length < 9 && segLcp(q, keys[j]!) >= len; j--) out.push(keys[j]!);
    for (let j = lo; j < keys.length && out.length < 9 && segLcp(q, keys[j]!) >= len; j++) out.push(keys[j]!);
    return { files: out.map((k) => k.split('\0').reverse().join('/')).sort(), len };
  }
}

/** Common leading whole segments of two NUL-joined keys. */
function segLcp(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let segs = 0;
  let i = 0;
  for (; i < n; i++) {
    const c = a.charCodeAt(i);
    if (c !== b.charCodeAt(i)) return segs;
    if (c === 0) segs++;
  }
  // One string ended: a whole segment only if the other ends or has a separator here.
  const ea = i === a.length || a.charCodeAt(i) === 0;
  const eb = i === b.length || b.charCodeAt(i) === 0;
  return ea && eb ? segs + 1 : segs;
}

const UNSAFE = /^\/|^[A-Za-z]:|\\|(^|\/)\.{0,2}(\/|$)/;

function isSafeRelative(f: string): boolean {
  return f !== '' && !UNSAFE.test(f);
}

interface Resolution {
  path?: string;
  reason?: string;
}

export function resolvePaths(report: CoverageReport, options: ResolveOptions): ResolveResult {
  const ws = normalizePath(options.workspace);
  if (!ws.root) throw new Error(`resolvePaths: workspace must be absolute, got ${JSON.stringify(options.workspace)}`);
  const index = new FileIndex(options.files);
  const pathMap = options.pathMap ?? [];
  const goModules = [...(options.goModules ?? [])]
    .map((g) => ({ dir: normalizePath(g.dir).segs.join('/'), module: g.module.replace(/\/+$/, '') }))
    .sort((a, b) => b.module.length - a.module.length);
  const roots = report.sourceRoots.map((r) => normalizePath(applyPathMap(r, pathMap)));
  const isGo = report.format === 'go';

  // A workspace-relative reading of `n`, or null when it is outside (or starts with
  // something a Windows tool would read as a drive, `C:`).
  const inWorkspace = (n: Norm): string | null => {
    const rest = n.root ? under(n, ws) : n.segs;
    if (!rest || rest.length === 0 || rest[0] === '..' || DRIVE_SEGMENT.test(rest[0]!)) return null;
    return rest.join('/');
  };

  // Fast path for the common cases (a clean workspace-relative path, or a clean
  // absolute path under the workspace, that git tracks): no normalisation needed.
  const wsPrefix = ws.root + ws.segs.join('/') + (ws.segs.length ? '/' : '');
  // Source roots other than the workspace itself: a relative path is read against them first
  // (coverage.py writes paths relative to its <source>, and diff-cover joins them so), and the
  // fast path, which reads it against the workspace, is off.
  const wsKey = ws.root + ws.segs.join('/');
  const otherRoots = roots.filter((r) => (r.root ? r.root + r.segs.join('/') !== wsKey : r.segs.length > 0));
  const fast = pathMap.length === 0 && !isGo && otherRoots.length === 0;

  const resolveOne = (raw: string): Resolution => {
    if (fast && !NEEDS_WORK.test(raw)) {
      if (raw.charCodeAt(0) !== 47) {
        if (index.set.has(raw)) return { path: raw };
      } else if (raw.startsWith(wsPrefix)) {
        const rel = raw.slice(wsPrefix.length);
        if (index.set.has(rel)) return { path: rel };
      }
    }
    let s = applyPathMap(raw, pathMap);
    if (isGo && s.startsWith('_/')) s = s.slice(1);
    const n = normalizePath(s);
    if (n.segs.length === 0) return { reason: 'empty path' };
    let plain: string | null = null; // the workspace-relative reading, for keepUntracked
    const absCandidates: Norm[] = []; // absolute readings outside the workspace, for the suffix match

    if (n.root) {
      const rel = inWorkspace(n);
      if (rel !== null) {
        if (index.set.has(rel)) return { path: rel };
        plain = rel;
      } else absCandidates.push(n);
      for (const r of roots) {
        if (!r.root) continue;
        const rest = under(n, r);
        if (rest && rest.length) {
          const cand = rest.join('/');
          if (index.set.has(cand)) return { path: cand };
        }
      }
    } else {
      for (const r of otherRoots) {
        const joined = r.root ? join(r, n) : normalizePath([...r.segs, ...n.segs].join('/'));
        const rel = inWorkspace(joined);
        if (rel !== null && index.set.has(rel)) return { path: rel };
      }
      const rel = inWorkspace(n);
      if (rel !== null) {
        if (index.set.has(rel)) return { path: rel };
        plain = rel;
      }
      for (const g of goModules) {
        if (s.startsWith(g.module + '/')) {
          const rest = normalizePath(s.slice(g.module.length + 1));
          if (rest.segs[0] === '..') continue;
          const cand = (g.dir ? g.dir + '/' : '') + rest.segs.join('/');
          if (index.set.has(cand)) return { path: cand };
          plain ??= cand;
        }
      }
      for (const r of roots) {
        const joined = r.root ? join(r, n) : normalizePath([...r.segs, ...n.segs].join('/'));
        const rel = inWorkspace(joined);
        if (rel !== null) {
          if (index.set.has(rel)) return { path: rel };
          plain ??= rel;
        } else if (joined.root) absCandidates.push(joined);
      }
      if (n.segs[0] === '..' && plain === null && absCandidates.length === 0) {
        return { reason: 'outside the workspace' };
      }
    }

    // Longest common suffix with the git file list.
    // (an absolute `n` outside the workspace is already the first of absCandidates)
    const candidates: Norm[] =
      plain !== null
        ? [normalizePath(plain), ...absCandidates]
        : n.root || n.segs[0] === '..'
          ? absCandidates
          : [n, ...absCandidates];
    const tried = candidates.length > 1 ? new Set<string>() : null;
    let best: { files: string[]; len: number } | null = null;
    for (const c of candidates) {
      if (tried) {
        const key = c.segs.join('/');
        if (tried.has(key)) continue;
        tried.add(key);
      }
      const hit = index.longestSuffix(c.segs);
      if (
        hit &&
        (!best || hit.len > best.len || (hit.len === best.len && hit.files.length === 1 && best.files.length > 1))
      )
        best = hit;
    }
    if (best && best.files.length === 1) return { path: best.files[0]! };
    if (best)
      return { reason: `ambiguous: ${best.files.slice(0, 5).join(', ')}${best.files.length > 5 ? ', ...' : ''}` };
    if (plain !== null && options.keepUntracked) return { path: plain };
    if (plain !== null) return { reason: 'not tracked by git, and no tracked file ends with its path' };
    if (n.root) return { reason: 'outside the workspace, and no tracked file ends with its path' };
    return { reason: 'no tracked file ends with its path' };
  };

  const files = new Map<string, FileCoverage>();
  const merged = new Set<FileCoverage>();
  const unmapped: Unmapped[] = [];
  for (const [raw, f] of report.files) {
    const r = resolveOne(raw);
    if (r.path === undefined) {
      unmapped.push({ path: raw, reason: r.reason! });
      continue;
    }
    const prev = files.get(r.path);
    if (!prev) {
      f.path = r.path;
      files.set(r.path, f);
    } else {
      // Merge into a fresh entry so that no input FileCoverage is mutated by the merge.
      let target = prev;
      if (!merged.has(prev)) {
        target = new FileCoverage(r.path);
        mergeFrozen(target, prev);
        merged.add(target);
        files.set(r.path, target);
      }
      mergeFrozen(target, f);
    }
  }
  return { report: { ...report, files }, unmapped };
}

/**
 * Go modules of a workspace: every `go.mod` in the git file list, plus the modules a
 * `go.work` `use`s (their go.mod read even when the listing misses it). Paths are
 * repository-relative; a go.mod with no `module` directive is skipped.
 */
/** A go.mod or go.work of the checkout: tracked as a link it may point at a device or a FIFO. */
function goFile(path: string): string {
  const f = readSmallFile(path, 1024 * 1024);
  if (!f.ok) throw new Error(`${path}: ${f.reason}`);
  return f.text;
}

export async function readGoModules(workspace: string, files: readonly string[]): Promise<GoModule[]> {
  const base = workspace.replace(/[\\/]+$/, '');
  const dirs = new Set<string>();
  const works: string[] = [];
  for (const f of files) {
    if (!isSafeRelative(f)) continue;
    const slash = f.lastIndexOf('/');
    const name = f.slice(slash + 1);
    const dir = slash < 0 ? '' : f.slice(0, slash);
    if (name === 'go.mod') dirs.add(dir);
    else if (name === 'go.work') works.push(dir);
  }
  for (const w of works) {
    let text: string;
    try {
      text = goFile(`${base}/${w ? w + '/' : ''}go.work`);
    } catch {
      continue;
    }
    for (const u of goDirectiveValues(text, 'use')) {
      const n = normalizePath((w ? w + '/' : '') + u);
      if (n.root || n.segs[0] === '..') continue;
      dirs.add(n.segs.join('/'));
    }
  }
  const out: GoModule[] = [];
  for (const dir of [...dirs].sort()) {
    let text: string;
    try {
      text = goFile(`${base}/${dir ? dir + '/' : ''}go.mod`);
    } catch {
      continue;
    }
    const mod = goDirectiveValues(text, 'module')[0];
    if (mod) out.push({ dir, module: mod });
  }
  return out;
}

/** Values of a go.mod/go.work directive, single-line (`use ./a`) or block (`use ( ./a \n ./b )`). */
export function goDirectiveValues(text: string, verb: string): string[] {
  const out: string[] = [];
  let inBlock = false;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/\/\/.*$/, '').trim();
    if (!line) continue;
    if (inBlock) {
      if (line === ')') inBlock = false;
      else out.push(goToken(line));
      continue;
    }
    if (line === `${verb} (` || line === `${verb}(`) {
      inBlock = true;
      continue;
    }
    if (line.startsWith(verb + ' ') || line.startsWith(verb + '\t')) {
      const v = line.slice(verb.length).trim();
      if (v.startsWith('(')) {
        const inner = v
          .slice(1)
          .replace(/\)\s*$/, '')
          .trim();
        if (inner) out.push(goToken(inner));
        if (!v.endsWith(')')) inBlock = true;
      } else out.push(goToken(v));
    }
  }
  return out.filter((v) => v !== '');
}

function goToken(s: string): string {
  s = s.trim();
  if (s.startsWith('"')) {
    try {
      return JSON.parse(s.slice(0, s.indexOf('"', 1) + 1)) as string;
    } catch {
      return s.replace(/"/g, '');
    }
  }
  if (s.startsWith('`')) return s.slice(1, s.indexOf('`', 1));
  return s.split(/\s+/)[0]!;
}
