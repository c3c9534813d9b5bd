// Build the test-only fixture actions (tests/fixtures/actions/*) into build/fixtures before the
// e2e tests run them. Shipped bundles in dist/ are used as committed: `npm run check-dist`
// proves they match the sources.
import { execFileSync } from 'node:child_process';

export default function globalSetup() {
  execFileSync(process.execPath, ['scripts/build.mjs', '--fixtures'], { stdio: 'pipe' });
}
