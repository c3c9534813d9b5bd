import { describe, it, expect } from '@jest/globals';
import { FileFormatError } from '@quality/kit/errors';
import { parseDiff, parseDiffStream, DiffParser, unquote } from '../../../packages/coverage/src/diff.js';

const byPath = (text: string, opts = {}) => new Map(parseDiff(text, opts).files.map((f) => [f.path, f]));

describe('parseDiff: git diff', () => {
  it('counts + lines of a modified file at their new line numbers, a modification as its + line', () => {
    const d = parseDiff(
      [
        'diff --git a/src/a.ts b/src/a.ts',
        'index 1111111..2222222 100644',
        '--- a/src/a.ts',
        '+++ b/src/a.ts',
        '@@ -1,4 +1,5 @@',
        ' one',
        '-two',
        '+TWO',
        '+two and a half',
        ' three',
        ' four',
        '@@ -10,2 +11,0 @@',
        '-ten',
        '-eleven',
        '@@ -20 +19,2 @@ function x() {',
        '-old',
        '+new1',
        '+new2',
        '',
      ].join('\n'),
    );
    expect(d.files).toEqual([{ path: 'src/a.ts', oldPath: 'src/a.ts', status: 'modified', added: [2, 3, 19, 20] }]);
  });

  it('follows renames to the new path and counts only the changed lines', () => {
    const f = byPath(
      [
        'diff --git a/old/name.py b/new/name.py',
        'similarity index 90%',
        'rename from old/name.py',
        'rename to new/name.py',
        'index 1..2 100644',
        '--- a/old/name.py',
        '+++ b/new/name.py',
        '@@ -3 +3 @@',
        '-x = 1',
        '+x = 2',
      ].join('\n'),
    );
    expect(f.get('new/name.py')).toEqual({
      path: 'new/name.py',
      oldPath: 'old/name.py',
      status: 'renamed',
      added: [3],
    });
  });

  it('keeps a pure rename (no hunks) with no added lines, and a copy', () => {
    const f = byPath(
      [
        'diff --git a/a b/b',
        'similarity index 100%',
        'rename from a',
        'rename to b',
        'diff --git a/c.txt b/d.txt',
        'similarity index 80%',
        'copy from c.txt',
        'copy to d.txt',
        '--- a/c.txt',
        '+++ b/d.txt',
        '@@ -1,0 +2 @@',
        '+added',
      ].join('\n'),
    );
    expect(f.get('b')).toEqual({ path: 'b', oldPath: 'a', status: 'renamed', added: [] });
    expect(f.get('d.txt')).toEqual({ path: 'd.txt', oldPath: 'c.txt', status: 'copied', added: [2] });
  });

  it('treats a new file as all added, ignores deleted and binary files and mode changes', () => {
    const d = parseDiff(
      [
        'diff --git a/new.js b/new.js',
        'new file mode 100644',
        'index 0000000..3333333',
        '--- /dev/null',
        '+++ b/new.js',
        '@@ -0,0 +1,3 @@',
        '+a',
        '+b',
        '+c',
        'diff --git a/gone.js b/gone.js',
        'deleted file mode 100644',
        'index 4444444..0000000',
        '--- a/gone.js',
        '+++ /dev/null',
        '@@ -1,2 +0,0 @@',
        '-a',
        '-b',
        'diff --git a/img.png b/img.png',
        'index 5555555..6666666 100644',
        'Binary files a/img.png and b/img.png differ',
        'diff --git a/run.sh b/run.sh',
        'old mode 100644',
        'new mode 100755',
        'diff --git a/empty b/empty',
        'new file mode 100644',
        'index 0000000..e69de29',
      ].join('\n'),
    );
    expect(d.files).toEqual([
      { path: 'new.js', oldPath: null, status: 'added', added: [1, 2, 3] },
      { path: 'run.sh', oldPath: 'run.sh', status: 'modified', added: [] },
      { path: 'empty', oldPath: null, status: 'added', added: [] },
    ]);
  });

  it('reads quoted paths with octal escapes, spaces and tabs', () => {
    const f = byPath(
      [
        'diff --git "a/na\\303\\257ve.txt" "b/na\\303\\257ve.txt"',
        'index 1..2 100644',
        '--- "a/na\\303\\257ve.txt"',
        '+++ "b/na\\303\\257ve.txt"',
        '@@ -1 +1 @@',
        '-x',
        '+y',
        'diff --git a/with space.txt b/with space.txt',
        'new file mode 100644',
        '--- /dev/null',
        '+++ b/with space.txt\t',
        '@@ -0,0 +1 @@',
        '+z',
        'diff --git "a/tab\\there" "b/tab\\there"',
        'new file mode 100644',
        '--- /dev/null',
        '+++ "b/tab\\there"',
        '@@ -0,0 +1 @@',
        '+t',
        'diff --git a/mode only b/mode only',
        'old mode 100644',
        'new mode 100755',
      ].join('\n'),
    );
    expect([...f.keys()]).toEqual(['naïve.txt', 'with space.txt', 'tab\there', 'mode only']);
    expect(f.get('naïve.txt')!.added).toEqual([1]);
    expect(unquote('"a\\"b\\\\c\\n"')).toBe('a"b\\c\n');
  });

  it('is driven by hunk counts: removed "-- x" and added "++ y"/"diff --git" lines are content', () => {
    const f = byPath(
      [
        'diff --git a/sql.sql b/sql.sql',
        '--- a/sql.sql',
        '+++ b/sql.sql',
        '@@ -1,2 +1,3 @@',
        '--- a comment',
        '+++ counter',
        '+diff --git a/x b/x',
        ' keep',
        '\\ No newline at end of file',
      ].join('\n'),
    );
    expect(f.get('sql.sql')!.added).toEqual([1, 2]);
    expect(f.size).toBe(1);
  });

  it('handles CRLF and an emptied context line', () => {
    const f = byPath(
      ['diff --git a/w.txt b/w.txt', '--- a/w.txt', '+++ b/w.txt', '@@ -1,3 +1,3 @@', ' a', '', '-c', '+C', ''].join(
        '\r\n',
      ),
    );
    expect(f.get('w.txt')!.added).toEqual([3]);
  });

  it('honours --no-prefix output and an explicit strip', () => {
    const f = byPath(
      ['diff --git src/x.c src/x.c', '--- src/x.c', '+++ src/x.c', '@@ -1 +1 @@', '-a', '+b'].join('\n'),
    );
    expect([...f.keys()]).toEqual(['src/x.c']);
    const g = byPath(['--- a/lib/x.c', '+++ b/lib/x.c', '@@ -1 +1 @@', '-a', '+b'].join('\n'), { strip: 2 });
    expect([...g.keys()]).toEqual(['x.c']);
  });

  it('refuses combined diffs with an explanation', () => {
    const cc = [
      'diff --cc file.txt',
      'index 1,2..3',
      '--- a/file.txt',
      '+++ b/file.txt',
      '@@@ -1,1 -1,1 +1,1 @@@',
      '- a',
      ' -b',
      '++c',
    ].join('\n');
    expect(() => parseDiff(cc)).toThrow(FileFormatError);
    expect(() => parseDiff(cc)).toThrow(/combined diff.*merge base/s);
  });

  it('refuses truncated hunks and junk inside a hunk, naming the line', () => {
    const head = ['diff --git a/x b/x', '--- a/x', '+++ b/x', '@@ -1,2 +1,2 @@', ' a'];
    expect(() => parseDiff(head.join('\n'), { name: 'change.patch' })).toThrow(/change\.patch.*ends early/);
    expect(() => parseDiff([...head, 'junk'].join('\n'), { name: 'p' })).toThrow(/p:6: unexpected line inside a hunk/);
    expect(() => parseDiff('@@ -1 +1 @@\n-a\n+b\n')).toThrow(/before any file header/);
  });

  it('refuses + and - lines beyond the counts of a hunk, naming the line', () => {
    const head = ['diff --git a/x b/x', '--- a/x', '+++ b/x', '@@ -1,2 +1,2 @@', ' a', '-b', '+B'];
    expect(() => parseDiff([...head, '+extra', ''].join('\n'), { name: 'p' })).toThrow(
      /^p:8: more added lines than the hunk header says: "\+extra"/,
    );
    expect(() => parseDiff([...head, '-gone', ''].join('\n'), { name: 'p' })).toThrow(
      /^p:8: more removed lines than the hunk header says/,
    );
    // after the hunk's own "\ No newline at end of file" too
    expect(() => parseDiff([...head, '\\ No newline at end of file', '+extra'].join('\n'), { name: 'p' })).toThrow(
      /^p:9: more added lines/,
    );
    expect(() => parseDiff([...head, '+++ b/y', ''].join('\n'), { name: 'p' })).toThrow(/^p:8: more added lines/);
    // the next file's headers after a hunk are headers, in git and plain diff -u output
    const two = [...head, '--- a/y', '+++ b/y', '@@ -0,0 +1 @@', '+y', '\\ No newline at end of file', ''].join('\n');
    expect(parseDiff(two).files.map((f) => [f.path, f.added])).toEqual([
      ['x', [2]],
      ['y', [1]],
    ]);
  });

  it('refuses a hunk whose side with lines starts at line 0 (fuzz seed 604936663 read it as added line 0)', () => {
    const head = ['diff --git a/x b/x', '--- a/x', '+++ b/x'];
    expect(() =>
      parseDiff([...head, '@@ -20 +0,2 @@', '-old', '+new1', '+new2', ''].join('\n'), { name: 'p' }),
    ).toThrow(/^p:4: hunk header "@@ -20 \+0,2 @@" starts a side with lines at line 0/);
    expect(() => parseDiff([...head, '@@ -0,1 +1 @@', '-a', '+b', ''].join('\n'), { name: 'p' })).toThrow(/line 0/);
    // line 0 with no lines is how git writes an empty side: a new file, a deleted one
    expect(parseDiff([...head, '@@ -0,0 +1,2 @@', '+a', '+b', ''].join('\n')).files[0]!.added).toEqual([1, 2]);
    expect(parseDiff([...head, '@@ -1,2 +0,0 @@', '-a', '-b', ''].join('\n')).files[0]!.added).toEqual([]);
  });

  it('refuses a file that is not a patch at all, naming it; an empty patch is no change', () => {
    expect(() => parseDiff('hello\nthis is not a diff\n', { name: 'garbage.txt' })).toThrow(
      /^garbage\.txt:1: is not a patch: no `diff --git`/,
    );
    expect(() => parseDiff('\n\nfoo\n', { name: 'g.txt' })).toThrow(/^g\.txt:3: is not a patch/);
    expect(parseDiff('', { name: 'empty.patch' }).files).toEqual([]);
    expect(parseDiff('\n', { name: 'empty.patch' }).files).toEqual([]);
  });

  it("reads the pull request files API's patch text under a built header (no index line, no final newline)", () => {
    const api = '@@ -1,3 +1,4 @@\n a\n+b\n c\n-d\n\\ No newline at end of file\n+D\n\\ No newline at end of file';
    const text = `diff --git a/src/x.ts b/src/x.ts\n--- a/src/x.ts\n+++ b/src/x.ts\n${api}\n`;
    expect(parseDiff(text).files.map((f) => [f.path, f.added])).toEqual([['src/x.ts', [2, 4]]]);
  });
});

