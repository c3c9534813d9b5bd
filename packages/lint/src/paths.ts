/**
 * Tool output paths to repository-relative ones. A relative path is relative to the directory
 * the tool ran in (`cwd`, itself repository-relative); an absolute path inside the repository
 * loses the root. Tricky rule: a path outside the repository stays as the tool wrote it (with
 * '/' separators), so it is visible rather than silently re-rooted.
 */
import { posix } from 'node:path';

const slashes = (p: string): string => p.replace(/\\/g, '/');

export interface PathContext {
  /** Absolute repository root, '/' separators. */
  root: string;
  /** The tool's working directory relative to the root ('.' for the root). */
  cwd: string;
}

export function repoPath(p: string, ctx: PathContext): string {
  let s = slashes(p.trim());
  if (s.startsWith('file://')) s = decodeURIComponent(s.slice('file://'.length));
  const root = slashes(ctx.root).replace(/\/+$/, '');
  if (s.startsWith('/') || /^[A-Za-z]:\//.test(s)) {
    if (s === root) return '.';
    if (s.startsWith(`${root}/`)) return posix.normalize(s.slice(root.length + 1));
    return posix.normalize(s);
  }
  const joined = posix.normalize(posix.join(ctx.cwd, s));
  return joined;
}

/** `base` (repository-relative dir) joined with `p`, normalised. */
export function joinRel(base: string, p: string): string {
  return posix.normalize(posix.join(base, p));
}
