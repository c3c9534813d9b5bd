/** kit's readSmallFile: a checkout's small file, read whole only when regular and small enough. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSmallFile } from '@quality/kit/files';
import { makeTempDir, removeAll } from '../../support/git-repo.js';

afterAll(removeAll);

describe('readSmallFile', () => {
  it('reads a regular file, says missing, too large or not a file, and never waits on a FIFO', async () => {
    const dir = await makeTempDir();
    writeFileSync(join(dir, 'a.txt'), 'héllo\n');
    expect(readSmallFile(join(dir, 'a.txt'), 100)).toEqual({ ok: true, text: 'héllo\n' });
    expect(readSmallFile(join(dir, 'a.txt'), 3)).toEqual({ ok: false, reason: 'too large', size: 7 });
    expect(readSmallFile(join(dir, 'none.txt'), 100)).toEqual({ ok: false, reason: 'missing' });
    expect(readSmallFile(join(dir, 'a.txt', 'below'), 100)).toEqual({ ok: false, reason: 'missing' });
    mkdirSync(join(dir, 'folder'));
    expect(readSmallFile(join(dir, 'folder'), 100)).toEqual({ ok: false, reason: 'not a file' });
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    symlinkSync(join(dir, 'pipe'), join(dir, 'link'));
    expect(readSmallFile(join(dir, 'link'), 100)).toEqual({ ok: false, reason: 'not a file' });
    expect(readSmallFile('/dev/zero', 100)).toEqual({ ok: false, reason: 'not a file' });
  });
});
