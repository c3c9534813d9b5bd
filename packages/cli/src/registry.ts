/**
 * The CLI's subcommands. Each is loaded only when it runs, so `quality --version` and
 * `quality --help` start without parsing any engine.
 */
export interface CliIO {
  /** Returns a promise when the stream is full (wait for it before writing much more). */
  stdout: (s: string) => void | Promise<void>;
  stderr: (s: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** stdout is a terminal (colours and progress lines rewritten in place); absent: it is not. */
  isTTY?: boolean;
}

export type CommandRun = (argv: string[], io: CliIO) => Promise<number>;

export interface Command {
  name: string;
  summary: string;
  /** The one-line usage printed after a usage error (`quality NAME --help` has the rest). */
  usage: string;
  load: () => Promise<CommandRun>;
}

export const commands: Command[] = [];

/** Later issues add their commands here (lint, format, test, guard...). */
export function register(c: Command): void {
  if (commands.some((x) => x.name === c.name)) throw new Error(`command '${c.name}' registered twice`);
  commands.push(c);
}
