/**
 * The composite-action convention: every step names `shell: bash`, has no `${{ }}` inside
 * `run:`, passes every input as `INPUT_<NAME>` (upper-cased, hyphens kept, as the runner names
 * JavaScript action inputs) through `env:`, and runs the bundled CLI through $GITHUB_ACTION_PATH.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../e2e/harness/index.js';

interface Step {
  shell?: string;
  run?: string;
  env?: Record<string, string>;
}
interface Action {
  inputs?: Record<string, unknown>;
  runs: { using: string; steps?: Step[] };
}

const composites = readdirSync(join(repoRoot, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(repoRoot, 'actions', d.name, 'action.yml')))
  .map((d) => ({
    name: d.name,
    action: parse(readFileSync(join(repoRoot, 'actions', d.name, 'action.yml'), 'utf8')) as Action,
  }))
  .filter((a) => a.action.runs.using === 'composite');

describe('composite actions', () => {
  it('lint and format are composite actions', () => {
    expect(composites.map((c) => c.name)).toEqual(expect.arrayContaining(['lint', 'format']));
  });

  it.each(composites.map((c) => [c.name, c.action] as const))(
    '%s: shell, env inputs, the CLI through GITHUB_ACTION_PATH',
    (_name, action) => {
      const steps = action.runs.steps ?? [];
      expect(steps.length).toBeGreaterThan(0);
      const passed = new Set<string>();
      for (const step of steps) {
        if (step.run === undefined) continue;
        expect(step.shell).toBe('bash');
        expect(step.run).not.toMatch(/\$\{\{/);
        expect(step.run).toMatch(/^node "\$GITHUB_ACTION_PATH\/\.\.\/\.\.\/dist\/cli\/index\.js" [a-z-]+ --github$/);
        for (const [k, v] of Object.entries(step.env ?? {})) {
          const m = /^INPUT_([A-Z0-9_-]+)$/.exec(k);
          if (!m) continue;
          passed.add(m[1]!);
          expect(v).toBe(`\${{ inputs.${m[1]!.toLowerCase()} }}`);
        }
      }
      for (const input of Object.keys(action.inputs ?? {})) expect(passed).toContain(input.toUpperCase());
    },
  );
});
