/**
 * The one normalized coverage model every parser produces and every consumer reads.
 *
 * Integer counts everywhere. Percentages are computed from counts only at the edge
 * (`percent()`), never averaged, never rounded before a comparison.
 *
 * Memory: line hits live in a dense Uint16Array per file (2 bytes per source line, counts
 * of 65,534 and more in a small overflow map), because a 1 GB tracefile can hold tens of
 * millions of line records and a Map entry costs ten times that. Hits saturate at MAX_HITS.
 *
 * Layers, bottom up (each imports only those below it): pools, vocabulary; the three tables;
 * pack; file-coverage; summary.
 */
export * from './vocabulary.js';
export type { TableState } from './pools.js';
export * from './line-table.js';
export * from './branch-table.js';
export * from './function-table.js';
export * from './file-coverage.js';
export * from './summary.js';
