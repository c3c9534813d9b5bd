/**
 * A small streaming XML tokenizer over Buffers, written for coverage reports.
 *
 * Why not a library: coverage reports are big (hundreds of MB), flat, attribute-only
 * XML. General SAX parsers (sax, saxes) decode every chunk to a string and walk it char
 * by char, building a string and an object for every attribute; object parsers
 * (fast-xml-parser, xml2js) hold the whole document. Here names are interned, attribute
 * values stay byte ranges in the current Buffer until a consumer asks for one, numbers
 * are parsed straight from the bytes, text between elements is skipped with a native
 * `indexOf`, and UTF-8 / NUL checks run natively (`buffer.isUtf8`, `indexOf(0)`).
 * tests/bench/xml-bench.mjs and junit-bench.mjs measure it.
 *
 * Tricky rule: only an incomplete token is carried to the next chunk (as a copy: callers may
 * reuse their read buffer), finished in a small buffer with the next chunk's first bytes;
 * captured text and CDATA are handed over in pieces, and a token longer than a chunk is
 * re-parsed O(log n) times, not once per chunk.
 *
 * What it checks: tag syntax, attribute syntax, matching end tags, one root element,
 * the 5 predefined entities and character references in attribute values and captured
 * text, no NUL bytes, valid UTF-8, a file that ends inside an element. What it does not
 * check (it is not a validating parser): duplicate attribute names, entity references in
 * text it skips, name characters beyond ASCII punctuation.
 *
 * Security: a DOCTYPE whose internal subset declares entities (`<!ENTITY`) is refused;
 * nothing is ever expanded or fetched. A DOCTYPE with only a SYSTEM/PUBLIC id is fine.
 */
import { isUtf8 } from 'node:buffer';
import { FileFormatError } from './errors.js';
import { own } from './lookup.js';

/** Callbacks, called in document order. A callback may throw (use `tokenizer.fail`). */
export interface XmlHandler {
  open(name: string, attrs: XmlAttributes, selfClosing: boolean): void;
  close(name: string): void;
  /** Text and CDATA content, only while `tokenizer.captureText` is true; may come in several pieces. */
  text?(text: string): void;
  comment?(text: string): void;
  doctype?(text: string): void;
  pi?(target: string, data: string): void;
}

/** No single tag, comment or captured text run may be longer than this. */
export const MAX_TOKEN_BYTES = 16 * 1024 * 1024;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QMARK = 0x3f;
const BANG = 0x21;
const EQ = 0x3d;
const AMP = 0x26;
const DQ = 0x22;
const SQ = 0x27;
const NL = 0x0a;
const SEMI = 0x3b;

/** 1: may continue a name; 2: may start one. ASCII letters, digits, `_ : . -` and any non-ASCII byte. */
const NAME = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x3a || c >= 0x80;
  const other = (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
  NAME[c] = letter ? 3 : other ? 1 : 0;
}
const SPACE = new Uint8Array(256);
SPACE[0x20] = SPACE[0x09] = SPACE[0x0a] = SPACE[0x0d] = 1;

/** Bytes an attribute value's scan stops at: quotes, '<', '&' and control characters. */
const VALUE = new Uint8Array(256);
VALUE[DQ] = VALUE[SQ] = VALUE[LT] = VALUE[AMP] = 1;
for (let c = 0; c < 0x20; c++) VALUE[c] = 1;

