/**
 * Inputs shared by the gate and the CLI: where reports usually are, and the path-map rule syntax.
 * The report list is globs (tried in the workspace, node_modules excluded); plain entries first.
 */
import { InputError } from '@quality/kit/errors';
import type { PathMapRule } from './paths.js';

/** Where reports usually are, tried when no report is named. */
export const DEFAULT_REPORTS: readonly string[] = [
  'coverage/lcov.info',
  'coverage.xml',
  'cobertura.xml',
  'coverage/coverage-final.json',
  'coverage.out',
  'jacoco.xml',
  'clover.xml',
  'coverage/clover.xml',
  '**/coverage/lcov.info',
  '**/cobertura-coverage.xml',
  '**/jacoco/test/jacocoTestReport.xml',
  '**/jacoco.xml',
];

/** `FROM=TO` rules, one per entry; `input` names the input or flag in the error. */
export function parsePathMap(rules: readonly string[], input: string): PathMapRule[] {
  return rules.map((rule) => {
    const eq = rule.indexOf('=');
    if (eq < 1) throw new InputError(input, rule, 'lines of the form FROM=TO, e.g. /build/src=src');
    return { from: rule.slice(0, eq).trim(), to: rule.slice(eq + 1).trim() };
  });
}
