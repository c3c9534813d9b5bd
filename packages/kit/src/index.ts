export * from './errors.js';
export * from './escape.js';
export * from './inputs.js';
export * from './limits.js';
export * as md from './markdown.js';
export * from './runner.js';
export * from './event.js';
export * from './faults.js';
export type { BackendResult, CacheBackend, CacheBackendOptions, CacheMode, CacheSaveStatus } from './cache-backend.js';
