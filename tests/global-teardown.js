// After the tests: anything a test left in this run's temp folder under the `quality-` prefix is
// a test that does not clean up after itself, and fails the run; other leftovers are listed. The
// folder is removed either way.
import { readdirSync, rmSync } from 'node:fs';

export default function globalTeardown() {
  const state = globalThis.__qualityTempRoot;
  if (!state) return;
  let left = [];
  try {
    left = readdirSync(state.root);
  } finally {
    rmSync(state.root, { recursive: true, force: true });
    if (state.previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = state.previous;
  }
  // Counted by name without its random suffix, so the message says which helper leaks.
  const byKind = new Map();
  for (const name of left) {
    const kind = name.replace(/[-_.]?[A-Za-z0-9]{6}$/, '') || name;
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  const ours = left.filter((name) => name.startsWith('quality-'));
  if (ours.length > 0) {
    throw new Error(
      `${ours.length} temporary folder(s) or file(s) with the quality- prefix were left behind by the tests (each test must remove what it creates): ${[...byKind].map(([k, n]) => `${k}* ×${n}`).join(', ')}`,
    );
  }
  if (left.length > 0)
    console.warn(
      `Other temporary entries left by the tests (removed): ${[...byKind].map(([k, n]) => `${k}* ×${n}`).join(', ')}`,
    );
}
