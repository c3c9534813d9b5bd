import { describe, it, expect } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const sources = [
  ...readdirSync(join(repo, 'packages/guard/src'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join('packages/guard/src', f)),
  'packages/kit/src/findings.ts',
];
// git only through kit's wrapper (argument arrays, validated refs), as the other engines do.
const ALLOWED = /^(?:node:|\.\/|@quality\/kit\/(?:findings|errors|markdown|limits|git)$|yaml$|js-yaml$|smol-toml$)/;

describe('guard engine boundary', () => {
  it.each(sources)(
    '%s imports only node builtins, kit, yaml, js-yaml and smol-toml, and reads no environment',
    (file) => {
      // Comments may name what the code must not use.
      const src = readFileSync(join(repo, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      const imports = [...src.matchAll(/^(?:import|export)[^'";]*from\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
      for (const i of imports) expect(i).toMatch(ALLOWED);
      expect(src).not.toMatch(/process\.env|@actions\//);
    },
  );

  it('sees the imports it checks', () => {
    const src = readFileSync(join(repo, 'packages/guard/src/files.ts'), 'utf8');
    expect([...src.matchAll(/^(?:import|export)[^'";]*from\s*['"]([^'"]+)['"]/gm)].map((m) => m[1])).toContain('yaml');
  });
});
