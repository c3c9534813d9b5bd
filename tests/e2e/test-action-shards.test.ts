/**
 * actions/test with `files`: one shard of a project run through the composite action as the
 * runner runs it (env: expanded, GITHUB_ACTION_PATH set, the bundled CLI), with the list in the
 * form the pipeline passes it (toJSON(matrix.files)) and as a file (files-from).
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { runComposite } from './harness/composite.js';
import { fixtureFiles, makeWorkspace } from './harness/index.js';

/** The files of a sample project, under `prefix` in the new workspace. */
const project = (name: string, prefix: string) => fixtureFiles(`tests/fixtures/testing/${name}`, prefix);
const env = { PATH: `/usr/bin:${process.env.PATH ?? ''}` };

describe('actions/test files (a shard)', () => {
  it('pytest: only the shard file runs; its timings name only that file', async () => {
    const ws = makeWorkspace(project('python', 'svc'));
    const r = await runComposite('test', {
      workspace: ws,
      inputs: { 'working-directory': 'svc', files: '["tests/test_helpers.py"]' },
      env,
    });
    expect(r.outputs).toMatchObject({ total: '2', passed: '1', failed: '1' });
    expect(r.exitCode).toBe(1);
    expect(Object.keys(JSON.parse(readFileSync(r.outputs.timings!, 'utf8')))).toEqual(['svc/tests/test_helpers.py']);
  });

  it('go test: files-from names the packages; the passing shard passes', async () => {
    const ws = makeWorkspace({ ...project('go', 'mod'), 'mod/shard.txt': './divide\n' });
    const r = await runComposite('test', {
      workspace: ws,
      inputs: { 'working-directory': 'mod', 'files-from': 'shard.txt' },
      env,
    });
    expect(r.outputs).toMatchObject({ total: '4', passed: '3', failed: '0', errored: '0', skipped: '1' });
    expect(r.exitCode).toBe(0);
  });

  it('null (no shards) runs every test; a file not in the project fails the step saying so', async () => {
    const ws = makeWorkspace(project('python', '.'));
    const all = await runComposite('test', { workspace: ws, inputs: { files: 'null' }, env });
    expect(all.outputs.total).toBe('12');
    const gone = await runComposite('test', { workspace: ws, inputs: { files: 'tests/test_gone.py' }, env });
    expect(gone.exitCode).toBe(2);
    expect(gone.stderr + gone.stdout).toContain('"tests/test_gone.py" does not exist');
  });
});
