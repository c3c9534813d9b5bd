/**
 * The matrix engine: projects -> versions x os x shards -> GitHub's include/exclude -> named
 * entries, within GitHub's limits. Plain values in, plain values out; files are read through
 * the injected Reader only.
 */
import { ConfigurationError, InputError } from '@quality/kit/errors';
import { LIMITS } from '@quality/kit/limits';
import { applyExcludeInclude, looseEqual } from './expand.js';
import { detectProjects } from './detect.js';
import { versionsFor } from './policy.js';
import type { Reader } from './reader.js';
import type { ReleaseData } from './release-lines.js';
import { defaultReleaseData, staleDataWarnings } from './release-lines.js';
import type { ShardPlan } from './shard.js';
import { autoShardCount, planShards } from './shard.js';
import { discoverTests, goModulePath } from './tests.js';
import type { TimingRecord } from './timing.js';
import { matchTimings } from './timing.js';
import type { Combination, Language, Project, VersionPolicy } from './types.js';
import { LANGUAGES } from './types.js';

export const MAX_COMBINATIONS = 256;
export const DEFAULT_PLAN_FILE = 'matrix-plan.json';

export interface BuildOptions {
  reader: Reader;
  /** YYYY-MM-DD: decides which release lines are supported. */
  today: string;
  releaseData?: ReleaseData;
  /** Projects to use; detected with `ignore` when absent. */
  projects?: Project[];
  ignore?: string[];
  /** Keep only these projects (changed-only); undefined keeps all. */
  selected?: Project[];
  /** Keep only the projects of these languages; undefined keeps all. */
  languages?: Language[];
  versions?: VersionPolicy;
  os?: string[];
  include?: Combination[];
  exclude?: Combination[];
  /** Shards per project: a count, 'auto' (needs targetMinutes), or undefined for none. */
  shards?: number | 'auto';
  targetMinutes?: number;
  maxShards?: number;
  bias?: number | number[];
  timings?: TimingRecord[];
  testPatterns?: string[];
  planFile?: string;
  maxCombinations?: number;
  maxOutputBytes?: number;
}

export interface ProjectSummary {
  project: Project;
  versions: string[];
  shards?: ShardPlan;
  tests?: number;
}

export interface PlanFile {
  version: 1;
  /** Key: `<language>:<project dir>`. */
  projects: Record<string, ShardPlan>;
}

export interface MatrixResult {
  matrix: { include: Combination[] };
  /** The matrix as compact JSON: the action's `matrix` output. */
  json: string;
  /** All detected projects. */
  projects: Project[];
  /** The projects in the matrix, with versions and shard plans. */
  summaries: ProjectSummary[];
  /** Entries name the plan file instead of listing files (the list would exceed the output limit). */
  usesPlanFile: boolean;
  plan: PlanFile;
  warnings: string[];
  /** True when the matrix has real work (false: the single "no changes" placeholder). */
  hasWork: boolean;
}

/** A path a shell would not read as one plain word: anything beyond letters, digits and `._/@+=,:-`. */
export function isShellUnsafe(path: string): boolean {
  return /[^A-Za-z0-9._/@+=,:-]/.test(path) || path.startsWith('-');
}

export function planKey(project: Pick<Project, 'dir' | 'language'>): string {
  return `${project.language}:${project.dir}`;
}

/** The entry GitHub runs when nothing changed: one job that the test steps skip (`if: ${{ !matrix.skip }}`). */
export const NO_CHANGES_ENTRY: Combination = { name: 'no changes', skip: true };

