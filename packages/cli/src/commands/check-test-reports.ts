/**
 * The test step of `quality check` when it runs no tests (test.reports and no test.command): it
 * reads the reports as they are. The one rule: a report last written before the newest file of your
 * change (2 s of slack) does not measure that code, so the step refuses it; every such report is
 * named, fresh ones next to it do not save the step. No changed file: nothing to compare, read.
 */
import { lstatSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigurationError, errorMessage, isConfigurationError } from '@quality/kit/errors';
import { changedFiles } from '../change.js';
import type { CliIO } from '../registry.js';
import { MTIME_SLACK_MS } from './check-steps.js';
import { reportsReadAlone } from './test.js';

/** A file (as shown to people) and its modification time. */
export interface Written {
  name: string;
  mtimeMs: number;
}

/** `stale`: why the step must not read the reports; `note`: a line for the step's details. */
export type ReportsVerdict = { stale: string } | { note: string };

const MAX_STALE_NAMED = 5;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The reports against the files of the change: stale when last written before the newest changed
 * file less the slack. `from` says where the reports were named (test.reports and its file:line).
 */
export function judgeReports(reports: readonly Written[], changed: readonly Written[], from: string): ReportsVerdict {
  const times = reports.map((r) => r.mtimeMs);
  const oldest = Math.min(...times);
  const newestReport = Math.max(...times);
  const span = oldest === newestReport ? iso(oldest) : `${iso(oldest)} to ${iso(newestReport)}`;
  const ranNone = `reports written ${span}, this check ran no tests (${from} and no test command)`;
  const newest = changed.reduce<Written | undefined>((a, c) => (a && a.mtimeMs >= c.mtimeMs ? a : c), undefined);
  if (!newest) return { note: `${ranNone}: your change has no file to compare them with` };
  const stale = reports.filter((r) => r.mtimeMs < newest.mtimeMs - MTIME_SLACK_MS);
  if (stale.length === 0)
    return { note: `${ranNone}: all after the newest file of your change, ${newest.name} (${iso(newest.mtimeMs)})` };
  const one = stale.length === 1;
  const named = stale
    .slice(0, MAX_STALE_NAMED)
    .map((r) => `${r.name} (last written ${iso(r.mtimeMs)})`)
    .join(', ');
  const more = stale.length > MAX_STALE_NAMED ? ` and ${stale.length - MAX_STALE_NAMED} more` : '';
  return {
    stale:
      `${named}${more} ${one ? 'is' : 'are'} older than your change (2 s of slack): its newest file, ${newest.name}, was last written ${iso(newest.mtimeMs)}. ` +
      `${from} names test reports and no test command, so quality check runs no tests, and ${one ? 'this report does' : 'these reports do'} not measure the code ${one ? 'it' : 'they'} would test. ` +
      'Run the tests again (they write the reports anew), or set test.command to the command that writes them (quality check then runs it and reads them after), or leave the step out (--skip test, or check: {skip: [test]} in the config file).',
  };
}

/**
 * What the test step makes of `quality test ARGV` in `cwd`: undefined when it runs a command (or
 * stops on an error of its own); else the verdict of its reports against the files of the change
 * in `root` since the merge-base `mergeBase()` gives (asked for only here: a check without a base
 * branch runs a test command all the same).
 */
export async function reportsAgainstChange(
  argv: string[],
  io: CliIO,
  cwd: string,
  root: string,
  mergeBase: () => Promise<string>,
): Promise<ReportsVerdict | undefined> {
  const read = await reportsReadAlone(argv, { ...io, cwd });
  if (!read) return undefined;
  const reports: Written[] = [];
  const reportPaths = new Set<string>();
  for (const f of read.files) {
    reportPaths.add(f.path);
    try {
      reports.push({ name: f.display, mtimeMs: statSync(f.path).mtimeMs });
    } catch {
      // gone since it was matched: quality test says so
    }
  }
  if (reports.length === 0) return undefined;
  let base: string;
  try {
    base = await mergeBase();
  } catch (e) {
    if (!isConfigurationError(e)) throw e;
    throw new ConfigurationError(
      `${read.from} names test reports and no test command, so quality check compares them with your change, and cannot: ${errorMessage(e)}`,
    );
  }
  const changed: Written[] = [];
  for (const p of await changedFiles(root, base)) {
    const abs = resolve(root, p);
    if (reportPaths.has(abs)) continue; // a tracked report is not code it measures
    try {
      changed.push({ name: p, mtimeMs: lstatSync(abs).mtimeMs });
    } catch {
      // not in the work tree after all (a folder turned file, a race): nothing to compare
    }
  }
  return judgeReports(reports, changed, read.from);
}
