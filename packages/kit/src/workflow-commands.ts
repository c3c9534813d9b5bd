/**
 * The runner's wire formats, written the way `@actions/core` 3 writes them (without loading it and
 * its HTTP client): `::name k=v,k=v::data` commands on stdout, and the `key<<DELIMITER` blocks of
 * the GITHUB_OUTPUT and GITHUB_STATE files. The one tricky rule: a block's delimiter gets a random
 * suffix, so no value (outside text included) can end the block early and forge another key.
 * The suffix is a random UUID read from /dev/urandom where it exists: node:crypto takes about 5 ms
 * to load, a run that writes outputs pays it at every start.
 */
import { appendFileSync, closeSync, existsSync, openSync, readSync } from 'node:fs';
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

/**
 * A random (version 4) UUID like crypto.randomUUID's: 122 bits from the kernel's generator (`device`),
 * or from Web Crypto where there is no such device (Windows).
 */
export function randomUuid(device = '/dev/urandom'): string {
  const b = new Uint8Array(16);
  let got = 0;
  try {
    const fd = openSync(device, 'r');
    try {
      got = readSync(fd, b, 0, 16, null);
    } finally {
      closeSync(fd);
    }
  } catch {
    got = 0;
  }
  if (got !== 16) globalThis.crypto.getRandomValues(b);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Buffer.from(b.buffer, b.byteOffset, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A `key<<DELIMITER` block for GITHUB_OUTPUT / GITHUB_STATE (without the final line break). */
export function formatKeyValue(key: string, value: string, delimiter = `ghadelimiter_${randomUuid()}`): string {
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
