/**
 * The gate's inputs, read and validated once (an input over the config file's coverage section over
 * the defaults here: action.yml gives none). Enums match case-insensitively; `off` turns a rule off.
 */
import {
  FORMATS,
  parsePathMap,
  type Format,
  type GateConfig,
  type GateMetric,
  type MissingFilesMode,
  type PathMapRule,
} from '@quality/coverage';
import { InputError, type Inputs } from '@quality/kit';
import { assertRef } from '@quality/kit/git';

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

const percentInput = (i: Inputs, name: string, def?: number) =>
  i.numberOrOff(name, { min: 0, max: 100, ...(def !== undefined ? { default: def } : {}) });
const BASELINE_KINDS = ['cache', 'branch', 'none'] as const;

function readBaseline(i: Inputs): GateInputs['baseline'] {
  const raw = i.string('baseline', 'cache').trim();
  const kind = BASELINE_KINDS.find((k) => k === raw.toLowerCase());
  if (kind) return { kind };
  if (!/\.json$/i.test(raw) || raw.includes('\0'))
    throw new InputError(
      'baseline',
      raw,
      "cache, branch, none, or the path of a .json file (e.g. 'coverage-baseline.json')",
    );
  return { kind: 'file', path: raw };
}

export function readGateInputs(i: Inputs): GateInputs {
  const branch = i.string('baseline-branch', 'quality-baselines');
  if (!/^[A-Za-z0-9._/-]+$/.test(branch) || branch.startsWith('-') || branch.includes('..')) {
    throw new InputError('baseline-branch', branch, 'a branch name of letters, digits, ".", "_", "/" and "-"');
  }
  const commentId = i.string('comment-id', 'coverage');
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(commentId))
    throw new InputError('comment-id', commentId, 'up to 64 letters, digits, ".", "_" or "-"');
  const diffBase = i.optional('diff-base')?.trim();
  if (diffBase) {
    try {
      assertRef(diffBase, 'diff-base');
    } catch {
      throw new InputError(
        'diff-base',
        diffBase,
        'a commit SHA or a ref name such as origin/main (no spaces, no leading "-")',
      );
    }
  }
  return {
    files: i.globs('files'),
    format: i.enum('format', FORMATS),
    config: {
      minCoverage: percentInput(i, 'min-coverage'),
      minDiffCoverage: percentInput(i, 'min-diff-coverage', 80),
      maxDecrease: percentInput(i, 'max-decrease', 0),
      minFileCoverage: percentInput(i, 'min-file-coverage'),
      minChangedLines: i.number('min-changed-lines', { min: 0, integer: true, default: 0 }),
      metric: i.enum('metric', ['lines', 'branches', 'headline'] as const satisfies readonly GateMetric[], 'headline'),
      missingFiles: i.enum(
        'missing-files',
        ['warn', 'fail', 'ignore'] as const satisfies readonly MissingFilesMode[],
        'warn',
      ),
    },
    baseline: readBaseline(i),
    baselineBranch: branch,
    diffBase: diffBase || undefined,
    fetch: i.boolean('fetch', true),
    workingDirectory: i.string('working-directory', '.'),
    pathMap: parsePathMap(i.list('path-map'), 'path-map'),
    comment: i.enum('comment', ['auto', 'always', 'never'] as const, 'auto'),
    commentId,
    commentFile: i.optional('comment-file'),
    annotate: i.boolean('annotate', true),
    fail: i.boolean('fail', true),
    coberturaOut: i.optional('cobertura-out'),
    token: i.optional('token'),
  };
}