/** b[s..e) is the text `name` (ASCII only: a non-ASCII name is never equal here). */
function sameAscii(b: Buffer, s: number, e: number, name: string): boolean {
  if (e - s !== name.length) return false;
  for (let i = 0; i < name.length; i++) {
    const c = b[s + i]!;
    if (c >= 0x80 || c !== name.charCodeAt(i)) return false;
  }
  return true;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * The attributes of the element being opened. Valid only during the `open` callback:
 * values are byte ranges of the tokenizer's current buffer.
 */
export class XmlAttributes {
  /** @internal */ buf: Buffer = Buffer.alloc(0);
  /** @internal [nameStart, nameEnd, valueStart, valueEnd(negative when the value needs decoding)] */
  offs = new Int32Array(64);
  /** @internal */ n = 0;
  /** @internal */ latin1 = false;
  /** @internal */ owner!: XmlTokenizer;

  get length(): number {
    return this.n;
  }

  private find(name: string): number {
    const b = this.buf;
    const o = this.offs;
    const len = name.length;
    outer: for (let k = 0; k < this.n; k++) {
      const s = o[k * 4]!;
      if (o[k * 4 + 1]! - s !== len) continue;
      for (let i = 0; i < len; i++) if (b[s + i] !== name.charCodeAt(i)) continue outer;
      return k;
    }
    return -1;
  }

  has(name: string): boolean {
    return this.find(name) !== -1;
  }

  nameAt(k: number): string {
    return this.buf.toString(this.latin1 ? 'latin1' : 'utf8', this.offs[k * 4]!, this.offs[k * 4 + 1]!);
  }

  valueAt(k: number): string {
    const o = this.offs;
    const s = o[k * 4 + 2]!;
    const e = o[k * 4 + 3]!;
    if (e >= 0) return this.buf.toString(this.latin1 ? 'latin1' : 'utf8', s, e);
    return decodeAttribute(this.buf.toString(this.latin1 ? 'latin1' : 'utf8', s, -e), this.owner);
  }

  /** The decoded value, or undefined when the attribute is absent. */
  get(name: string): string | undefined {
    const k = this.find(name);
    return k === -1 ? undefined : this.valueAt(k);
  }

  /**
   * The value, or `previous` itself when the value is the same text: no new string (and no
   * garbage) for a value repeated from one element to the next, such as a file name.
   */
  getReusing(name: string, previous: string | undefined): string | undefined {
    const k = this.find(name);
    if (k === -1) return undefined;
    const o = this.offs;
    const s = o[k * 4 + 2]!;
    const e = o[k * 4 + 3]!;
    if (previous !== undefined && e >= 0 && e - s === previous.length) {
      // Raw bytes equal the decoded text only without references, and in UTF-8 only for ASCII.
      const b = this.buf;
      const ascii = this.latin1 ? 0x100 : 0x80;
      let i = 0;
      for (; i < previous.length; i++) {
        const c = b[s + i]!;
        if (c !== previous.charCodeAt(i) || c >= ascii) break;
      }
      if (i === previous.length) return previous;
    }
    return this.valueAt(k);
  }

  /**
   * The value as a number: undefined when absent, NaN when not a number. Plain digit
   * strings and decimals (`0.053`) are read straight from the bytes; anything else goes
   * through Number().
   */
  num(name: string): number | undefined {
    const k = this.find(name);
    if (k === -1) return undefined;
    const o = this.offs;
    const s = o[k * 4 + 2]!;
    const e = o[k * 4 + 3]!;
    if (e > s && e - s <= 16) {
      const b = this.buf;
      let v = 0;
      let scale = 0;
      let i = s;
      for (; i < e; i++) {
        const d = b[i]! - 0x30;
        if (d >= 0 && d <= 9) {
          v = v * 10 + d;
          scale *= 10;
        } else if (d === -2 /* . */ && scale === 0 && i > s && i + 1 < e) scale = 1;
        else break;
      }
      // At most 15 digits and 10^15 are exact doubles, so one division is correctly
      // rounded: the same number as Number() of the text.
      if (i === e && e - s <= (scale === 0 ? 15 : 16)) return scale === 0 ? v : v / scale;
    }
    const str = this.valueAt(k).trim();
    return str === '' ? NaN : Number(str);
  }

  /**
   * The value as a decimal integer: undefined when absent, NaN unless it is ASCII digits only
   * (surrounding spaces allowed; no sign, hex, exponent or fraction). May exceed
   * Number.MAX_SAFE_INTEGER: callers check Number.isSafeInteger.
   */
  decimal(name: string): number | undefined {
    const k = this.find(name);
    if (k === -1) return undefined;
    const o = this.offs;
    const s = o[k * 4 + 2]!;
    const e = o[k * 4 + 3]!;
    if (e > s && e - s <= 15) {
      const b = this.buf;
      let v = 0;
      let i = s;
      for (; i < e; i++) {
        const d = b[i]! - 0x30;
        if (d < 0 || d > 9) break;
        v = v * 10 + d;
      }
      if (i === e) return v;
    }
    const str = this.valueAt(k).trim();
    return /^[0-9]+$/.test(str) ? Number(str) : NaN;
  }

  /**
   * The runs of ASCII digits in a value, as numbers, into `out` (at most out.length of
   * them); returns how many, or -1 when the attribute is absent. "50% (1/2)" gives 50, 1, 2.
   * Reads the raw bytes: no string, no RegExp (hot on Cobertura branch lines). Character
   * references are not decoded here; a value with '&' should be read with get().
   */
  ints(name: string, out: Float64Array): number {
    const k = this.find(name);
    if (k === -1) return -1;
    const o = this.offs;
    const s = o[k * 4 + 2]!;
    const raw = o[k * 4 + 3]!;
    const e = raw < 0 ? -raw : raw;
    const b = this.buf;
    let n = 0;
    let v = -1;
    for (let i = s; i < e; i++) {
      const d = b[i]! - 0x30;
      if (d >= 0 && d <= 9) v = v < 0 ? d : v * 10 + d;
      else if (v >= 0) {
        if (n < out.length) out[n++] = v;
        v = -1;
      }
    }
    if (v >= 0 && n < out.length) out[n++] = v;
    return n;
  }

  /** All attributes as an object (slow; for tests and rare elements). */
  toObject(): Record<string, string> {
    const r: Record<string, string> = {};
    for (let k = 0; k < this.n; k++) r[this.nameAt(k)] = this.valueAt(k);
    return r;
  }
}

/** Decode entity and character references; normalize literal whitespace to spaces (XML 1.0 §3.3.3). */
function decodeAttribute(raw: string, tok: XmlTokenizer): string {
  return decodeEntities(raw.replace(/[\t\n\r]/g, ' '), tok);
}

function decodeEntities(raw: string, tok: XmlTokenizer): string {
  if (raw.indexOf('&') === -1) return raw;
  return raw.replace(/&([^;&]*)(;?)/g, (whole, ref: string, semi: string) => {
    if (semi !== ';')
      tok.fail(
        `'&' is not followed by an entity or character reference ("${whole.slice(0, 20)}").`,
        'Write a literal & as &amp;.',
      );
    if (ref.charCodeAt(0) === 0x23 /* # */) {
      const hex = ref[1] === 'x';
      const digits = ref.slice(hex ? 2 : 1);
      const cp =
        digits !== '' && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits) ? parseInt(digits, hex ? 16 : 10) : NaN;
      if (!(
        cp === 0x9 ||
        cp === 0xa ||
        cp === 0xd ||
        (cp >= 0x20 && cp <= 0xd7ff) ||
        (cp >= 0xe000 && cp <= 0xfffd) ||
        (cp >= 0x10000 && cp <= 0x10ffff)
      )) {
        tok.fail(`&${ref}; is not a valid XML character reference.`);
      }
      return String.fromCodePoint(cp);
    }
    const v = own(PREDEFINED, ref);
    if (v === undefined)
      tok.fail(
        `undefined entity &${ref};.`,
        'Only &lt; &gt; &amp; &quot; &apos; and numeric character references are allowed; entity declarations are not supported.',
      );
    return v!;
  });
}

