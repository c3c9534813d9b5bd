/**
 * A streaming JSON reader that builds only the values at the paths asked for and hands each to
 * a callback when it is complete; everything else is checked for syntax and dropped. Memory is
 * bounded by the largest value built, not the file (a SARIF file's results come one by one).
 *
 * Tricky rule: a token cut by a chunk boundary is kept and completed by the next chunk; a string
 * is scanned from where the last chunk stopped, so a long string stays linear.
 */
import { StringDecoder } from 'node:string_decoder';
import { ToolOutputError } from './common.js';

export type JsonPath = readonly (string | number)[];

interface Frame {
  kind: 'obj' | 'arr';
  /** The value being built, or undefined when this container is only walked. */
  value: Record<string, unknown> | unknown[] | undefined;
  key: string | undefined;
  index: number;
  /** Waiting for a key (objects) / a value; after a value, for ',' or the end. */
  state: 'key' | 'colon' | 'value' | 'comma';
  /** This frame is a target: hand its value to the callback when it ends. */
  target: boolean;
}

const MAX_STRING = 16 * 1024 * 1024;
/** Far beyond any tool's output; bounds the stack a hostile file can build. */
const MAX_DEPTH = 10_000;
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

export class JsonStream {
  private decoder = new StringDecoder('utf8');
  private buf = '';
  private stack: Frame[] = [];
  private done = false;
  private line = 1;
  /** Where a string scan stopped at the end of the buffer (relative to the string's quote). */
  private stringScan = 0;
  private stringEsc = false;

  constructor(
    private readonly name: string,
    private readonly want: (path: JsonPath) => boolean,
    /** The longest path `want` can accept: deeper values are walked without asking (linear in depth). */
    private readonly wantDepth: number,
    private readonly onValue: (path: JsonPath, value: unknown) => void,
  ) {}

  private fail(problem: string): never {
    throw new ToolOutputError(this.name, problem, { file: this.name, line: this.line });
  }

  private path(): (string | number)[] {
    const p: (string | number)[] = [];
    for (const f of this.stack) p.push(f.kind === 'obj' ? (f.key ?? '') : f.index);
    return p;
  }

  write(chunk: Buffer | string): void {
    this.buf += typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    this.pump(false);
  }

  end(): void {
    this.buf += this.decoder.end();
    this.pump(true);
    if (!this.done) this.fail('the file ends before its JSON value does');
  }

  /** Building: is the innermost frame building a value? */
  private building(): boolean {
    const top = this.stack[this.stack.length - 1];
    return top !== undefined && top.value !== undefined;
  }

