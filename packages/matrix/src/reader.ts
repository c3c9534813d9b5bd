/**
 * The engine's only window on the file system: read a text file, list a directory.
 * Paths are '/'-separated and relative to the reader's root. Tests inject an in-memory reader.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface DirEntry {
  name: string;
  dir: boolean;
}

export interface Reader {
  /** The file's text, or undefined if it does not exist (or is not a file). */
  read(path: string): string | undefined;
  /** Entries of a directory, or [] if it does not exist. Symbolic links are not followed. */
  list(dir: string): DirEntry[];
}

/** A reader over a directory on disk; reads are cached for the reader's lifetime. */
export function diskReader(root: string): Reader {
  const cache = new Map<string, string | undefined>();
  return {
    read(path) {
      if (cache.has(path)) return cache.get(path);
      let text: string | undefined;
      try {
        text = readFileSync(join(root, path), 'utf8');
      } catch {
        text = undefined;
      }
      cache.set(path, text);
      return text;
    },
    list(dir) {
      try {
        return readdirSync(join(root, dir), { withFileTypes: true })
          .filter((d) => d.isDirectory() || d.isFile())
          .map((d) => ({ name: d.name, dir: d.isDirectory() }));
      } catch {
        return [];
      }
    },
  };
}

/** An in-memory reader: keys are file paths ('a/b/c.txt'), values their text. */
export function memoryReader(files: Record<string, string>): Reader {
  const dirs = new Map<string, Map<string, boolean>>();
  const add = (dir: string, name: string, isDir: boolean) => {
    let m = dirs.get(dir);
    if (!m) dirs.set(dir, (m = new Map()));
    if (!m.has(name) || isDir) m.set(name, isDir);
  };
  for (const path of Object.keys(files)) {
    const parts = path.split('/');
    for (let i = 0; i < parts.length; i++) {
      add(i === 0 ? '.' : parts.slice(0, i).join('/'), parts[i]!, i < parts.length - 1);
    }
  }
  return {
    read: (path) => files[path],
    list: (dir) => [...(dirs.get(dir) ?? new Map<string, boolean>())].map(([name, d]) => ({ name, dir: d })),
  };
}

/** Joins '/'-separated relative paths, treating '.' as the root. */
export function joinPath(dir: string, name: string): string {
  return dir === '.' || dir === '' ? name : `${dir}/${name}`;
}

export function parentDir(dir: string): string | undefined {
  if (dir === '.' || dir === '') return undefined;
  const i = dir.lastIndexOf('/');
  return i === -1 ? '.' : dir.slice(0, i);
}

/** The directory itself and each ancestor up to the root ('.'). */
export function selfAndAncestors(dir: string): string[] {
  const out: string[] = [];
  for (let d: string | undefined = dir; d !== undefined; d = parentDir(d)) out.push(d);
  return out;
}
