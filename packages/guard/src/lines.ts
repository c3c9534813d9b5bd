/** Offsets to 1-based line and column, by binary search over line starts computed once. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly src: string) {
    for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  get count(): number {
    return this.starts.length;
  }
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
  /** The text of a 1-based line, without its line break. */
  text(line: number): string {
    const s = this.starts[line - 1] ?? this.src.length;
    const e = this.starts[line] ?? this.src.length + 1;
    return this.src.slice(s, e - 1).replace(/\r$/, '');
  }
}
