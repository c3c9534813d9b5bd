/**
 * Parser registry: one Parser per Format. Every parser takes a chunk stream (see
 * `openReport`) and a display name, and returns the normalized model.
 */
import type { Format } from '../model/index.js';
import type { Parser } from '../input.js';
import { parseLcov } from './lcov.js';
import { parseGo } from './go.js';
import { parseIstanbul, parseIstanbulSummary } from './istanbul.js';
import { parseCobertura } from './cobertura.js';
import { parseClover } from './clover.js';
import { parseJacoco } from './jacoco.js';

export const parsers: Record<Format, Parser> = {
  lcov: parseLcov,
  go: parseGo,
  istanbul: parseIstanbul,
  'istanbul-summary': parseIstanbulSummary,
  cobertura: parseCobertura,
  clover: parseClover,
  jacoco: parseJacoco,
};
