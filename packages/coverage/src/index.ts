export * from './model/index.js';
export {
  analyze,
  measureDiff,
  readReport,
  readPatch,
  type Analysis,
  type AnalyzeOptions,
  type DiffSource,
  type DiffResult,
  type InputReport,
} from './analyze.js';
export { headlineOf, type Headline } from './headline.js';
export { toJson, toText, writeJson, type AnalysisJson, type CounterJson } from './render.js';
export { detectFormat } from './detect.js';
export { mergeReports } from './merge.js';
export { resolvePaths, type PathMapRule, type Unmapped } from './paths.js';
export { parseDiff, type ParsedDiff, type DiffFile } from './diff.js';
export { diffCoverage, lineRanges, type DiffCoverage, type FileDiffCoverage } from './diff-coverage.js';
export { isNullSha, isShallow, lsFiles, mergeBase, diffAgainstBase, ensureHistory, repoRoot } from './git.js';
export { toCobertura } from './serialize/cobertura.js';
export { toLcov } from './serialize/lcov.js';
export * from './gate/baseline.js';
export * from './gate/rules.js';
export * from './gate/render.js';
export { BranchBaselineStore } from './gate/baseline-branch.js';
export { FileBaselineStore } from './gate/baseline-file.js';
export { formatPercent, formatPoints, formatCount } from './format.js';
export { DEFAULT_REPORTS, parsePathMap } from './defaults.js';
export * from './gate/run.js';
export * from './gate/baseline-cache.js';
