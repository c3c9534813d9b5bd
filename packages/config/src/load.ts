/**
 * Find, parse and validate the config file: `.github/quality.yml`, else `quality.yml` at the
 * repository root (both: an error naming both). Every problem is reported at once, each as
 * `FILE:LINE: key.path: expected …`. The tricky rule: on an untrusted event the file comes from a
 * checkout a fork may control, so its `x-trusted-only` keys (running repository code, writing
 * shared state) are dropped with a warning; every other key (thresholds, filters) applies, as it
 * does on the pull_request run of the same change.
 */
import { readSmallFile } from '@quality/kit/files';
import { join } from 'node:path';
import { ConfigurationError } from '@quality/kit/errors';
import type { ConfigValue } from '@quality/kit/inputs';
import { LineCounter, parseDocument } from 'yaml';
import { schema, SECTIONS, type JsonSchema, type Section } from './schema.js';
import { Validator, type Problem } from './validate.js';

import { CONFIG_FILES } from './entry.js';

export { CONFIG_FILES };
/** Events whose checkout the pull request's author may control. */
export const UNTRUSTED_EVENTS: readonly string[] = ['pull_request_target', 'workflow_run'];
const MAX_BYTES = 1024 * 1024;
const MAX_SHOWN = 20;

/** The config file is wrong: every problem, one per line. */
export class ConfigFileError extends ConfigurationError {
  override readonly name = 'ConfigFileError';
  constructor(
    readonly file: string,
    readonly problems: readonly Problem[],
  ) {
    const lines = problems
      .slice(0, MAX_SHOWN)
      .map((p) => `${file}:${p.line}: ${p.key ? `${p.key}: ` : ''}${p.message}`);
    if (problems.length > MAX_SHOWN) lines.push(`… and ${problems.length - MAX_SHOWN} more problem(s).`);
    super(
      `${lines.join('\n')}${problems.length > 1 ? '\n' : ' '}Fix ${file} (its schema: schema/quality.schema.json).`,
    );
  }
}

export interface QualityConfig {
  /** The file as named from the repository root, e.g. `.github/quality.yml`. */
  file: string;
  /** The validated values, section → key → value (plain JSON). */
  data: Partial<Record<Section, Record<string, unknown>>>;
  /** Key path → line of its value. */
  lines: ReadonlyMap<string, number>;
  /** Keys dropped (untrusted event) and similar notes for the log. */
  warnings: string[];
}

export interface ParseOptions {
  /** GITHUB_EVENT_NAME: on an untrusted event, `x-trusted-only` keys are dropped. */
  eventName?: string;
}

/** Parse and validate the text of a config file named `file` (for messages). */
export function parseConfig(text: string, file: string, opts: ParseOptions = {}): QualityConfig {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false, strict: true });
  if (doc.errors.length > 0) {
    throw new ConfigFileError(
      file,
      doc.errors.map((e) => ({
        line: counter.linePos(e.pos[0]).line,
        key: '',
        message: `not valid YAML: ${e.message.split('\n')[0]}`,
      })),
    );
  }
  const empty = doc.contents === null || (doc.contents as { value?: unknown }).value === null;
  const v = new Validator(doc, counter, schema);
  if (!empty) v.check(doc.contents, schema, '', 1);
  if (v.problems.length > 0) throw new ConfigFileError(file, v.problems);
  let data: QualityConfig['data'] = {};
  try {
    // Aliases expand here (free-form values such as matrix.include): bounded, as a billion laughs would not be.
    if (!empty) data = doc.toJS({ maxAliasCount: 100 }) as QualityConfig['data'];
  } catch (e) {
    throw new ConfigFileError(file, [{ line: 1, key: '', message: `cannot be read: ${(e as Error).message}` }]);
  }
  const warnings: string[] = [];
  const event = opts.eventName ?? '';
  if (UNTRUSTED_EVENTS.includes(event)) {
    for (const path of v.trustedOnly) {
      const [sec, key] = path.split('.') as [Section, string];
      delete data[sec]?.[key];
      warnings.push(
        `${file}:${v.lines.get(path)}: ${path} is ignored on ${event}: the config comes from a checkout the pull request may control, and a key that runs repository code or writes shared state applies on trusted events only. Set the action input instead.`,
      );
    }
  }
  return { file, data, lines: v.lines, warnings };
}

function readSmall(abs: string, file: string): string | undefined {
  let f;
  try {
    f = readSmallFile(abs, MAX_BYTES);
  } catch (e) {
    throw new ConfigurationError(`${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
  }
  if (f.ok) return f.text;
  if (f.reason === 'missing') return undefined;
  if (f.reason === 'not a file') throw new ConfigurationError(`${file} is not a file.`);
  throw new ConfigurationError(`${file} is ${f.size} bytes: a config file is at most 1 MiB.`);
}

/**
 * The config of the repository at `root`, or undefined when it has none. Both files present is
 * an error: one would be silently ignored.
 */
export function loadConfig(root: string, opts: ParseOptions = {}): QualityConfig | undefined {
  const found = CONFIG_FILES.map((f) => ({ file: f, text: readSmall(join(root, f), f) })).filter(
    (x) => x.text !== undefined,
  );
  if (found.length > 1) {
    throw new ConfigurationError(
      `Both ${CONFIG_FILES[0]} and ${CONFIG_FILES[1]} exist in ${root}: keep one (${CONFIG_FILES[0]} is the usual place) and delete the other.`,
    );
  }
  const [hit] = found;
  return hit ? parseConfig(hit.text!, hit.file, opts) : undefined;
}

/**
 * A config file named by the user (`quality … --config FILE`): `abs` is read, `file` (as given)
 * names it in messages. Undefined when it does not exist: the caller says how that is wrong.
 */
export function loadConfigFile(abs: string, file: string, opts: ParseOptions = {}): QualityConfig | undefined {
  const text = readSmall(abs, file);
  return text === undefined ? undefined : parseConfig(text, file, opts);
}

/** A value as the input readers read it: lists one item per line, mappings as JSON. */
function inputText(v: unknown): string {
  if (Array.isArray(v)) return v.some((x) => typeof x === 'object' && x !== null) ? JSON.stringify(v) : v.join('\n');
  if (typeof v === 'object' && v !== null) return JSON.stringify(v);
  return String(v);
}

/**
 * One section as input values for kit's `configSource`: `inputs.withFallback(configSource(
 * sectionValues(cfg, 'coverage')))` reads `min-coverage` from the input, else from the file.
 */
export function sectionValues(cfg: QualityConfig | undefined, section: Section): Record<string, ConfigValue> {
  const out: Record<string, ConfigValue> = {};
  const values = cfg?.data[section];
  if (!cfg || !values) return out;
  for (const [key, v] of Object.entries(values)) {
    const path = `${section}.${key}`;
    out[key] = { value: inputText(v), file: cfg.file, line: cfg.lines.get(path) ?? 1, key: path };
  }
  return out;
}

/** The keys of a section (for tests and docs). */
export function sectionKeys(section: Section): string[] {
  return Object.keys((schema.properties![section] as JsonSchema).properties ?? {});
}

export { SECTIONS };