const EMPTY = Buffer.alloc(0);
const NO_HANDLER: XmlHandler = { open() {}, close() {} };

export class XmlTokenizer {
  /** Set by the handler to receive text content (e.g. inside `<source>`). */
  captureText = false;

  private readonly attrs = new XmlAttributes();
  private readonly names = new Map<number, string>();
  private lastOpen = '';
  private stack: string[] = [];
  private rootSeen = false;
  private rootClosed = false;
  private latin1 = false;
  private declSeen = false;
  private first = true;
  /** The first bytes, held until the XML declaration (if any) is complete; null after. */
  private head: Buffer | null = Buffer.alloc(0);

  /** Bytes carried from the previous chunk (an incomplete token) plus chunks waiting for a terminator. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Re-parse the carried bytes once they reach this size (twice what was left last time). */
  private retryAt = 0;
  /** Inside a CDATA section that goes on in the next bytes. */
  private inCdata = false;
  /** How many bytes of the carried buffer were already checked for NUL/UTF-8. */
  private checked = 0;
  /** Newlines before the current buffer's first byte. */
  private lineBase = 1;
  private buf: Buffer = EMPTY;
  private tokenStart = 0;

  /** The callbacks; set before the first `write`. */
  handler: XmlHandler = NO_HANDLER;

  constructor(readonly file: string) {
    this.attrs.owner = this;
  }

  /** 1-based line of the token being handled (for messages). */
  line(): number {
    return this.lineBase + countNewlines(this.buf, 0, Math.min(this.tokenStart, this.buf.length));
  }

  /** Throw a FileFormatError at the current token. */
  fail(problem: string, hint?: string): never {
    throw new FileFormatError(this.file, this.line(), problem, hint);
  }

  /** Element names currently open, outermost first. */
  get path(): readonly string[] {
    return this.stack;
  }

