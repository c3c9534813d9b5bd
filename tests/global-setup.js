// Before the tests: build the test-only fixture actions (tests/fixtures/actions/*) into
// build/fixtures for the e2e tests (shipped bundles in dist/ are used as committed: `npm run
// check-dist` proves they match the sources), and give this run a temp folder of its own, so
// that the teardown can prove every test removed what it created.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function globalSetup() {
  execFileSync(process.execPath, ['scripts/build.mjs', '--fixtures'], { stdio: 'pipe' });
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'quality-jest-')));
  globalThis.__qualityTempRoot = { root, previous: process.env.TMPDIR };
  // Workers and the processes they start inherit it: os.tmpdir() reads TMPDIR on every call.
  process.env.TMPDIR = root;
}
