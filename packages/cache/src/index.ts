export * from './managers.js';
export * from './digest.js';
export * from './key.js';
export * from './policy.js';
export * from './plan.js';
export * from './restore-save.js';
export * from './job-status.js';
