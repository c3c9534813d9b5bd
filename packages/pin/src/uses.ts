/**
 * Finds the `uses:` references of a workflow or composite action and edits them in the text.
 *
 * The YAML is parsed only to locate the values (jobs.*.uses, jobs.*.steps[*].uses,
 * runs.steps[*].uses); edits replace the ref bytes and the same-line comment in the original
 * text, so everything else stays byte for byte. A value whose source is not exactly its text
 * (escapes, a multi-line scalar) or whose line continues after it (flow style) is left alone.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { FileFormatError } from '@quality/kit/errors';

/** One `uses:` value in a file, with the offsets needed to edit it. */
export interface UsesSite {
  /** 1-based line of the value. */
  line: number;
  /** The value as written (quotes removed). */
  value: string;
  /** Offsets of the ref (the text after the last '@') in the file. */
  refStart: number;
  refEnd: number;
  /** Offset where the rest of the line after the value starts, and where the line ends (before \r\n). */
  tailStart: number;
  tailEnd: number;
  /** The whitespace before the same-line comment, and the comment without '#'; undefined when there is none. */
  commentGap?: string;
  comment?: string;
}

/** A site that cannot be edited, with the reason. */
export interface UsesSkip {
  line: number;
  value: string;
  reason: string;
}

/** A parsed `owner/repo[/path]@ref`. */
export interface ActionRef {
  owner: string;
  repo: string;
  /** `/path` inside the repository, or ''. */
  path: string;
  ref: string;
}

const NAME = /^(?!\.{1,2}$)(?!-)[A-Za-z0-9_.-]{1,100}$/;

/**
 * Parse a `uses:` value. Undefined for what is not a remote action (local `./`, `docker://`);
 * a string (the reason) for a value that cannot be pinned.
 */
export function parseUses(value: string): ActionRef | string | undefined {
  if (value.startsWith('./') || value.startsWith('.\\') || value.startsWith('docker://')) return undefined;
  if (value.includes('${{')) return 'it contains an expression';
  const at = value.lastIndexOf('@');
  if (at < 0) return 'it names no ref (expected owner/repo@ref)';
  const ref = value.slice(at + 1);
  const [owner = '', repo = '', ...rest] = value.slice(0, at).split('/');
  if (!NAME.test(owner) || !NAME.test(repo)) return 'it is not owner/repo[/path]@ref';
  if (rest.some((p) => p === '' || p === '..')) return 'its path is not a relative path inside the repository';
  if (!/^[A-Za-z0-9_.\-/+]{1,255}$/.test(ref) || ref.startsWith('-') || ref.includes('..'))
    return `its ref '${ref}' is not a tag, branch or commit SHA`;
  return { owner, repo, path: rest.length ? `/${rest.join('/')}` : '', ref };
}

function usesNodes(doc: ReturnType<typeof parseDocument>): Node[] {
  const out: Node[] = [];
  const stepUses = (steps: unknown) => {
    if (!isSeq(steps)) return;
    for (const s of steps.items) if (isMap(s)) out.push(s.get('uses', true) as Node);
  };
  const jobs = doc.get('jobs', true);
  if (isMap(jobs)) {
    for (const pair of jobs.items) {
      const job = pair.value;
      if (!isMap(job)) continue;
      out.push(job.get('uses', true) as Node);
      stepUses(job.get('steps', true));
    }
  }
  const runs = doc.get('runs', true);
  if (isMap(runs)) stepUses(runs.get('steps', true));
  return out.filter((n) => n !== undefined);
}

/** Every `uses:` of a workflow or action file, in file order. */
export function findUses(file: string, text: string): { sites: UsesSite[]; skipped: UsesSkip[] } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new FileFormatError(file, e.linePos?.[0]?.line, `is not valid YAML: ${e.message.split('\n')[0]}`);
  }
  const sites: UsesSite[] = [];
  const skipped: UsesSkip[] = [];
  for (const node of usesNodes(doc)) {
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) continue;
    const [start, end] = node.range;
    const value = node.value;
    const line = lc.linePos(start).line;
    const src = text.slice(start, end);
    const quoted = node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE';
    const inner = quoted ? src.slice(1, -1) : src;
    if ((node.type !== 'PLAIN' && !quoted) || inner !== value) {
      skipped.push({
        line,
        value,
        reason: 'its YAML source is not the plain text of the value (escapes or several lines)',
      });
      continue;
    }
    const nl = text.indexOf('\n', end);
    let tailEnd = nl < 0 ? text.length : nl;
    if (tailEnd > end && text[tailEnd - 1] === '\r') tailEnd--;
    const m = /^([ \t]*)(?:#(.*))?$/.exec(text.slice(end, tailEnd));
    if (!m) {
      skipped.push({
        line,
        value,
        reason: 'the line goes on after the value (flow style), so no comment can be added',
      });
      continue;
    }
    const refStart = start + (quoted ? 1 : 0) + value.lastIndexOf('@') + 1;
    sites.push({
      line,
      value,
      refStart,
      refEnd: start + (quoted ? 1 : 0) + value.length,
      tailStart: end,
      tailEnd,
      ...(m[2] !== undefined ? { commentGap: m[1], comment: m[2] } : {}),
    });
  }
  return { sites, skipped };
}

export interface Edit {
  site: UsesSite;
  ref: string;
  /** The new comment, written as `# comment`; undefined leaves the rest of the line alone. */
  comment?: string;
}

/** Apply edits: the ref replaced and, with a comment, the rest of the line replaced by ` # comment` (keeping the old gap). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.site.refStart - a.site.refStart)) {
    if (e.comment !== undefined) {
      const tail = `${e.site.commentGap || ' '}# ${e.comment}`;
      out = out.slice(0, e.site.tailStart) + tail + out.slice(e.site.tailEnd);
    }
    out = out.slice(0, e.site.refStart) + e.ref + out.slice(e.site.refEnd);
  }
  return out;
}