  /**
   * Feed the next bytes. The tokenizer keeps no reference to `chunk` after it returns (the
   * caller may reuse the buffer): an incomplete token at its end is copied.
   */
  write(chunk: Buffer): void {
    if (chunk.length === 0) return;
    if (this.first) {
      this.first = false;
      this.sniff(chunk);
    }
    if (this.head !== null) {
      // Until the XML declaration is read, nothing is validated: it decides the encoding.
      this.head = this.head.length === 0 ? chunk : Buffer.concat([this.head, chunk]);
      if (!this.readDeclaration(this.head, false)) {
        if (this.head === chunk) this.head = Buffer.from(chunk);
        return;
      }
      chunk = this.head;
      this.head = null;
    }
    if (this.pendingBytes > 0) {
      const total = this.pendingBytes + chunk.length;
      const gt = chunk.indexOf(GT);
      // Captured text and CDATA are handed over piece by piece: any bytes let them go on.
      const mayEnd = gt !== -1 || this.captureText || this.inCdata;
      // Re-parse the carried token only when the new bytes can end it, and (so that a long
      // token is re-parsed O(log n) times, not once per chunk) when the carried bytes have doubled.
      if ((!mayEnd || total < this.retryAt) && total <= MAX_TOKEN_BYTES) {
        this.pending.push(Buffer.from(chunk));
        this.pendingBytes = total;
        return;
      }
      if (gt !== -1 && this.pending.length === 1) {
        // Usually the carried token ends at the chunk's first '>': parse it in a small buffer,
        // then the rest of the chunk in place, rather than copying the whole chunk.
        const piece = Buffer.concat([this.pending[0]!, chunk.subarray(0, gt + 1)]);
        this.pending = [];
        this.pendingBytes = 0;
        this.process(piece);
        chunk = chunk.subarray(gt + 1);
        if (chunk.length === 0) return;
        if (this.pendingBytes > 0) {
          // It goes on past that '>' (one inside an attribute value): carried bytes and the rest, once.
          this.pending.push(chunk);
          chunk = Buffer.concat(this.pending, this.pendingBytes + chunk.length);
          this.pending = [];
          this.pendingBytes = 0;
        }
      } else {
        this.pending.push(chunk);
        const b = Buffer.concat(this.pending, total);
        this.pending = [];
        this.pendingBytes = 0;
        chunk = b;
      }
    }
    this.process(chunk);
  }

  /** Tokenize b (validated from `checked`); carry a copy of an incomplete token at its end. */
  private process(b: Buffer): void {
    this.buf = b;
    this.validate(b, false);
    const used = this.run(b, false);
    if (used < b.length) {
      if (b.length - used > MAX_TOKEN_BYTES) {
        this.tokenStart = used;
        this.tooLong();
      }
      this.lineBase += countNewlines(b, 0, used);
      const rest = Buffer.from(b.subarray(used));
      this.checked -= used;
      this.pending.push(rest);
      this.pendingBytes = rest.length;
      this.retryAt = 2 * rest.length;
    } else {
      this.lineBase += countNewlines(b, 0, b.length);
      this.checked = 0;
    }
    this.buf = EMPTY;
    this.tokenStart = 0;
  }

  end(): void {
    if (this.head !== null) {
      const h = this.head;
      this.head = null;
      this.readDeclaration(h, true);
      if (h.length > 0) this.write(h);
    }
    if (this.pendingBytes > 0) {
      const b = Buffer.concat(this.pending, this.pendingBytes);
      this.pending = [];
      this.pendingBytes = 0;
      this.buf = b;
      this.validate(b, true);
      const used = this.run(b, true);
      this.tokenStart = used;
      if (used < b.length) this.truncated(b, used);
    }
    if (this.first)
      throw new FileFormatError(
        this.file,
        undefined,
        'the file is empty.',
        'Check that the coverage tool wrote the report before this step ran.',
      );
    if (this.stack.length > 0) {
      this.tokenStart = this.buf.length;
      this.fail(
        `the file ends inside <${this.stack[this.stack.length - 1]}> (${this.stack.length} element(s) not closed): it looks truncated.`,
        'Check that the coverage tool finished writing the report (disk full, killed job, partial upload).',
      );
    }
    if (!this.rootSeen)
      throw new FileFormatError(
        this.file,
        this.lineBase + countNewlines(this.buf, 0, this.buf.length),
        'no XML element found.',
        'Is this an XML coverage report?',
      );
  }

  private tooLong(): never {
    this.fail(
      `a single tag, comment or text run is longer than ${MAX_TOKEN_BYTES / 1024 / 1024} MB.`,
      'This does not look like a coverage report; check the file.',
    );
  }

