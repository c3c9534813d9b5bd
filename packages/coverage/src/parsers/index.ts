/**
 * Parser registry: one Parser per Format. Every parser takes a chunk stream (see
 * `openReport`) and a display name, and returns the normalized model.
 * Rule: lcov (the usual report) is bundled with the engine; every other parser, and the XML
 * tokenizer three of them share, loads on its first use, so a run reads only the parser it needs.
 */
import type { Format } from '../model/index.js';
import type { Parser } from '../input.js';
import { parseLcov } from './lcov.js';

export const parsers: Record<Format, Parser> = {
  lcov: parseLcov,
  go: async (chunks, ctx) => (await import('./go.js')).parseGo(chunks, ctx),
  istanbul: async (chunks, ctx) => (await import('./istanbul.js')).parseIstanbul(chunks, ctx),
  'istanbul-summary': async (chunks, ctx) => (await import('./istanbul.js')).parseIstanbulSummary(chunks, ctx),
  cobertura: async (chunks, ctx) => (await import('./cobertura.js')).parseCobertura(chunks, ctx),
  clover: async (chunks, ctx) => (await import('./clover.js')).parseClover(chunks, ctx),
  jacoco: async (chunks, ctx) => (await import('./jacoco.js')).parseJacoco(chunks, ctx),
};
