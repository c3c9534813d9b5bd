/**
 * golangci-lint v1 and v2 take different output flags (`--out-format json` vs
 * `--output.json.path=stdout`): the version is asked first. Fake `go` binaries (`go tool
 * golangci-lint ...` is how a pinned golangci-lint runs) print the real version strings of each
 * release (the format of pkg/commands/version.go at those tags) and refuse the other major's flags
 * as cobra does; the JSON they print is golangci-lint's own test data (third-party/README.md).
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { runProcess } from '@quality/kit/process';
import { detectTools, moduleMajor, parseGolangci, planTools, runTools, versionOf, type ToolPlan } from '@quality/lint';
import { memoryFiles } from './memory-files.js';

const THIRD = join(process.cwd(), 'tests/fixtures/lint/third-party');
const tmp = mkdtempSync(join(tmpdir(), 'quality-golangci-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Real `golangci-lint --version` lines. */
const VERSIONS = {
  // v1.64.8 release (tag commit 8b37f141), goreleaser build.
  v1: 'golangci-lint has version 1.64.8 built with go1.24.1 from 8b37f141 on 2025-03-17T20:41:53Z',
  // v1.23.7 (before "built with"): pkg/commands/version.go at that tag, its commit and date.
  v1old: 'golangci-lint has version 1.23.7 built from 96964dbe on 2020-02-28T12:00:54Z',
  // v2.13.1 release (tag commit 6d2288e0).
  v2: 'golangci-lint has version 2.13.1 built with go1.27.0 from 6d2288e0 on 2026-08-20T14:28:34Z',
  // `go tool` / `go install` build: the module version, no vcs data (cmd/golangci-lint/main.go);
  // the module's h1: sum is elided here.
  v2tool:
    'golangci-lint has version v2.13.1 built with go1.27.0 from (unknown, modified: ?, mod sum: "h1:…") on (unknown)',
  // A build from a work tree: no version at all, only Go's.
  devel: 'golangci-lint has version (devel) built with go1.24.3 from (unknown, modified: ?, mod sum: "") on (unknown)',
};

/** A fake `go`: `go tool golangci-lint --version` prints `version`; `run` accepts only its major's flags. */
function fakeGo(name: string, version: string, major: 1 | 2): string {
  const json = join(THIRD, major === 1 ? 'golangci-lint-v1.json' : 'golangci-lint.json');
  const own = major === 1 ? '--out-format' : '--output.json.path=stdout';
  const other = major === 1 ? '--output.json.path' : '--out-format';
  const path = join(tmp, name);
  writeFileSync(
    path,
    `#!/bin/sh
[ "$1 $2" = "tool golangci-lint" ] || { echo "fake go: unexpected $*" >&2; exit 2; }
shift 2
for a in "$@"; do
  case "$a" in
    --version) echo '${version.replace(/'/g, `'"'"'`)}'; exit 0 ;;
    ${other}*) echo "Error: unknown flag: ${other}" >&2; echo "Failed executing command with error: unknown flag: ${other}" >&2; exit 3 ;;
  esac
done
case " $* " in
  *" ${own} "*|*" ${own}="*|*" ${own}"*) cat '${json}'; exit 1 ;;
