export * from './model.js';
export * from './paths.js';
export * from './location.js';
export * from './results.js';
export * from './junit.js';
export * from './go-json.js';
export * from './read.js';
