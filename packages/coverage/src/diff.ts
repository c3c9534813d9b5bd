/**
 * Unified diff parsing: which lines of which files a change adds.
 *
 * Reads `git diff` output (any `--unified=N`, renames, copies, mode changes, binary
 * markers, quoted paths) and plain `diff -u` / patch files. For every file that still
 * exists after the change it returns the NEW path and the line numbers, in the new
 * file, of the `+` lines. A modified line is a `-` then a `+`: the `+` line counts.
 * Deleted files and binary files are left out: they have no new lines to cover.
 *
 * The parser is driven by the hunk header counts (`@@ -a,b +c,d @@`), not by what a
 * line looks like, so a removed line that reads `-- x` (shown as `--- x`) or an added
 * line that reads `diff --git` cannot be mistaken for a header. A hunk that ends
 * early or a line that is not a hunk line inside a hunk is a malformed patch and is
 * refused (a gate must not silently under-count the change), and so is a `+`/`-` line right
 * after a hunk's counted lines, and text with no file header or hunk at all (not a patch;
 * an empty patch is no change).
 *
 * Combined diffs (`diff --cc`, `@@@`: the diff of a merge commit against its parents)
 * are refused with an explanation: diff the merge base against the head instead.
 *
 * Streaming: feed text with `DiffParser.write()` (any chunking, lines may straddle
 * chunks) and call `end()`; `parseDiff(text)` and `parseDiffStream(chunks)` wrap it.
 */
import { StringDecoder } from 'node:string_decoder';
import { FileFormatError } from '@quality/kit/errors';
import { readQuoted, unquote } from '@quality/kit/git';

export { unquote };

export type DiffStatus = 'added' | 'modified' | 'renamed' | 'copied';

export interface DiffFile {
  /** Path in the new tree ('/'-separated, prefix `b/` removed). */
  path: string;
  /** Path in the old tree; null for an added file. */
  oldPath: string | null;
  status: DiffStatus;
  /** Added line numbers in the new file, ascending, unique. */
  added: number[];
}

export interface ParsedDiff {
  /** One entry per surviving file (deleted and binary files left out), in diff order. */
  files: DiffFile[];
  /** Files the change adds or modifies that git showed as binary (no lines: a NUL, or `-diff`). */
  binary?: string[];
}

export interface DiffParseOptions {
  /** Name used in error messages (the patch file name). Default "diff". */
  name?: string;
  /**
   * Leading path components to strip, like `patch -p<N>`. Default: automatic:
   * git's `a/` `b/` prefixes (and the mnemonic `i/ w/ c/ o/` ones) are removed when
   * both sides carry them; plain `diff -ru old/ new/` output whose two sides differ
   * only in their first component has that component removed; otherwise nothing.
   */
  strip?: number;
}

export function parseDiff(text: string, options: DiffParseOptions = {}): ParsedDiff {
  const p = new DiffParser(options);
  p.write(text);
  return p.end();
}

export async function parseDiffStream(
  chunks: AsyncIterable<Buffer | string>,
  options: DiffParseOptions = {},
): Promise<ParsedDiff> {
  const p = new DiffParser(options);
  const decoder = new StringDecoder('utf8');
  for await (const c of chunks) p.write(typeof c === 'string' ? c : decoder.write(c));
  p.write(decoder.end());
  return p.end();
}

interface Pending {
  /** Paths from the `diff --git` line (best effort for unquoted paths with spaces). */
  gitOld: string | null;
  gitNew: string | null;
  isGit: boolean;
  renameFrom: string | null;
  renameTo: string | null;
  copy: boolean;
  /** From `---` / `+++`: null = not seen, '/dev/null' kept literally. */
  minus: string | null;
  plus: string | null;
  newFile: boolean;
  deleted: boolean;
  binary: boolean;
  /** `---`/`+++` seen: the next `---` starts another file. */
  headersDone: boolean;
  added: number[];
}

const MNEMONIC = /^[abciwo12]\//;

export class DiffParser {
  private binary: string[] = [];
  private readonly name: string;
  private readonly strip: number | undefined;
  private buf = '';
  private lineNo = 0;
  private cur: Pending | null = null;
  /** `---` line seen outside any file block, waiting for its `+++`. */
  private minusLine: string | null = null;
  /** Remaining old/new lines of the current hunk; both 0 = not in a hunk. */
  private oldLeft = 0;
  private newLeft = 0;
  private newLine = 0;
  /** The previous line completed a hunk: a `+`/`-` line now is one more than its header counts. */
  private hunkEnded = false;
  /** Whether any file header or hunk was seen, and any other non-blank line (a patch that is not one). */
  private sawDiff = false;
  private firstText = 0;
  private readonly out = new Map<string, DiffFile>();

  constructor(options: DiffParseOptions = {}) {
    this.name = options.name ?? 'diff';
    this.strip = options.strip;
  }

