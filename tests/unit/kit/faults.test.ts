/**
 * kit's file-system faults: the real cause behind Node's recursive mkdir (which says ENOENT for
 * a read-only or full file system), and step outputs that are all written or, on a fault, name
 * GITHUB_OUTPUT. The read-only case needs a tmpfs mount (root ignores file modes): skipped,
 * saying why, where this process may not mount.
 */
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, fsFault, isFsFault, makeDirectory, writeOutputs } from '@quality/kit';

const root = mkdtempSync(join(tmpdir(), 'quality-kit-faults-'));
let mounted: string | undefined;
let why = '';
try {
  const dir = mkdtempSync(join(root, 'ro-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k,ro', 'tmpfs', dir], { stdio: 'pipe' });
  mounted = dir;
} catch (e) {
  why = String((e as Error).message).split('\n')[0]!;
  console.warn(`faults.test.ts: the read-only case is skipped: cannot mount a tmpfs here (${why})`);
}
afterAll(() => {
  if (mounted) execFileSync('umount', [mounted], { stdio: 'pipe' });
  rmSync(root, { recursive: true, force: true });
});

const saved = process.env.GITHUB_OUTPUT;
afterEach(() => {
  if (saved === undefined) delete process.env.GITHUB_OUTPUT;
  else process.env.GITHUB_OUTPUT = saved;
});

function thrown(f: () => void): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('did not throw');
}

describe('makeDirectory', () => {
  it('creates nested folders', () => {
    const dir = join(root, 'a', 'b', 'c');
    makeDirectory(dir, 'the test folder');
    expect(existsSync(dir)).toBe(true);
  });

  it('a file on the path: names the folder and says to fix the path', () => {
    const file = join(root, 'file');
    writeFileSync(file, 'x');
    const e = thrown(() => makeDirectory(join(file, 'sub', 'dir'), 'the test folder'));
    expect(e).toBeInstanceOf(ConfigurationError);
    expect(e.message).toBe(
      `Cannot write the test folder to ${join(file, 'sub', 'dir')}: a part of the path is a file, not a folder: fix the path (ENOTDIR).`,
    );
  });

  (mounted ? it : it.skip)('a read-only file system is EROFS, not the ENOENT that recursive mkdir reports', () => {
    const dir = join(mounted!, 'x', 'y');
    const e = thrown(() => makeDirectory(dir, 'the report folder'));
    expect(e.message).toBe(
      `Cannot write the report folder to ${dir}: the file system is read-only: point it at a writable folder (EROFS).`,
    );
  });
});

describe('fsFault and isFsFault', () => {
  it('say what to do for the codes a user can fix, and keep the message of any other', () => {
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    expect(isFsFault(enospc)).toBe(true);
    expect(fsFault(enospc, '/dev/full', 'the step outputs').message).toBe(
      'Cannot write the step outputs to /dev/full: the disk is full: free space on the runner (ENOSPC).',
    );
    expect(isFsFault(new Error('plain'))).toBe(false);
    expect(isFsFault(Object.assign(new Error('x'), { code: 'ERR_INVALID_ARG_TYPE' }))).toBe(false);
    expect(fsFault(new Error('odd'), '/x', 'a file').message).toBe('Cannot write a file to /x: odd.');
  });
});

describe('writeOutputs', () => {
  it('writes every output in order', () => {
    const out = join(root, 'output');
    writeFileSync(out, '');
    process.env.GITHUB_OUTPUT = out;
    writeOutputs([
      ['a', 1],
      ['passed', true],
    ]);
    const text = readFileSync(out, 'utf8');
    expect(text.indexOf('a<<')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('a<<')).toBeLessThan(text.indexOf('passed<<'));
    expect(text).toMatch(/passed<<.*\ntrue\n/);
  });

  it('a value too large writes none of them', () => {
    const out = join(root, 'output-big');
    writeFileSync(out, '');
    process.env.GITHUB_OUTPUT = out;
    const e = thrown(() =>
      writeOutputs([
        ['passed', true],
        ['big', 'x'.repeat(2 * 1024 * 1024)],
      ]),
    );
    expect(e).toBeInstanceOf(ConfigurationError);
    expect(readFileSync(out, 'utf8')).toBe('');
  });

  it('GITHUB_OUTPUT on a full disk is a ConfigurationError naming it', () => {
    process.env.GITHUB_OUTPUT = '/dev/full';
    const e = thrown(() => writeOutputs([['passed', true]]));
    expect(e).toBeInstanceOf(ConfigurationError);
    expect(e.message).toBe(
      'Cannot write the step outputs to /dev/full: the disk is full: free space on the runner (ENOSPC).',
    );
  });
});
