/**
 * The config file for a command: its section under the command's flags, flag `--x` falling back
 * to key `x` (so a flag given on the command line always wins). Found at the top level of the git
 * repository holding `dir` (else `dir` itself), or named by `--config FILE`; the YAML parser
 * loads only when a file exists.
 */
import { existsSync } from 'node:fs';
import type { Section } from '@quality/config';
import { withConfig } from '@quality/config/entry';
import { escapeLine } from '@quality/kit/escape';
import { repoRoot } from '@quality/kit/git';
import { envInputSource, Inputs } from '@quality/kit/inputs';
import { fromCwd, UsageError } from './args.js';
import type { CliIO } from './registry.js';

async function rootOf(dir: string): Promise<string> {
  try {
    return await repoRoot(dir);
  } catch {
    // Not in a git repository: the folder itself (quality coverage works outside git).
    return dir;
  }
}

/** `--config FILE` (relative to where the user is): a missing file is a usage error naming it. */
function explicitFile(flags: Inputs, io: CliIO): { path: string; shown: string } | undefined {
  const shown = flags.optional('--config');
  if (shown === undefined) return undefined;
  const path = fromCwd(io.cwd, shown);
  if (!existsSync(path)) throw new UsageError(`--config ${shown}: the file does not exist (${path}).`);
  return { path, shown };
}

export async function configured(inputs: Inputs, section: Section, dir: string, io: CliIO): Promise<Inputs> {
  const file = explicitFile(inputs, io);
  return withConfig(
    inputs,
    section,
    { workspace: await rootOf(dir), eventName: io.env.GITHUB_EVENT_NAME, ...(file ? { file } : {}) },
    (w) => io.stderr(`warning: ${escapeLine(w)}\n`),
    '--',
  );
}

/**
 * A command run as a composite action's step (`--github`): the step's `INPUT_*` variables, read
 * by the action input names (`fail-level`, as a JavaScript action reads them), over the section
 * of the workspace's config file: action input > config file > the reader's default (an empty
 * input is "not set"). A wrong input names the input, a wrong key its file, line and key.
 * `warn` gets the keys dropped on untrusted events (the runner's `::warning::`).
 */
export async function stepInputs(
  section: Section,
  workspace: string,
  io: CliIO,
  warn: (message: string) => void,
): Promise<Inputs> {
  return withConfig(
    new Inputs(envInputSource(io.env)),
    section,
    {
      workspace: await rootOf(workspace),
      eventName: io.env.GITHUB_EVENT_NAME,
    },
    warn,
  );
}