esac
echo "fake go: no output flag in $*" >&2
exit 2
`,
  );
  chmodSync(path, 0o755);
  return path;
}

/** The plan quality makes for a go.mod pinning `pkg`, with `go` replaced by `fake`. */
function plan(pkg: string, fake: string): ToolPlan {
  const f = memoryFiles({ 'go.mod': `module x\n\ngo 1.24\n\ntool ${pkg}\n`, '.golangci.yml': '' });
  const d = detectTools([{ dir: '.', language: 'go', packageManager: 'go' }], f, 'lint', ['golangci-lint']);
  const [p] = planTools(d, { root: tmp, files: f });
  const swap = (argv: string[]) => argv.map((a, i) => (i === 0 && a === 'go' ? fake : a));
  return {
    ...p!,
    cwd: tmp,
    argv: swap(p!.argv),
    versionArgv: swap(p!.versionArgv!),
    argvByMajor: Object.fromEntries(Object.entries(p!.argvByMajor!).map(([m, a]) => [m, swap(a)])),
  };
}

const V2 = 'github.com/golangci/golangci-lint/v2/cmd/golangci-lint';
const V1 = 'github.com/golangci/golangci-lint/cmd/golangci-lint';

describe('golangci-lint v1 and v2', () => {
  it('versionOf reads the version golangci-lint names, never the Go version beside it', () => {
    expect(versionOf(VERSIONS.v1)).toBe('1.64.8');
    expect(versionOf(VERSIONS.v1old)).toBe('1.23.7');
    expect(versionOf(VERSIONS.v2)).toBe('2.13.1');
    expect(versionOf(VERSIONS.v2tool)).toBe('2.13.1');
    expect(versionOf(VERSIONS.devel)).toBeNull();
  });

  it('moduleMajor: the /vN element of the pinned package path', () => {
    expect(moduleMajor(V2)).toBe(2);
    expect(moduleMajor(V1)).toBe(1);
    expect(moduleMajor(undefined)).toBeUndefined();
  });

  const cases: [keyof typeof VERSIONS, 1 | 2, string, string][] = [
    ['v1', 1, V1, '1.64.8'],
    ['v1old', 1, V1, '1.23.7'],
    ['v2', 2, V2, '2.13.1'],
    ['v2tool', 2, V2, '2.13.1'],
  ];
  it.each(cases)('%s: the flags of the major the binary names, its JSON read', async (name, major, pkg, version) => {
    // The go.mod path says the other major: the binary's own answer wins.
    const wrongPkg = major === 1 ? V2 : V1;
    for (const p of [pkg, wrongPkg]) {
      const [run] = await runTools([plan(p, fakeGo(`go-${name}`, VERSIONS[name], major))], runProcess, {
        root: tmp,
      });
      expect(run!.error).toBeUndefined();
      expect(run!.version).toBe(version);
      expect(run!.command).toContain(major === 1 ? '--out-format json' : '--output.json.path=stdout');
      expect(run!.exitCode).toBe(1);
      expect(run!.findings).toHaveLength(22);
    }
  });

  it('a (devel) build names no version: the major of the pinned module path decides', async () => {
    for (const [major, pkg] of [
      [1, V1],
      [2, V2],
    ] as const) {
      const [run] = await runTools([plan(pkg, fakeGo(`go-devel-${major}`, VERSIONS.devel, major))], runProcess, {
        root: tmp,
      });
      expect(run!.error).toBeUndefined();
      expect(run!.version).toBeNull();
      expect(run!.findings).toHaveLength(22);
    }
  });

  it('the wrong flags are a failed run with the tool’s message, never a pass', async () => {
    // A v1 binary asked with v2 flags (what quality did before asking the version).
    const p = plan(V2, fakeGo('go-v1-forced', VERSIONS.v1, 1));
    delete p.argvByMajor;
    const [run] = await runTools([p], runProcess, { root: tmp });
    expect(run!.errorKind).toBe('failed');
    expect(run!.error).toMatch(/exit 3\).*unknown flag: --output\.json\.path/s);
  });

  it('v1 JSON (golangci-lint v1.64.8 test data): Issues with Report, and Report null', () => {
    const text = readFileSync(join(THIRD, 'golangci-lint-v1.json'), 'utf8');
    const raw = JSON.parse(text) as { Issues: { Severity: string; Pos: { Filename: string; Line: number } }[] };
    const f = parseGolangci(text, { root: '/r', cwd: '.' });
    expect(f).toHaveLength(raw.Issues.length);
    expect(f.map((x) => [x.path, x.line])).toEqual(raw.Issues.map((i) => [i.Pos.Filename, i.Pos.Line]));
    expect(f.filter((x) => x.severity === 'warning')).toHaveLength(
      raw.Issues.filter((i) => i.Severity === 'warning').length,
    );
    // pkg/printers/json_test.go at v1.64.8: the expected output, byte for byte.
    const small =
      '{"Issues":[{"FromLinter":"linter-a","Text":"some issue","Severity":"warning","SourceLines":null,"Pos":{"Filename":"path/to/filea.go","Offset":2,"Line":10,"Column":4},"ExpectNoLint":false,"ExpectedNoLintLinter":""},{"FromLinter":"linter-b","Text":"another issue","Severity":"error","SourceLines":["func foo() {","\\tfmt.Println(\\"bar\\")","}"],"Pos":{"Filename":"path/to/fileb.go","Offset":5,"Line":300,"Column":9},"ExpectNoLint":false,"ExpectedNoLintLinter":""}],"Report":null}\n';
    expect(parseGolangci(small, { root: '/r', cwd: '.' })).toEqual([
      expect.objectContaining({ rule: 'linter-a', severity: 'warning', path: 'path/to/filea.go', line: 10, column: 4 }),
      expect.objectContaining({ rule: 'linter-b', severity: 'error', path: 'path/to/fileb.go', line: 300, column: 9 }),
    ]);
    // A nil Issues slice encodes as null.
    expect(parseGolangci('{"Issues":null,"Report":null}\n', { root: '/r', cwd: '.' })).toEqual([]);
  });
});
