/**
 * GitHub Actions matrix semantics, as documented in "Running variations of jobs in a workflow":
 *
 * 1. The cartesian product of the matrix keys, the first key varying slowest.
 * 2. `exclude` removes every combination that an entry matches; a partial match is enough.
 * 3. Each `include` entry, in order, is merged into every ORIGINAL combination (after exclude)
 *    where it overwrites none of the original matrix values; values added by an earlier include
 *    may be overwritten. If it can be merged into none, it becomes a new combination. New
 *    combinations are never merged into by later entries.
 * 4. With no matrix keys at all, every include entry is its own combination.
 */
import { ConfigurationError, InputError } from '@quality/kit/errors';
import type { Combination } from './types.js';

export interface MatrixSpec {
  [key: string]: unknown;
  include?: Combination[];
  exclude?: Combination[];
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(rb, k) && deepEqual(ra[k], rb[k]));
}

/**
 * Equality for the engine's own matrix, whose versions are strings: a scalar written as a
 * number in YAML (`version: 22`) equals the string "22". Objects and arrays compare deeply.
 */
export function looseEqual(a: unknown, b: unknown): boolean {
  const scalar = (x: unknown) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
  if (scalar(a) && scalar(b)) return String(a) === String(b);
  return deepEqual(a, b);
}

export function cartesian(dimensions: [string, unknown[]][]): Combination[] {
  let out: Combination[] = [{}];
  for (const [key, values] of dimensions) {
    const next: Combination[] = [];
    for (const combo of out) for (const v of values) next.push({ ...combo, [key]: v });
    out = next;
  }
  return out;
}

/**
 * Applies exclude then include to `original` combinations whose matrix keys are `keys`.
 * Used both for a plain GitHub matrix and for the engine's own (not cartesian) base matrix.
 */
export function applyExcludeInclude(
  original: Combination[],
  keys: string[],
  exclude: Combination[] = [],
  include: Combination[] = [],
  equals: (a: unknown, b: unknown) => boolean = deepEqual,
): Combination[] {
  const keySet = new Set(keys);
  for (const ex of exclude) {
    for (const k of Object.keys(ex)) {
      if (!keySet.has(k)) {
        throw new ConfigurationError(
          `The exclude entry ${JSON.stringify(ex)} uses the key '${k}', which is not a matrix key (${keys.join(', ') || 'none'}).`,
        );
      }
    }
  }
  const kept = original.filter((combo) => !exclude.some((ex) => Object.keys(ex).every((k) => equals(combo[k], ex[k]))));
  // Keep track of which values in each kept combination are original (not added by include).
  const merged = kept.map((c) => ({ ...c }));
  const added: Combination[] = [];
  for (const inc of include) {
    let matched = false;
    for (let i = 0; i < kept.length; i++) {
      const orig = kept[i]!;
      const overwrites = Object.keys(inc).some(
        (k) => keySet.has(k) && Object.hasOwn(orig, k) && !equals(orig[k], inc[k]),
      );
      if (!overwrites) {
        Object.assign(merged[i]!, inc);
        matched = true;
      }
    }
    if (!matched) added.push({ ...inc });
  }
  return [...merged, ...added];
}

/** Expands a matrix written the way a workflow writes `strategy.matrix`. */
export function expandGitHubMatrix(spec: MatrixSpec): Combination[] {
  const dimensions: [string, unknown[]][] = [];
  for (const [key, value] of Object.entries(spec)) {
    if (key === 'include' || key === 'exclude') continue;
    if (!Array.isArray(value)) throw new ConfigurationError(`Matrix key '${key}' must be a list of values.`);
    if (value.length === 0) throw new ConfigurationError(`Matrix key '${key}' has no values.`);
    dimensions.push([key, value]);
  }
  const original = dimensions.length === 0 ? [] : cartesian(dimensions);
  return applyExcludeInclude(
    original,
    dimensions.map(([k]) => k),
    spec.exclude ?? [],
    spec.include ?? [],
  );
}

// ------------------------------------------------------------------ input parsing

function checkEntries(input: string, raw: string, value: unknown): Combination[] {
  const list = Array.isArray(value) ? value : [value];
  for (const e of list) {
    if (e === null || typeof e !== 'object' || Array.isArray(e)) {
      throw new InputError(input, raw, 'a list of objects (JSON, YAML, or one key=value,key=value entry per line)');
    }
  }
  return list as Combination[];
}

/**
 * Parses an `include` / `exclude` input written as JSON, YAML, or one entry per line
 * (`os=windows-latest, version=22`). YAML numbers keep the text they were written with when
 * reading them as a number would change it (`3.10` stays "3.10", not 3.1).
 */
export async function parseEntries(input: string, raw: string): Promise<Combination[]> {
  const text = raw.trim();
  if (text === '') return [];
  if (text.startsWith('[') || text.startsWith('{')) {
    try {
      return checkEntries(input, raw, JSON.parse(text));
    } catch (e) {
      if (e instanceof InputError) throw e;
      // Flow-style YAML ({os: linux}) is not JSON: fall through to YAML.
    }
  }
  let yamlValue: unknown;
  // The YAML library is most of the matrix bundle: loaded only for an entry list that is not JSON.
  const { parseDocument, isScalar, visit } = await import('yaml');
  try {
    const doc = parseDocument(text);
    if (doc.errors.length === 0) {
      visit(doc, {
        Scalar(_key, node) {
          if (
            isScalar(node) &&
            typeof node.value === 'number' &&
            node.source !== undefined &&
            String(node.value) !== node.source
          ) {
            node.value = node.source;
          }
        },
      });
      yamlValue = doc.toJS();
    }
  } catch {
    yamlValue = undefined;
  }
  if (yamlValue !== null && typeof yamlValue === 'object') return checkEntries(input, raw, yamlValue);
  // One entry per line: key=value pairs separated by commas or spaces.
  const entries: Combination[] = [];
  for (const line of text.split(/\r?\n/)) {
    const l = line.trim();
    if (l === '' || l.startsWith('#')) continue;
    const entry: Combination = {};
    for (const pair of l.split(/[,\s]+/).filter(Boolean)) {
      const m = /^([^=]+)=(.*)$/.exec(pair);
      if (!m)
        throw new InputError(
          input,
          raw,
          `JSON, YAML, or one entry per line written key=value,key=value; cannot read '${pair}'`,
        );
      entry[m[1]!.trim()] = scalar(m[2]!.trim());
    }
    entries.push(entry);
  }
  return entries;
}

function scalar(s: string): unknown {
  if (s === 'true') return true;
  if (s === 'false') return false;
  return s;
}