  private truncated(b: Buffer, at: number): never {
    this.tokenStart = at;
    const snippet = b.toString('latin1', at, Math.min(b.length, at + 30)).replace(/\s+/g, ' ');
    this.fail(
      `the file ends inside a tag ("${snippet}..."): it looks truncated.`,
      'Check that the coverage tool finished writing the report.',
    );
  }

  /**
   * Read `encoding=` from the XML declaration at the start of the file. False when more
   * bytes are needed to know (only possible while the head is a prefix of a declaration).
   */
  private readDeclaration(h: Buffer, final: boolean): boolean {
    const start = h.toString('latin1', 0, Math.min(h.length, 5));
    if (!'<?xml'.startsWith(start) || (start === '<?xml' && h.length > 5 && NAME[h[5]!] !== 0)) return true;
    const end = h.indexOf('?>', 0, 'latin1');
    if (end === -1) {
      if (!final && h.length < 4096) return false;
      return true; // the tokenizer reports the unterminated declaration
    }
    const m = /encoding\s*=\s*["']([^"']*)["']/.exec(h.toString('latin1', 0, end));
    if (m) {
      const enc = m[1]!.toLowerCase();
      if (enc === 'iso-8859-1' || enc === 'latin1' || enc === 'latin-1' || enc === 'iso8859-1') this.latin1 = true;
      else if (enc !== 'utf-8' && enc !== 'utf8' && enc !== 'us-ascii' && enc !== 'ascii') {
        throw new FileFormatError(
          this.file,
          1,
          `the XML declaration says encoding="${m[1]}", which is not supported.`,
          'Write the report as UTF-8.',
        );
      }
    }
    return true;
  }

  private sniff(b: Buffer): void {
    if (
      (b[0] === 0xff && b[1] === 0xfe) ||
      (b[0] === 0xfe && b[1] === 0xff) ||
      (b[0] === LT && b[1] === 0) ||
      (b[0] === 0 && b[1] === LT)
    ) {
      throw new FileFormatError(this.file, 1, 'the file is UTF-16 encoded.', 'Write the report as UTF-8.');
    }
  }

  /** NUL bytes and invalid UTF-8 in b[checked..]; a trailing incomplete UTF-8 sequence is left for later. */
  private validate(b: Buffer, final: boolean): void {
    let from = this.checked;
    const nul = b.indexOf(0, from);
    if (nul !== -1) {
      this.tokenStart = nul;
      this.fail(
        'the file contains a NUL byte: it is binary or not UTF-8 text.',
        'Pass the XML report itself (gzip is fine), not a binary coverage file.',
      );
    }
    let to = b.length;
    if (!this.latin1) {
      if (!final) to -= incompleteTail(b, from, to);
      if (to > from && !isUtf8(b.subarray(from, to))) {
        this.tokenStart = firstInvalidUtf8(b, from, to);
        this.fail(
          'the file is not valid UTF-8.',
          'Write the report as UTF-8 (or declare encoding="ISO-8859-1" in the XML declaration if that is what it is).',
        );
      }
    }
    from = to;
    this.checked = from;
  }

  private intern(b: Buffer, s: number, e: number, h: number): string {
    const key = (h ^ (e - s)) | 0;
    const hit = this.names.get(key);
    if (hit !== undefined && hit.length === e - s) {
      let same = true;
      for (let i = 0; i < hit.length; i++) {
        if (hit.charCodeAt(i) !== b[s + i]) {
          same = false;
          break;
        }
      }
      if (same) return hit;
    }
    const name = b.toString(this.latin1 ? 'latin1' : 'utf8', s, e);
    if (hit === undefined && this.names.size < 4096) {
      let ascii = true;
      for (let i = s; i < e; i++) if (b[i]! >= 0x80) ascii = false;
      if (ascii) {
        // Internalize it (property keys are), so that `name === 'line'` in a handler is a
        // pointer comparison rather than a character loop.
        const internal = Object.keys({ [name]: 0 })[0]!;
        this.names.set(key, internal);
        return internal;
      }
    }
    return name;
  }

