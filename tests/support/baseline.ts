/** A baseline snapshot for tests: `covered` of 100 lines in one file. */
import { BASELINE_SCHEMA, type BaselineSnapshot } from '../../packages/coverage/src/gate/baseline.js';

export function snap(commit: string, commitTime: number, branch = 'main', covered = 80): BaselineSnapshot {
  return {
    schema: BASELINE_SCHEMA,
    commit,
    commitTime,
    branch,
    createdAt: '2024-01-01T00:00:00Z',
    writer: 'quality test',
    totals: { lines: { covered, total: 100 }, branches: null, statements: null, functions: null, instructions: null },
    headline: { metric: 'lines', covered, total: 100 },
    files: { 'src/a.ts': [covered, 100] },
  };
}
