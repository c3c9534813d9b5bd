/**
 * Text from outside (paths, names, API text, tool output) on its way to stdout, where the runner
 * reads any line that starts with `::` (or `##[`, after leading blanks) as a workflow command.
 *
 * `escapeLine` makes one value safe to print inside a line: `%`, CR and LF become the runner's own
 * escapes, so the value can never start a new line. `defuseLines` is the log's last guard over a
 * whole message: a line that would start a command gets a visible backslash in front.
 * `escapeData` and `escapeProperty` are the runner's escapes inside a command we write ourselves.
 * `oneLine` is for people (a terminal or a log line): outside text kept readable on one line.
 */

const COMMAND_START = /^(\s*)(::|##\[)/;

/** One value, safe inside a log line: no line break survives, and it cannot start a command. */
export function escapeLine(value: string): string {
  const s = escapeData(value);
  return COMMAND_START.test(s) ? s.replace(COMMAND_START, '$1\\$2') : s;
}

/**
 * Outside text for people, on one line: line breaks (CR, LF, tab, U+2028/9) become a space and
 * other control characters (ESC, C1) '?', so a name can neither break a line nor drive a terminal.
 */
export function oneLine(value: string): string {
  return value.replace(/[\r\n\t\u2028\u2029]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

/** A workflow command's data (after `::name::`): `%`, CR and LF escaped as the runner unescapes them. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value (`file=...`): `escapeData` plus `:` and `,`, which end a property. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A whole message for the log: every line that would be read as a workflow command is defused. */
export function defuseLines(message: string): string {
  if (!message.includes('::') && !message.includes('##[')) return message;
  return message
    .split(/(\r\n|\r|\n)/)
    .map((part) => (COMMAND_START.test(part) ? part.replace(COMMAND_START, '$1\\$2') : part))
    .join('');
}

/**
 * `defuseLines` for a stream written in pieces (the CLI's stdout): a piece may start in the middle
 * of a line, so whether it starts a line is carried from the previous piece.
 */
export function lineGuard(): (piece: string) => string {
  let atLineStart = true;
  return (piece) => {
    if (piece === '') return piece;
    let out = piece;
    if (piece.includes('::') || piece.includes('##[')) {
      const parts = piece.split(/(\r\n|\r|\n)/);
      for (let i = 0; i < parts.length; i += 2) {
        const starts = i > 0 || atLineStart;
        if (starts && COMMAND_START.test(parts[i]!)) parts[i] = parts[i]!.replace(COMMAND_START, '$1\\$2');
      }
      out = parts.join('');
    }
    const lastBreak = Math.max(piece.lastIndexOf('\n'), piece.lastIndexOf('\r'));
    atLineStart = (lastBreak >= 0 || atLineStart) && piece.slice(lastBreak + 1).trim() === '';
    return out;
  };
}