  write(text: string): void {
    if (text.length === 0) return;
    let data = this.buf.length ? this.buf + text : text;
    let start = 0;
    for (;;) {
      const nl = data.indexOf('\n', start);
      if (nl < 0) break;
      let end = nl;
      if (end > start && data.charCodeAt(end - 1) === 13) end--; // CRLF
      this.line(data.slice(start, end));
      start = nl + 1;
    }
    this.buf = start < data.length ? data.slice(start) : '';
    data = '';
  }

  end(): ParsedDiff {
    if (this.buf.length) {
      const last = this.buf.endsWith('\r') ? this.buf.slice(0, -1) : this.buf;
      this.buf = '';
      this.line(last);
    }
    if (this.oldLeft > 0 || this.newLeft > 0) {
      throw this.error(
        `the last hunk ends early (${this.oldLeft} old and ${this.newLeft} new lines missing)`,
        'Is the patch truncated?',
      );
    }
    if (this.minusLine !== null) this.minusLine = null;
    if (!this.sawDiff && this.firstText > 0) {
      this.lineNo = this.firstText;
      throw this.error(
        'is not a patch: no `diff --git`, `---`/`+++` or `@@` hunk line in it.',
        'Pass the output of `git diff` (or `diff -u`); an empty file means no change.',
      );
    }
    this.finish();
    return { files: [...this.out.values()], binary: this.binary };
  }

  private error(problem: string, hint?: string): FileFormatError {
    return new FileFormatError(this.name, this.lineNo, problem, hint);
  }

  private line(l: string): void {
    this.lineNo++;
    if (this.oldLeft > 0 || this.newLeft > 0) {
      this.hunkLine(l);
      this.hunkEnded = this.oldLeft === 0 && this.newLeft === 0;
      return;
    }
    if (this.hunkEnded) {
      // `\ No newline at end of file` belongs to the hunk: the next line is still checked
      this.hunkEnded = l.charCodeAt(0) === 92;
      this.extraHunkLine(l);
    }
    if (this.firstText === 0 && l.trim() !== '') this.firstText = this.lineNo;
    const c = l.charCodeAt(0);
    // '@'
    if (c === 64) {
      if (l.startsWith('@@@')) throw this.combined();
      if (l.startsWith('@@ ')) {
        this.hunkHeader(l);
        return;
      }
    }
    if (l.startsWith('diff ')) {
      if (l.startsWith('diff --cc ') || l.startsWith('diff --combined ')) throw this.combined();
      if (l.startsWith('diff --git ')) {
        this.sawDiff = true;
        this.finish();
        this.cur = newPending(true);
        const [a, b] = splitGitHeader(l.slice('diff --git '.length));
        this.cur.gitOld = a;
        this.cur.gitNew = b;
        return;
      }
      // `diff -ru a b` from plain diff: a file block follows with ---/+++.
      return;
    }
    if (l.startsWith('--- ')) {
      if (this.cur && this.cur.isGit && !this.cur.headersDone) {
        this.cur.minus = headerPath(l.slice(4));
      } else {
        this.minusLine = l.slice(4);
      }
      return;
    }
    if (l.startsWith('+++ ')) {
      if (this.cur && this.cur.isGit && !this.cur.headersDone && this.cur.minus !== null) {
        this.cur.plus = headerPath(l.slice(4));
        this.cur.headersDone = true;
      } else if (this.minusLine !== null) {
        this.sawDiff = true;
        this.finish();
        this.cur = newPending(false);
        this.cur.minus = headerPath(this.minusLine);
        this.cur.plus = headerPath(l.slice(4));
        this.cur.headersDone = true;
        this.minusLine = null;
      }
      return;
    }
    this.minusLine = null;
    const cur = this.cur;
    if (!cur || !cur.isGit || cur.headersDone) {
      if (cur && (l.startsWith('Binary files ') || l === 'GIT binary patch')) cur.binary = true;
      return;
    }
    // Extended git headers.
    if (l.startsWith('new file mode ')) cur.newFile = true;
    else if (l.startsWith('deleted file mode ')) cur.deleted = true;
    else if (l.startsWith('rename from ')) cur.renameFrom = unquote(l.slice(12));
    else if (l.startsWith('rename to ')) cur.renameTo = unquote(l.slice(10));
    else if (l.startsWith('copy from ')) {
      cur.renameFrom = unquote(l.slice(10));
      cur.copy = true;
    } else if (l.startsWith('copy to ')) {
      cur.renameTo = unquote(l.slice(8));
      cur.copy = true;
    } else if (l.startsWith('Binary files ') || l === 'GIT binary patch') cur.binary = true;
    // index, old mode, new mode, similarity index, dissimilarity index: nothing to do.
  }

