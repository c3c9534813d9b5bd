import { describe, it, expect } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../e2e/harness/index.js';
// @ts-expect-error: a plain .mjs script without types
import { tables, refresh } from '../../scripts/action-docs.mjs';

const actions = readdirSync(join(repoRoot, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(repoRoot, 'actions', d.name, 'action.yml')))
  .map((d) => d.name);

describe('action READMEs', () => {
  it.each(actions)('actions/%s/README.md has inputs and outputs tables equal to action.yml', (name) => {
    const dir = join(repoRoot, 'actions', name);
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    const t = (tables as (d: string) => { inputs: string; outputs: string })(dir);
    // `node scripts/action-docs.mjs actions/<name> --write` refreshes them
    expect(readme).toBe((refresh as (r: string, t: unknown) => string)(readme, t));
  });

  it('detects a drifted table', () => {
    const t = { inputs: '| Input |\n| --- |\n| `a` |', outputs: '| Output |\n| --- |' };
    const stale =
      '<!-- inputs -->\n| Input |\n| --- |\n| `b` |\n<!-- /inputs -->\n<!-- outputs -->\n| Output |\n| --- |\n<!-- /outputs -->';
    expect((refresh as (r: string, t: unknown) => string)(stale, t)).not.toBe(stale);
  });
});
