/**
 * File hygiene: conflict markers, size, JSON/YAML/TOML validity, case-only collisions,
 * broken symlinks, shebang vs executable bit, BOM and CRLF (when configured).
 *
 * Tricky rule: '=======' alone is a Markdown/reST underline; it only counts between a
 * '<<<<<<< ' and a '>>>>>>> ' line, and the finding is on the '<<<<<<< ' line.
 */
import { posix } from 'node:path';
import { loadAll as fastYamlLoad } from 'js-yaml';
import { parseAllDocuments, LineCounter } from 'yaml';
import { parse as parseToml, TomlError } from 'smol-toml';
import type { Finding, Severity } from '@quality/kit/findings';
import { LineIndex } from './lines.js';

const finding = (
  rule: string,
  severity: Severity,
  path: string,
  message: string,
  line?: number,
  column?: number,
  fix?: string,
): Finding => {
  const f: Finding = { tool: 'guard', rule: `file/${rule}`, severity, path, message };
  if (line !== undefined) f.line = line;
  if (column !== undefined) f.column = column;
  if (fix) f.fix = fix;
  return f;
};

/** Git's rule: a NUL byte in the first 8000 bytes makes a file binary. */
export function isBinary(buf: Buffer): boolean {
  return buf.subarray(0, 8000).includes(0);
}

export function conflictMarkers(path: string, src: string): Finding[] {
  const out: Finding[] = [];
  if (!src.includes('<<<<<<<')) return out;
  const re = /^(<{7}|={7}|>{7}|\|{7})(?: |\r?$)/gm;
  let open: number | undefined;
  let sawSeparator = false;
  const lines = new LineIndex(src);
  for (let m = re.exec(src); m; m = re.exec(src)) {
    const kind = m[1]![0];
    if (kind === '<') {
      open = m.index;
      sawSeparator = false;
    } else if (kind === '=' && open !== undefined) sawSeparator = true;
    else if (kind === '>' && open !== undefined && sawSeparator) {
      out.push(
        finding(
          'merge-conflict',
          'error',
          path,
          'Merge conflict markers: this file was committed in the middle of a merge.',
          lines.position(open).line,
          1,
          'Resolve the conflict and remove the <<<<<<< / ======= / >>>>>>> lines.',
        ),
      );
      open = undefined;
    }
  }
  return out;
}

/** Files that are JSON with comments by convention: JSON.parse would reject valid files. */
const JSONC =
  /(?:^|\/)(?:tsconfig[^/]*\.json|jsconfig[^/]*\.json|\.?devcontainer\.json|\.eslintrc\.json|\.babelrc|[^/]*\.jsonc)$|(?:^|\/)\.vscode\//;

/** JSON Lines under a .json name (`go test -json`, log exports): one JSON value per line. */
function isJsonLines(src: string): boolean {
  const lines = src.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  try {
    for (const l of lines) JSON.parse(l);
    return true;
  } catch {
    return false;
  }
}

function jsonError(path: string, src: string): Finding | undefined {
  try {
    JSON.parse(src.replace(/^\uFEFF/, ''));
    return undefined;
  } catch (e) {
    if (isJsonLines(src.replace(/^\uFEFF/, ''))) return undefined;
    const msg = (e as Error).message;
    const pos = /at position (\d+)/.exec(msg);
    const lc = /\(line (\d+) column (\d+)\)/.exec(msg);
    const where = lc
      ? { line: Number(lc[1]), column: Number(lc[2]) }
      : pos
        ? new LineIndex(src).position(Number(pos[1]) + (src.startsWith('\uFEFF') ? 1 : 0))
        : { line: 1, column: 1 };
    return finding(
      'invalid-json',
      'error',
      path,
      `Invalid JSON: ${msg.replace(/ \(line \d+ column \d+\)| in JSON at position \d+/, '')}.`,
      where.line,
      where.column,
    );
  }
}

