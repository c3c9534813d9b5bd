import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../../../packages/matrix/src/', import.meta.url));
const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

describe('the matrix engine takes values and returns values', () => {
  it('reads no environment variable and imports no @actions package', () => {
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.filter((f) => {
      const text = readFileSync(src + f, 'utf8');
      return /\bprocess\s*\.\s*env\b|\bprocess\s*\[\s*['"]env/.test(text) || /from\s+['"]@actions\//.test(text);
    });
    expect(offenders).toEqual([]);
  });
});
