/**
 * Typed input readers. Read every input once, at the top of an entry, into a typed object
 * (as peter-evans/create-pull-request does); the engine never sees raw strings.
 *
 * The source is injected: the runner's `INPUT_*` variables in actions, a flag map in the
 * CLI, a plain object in tests, and layers of them (CLI flag > action input > config file >
 * the reader's default). An empty string means "absent", as on the runner: so an action.yml
 * gives no `default:` for a key the config file may set.
 */
import { ConfigValueError, InputError } from './errors.js';

/** Where a config file value came from: its file, line and dotted key. */
export interface InputOrigin {
  file: string;
  line: number;
  key: string;
}

export interface InputSource {
  /** The raw value, '' when absent. */
  get(name: string): string;
  /** For a value from a config file: where it is, so an error names the file, line and key. */
  origin?(name: string): InputOrigin | undefined;
}

/** One config file value, already written as an input string (lists one item per line). */
export interface ConfigValue extends InputOrigin {
  value: string;
}

/**
 * A config file section as a source: input `prefix + key` reads `values[key]` (prefix `--` for
 * CLI flags, '' for action inputs).
 */
export function configSource(values: Readonly<Record<string, ConfigValue>>, prefix = ''): InputSource {
  const find = (name: string): ConfigValue | undefined => {
    if (!name.startsWith(prefix)) return undefined;
    const key = name.slice(prefix.length);
    return Object.hasOwn(values, key) ? values[key] : undefined;
  };
  return {
    get: (name) => find(name)?.value ?? '',
    origin: (name) => {
      const v = find(name);
      return v && { file: v.file, line: v.line, key: v.key };
    },
  };
}

/** The first layer with a non-empty value wins: `layeredSource(flags, actionInputs, config)`. */
export function layeredSource(...layers: InputSource[]): InputSource {
  const pick = (name: string) => layers.find((l) => l.get(name).trim() !== '');
  return {
    get: (name) => pick(name)?.get(name) ?? '',
    origin: (name) => pick(name)?.origin?.(name),
  };
}

/** A source read under other names: `renamed(flags, (n) => `--${n}`)` reads input `x` as flag `--x`. */
export function renamed(source: InputSource, rename: (name: string) => string): InputSource {
  return {
    get: (name) => source.get(rename(name)),
    origin: (name) => source.origin?.(rename(name)),
  };
}

