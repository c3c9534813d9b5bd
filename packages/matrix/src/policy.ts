/**
 * Version policy: from the version a project's files pin to the versions its matrix runs.
 *
 * - `file`: what the files pin (nvm aliases resolved to a line; `go1.23.1` -> `1.23.1`); a range
 *   (`>=18`, `>=3.10`) becomes the newest supported line that satisfies it.
 * - `min-max`: the lowest and the highest supported release lines that satisfy the range.
 * - `supported`: every supported release line that satisfies the range.
 * - an explicit list: those versions; entries may be scoped to one language (`python:3.12`).
 */
import { ConfigurationError, FileFormatError, InputError } from '@quality/kit/errors';
import type { ReleaseData, ReleaseLine } from './release-lines.js';
import { isReleased, ltsLines, supportedLines } from './release-lines.js';
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

const VERSION_FORMS =
  'file, min-max, supported, or a list of versions such as 22, 3.12 or 1.25.4 (comma, space or newline separated; ' +
  'optionally scoped to one language: node:22, python:3.12, go:1.25; aliases: node:lts/*, node:lts/<codename>, node:latest, ' +
  'go:stable, go:oldstable, python:pypy3.10, python:3.13t)';

/** A numbered version (`22`, `3.12`, `1.25.4`, `22.x`), as every setup action accepts it, optionally pre-release. */
const NUMBERED = /^v?\d{1,4}(?:\.(?:\d{1,4}|x|\*)){0,2}(?:-?(?:dev|rc\d*|beta\d*|alpha\d*|a\d+|b\d+)|t)?$/i;
const NAMED: Record<Language, RegExp> = {
  node: /^(?:lts\/(?:\*|-\d+|[a-z]+)|node|latest|current|stable)$/i,
  python: /^(?:pypy|graalpy)-?\d{1,4}(?:\.\d{1,4}){0,2}$/i,
  go: /^(?:stable|oldstable)$/i,
};

/** Whether `version` is a version the setup action of `language` (or of any language) accepts. */
export function isVersionForm(version: string, language?: Language): boolean {
  if (NUMBERED.test(version)) return true;
  return (language ? [language] : LANGUAGES).some((l) => NAMED[l].test(version));
}

/** Parses the `versions` input: a policy name or a list (comma, space or newline separated). */
export function parseVersionPolicy(input: string, name = 'versions'): VersionPolicy {
  const v = input.trim();
  if (v === '' || v === 'file') return 'file';
  if (v === 'min-max' || v === 'supported') return v;
  const list = v.split(/[\s,]+/).filter(Boolean);
  for (const item of list) {
    const m = /^(?:([a-z]+):)?(.*)$/.exec(item)!;
    const lang = m[1] as Language | undefined;
    if (lang !== undefined && !LANGUAGES.includes(lang)) {
      throw new InputError(name, input, `${VERSION_FORMS}; '${m[1]}' is not a language (node, python or go)`);
    }
    if (!isVersionForm(m[2]!, lang)) {
      throw new InputError(
        name,
        input,
        `${VERSION_FORMS}; ${JSON.stringify(item)} is not a ${lang ? `${LANGUAGE_NAMES[lang]} ` : ''}version`,
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
    const wrong = versions.find((v) => !isVersionForm(v, lang));
    if (wrong !== undefined) {
      throw new ConfigurationError(
        `The versions list gives ${JSON.stringify(wrong)} to ${project.dir} (${name}), which is not a ${name} version. Scope it to its language (e.g. node:${wrong}) and give ${lang}:<version> for ${name}.`,
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
    if (lang === 'go' || !isRange(lang, value))
      return { versions: [lang === 'node' ? cleanNodeVersion(value) : value] };
    return newestSatisfying(project, value, supported, ctx);
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

/** A range rather than a version: `>=18`, `^3.11`, `>=3.10,<3.13`; not `22`, `22.11.0`, `22.x`, `3.12`. */
function isRange(lang: Language, value: string): boolean {
  const v = lang === 'node' ? cleanNodeVersion(value) : value.trim();
  return !/^\d+(?:\.(?:\d+|x|\*)){0,2}$/i.test(v);
}

/**
 * `versions: file` with a range: the newest supported line that satisfies it, as setup-node and
 * setup-python resolve a range to the newest release. A range only end-of-life lines satisfy gets
 * the newest of those, with a warning.
 */
function newestSatisfying(
  project: Project,
  value: string,
  supported: ReleaseLine[],
  ctx: PolicyContext,
): ProjectVersions {
  const lang = project.language;
  const name = LANGUAGE_NAMES[lang];
  const source = project.version!;
  const check = linesSatisfying(lang, value, supported);
  if (!check.valid) {
    throw new FileFormatError(
      source.file,
      undefined,
      `${source.field ?? 'the version'} ${JSON.stringify(source.value)} is not a valid ${name} version or range.`,
    );
  }
  const newest = check.lines[check.lines.length - 1];
  if (newest) return { versions: [newest.line] };
  const released = ctx.data[lang].filter((l) => isReleased(l, ctx.today));
  const old = linesSatisfying(lang, value, released).lines;
  const last = old[old.length - 1];
  if (last) {
    return {
      versions: [last.line],
      warning: `${project.dir}: ${describe(project)}, which only end-of-life ${name} lines satisfy; using ${last.line}.`,
    };
  }
  throw new ConfigurationError(
    `${project.dir}: ${describe(project)}, which no known ${name} release line satisfies on ${ctx.today} (supported: ${lineNames(supported)}). ` +
      `Fix the range, or give an explicit versions list.`,
  );
}

function minMax(lines: ReleaseLine[]): ReleaseLine[] {
  if (lines.length <= 1) return lines;
  return [lines[0]!, lines[lines.length - 1]!];
}
