/**
 * Which tools a project uses, from its config files and declared dependencies (never from what
 * happens to be installed). Tricky rule: a tool named in `--tools` that the project does not
 * configure still runs (the user asked), with the reason saying so; an unknown name is an error.
 */
import { InputError } from '@quality/kit/errors';
import { joinRel } from './paths.js';
import { TOOLS, toolNames, type ToolSpec } from './tools.js';
import type { DetectedTool, Mode, ProjectRef, RepoFiles } from './types.js';

function packageJson(files: RepoFiles, dir: string): Record<string, unknown> | undefined {
  const text = files.read(joinRel(dir, 'package.json'));
  if (text === undefined) return undefined;
  try {
    const v = JSON.parse(text) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined; // the matrix detection reports a broken package.json; here it configures nothing
  }
}

const PY_DEP_FILES = [
  'pyproject.toml',
  'requirements.txt',
  'requirements-dev.txt',
  'dev-requirements.txt',
  'requirements_dev.txt',
  'requirements/dev.txt',
  'setup.cfg',
  'Pipfile',
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The reason a tool is configured in the project, or undefined. */
export function configuredBy(spec: ToolSpec, project: ProjectRef, files: RepoFiles): string | undefined {
  const dir = project.dir;
  if (spec.always) return `every ${project.language === 'go' ? 'Go' : project.language} project`;
  for (const c of spec.configs) if (files.exists(joinRel(dir, c))) return joinRel(dir, c);
  if (spec.pyproject) {
    const py = files.read(joinRel(dir, 'pyproject.toml'));
    if (py && new RegExp(`^\\s*\\[tool\\.${escapeRe(spec.pyproject)}[.\\]]`, 'm').test(py))
      return `[tool.${spec.pyproject}] in ${joinRel(dir, 'pyproject.toml')}`;
  }
  if (spec.ini) {
    for (const f of ['setup.cfg', 'tox.ini']) {
      const t = files.read(joinRel(dir, f));
      if (t && new RegExp(`^\\s*\\[${escapeRe(spec.ini)}\\]`, 'm').test(t))
        return `[${spec.ini}] in ${joinRel(dir, f)}`;
    }
  }
  if (project.language === 'node') {
    const pkg = packageJson(files, dir);
    if (pkg) {
      if (spec.packageKey && pkg[spec.packageKey] !== undefined)
        return `"${spec.packageKey}" in ${joinRel(dir, 'package.json')}`;
      for (const field of ['devDependencies', 'dependencies']) {
        const deps = pkg[field];
        if (typeof deps === 'object' && deps !== null)
          for (const d of spec.deps) if (d in deps) return `${field}.${d} in ${joinRel(dir, 'package.json')}`;
      }
    }
  }
  if (project.language === 'python') {
    for (const f of PY_DEP_FILES) {
      const t = files.read(joinRel(dir, f));
      if (!t) continue;
      for (const d of spec.deps) {
        // A requirement line or a quoted dependency string naming the package (with or without a version).
        const re = new RegExp(`(^|["'\\s,\\[])${escapeRe(d)}\\s*(\\[[^\\]]*\\])?\\s*(["',;<>=!~\\]]|$)`, 'im');
        if (re.test(t)) return `${d} in ${joinRel(dir, f)}`;
      }
    }
  }
  if (project.language === 'go' && spec.language === 'go') {
    if (goTool(files.read(joinRel(dir, 'go.mod')) ?? '', spec.bin))
      return `tool directive in ${joinRel(dir, 'go.mod')}`;
  }
  return undefined;
}

/** The package path of a go.mod `tool` directive ending in /NAME (Go 1.24). */
export function goTool(goMod: string, name: string): string | undefined {
  let inBlock = false;
  for (const raw of goMod.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (inBlock) {
      if (line === ')') inBlock = false;
      else if (line.endsWith(`/${name}`)) return line;
      continue;
    }
    if (/^tool\s*\($/.test(line)) inBlock = true;
    else {
      const m = /^tool\s+(\S+)$/.exec(line);
      if (m && m[1]!.endsWith(`/${name}`)) return m[1];
    }
  }
  return undefined;
}

/** Parse a `tools` list (comma or space separated) against the known names of `mode`. */
export function parseToolList(raw: string, mode: Mode, input = 'tools'): string[] {
  const names = raw
    .split(/[\s,]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .map((s) => (s === 'govet' || s === 'vet' ? 'go-vet' : s));
  const known = toolNames(mode);
  for (const n of names)
    if (!known.includes(n)) throw new InputError(input, raw, `a list of ${mode} tools from: ${known.join(', ')}`);
  return [...new Set(names)];
}

/**
 * The tools of each project for `mode`. With `only`, exactly those tools for every project of
 * their language (configured or not).
 */
export function detectTools(
  projects: readonly ProjectRef[],
  files: RepoFiles,
  mode: Mode,
  only?: readonly string[],
): DetectedTool[] {
  const out: DetectedTool[] = [];
  for (const project of projects) {
    for (const spec of TOOLS) {
      if (spec.mode !== mode || spec.language !== project.language) continue;
      const why = configuredBy(spec, project, files);
      if (only) {
        if (only.includes(spec.name)) out.push({ tool: spec.name, mode, project, reason: why ?? 'named in tools' });
      } else if (why) out.push({ tool: spec.name, mode, project, reason: why });
    }
  }
  return out;
}
