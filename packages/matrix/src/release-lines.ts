import { ConfigurationError } from '@quality/kit/errors';
import bundled from '../data/release-lines.json' with { type: 'json' };
import type { Language } from './types.js';
import { LANGUAGE_NAMES, LANGUAGES } from './types.js';

export interface ReleaseLine {
  line: string;
  /** ISO date (YYYY-MM-DD) of the first release of the line. */
  released: string;
  /** ISO date the line stops being supported; absent when not yet known (Go: line+2 not released). */
  eol?: string;
  /** Node.js: the date the line entered long-term support. */
  lts?: string;
  /** Node.js: the LTS codename used by `lts/<codename>` aliases. */
  codename?: string;
}

export interface ReleaseData {
  node: ReleaseLine[];
  python: ReleaseLine[];
  go: ReleaseLine[];
  cadenceMonths: Record<Language, number>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Compares dotted numeric versions ("3.9" < "3.10", "1.21" < "1.22.3"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Validates release data (the bundled file or one given by the caller) and fills in what is
 * derived: Go's end of life is the release date of the line two minors newer.
 */
export function loadReleaseData(raw: unknown = bundled, file = 'packages/matrix/data/release-lines.json'): ReleaseData {
  const data = raw as Record<string, unknown>;
  const out = { cadenceMonths: { node: 7, python: 13, go: 7 } } as ReleaseData;
  if (data && typeof data === 'object' && data['cadenceMonths'] && typeof data['cadenceMonths'] === 'object') {
    out.cadenceMonths = { ...out.cadenceMonths, ...(data['cadenceMonths'] as Record<Language, number>) };
  }
  for (const lang of ['node', 'python', 'go'] as const) {
    const lines = data?.[lang];
    if (!Array.isArray(lines) || lines.length === 0) {
      throw new ConfigurationError(`${file}: '${lang}' must be a non-empty list of release lines.`);
    }
    const parsed: ReleaseLine[] = lines.map((l: Record<string, unknown>, i: number) => {
      const where = `${file}: ${lang}[${i}]`;
      if (typeof l?.['line'] !== 'string' || !/^\d+(\.\d+)?$/.test(l['line'])) {
        throw new ConfigurationError(`${where}: 'line' must be a version like "22" or "3.12".`);
      }
      for (const k of ['released', 'eol', 'lts'] as const) {
        const v = l[k];
        if (v !== undefined && (typeof v !== 'string' || !ISO_DATE.test(v))) {
          throw new ConfigurationError(`${where}: '${k}' must be a date written YYYY-MM-DD.`);
        }
      }
      if (typeof l['released'] !== 'string') throw new ConfigurationError(`${where}: 'released' is required.`);
      return { ...(l as unknown as ReleaseLine) };
    });
    parsed.sort((a, b) => compareVersions(a.line, b.line));
    if (lang === 'go') {
      for (let i = 0; i < parsed.length; i++) {
        const two = parsed[i + 2];
        if (parsed[i]!.eol === undefined && two) parsed[i]!.eol = two.released;
      }
    }
    out[lang] = parsed;
  }
  return out;
}

let defaultData: ReleaseData | undefined;
export function defaultReleaseData(): ReleaseData {
  return (defaultData ??= loadReleaseData());
}

export function isReleased(line: ReleaseLine, today: string): boolean {
  return line.released <= today;
}

export function isSupported(line: ReleaseLine, today: string): boolean {
  return line.released <= today && (line.eol === undefined || today < line.eol);
}

/** Supported lines on `today`, oldest first. */
export function supportedLines(data: ReleaseData, language: Language, today: string): ReleaseLine[] {
  return data[language].filter((l) => isSupported(l, today));
}

/** Node.js lines that are in long-term support (active or maintenance) on `today`, oldest first. */
export function ltsLines(data: ReleaseData, today: string): ReleaseLine[] {
  return data.node.filter((l) => l.lts !== undefined && l.lts <= today && isSupported(l, today));
}

function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/**
 * One warning, for the user, when the newest known line of a language the repository uses is
 * older than the language's release cadence (a newer line is probably out); none otherwise.
 */
export function staleDataWarnings(
  data: ReleaseData,
  today: string,
  languages: Iterable<Language> = LANGUAGES,
): string[] {
  const used = new Set(languages);
  const stale: string[] = [];
  for (const lang of LANGUAGES) {
    if (!used.has(lang)) continue;
    const newest = data[lang][data[lang].length - 1]!;
    if (addMonths(newest.released, data.cadenceMonths[lang]) < today) {
      stale.push(`${LANGUAGE_NAMES[lang]} line is ${newest.line} (released ${newest.released})`);
    }
  }
  if (stale.length === 0) return [];
  return [
    `The newest known ${stale.join('; the newest known ')}. A newer line may be out: pin versions explicitly if you need it (e.g. versions: ${LANGUAGES.filter(
      (l) => used.has(l),
    )
      .map((l) => `${l}:<version>`)
      .join(', ')}).`,
  ];
}

export function assertIsoDate(value: string, input = 'today'): string {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new ConfigurationError(
      `Input '${input}' has the value ${JSON.stringify(value)}: expected a date written YYYY-MM-DD.`,
    );
  }
  return value;
}
