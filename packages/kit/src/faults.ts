/**
 * File-system faults of the runner (a full disk, a read-only or missing folder, a file where a
 * folder should be) as ConfigurationErrors naming the path and what to do, never "a bug". The
 * tricky rule: Node's recursive mkdir reports ENOENT on a read-only or full file system, so
 * makeDirectory asks again for the folder it could not create, alone, to get the real cause.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigurationError, errorMessage } from './errors.js';
import { checkOutputSize } from './limits.js';
import { setOutput } from './runner.js';

const WHY: Record<string, string> = {
  ENOSPC: 'the disk is full: free space on the runner',
  EDQUOT: 'the disk quota is exceeded: free space on the runner',
  EROFS: 'the file system is read-only: point it at a writable folder',
  EACCES: 'permission denied: make the folder writable for the runner user',
  EPERM: 'permission denied: make the folder writable for the runner user',
  ENOTDIR: 'a part of the path is a file, not a folder: fix the path',
  EEXIST: 'a file is in the way of the folder: fix the path',
  EISDIR: 'the path is a folder: name a file',
  ENOENT: 'a folder on the path does not exist',
};

/** An error with a file-system errno code (ENOSPC, EROFS...). */
export function isFsFault(e: unknown): e is NodeJS.ErrnoException {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && code in WHY;
}

/** "Cannot write <what> to <path>: <why and what to do> (<code>)." as a ConfigurationError. */
export function fsFault(e: unknown, path: string, what: string): ConfigurationError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code ?? '';
  return new ConfigurationError(
    `Cannot write ${what} to ${path}: ${WHY[code] ?? errorMessage(e)}${code ? ` (${code})` : ''}.`,
    { cause: e },
  );
}

/** The real error behind a failed recursive mkdir of `dir`: the first missing folder, created alone. */
function realCause(dir: string, e: unknown): unknown {
  let missing: string | undefined;
  for (let p = resolve(dir); !existsSync(p);) {
    missing = p;
    const up = dirname(p);
    if (up === p) break;
    p = up;
  }
  if (missing === undefined) return e;
  try {
    mkdirSync(missing);
  } catch (e2) {
    return e2;
  }
  return e;
}

/** mkdir -p, or a ConfigurationError naming `dir`, the real cause and what to do. */
export function makeDirectory(dir: string, what: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw fsFault(realCause(dir, e), dir, what);
  }
}

/**
 * Write step outputs, in order, once every value is known to fit (so a refused value writes
 * none of them). A file-system fault on GITHUB_OUTPUT is a ConfigurationError naming it. Put
 * a verdict last: a fault part-way then leaves it unwritten.
 */
export function writeOutputs(outputs: Iterable<readonly [string, string | number | boolean]>): void {
  const all = [...outputs].map(([k, v]) => [k, String(v)] as const);
  for (const [k, v] of all) {
    try {
      checkOutputSize(k, v);
    } catch (e) {
      throw new ConfigurationError(errorMessage(e));
    }
  }
  try {
    for (const [k, v] of all) setOutput(k, v);
  } catch (e) {
    if (!isFsFault(e)) throw e;
    throw fsFault(e, process.env.GITHUB_OUTPUT || 'GITHUB_OUTPUT', 'the step outputs');
  }
}
