import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, InputError } from '@quality/kit/errors';
import { resolveWorkingDirectory, runMatrix } from '../../../packages/matrix/src/run.js';

describe('working-directory stays inside the workspace', () => {
  let base: string;
  let ws: string;
  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'quality-matrix-run-'));
    ws = join(base, 'workspace');
    mkdirSync(join(ws, 'app'), { recursive: true });
    writeFileSync(join(ws, 'app', 'package.json'), '{"engines":{"node":"22"}}');
    mkdirSync(join(base, 'outside'));
    writeFileSync(join(base, 'outside', 'package.json'), '{}');
    symlinkSync(join(base, 'outside'), join(ws, 'link'));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  const refused = (dir: string) => {
    let err: unknown;
    try {
      resolveWorkingDirectory(ws, dir);
    } catch (e) {
      err = e;
    }
    return err;
  };

  it('refuses ../.., an absolute path elsewhere and a link out of the workspace', () => {
    for (const dir of ['../..', '..', 'app/../../outside', join(base, 'outside'), 'link']) {
      const err = refused(dir);
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).input).toBe('working-directory');
      expect((err as Error).message).toContain(`a folder inside the workspace ${ws}`);
    }
    expect((refused('link') as Error).message).toMatch(/symbolic link to .*outside/);
  });

  it('says a missing folder does not exist', () => {
    expect(() => resolveWorkingDirectory(ws, 'nope')).toThrow(/the folder .*nope does not exist/);
    expect(() => resolveWorkingDirectory(ws, 'app/package.json')).toThrow(/is not a folder/);
  });

  it('scans a folder inside the workspace, and refuses through runMatrix too', async () => {
    expect(resolveWorkingDirectory(ws, 'app')).toBe(join(ws, 'app'));
    expect(resolveWorkingDirectory(ws, '')).toBe(ws);
    const r = await runMatrix({ workspace: ws, workingDirectory: 'app', today: '2026-11-22' });
    expect(r.matrix.include.map((e) => e['name'])).toEqual(['node 22, ubuntu-latest']);
    await expect(runMatrix({ workspace: ws, workingDirectory: '../..', today: '2026-11-22' })).rejects.toThrow(
      InputError,
    );
    await expect(runMatrix({ root: join(base, 'missing'), today: '2026-11-22' })).rejects.toThrow(ConfigurationError);
    await expect(runMatrix({ root: join(base, 'missing'), today: '2026-11-22' })).rejects.toThrow(/does not exist/);
  });
});
