/**
 * Validation of the parsed YAML against the schema subset `schema.ts` uses (type, properties,
 * additionalProperties, propertyNames, items, anyOf, enum, pattern, minimum/maximum, minLength,
 * minItems), on the YAML nodes themselves so every problem names its line. The tricky rule: of
 * an `anyOf`, the alternative whose type matches the value reports its own problem (a list item
 * out of range says so), and only when none matches is the whole `expected a or b` given.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { JsonSchema } from './schema.js';

export interface Problem {
  line: number;
  /** Dotted key path (`coverage.min-coverage`, `matrix.os[1]`); '' for the whole file. */
  key: string;
  message: string;
}

/** Levenshtein distance, bounded: stops early past `max`. */
export function distance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The closest name within a third of its length (at least 2 edits), if any. */
export function didYouMean(name: string, known: readonly string[]): string | undefined {
  const max = Math.max(2, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestD = max + 1;
  for (const k of known) {
    const d = distance(name.toLowerCase(), k.toLowerCase(), max);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best;
}

const typeOk = (t: NonNullable<JsonSchema['type']>, v: unknown, kind: string): boolean => {
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) =>
    x === 'object'
      ? kind === 'map'
      : x === 'array'
        ? kind === 'seq'
        : x === 'integer'
          ? typeof v === 'number' && Number.isInteger(v)
          : x === 'number'
            ? typeof v === 'number' && Number.isFinite(v)
            : typeof v === x,
  );
};

const quoteAll = (vs: readonly unknown[]) => vs.map((v) => `'${String(v)}'`).join(', ');

function rangeText(s: JsonSchema): string {
  const { minimum: lo, maximum: hi } = s;
  if (lo !== undefined && hi !== undefined) return ` from ${lo} to ${hi}`;
  if (lo !== undefined) return ` of at least ${lo}`;
  if (hi !== undefined) return ` of at most ${hi}`;
  return '';
}

/** What a value of `s` looks like, in words ("a number from 0 to 100", "one of 'a', 'b'"). */
export function expected(s: JsonSchema, plural = false): string {
  if (s['x-expected']) return plural ? `values each ${s['x-expected']}` : s['x-expected'];
  if (s.enum?.length === 1) return quoteAll(s.enum);
  if (s.enum) return plural ? `values among ${quoteAll(s.enum)}` : `one of ${quoteAll(s.enum)}`;
  if (s.anyOf) {
    const [one, list] = s.anyOf;
    if (s.anyOf.length === 2 && list?.type === 'array' && list.items === one && !plural)
      return `${expected(one!)} or a list of them`;
    return s.anyOf.map((a) => expected(a, plural)).join(' or ');
  }
  const types = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
  const words = types.map((t) => {
    switch (t) {
      case 'object':
        return plural ? 'mappings' : 'a mapping (key: value lines)';
      case 'array':
        return plural ? 'lists' : `a list${s.items ? ` of ${expected(s.items, true)}` : ''}`;
      case 'integer':
        return `${plural ? 'whole numbers' : 'a whole number'}${rangeText(s)}`;
      case 'number':
        return `${plural ? 'numbers' : 'a number'}${rangeText(s)}`;
      case 'boolean':
        return plural ? 'true or false' : 'true or false';
      default:
        return s.pattern ? `${plural ? 'strings' : 'a string'} matching ${s.pattern}` : plural ? 'strings' : 'a string';
    }
  });
  return words.join(' or ') || 'a value';
}

function shown(node: Node | null, v: unknown): string {
  if (node && isMap(node)) return 'a mapping';
  if (node && isSeq(node)) return 'a list';
  if (v === null || v === undefined) return 'an empty value (remove the key to use the default)';
  const text = typeof v === 'string' ? JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v) : String(v);
  return text;
}

export class Validator {
  readonly problems: Problem[] = [];
  /** Key path → line of its value, for every key seen. */
  readonly lines = new Map<string, number>();
  /** Key paths of the `x-trusted-only` keys present. */
  readonly trustedOnly: string[] = [];

  constructor(
    private readonly doc: Document,
    private readonly counter: LineCounter,
    private readonly root: JsonSchema,
  ) {}

  private lineOf(node: Node | null | undefined, fallback: number): number {
    const pos = node?.range?.[0];
    return pos === undefined ? fallback : this.counter.linePos(pos).line;
  }

