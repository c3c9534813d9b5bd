/**
 * Terminal output for `quality check`: colours and a progress line that is rewritten in place on a
 * terminal, plain lines everywhere else. The one tricky rule: outside text (paths, tool messages)
 * goes through `clean` before it is printed, so a file name cannot carry an escape sequence that
 * moves the cursor or recolours the terminal; only our own styles emit escapes.
 */
import type { CliIO } from '../registry.js';

/**
 * Colours: FORCE_COLOR set (and not 0/false) forces them; else stdout must be a terminal and
 * NO_COLOR unset or empty (no-color.org).
 */
export function useColor(io: Pick<CliIO, 'env' | 'isTTY'>): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.isTTY === true;
}

export interface Style {
  color: boolean;
  green: (s: string) => string;
  red: (s: string) => string;
  yellow: (s: string) => string;
  dim: (s: string) => string;
  bold: (s: string) => string;
}

export function style(color: boolean): Style {
  const sgr = (open: number, close: number) => (s: string) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return {
    color,
    green: sgr(32, 39),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    dim: sgr(2, 22),
    bold: sgr(1, 22),
  };
}

/** Outside text on one line: kit's oneLine (control characters become '?' or a space). */
export { oneLine as clean } from '@quality/kit/escape';

/** 0.4s, 12.3s, 2m05s. */
export function duration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

/**
 * Progress lines: `start` prints "… name" and `end` its result line. On a terminal the start line
 * is rewritten in place by the end line; elsewhere both stay (a log shows when each step began).
 */
export class Progress {
  constructor(
    private readonly io: Pick<CliIO, 'stdout'>,
    private readonly inPlace: boolean,
    private readonly s: Style,
  ) {}

  async start(label: string): Promise<void> {
    await this.io.stdout(this.inPlace ? `${this.s.dim(`… ${label}`)}` : `… ${label}: started\n`);
  }

  async end(line: string): Promise<void> {
    await this.io.stdout(this.inPlace ? `\r\u001b[2K${line}\n` : `${line}\n`);
  }
}
