/**
 * The baseline stores on their own, for an entry that loads the one it needs on demand
 * (`await import('@quality/coverage/stores')`): a run without a baseline loads none of them.
 */
export { BranchBaselineStore } from './gate/baseline-branch.js';
export { FileBaselineStore } from './gate/baseline-file.js';
export { CacheBaselineStore } from './gate/baseline-cache.js';
