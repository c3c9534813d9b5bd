/**
 * Version ranges of the three ecosystems, reduced to one question: does release line L
 * contain a version that the range allows?
 *
 * - Node.js: npm ranges (semver), plus the nvm aliases `lts/*`, `lts/<codename>`, `node`, `current`, `latest`.
 * - Python: PEP 440 specifiers (`>=3.10,<3.13`, `~=3.11`, `==3.11.*`, `!=3.12.*`) and Poetry's
 *   `^3.10`, `~3.10`, `3.11.*`, `||`.
 * - Go: the `go` directive is a minimum (`go 1.22.3` allows 1.22 and newer); a toolchain or
 *   `.go-version` is an exact pin.
 */
import semver from 'semver';
import type { ReleaseData, ReleaseLine } from './release-lines.js';
import { compareVersions, isReleased, ltsLines } from './release-lines.js';
import type { Language } from './types.js';

export interface NodeAlias {
  line: string;
}

/** Resolves nvm-style aliases to a release line on `today`; undefined when `value` is no alias. */
export function resolveNodeAlias(value: string, data: ReleaseData, today: string): NodeAlias | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'node' || v === 'current' || v === 'latest' || v === 'stable') {
    const released = data.node.filter((l) => isReleased(l, today));
    const newest = released[released.length - 1];
    return newest ? { line: newest.line } : undefined;
  }
  if (v === 'lts/*' || v === 'lts' || v === 'lts/latest') {
    const lts = ltsLines(data, today);
    const newest = lts[lts.length - 1];
    return newest ? { line: newest.line } : undefined;
  }
  const m = /^lts\/(.+)$/.exec(v);
  if (m) {
    if (/^-\d+$/.test(m[1]!)) {
      // lts/-1: the LTS line before the newest.
      const lts = ltsLines(data, today);
      const l = lts[lts.length - 1 + Number(m[1])];
      return l ? { line: l.line } : undefined;
    }
    const l = data.node.find((x) => x.codename === m[1]);
    return l ? { line: l.line } : undefined;
  }
  return undefined;
}

/** Removes a leading `v` and surrounding space: `v20.11.1` -> `20.11.1`. */
export function cleanNodeVersion(value: string): string {
  return value.trim().replace(/^v(?=\d)/, '');
}

export function isValidNodeRange(value: string): boolean {
  return semver.validRange(cleanNodeVersion(value), { loose: true }) !== null;
}

export function nodeLineSatisfies(range: string, line: string): boolean {
  const r = semver.validRange(cleanNodeVersion(range), { loose: true });
  if (r === null) return false;
  return semver.intersects(r, `>=${line}.0.0 <${Number(line) + 1}.0.0-0`, { loose: true });
}

// ---------------------------------------------------------------- Python

interface PyClause {
  op: string;
  version: number[];
  wildcard: boolean;
}

const PY_CLAUSE = /^(~=|===|==|!=|<=|>=|<|>|\^|~)?\s*v?(\d+(?:\.\d+)*)(\.\*)?$/;

/** Parses a Python specifier into alternatives (Poetry `||`) of clause lists; undefined if malformed. */
export function parsePythonSpecifier(spec: string): PyClause[][] | undefined {
  const alternatives = spec.split('||');
  const out: PyClause[][] = [];
  for (const alt of alternatives) {
    const parts = alt
      .split(',')
      .flatMap((p) => p.trim().split(/\s+(?=[<>=!~^])/))
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const clauses: PyClause[] = [];
    for (const part of parts) {
      if (part === '*') continue;
      const m = PY_CLAUSE.exec(part.replace(/\s+/g, ''));
      if (!m) return undefined;
      clauses.push({ op: m[1] ?? '==', version: m[2]!.split('.').map(Number), wildcard: m[3] !== undefined });
    }
    out.push(clauses);
  }
  return out;
}

