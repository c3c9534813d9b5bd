/**
 * A tsconfig.json with `references` is checked as `tsc -b` builds it: every referenced project,
 * in order, each against the declarations of the ones it references. `tsc -p . --noEmit` checks
 * none of them (a solution config with `files: []` passes having checked nothing), and
 * `tsc -b --noEmit` fails with TS6310 on any project that references another (TypeScript 5.9).
 *
 * Tricky rule: nothing may be written into the project (no outDir, no .tsbuildinfo). Each config
 * of the graph gets a wrapper in a temporary folder that `extends` it and sends declarations and
 * build info there; what the original leaves to its own location (the default `include` and, for
 * a composite project, `rootDir`) is made explicit, since a wrapper's location is the temp folder.
 */
import { posix } from 'node:path';
import { ConfigurationError } from '@quality/kit/errors';
import type { RepoFiles } from './types.js';

export interface TscBuild {
  /** The arguments after the tsc binary. */
  args: string[];
  /** Wrapper configs to write before the run: absolute path → text. */
  files: Record<string, string>;
  /** Repository-relative folders whose tsconfig.json the build checks (the top one's included). */
  covers: string[];
}

type Json = Record<string, unknown>;

/** JSON with comments and trailing commas (tsconfig's dialect), parsed; undefined when unreadable. */
export function parseJsonc(text: string): Json | undefined {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      out += text.slice(start, i + 1);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
      out += ' ';
    } else out += c;
  }
  try {
    const v = JSON.parse(out.replace(/,(\s*[}\]])/g, '$1')) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
  } catch {
    return undefined;
  }
}

const obj = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});

/** The references of a config: repository-relative config paths. */
function referencesOf(config: Json, dir: string, files: RepoFiles): string[] {
  const refs = Array.isArray(config.references) ? config.references : [];
  const out: string[] = [];
  for (const r of refs) {
    const p = obj(r).path;
    if (typeof p !== 'string' || p === '') continue;
    const target = posix.normalize(posix.join(dir, p));
    out.push(target.endsWith('.json') && !files.exists(`${target}/tsconfig.json`) ? target : `${target}/tsconfig.json`);
  }
  return out;
}

/** Whether the config or a base it extends by path names its files (include / files). */
function namesFiles(config: Json, dir: string, files: RepoFiles, depth = 0): boolean {
  if (config.files !== undefined || config.include !== undefined) return true;
  if (depth > 8) return false;
  const ext =
    typeof config.extends === 'string' ? [config.extends] : Array.isArray(config.extends) ? config.extends : [];
  for (const e of ext) {
    if (typeof e !== 'string' || !/^\.\.?\//.test(e)) continue; // a package's base names no files
    let p = posix.normalize(posix.join(dir, e));
    if (!p.endsWith('.json') && files.exists(`${p}.json`)) p = `${p}.json`;
    const base = parseJsonc(files.read(p) ?? '');
    if (base && namesFiles(base, posix.dirname(p), files, depth + 1)) return true;
  }
  return false;
}

/**
 * The `tsc -b` run of the config `configPath` (repository-relative), or undefined when it has no
 * references (then `tsc --noEmit -p` checks it all). `root` and `tempDir` are absolute.
 */
export function tscBuild(configPath: string, files: RepoFiles, root: string, tempDir: string): TscBuild | undefined {
  const top = parseJsonc(files.read(configPath) ?? '');
  if (!top || !Array.isArray(top.references) || top.references.length === 0) return undefined;
  const ids = new Map<string, number>();
  const order: string[] = [];
  const referenced = new Set<string>();
  const visit = (path: string) => {
    if (ids.has(path)) return;
    if (ids.size >= 1000) throw new ConfigurationError(`${configPath}: more than 1000 referenced projects.`);
    ids.set(path, ids.size);
    order.push(path);
    const c = parseJsonc(files.read(path) ?? '');
    if (!c) return; // missing or broken: tsc reports it on the reference
    for (const r of referencesOf(c, posix.dirname(path), files)) {
      if (r.startsWith('../') || r === '..')
        throw new ConfigurationError(
          `${path} references ${r}, outside the repository: quality checks projects inside it only. Lint that project from its own repository.`,
        );
      referenced.add(r);
      visit(r);
    }
  };
  visit(configPath);
  const abs = (p: string) => posix.join(root, p);
  const wrapper = (p: string) => posix.join(tempDir, `p${ids.get(p)}.json`);
  const out: Record<string, string> = {};
  for (const path of order) {
    const n = ids.get(path)!;
    const dir = posix.dirname(path);
    const c = parseJsonc(files.read(path) ?? '');
    if (!c) {
      // Let tsc say what is wrong with it, without building it: extend the missing or broken file.
      out[wrapper(path)] = JSON.stringify({ extends: abs(path), compilerOptions: { noEmit: true } });
      continue;
    }
    const own = obj(c.compilerOptions);
    const emits = referenced.has(path) || own.composite === true;
    const options: Json = {
      tsBuildInfoFile: posix.join(tempDir, 'out', `p${n}.tsbuildinfo`),
      declarationMap: false,
      sourceMap: false,
      inlineSourceMap: false,
    };
    if (emits) {
      // Declarations for the projects that reference this one: into the temp folder only.
      Object.assign(options, { noEmit: false, emitDeclarationOnly: true, declaration: true });
      if (typeof own.outFile === 'string') options.outFile = posix.join(tempDir, 'out', `p${n}.js`);
      else {
        options.outDir = posix.join(tempDir, 'out', `p${n}`);
        options.declarationDir = posix.join(tempDir, 'out', `p${n}`);
      }
      if (own.rootDir === undefined) options.rootDir = abs(dir); // composite's default: the config's folder
    } else options.noEmit = true;
    const w: Json = { extends: abs(path), compilerOptions: options };
    if (!namesFiles(c, dir, files)) {
      w.include = [posix.join(abs(dir), '**/*')];
      if (c.exclude === undefined) {
        const outDir = typeof own.outDir === 'string' ? [posix.join(abs(dir), own.outDir)] : [];
        w.exclude = [
          ...['node_modules', 'bower_components', 'jspm_packages'].map((d) => posix.join(abs(dir), d)),
          ...outDir,
        ];
      }
    }
    w.references = referencesOf(c, dir, files).map((r) => ({ path: wrapper(r) }));
    out[wrapper(path)] = `${JSON.stringify(w, null, 2)}\n`;
  }
  return {
    args: ['-b', wrapper(configPath), '--pretty', 'false'],
    files: out,
    covers: order.filter((p) => posix.basename(p) === 'tsconfig.json').map((p) => posix.dirname(p)),
  };
}
