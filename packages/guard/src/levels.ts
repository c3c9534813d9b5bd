/**
 * The config file's `guard.rules`: a severity or `off` per rule id, applied to the findings the
 * same way by `quality guard` and actions/guard. A rule not named keeps its own severity.
 */
import type { Finding, Severity } from '@quality/kit/findings';

export type RuleLevels = Readonly<Record<string, Severity | 'off'>>;

/** The findings with each named rule's severity, those of an `off` rule left out. */
export function applyRuleLevels<F extends Finding>(findings: readonly F[], rules: RuleLevels): F[] {
  return findings.flatMap((f) => {
    const level = Object.hasOwn(rules, f.rule) ? rules[f.rule] : undefined;
    return level === 'off' ? [] : level ? [{ ...f, severity: level }] : [f];
  });
}
