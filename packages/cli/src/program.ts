/**
 * The `quality` program without its process: dispatch to a lazily loaded command and turn
 * errors into exit codes (2 with the usage for a wrong command line, 2 for the user's other
 * mistakes, 1 with "this is a bug" for anything else).
 */
import { errorMessage, InputError, isConfigurationError } from '@quality/kit/errors';
import { commands, type CliIO } from './registry.js';
import './commands.js';
import { VERSION } from './version.js';

export function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `quality ${VERSION}: CI quality checks, the same on your machine as in GitHub Actions.`,
    '',
    'Usage: quality <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  --help, -h     show help (also: quality <command> --help)',
    '  --version, -v  print the version',
    '',
    'Exit codes: 0 ok, 1 a check failed, 2 a usage or configuration error.',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(help());
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const cmd = commands.find((c) => c.name === first);
  if (!cmd) {
    io.stderr(
      `quality: unknown command '${first}'. Commands: ${commands.map((c) => c.name).join(', ')}. See 'quality --help'.\n`,
    );
    return 2;
  }
  try {
    return await (
      await cmd.load()
    )(rest, io);
  } catch (e) {
    if (isConfigurationError(e)) {
      const usage = e.name === 'UsageError' || e instanceof InputError;
      io.stderr(
        `quality ${cmd.name}: ${e.message}\n` +
          (usage ? `Usage: ${cmd.usage}\nSee 'quality ${cmd.name} --help'.\n` : ''),
      );
      return 2;
    }
    io.stderr(
      `quality ${cmd.name}: unexpected error: ${errorMessage(e)}\nThis is a bug in quality; please report it.\n`,
    );
    if (io.env.QUALITY_DEBUG && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    return 1;
  }
}
