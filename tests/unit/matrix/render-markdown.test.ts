/** The matrix job summary, rendered from a real run of the engine on a small repository. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { matrixSummary, runMatrix } from '@quality/matrix';

let ws: string;
beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'quality-matrix-summary-'));
  mkdirSync(join(ws, 'web'));
  writeFileSync(join(ws, 'web', 'package.json'), '{"engines":{"node":"22"}}');
});
afterAll(() => rmSync(ws, { recursive: true, force: true }));

describe('matrixSummary', () => {
  it('has the project table, the jobs and the warnings, with outside text escaped', async () => {
    const r = await runMatrix({ root: ws, today: '2026-11-22' });
    r.warnings.push('a <b>warning</b> from @someone');
    const s = matrixSummary(r);
    expect(s.startsWith('## Job matrix\n\n')).toBe(true);
    expect(s).toContain('| Project | Language | Package manager | Pinned | Versions | Shards |');
    expect(s).toContain('| `web` | node | npm | `22` in `web/package.json` `engines.node` | `22` |  |');
    expect(s).toContain('<details><summary>1 job(s)</summary>');
    expect(s).toContain('- web, node 22, ubuntu\\-latest');
    expect(s).toContain('> [!WARNING]\n> a &lt;b&gt;warning&lt;/b&gt; from &#64;someone');
  });
});
