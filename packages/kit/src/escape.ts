/**
 * Text from outside (paths, names, API text, tool output) on its way to stdout, where the runner
 * reads any line that starts with `::` (or `##[`, after leading blanks) as a workflow command.
 *
 * `escapeLine` makes one value safe to print inside a line: `%`, CR and LF become the runner's own
 * escapes, so the value can never start a new line. `defuseLines` is the log's last guard over a
 * whole message: a line that would start a command gets a visible backslash in front.
 */

const COMMAND_START = /^(\s*)(::|##\[)/;

/** One value, safe inside a log line: no line break survives, and it cannot start a command. */
export function escapeLine(value: string): string {
  const s = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return COMMAND_START.test(s) ? s.replace(COMMAND_START, '$1\\$2') : s;
}

/** A whole message for the log: every line that would be read as a workflow command is defused. */
export function defuseLines(message: string): string {
  if (!message.includes('::') && !message.includes('##[')) return message;
  return message
    .split(/(\r\n|\r|\n)/)
    .map((part) => (COMMAND_START.test(part) ? part.replace(COMMAND_START, '$1\\$2') : part))
    .join('');
}
