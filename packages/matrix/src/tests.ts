/**
 * The test units of a project: test files for Node.js and Python, packages for Go (`./pkg`),
 * found by each ecosystem's naming convention or by the caller's globs. Files of nested
 * projects belong to those projects, not to this one.
 *
 * Tricky rule: each language's folders are the ones its test runner collects, not the folders
 * project detection skips: Go's units are the packages `go test ./...` tests (`go help packages`:
 * not `_x`, `.x`, `testdata`, `vendor`, a nested module); jest and vitest collect `build`, `env`
 * or `vendor` folders; pytest leaves out its `norecursedirs` and virtualenvs. A test file the
 * runner would collect and no shard lists would never run.
 */
import { globToRegExp } from './detect.js';
import type { Reader } from './reader.js';
import { joinPath } from './reader.js';
import type { Language } from './types.js';

const DEFAULT_PATTERNS: Record<Language, RegExp> = {
  node: /(?:^|\/)(?:[^/]+\.(?:test|spec)\.[cm]?[jt]sx?|__tests__\/(?:.+\/)?[^/]+\.[cm]?[jt]sx?)$/,
  python: /(?:^|\/)(?:test_[^/]*|[^/]*_test)\.py$/,
  go: /_test\.go$/,
};

/** Names the go command ignores, folders and files alike. */
const GO_IGNORED = /^[._]/;
/** Folders jest and vitest leave out by default (vitest's `dist` too: build output holds compiled copies). */
const NODE_SKIPPED = new Set(['node_modules', 'bower_components', 'dist']);
/** pytest's default `norecursedirs` (with `.*` and `*.egg`), and the packages of a virtualenv. */
const PYTHON_SKIPPED = new Set([
  'build',
  'dist',
  'node_modules',
  'venv',
  'CVS',
  '_darcs',
  '{arch}',
  '__pycache__',
  'site-packages',
]);

export interface DiscoverOptions {
  /** Globs relative to the project, replacing the convention (e.g. `tests/**\/*.py`). */
  patterns?: string[];
  /** Directories of other projects (repository-relative): not searched. */
  otherProjects?: string[];
}

export function discoverTests(
  reader: Reader,
  projectDir: string,
  language: Language,
  options: DiscoverOptions = {},
): string[] {
  const custom = options.patterns?.map(globToRegExp);
  const matches = (rel: string) => (custom ? custom.some((r) => r.test(rel)) : DEFAULT_PATTERNS[language].test(rel));
  const others = new Set((options.otherProjects ?? []).filter((d) => d !== projectDir));
  const out = new Set<string>();
  const skipped =
    language === 'go'
      ? (name: string, path: string) =>
          GO_IGNORED.test(name) ||
          name === 'testdata' ||
          name === 'vendor' ||
          reader.read(joinPath(path, 'go.mod')) !== undefined
      : language === 'python'
        ? (name: string, path: string) =>
            name.startsWith('.') ||
            name.endsWith('.egg') ||
            PYTHON_SKIPPED.has(name) ||
            reader.read(joinPath(path, 'pyvenv.cfg')) !== undefined // pytest skips a virtualenv by any name
        : (name: string) => name.startsWith('.') || NODE_SKIPPED.has(name);
  const walk = (dir: string, rel: string) => {
    for (const e of reader.list(dir)) {
      const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
      const child = joinPath(dir, e.name);
      if (e.dir) {
        if (skipped(e.name, child) || others.has(child)) continue;
        walk(child, childRel);
      } else if (!(language === 'go' && GO_IGNORED.test(e.name)) && matches(childRel)) {
        out.add(language === 'go' ? (rel === '' ? '.' : `./${rel}`) : childRel);
      }
    }
  };
  walk(projectDir, '');
  return [...out].sort();
}

/** The `module` path of a go.mod, if any. */
export function goModulePath(reader: Reader, projectDir: string): string | undefined {
  const text = reader.read(joinPath(projectDir, 'go.mod'));
  return text ? /^module\s+(\S+)/m.exec(text)?.[1]?.replace(/^"(.*)"$/, '$1') : undefined;
}
