#!/usr/bin/env node
/**
 * `quality`: the toolkit's checks on your own machine. Human output by default, `--json`
 * for machines. Exit codes: 0 ok, 1 a check failed, 2 a usage or configuration error.
 * A closed stdout (`quality ... | head`) ends the run quietly; the process exits when the
 * answer is written, whatever handles are left.
 */
import { once } from 'node:events';
import { errorMessage } from '@quality/kit/errors';
import { lineGuard } from '@quality/kit/escape';
import { main } from './program.js';
import type { CliIO } from './registry.js';

const isEpipe = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code === 'EPIPE';
// The reader went away (`| head`): nothing more can be said, and that is not an error.
process.stdout.on('error', (e) => {
  if (isEpipe(e)) process.exit(process.exitCode ?? 0);
  throw e;
});

// In a workflow step, stdout and stderr are the job log: a line of ours that holds outside text
// (a path, a report's name) must never read as a workflow command.
const guardOut = lineGuard();
const guardErr = lineGuard();
const io: CliIO = {
  stdout: (s) => (process.stdout.write(guardOut(s)) ? undefined : once(process.stdout, 'drain').then(() => undefined)),
  stderr: (s) => void process.stderr.write(guardErr(s)),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
};
/**
 * Exit once stdout and stderr are flushed, so that nothing left behind (a timer of a git child
 * that failed to spawn, a stray handle) can keep the process alive after the answer is given.
 */
function finish(code: number): void {
  process.exitCode = code;
  const flushed = (s: NodeJS.WriteStream) => new Promise<void>((r) => s.write('', () => r()));
  void Promise.all([flushed(process.stdout), flushed(process.stderr)]).then(() => process.exit(code));
}

main(process.argv.slice(2), io).then(finish, (e: unknown) => {
  process.stderr.write(guardErr(`quality: ${errorMessage(e)}\n`));
  finish(1);
});