function scalar(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

const NAMED_KEYS = new Set([
  'name',
  'project',
  'language',
  'version',
  'os',
  'shard',
  'shard-total',
  'files',
  'plan',
  'package-manager',
]);

/**
 * The languages of a list input or flag (`node`, `python`, `go`, comma- or blank-separated), or
 * undefined when it names none: every language.
 */
export function parseLanguages(input: string, values: readonly string[]): Language[] | undefined {
  const names = values.flatMap((v) => v.split(/[\s,]+/)).filter(Boolean);
  if (names.length === 0) return undefined;
  const known = LANGUAGES as readonly string[];
  const wrong = names.find((n) => !known.includes(n));
  if (wrong !== undefined)
    throw new InputError(
      input,
      values.join(','),
      `languages from ${LANGUAGES.join(', ')}, comma-separated (not ${JSON.stringify(wrong)})`,
    );
  return [...new Set(names as Language[])];
}

/** A stable, readable name from an entry's values: the same entry always gets the same name. */
export function entryName(e: Combination): string {
  const parts: string[] = [];
  if (scalar(e['project']) && e['project'] !== '.') parts.push(String(e['project']));
  if (scalar(e['language']))
    parts.push(scalar(e['version']) ? `${e['language']} ${e['version']}` : String(e['language']));
  else if (scalar(e['version'])) parts.push(`version ${e['version']}`);
  if (scalar(e['os'])) parts.push(String(e['os']));
  if (scalar(e['shard']) && scalar(e['shard-total'])) parts.push(`shard ${e['shard']}/${e['shard-total']}`);
  for (const k of Object.keys(e).sort()) {
    if (!NAMED_KEYS.has(k) && scalar(e[k])) parts.push(`${k}=${e[k]}`);
  }
  return parts.join(', ') || 'default';
}

export function buildMatrix(options: BuildOptions): MatrixResult {
  const data = options.releaseData ?? defaultReleaseData();
  const projects =
    options.projects ?? detectProjects(options.reader, { ...(options.ignore ? { ignore: options.ignore } : {}) });
  const chosen = options.selected ?? projects;
  const languages = options.languages;
  const selected = languages ? chosen.filter((p) => languages.includes(p.language)) : chosen;
  const policy = options.versions ?? 'file';
  // Release data decides versions only without an explicit list, and only for the languages used.
  const warnings =
    typeof policy === 'object' ? [] : staleDataWarnings(data, options.today, new Set(selected.map((p) => p.language)));
  const osList = options.os && options.os.length > 0 ? options.os : ['ubuntu-latest'];
  const planFile = options.planFile ?? DEFAULT_PLAN_FILE;
  const plan: PlanFile = { version: 1, projects: {} };

  if (projects.length === 0 && !options.include?.length) {
    throw new ConfigurationError(
      'No project found: no package.json, pyproject.toml, setup.cfg, setup.py, requirements*.txt or go.mod in the repository (outside ignored directories).',
    );
  }

  const summaries: ProjectSummary[] = [];
  const base: Combination[] = [];
  const allDirs = projects.map((p) => p.dir);
  for (const project of selected) {
    const v = versionsFor(project, policy, { data, today: options.today });
    if (v.warning) warnings.push(v.warning);
    const summary: ProjectSummary = { project, versions: v.versions };
    let shards: ShardPlan | undefined;
    if (options.shards !== undefined) {
      const units = discoverTests(options.reader, project.dir, project.language, {
        ...(options.testPatterns ? { patterns: options.testPatterns } : {}),
        otherProjects: allDirs,
      });
      summary.tests = units.length;
      const unsafe = units.filter(isShellUnsafe);
      if (unsafe.length > 0) {
        warnings.push(
          `${project.dir} (${project.language}): ${unsafe.length} test file name(s) hold characters a shell interprets, e.g. ${JSON.stringify(unsafe[0])}. ` +
            'Pass matrix.files to commands through env: and quoted arguments, never ${{ }} inside run: (see the example workflow in the README).',
        );
      }
      const gomod = project.language === 'go' ? goModulePath(options.reader, project.dir) : undefined;
      const timed = matchTimings(options.timings ?? [], units, project.dir, gomod);
      const weighted = units.map((path) => ({
        path,
        ...(timed.seconds.has(path) ? { seconds: timed.seconds.get(path)! } : {}),
      }));
      let n: number;
      if (options.shards === 'auto') {
        const probe = planShards(weighted, 1);
        n = autoShardCount(probe.totalSeconds, units.length, options.targetMinutes ?? 10, options.maxShards ?? 32);
      } else n = options.shards;
      if (units.length === 0) {
        warnings.push(`${project.dir} (${project.language}): no test files found to shard; it runs as one entry.`);
        n = 1;
      } else if (n > units.length) {
        warnings.push(
          `${project.dir} (${project.language}): ${n} shards asked for but only ${units.length} test units; using ${units.length}.`,
        );
        n = units.length;
      }
      shards = planShards(weighted, n, options.bias !== undefined ? { bias: options.bias } : {});
      summary.shards = shards;
      plan.projects[planKey(project)] = shards;
    }
    summaries.push(summary);
    for (const version of v.versions) {
      for (const os of osList) {
        const entry: Combination = {
          project: project.dir,
          language: project.language,
          'package-manager': project.packageManager,
          version,
          os,
        };
        if (!shards) base.push(entry);
        else
          for (const s of shards.shards)
            base.push({ ...entry, shard: s.index, 'shard-total': shards.total, files: s.files });
      }
    }
  }

  const keys = [...new Set(base.flatMap((c) => Object.keys(c)))];
  // Nothing selected (changed-only, no change; no project of the languages asked for): include
  // entries must not become jobs on their own.
  const nothingSelected = (options.selected !== undefined || languages !== undefined) && selected.length === 0;
  let entries = nothingSelected
    ? []
    : applyExcludeInclude(base, keys, options.exclude ?? [], options.include ?? [], looseEqual);
  const hasWork = entries.length > 0;
  if (!hasWork) entries = [{ ...NO_CHANGES_ENTRY }];

  const max = options.maxCombinations ?? MAX_COMBINATIONS;
  if (entries.length > max) {
    const per = summaries.map(
      (s) =>
        `${s.project.dir} ${s.project.language}: ${s.versions.length} version(s) x ${osList.length} os${s.shards ? ` x ${s.shards.total} shards` : ''}`,
    );
    throw new ConfigurationError(
      `The matrix has ${entries.length} combinations; GitHub runs at most ${max} jobs per matrix (${per.join('; ')}). ` +
        'Use fewer versions (versions: min-max), fewer shards, changed-only: true, or exclude combinations.',
    );
  }

  // Stable names; a duplicate (possible only through include) gets a suffix.
  const seen = new Map<string, number>();
  entries = entries.map((e) => {
    let name = typeof e['name'] === 'string' && e['name'] !== '' ? e['name'] : entryName(e);
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count > 1) name = `${name} #${count}`;
    const { name: _given, ...rest } = e;
    return { name, ...rest };
  });

  const limit = options.maxOutputBytes ?? LIMITS.outputBytes;
  let matrix = { include: entries };
  let json = JSON.stringify(matrix);
  let usesPlanFile = false;
  if (Buffer.byteLength(json) > limit && entries.some((e) => Array.isArray(e['files']))) {
    matrix = {
      include: entries.map((e) => {
        if (!Array.isArray(e['files'])) return e;
        const { files: _files, ...rest } = e;
        return { ...rest, plan: planFile };
      }),
    };
    json = JSON.stringify(matrix);
    usesPlanFile = true;
    warnings.push(
      `The file lists would make the matrix output larger than ${limit} bytes; entries name ${planFile} instead (upload it as an artifact).`,
    );
  }
  if (Buffer.byteLength(json) > limit) {
    throw new ConfigurationError(
      `The matrix output is ${Buffer.byteLength(json)} bytes; a step output may be at most ${limit} bytes. Reduce include entries or projects.`,
    );
  }
  // Each warning becomes one job annotation: never the same one twice.
  return { matrix, json, projects, summaries, usesPlanFile, plan, warnings: [...new Set(warnings)], hasWork };
}

/** The files of one shard, from a plan file's content. */
export function shardFiles(plan: PlanFile, key: string | undefined, index: number, total: number): string[] {
  const keys = Object.keys(plan.projects);
  const k =
    key !== undefined
      ? keys.includes(key)
        ? key
        : keys.find((x) => x.endsWith(`:${key}`))
      : keys.length === 1
        ? keys[0]
        : undefined;
  if (k === undefined) {
    throw new ConfigurationError(
      key === undefined
        ? `The plan has ${keys.length} projects (${keys.join(', ')}); say which with --project.`
        : `The plan has no project ${JSON.stringify(key)} (it has ${keys.join(', ') || 'none'}).`,
    );
  }
  const p = plan.projects[k]!;
  if (p.total !== total) {
    throw new ConfigurationError(
      `The plan for ${k} has ${p.total} shards, not ${total}: it was made for another matrix.`,
    );
  }
  const shard = p.shards.find((s) => s.index === index);
  if (!shard) throw new ConfigurationError(`Shard ${index} is out of range 1..${p.total}.`);
  return shard.files;
}
