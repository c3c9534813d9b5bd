import { describe, it, expect } from '@jest/globals';
import { defuseLines, escapeLine, lineGuard } from '@quality/kit';
import { oneLine } from '@quality/kit/escape';

describe('escapeLine', () => {
  it('keeps a value on one line and escapes % first', () => {
    expect(escapeLine('x\n::warning title=SPOOF::y')).toBe('x%0A::warning title=SPOOF::y');
    expect(escapeLine('a\r\nb')).toBe('a%0D%0Ab');
    expect(escapeLine('100%0A')).toBe('100%250A');
  });

  it('defuses a value that starts a command, after blanks too', () => {
    expect(escapeLine('::error::boom')).toBe('\\::error::boom');
    expect(escapeLine('  ::add-mask::x')).toBe('  \\::add-mask::x');
    expect(escapeLine('##[error]old form')).toBe('##\\u005berror]old form');
    expect(escapeLine('plain a::b')).toBe('plain a::b');
  });

  it('defuses the old form anywhere in the line (the runner finds "##[" by IndexOf), and "::" after NEL', () => {
    expect(escapeLine('src/a ##[error]FORGED.js')).toBe('src/a ##\\u005berror]FORGED.js');
    expect(escapeLine('###[warning]x ##[notice]y')).toBe('###\\u005bwarning]x ##\\u005bnotice]y');
    // .NET's TrimStart removes NEL (U+0085) before the runner looks for "::"; JavaScript's \s does not.
    expect(escapeLine('\u0085::error title=NEL::x')).toBe('\u0085\\::error title=NEL::x');
    expect(escapeLine('\u001f\u00a0::stop-commands::pwn')).toBe('\u001f\u00a0\\::stop-commands::pwn');
  });
});

describe('defuseLines', () => {
  it('defuses every line of a message that would be a command, and nothing else', () => {
    const msg = 'Restored from src/x\n::warning title=SPOOF::y\r\n\t::set-output name=a::b\nfine :: here';
    expect(defuseLines(msg)).toBe(
      'Restored from src/x\n\\::warning title=SPOOF::y\r\n\t\\::set-output name=a::b\nfine :: here',
    );
    expect(
      defuseLines(msg)
        .split(/\r?\n/)
        .filter((l) => /^\s*::/.test(l)),
    ).toEqual([]);
  });

  it('returns a message without commands unchanged', () => {
    const msg = 'a\nb c';
    expect(defuseLines(msg)).toBe(msg);
  });
});

describe("kit's log", () => {
  it('never lets a message with outside text print a workflow command', async () => {
    const { log } = await import('@quality/kit');
    const written: string[] = [];
    const original = process.stdout.write;
    process.stdout.write = ((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      log.info('Lockfile x\n::warning title=SPOOF::y');
    } finally {
      process.stdout.write = original;
    }
    const lines = written.join('').split(/\r?\n/);
    expect(lines).toContain('\\::warning title=SPOOF::y');
    expect(lines.filter((l) => /^\s*::/.test(l))).toEqual([]);
  });
});

describe('lineGuard', () => {
  it('defuses a command line split over pieces, and leaves "::" in the middle of a line alone', () => {
    const guard = lineGuard();
    const out = ['{"path":"a', '::b"}\nok\n', '::warning::x\n', 'tail ', '::not a command\n', '  ', '::error::y']
      .map(guard)
      .join('');
    expect(out).toBe('{"path":"a::b"}\nok\n\\::warning::x\ntail ::not a command\n  \\::error::y');
  });

  it('defuses a command split anywhere over pieces: "::" after blanks or NEL, and "##[" at any place', () => {
    const text = 'ok ##[error]A\n  \u0085::warning::B\nx\n::error::C\n###[notice]D\n';
    for (let size = 1; size <= 4; size++) {
      const guard = lineGuard();
      let out = '';
      for (let i = 0; i < text.length; i += size) out += guard(text.slice(i, i + size));
      const lines = out.split('\n');
      // No line the runner would read as a command: none with "##[", none starting with "::" after blanks.
      expect([size, lines.filter((l) => l.includes('##[') || /^[\s\u0085]*::/.test(l))]).toEqual([size, []]);
      // Nothing lost: only backslashes and the old form's escape were added.
      expect([size, out.replace(/\\u005b/g, '[').replace(/\\/g, '')]).toEqual([size, text]);
    }
  });

  it('keeps JSON valid and equal through the guard, "##[" in its strings included', () => {
    const value = { files: ['x::y', '::z', 'a\n::b', 'c ##[error]d', '##[warning]'] };
    const json = JSON.stringify(value);
    for (let size = 1; size <= 5; size++) {
      const guard = lineGuard();
      const pieces = [];
      for (let i = 0; i < json.length; i += size) pieces.push(guard(json.slice(i, i + size)));
      expect([size, JSON.parse(pieces.join(''))]).toEqual([size, value]);
      expect(pieces.join('')).not.toContain('##[');
    }
  });

  it('keeps JSON written in pieces byte for byte', () => {
    const json = JSON.stringify({ files: ['x::y', '::z', 'a\n::b'] });
    const guard = lineGuard();
    const pieces = [];
    for (let i = 0; i < json.length; i += 3) pieces.push(guard(json.slice(i, i + 3)));
    expect(pieces.join('')).toBe(json);
  });
});

describe('oneLine', () => {
  it('keeps outside text on one line for people: breaks become a space, other controls a ?', () => {
    expect(oneLine('a\r\nb\tc\u2028d\u2029e')).toBe('a b c d e');
    expect(oneLine('red \u001b[31mx\u001b[0m \u009b2J')).toBe('red ?[31mx?[0m ?2J');
    expect(oneLine('src/app.ts: 100% é😀')).toBe('src/app.ts: 100% é😀');
  });
});
