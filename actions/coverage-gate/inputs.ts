/** The gate's inputs, read and validated once. */
import { FORMATS, type Format, type GateConfig, type GateMetric, type PathMapRule } from '@quality/coverage';
import { InputError, type Inputs } from '@quality/kit';

export interface GateInputs {
  files: string[];
  format?: Format;
  config: GateConfig;
  baseline: { kind: 'cache' | 'branch' | 'none' } | { kind: 'file'; path: string };
  baselineBranch: string;
  diffBase?: string;
  fetch: boolean;
  workingDirectory: string;
  pathMap: PathMapRule[];
  comment: 'auto' | 'always' | 'never';
  commentId: string;
  commentFile?: string;
  annotate: boolean;
  fail: boolean;
  coberturaOut?: string;
  token?: string;
}

const percentInput = (i: Inputs, name: string) => i.number(name, { min: 0, max: 100 });

export function readGateInputs(i: Inputs): GateInputs {
  const format = i.enum('format', FORMATS);
  const baselineRaw = i.string('baseline', 'cache');
  const baseline: GateInputs['baseline'] = ['cache', 'branch', 'none'].includes(baselineRaw)
    ? { kind: baselineRaw as 'cache' | 'branch' | 'none' }
    : { kind: 'file', path: baselineRaw };
  const pathMap = i.list('path-map').map((rule) => {
    const eq = rule.indexOf('=');
    if (eq < 1) throw new InputError('path-map', rule, 'lines of the form FROM=TO, e.g. /build/src=src');
    return { from: rule.slice(0, eq).trim(), to: rule.slice(eq + 1).trim() };
  });
  const branch = i.string('baseline-branch', 'quality-baselines');
  if (!/^[A-Za-z0-9._/-]+$/.test(branch) || branch.startsWith('-') || branch.includes('..')) {
    throw new InputError('baseline-branch', branch, 'a branch name of letters, digits, ".", "_", "/" and "-"');
  }
  const commentId = i.string('comment-id', 'coverage');
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(commentId))
    throw new InputError('comment-id', commentId, 'up to 64 letters, digits, ".", "_" or "-"');
  return {
    files: i.globs('files'),
    format,
    config: {
      minCoverage: percentInput(i, 'min-coverage'),
      minDiffCoverage: percentInput(i, 'min-diff-coverage'),
      maxDecrease: percentInput(i, 'max-decrease'),
      minFileCoverage: percentInput(i, 'min-file-coverage'),
      minChangedLines: i.number('min-changed-lines', { min: 0, integer: true, default: 0 }),
      metric: i.enum('metric', ['lines', 'branches', 'headline'] as const satisfies readonly GateMetric[], 'lines'),
    },
    baseline,
    baselineBranch: branch,
    diffBase: i.optional('diff-base'),
    fetch: i.boolean('fetch', true),
    workingDirectory: i.string('working-directory', '.'),
    pathMap,
    comment: i.enum('comment', ['auto', 'always', 'never'] as const, 'auto'),
    commentId,
    commentFile: i.optional('comment-file'),
    annotate: i.boolean('annotate', true),
    fail: i.boolean('fail', true),
    coberturaOut: i.optional('cobertura-out'),
    token: i.optional('token'),
  };
}
