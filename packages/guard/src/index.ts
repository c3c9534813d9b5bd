export {
  scan,
  scanner,
  needsContent,
  type Loaded,
  type ScanEntry,
  type ScanResult,
  type GuardOptions,
  type GuardFinding,
} from './scan.js';
export {
  findSecrets,
  isPlaceholder,
  redact,
  entropy,
  type SecretFinding,
  type SecretKind,
  type SecretScanOptions,
} from './secrets.js';
export {
  isBinary,
  conflictMarkers,
  syntaxErrors,
  textPolicy,
  shebangVsMode,
  sizeCheck,
  caseCollisions,
  brokenSymlink,
  type TextPolicy,
} from './files.js';
export {
  checkWorkflow,
  unpinnedInstall,
  isWorkflowPath,
  isActionPath,
  WORKFLOW_RULES,
  type WorkflowOptions,
} from './workflows.js';
export {
  checkCommitMessage,
  commitFindings,
  DEFAULT_TYPES,
  type CommitOptions,
  type CommitProblem,
} from './commits.js';
export {
  parseBaseline,
  applyBaseline,
  writeBaseline,
  type Baseline,
  type BaselineEntry,
  type Fingerprinted,
} from './baseline.js';
export { applyRuleLevels, type RuleLevels } from './levels.js';
export { changeScope, runGuard, type GuardRun, type GuardRunOptions, type GuardScope } from './run.js';
export {
  commitMessages,
  indexEntries,
  indexPaths,
  relatedPaths,
  readBlobs,
  readWorkTreeFile,
  stagedChange,
  stagedEntries,
  workTreeEntry,
  type IndexEntry,
} from './source.js';
