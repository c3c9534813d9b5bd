/**
 * Run a program with an argument array (never a shell string), a timeout and a cap on what it
 * may print: the one process runner engines are handed (lint, format) so they stay pure.
 *
 * Tricky rule: output past `maxOutputBytes` is dropped and flagged (`truncated`), never buffered,
 * so a runaway tool cannot exhaust memory; the caller decides whether a truncated answer is usable.
 */
import { spawn } from 'node:child_process';

export interface ProcessRequest {
  /** Program then arguments; the program is looked up on PATH when it has no '/'. */
  argv: readonly string[];
  cwd: string;
  /** Variables set on top of the inherited environment. */
  env?: Readonly<Record<string, string>>;
  /** Killed (SIGTERM, then SIGKILL 2 s later) after this long. Default 10 minutes. */
  timeoutMs?: number;
  /** Per stream. Default 256 MiB. */
  maxOutputBytes?: number;
  input?: string | Buffer;
  /**
   * Each chunk as it comes (a test run's output shown live). The streams are still kept for the
   * result, except those named in `discard` (output only shown needs no memory).
   */
  onOutput?: (chunk: Buffer, stream: 'stdout' | 'stderr') => void;
  discard?: readonly ('stdout' | 'stderr')[];
}

export interface ProcessResult {
  /** The exit code; null when the process was killed by a signal or could not start. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: Buffer;
  durationMs: number;
  /** A stream went past maxOutputBytes: what is kept is its beginning. */
  truncated: boolean;
  timedOut: boolean;
  /** The program could not be started (ENOENT: not installed or not on PATH). */
  spawnError?: NodeJS.ErrnoException;
}

export type ProcessRunner = (req: ProcessRequest) => Promise<ProcessResult>;

const DEFAULT_MAX = 256 * 1024 * 1024;

/** The result of a command that never started (no output, no exit code): `error` says why. */
export function notStarted(error: NodeJS.ErrnoException): ProcessResult {
  return {
    code: null,
    signal: null,
    stdout: Buffer.alloc(0),
    stderr: Buffer.alloc(0),
    durationMs: 0,
    truncated: false,
    timedOut: false,
    spawnError: error,
  };
}

/** The real runner. Resolves for every outcome (a missing program included); never rejects. */
export const runProcess: ProcessRunner = (req) => {
  const started = performance.now();
  const max = req.maxOutputBytes ?? DEFAULT_MAX;
  const timeoutMs = req.timeoutMs ?? 10 * 60_000;
  const [program, ...args] = req.argv;
  return new Promise((resolve) => {
    if (program === undefined || program === '') {
      resolve(notStarted(Object.assign(new Error('empty command'), { code: 'ENOENT' })));
      return;
    }
    const child = spawn(program, args, {
      cwd: req.cwd,
      env: req.env ? { ...process.env, ...req.env } : process.env,
      stdio: [req.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      shell: false,
      windowsHide: true,
    });
    let timedOut = false;
    let killTimer: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      killTimer = setTimeout(() => child.kill('SIGKILL'), 2000);
      killTimer.unref();
    }, timeoutMs);
    timer.unref();
    let truncated = false;
    const collect = () => {
      const parts: Buffer[] = [];
      let size = 0;
      return {
        parts,
        push(c: Buffer) {
          if (size >= max) {
            truncated = true;
            return;
          }
          const keep = c.length <= max - size ? c : c.subarray(0, max - size);
          if (keep.length < c.length) truncated = true;
          parts.push(keep);
          size += keep.length;
        },
      };
    };
    const out = collect();
    const err = collect();
    const keep = (stream: 'stdout' | 'stderr') => !req.discard?.includes(stream);
    child.stdout!.on('data', (c: Buffer) => {
      req.onOutput?.(c, 'stdout');
      if (keep('stdout')) out.push(c);
    });
    child.stderr!.on('data', (c: Buffer) => {
      req.onOutput?.(c, 'stderr');
      if (keep('stderr')) err.push(c);
    });
    if (child.stdin) {
      child.stdin.on('error', () => undefined); // the program may exit before reading its input
      child.stdin.end(req.input);
    }
    let spawnError: NodeJS.ErrnoException | undefined;
    child.on('error', (e: NodeJS.ErrnoException) => {
      spawnError = e;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      resolve({
        code: spawnError ? null : code,
        signal,
        stdout: Buffer.concat(out.parts),
        stderr: Buffer.concat(err.parts),
        durationMs: performance.now() - started,
        truncated,
        timedOut,
        ...(spawnError ? { spawnError } : {}),
      });
    });
  });
};

/** An argument array as a shell would need it typed (for messages and "run this to fix" lines). */
export function displayCommand(argv: readonly string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
