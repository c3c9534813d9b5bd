import { describe, it, expect, afterAll } from '@jest/globals';
import fc from 'fast-check';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { resolvePaths, readGoModules, normalizePath, goDirectiveValues } from '../../../packages/coverage/src/paths.js';
import { emptyReport, fileOf } from '@quality/coverage';
import type { CoverageReport, Format } from '@quality/coverage';
import { makeTempDir, removeAll } from '../../support/git-repo.js';

afterAll(removeAll);

function report(paths: string[], format: Format = 'cobertura', sourceRoots: string[] = []): CoverageReport {
  const r = emptyReport(format);
  r.sourceRoots = sourceRoots;
  paths.forEach((p, i) => fileOf(r, p).lines.add(i + 1, 1));
  return r;
}

/** raw -> resolved (or "!reason") */
function mapping(r: CoverageReport, opts: Parameters<typeof resolvePaths>[1]): Record<string, string> {
  const raws = [...r.files.keys()];
  const lineOf = new Map(raws.map((p, i) => [i + 1, p]));
  const res = resolvePaths(r, opts);
  const out: Record<string, string> = {};
  for (const [path, f] of res.report.files) for (const [line] of f.lines.entries()) out[lineOf.get(line)!] = path;
  for (const u of res.unmapped) out[u.path] = `!${u.reason}`;
  return out;
}

const WS = '/home/runner/work/repo/repo';
const FILES = [
  'src/app/main.py',
  'src/app/util.py',
  'lib/textutil/fmt.py',
  'module-a/src/main/java/com/x/A.java',
  'module-b/src/main/java/com/y/B.java',
  'module-b/src/main/java/com/x/Dup.java',
  'module-c/src/main/java/com/x/Dup.java',
  'svc/go.mod',
  'svc/pkg/handler.go',
  'tools/go.mod',
  'tools/cmd/gen/main.go',
  'README.md',
];

describe('normalizePath', () => {
  it('normalises separators, drive letters, URLs and dot segments', () => {
    expect(normalizePath('C:\\a\\.\\b\\..\\c.cs')).toEqual({ root: 'C:/', segs: ['a', 'c.cs'] });
    expect(normalizePath('c:/a/b')).toEqual({ root: 'C:/', segs: ['a', 'b'] });
    expect(normalizePath('./x//y/../z')).toEqual({ root: '', segs: ['x', 'z'] });
    expect(normalizePath('../../etc/passwd')).toEqual({ root: '', segs: ['..', '..', 'etc', 'passwd'] });
    expect(normalizePath('/a/../../b')).toEqual({ root: '/', segs: ['b'] });
    expect(normalizePath('file:///C:/w/a%20b.cs')).toEqual({ root: 'C:/', segs: ['w', 'a b.cs'] });
    expect(normalizePath('\\\\server\\share\\x')).toEqual({ root: '//server/', segs: ['share', 'x'] });
  });
});