function cmp(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function prefixMatch(v: number[], prefix: number[]): boolean {
  return prefix.every((p, i) => (v[i] ?? 0) === p);
}

function clauseAllows(c: PyClause, v: number[]): boolean {
  const x = c.version;
  switch (c.op) {
    case '==':
    case '===':
      return c.wildcard ? prefixMatch(v, x) : cmp(v, x) === 0;
    case '!=':
      return c.wildcard ? !prefixMatch(v, x) : cmp(v, x) !== 0;
    case '>=':
      return cmp(v, x) >= 0;
    case '<=':
      return cmp(v, x) <= 0;
    case '>':
      return cmp(v, x) > 0;
    case '<':
      return cmp(v, x) < 0;
    case '~=': {
      // ~=3.11 means >=3.11, ==3.*; ~=3.11.2 means >=3.11.2, ==3.11.*
      const prefix = x.slice(0, Math.max(1, x.length - 1));
      return cmp(v, x) >= 0 && prefixMatch(v, prefix);
    }
    case '^': {
      // Poetry: ^3.10 -> >=3.10,<4.0 ; ^0.2 -> >=0.2,<0.3
      const i = x.findIndex((n) => n !== 0);
      const upper = x.slice(0, i === -1 ? x.length : i + 1);
      upper[upper.length - 1]! += 1;
      return cmp(v, x) >= 0 && cmp(v, upper) < 0;
    }
    case '~': {
      // Poetry: ~3.10 -> >=3.10,<3.11 ; ~3 -> >=3,<4
      const upper = x.length >= 2 ? [x[0]!, x[1]! + 1] : [x[0]! + 1];
      return cmp(v, x) >= 0 && cmp(v, upper) < 0;
    }
    default:
      return false;
  }
}

/** Highest patch release probed when asking whether a line has an allowed version. */
const MAX_PATCH = 200;

export function pythonLineSatisfies(spec: string, line: string): boolean {
  const alts = parsePythonSpecifier(spec);
  if (!alts) return false;
  const base = line.split('.').map(Number);
  return alts.some((clauses) => {
    for (let p = 0; p <= MAX_PATCH; p++) {
      const v = [...base, p];
      if (clauses.every((c) => clauseAllows(c, v))) return true;
    }
    return false;
  });
}

// ---------------------------------------------------------------- Go

const GO_VERSION = /^(?:go)?(\d+\.\d+)(?:\.(\d+)|(?:rc|beta)\d+)?$/;

export function goLineOf(version: string): string | undefined {
  return GO_VERSION.exec(version.trim())?.[1];
}

/** `minimum` true: the `go` directive (this version or newer); false: an exact pin. */
export function goLineSatisfies(version: string, line: string, minimum: boolean): boolean {
  const own = goLineOf(version);
  if (!own) return false;
  return minimum ? compareVersions(line, own) >= 0 : compareVersions(line, own) === 0;
}

// ---------------------------------------------------------------- all

export interface RangeCheck {
  valid: boolean;
  lines: ReleaseLine[];
}

/**
 * The release lines from `candidates` that `value` (as read from `field`) allows.
 * Aliases must be resolved before; invalid syntax gives `valid: false`.
 */
export function linesSatisfying(
  language: Language,
  value: string,
  candidates: ReleaseLine[],
  opts: { goMinimum?: boolean } = {},
): RangeCheck {
  switch (language) {
    case 'node':
      if (!isValidNodeRange(value)) return { valid: false, lines: [] };
      return { valid: true, lines: candidates.filter((l) => nodeLineSatisfies(value, l.line)) };
    case 'python':
      if (!parsePythonSpecifier(value)) return { valid: false, lines: [] };
      return { valid: true, lines: candidates.filter((l) => pythonLineSatisfies(value, l.line)) };
    case 'go':
      if (!goLineOf(value)) return { valid: false, lines: [] };
      return { valid: true, lines: candidates.filter((l) => goLineSatisfies(value, l.line, opts.goMinimum ?? false)) };
  }
}
