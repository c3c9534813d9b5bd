/** quality test passes the test command's output on while it runs, not once it has ended. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testReport } from '../../../packages/cli/src/commands/test.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

// Prints "ready", then waits for the file "go" (which the test writes on seeing "ready"), then
// writes its JUnit report. Output shown only at the end would never let it go on.
const CHILD = `
const fs = require('node:fs');
process.stdout.write('ready\\n');
const until = Date.now() + 20000;
(function wait() {
  if (fs.existsSync('go')) {
    fs.writeFileSync('report.xml', '<testsuite name="s" tests="1"><testcase name="t" classname="c"/></testsuite>');
    process.stderr.write('done');
    return;
  }
  if (Date.now() > until) { process.stderr.write('gave up waiting'); process.exit(3); }
  setTimeout(wait, 20);
})();
`;

describe('quality test: live output', () => {
  it('shows each chunk as the command prints it, and ends the output with a line break', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quality-test-live-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'child.cjs'), CHILD);
    let shown = '';
    const report = await testReport(
      { projectDir: dir, reports: ['report.xml'], command: ['node', 'child.cjs'], retryFailed: 0, flaky: 'pass' },
      {
        cwd: dir,
        env: process.env,
        stderr: (s) => {
          shown += s;
          if (shown.includes('ready') && !existsSync(join(dir, 'go'))) writeFileSync(join(dir, 'go'), '');
        },
      },
    );
    expect(shown).toContain('ready\n');
    expect(shown).not.toContain('gave up');
    expect(shown.endsWith('done\n')).toBe(true);
    expect(report.tests).toMatchObject({ total: 1, passed: 1 });
  }, 30_000);
});
