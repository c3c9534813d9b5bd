/**
 * The test units of a project: test files for Node.js and Python, packages for Go (`./pkg`),
 * found by each ecosystem's naming convention or by the caller's globs. Files of nested
 * projects belong to those projects, not to this one.
 *
 * Tricky rule: Go's units are the packages `go test ./...` tests, by go's own rules (`go help
 * packages`), not the folders other languages skip: a `build` or `env` package has tests to run,
 * while `_x`, `.x`, `testdata`, `vendor` and a nested module are not part of `./...`.
 */
import { globToRegExp, SKIPPED_DIRS } from './detect.js';
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
      : (name: string) => name.startsWith('.') || SKIPPED_DIRS.has(name);
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