/** Inputs as the runner passes them: INPUT_<NAME> with spaces as '_', upper case. */
export function envInputSource(env: NodeJS.ProcessEnv): InputSource {
  return {
    get: (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '',
  };
}

export function mapInputSource(values: Record<string, string | undefined>): InputSource {
  return { get: (name) => values[name] ?? '' };
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const YAML_TRUE = new Set(['true', 'True', 'TRUE']);
const YAML_FALSE = new Set(['false', 'False', 'FALSE']);

export interface NumberOptions {
  min?: number;
  max?: number;
  integer?: boolean;
}

export class Inputs {
  constructor(readonly source: InputSource) {}

  /** These inputs over `fallback` (a config file section): a value here wins, else the fallback's. */
  withFallback(fallback: InputSource): Inputs {
    return new Inputs(layeredSource(this.source, fallback));
  }

  /** Where a value came from (a config file key), or undefined for the input itself or no value. */
  origin(name: string): InputOrigin | undefined {
    return this.optional(name) === undefined ? undefined : this.source.origin?.(name);
  }

  /** The error for a wrong value: a config file's names file, line and key; an input's names the input. */
  private wrong(name: string, raw: string, expected: string): ConfigValueError | InputError {
    const o = this.source.origin?.(name);
    return o ? new ConfigValueError(o.file, o.line, o.key, raw, expected) : new InputError(name, raw, expected);
  }

  /** Trimmed value, or undefined when absent. */
  optional(name: string): string | undefined {
    const v = this.source.get(name).trim();
    return v === '' ? undefined : v;
  }

  required(name: string): string {
    const v = this.optional(name);
    if (v === undefined) throw this.wrong(name, '', 'a value: this input is required');
    return v;
  }

  string(name: string, fallback: string): string {
    return this.optional(name) ?? fallback;
  }

  number(name: string, opts: NumberOptions & { default: number }): number;
  number(name: string, opts?: NumberOptions): number | undefined;
  number(name: string, opts: NumberOptions & { default?: number } = {}): number | undefined {
    const raw = this.optional(name);
    if (raw === undefined) return opts.default;
    const range =
      opts.min !== undefined && opts.max !== undefined
        ? ` from ${opts.min} to ${opts.max}`
        : opts.min !== undefined
          ? ` of at least ${opts.min}`
          : opts.max !== undefined
            ? ` of at most ${opts.max}`
            : '';
    const what = `${opts.integer ? 'a whole number' : 'a number'}${range}`;
    if (raw.endsWith('%') && NUMBER.test(raw.slice(0, -1).trim())) {
      throw this.wrong(name, raw, `${what}, without the % sign (write ${raw.slice(0, -1).trim()})`);
    }
    if (!NUMBER.test(raw)) throw this.wrong(name, raw, what);
    const n = Number(raw);
    if (opts.integer && !Number.isInteger(n)) throw this.wrong(name, raw, what);
    if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
      throw this.wrong(name, raw, what);
    }
    return n;
  }

  /**
   * A number, or `off` for a rule turned off: undefined then, whatever the default. An empty
   * input is "not set" (a config file or the default decides), so `off` is how to say "no rule".
   */
  numberOrOff(name: string, opts: NumberOptions & { default?: number } = {}): number | undefined {
    if (this.optional(name)?.toLowerCase() === 'off') return undefined;
    try {
      return this.number(name, opts);
    } catch (e) {
      if (e instanceof ConfigValueError || e instanceof InputError)
        throw this.wrong(name, this.optional(name) ?? '', `${e.expected}, or off`);
      throw e;
    }
  }

  enum<T extends string>(name: string, allowed: readonly T[], fallback: T): T;
  enum<T extends string>(name: string, allowed: readonly T[]): T | undefined;
  enum<T extends string>(name: string, allowed: readonly T[], fallback?: T): T | undefined {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    const hit = allowed.find((a) => a === raw) ?? allowed.find((a) => a.toLowerCase() === raw.toLowerCase());
    if (hit === undefined) throw this.wrong(name, raw, `one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
    return hit;
  }

  /** A YAML 1.2 core-schema boolean, as @actions/core's getBooleanInput reads it. */
  boolean(name: string, fallback: boolean): boolean {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (YAML_TRUE.has(raw)) return true;
    if (YAML_FALSE.has(raw)) return false;
    throw this.wrong(name, raw, "a YAML 1.2 boolean: 'true' or 'false'");
  }

  /**
   * A list: one item per line; a single line may also be comma-separated. Blank lines and
   * lines starting with '#' are skipped.
   */
  list(name: string): string[] {
    const raw = this.optional(name);
    if (raw === undefined) return [];
    const lines = raw
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
    if (lines.length === 1)
      return lines[0]!
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    return lines;
  }

  /** Glob patterns, one per line (commas are legal in globs). '!' negates. */
  globs(name: string): string[] {
    const raw = this.optional(name);
    if (raw === undefined) return [];
    const globs = raw
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
    for (const g of globs) {
      if (g === '!') throw this.wrong(name, raw, "glob patterns; a lone '!' negates nothing");
      if (g.includes('\0')) throw this.wrong(name, raw, 'glob patterns without NUL characters');
    }
    return globs;
  }

  json(name: string): unknown {
    const raw = this.optional(name);
    if (raw === undefined) return undefined;
    try {
      return JSON.parse(raw);
    } catch (e) {
      throw this.wrong(name, raw, `valid JSON (${e instanceof Error ? e.message : String(e)})`);
    }
  }
}