  /** Tokenize b from 0; return how many bytes were consumed (the rest is an incomplete token). */
  private run(b: Buffer, final: boolean): number {
    const end = b.length;
    const h = this.handler;
    let pos = 0;
    if (this.inCdata) {
      pos = this.cdata(b, 0, final);
      if (this.inCdata) return pos;
    }
    while (pos < end) {
      // Text up to the next '<'.
      if (b[pos] !== LT) {
        // Short runs (the indentation between tags) are scanned here, long ones natively.
        const lim = pos + 32 < end ? pos + 32 : end;
        let lt = pos + 1;
        while (lt < lim && b[lt] !== LT) lt++;
        if (lt === lim) lt = lim === end ? -1 : b.indexOf(LT, lim);
        const stop = lt === -1 ? end : lt;
        if (this.captureText && this.stack.length > 0) {
          let cut = stop;
          if (lt === -1 && !final) {
            // Hand over what is complete; carry a trailing reference or multi-byte character.
            const amp = b.lastIndexOf(AMP, stop - 1);
            if (amp >= pos && b.indexOf(SEMI, amp) === -1) cut = amp;
            if (!this.latin1) cut -= incompleteTail(b, pos, cut);
            if (cut === pos) return pos;
          }
          this.tokenStart = pos;
          h.text?.(decodeEntities(b.toString(this.latin1 ? 'latin1' : 'utf8', pos, cut), this));
          if (cut < stop) return cut;
        } else if (this.stack.length === 0) {
          for (let i = pos; i < stop; i++) {
            if (SPACE[b[i]!] === 0) {
              this.tokenStart = i;
              this.fail(
                this.rootClosed
                  ? 'text after the end of the root element.'
                  : 'text before the first element: this is not an XML file.',
                this.rootClosed ? 'Two reports concatenated into one file? Pass them as separate files.' : undefined,
              );
            }
          }
        }
        // A character split at the end is carried, to be validated whole with the next bytes.
        if (lt === -1) return final || this.latin1 ? end : end - incompleteTail(b, pos, end);
        pos = lt;
      }
      this.tokenStart = pos;
      if (pos + 1 >= end) return final ? this.truncated(b, pos) : pos;
      const c = b[pos + 1]!;
      if (c === SLASH) {
        let i = pos + 2;
        while (i < end && NAME[b[i]!] !== 0) i++;
        const ne = i;
        while (i < end && SPACE[b[i]!] === 1) i++;
        if (i >= end) return final ? this.truncated(b, pos) : pos;
        if (b[i] !== GT) this.fail(`malformed end tag "${b.toString('latin1', pos, Math.min(end, i + 1, pos + 40))}".`);
        const gt = i;
        // Usually the open element's name: compared with the bytes, no lookup.
        const top = this.stack[this.stack.length - 1];
        let name: string;
        if (top !== undefined && sameAscii(b, pos + 2, ne, top)) name = top;
        else {
          let hh = 0;
          for (let k = pos + 2; k < ne; k++) hh = ((hh << 5) - hh + b[k]!) | 0;
          name = this.intern(b, pos + 2, ne, hh);
        }
        const open = this.stack.pop();
        if (open !== name) {
          this.fail(
            open === undefined
              ? `end tag </${name}> without a start tag.`
              : `end tag </${name}> does not match the open element <${open}>.`,
            'The XML is malformed; regenerate the report.',
          );
        }
        h.close(name);
        if (this.stack.length === 0) this.rootClosed = true;
        pos = gt + 1;
        continue;
      }
      if (c === QMARK) {
        const qe = findSeq2(b, pos + 2, QMARK, GT);
        if (qe === -1) return final ? this.truncated(b, pos) : pos;
        this.processingInstruction(b, pos + 2, qe);
        pos = qe + 2;
        continue;
      }
      if (c === BANG) {
        const r = this.markup(b, pos, final);
        if (r === -1) return pos;
        if (this.inCdata) return r;
        pos = r;
        continue;
      }
      // Start tag.
      if ((NAME[c] & 2) === 0)
        this.fail(
          `'<' is not followed by an element name ("${b.toString('latin1', pos, Math.min(end, pos + 20))}").`,
          'Write a literal < as &lt;.',
        );
      let i = pos + 1;
      while (i < end && NAME[b[i]!] !== 0) i++;
      if (i >= end) return final ? this.truncated(b, pos) : pos;
      const nameEnd = i;
      const attrs = this.attrs;
      attrs.buf = b;
      attrs.latin1 = this.latin1;
      attrs.n = 0;
      let selfClosing = false;
      for (;;) {
        const ws = i;
        while (i < end && SPACE[b[i]!] === 1) i++;
        if (i >= end) return final ? this.truncated(b, pos) : pos;
        const ch = b[i]!;
        if (ch === GT) {
          i++;
          break;
        }
        if (ch === SLASH) {
          if (i + 1 >= end) return final ? this.truncated(b, pos) : pos;
          if (b[i + 1] !== GT) this.fail(`expected '/>' in a tag.`);
          selfClosing = true;
          i += 2;
          break;
        }
        if ((NAME[ch] & 2) === 0 || ws === i)
          this.fail(
            `unexpected character '${String.fromCharCode(ch)}' in the tag <${b.toString('latin1', pos + 1, nameEnd)}>.`,
            'The XML is malformed; regenerate the report.',
          );
        const ans = i;
        while (i < end && NAME[b[i]!] !== 0) i++;
        const ane = i;
        while (i < end && SPACE[b[i]!] === 1) i++;
        if (i >= end) return final ? this.truncated(b, pos) : pos;
        if (b[i] !== EQ)
          this.fail(
            `attribute ${b.toString('latin1', ans, ane)} has no value in <${b.toString('latin1', pos + 1, nameEnd)}>.`,
          );
        i++;
        while (i < end && SPACE[b[i]!] === 1) i++;
        if (i >= end) return final ? this.truncated(b, pos) : pos;
        const q = b[i]!;
        if (q !== DQ && q !== SQ) this.fail(`the value of attribute ${b.toString('latin1', ans, ane)} is not quoted.`);
        const vs = i + 1;
        let j = vs;
        let slow = false;
        for (;;) {
          while (j < end && VALUE[b[j]!] === 0) j++;
          if (j >= end) break;
          const v = b[j]!;
          if (v === q) break;
          if (v === LT)
            this.fail(`'<' in the value of attribute ${b.toString('latin1', ans, ane)}.`, 'Write it as &lt;.');
          if (v === AMP || v < 0x20) slow = true;
          j++;
        }
        if (j >= end) return final ? this.truncated(b, pos) : pos;
        const k = attrs.n++;
        if (k * 4 + 4 > attrs.offs.length) {
          const bigger = new Int32Array(attrs.offs.length * 2);
          bigger.set(attrs.offs);
          attrs.offs = bigger;
        }
        const o = attrs.offs;
        o[k * 4] = ans;
        o[k * 4 + 1] = ane;
        o[k * 4 + 2] = vs;
        o[k * 4 + 3] = slow ? -j : j;
        i = j + 1;
      }
      if (this.rootClosed)
        this.fail(
          'a second root element: an XML file has exactly one.',
          'Two reports concatenated into one file? Pass them as separate files.',
        );
      // Usually the previous start tag's name (siblings): compared with the bytes, no lookup.
      let name = this.lastOpen;
      if (!sameAscii(b, pos + 1, nameEnd, name)) {
        let hh = 0;
        for (let k = pos + 1; k < nameEnd; k++) hh = ((hh << 5) - hh + b[k]!) | 0;
        name = this.lastOpen = this.intern(b, pos + 1, nameEnd, hh);
      }
      this.rootSeen = true;
      if (!selfClosing) this.stack.push(name);
      h.open(name, attrs, selfClosing);
      if (selfClosing) {
        h.close(name);
        if (this.stack.length === 0) this.rootClosed = true;
      }
      pos = i;
    }
    return pos;
  }

