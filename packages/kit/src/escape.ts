/**
 * Text from outside (paths, names, API text, tool output) on its way to stdout, where the runner
 * reads a line as a workflow command when it starts with `::` after leading white space (.NET's
 * TrimStart: NEL, U+0085, too), or when it holds `##[` anywhere (the old form, found by IndexOf).
 *
 * `escapeLine` makes one value safe to print inside a line: `%`, CR and LF become the runner's own
 * escapes, so the value can never start a new line. `defuseLines` is the log's last guard over a
 * whole message: a line that would start a command gets a visible backslash in front, and every
 * `##[` becomes `##\u005b` (inside a JSON string, the same text: `#` occurs nowhere else in JSON).
 * `escapeData` and `escapeProperty` are the runner's escapes inside a command we write ourselves.
 * `oneLine` is for people (a terminal or a log line): outside text kept readable on one line.
 */

/** White space as the runner trims it: JavaScript's \s lacks NEL (and the C0 separators). */
const BLANK = '[\\s\\u0085\\u001c-\\u001f]';
const COMMAND_START = new RegExp(`^(${BLANK}*)(::)`);
const BLANKS = new RegExp(`^${BLANK}*$`);
const BLANKS_COLON = new RegExp(`^${BLANK}*:$`);
const OLD_FORM = /##\[/g;
const OLD_FORM_DEFUSED = '##\\u005b';

/** The old form defused anywhere in `text`. */
const defuseOld = (text: string) => (text.includes('##[') ? text.replace(OLD_FORM, OLD_FORM_DEFUSED) : text);

/** One line defused: the old form anywhere, and a `::` that starts it. */
function defuse(line: string): string {
  const s = defuseOld(line);
  return COMMAND_START.test(s) ? s.replace(COMMAND_START, '$1\\$2') : s;
}

/** One value, safe inside a log line: no line break survives, and it cannot start a command. */
export function escapeLine(value: string): string {
  return defuse(escapeData(value));
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
    .map(defuse)
    .join('');
}

/**
 * `defuseLines` for a stream written in pieces (the CLI's stdout): a piece may start in the middle
 * of a line, so what the line holds so far is carried from the previous pieces: only blanks (the
 * next `::` starts a command), blanks and one `:` (a next piece starting with `:` completes it: a
 * backslash goes in between), or trailing `#` (a next `#[` or `[` completes `##[`).
 */
export function lineGuard(): (piece: string) => string {
  let atLineStart = true;
  let colonStart = false;
  let hashes = ''; // the current line's trailing '#', at most two
  return (piece) => {
    if (piece === '') return piece;
    let out = piece;
    if (hashes || piece.includes(':') || piece.includes('#')) {
      const parts = (hashes + piece).split(/(\r\n|\r|\n)/);
      for (let i = 0; i < parts.length; i += 2)
        parts[i] = i > 0 || atLineStart ? defuse(parts[i]!) : defuseOld(parts[i]!);
      out = parts.join('').slice(hashes.length);
      if (colonStart && piece.startsWith(':')) out = `\\${out}`;
    }
    const lastBreak = Math.max(piece.lastIndexOf('\n'), piece.lastIndexOf('\r'));
    const rest = piece.slice(lastBreak + 1);
    const fromStart = lastBreak >= 0 || atLineStart;
    atLineStart = fromStart && BLANKS.test(rest);
    colonStart = fromStart && BLANKS_COLON.test(rest);
    hashes = /#{1,2}$/.exec((lastBreak >= 0 ? '' : hashes) + rest)?.[0] ?? '';
    return out;
  };
}
