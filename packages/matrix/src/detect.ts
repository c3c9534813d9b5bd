/**
 * Finds the projects of a repository: every directory with a Node.js, Python or Go manifest,
 * with its package manager and the runtime version its files pin.
 */
import { parseJsonFile } from './json-file.js';
import type { Reader } from './reader.js';
import { joinPath, selfAndAncestors } from './reader.js';
import { parseToml, tomlHasTable } from './toml.js';
import type { Language, Project } from './types.js';
import { findVersionSource } from './versions.js';

/**
 * Directories never searched: dependencies, build output, virtual environments, Go's testdata.
 * Not `coverage`: a report folder holds no manifest, and a package may be named so.
 */
export const SKIPPED_DIRS = new Set([
  'node_modules',
  'bower_components',
  'vendor',
  'venv',
  'env',
  '__pycache__',
  'site-packages',
  'dist',
  'build',
  'target',
  'testdata',
]);

/**
 * Fixture-like folders, not searched unless the `ignore` list re-includes them with `!`
 * (`!tests/fixtures`): their manifests are test data, not projects of the repository.
 */
export const DEFAULT_IGNORE: readonly string[] = [
  '**/tests/fixtures',
  '**/test/fixtures',
  '**/{test,tests,__tests__,spec,specs}/**/fixtures',
  '**/__fixtures__',
];

export interface DetectOptions {
  /**
   * Directory globs (relative to the root) not to search, e.g. `examples/**`, added to
   * DEFAULT_IGNORE. An entry starting with `!` searches the directories it matches even when
   * a default ignore matches them (`!tests/fixtures`, `!**`).
   */
  ignore?: string[];
  /** Stop descending below this depth (root is 0). Default 12. */
  maxDepth?: number;
}

const PY_MANIFESTS = ['pyproject.toml', 'setup.cfg', 'setup.py'];

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end === -1) re += '\\{';
      else {
        re += `(?:${glob
          .slice(i + 1, end)
          .split(',')
          .map((s) => s.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
          .join('|')})`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export function detectProjects(reader: Reader, options: DetectOptions = {}): Project[] {
  const toRe = (g: string) => globToRegExp(g.replace(/^\.\//, '').replace(/\/+$/, ''));
  const given = options.ignore ?? [];
  const ignore = given.filter((g) => !g.startsWith('!')).map(toRe);
  const keep = given.filter((g) => g.startsWith('!')).map((g) => toRe(g.slice(1)));
  const defaults = DEFAULT_IGNORE.map(toRe);
  const maxDepth = options.maxDepth ?? 12;
  const names = new Map<string, Set<string>>();
  const found: { dir: string; language: Language; manifest: string }[] = [];

  // `hidden`: under a default ignore. Walked only when a `!` entry may re-include something below.
  const walk = (dir: string, depth: number, hidden: boolean) => {
    const entries = reader.list(dir);
    const files = new Set(entries.filter((e) => !e.dir).map((e) => e.name));
    names.set(dir, files);
    if (!hidden) {
      if (files.has('package.json')) found.push({ dir, language: 'node', manifest: 'package.json' });
      const py =
        PY_MANIFESTS.find((m) => files.has(m)) ?? [...files].sort().find((f) => /^requirements.*\.txt$/.test(f));
      if (py) found.push({ dir, language: 'python', manifest: py });
      if (files.has('go.mod')) found.push({ dir, language: 'go', manifest: 'go.mod' });
    }
    if (depth >= maxDepth) return;
    for (const e of entries) {
      if (!e.dir || e.name.startsWith('.') || SKIPPED_DIRS.has(e.name)) continue;
      const child = joinPath(dir, e.name);
      if (ignore.some((re) => re.test(child))) continue;
      const kept = keep.some((re) => re.test(child));
      const childHidden = !kept && (hidden || defaults.some((re) => re.test(child)));
      if (childHidden && keep.length === 0) continue;
      walk(child, depth + 1, childHidden);
    }
  };
  walk('.', 0, false);

  const has = (dir: string, file: string) => names.get(dir)?.has(file) ?? false;
  const projects = found.map(({ dir, language, manifest }): Project => {
    const packageManager =
      language === 'node'
        ? nodePackageManager(reader, dir, has)
        : language === 'python'
          ? pythonPackageManager(reader, dir, has)
          : 'go';
    const project: Project = { dir, language, packageManager, manifest: joinPath(dir, manifest) };
    const version = findVersionSource(reader, project, has);
    if (version) project.version = version;
    return project;
  });
  return projects.sort((a, b) =>
    a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : a.language < b.language ? -1 : a.language > b.language ? 1 : 0,
  );
}

type Has = (dir: string, file: string) => boolean;

const NODE_LOCKFILES: [string, string][] = [
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm'],
];

/** The nearest `packageManager` field or lockfile, from the project up to the root; npm if none. */
function nodePackageManager(reader: Reader, dir: string, has: Has): string {
  for (const d of selfAndAncestors(dir)) {
    if (has(d, 'package.json')) {
      const file = joinPath(d, 'package.json');
      const pkg = parseJsonFile(reader.read(file) ?? '{}', file) as Record<string, unknown> | null;
      const pm = pkg && typeof pkg === 'object' ? pkg['packageManager'] : undefined;
      if (typeof pm === 'string' && /^[a-z]+@/.test(pm)) return pm.slice(0, pm.indexOf('@'));
    }
    for (const [lock, pm] of NODE_LOCKFILES) if (has(d, lock)) return pm;
  }
  return 'npm';
}

const PY_LOCKFILES: [string, string][] = [
  ['uv.lock', 'uv'],
  ['poetry.lock', 'poetry'],
  ['pdm.lock', 'pdm'],
  ['Pipfile.lock', 'pipenv'],
  ['Pipfile', 'pipenv'],
];

/** Lockfiles in the project, then `[tool.*]` tables of its pyproject.toml, then lockfiles of ancestors; pip if none. */
function pythonPackageManager(reader: Reader, dir: string, has: Has): string {
  for (const [lock, pm] of PY_LOCKFILES) if (has(dir, lock)) return pm;
  if (has(dir, 'pyproject.toml')) {
    const file = joinPath(dir, 'pyproject.toml');
    const toml = parseToml(reader.read(file) ?? '', file);
    if (tomlHasTable(toml, ['tool', 'poetry'])) return 'poetry';
    if (tomlHasTable(toml, ['tool', 'uv'])) return 'uv';
    if (tomlHasTable(toml, ['tool', 'pdm'])) return 'pdm';
  }
  for (const d of selfAndAncestors(dir).slice(1)) {
    for (const [lock, pm] of PY_LOCKFILES) if (has(d, lock)) return pm;
  }
  return 'pip';
}