  private processingInstruction(b: Buffer, s: number, e: number): void {
    let t = s;
    while (t < e && NAME[b[t]!] !== 0) t++;
    const target = b.toString('latin1', s, t);
    const data = b.toString(this.latin1 ? 'latin1' : 'utf8', t, e).trim();
    if (target.toLowerCase() === 'xml') {
      if (target !== 'xml' || this.declSeen || this.rootSeen || this.stack.length > 0)
        this.fail('misplaced XML declaration <?xml ...?>.', 'Two reports concatenated into one file?');
      this.declSeen = true; // its encoding was read by readDeclaration
      return;
    }
    this.handler.pi?.(target, data);
  }

  /** `<!--`, `<![CDATA[`, `<!DOCTYPE`. Returns the position after it, or -1 when incomplete. */
  private markup(b: Buffer, pos: number, final: boolean): number {
    const end = b.length;
    const need = (n: number): boolean => pos + n <= end;
    if (!need(4)) return final ? this.truncated(b, pos) : -1;
    if (b[pos + 2] === 0x2d && b[pos + 3] === 0x2d) {
      const ce = b.indexOf('-->', pos + 4, 'latin1');
      if (ce === -1) return final ? this.truncated(b, pos) : -1;
      this.handler.comment?.(b.toString(this.latin1 ? 'latin1' : 'utf8', pos + 4, ce));
      return ce + 3;
    }
    if (!need(9)) return final ? this.truncated(b, pos) : -1;
    const head = b.toString('latin1', pos, pos + 9);
    if (head === '<![CDATA[') {
      if (this.stack.length === 0) this.fail('CDATA outside the root element.');
      this.inCdata = true;
      return this.cdata(b, pos + 9, final);
    }
    if (head === '<!DOCTYPE') {
      if (this.rootSeen) this.fail('DOCTYPE after the root element.');
      // Find the closing '>' outside quotes and outside the internal subset [...].
      let q = 0;
      let depth = 0;
      let i = pos + 9;
      for (; i < end; i++) {
        const ch = b[i]!;
        if (q !== 0) {
          if (ch === q) q = 0;
        } else if (ch === DQ || ch === SQ) q = ch;
        else if (ch === 0x5b) depth++;
        else if (ch === 0x5d) depth--;
        else if (ch === GT && depth <= 0) break;
      }
      if (i >= end) return final ? this.truncated(b, pos) : -1;
      const text = b.toString(this.latin1 ? 'latin1' : 'utf8', pos + 9, i).trim();
      if (/<!ENTITY/i.test(text)) {
        this.fail(
          'the DOCTYPE declares entities (<!ENTITY ...>); such files are refused.',
          'Coverage tools do not write entity declarations: entity expansion is a known attack (billion laughs, external entities). Regenerate the report with the coverage tool.',
        );
      }
      this.handler.doctype?.(text);
      return i + 1;
    }
    this.fail(`unknown markup "${head.replace(/\s+/g, ' ')}".`, 'The XML is malformed.');
  }
  /**
   * Inside a CDATA section from `from`: its text goes to the handler while captured, piece by
   * piece, so a section of any size streams. Returns the position after `]]>`, or (inCdata still
   * set) how far the bytes could be consumed: a possible start of `]]>` or of a character is carried.
   */
  private cdata(b: Buffer, from: number, final: boolean): number {
    const ce = b.indexOf(']]>', from, 'latin1');
    let to = ce;
    if (ce === -1) {
      if (final) {
        this.tokenStart = from;
        this.fail(
          'the file ends inside a CDATA section (<![CDATA[ without ]]>): it looks truncated.',
          'Check that the coverage tool finished writing the report.',
        );
      }
      to = Math.max(from, b.length - 2);
      if (!this.latin1) to -= incompleteTail(b, from, to);
    }
    if (this.captureText && to > from) this.handler.text?.(b.toString(this.latin1 ? 'latin1' : 'utf8', from, to));
    if (ce === -1) return to;
    this.inCdata = false;
    return ce + 3;
  }
}

