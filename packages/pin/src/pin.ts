/**
 * `pin`: every `uses: owner/repo[/path]@ref` rewritten to the full commit SHA the ref names
 * today, with a `# ref` comment. Every reference is resolved before any file is written: one
 * problem (a missing repository or ref) fails the run with all the problems listed and
 * leaves every file as it was.
 */
import { writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { ConfigurationError } from '@quality/kit/errors';
import { isFullSha } from '@quality/kit/git';
import { readText } from './files.js';
import { MissingRepository, Remotes, releaseTags, type ListRemote } from './remote.js';
import { applyEdits, findUses, parseUses, type ActionRef, type Edit, type UsesSite } from './uses.js';

export interface EngineOptions {
  /** Server the actions live on, e.g. https://github.com or file:///tmp/server. */
  serverUrl: string;
  /** Folder relative file names are read from (default: the process's working directory). */
  root?: string;
  /** Write the changed files (default true); false only reports what would change. */
  write?: boolean;
  /** How refs are listed (default `git ls-remote`); for tests. */
  listRemote?: ListRemote;
}

export interface Skipped {
  file: string;
  line: number;
  uses: string;
  reason: string;
}

export interface Site {
  file: string;
  site: UsesSite;
  action: ActionRef;
}

export interface Scanned {
  texts: Map<string, string>;
  sites: Site[];
  skipped: Skipped[];
}

/** Read the files and parse their `uses:` values. Local and docker references are not listed. */
export function scan(files: readonly string[], root: string | undefined): Scanned {
  const texts = new Map<string, string>();
  const sites: Site[] = [];
  const skipped: Skipped[] = [];
  for (const file of files) {
    const text = readText(root && !isAbsolute(file) ? join(root, file) : file, file);
    texts.set(file, text);
    const found = findUses(file, text);
    for (const s of found.skipped) skipped.push({ file, line: s.line, uses: s.value, reason: s.reason });
    for (const site of found.sites) {
      const action = parseUses(site.value);
      if (action === undefined) continue;
      if (typeof action === 'string') skipped.push({ file, line: site.line, uses: site.value, reason: action });
      else sites.push({ file, site, action });
    }
  }
  return { texts, sites, skipped };
}

/** Write each file's edits (when asked); returns the files that change. */
export function writeEdits(
  scanned: Scanned,
  edits: Map<string, Edit[]>,
  root: string | undefined,
  write: boolean,
): string[] {
  const changed: string[] = [];
  for (const [file, list] of edits) {
    const before = scanned.texts.get(file)!;
    const after = applyEdits(before, list);
    if (after === before) continue;
    changed.push(file);
    if (write) writeFileSync(root && !isAbsolute(file) ? join(root, file) : file, after);
  }
  return changed;
}

export { isFullSha };

/** Text from outside on one line: control characters as \xNN, so it cannot start a line of output. */
export function shown(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** `file:line: uses: value`, for messages. */
export const where = (s: Site): string => `${shown(s.file)}:${s.site.line}: uses: ${shown(s.site.value)}`;

export interface PinChange {
  file: string;
  line: number;
  /** owner/repo[/path] */
  action: string;
  ref: string;
  sha: string;
}

export interface PinResult {
  changes: PinChange[];
  /** Files that were (or, with write: false, would be) rewritten. */
  files: string[];
  /** References already pinned to a full SHA. */
  pinned: number;
  skipped: Skipped[];
  warnings: string[];
}

/** Throw one ConfigurationError listing every problem. */
export function throwProblems(problems: string[]): void {
  if (problems.length === 0) return;
  throw new ConfigurationError(
    problems.length === 1 ? problems[0]! : `${problems.length} problems:\n${problems.map((p) => `  ${p}`).join('\n')}`,
  );
}

/** Resolve every site concurrently (a few at a time); a server error rejects at once. */
export async function eachSite<T>(sites: readonly Site[], fn: (s: Site) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(sites.length);
  let next = 0;
  const worker = async () => {
    while (next < sites.length) {
      const i = next++;
      out[i] = await fn(sites[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, sites.length) }, worker));
  return out;
}

export async function pin(files: readonly string[], options: EngineOptions): Promise<PinResult> {
  const remotes = new Remotes(options.serverUrl, options.listRemote);
  const scanned = scan(files, options.root);
  const problems: string[] = [];
  const warnings: string[] = [];
  const changes: PinChange[] = [];
  const edits = new Map<string, Edit[]>();
  let pinned = 0;

  type Resolved = 'pinned' | { problem: string } | { sha: string; warning?: string };
  const resolved = await eachSite(scanned.sites, async (s): Promise<Resolved> => {
    const { owner, repo, ref } = s.action;
    if (isFullSha(ref)) return 'pinned';
    if (/^[0-9a-f]{7,39}$/.test(ref)) {
      return { problem: `${where(s)}: '${ref}' is a short SHA; write the full 40-character commit SHA.` };
    }
    try {
      const refs = await remotes.refs(owner, repo);
      const sha = refs.tags.get(ref) ?? refs.heads.get(ref);
      if (sha === undefined) {
        const newest = releaseTags(refs)
          .slice(0, 5)
          .map((t) => t.tag)
          .join(', ');
        return {
          problem: `${where(s)}: ${owner}/${repo} has no tag or branch named '${ref}'${newest ? ` (newest releases: ${newest})` : ''}.`,
        };
      }
      if (!refs.tags.has(ref)) {
        return { sha, warning: `${where(s)}: '${ref}' is a branch: the SHA pins today's commit of a moving branch.` };
      }
      return { sha };
    } catch (e) {
      if (e instanceof MissingRepository)
        return { problem: `${where(s)}: ${e.message}. Check the owner and repository name.` };
      throw e;
    }
  });

  scanned.sites.forEach((s, i) => {
    const r = resolved[i]!;
    if (r === 'pinned') {
      pinned++;
      return;
    }
    if ('problem' in r) {
      problems.push(r.problem);
      return;
    }
    if (r.warning) warnings.push(r.warning);
    // An old comment is kept after the ref, unless it already starts with it.
    const old = s.site.comment?.trim() ?? '';
    const comment = old && old.split(/\s+/)[0] !== s.action.ref ? `${s.action.ref} ${old}` : old || s.action.ref;
    const list = edits.get(s.file) ?? [];
    list.push({ site: s.site, ref: r.sha, comment });
    edits.set(s.file, list);
    changes.push({
      file: s.file,
      line: s.site.line,
      action: `${s.action.owner}/${s.action.repo}${s.action.path}`,
      ref: s.action.ref,
      sha: r.sha,
    });
  });
  throwProblems(problems);
  const changed = writeEdits(scanned, edits, options.root, options.write ?? true);
  return { changes, files: changed, pinned, skipped: scanned.skipped, warnings };
}
