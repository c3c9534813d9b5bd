/**
 * .pre-commit-hooks.yaml (for the pre-commit framework) parses, names the package's own bin and
 * a registered command, and its entry runs as written on a real repository.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { commands } from '../../../packages/cli/src/registry.js';
import '../../../packages/cli/src/commands.js';
import { repoRoot } from '../../e2e/harness/index.js';
import { GitRepo } from '../../support/git-repo.js';
import { quality } from './run.js';

interface HookDef {
  id: string;
  entry: string;
  language: string;
  pass_filenames?: boolean;
}
const hooks = parse(readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as HookDef[];
const bin = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin;

describe('.pre-commit-hooks.yaml', () => {
  it('declares quality-guard as a node hook on the staged files', () => {
    expect(hooks).toEqual([
      expect.objectContaining({
        id: 'quality-guard',
        language: 'node',
        entry: 'quality guard --staged',
        pass_filenames: false,
      }),
    ]);
  });

  it.each(hooks)('$id: its entry is the package bin and a registered command that accepts its flags', async (h) => {
    const [exe, name, ...args] = h.entry.split(' ');
    expect(Object.keys(bin)).toContain(exe);
    expect(commands.map((c) => c.name)).toContain(name);
    const repo = await GitRepo.init();
    await repo.write({ 'ok.txt': 'fine\n' });
    await repo.git('add', 'ok.txt');
    const r = await quality([name!, ...args], repo.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
