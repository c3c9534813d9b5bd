/**
 * What `quality check` keeps of a step command's stderr, which carries a test runner's whole output
 * (it can be millions of lines): the command's own lines (warnings, `quality NAME: ...`; for test
 * only those before its command starts, the runner's output is not ours) and the last lines of
 * everything, to show under a step that broke. The one tricky rule: the tail is bounded (lines, and
 * characters per line) and says how many lines it left out, so nothing is dropped silently.
 */

/** Non-blank lines kept at the end of the output. */
export const TAIL_LINES = 20;
/** A kept tail line longer than this is cut (a minified bundle, a progress bar without newlines). */
export const TAIL_LINE_CHARS = 1000;
/** An unfinished line longer than this is cut while it waits for its newline. */
const PENDING_CHARS = 64 * 1024;

export class StderrCapture {
  /** The command's own lines, every one (a warning or error of ours is never dropped). */
  private readonly own: string[] = [];
  private readonly last: string[] = [];
  private omitted = 0;
  private pending = '';
  private pendingCut = 0;
  private toolStarted = false;

  constructor(
    private readonly name: string,
    private readonly tailLines = TAIL_LINES,
  ) {}

  write(text: string): void {
    const parts = `${this.pending}${text}`.split('\n');
    this.pending = parts.pop()!;
    if (this.pending.length > PENDING_CHARS) {
      this.pendingCut += this.pending.length - PENDING_CHARS;
      this.pending = this.pending.slice(0, PENDING_CHARS);
    }
    for (const l of parts) this.line(l, 0);
  }

  /** The lines the command wrote, the last one too when it had no newline. */
  private flush(): void {
    if (this.pending !== '' || this.pendingCut) this.line(this.pending, this.pendingCut);
    this.pending = '';
    this.pendingCut = 0;
  }

  private line(l: string, cut: number): void {
    if (!this.toolStarted && (l.startsWith('warning: ') || l.startsWith(`quality ${this.name}: `))) this.own.push(l);
    if (this.name === 'test' && l.startsWith('quality test: running ')) this.toolStarted = true;
    if (l.trim() === '') return;
    const more = cut + Math.max(0, l.length - TAIL_LINE_CHARS);
    this.last.push(more ? `${l.slice(0, TAIL_LINE_CHARS)} … (${more} more characters)` : l);
    if (this.last.length > this.tailLines) {
      this.last.shift();
      this.omitted++;
    }
  }

  /** The last non-blank lines, after a line saying how many earlier ones were left out. */
  tail(): string[] {
    this.flush();
    return this.omitted ? [`(${this.omitted} earlier lines omitted)`, ...this.last] : [...this.last];
  }

  /** The command's own lines (see `own`), the unfinished last one included. */
  ownLines(): string[] {
    this.flush();
    return this.own;
  }
}
