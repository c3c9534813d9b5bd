/**
 * The one call an entry makes: its inputs over the config file's section. Actions pass the
 * workflow context (workspace, event name); the CLI passes the repository root and `prefix` '--'
 * (flag `--min-coverage` falls back to key `min-coverage`). The tricky rule: the YAML parser and
 * validator load only when a config file exists (import `@quality/config/entry`, not the index,
 * to keep them out of an entry's start-up). `place.file` names the file instead of searching.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '@quality/kit/errors';
import { configSource, type Inputs } from '@quality/kit/inputs';
import type { Section } from './schema.js';

export const CONFIG_FILES = ['.github/quality.yml', 'quality.yml'] as const;

export interface ConfigPlace {
  /** The repository root: GITHUB_WORKSPACE in an action, the git top level in the CLI. */
  workspace: string;
  eventName?: string;
  /** A config file named explicitly (CLI `--config`): absolute path, and as the user wrote it. */
  file?: { path: string; shown: string };
}

export async function withConfig(
  inputs: Inputs,
  section: Section,
  place: ConfigPlace,
  warn: (message: string) => void = () => {},
  prefix = '',
): Promise<Inputs> {
  const { file } = place;
  if (file === undefined && !CONFIG_FILES.some((f) => existsSync(join(place.workspace, f)))) return inputs;
  const { loadConfig, loadConfigFile, sectionValues } = await import('./load.js');
  const opts = { eventName: place.eventName };
  const cfg = file ? loadConfigFile(file.path, file.shown, opts) : loadConfig(place.workspace, opts);
  if (file && !cfg) throw new ConfigurationError(`The config file ${file.shown} does not exist.`);
  for (const w of cfg?.warnings ?? []) warn(w);
  return inputs.withFallback(configSource(sectionValues(cfg, section), prefix));
}