function findSeq2(b: Buffer, from: number, c1: number, c2: number): number {
  let i = from;
  for (;;) {
    i = b.indexOf(c1, i);
    if (i === -1 || i + 1 >= b.length) return -1;
    if (b[i + 1] === c2) return i;
    i++;
  }
}

export function countNewlines(b: Buffer, from: number, to: number): number {
  let n = 0;
  let i = from;
  for (;;) {
    i = b.indexOf(NL, i);
    if (i === -1 || i >= to) return n;
    n++;
    i++;
  }
}

/** Bytes at the end of b[from..to) that start a UTF-8 sequence not yet complete. */
function incompleteTail(b: Buffer, from: number, to: number): number {
  for (let k = 1; k <= 3 && to - k >= from; k++) {
    const c = b[to - k]!;
    if ((c & 0xc0) === 0x80) continue; // continuation byte: look further back
    if (c < 0x80) return 0;
    const len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return len > k ? k : 0;
  }
  return 0;
}

function firstInvalidUtf8(b: Buffer, from: number, to: number): number {
  // Binary search on prefix validity would split sequences; a linear walk is fine (error path).
  let i = from;
  while (i < to) {
    const c = b[i]!;
    const len = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > to || !isUtf8(b.subarray(i, i + len))) return i;
    i += len;
  }
  return i;
}

/**
 * Feed a stream of chunks through a tokenizer. `makeHandler` receives the tokenizer so
 * that the handler can report errors at the current line (`tok.fail`) and switch
 * `tok.captureText`.
 */
export async function tokenize(
  chunks: AsyncIterable<Buffer>,
  file: string,
  makeHandler: (tok: XmlTokenizer) => XmlHandler,
): Promise<void> {
  const t = new XmlTokenizer(file);
  t.handler = makeHandler(t);
  for await (const chunk of chunks) t.write(chunk);
  t.end();
}
