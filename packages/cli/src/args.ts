/**
 * The CLI's one argument parser: Node's `util.parseArgs`, strict, so an unknown option, a
 * missing value or a stray argument is a UsageError (exit 2 with the usage). Flag values are
 * then read with kit's typed readers (`Inputs`), the same the actions use, named `--flag`.
 */
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigurationError } from '@quality/kit/errors';
import { Inputs, mapInputSource } from '@quality/kit/inputs';

/** A wrong command line: main prints the message, then the command's usage line, and exits 2. */
export class UsageError extends ConfigurationError {
  override readonly name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `--config FILE`, for every command that reads the config file: spread into its options
 * (`{ ...CONFIG_OPTION, ... }`); `configured()` reads it. Its help line: configHelp().
 */
export const CONFIG_OPTION = { config: { type: 'string' } } as const;
/** The `--config FILE` help line, its description starting at column `pad` + 2 (as the command's others). */
export const configHelp = (pad = 19): string =>
  `  ${'--config FILE'.padEnd(pad)}read this config file instead of .github/quality.yml (or quality.yml)\n`;

export interface Parsed<O extends Options> {
  values: {
    [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : O[K]['multiple'] extends true ? string[] : string;
  };
  positionals: string[];
  /** The flags as typed inputs: `inputs.number('--limit', ...)`; a repeated flag one value per line. */
  inputs: Inputs;
}

export function parse<O extends Options>(argv: string[], options: O, maxPositionals = 0): Parsed<O> {
  let r: { values: Record<string, unknown>; positionals: string[] };
  try {
    r = parseArgs({ args: argv, options, allowPositionals: true, strict: true }) as typeof r;
  } catch (e) {
    // ERR_PARSE_ARGS_UNKNOWN_OPTION, _INVALID_OPTION_VALUE, _UNEXPECTED_POSITIONAL: Node's
    // message names the option; keep its first sentence.
    const text = typeof (e as Error | null)?.message === 'string' ? (e as Error).message : String(e);
    const msg = text.split(/\.\s/)[0]!.replace(/\.$/, '');
    throw new UsageError(`${msg}.`);
  }
  if (r.positionals.length > maxPositionals) {
    const extra = r.positionals[maxPositionals]!;
    throw new UsageError(
      maxPositionals === 0
        ? `Unexpected argument '${extra}'.`
        : `Unexpected argument '${extra}' (at most ${maxPositionals}).`,
    );
  }
  const strings: Record<string, string> = {};
  for (const [k, v] of Object.entries(r.values)) {
    const all = Array.isArray(v) ? v : [v];
    // The typed readers take '' for "absent": an empty value given on purpose is a mistake.
    if (all.some((x) => typeof x === 'string' && x.trim() === ''))
      throw new UsageError(`Option '--${k}' has an empty value.`);
    // Every flag reads through `inputs` (so a config file key can stand in for it): repeated
    // values one per line, a boolean flag given as 'true'.
    if (typeof v === 'string') strings[`--${k}`] = v;
    else if (Array.isArray(v)) strings[`--${k}`] = v.join('\n');
    else if (v === true) strings[`--${k}`] = 'true';
  }
  return {
    values: r.values as Parsed<O>['values'],
    positionals: r.positionals,
    inputs: new Inputs(mapInputSource(strings)),
  };
}

/**
 * An existing directory given by `flag` (relative to `cwd`), checked before any git or file walk
 * starts: "does not exist" / "is not a directory", never a later "no project" or a git error.
 */
export function existingDir(cwd: string, dir: string | undefined, flag: string): string {
  const abs = dir === undefined ? cwd : isAbsolute(dir) ? dir : resolve(cwd, dir);
  let isDir: boolean;
  try {
    isDir = statSync(abs).isDirectory();
  } catch {
    throw new ConfigurationError(`${flag} ${abs} does not exist. Give an existing directory.`);
  }
  if (!isDir) throw new ConfigurationError(`${flag} ${abs} is not a directory. Give a directory.`);
  return abs;
}

/** A path relative to `cwd`, as the user typed it. */
export function fromCwd(cwd: string, p: string): string {
  return isAbsolute(p) ? p : resolve(cwd, p);
}

/** Where a command's temporary folders go: the runner's RUNNER_TEMP when it exists, else the system's. */
export function tempBase(env: NodeJS.ProcessEnv): string {
  return env.RUNNER_TEMP && existsSync(env.RUNNER_TEMP) ? env.RUNNER_TEMP : tmpdir();
}
