/**
 * Go's root package (unit `.`) takes the time actions/test writes for it: the project directory's
 * own path, repository-relative, in the timings output the pipeline saves for the next plan.
 */
import { describe, expect, it } from '@jest/globals';
import { matchTimings, parseTimingFile } from '@quality/matrix';

describe('matchTimings: the Go root package', () => {
  it("times '.' from the project directory's path and './divide' from its own, as actions/test writes them", () => {
    const records = parseTimingFile(JSON.stringify({ 'svc/go': 0.5, 'svc/go/divide': 0.25 }), 'quality-timings.json');
    const t = matchTimings(records, ['.', './divide'], 'svc/go');
    expect(Object.fromEntries(t.seconds)).toEqual({ '.': 0.5, './divide': 0.25 });
    expect(t.unmatched).toBe(0);
  });

  it('a project at the repository root: another package of the same name is not the root package', () => {
    const records = parseTimingFile(JSON.stringify({ 'x/go': 1, '.': 2 }), 'quality-timings.json');
    const t = matchTimings(records, ['.', './x/go'], '.');
    expect(Object.fromEntries(t.seconds)).toEqual({ '.': 2, './x/go': 1 });
  });
});
