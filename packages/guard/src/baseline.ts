/**
 * Baseline (allowlist) of accepted findings: fingerprints, each with a reason.
 *
 * Tricky rule: a baseline entry silences only the finding with its fingerprint, which hashes
 * the content (not the line number), so a new finding of the same rule in the same file is
 * still reported.
 */
import { FileFormatError } from '@quality/kit/errors';
import type { Finding } from '@quality/kit/findings';

export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  path: string;
  reason: string;
}

export interface Baseline {
  version: 1;
  entries: BaselineEntry[];
}

export type Fingerprinted = Finding & { fingerprint: string };

export function parseBaseline(text: string, file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new FileFormatError(
      file,
      undefined,
      `is not valid JSON (${(e as Error).message}).`,
      'Regenerate it with `quality guard --update-baseline`.',
    );
  }
  const d = data as { version?: unknown; entries?: unknown };
  if (!d || typeof d !== 'object' || d.version !== 1 || !Array.isArray(d.entries))
    throw new FileFormatError(
      file,
      undefined,
      'expected {"version": 1, "entries": [...]}.',
      'Regenerate it with `quality guard --update-baseline`.',
    );
  const entries: BaselineEntry[] = d.entries.map((e: unknown, i: number) => {
    const x = e as Partial<BaselineEntry>;
    if (!x || typeof x.fingerprint !== 'string' || !/^[0-9a-f]{32}$/.test(x.fingerprint))
      throw new FileFormatError(
        file,
        undefined,
        `entries[${i}]: "fingerprint" must be the 32 hex characters a finding reports.`,
      );
    if (typeof x.reason !== 'string' || !x.reason.trim())
      throw new FileFormatError(
        file,
        undefined,
        `entries[${i}] (${x.path ?? 'unknown path'}): "reason" is missing.`,
        'Say why this finding is accepted.',
      );
    return { fingerprint: x.fingerprint, rule: String(x.rule ?? ''), path: String(x.path ?? ''), reason: x.reason };
  });
  return { version: 1, entries };
}

export function applyBaseline<T extends Fingerprinted>(
  findings: readonly T[],
  baseline: Baseline,
): { kept: T[]; suppressed: T[]; unused: BaselineEntry[] } {
  const known = new Map(baseline.entries.map((e) => [e.fingerprint, e]));
  const used = new Set<string>();
  const kept: T[] = [];
  const suppressed: T[] = [];
  for (const f of findings) {
    if (known.has(f.fingerprint)) {
      suppressed.push(f);
      used.add(f.fingerprint);
    } else kept.push(f);
  }
  return { kept, suppressed, unused: baseline.entries.filter((e) => !used.has(e.fingerprint)) };
}

/**
 * The baseline file for `findings`: reasons of entries already in `previous` are kept,
 * entries whose finding is gone are dropped, new ones get `reason`. Sorted for stable diffs.
 */
export function writeBaseline(
  findings: readonly Fingerprinted[],
  previous?: Baseline,
  reason = 'Accepted when the baseline was written: review and replace this reason.',
): string {
  const old = new Map(previous?.entries.map((e) => [e.fingerprint, e.reason]));
  const byFp = new Map<string, BaselineEntry>();
  for (const f of findings)
    byFp.set(f.fingerprint, {
      fingerprint: f.fingerprint,
      rule: f.rule,
      path: f.path,
      reason: old.get(f.fingerprint) ?? reason,
    });
  const entries = [...byFp.values()].sort((a, b) =>
    a.path < b.path
      ? -1
      : a.path > b.path
        ? 1
        : a.rule < b.rule
          ? -1
          : a.rule > b.rule
            ? 1
            : a.fingerprint < b.fingerprint
              ? -1
              : 1,
  );
  return `${JSON.stringify({ version: 1, entries }, null, 2)}\n`;
}