describe('parseDiff: plain diff -u and patch files', () => {
  it('reads diff -ru output with timestamps, stripping the differing first component', () => {
    const text = [
      'Only in new: extra',
      'diff -ru old/src/m.c new/src/m.c',
      '--- old/src/m.c\t2024-01-01 10:00:00.000000000 +0000',
      '+++ new/src/m.c\t2024-01-02 10:00:00.000000000 +0000',
      '@@ -5,3 +5,4 @@',
      ' int a;',
      '+int b;',
      ' int c;',
      '-int d;',
      '+int D;',
      '--- /dev/null\t1970-01-01 00:00:00.000000000 +0000',
      '+++ new/add.c\t2024-01-02 10:00:00.000000000 +0000',
      '@@ -0,0 +1 @@',
      '+x',
    ].join('\n');
    const f = byPath(text);
    expect(f.get('src/m.c')!.added).toEqual([6, 8]);
    // An added file has no other side to compare with: the path is kept as written.
    expect(f.get('new/add.c')!.added).toEqual([1]);
    expect(byPath(text, { strip: 1 }).get('add.c')!.added).toEqual([1]);
  });

  it('reads a git format-patch mail (commit message with --- before the diff)', () => {
    const f = byPath(
      [
        'From 123 Mon Sep 17 00:00:00 2001',
        'Subject: [PATCH] x',
        '',
        '---',
        ' x.txt | 1 +',
        '',
        'diff --git a/x.txt b/x.txt',
        '--- a/x.txt',
        '+++ b/x.txt',
        '@@ -1 +1,2 @@',
        ' a',
        '+b',
        '-- ',
        '2.39.5',
      ].join('\n'),
    );
    expect(f.get('x.txt')!.added).toEqual([2]);
  });
});