  /**
   * Right after a hunk's counted lines: a `+` or `-` line is one more than the header says (a
   * malformed hunk), unless it is the next file's `---`/`+++` header or a mail signature (`-- `).
   */
  private extraHunkLine(l: string): void {
    const c = l.charCodeAt(0);
    if (c === 43 /* + */ && !(l.startsWith('+++ ') && this.minusLine !== null)) {
      throw this.error(
        `more added lines than the hunk header says: ${JSON.stringify(l.slice(0, 80))}`,
        'Was the patch edited by hand? Regenerate it with `git diff`.',
      );
    }
    if (c === 45 /* - */ && !l.startsWith('--- ') && l !== '-- ') {
      throw this.error(
        `more removed lines than the hunk header says: ${JSON.stringify(l.slice(0, 80))}`,
        'Was the patch edited by hand? Regenerate it with `git diff`.',
      );
    }
  }

  private combined(): FileFormatError {
    return this.error(
      'this is a combined diff (`diff --cc`, the diff of a merge commit against its parents), which cannot say which lines a change adds.',
      'Diff the merge base against the head instead: `git diff <merge-base> <head>`.',
    );
  }

  private hunkHeader(l: string): void {
    const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(l);
    if (!m) throw this.error(`malformed hunk header ${JSON.stringify(l.slice(0, 80))}`);
    if (!this.cur) {
      // A bare hunk with no file header: nothing to attribute it to.
      throw this.error('a hunk comes before any file header (`diff --git`, or `---`/`+++`)');
    }
    this.cur.headersDone = true;
    this.sawDiff = true;
    this.oldLeft = m[2] === undefined ? 1 : Number(m[2]);
    this.newLeft = m[4] === undefined ? 1 : Number(m[4]);
    this.newLine = Number(m[3]);
    // Line numbers and counts past 2^53-1 cannot be counted exactly (1e21 + 1 === 1e21).
    if (![this.oldLeft, this.newLeft, this.newLine + this.newLeft].every(Number.isSafeInteger))
      throw this.error(
        `hunk header ${JSON.stringify(l.slice(0, 80))} has a line number or count larger than ${Number.MAX_SAFE_INTEGER}`,
      );
    // Line 0 only names the place before an empty side (`-0,0`, `+0,0`); lines start at 1.
    if ((this.newLine === 0 && this.newLeft > 0) || (Number(m[1]) === 0 && this.oldLeft > 0))
      throw this.error(
        `hunk header ${JSON.stringify(l.slice(0, 80))} starts a side with lines at line 0 (lines are numbered from 1)`,
      );
  }

  private hunkLine(l: string): void {
    const c = l.length ? l.charCodeAt(0) : 32; // an empty line is an emptied context line
    if (c === 43 /* + */) {
      if (this.newLeft === 0) throw this.error('more added lines than the hunk header says');
      this.cur!.added.push(this.newLine++);
      this.newLeft--;
    } else if (c === 45 /* - */) {
      if (this.oldLeft === 0) throw this.error('more removed lines than the hunk header says');
      this.oldLeft--;
    } else if (c === 32 /* space */) {
      if (this.oldLeft === 0 || this.newLeft === 0) throw this.error('more context lines than the hunk header says');
      this.oldLeft--;
      this.newLeft--;
      this.newLine++;
    } else if (c === 92 /* \ No newline at end of file */) {
      // nothing
    } else {
      throw this.error(
        `unexpected line inside a hunk (${this.oldLeft} old and ${this.newLeft} new lines still expected): ${JSON.stringify(l.slice(0, 80))}`,
        'Was the patch edited by hand or truncated?',
      );
    }
  }

  private finish(): void {
    const cur = this.cur;
    this.cur = null;
    if (!cur) return;
    if (cur.deleted || cur.plus === '/dev/null') return;
    const { oldPath, newPath } = this.paths(cur);
    if (newPath === null) return;
    if (cur.binary) {
      this.binary.push(newPath);
      return;
    }
    const status: DiffStatus =
      cur.newFile || oldPath === null
        ? 'added'
        : cur.renameTo !== null
          ? cur.copy
            ? 'copied'
            : 'renamed'
          : 'modified';
    const prev = this.out.get(newPath);
    if (prev) {
      // The same file twice (concatenated patches): union of the added lines.
      prev.added = sortUnique(prev.added.concat(cur.added));
      return;
    }
    this.out.set(newPath, {
      path: newPath,
      oldPath: status === 'added' ? null : oldPath,
      status,
      added: sortUnique(cur.added),
    });
  }

