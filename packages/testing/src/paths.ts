/**
 * Paths from reports (absolute, project-relative, Go file names relative to their package) made
 * repository-relative. Pure string work: nothing is read from disk.
 *
 * Tricky rule: a path that lands outside the repository is dropped (undefined), never kept as
 * written: an annotation on `../../etc/passwd` or on another machine's absolute path helps no one.
 */
import { posix } from 'node:path';

export interface PathContext {
  /** The repository root, absolute. */
  root: string;
  /** The directory the tests ran in (relative paths in reports are relative to it), absolute. */
  projectDir: string;
  /** Go: the module path of go.mod in projectDir, to place package-relative file names. */
  goModule?: string;
  /** Whether a repository-relative file exists: lets a reader place a JVM frame's bare file name. */
  exists?: (repoPath: string) => boolean;
}

/** Paths `quick` leaves to repoPath: backslashes, empty, `.` or `..` segments, `//`, a trailing `/`, NUL, a URL. */
const NOT_PLAIN = /\\|^$|(^|\/)\.\.?(\/|$)|\/\/|\/$|\0|^file:/;

const slashes = (p: string) => (p.includes('\\') ? p.replace(/\\/g, '/') : p);

/** Repository-relative, or undefined when the path is not inside the repository. */
export function repoPath(p: string, ctx: PathContext): string | undefined {
  if (p === '' || p.includes('\0')) return undefined;
  let s = slashes(p);
  if (s.startsWith('file://')) s = decodeURIComponent(s.slice(7));
  const root = posix.normalize(slashes(ctx.root));
  const abs = posix.isAbsolute(s) ? posix.normalize(s) : posix.join(slashes(ctx.projectDir), s);
  const rel = posix.relative(root, abs);
  if (rel === '' || rel.startsWith('..') || posix.isAbsolute(rel)) return undefined;
  return rel;
}

/** A Go package's directory relative to projectDir ('.' for the module itself), when it is in the module. */
export function goPackageDir(pkg: string, goModule: string | undefined): string | undefined {
  if (goModule === undefined) return undefined;
  if (pkg === goModule) return '.';
  return pkg.startsWith(`${goModule}/`) ? pkg.slice(goModule.length + 1) : undefined;
}

/**
 * `repoPath` with a bounded cache: a report names the same few files for thousands of test cases,
 * and path normalisation is most of the cost of reading one.
 */
export function cachedRepoPath(ctx: PathContext): (p: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  let last: string | undefined;
  let lastValue: string | undefined;
  // A plain path (nothing to normalise) under the root is cut rather than normalised: the same answer.
  const root = posix.normalize(slashes(ctx.root));
  const project = posix.normalize(slashes(ctx.projectDir));
  const absolute = (d: string) => posix.isAbsolute(d) && d !== '/' && !d.endsWith('/');
  const prefix = absolute(root) && absolute(project) ? `${root}/` : undefined;
  const fromProject = prefix === undefined ? '..' : posix.relative(root, project);
  const inProject = fromProject === '' ? '' : fromProject.startsWith('..') ? undefined : `${fromProject}/`;
  const quick = (p: string): string | undefined => {
    if (prefix === undefined || NOT_PLAIN.test(p)) return undefined;
    if (p.charCodeAt(0) === 47 /* / */)
      return p.startsWith(prefix) && p.length > prefix.length ? p.slice(prefix.length) : undefined;
    return inProject === undefined ? undefined : inProject + p;
  };
  return (p) => {
    if (p === last) return lastValue;
    let v = cache.get(p);
    if (v === undefined && !cache.has(p)) {
      v = quick(p) ?? repoPath(p, ctx);
      if (cache.size >= 10_000) cache.clear();
      cache.set(p, v);
    }
    last = p;
    lastValue = v;
    return v;
  };
}
