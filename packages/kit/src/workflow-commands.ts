/**
 * The runner's wire formats, written the way `@actions/core` 3 writes them (without loading it and
 * its HTTP client): `::name k=v,k=v::data` commands on stdout, and the `key<<DELIMITER` blocks of
 * the GITHUB_OUTPUT and GITHUB_STATE files. The one tricky rule: a block's delimiter gets a random
 * suffix, so no value (outside text included) can end the block early and forge another key.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { escapeData, escapeProperty } from './escape.js';

/** Command properties in the runner's order; empty and undefined values are left out, as core does. */
export type CommandProperties = Readonly<Record<string, string | number | undefined>>;

/** One workflow command line (without the line break). */
export function formatCommand(name: string, properties: CommandProperties, data: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${name}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(data)}`;
}

/** A `key<<DELIMITER` block for GITHUB_OUTPUT / GITHUB_STATE (without the final line break). */
export function formatKeyValue(key: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (key.includes(delimiter) || value.includes(delimiter))
    throw new Error(`The ${JSON.stringify(key)} value contains its own delimiter: this is a bug in quality.`);
  return `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

/**
 * Append a key/value to the runner's file (`GITHUB_OUTPUT`, `GITHUB_STATE`). The runner creates
 * the file; a path that does not exist is refused rather than created somewhere unexpected.
 */
export function appendKeyValue(file: string, key: string, value: string): void {
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, formatKeyValue(key, value) + EOL, { encoding: 'utf8' });
}