describe('parseDiff: streaming', () => {
  const big = (() => {
    const lines: string[] = [];
    for (let i = 0; i < 100; i++) {
      lines.push(`diff --git a/f${i}.ts b/f${i}.ts`, `--- a/f${i}.ts`, `+++ b/f${i}.ts`, '@@ -1,12 +1,12 @@');
      for (let j = 0; j < 12; j++) lines.push(`-old ${j}`, `+new ${j}`);
    }
    return lines.join('\n') + '\n';
  })();

  it('gives the same result for any chunking, including a UTF-8 character split across Buffers', async () => {
    const whole = parseDiff(big);
    for (const size of [1, 7, 64, 4096]) {
      const p = new DiffParser();
      for (let i = 0; i < big.length; i += size) p.write(big.slice(i, i + size));
      expect(p.end()).toEqual(whole);
    }
    const text = 'diff --git a/é.txt b/é.txt\n--- a/é.txt\n+++ b/é.txt\n@@ -0,0 +1 @@\n+ü\n';
    const buf = Buffer.from(text, 'utf8');
    async function* oneByte() {
      for (let i = 0; i < buf.length; i++) yield buf.subarray(i, i + 1);
    }
    expect((await parseDiffStream(oneByte())).files[0]!.path).toBe('é.txt');
  });

  it('parses a 5,000-line diff in a few ms', () => {
    expect(big.split('\n').length).toBeGreaterThan(2500);
    const five = big + big.replace(/f(\d+)\.ts/g, 'g$1.ts');
    expect(five.split('\n').length).toBeGreaterThanOrEqual(5000);
    parseDiff(five); // warm up
    const t = performance.now();
    const d = parseDiff(five);
    const ms = performance.now() - t;
    expect(d.files).toHaveLength(200);
    expect(d.files[0]!.added).toHaveLength(12);
    expect(ms).toBeLessThan(50);
  });
});
