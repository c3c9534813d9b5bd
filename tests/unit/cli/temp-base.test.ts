/** Where the commands (lint's tsc -b wrappers, test's reports and timings) make their temp folders. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from '@jest/globals';
import { tempBase } from '../../../packages/cli/src/args.js';

const dir = mkdtempSync(join(tmpdir(), 'quality-temp-base-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("RUNNER_TEMP when it exists, else the system's temp folder", () => {
  expect(tempBase({ RUNNER_TEMP: dir })).toBe(dir);
  expect(tempBase({ RUNNER_TEMP: join(dir, 'gone') })).toBe(tmpdir());
  expect(tempBase({ RUNNER_TEMP: '' })).toBe(tmpdir());
  expect(tempBase({})).toBe(tmpdir());
});
