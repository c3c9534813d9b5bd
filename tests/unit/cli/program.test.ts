import { describe, it, expect } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existingDir, parse, UsageError } from '../../../packages/cli/src/args.js';
import { commands } from '../../../packages/cli/src/registry.js';
import { quality } from './run.js';

describe('the quality program', () => {
  it('lists every command, prints its version, and exits 2 without a command', async () => {
    const none = await quality([], '/');
    expect(none.code).toBe(2);
    for (const c of ['coverage', 'check', 'matrix', 'shard', 'cache-key'])
      expect(none.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    expect(await quality(['--version'], '/')).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/),
    });
    const unknown = await quality(['frobnicate'], '/');
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toMatch(/unknown command 'frobnicate'/);
  });

  it('gives every command a one-line usage that starts with its name', () => {
    for (const c of commands) expect(c.usage).toMatch(new RegExp(`^quality ${c.name}( |$)`));
  });
});

describe('parse', () => {
  const options = {
    limit: { type: 'string' },
    json: { type: 'boolean' },
    tag: { type: 'string', multiple: true },
  } as const;

  it('reads flags with the typed readers the actions use', () => {
    const { values, inputs } = parse(['--limit', '5', '--json', '--tag', 'a', '--tag=b'], options);
    expect(values).toEqual({ limit: '5', json: true, tag: ['a', 'b'] });
    expect(inputs.number('--limit', { integer: true, min: 1 })).toBe(5);
    for (const bad of ['0x50', '1e3', 'Infinity', '5%', ' 0b1 ']) {
      expect(() => parse(['--limit', bad], options).inputs.number('--limit', { integer: true })).toThrow(
        /Input '--limit'/,
      );
    }
  });

  it('turns every malformed command line into a UsageError', () => {
    const cases: [string[], RegExp][] = [
      [['--nope'], /^Unknown option '--nope'\.$/],
      [['--limit'], /^Option '--limit <value>' argument missing\.$/],
      [['--json=yes'], /--json/],
      [['stray'], /^Unexpected argument 'stray'\.$/],
      [['--limit', ''], /^Option '--limit' has an empty value\.$/],
    ];
    for (const [argv, message] of cases) {
      expect(() => parse(argv, options)).toThrow(UsageError);
      expect(() => parse(argv, options)).toThrow(message);
    }
    expect(parse(['a', 'b'], options, 2).positionals).toEqual(['a', 'b']);
    expect(() => parse(['a', 'b', 'c'], options, 2)).toThrow(/Unexpected argument 'c' \(at most 2\)/);
  });

  it('existingDir: "does not exist" and "is not a directory" before anything runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quality-cli-args-'));
    try {
      writeFileSync(join(dir, 'f'), '');
      expect(existingDir(dir, undefined, '--root')).toBe(dir);
      expect(existingDir('/', dir, '--root')).toBe(dir);
      expect(() => existingDir(dir, 'missing', '--root')).toThrow(`--root ${join(dir, 'missing')} does not exist`);
      expect(() => existingDir(dir, 'f', '--root')).toThrow(`--root ${join(dir, 'f')} is not a directory`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