  private emit(value: unknown): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      this.done = true;
      return;
    }
    if (top.value !== undefined) {
      if (top.kind === 'arr') (top.value as unknown[]).push(value);
      else (top.value as Record<string, unknown>)[top.key!] = value;
    } else if (this.stack.length <= this.wantDepth) {
      const path = this.path();
      if (this.want(path)) this.onValue(path, value);
    }
    if (top.kind === 'arr') top.index++;
    top.state = 'comma';
  }

  private open(kind: 'obj' | 'arr'): void {
    const parent = this.stack[this.stack.length - 1];
    if (!parent && this.done) this.fail('more than one JSON value');
    if (this.stack.length >= MAX_DEPTH) this.fail(`values nest deeper than ${MAX_DEPTH} levels`);
    let build = this.building();
    let target = false;
    if (!build && parent && this.stack.length <= this.wantDepth) {
      const path = this.path();
      if (this.want(path)) {
        build = true;
        target = true;
      }
    }
    this.stack.push({
      kind,
      value: build ? (kind === 'obj' ? {} : []) : undefined,
      key: undefined,
      index: 0,
      state: kind === 'obj' ? 'key' : 'value',
      target,
    });
  }

  private close(): void {
    const f = this.stack.pop()!;
    if (f.target) {
      const path = [...this.path()];
      this.onValue(path, f.value);
      const top = this.stack[this.stack.length - 1];
      if (top) {
        if (top.kind === 'arr') top.index++;
        top.state = 'comma';
      } else this.done = true;
    } else if (f.value !== undefined) this.emit(f.value);
    else {
      const top = this.stack[this.stack.length - 1];
      if (top) {
        if (top.kind === 'arr') top.index++;
        top.state = 'comma';
      } else this.done = true;
    }
  }

  private pump(final: boolean): void {
    const s = this.buf;
    let i = 0;
    const n = s.length;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (WS.has(c)) {
        if (c === 0x0a) this.line++;
        i++;
        continue;
      }
      const top = this.stack[this.stack.length - 1];
      if (this.done && !top) this.fail('unexpected text after the JSON value');
      const state = top?.state ?? 'value';
      if (c === 0x22) {
        // a string: a key or a value
        let j = i + 1 + this.stringScan;
        let esc = this.stringEsc;
        let end = -1;
        for (; j < n; j++) {
          const d = s.charCodeAt(j);
          if (esc) esc = false;
          else if (d === 0x5c) esc = true;
          else if (d === 0x22) {
            end = j;
            break;
          } else if (d < 0x20) this.fail('a control character inside a string');
        }
        if (end === -1) {
          if (j - i > MAX_STRING) this.fail(`a string longer than ${MAX_STRING} characters`);
          // resume after what was scanned, with the escape state it ended in
          this.stringScan = j - i - 1;
          this.stringEsc = esc;
          break;
        }
        this.stringScan = 0;
        this.stringEsc = false;
        const raw = s.slice(i, end + 1);
        i = end + 1;
        if (state === 'key' && top?.kind === 'obj') {
          top.key = this.str(raw);
          top.state = 'colon';
        } else if (state === 'value') {
          this.emit(this.building() || this.wantsHere() ? this.str(raw) : '');
        } else this.fail('a string where a comma, colon or bracket was expected');
        continue;
      }
      if (c === 0x3a) {
        if (state !== 'colon') this.fail("unexpected ':'");
        top!.state = 'value';
        i++;
        continue;
      }
      if (c === 0x2c) {
        if (state !== 'comma') this.fail("unexpected ','");
        top!.state = top!.kind === 'obj' ? 'key' : 'value';
        i++;
        continue;
      }
      if (c === 0x7b || c === 0x5b) {
        if (state !== 'value') this.fail(`unexpected '${String.fromCharCode(c)}'`);
        this.open(c === 0x7b ? 'obj' : 'arr');
        i++;
        continue;
      }
      if (c === 0x7d || c === 0x5d) {
        const kind = c === 0x7d ? 'obj' : 'arr';
        if (!top || top.kind !== kind) this.fail(`unexpected '${String.fromCharCode(c)}'`);
        const emptyOk =
          kind === 'obj' ? state === 'key' && top.key === undefined : state === 'value' && top.index === 0;
        if (state !== 'comma' && !emptyOk) this.fail(`unexpected '${String.fromCharCode(c)}'`);
        this.close();
        i++;
        continue;
      }
      // number or literal
      let j = i;
      while (j < n && /[-+.eE0-9a-z]/.test(s[j]!)) j++;
      if (j === n && !final) break; // may continue in the next chunk
      const tok = s.slice(i, j);
      if (state !== 'value') this.fail(`unexpected '${tok.slice(0, 20) || s[i]}'`);
      let v: unknown;
      if (tok === 'true') v = true;
      else if (tok === 'false') v = false;
      else if (tok === 'null') v = null;
      else if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?$/.test(tok)) v = Number(tok);
      else this.fail(`unexpected '${tok.slice(0, 20) || s[i]}'`);
      this.emit(v);
      i = j;
    }
    this.buf = s.slice(i);
  }

  private str(raw: string): string {
    try {
      return JSON.parse(raw) as string;
    } catch {
      return this.fail(`an invalid string ${raw.slice(0, 40)}`);
    }
  }

  private wantsHere(): boolean {
    return this.want(this.path());
  }
}
