/** guard.rules of the config file: a severity or off per rule id, the others untouched. */
import { describe, expect, it } from '@jest/globals';
import { applyRuleLevels } from '@quality/guard';
import type { Finding } from '@quality/kit/findings';

const finding = (rule: string, severity: Finding['severity'] = 'error'): Finding => ({
  tool: 'guard',
  rule,
  severity,
  path: 'a.txt',
  message: rule,
});

describe('applyRuleLevels', () => {
  it('sets the named rules, drops the off ones, keeps the rest as they are', () => {
    const fs = [finding('files/crlf'), finding('secrets/aws', 'error'), finding('files/large', 'warning')];
    const out = applyRuleLevels(fs, { 'files/crlf': 'notice', 'files/large': 'off' });
    expect(out.map((f) => [f.rule, f.severity])).toEqual([
      ['files/crlf', 'notice'],
      ['secrets/aws', 'error'],
    ]);
    expect(fs[0]!.severity).toBe('error'); // not changed in place
  });

  it('only own keys count: a rule named like an Object.prototype member is untouched', () => {
    const out = applyRuleLevels([finding('constructor'), finding('toString')], {});
    expect(out.map((f) => f.severity)).toEqual(['error', 'error']);
  });
});