function yamlErrors(path: string, src: string): Finding[] {
  // Helm and other templates are not YAML until rendered.
  if (/(?:^|\/)templates\//.test(path) && src.includes('{{')) return [];
  // js-yaml answers "valid" about ten times faster; only a file it rejects is parsed again by
  // `yaml`, whose verdict, message and position are the ones reported (js-yaml also rejects
  // valid YAML, such as CloudFormation's unknown tags).
  try {
    fastYamlLoad(src);
    return [];
  } catch {
    // confirmed (or not) below
  }
  const lc = new LineCounter();
  const docs = parseAllDocuments(src, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const list = Array.isArray(docs) ? docs : [docs];
  const out: Finding[] = [];
  for (const d of list) {
    for (const err of d.errors.slice(0, 1)) {
      const { line, col } = lc.linePos(err.pos[0]);
      out.push(finding('invalid-yaml', 'error', path, `Invalid YAML: ${err.message.split('\n')[0]}`, line, col));
    }
    if (out.length) break;
  }
  return out;
}

function tomlError(path: string, src: string): Finding | undefined {
  try {
    parseToml(src);
    return undefined;
  } catch (e) {
    if (!(e instanceof TomlError)) throw e;
    return finding(
      'invalid-toml',
      'error',
      path,
      `Invalid TOML: ${e.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '')}.`,
      e.line,
      e.column,
    );
  }
}

/** Parse errors of JSON, YAML and TOML files, chosen by extension. */
export function syntaxErrors(path: string, src: string): Finding[] {
  const name = path.toLowerCase();
  if (name.endsWith('.json') && !JSONC.test(path)) {
    const f = jsonError(path, src);
    return f ? [f] : [];
  }
  if (name.endsWith('.yml') || name.endsWith('.yaml')) return yamlErrors(path, src);
  if (name.endsWith('.toml')) {
    const f = tomlError(path, src);
    return f ? [f] : [];
  }
  return [];
}

export interface TextPolicy {
  /** Report a UTF-8 byte-order mark (default false). */
  forbidBom?: boolean;
  /** Report CRLF line endings (default false). */
  forbidCrlf?: boolean;
}

export function textPolicy(path: string, src: string, policy: TextPolicy): Finding[] {
  const out: Finding[] = [];
  if (policy.forbidBom && src.startsWith('\uFEFF'))
    out.push(
      finding('bom', 'error', path, 'The file starts with a byte-order mark.', 1, 1, 'Save it as UTF-8 without BOM.'),
    );
  if (policy.forbidCrlf) {
    const first = src.indexOf('\r\n');
    if (first >= 0) {
      let n = 0;
      for (let i = first; i >= 0; i = src.indexOf('\r\n', i + 2)) n++;
      const { line } = new LineIndex(src).position(first);
      out.push(
        finding(
          'crlf',
          'error',
          path,
          `${n} line${n === 1 ? '' : 's'} end with CRLF (first on line ${line}).`,
          line,
          undefined,
          'Convert to LF (e.g. `dos2unix`), and set `* text=auto eol=lf` in .gitattributes.',
        ),
      );
    }
  }
  return out;
}

/** Git modes: 0o100755 is executable. Only the owner's bit matters to git. */
export function shebangVsMode(path: string, head: Buffer, mode: number): Finding[] {
  const executable = (mode & 0o111) !== 0;
  // '#![' starts a Rust inner attribute, not a shebang.
  const shebang = head[0] === 0x23 && head[1] === 0x21 && head[2] !== 0x5b;
  if (shebang && !executable)
    return [
      finding(
        'shebang-not-executable',
        'warning',
        path,
        'The file has a shebang but is not executable.',
        1,
        1,
        `Run \`git update-index --chmod=+x ${path}\` or remove the shebang.`,
      ),
    ];
  if (!shebang && executable)
    return [
      finding(
        'executable-without-shebang',
        'warning',
        path,
        'The file is executable but has no shebang, so it cannot be run directly.',
        undefined,
        undefined,
        `Add a shebang or run \`git update-index --chmod=-x ${path}\`.`,
      ),
    ];
  return [];
}

export function sizeCheck(path: string, size: number, maxBytes: number): Finding[] {
  if (size <= maxBytes) return [];
  const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;
  return [
    finding(
      'large-file',
      'error',
      path,
      `The file is ${kb(size)}, above the ${kb(maxBytes)} limit.`,
      undefined,
      undefined,
      'Keep large files out of git (Git LFS, a release asset) or raise the size limit in the guard config.',
    ),
  ];
}

/** Paths that differ only by case collide on macOS and Windows checkouts; directories too. */
export function caseCollisions(paths: readonly string[]): Finding[] {
  const byLower = new Map<string, Set<string>>();
  const note = (p: string) => {
    const k = p.toLowerCase();
    let s = byLower.get(k);
    if (!s) byLower.set(k, (s = new Set()));
    s.add(p);
  };
  for (const p of paths) {
    note(p);
    for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1)) note(p.slice(0, i));
  }
  const out: Finding[] = [];
  for (const names of byLower.values()) {
    if (names.size < 2) continue;
    const all = [...names].sort();
    for (const p of all)
      out.push(
        finding(
          'case-collision',
          'error',
          p,
          `Only the case differs between ${all.map((n) => `'${n}'`).join(' and ')}: they collide on case-insensitive file systems.`,
          undefined,
          undefined,
          'Rename one of them.',
        ),
      );
  }
  return out;
}

/**
 * A symlink whose target is not in the repository. `exists` answers for repository-relative
 * paths (files or directories); targets outside the repository are broken on every other machine.
 */
export function brokenSymlink(path: string, target: string, exists: (repoPath: string) => boolean): Finding[] {
  const resolved = posix.normalize(posix.join(posix.dirname(path), target));
  if (posix.isAbsolute(target) || resolved === '..' || resolved.startsWith('../'))
    return [
      finding(
        'broken-symlink',
        'warning',
        path,
        `The symlink points outside the repository (${target}), so it is broken in every other checkout.`,
        undefined,
        undefined,
        'Point it at a path inside the repository.',
      ),
    ];
  if (exists(resolved.replace(/\/$/, ''))) return [];
  return [
    finding(
      'broken-symlink',
      'error',
      path,
      `The symlink target '${resolved}' does not exist in the repository.`,
      undefined,
      undefined,
      'Fix the target or remove the link.',
    ),
  ];
}