  private resolve(node: unknown): Node | null {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) return (node.resolve(this.doc) as Node | undefined) ?? null;
    return node as Node;
  }

  /** Validate `raw` against `s`, pushing problems onto `out` (default: this.problems). */
  check(raw: unknown, s: JsonSchema, key: string, line: number, out: Problem[] = this.problems): void {
    const node = this.resolve(raw);
    line = this.lineOf(node, line);
    const kind = node === null ? 'null' : isMap(node) ? 'map' : isSeq(node) ? 'seq' : 'scalar';
    const v = node !== null && isScalar(node) ? node.value : undefined;
    const wrong = (what = expected(s)) => out.push({ line, key, message: `expected ${what}, got ${shown(node, v)}` });

    if (s.anyOf) {
      const matching = s.anyOf.filter((a) => a.type === undefined || typeOk(a.type, v, kind));
      if (matching.length === 0) return void wrong();
      // A scalar that fits no alternative: the whole choice. A list or mapping: its own problem.
      if (kind !== 'seq' && kind !== 'map') {
        const mine: Problem[] = [];
        for (const a of matching) {
          mine.length = 0;
          this.check(node, a, key, line, mine);
          if (mine.length === 0) return;
        }
        return void wrong();
      }
      let best: Problem[] | undefined;
      for (const a of matching) {
        const mine: Problem[] = [];
        this.check(node, a, key, line, mine);
        if (mine.length === 0) return;
        best ??= mine;
      }
      out.push(...best!);
      return;
    }
    if (s.type !== undefined && !typeOk(s.type, v, kind)) {
      // A number where a string is expected: the usual YAML surprise (`timing-key: 1`).
      return void wrong();
    }
    if (s.enum && !s.enum.includes(v as string)) {
      const hint = typeof v === 'string' ? didYouMean(v, s.enum.map(String)) : undefined;
      return void out.push({
        line,
        key,
        message: `expected ${expected(s)}, got ${shown(node, v)}${hint ? ` (did you mean '${hint}'?)` : ''}`,
      });
    }
    if (typeof v === 'number' && (s.type === 'number' || s.type === 'integer' || Array.isArray(s.type))) {
      if ((s.minimum !== undefined && v < s.minimum) || (s.maximum !== undefined && v > s.maximum)) return void wrong();
    }
    if (typeof v === 'string') {
      if (s.minLength !== undefined && v.length < s.minLength) return void wrong('a non-empty string');
      if (s.pattern !== undefined && !new RegExp(s.pattern, 'u').test(v)) return void wrong();
    }
    if (kind === 'seq' && isSeq(node)) {
      if (s.minItems !== undefined && node.items.length < s.minItems)
        return void wrong(`a list of at least ${s.minItems} item(s)`);
      if (s.items) node.items.forEach((item, i) => this.check(item, s.items!, `${key}[${i}]`, line, out));
      return;
    }
    if (kind === 'map' && isMap(node)) this.checkMap(node, s, key, line, out);
  }

  private checkMap(node: Node, s: JsonSchema, key: string, line: number, out: Problem[]): void {
    if (!isMap(node)) return;
    const props = s.properties ?? {};
    for (const pair of node.items) {
      const keyNode = this.resolve(pair.key);
      const keyLine = this.lineOf(keyNode, line);
      const name = keyNode && isScalar(keyNode) ? keyNode.value : undefined;
      if (typeof name !== 'string') {
        out.push({ line: keyLine, key, message: `expected keys that are strings, got ${shown(keyNode, name)}` });
        continue;
      }
      const path = key ? `${key}.${name}` : name;
      const value = pair.value as Node | null;
      this.lines.set(path, this.lineOf(this.resolve(value), keyLine));
      const sub = Object.hasOwn(props, name) ? props[name]! : undefined;
      if (sub) {
        if (sub['x-trusted-only'] && out === this.problems) this.trustedOnly.push(path);
        this.check(value, sub, path, keyLine, out);
        continue;
      }
      if (typeof s.additionalProperties === 'object') {
        if (s.propertyNames) {
          const mine: Problem[] = [];
          this.check(keyNode, s.propertyNames, path, keyLine, mine);
          if (mine.length) {
            out.push({
              line: keyLine,
              key: path,
              message: `is not a valid key: expected ${expected(s.propertyNames)}`,
            });
            continue;
          }
        }
        this.check(value, s.additionalProperties, path, keyLine, out);
        continue;
      }
      if (s.additionalProperties === false)
        out.push({ line: keyLine, key: path, message: unknownKey(name, key, props, this.root) });
    }
  }
}

/** "unknown key: did you mean 'min-coverage'?" — among the siblings, else in another section. */
function unknownKey(name: string, parent: string, props: Record<string, JsonSchema>, root: JsonSchema): string {
  const known = Object.keys(props);
  const home = Object.entries(root.properties ?? {}).find(
    ([, sec]) => sec.properties && Object.hasOwn(sec.properties, name),
  );
  if (home && home[0] !== parent) return `unknown key here: '${name}' is a key of '${home[0]}'`;
  const near = didYouMean(name, known);
  if (near) return `unknown key: did you mean '${near}'?`;
  const where = parent ? `'${parent}'` : 'the top level';
  return `unknown key: the keys of ${where} are ${known.join(', ')}`;
}
