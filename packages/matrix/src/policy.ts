/**
 * Version policy: from the version a project's files pin to the versions its matrix runs.
 *
 * - `file`: exactly what the files pin (nvm aliases resolved to a line; `go1.23.1` -> `1.23.1`).
 * - `min-max`: the lowest and the highest supported release lines that satisfy the range.
 * - `supported`: every supported release line that satisfies the range.
 * - an explicit list: those versions; entries may be scoped to one language (`python:3.12`).
 */
import { ConfigurationError, FileFormatError, InputError } from '@quality/kit/errors';
import type { ReleaseData, ReleaseLine } from './release-lines.js';
import { ltsLines, supportedLines } from './release-lines.js';
import { cleanNodeVersion, linesSatisfying, resolveNodeAlias } from './ranges.js';
import type { Language, Project, VersionPolicy } from './types.js';
import { LANGUAGE_NAMES, LANGUAGES } from './types.js';

export interface PolicyContext {
  data: ReleaseData;
  /** YYYY-MM-DD */
  today: string;
}

export interface ProjectVersions {
  versions: string[];
  /** Something the user should know (no version pinned, so a default was used). */
  warning?: string;
}

/** Parses the `versions` input: a policy name or a list (comma, space or newline separated). */
export function parseVersionPolicy(input: string): VersionPolicy {
  const v = input.trim();
  if (v === '' || v === 'file') return 'file';
  if (v === 'min-max' || v === 'supported') return v;
  const list = v.split(/[\s,]+/).filter(Boolean);
  for (const item of list) {
    const m = /^(?:([a-z]+):)?(.+)$/.exec(item)!;
    if (m[1] !== undefined && !LANGUAGES.includes(m[1] as Language)) {
      throw new InputError(
        'versions',
        input,
        `file, min-max, supported, or a list of versions (optionally scoped: node:22, python:3.12, go:1.25); '${m[1]}' is not a language`,
      );
    }
  }
  return { list };
}

function describe(project: Project): string {
  const s = project.version!;
  return `${s.field ? `${s.field} in ` : ''}${s.file} is ${JSON.stringify(s.value)}`;
}

function lineNames(lines: ReleaseLine[]): string {
  return lines.map((l) => l.line).join(', ') || 'none';
}

export function versionsFor(project: Project, policy: VersionPolicy, ctx: PolicyContext): ProjectVersions {
  const lang = project.language;
  const name = LANGUAGE_NAMES[lang];
  const supported = supportedLines(ctx.data, lang, ctx.today);

  if (typeof policy === 'object') {
    const scoped = policy.list.filter((v) => v.startsWith(`${lang}:`)).map((v) => v.slice(lang.length + 1));
    const unscoped = policy.list.filter((v) => !/^[a-z]+:/.test(v));
    const versions = scoped.length > 0 ? scoped : unscoped;
    if (versions.length === 0) {
      throw new ConfigurationError(
        `The versions list ${JSON.stringify(policy.list.join(','))} has no entry for ${name} (project ${project.dir}). Add one, e.g. ${lang}:${supported[supported.length - 1]?.line ?? 'X'}.`,
      );
    }
    return { versions };
  }

  const source = project.version;
  if (!source) {
    const fallback = lang === 'node' ? ltsLines(ctx.data, ctx.today) : supported;
    if (fallback.length === 0)
      throw new ConfigurationError(
        `No supported ${name} release line on ${ctx.today}: the release data is out of date.`,
      );
    const where = `${project.dir} (${name}) pins no version`;
    if (policy === 'file') {
      const newest = fallback[fallback.length - 1]!.line;
      return {
        versions: [newest],
        warning: `${where}; using ${newest}. Pin one in a version file to make this explicit.`,
      };
    }
    const lines = policy === 'min-max' ? minMax(fallback) : fallback;
    return { versions: lines.map((l) => l.line), warning: `${where}; using the supported lines ${lineNames(lines)}.` };
  }

  // Aliases (.nvmrc `lts/*`, `node`) name a line on today's date.
  let value = source.value.trim();
  if (lang === 'node') {
    const alias = resolveNodeAlias(value, ctx.data, ctx.today);
    if (alias) value = alias.line;
    else if (/^lts\//i.test(value) || /^[a-z]/i.test(cleanNodeVersion(value))) {
      throw new FileFormatError(
        source.file,
        undefined,
        `${JSON.stringify(source.value)} is not a Node.js version, range or known alias.`,
        'Use a version such as 22, a range such as >=20, or lts/*.',
      );
    }
  }
  if (lang === 'go') value = value.replace(/^go/, '');

  if (policy === 'file') {
    return { versions: [lang === 'node' ? cleanNodeVersion(value) : value] };
  }

  const check = linesSatisfying(lang, value, supported, { goMinimum: source.field === 'go' });
  if (!check.valid) {
    throw new FileFormatError(
      source.file,
      undefined,
      `${source.field ?? 'the version'} ${JSON.stringify(source.value)} is not a valid ${name} version or range.`,
    );
  }
  if (check.lines.length === 0) {
    throw new ConfigurationError(
      `${project.dir}: ${describe(project)}, which no supported ${name} release line satisfies on ${ctx.today} (supported: ${lineNames(supported)}). ` +
        `Widen the range, use versions: file to run exactly what the file pins, or give an explicit list.`,
    );
  }
  const lines = policy === 'min-max' ? minMax(check.lines) : check.lines;
  return { versions: lines.map((l) => l.line) };
}

function minMax(lines: ReleaseLine[]): ReleaseLine[] {
  if (lines.length <= 1) return lines;
  return [lines[0]!, lines[lines.length - 1]!];
}