describe('resolvePaths', () => {
  it("reads a relative path against the report's own <source> first, as coverage.py writes it and diff-cover reads it", () => {
    // [run] source = src: coverage.py writes app/models.py under <source>WS/src</source>. The
    // repository also tracks an unrelated app/models.py: the source root decides, not the guess.
    const files = ['app/models.py', 'src/app/models.py'];
    expect(mapping(report(['app/models.py'], 'cobertura', [`${WS}/src`]), { workspace: WS, files })).toEqual({
      'app/models.py': 'src/app/models.py',
    });
    // With the workspace itself as the source, or no source, the path reads as it is.
    expect(mapping(report(['app/models.py'], 'cobertura', [WS]), { workspace: WS, files })).toEqual({
      'app/models.py': 'app/models.py',
    });
    expect(mapping(report(['app/models.py']), { workspace: WS, files })).toEqual({ 'app/models.py': 'app/models.py' });
    // A source root from another machine (outside the workspace): the path as it is.
    expect(mapping(report(['app/models.py'], 'cobertura', ['/ci/build/src']), { workspace: WS, files })).toEqual({
      'app/models.py': 'app/models.py',
    });
  });

  it('strips the workspace, tries relative paths as is, and rewrites Windows paths', () => {
    const r = report([
      `${WS}/src/app/main.py`,
      'src/app/util.py',
      './lib/textutil/../textutil/fmt.py',
      'D:\\a\\repo\\repo\\README.md',
    ]);
    expect(mapping(r, { workspace: WS, files: FILES })).toEqual({
      [`${WS}/src/app/main.py`]: 'src/app/main.py',
      'src/app/util.py': 'src/app/util.py',
      './lib/textutil/../textutil/fmt.py': 'lib/textutil/fmt.py',
      'D:\\a\\repo\\repo\\README.md': 'README.md', // outside this workspace: by suffix
    });
    // A Windows workspace, compared case-insensitively.
    const w = report(['d:\\A\\repo\\repo\\src\\app\\main.py', 'D:/a/repo/repo/src/app/util.py']);
    expect(mapping(w, { workspace: 'D:\\a\\repo\\repo', files: FILES })).toEqual({
      'd:\\A\\repo\\repo\\src\\app\\main.py': 'src/app/main.py',
      'D:/a/repo/repo/src/app/util.py': 'src/app/util.py',
    });
  });

  it('joins relative paths with source roots (relative or absolute, as coverage.py writes <source>)', () => {
    const r = report(['main.py', 'textutil/fmt.py'], 'cobertura', [`${WS}/src/app`, 'lib']);
    expect(mapping(r, { workspace: WS, files: FILES })).toEqual({
      'main.py': 'src/app/main.py',
      'textutil/fmt.py': 'lib/textutil/fmt.py',
    });
    // Source root of another machine (a container): strip it, then the rest is workspace-relative.
    const c = report(['/app/src/app/util.py'], 'cobertura', ['/app']);
    expect(mapping(c, { workspace: WS, files: FILES })).toEqual({ '/app/src/app/util.py': 'src/app/util.py' });
  });

  it('applies path-map prefix rules first (longest from wins, whole segments only)', () => {
    const r = report(['/build/out/app/main.py', '/build/outside/x.py', '/build/out/app/util.py']);
    const pathMap = [
      { from: '/build', to: 'nowhere' },
      { from: '/build/out/', to: 'src' },
    ];
    expect(mapping(r, { workspace: WS, files: FILES, pathMap })).toEqual({
      '/build/out/app/main.py': 'src/app/main.py',
      '/build/out/app/util.py': 'src/app/util.py',
      '/build/outside/x.py': '!not tracked by git, and no tracked file ends with its path',
    });
  });

  it('maps Go import paths through go.mod module paths (longest module first)', () => {
    const r = report(
      [
        'example.com/svc/pkg/handler.go',
        'example.com/svc/tools/cmd/gen/main.go',
        '_/home/runner/work/repo/repo/README.md',
      ],
      'go',
    );
    const goModules = [
      { dir: 'svc', module: 'example.com/svc' },
      { dir: 'tools', module: 'example.com/svc/tools' },
    ];
    expect(mapping(r, { workspace: WS, files: FILES, goModules })).toEqual({
      'example.com/svc/pkg/handler.go': 'svc/pkg/handler.go',
      'example.com/svc/tools/cmd/gen/main.go': 'tools/cmd/gen/main.go',
      '_/home/runner/work/repo/repo/README.md': 'README.md',
    });
  });

  it('resolves JaCoCo package paths by suffix, and refuses to guess between equal suffixes', () => {
    const r = report(['com/x/A.java', 'com/y/B.java', 'com/x/Dup.java', 'com/x/Missing.java'], 'jacoco');
    expect(mapping(r, { workspace: WS, files: FILES })).toEqual({
      'com/x/A.java': 'module-a/src/main/java/com/x/A.java',
      'com/y/B.java': 'module-b/src/main/java/com/y/B.java',
      'com/x/Dup.java': '!ambiguous: module-b/src/main/java/com/x/Dup.java, module-c/src/main/java/com/x/Dup.java',
      'com/x/Missing.java': '!not tracked by git, and no tracked file ends with its path',
    });
    // A longer suffix disambiguates.
    const s = report(['/ci/module-c/src/main/java/com/x/Dup.java'], 'jacoco');
    expect(mapping(s, { workspace: WS, files: FILES })).toEqual({
      '/ci/module-c/src/main/java/com/x/Dup.java': 'module-c/src/main/java/com/x/Dup.java',
    });
  });

  it('rejects paths outside the workspace, and untracked files unless asked to keep them', () => {
    const r = report(['../../etc/passwd', '/etc/shadow', `${WS}/build/generated.py`, `${WS}/../other/x.py`]);
    const m = mapping(r, { workspace: WS, files: [...FILES, 'etc/passwd'] });
    expect(m['../../etc/passwd']).toBe('!outside the workspace');
    expect(m['/etc/shadow']).toMatch(/^!outside the workspace/);
    expect(m[`${WS}/build/generated.py`]).toMatch(/^!not tracked by git/);
    expect(m[`${WS}/../other/x.py`]).toMatch(/^!outside the workspace/);
    const k = mapping(report([`${WS}/build/generated.py`]), { workspace: WS, files: FILES, keepUntracked: true });
    expect(k).toEqual({ [`${WS}/build/generated.py`]: 'build/generated.py' });
  });

  it('merges entries that resolve to the same file without touching the input entries', () => {
    const r = emptyReport('lcov');
    const a = fileOf(r, 'src/app/main.py');
    a.lines.add(1, 0);
    a.lines.add(2, 1);
    const b = fileOf(r, `${WS}/src/app/main.py`);
    b.lines.add(1, 2);
    b.lines.add(3, 0);
    const { report: out, unmapped } = resolvePaths(r, { workspace: WS, files: FILES });
    expect(unmapped).toEqual([]);
    expect([...out.files.keys()]).toEqual(['src/app/main.py']);
    const f = out.files.get('src/app/main.py')!;
    expect(f.path).toBe('src/app/main.py');
    expect([...f.lines.entries()]).toEqual([
      [1, 2],
      [2, 1],
      [3, 0],
    ]);
    expect(a.lines.get(1)).toBe(0);
  });

  it('property: never yields a path outside the workspace or with . / .. segments', () => {
    const seg = fc.constantFrom(
      '..',
      '.',
      '',
      'src',
      'app',
      'main.py',
      'etc',
      'passwd',
      'home',
      'runner',
      'work',
      'repo',
      'C:',
      'x',
    );
    const rawPath = fc
      .tuple(
        fc.constantFrom('', '/', 'C:\\', './', '../', `${WS}/`, 'file:///'),
        fc.array(seg, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('/', '\\'),
      )
      .map(([root, segs, sep]) => root + segs.join(sep));
    const file = fc
      .array(fc.constantFrom('src', 'app', 'main.py', 'etc', 'passwd', 'x', '..', '.'), { minLength: 1, maxLength: 4 })
      .map((s) => s.join('/'));
    fc.assert(
      fc.property(
        fc.uniqueArray(rawPath, { minLength: 1, maxLength: 6 }),
        fc.array(file, { maxLength: 8 }),
        fc.array(fc.constantFrom('/app', 'src', '../x', `${WS}/src`, 'C:\\w'), { maxLength: 2 }),
        fc.boolean(),
        (paths, files, roots, keepUntracked) => {
          const r = report(paths, 'cobertura', roots);
          const { report: out, unmapped } = resolvePaths(r, { workspace: WS, files, keepUntracked });
          for (const p of out.files.keys()) {
            expect(p.startsWith('/')).toBe(false);
            expect(p).not.toMatch(/^[A-Za-z]:/);
            expect(p.split('/')).not.toContain('..');
            expect(p.split('/')).not.toContain('.');
            expect(p.split('/')).not.toContain('');
            if (!keepUntracked) expect(files).toContain(p);
          }
          let lines = 0;
          for (const f of out.files.values()) lines += f.lines.size;
          expect(lines + unmapped.length).toBe(paths.length); // nothing lost silently
        },
      ),
      { numRuns: 500 },
    );
  });

  // Speed is the gate benchmark's business (tests/bench/gate-bench.mjs prints this phase): no timed test.
  it('resolves 100,000 report paths of three kinds against a 100,000-file list', () => {
    const files: string[] = [];
    for (let i = 0; i < 100_000; i++) files.push(`pkg${i % 500}/sub${Math.floor(i / 500) % 40}/mod${i}/file${i}.ts`);
    const r = emptyReport('lcov');
    for (let i = 0; i < 100_000; i++) {
      const f = files[i]!;
      // a mix: absolute in workspace, relative, and foreign absolute (suffix match)
      const raw = i % 3 === 0 ? `${WS}/${f}` : i % 3 === 1 ? f : `/other/machine/${f}`;
      fileOf(r, raw).lines.add(1, 1);
    }
    const { report: out, unmapped } = resolvePaths(r, { workspace: WS, files });
    expect(unmapped).toEqual([]);
    expect(out.files.size).toBe(100_000);
    for (const i of [0, 1, 2, 99_999]) expect(out.files.get(files[i]!)!.path).toBe(files[i]);
  });
});

describe('readGoModules', () => {
  it('reads module directives of go.mod files in the list and modules used by go.work', async () => {
    const ws = await makeTempDir();
    const put = async (rel: string, text: string) => {
      await mkdir(join(ws, rel, '..'), { recursive: true });
      await writeFile(join(ws, rel), text);
    };
    await put('go.work', 'go 1.22\n\nuse (\n\t./svc // the service\n\t./lib\n)\nuse ./tools\n');
    await put(
      'svc/go.mod',
      '// header\nmodule example.com/svc // trailing\n\ngo 1.22\nrequire (\n\tgolang.org/x/mod v0.1.0\n)\n',
    );
    await put('lib/go.mod', 'module "example.com/lib"\n');
    await put('tools/go.mod', 'module example.com/tools\r\n');
    await put('broken/go.mod', 'go 1.22\n');
    const mods = await readGoModules(ws, ['go.work', 'svc/go.mod', 'broken/go.mod', 'lib/go.mod', 'missing/go.mod']);
    expect(mods).toEqual([
      { dir: 'lib', module: 'example.com/lib' },
      { dir: 'svc', module: 'example.com/svc' },
      { dir: 'tools', module: 'example.com/tools' },
    ]);
    expect(goDirectiveValues('module (\n  a.b/c\n)\n', 'module')).toEqual(['a.b/c']);
  });

  it('skips a go.mod that is a link to a device or a FIFO (an untrusted checkout) instead of waiting on it', async () => {
    const ws = await makeTempDir();
    await mkdir(join(ws, 'zero'), { recursive: true });
    await mkdir(join(ws, 'fifo'), { recursive: true });
    await mkdir(join(ws, 'ok'), { recursive: true });
    await symlink('/dev/zero', join(ws, 'zero', 'go.mod'));
    execFileSync('mkfifo', [join(ws, 'fifo.pipe')]);
    await symlink(join(ws, 'fifo.pipe'), join(ws, 'fifo', 'go.mod'));
    await writeFile(join(ws, 'ok', 'go.mod'), 'module example.com/ok\n');
    const mods = await readGoModules(ws, ['zero/go.mod', 'fifo/go.mod', 'ok/go.mod']);
    expect(mods).toEqual([{ dir: 'ok', module: 'example.com/ok' }]);
  });
});
