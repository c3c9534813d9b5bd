/**
 * Report files named by paths or globs (the `reports` input of the lint and test actions, their
 * `--report` flags), expanded with kit's globFiles relative to a base folder. Tricky rule: every
 * pattern must match at least one file: a pattern that matches nothing is an error naming it,
 * never a silent pass with fewer (or zero) reports read.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ConfigurationError } from '@quality/kit/errors';
import { oneLine } from '@quality/kit/escape';
import { globFiles } from '@quality/kit/glob';

export interface ReportFile {
  /** Absolute path. */
  path: string;
  /** For people: relative to the base folder when inside it ('/'-separated), else absolute. */
  display: string;
}

/** A pattern that matched no file (the run that should have written it can say more). */
export class NoReportMatchError extends ConfigurationError {
  override readonly name = 'NoReportMatchError';
  constructor(
    readonly pattern: string,
    readonly baseDir: string,
  ) {
    super(
      `${/[*?[]/.test(pattern) ? `No report file matches ${JSON.stringify(pattern)}` : `The report ${pattern} does not exist`} (relative to ${baseDir}). Check the path or glob, and that the tool writing the report ran before this step.`,
    );
  }
}

/**
 * The patterns of the given entries (input lines or flag values): each entry may hold several,
 * comma-separated, unless the entry is itself an existing file (a name with a comma). Blank
 * entries and `#` comments are skipped.
 */
export function reportPatterns(entries: readonly string[], baseDir: string): string[] {
  const out: string[] = [];
  for (const raw of entries) {
    for (const line of raw.split(/\r?\n/)) {
      const entry = line.trim();
      if (entry === '' || entry.startsWith('#')) continue;
      if (entry.includes(',') && !isFile(resolve(baseDir, entry))) {
        out.push(
          ...entry
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        );
      } else out.push(entry);
    }
  }
  return out;
}

function isFile(p: string): boolean {
  try {
    return existsSync(p) && statSync(p).isFile();
  } catch {
    return false;
  }
}

/** `resolve` keeps glob characters and folds `.` and `..` (`../reports/*.xml`). */
const absolute = (pattern: string, baseDir: string) => resolve(baseDir, pattern);

/**
 * The files the patterns name, in the order of the patterns (each file once). `!pattern`
 * excludes. Throws NoReportMatchError for the first pattern that matches no file.
 */
export function expandReports(patterns: readonly string[], baseDir: string): ReportFile[] {
  const base = resolve(baseDir);
  const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => `!${absolute(p.slice(1), base)}`);
  const seen = new Set<string>();
  const out: ReportFile[] = [];
  for (const p of patterns) {
    if (p.startsWith('!')) continue;
    const found = globFiles([absolute(p, base), ...excludes]);
    if (found.length === 0) throw new NoReportMatchError(oneLine(p), base);
    for (const f of found) {
      if (seen.has(f)) continue;
      seen.add(f);
      const rel = relative(base, f);
      const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
      out.push({ path: f, display: oneLine(inside ? rel.split(sep).join('/') : f) });
    }
  }
  if (out.length === 0 && patterns.length > 0)
    throw new ConfigurationError(`The reports ${patterns.map((p) => JSON.stringify(p)).join(', ')} name no file.`);
  return out;
}
