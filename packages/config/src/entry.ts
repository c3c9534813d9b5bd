/**
 * The one call an entry makes: its inputs over the config file's section. Actions pass the
 * workflow context (workspace, event name); the CLI passes the repository root and `prefix` '--'
 * (flag `--min-coverage` falls back to key `min-coverage`).
 */
import { configSource, type Inputs } from '@quality/kit/inputs';
import { loadConfig, sectionValues } from './load.js';
import type { Section } from './schema.js';

export interface ConfigPlace {
  /** The repository root: GITHUB_WORKSPACE in an action, the git top level in the CLI. */
  workspace: string;
  eventName?: string;
}

export function withConfig(
  inputs: Inputs,
  section: Section,
  place: ConfigPlace,
  warn: (message: string) => void = () => {},
  prefix = '',
): Inputs {
  const cfg = loadConfig(place.workspace, { eventName: place.eventName });
  for (const w of cfg?.warnings ?? []) warn(w);
  return inputs.withFallback(configSource(sectionValues(cfg, section), prefix));
}
