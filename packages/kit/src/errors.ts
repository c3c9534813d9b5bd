/**
 * Errors a user can act on, kept apart from bugs (as github/codeql-action does).
 *
 * A ConfigurationError says what was wrong, where, and what to do. `run()` turns it
 * into a plain failure message; any other error is a bug and gets a stack in debug.
 * This module imports nothing so that engine packages can use it without pulling
 * `@actions/core` into their bundles.
 */
export class ConfigurationError extends Error {
  override readonly name: string = 'ConfigurationError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** An input (action input, CLI flag or config key) that has the wrong value. */
export class InputError extends ConfigurationError {
  override readonly name = 'InputError';
  constructor(
    readonly input: string,
    readonly received: string,
    readonly expected: string,
  ) {
    const shown = received.length > 200 ? `${received.slice(0, 200)}…` : received;
    super(`Input '${input}' has the value ${JSON.stringify(shown)}: expected ${expected}.`);
  }
}

/**
 * A config file key (`.github/quality.yml`) with the wrong value: names the file, line and key,
 * as `quality.yml:LINE: key.path: expected …`. Not an InputError: no usage line follows it.
 */
export class ConfigValueError extends ConfigurationError {
  override readonly name = 'ConfigValueError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly key: string,
    readonly received: string,
    readonly expected: string,
  ) {
    const shown = received.length > 200 ? `${received.slice(0, 200)}…` : received;
    super(`${file}:${line}: ${key}: expected ${expected}, got ${JSON.stringify(shown)}.`);
  }
}

/** A file the user gave us (a report, a patch, a config file) that we cannot read as it is. */
export class FileFormatError extends ConfigurationError {
  override readonly name = 'FileFormatError';
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly problem: string,
    readonly hint?: string,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${problem}${hint ? ` ${hint}` : ''}`);
  }
}

export function isConfigurationError(e: unknown): e is ConfigurationError {
  return e instanceof ConfigurationError;
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
