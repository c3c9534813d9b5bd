/**
 * The toolkit's own CI dogfoods its test action: the suite runs through ./actions/test with
 * coverage (the same jest command as the package.json test script), then ./actions/coverage-gate
 * gates what it measured.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { kindOf } from '@quality/testing';
import { parseCommandInput } from '../../packages/cli/src/commands/test.js';
import { repoRoot } from '../e2e/harness/index.js';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
const ci = parse(readFileSync(join(repoRoot, '.github/workflows/ci.yml'), 'utf8')) as {
  jobs: Record<string, { steps: Step[] }>;
};
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

describe("CI runs the toolkit's tests through ./actions/test", () => {
  const steps = ci.jobs.test!.steps;
  const test = steps.find((s) => s.uses === './actions/test')!;

  it('with the test script as an argument list of jest, coverage on', () => {
    expect(test).toBeDefined();
    const argv = parseCommandInput(String(test.with!.command))!;
    expect(kindOf(argv)).toBe('jest');
    // The same command as `npm run coverage` (npm test -- --coverage): a change to the script shows here.
    expect(pkg.scripts.coverage).toBe('npm test -- --coverage');
    expect(argv).toEqual([...pkg.scripts.test!.split(' '), '--coverage']);
    expect(steps.some((s) => /npm (run coverage|test)\b/.test(s.run ?? ''))).toBe(false);
  });

  it("then gates the coverage it wrote with the toolkit's own coverage-gate", () => {
    const gate = steps.find((s) => s.uses === './actions/coverage-gate')!;
    expect(steps.indexOf(gate)).toBeGreaterThan(steps.indexOf(test));
    expect(gate.with!.files).toBe('coverage/lcov.info');
    const jestConfig = readFileSync(join(repoRoot, 'jest.config.js'), 'utf8');
    expect(jestConfig).toMatch(/coverageReporters: \[[^\]]*'lcov'/);
  });
});
