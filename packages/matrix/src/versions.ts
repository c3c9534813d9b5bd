/**
 * Where each ecosystem pins its runtime version, read with the same rules as the setup actions
 * (actions/setup-node `node-version-file`, actions/setup-python `python-version-file`,
 * actions/setup-go `go-version-file`). The project directory is searched first, then each
 * ancestor up to the repository root; the nearest directory with any source wins, and within
 * a directory the sources are tried in the order listed below.
 */
import { parseJsonFile } from './json-file.js';
import type { Reader } from './reader.js';
import { joinPath, selfAndAncestors } from './reader.js';
import { parseToml, tomlGet } from './toml.js';
import type { Project, VersionSource } from './types.js';

type Has = (dir: string, file: string) => boolean;

/** First meaningful line of a version file (comments and blank lines skipped). */
function firstLine(text: string): string | undefined {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line) return line;
  }
  return undefined;
}

function toolVersions(text: string, tools: string[]): string | undefined {
  for (const raw of text.split(/\r?\n/)) {
    const parts = raw.replace(/#.*$/, '').trim().split(/\s+/);
    if (parts.length >= 2 && tools.includes(parts[0]!)) return parts[1];
  }
  return undefined;
}

function plainFile(reader: Reader, dir: string, name: string, has: Has): VersionSource | undefined {
  if (!has(dir, name)) return undefined;
  const file = joinPath(dir, name);
  const value = firstLine(reader.read(file) ?? '');
  return value ? { value, file } : undefined;
}

function toolVersionsFile(reader: Reader, dir: string, tools: string[], has: Has): VersionSource | undefined {
  if (!has(dir, '.tool-versions')) return undefined;
  const file = joinPath(dir, '.tool-versions');
  const value = toolVersions(reader.read(file) ?? '', tools);
  return value ? { value, file, field: tools[0]! } : undefined;
}

function nodeSources(reader: Reader, dir: string, has: Has): VersionSource | undefined {
  const dot =
    plainFile(reader, dir, '.nvmrc', has) ??
    plainFile(reader, dir, '.node-version', has) ??
    toolVersionsFile(reader, dir, ['nodejs', 'node'], has);
  if (dot) return dot;
  if (!has(dir, 'package.json')) return undefined;
  const file = joinPath(dir, 'package.json');
  const pkg = parseJsonFile(reader.read(file) ?? '{}', file);
  if (!pkg || typeof pkg !== 'object') return undefined;
  const field = (o: unknown, k: string): unknown =>
    o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined;
  const volta = field(field(pkg, 'volta'), 'node');
  if (typeof volta === 'string') return { value: volta, file, field: 'volta.node' };
  const runtime = field(field(pkg, 'devEngines'), 'runtime');
  for (const r of Array.isArray(runtime) ? runtime : runtime ? [runtime] : []) {
    const version = field(r, 'version');
    if (field(r, 'name') === 'node' && typeof version === 'string')
      return { value: version, file, field: 'devEngines.runtime' };
  }
  const engines = field(field(pkg, 'engines'), 'node');
  if (typeof engines === 'string') return { value: engines, file, field: 'engines.node' };
  return undefined;
}

function pythonSources(reader: Reader, dir: string, has: Has): VersionSource | undefined {
  const dot = plainFile(reader, dir, '.python-version', has);
  if (dot) return dot;
  if (has(dir, 'pyproject.toml')) {
    const file = joinPath(dir, 'pyproject.toml');
    const toml = parseToml(reader.read(file) ?? '', file);
    const rp = tomlGet(toml, ['project', 'requires-python']);
    if (typeof rp === 'string' && rp.trim()) return { value: rp.trim(), file, field: 'project.requires-python' };
    // Poetry: `python = "^3.11"` or `python = { version = "^3.11" }`.
    const poetry = tomlGet(toml, ['tool', 'poetry', 'dependencies', 'python']);
    const pv =
      typeof poetry === 'string' ? poetry : tomlGet(toml, ['tool', 'poetry', 'dependencies', 'python', 'version']);
    if (typeof pv === 'string' && pv.trim())
      return { value: pv.trim(), file, field: 'tool.poetry.dependencies.python' };
  }
  if (has(dir, 'setup.cfg')) {
    const file = joinPath(dir, 'setup.cfg');
    const m = /^\s*python_requires\s*=\s*(.+?)\s*$/m.exec(reader.read(file) ?? '');
    if (m) return { value: m[1]!, file, field: 'options.python_requires' };
  }
  return toolVersionsFile(reader, dir, ['python'], has);
}

function goDirectives(reader: Reader, dir: string, name: string, has: Has): VersionSource | undefined {
  if (!has(dir, name)) return undefined;
  const file = joinPath(dir, name);
  const text = reader.read(file) ?? '';
  const toolchain = /^toolchain\s+go(\S+)\s*(?:\/\/.*)?$/m.exec(text);
  if (toolchain) return { value: toolchain[1]!, file, field: 'toolchain' };
  const go = /^go\s+(\S+)\s*(?:\/\/.*)?$/m.exec(text);
  if (go) return { value: go[1]!, file, field: 'go' };
  return undefined;
}

function goSources(reader: Reader, dir: string, self: boolean, has: Has): VersionSource | undefined {
  return (
    (self ? goDirectives(reader, dir, 'go.mod', has) : undefined) ??
    goDirectives(reader, dir, 'go.work', has) ??
    plainFile(reader, dir, '.go-version', has)
  );
}

export function findVersionSource(
  reader: Reader,
  project: Pick<Project, 'dir' | 'language'>,
  has: Has,
): VersionSource | undefined {
  const dirs = selfAndAncestors(project.dir);
  for (const [i, dir] of dirs.entries()) {
    const found =
      project.language === 'node'
        ? nodeSources(reader, dir, has)
        : project.language === 'python'
          ? pythonSources(reader, dir, has)
          : goSources(reader, dir, i === 0, has);
    if (found) return found;
  }
  return undefined;
}
