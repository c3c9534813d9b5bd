/**
 * The config file for a command: its section under the command's flags, flag `--x` falling back
 * to key `x` (so a flag given on the command line always wins). Found at the top level of the git
 * repository holding `dir` (else `dir` itself); the YAML parser loads only when a file exists.
 */
import type { Section } from '@quality/config';
import { withConfig } from '@quality/config/entry';
import { escapeLine } from '@quality/kit/escape';
import { repoRoot } from '@quality/kit/git';
import { envInputSource, Inputs, layeredSource, renamed } from '@quality/kit/inputs';
import type { CliIO } from './registry.js';

export async function configured(inputs: Inputs, section: Section, dir: string, io: CliIO): Promise<Inputs> {
  let root = dir;
  try {
    root = await repoRoot(dir);
  } catch {
    // Not in a git repository: the folder itself (quality coverage works outside git).
  }
  return withConfig(
    inputs,
    section,
    { workspace: root, eventName: io.env.GITHUB_EVENT_NAME },
    (w) => io.stderr(`warning: ${escapeLine(w)}\n`),
    '--',
  );
}

/**
 * A command run as a composite action's step (`--github`): its flags over the step's `INPUT_*`
 * variables (read by the action input names, `--fail-level` as `fail-level`) over the config file:
 * CLI flag > action input > config file > the reader's default.
 */
export async function stepInputs(flags: Inputs, section: Section, dir: string, io: CliIO): Promise<Inputs> {
  const step = renamed(envInputSource(io.env), (name) => name.replace(/^--/, ''));
  return configured(new Inputs(layeredSource(flags.source, step)), section, dir, io);
}
