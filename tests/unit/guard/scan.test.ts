import { describe, it, expect } from '@jest/globals';
import { scan, type ScanEntry } from '@quality/guard';

const entry = (path: string, content: string | Buffer, mode = 0o100644): ScanEntry => {
  const buf = typeof content === 'string' ? Buffer.from(content) : content;
  return { path, read: () => buf, mode, size: buf.length };
};

// Random-looking (a repeated pattern would count as a placeholder).
const TOKEN = 'q8Xv2LmN9pR4tZ7wK1sD3fG6hJ5kL0zAq8Xv2LmN';

describe('scanner', () => {
  it('skips binary content but still checks size; reports unread large files as not scanned', () => {
    let reads = 0;
    const huge: ScanEntry = {
      path: 'big.log',
      read: () => (reads++, Buffer.alloc(0)),
      mode: 0o100644,
      size: 20 * 1024 * 1024,
    };
    const bin = entry('img.png', Buffer.concat([Buffer.from([0x89, 0, 1]), Buffer.from(`ghp_${TOKEN.slice(0, 36)}`)]));
    const r = scan([huge, bin]);
    expect(reads).toBe(0);
    expect(r.skipped).toEqual({ binary: 1, submodules: 0, tooLargeToRead: 1, prefiltered: 0 });
    expect(r.findings.map((f) => `${f.path} ${f.rule} ${f.severity}`).sort()).toEqual([
      'big.log file/large-file error',
      'big.log file/not-scanned notice',
    ]);
  });

  it('checks symlinks against every path of the repository, and collisions against the change', () => {
    const r = scan(
      [
        { path: 'link', read: () => Buffer.alloc(0), mode: 0o120000, size: 5, symlinkTarget: 'lib/a.ts' },
        { path: 'dead', read: () => Buffer.alloc(0), mode: 0o120000, size: 5, symlinkTarget: 'gone' },
        entry('README.MD', '# x\n'),
        { path: 'vendor/sub', read: () => Buffer.alloc(0), mode: 0o160000, size: 0 },
      ],
      { allPaths: ['lib/a.ts', 'README.md', 'Other.md', 'other.md'] },
    );
    expect(r.findings.map((f) => `${f.path} ${f.rule}`).sort()).toEqual([
      // Only the changed side is reported; its message names both.
      'README.MD file/case-collision',
      'dead file/broken-symlink',
    ]);
    expect(r.skipped.submodules).toBe(1);
    expect(r.findings.find((f) => f.path === 'README.MD')!.message).toContain("'README.MD' and 'README.md'");
  });

  it('runs every family of checks and fingerprints every finding', () => {
    const r = scan([
      entry(
        '.github/workflows/ci.yml',
        'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n',
      ),
      entry('deploy.sh', 'echo\n', 0o100755),
      entry('.env', `STRIPE=sk_live_${TOKEN}\n`),
    ]);
    expect(r.findings.map((f) => f.rule).sort()).toEqual([
      'file/executable-without-shebang',
      'secret/stripe-live-key',
      'workflow/missing-permissions',
      'workflow/unpinned-uses',
    ]);
    for (const f of r.findings) expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(r.scanned).toBe(3);
  });

  it('can switch families off and forbid BOM/CRLF', () => {
    const e = [entry('a.txt', '\uFEFFx\r\n'), entry('k.env', `T=sk_live_${TOKEN}\n`)];
    expect(scan(e, { secrets: false }).findings).toEqual([]);
    expect(scan(e, { forbidBom: true, forbidCrlf: true, secrets: false }).findings.map((f) => f.rule)).toEqual([
      'file/bom',
      'file/crlf',
    ]);
  });
});