  private paths(cur: Pending): { oldPath: string | null; newPath: string | null } {
    let oldP: string | null;
    let newP: string | null;
    if (cur.isGit) {
      // `rename to`/`copy to` carry no prefix; ---/+++ carry one; the `diff --git` line is the fallback.
      if (cur.renameTo !== null) {
        return { oldPath: cur.renameFrom, newPath: cur.renameTo };
      }
      const minus = cur.minus === '/dev/null' ? null : cur.minus;
      const plus = cur.plus === '/dev/null' ? null : cur.plus;
      if (cur.plus !== null) {
        oldP = minus;
        newP = plus;
      } else {
        oldP = cur.newFile ? null : cur.gitOld;
        newP = cur.gitNew;
      }
      if (this.strip !== undefined) return { oldPath: stripN(oldP, this.strip), newPath: stripN(newP, this.strip) };
      // git always writes both prefixes (or neither, with --no-prefix); decide from the header line.
      const prefixed =
        cur.gitOld !== null && cur.gitNew !== null
          ? MNEMONIC.test(cur.gitOld) && MNEMONIC.test(cur.gitNew)
          : MNEMONIC.test(newP ?? oldP ?? '');
      return prefixed ? { oldPath: stripN(oldP, 1), newPath: stripN(newP, 1) } : { oldPath: oldP, newPath: newP };
    }
    oldP = cur.minus === '/dev/null' ? null : cur.minus;
    newP = cur.plus === '/dev/null' ? null : cur.plus;
    if (this.strip !== undefined) return { oldPath: stripN(oldP, this.strip), newPath: stripN(newP, this.strip) };
    if (oldP !== null && newP !== null) {
      const i = oldP.indexOf('/');
      const j = newP.indexOf('/');
      if (
        i > 0 &&
        j > 0 &&
        oldP.slice(i) === newP.slice(j) &&
        (oldP.slice(0, i) !== newP.slice(0, j) || (oldP.startsWith('a/') && newP.startsWith('b/')))
      ) {
        return { oldPath: oldP.slice(i + 1), newPath: newP.slice(j + 1) };
      }
    } else if (oldP === null && newP !== null && newP.startsWith('b/')) {
      return { oldPath: null, newPath: newP.slice(2) };
    }
    return { oldPath: oldP, newPath: newP };
  }
}

function newPending(isGit: boolean): Pending {
  return {
    gitOld: null,
    gitNew: null,
    isGit,
    renameFrom: null,
    renameTo: null,
    copy: false,
    minus: null,
    plus: null,
    newFile: false,
    deleted: false,
    binary: false,
    headersDone: false,
    added: [],
  };
}

function stripN(p: string | null, n: number): string | null {
  if (p === null || n <= 0) return p;
  let i = 0;
  for (let k = 0; k < n; k++) {
    const j = p.indexOf('/', i);
    if (j < 0) return p.slice(i);
    i = j + 1;
  }
  return p.slice(i);
}

function sortUnique(a: number[]): number[] {
  let sorted = true;
  for (let i = 1; i < a.length; i++) {
    if (a[i]! <= a[i - 1]!) {
      sorted = false;
      break;
    }
  }
  if (sorted) return a;
  const s = [...new Set(a)].sort((x, y) => x - y);
  return s;
}

/**
 * A `---`/`+++` path: quoted (C-style escapes), or plain with an optional
 * tab-separated timestamp (`diff -u`), which is cut off.
 */
function headerPath(s: string): string {
  if (s.startsWith('"')) return unquote(s);
  const tab = s.indexOf('\t');
  if (tab >= 0) s = s.slice(0, tab);
  // git appends nothing; some tools leave a trailing space before the timestamp.
  return s.replace(/ +$/, '');
}

/**
 * Split the `a/x b/y` of a `diff --git` line. Quoted halves are exact; for unquoted
 * paths with spaces the only reliable split is where both halves name the same path
 * (no rename), which is the case whenever ---/+++ and `rename` lines are missing.
 */
function splitGitHeader(s: string): [string | null, string | null] {
  if (s.startsWith('"')) {
    const a = readQuoted(s, 0);
    const rest = s.slice(a.next).replace(/^ /, '');
    return [a.value, rest.startsWith('"') ? readQuoted(rest, 0).value : rest];
  }
  // Unquoted first half; second may be quoted.
  const q = s.indexOf(' "');
  if (q >= 0 && s.endsWith('"')) return [s.slice(0, q), readQuoted(s, q + 1).value];
  // Same path on both sides: "P1 P2" with P1 and P2 equal after their first component.
  if ((s.length - 1) % 2 === 0) {
    const half = (s.length - 1) / 2;
    const a = s.slice(0, half);
    const b = s.slice(half + 1);
    if (s[half] === ' ') {
      const ia = a.indexOf('/');
      const ib = b.indexOf('/');
      if (ia >= 0 && ib >= 0 && a.slice(ia) === b.slice(ib)) return [a, b];
      if (ia < 0 && ib < 0 && a === b) return [a, b]; // --no-prefix
    }
  }
  const sp = s.indexOf(' ');
  return sp < 0 ? [s, s] : [s.slice(0, sp), s.slice(sp + 1)];
}
