/** The lint engine's RepoFiles over an in-memory map of repository-relative path → text; folders exist. */
import type { RepoFiles } from '@quality/lint';

export function memoryFiles(map: Record<string, string>): RepoFiles {
  const dirs = new Set<string>();
  for (const p of Object.keys(map)) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  return { read: (p) => map[p], exists: (p) => p in map || dirs.has(p) };
}
