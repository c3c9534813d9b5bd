/**
 * Policy over the sources and the docs: the layering the lint config enforces (proved on planted
 * text, so a config change that stops checking fails here), stdout only through kit, and README
 * examples that a user can copy without a script injection.
 */
import { describe, it, expect } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { parseAllDocuments } from 'yaml';
import { repoRoot } from '../e2e/harness/index.js';

function walk(dir: string, keep: (path: string) => boolean, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'fixtures' || e.name === 'dist' || e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, keep, out);
    else if (keep(p)) out.push(p);
  }
  return out;
}

const rel = (p: string) => relative(repoRoot, p).split('\\').join('/');
const eslint = new ESLint({ cwd: repoRoot });
const lint = async (code: string, file: string) =>
  (await eslint.lintText(code, { filePath: join(repoRoot, file) }))[0]!.messages.map((m) => m.ruleId);

describe('lint guards the layering', () => {
  it.each(['coverage', 'matrix', 'cache', 'guard', 'pin'])(
    'packages/%s/src may not import @actions/*',
    async (engine) => {
      expect(
        await lint(
          "import * as core from '@actions/core';\nexport const x = core;\n",
          `packages/${engine}/src/planted.ts`,
        ),
      ).toContain('no-restricted-imports');
    },
  );

  it('the CLI may not import @actions/* either', async () => {
    expect(await lint("import '@actions/cache';\n", 'packages/cli/src/planted.ts')).toContain('no-restricted-imports');
  });

  it.each(['coverage', 'matrix', 'cache', 'guard', 'pin'])(
    'packages/%s/src may not read process.env',
    async (engine) => {
      expect(await lint('export const home = process.env.HOME;\n', `packages/${engine}/src/planted.ts`)).toContain(
        'no-restricted-properties',
      );
    },
  );

  it('an engine may not import another engine or the CLI', async () => {
    expect(await lint("export * from '@quality/matrix';\n", 'packages/coverage/src/planted.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await lint("export * from '@quality/coverage';\n", 'packages/cache/src/planted.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await lint("export * from '@quality/cli';\n", 'packages/matrix/src/planted.ts')).toContain(
      'no-restricted-imports',
    );
  });

  it('kit and the actions may use @actions/*, and engines may use kit', async () => {
    expect(
      await lint("import * as core from '@actions/core';\nexport const x = core;\n", 'packages/kit/src/planted.ts'),
    ).toEqual([]);
    expect(
      await lint("import * as core from '@actions/core';\nexport const x = core;\n", 'actions/matrix/planted.ts'),
    ).toEqual([]);
    expect(
      await lint("export { ConfigurationError } from '@quality/kit/errors';\n", 'packages/coverage/src/planted.ts'),
    ).toEqual([]);
  });

  it('prettier checks every source folder (a misformatted engine file fails `npm run lint`)', async () => {
    const ignorePath = join(repoRoot, '.prettierignore');
    for (const f of [
      'packages/coverage/src/planted.ts',
      'tests/unit/coverage/planted.test.ts',
      'packages/kit/src/planted.ts',
    ]) {
      expect(await prettier.getFileInfo(join(repoRoot, f), { ignorePath })).toMatchObject({ ignored: false });
    }
    const options = {
      ...(await prettier.resolveConfig(join(repoRoot, 'packages/coverage/src/planted.ts'))),
      filepath: 'planted.ts',
    };
    expect(await prettier.check('export   const x = {a:1}\n', options)).toBe(false);
    // The report folder of `npm run coverage` stays ignored.
    expect(await prettier.getFileInfo(join(repoRoot, 'coverage/lcov-report/index.ts'), { ignorePath })).toMatchObject({
      ignored: true,
    });
  });
});

describe('stdout only through kit', () => {
  // The runner reads any stdout line starting with `::` as a command: kit's log defuses such
  // lines and the CLI's writer does the same. Anything else writing to stdout bypasses that.
  const RAW = /\bconsole\.(log|info|warn|error|debug)\s*\(|process\.stdout\.write\s*\(|\bcore\.info\s*\(/;
  const ALLOWED = new Set([
    'packages/kit/src/runner.ts',
    'packages/kit/src/cache-backend.ts',
    'packages/cli/src/main.ts',
  ]);
  const sources = [
    ...walk(join(repoRoot, 'packages'), (p) => /[\\/]src[\\/].*\.ts$/.test(p)),
    ...walk(join(repoRoot, 'actions'), (p) => p.endsWith('.ts')),
  ].map(rel);

  it('finds the sources', () => {
    expect(sources.length).toBeGreaterThan(30);
  });

  it('no module but kit and the CLI writer prints to stdout directly', () => {
    const offenders = sources
      .filter((f) => !ALLOWED.has(f))
      .flatMap((f) =>
        readFileSync(join(repoRoot, f), 'utf8')
          .split('\n')
          .map((line, i) => ({ f, line: i + 1, text: line }))
          .filter((l) => !/^\s*(\/\/|\*)/.test(l.text) && RAW.test(l.text)),
      )
      .map((l) => `${l.f}:${l.line}: ${l.text.trim()}`);
    expect(offenders).toEqual([]);
  });

  it('the scan sees a planted raw write', () => {
    expect(RAW.test('  process.stdout.write(`${name}\\n`);')).toBe(true);
    expect(RAW.test('  console.log(name);')).toBe(true);
    expect(RAW.test('  log.info(escapeLine(name));')).toBe(false);
  });
});

/** Every fenced YAML block of every README, with the line it starts on. */
function yamlBlocks(file: string): { line: number; text: string }[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: { line: number; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(```+|~~~+)\s*ya?ml\b/.exec(lines[i]!);
    if (!open) continue;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !lines[j]!.trimStart().startsWith(open[2]!); j++)
      body.push(lines[j]!.slice(open[1]!.length));
    out.push({ line: i + 1, text: body.join('\n') });
    i = j;
  }
  return out;
}

/** `run:` scripts and `uses:` references anywhere in a parsed YAML value. */
function collect(v: unknown, runs: string[], uses: string[]): void {
  if (Array.isArray(v)) for (const x of v) collect(x, runs, uses);
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (k === 'run' && typeof x === 'string') runs.push(x);
      else if (k === 'uses' && typeof x === 'string') uses.push(x);
      else collect(x, runs, uses);
    }
  }
}

export function exampleFindings(file: string): string[] {
  const findings: string[] = [];
  for (const block of yamlBlocks(file)) {
    const runs: string[] = [];
    const uses: string[] = [];
    for (const doc of parseAllDocuments(block.text)) {
      if (doc.errors.length)
        findings.push(`${rel(file)}:${block.line}: the YAML example does not parse: ${doc.errors[0]!.message}`);
      collect(doc.toJS(), runs, uses);
    }
    for (const r of runs)
      if (r.includes('${{')) findings.push(`${rel(file)}:${block.line}: \${{ }} inside run: (pass it through env:)`);
    for (const u of uses) {
      if (u.startsWith('./') || u.startsWith('docker://') || u.startsWith('OWNER/quality/')) continue;
      if (!/@[0-9a-f]{40}$/.test(u))
        findings.push(`${rel(file)}:${block.line}: ${u} is not pinned to a full commit SHA`);
    }
  }
  return findings;
}

describe('README examples', () => {
  const readmes = [
    join(repoRoot, 'README.md'),
    ...walk(join(repoRoot, 'actions'), (p) => p.endsWith('README.md')),
    ...walk(join(repoRoot, 'docs'), (p) => p.endsWith('.md')),
  ].filter((p) => existsSync(p) && statSync(p).isFile());

  it('finds the READMEs and their examples', () => {
    expect(readmes.map(rel)).toEqual(expect.arrayContaining(['README.md', 'actions/matrix/README.md']));
    expect(readmes.flatMap((f) => yamlBlocks(f)).length).toBeGreaterThan(3);
  });

  it('the example check sees a planted injection and an unpinned action', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quality-readme-'));
    try {
      const file = join(dir, 'README.md');
      writeFileSync(
        file,
        'Text\n\n```yaml\nsteps:\n  - uses: actions/checkout@v4\n  - run: npx jest ${{ join(matrix.files, \' \') }}\n  - env:\n      FILES: ${{ matrix.files }}\n    run: npx jest "$FILES"\n```\n',
      );
      const found = exampleFindings(file);
      expect(found).toHaveLength(2);
      expect(found.join('\n')).toMatch(/inside run:/);
      expect(found.join('\n')).toMatch(/actions\/checkout@v4 is not pinned/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('no example puts ${{ }} inside run: or uses an unpinned third-party action', () => {
    expect(readmes.flatMap((f) => exampleFindings(f))).toEqual([]);
  });
});
