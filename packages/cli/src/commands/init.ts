/**
 * `quality init`: write the starter workflow for the languages a repository has (the matrix
 * engine's detection) into its .github/workflows/quality.yml, calling the toolkit's reusable
 * pipeline pinned to this release: the major tag, or with --sha the release tag's commit and a
 * `# vX.Y.Z` comment. The committed .github/workflow-templates are `starterWorkflow`'s output
 * (tests/policy/templates.test.ts keeps them equal), so a template and `init` never drift.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { ConfigurationError, InputError } from '@quality/kit/errors';
import { repoRoot, runGit } from '@quality/kit/git';
import { VERSION } from '@quality/kit/version';
import { LANGUAGE_NAMES, LANGUAGES, detectProjects, diskReader, type Language } from '@quality/matrix';
import { Remotes } from '@quality/pin';
import { UsageError, existingDir, parse } from '../args.js';
import type { CommandRun } from '../registry.js';

/** Where the toolkit lives on the server: `uses:` lines and `--sha` resolve against it. */
export const TOOLKIT_REPOSITORY = 'OWNER/quality';
export const PIPELINE = '.github/workflows/quality.yml';
/** The file `init` writes, relative to the repository top level. */
export const TARGET = '.github/workflows/quality.yml';

/** The template of a language set: one language has its own, several share the polyglot one. */
export function templateId(languages: readonly Language[]): string {
  return languages.length === 1 ? `quality-${languages[0]}` : 'quality-polyglot';
}

export interface StarterOptions {
  /** In LANGUAGES order; all three means every detected project (no `languages` input). */
  languages: readonly Language[];
  /** The ref after '@': a tag (`v1`) or a full commit SHA. */
  ref: string;
  /** Written after the ref (`# v1.2.3`), for people and Dependabot. */
  comment?: string;
  /** The branch pushes to run on; `$default-branch` in a template. */
  branch: string;
  repository?: string;
}

const SAFE_SCALAR = /^[\w.$/-]+$/;

export function starterWorkflow(o: StarterOptions): string {
  const langs = LANGUAGES.filter((l) => o.languages.includes(l));
  const all = langs.length === LANGUAGES.length;
  const names = langs.map((l) => LANGUAGE_NAMES[l]).join(', ');
  const branch = SAFE_SCALAR.test(o.branch) ? o.branch : JSON.stringify(o.branch);
  const repository = o.repository ?? TOOLKIT_REPOSITORY;
  return [
    `# Lint, format, tests and the coverage gate for the ${all ? 'Node.js, Python and Go' : names} projects of`,
    `# this repository, by the quality toolkit's reusable pipeline. Make "quality / quality" the`,
    `# required status check. Inputs: https://github.com/${repository}#adopt-in-one-line`,
    'name: Quality',
    'on:',
    '  push:',
    `    branches: [${branch}]`,
    '  pull_request:',
    'permissions:',
    '  contents: read',
    'jobs:',
    '  quality:',
    `    uses: ${repository}/${PIPELINE}@${o.ref}${o.comment ? ` # ${o.comment}` : ''}`,
    '    permissions:',
    '      contents: read',
    '      pull-requests: write # the sticky coverage comment',
    ...(all ? [] : ['    with:', `      languages: ${langs.join(', ')}`]),
    '',
  ].join('\n');
}

const HELP = `Usage: quality init [options]

Write .github/workflows/quality.yml for the Node.js, Python and Go projects of the repository:
a starter workflow that calls the quality toolkit's reusable pipeline (matrix, lint, format,
tests, coverage gate and one required check named "quality"), pinned to this release.

Options:
  --lang LIST        node, python, go (comma separated) instead of the detected languages
  --ref REF          the tag to pin (default: v${VERSION.split('.')[0]}, this release's major tag)
  --sha              pin the commit of this release's tag (v${VERSION}) with a '# v${VERSION}' comment,
                     resolved with git ls-remote on --server-url
  --server-url URL   the server the toolkit lives on (default: GITHUB_SERVER_URL, else
                     https://github.com; file:// works for local mirrors)
  --repository O/N   the toolkit's repository on the server (default ${TOOLKIT_REPOSITORY})
  --dir DIR          the repository (default: the current directory)
  --force            replace an existing .github/workflows/quality.yml
  --json             print what was written as JSON
  -h, --help         show this help

Exit codes: 0 written, 2 a usage or configuration error (no git repository, no project found,
the file exists without --force, a tag the server does not have).
`;

const OPTIONS = {
  lang: { type: 'string' },
  ref: { type: 'string' },
  sha: { type: 'boolean' },
  'server-url': { type: 'string' },
  repository: { type: 'string' },
  dir: { type: 'string' },
  force: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parseLanguages(value: string): Language[] {
  const items = value.split(/[\s,]+/).filter(Boolean);
  const bad = items.find((x) => !(LANGUAGES as readonly string[]).includes(x));
  if (bad !== undefined || items.length === 0) {
    throw new InputError('--lang', value, `a comma-separated list of ${LANGUAGES.join(', ')}`);
  }
  return LANGUAGES.filter((l) => items.includes(l));
}

/** origin's default branch, else the checked-out branch, else main. */
async function defaultBranch(top: string): Promise<string> {
  const ref = async (name: string) => {
    const r = await runGit(top, ['symbolic-ref', '--quiet', '--short', name], { ok: 'any' });
    return r.code === 0 ? r.stdout.toString('utf8').trim() : '';
  };
  const origin = await ref('refs/remotes/origin/HEAD');
  if (origin.startsWith('origin/')) return origin.slice('origin/'.length);
  return (await ref('HEAD')) || 'main';
}

export const initCommand: CommandRun = async (argv, io) => {
  const { values, inputs } = parse(argv, OPTIONS);
  if (values.help) {
    await io.stdout(HELP);
    return 0;
  }
  if (values.sha && values.ref !== undefined) {
    throw new UsageError(
      '--ref and --sha exclude each other: --sha pins the commit of this release (v' + VERSION + ').',
    );
  }
  const repository = values.repository ?? TOOLKIT_REPOSITORY;
  const slug = /^([\w.-]+)\/([\w.-]+)$/.exec(repository);
  if (!slug) throw new InputError('--repository', repository, 'OWNER/NAME');
  if (
    values.ref !== undefined &&
    (!/^[\w.-]+(?:\/[\w.-]+)*$/.test(values.ref) || /^[.-]|\.\.|\.lock$/.test(values.ref))
  ) {
    throw new InputError('--ref', values.ref, 'a tag or branch name such as v1 or v1.2.0');
  }

  const dir = existingDir(io.cwd, values.dir, '--dir');
  let top: string;
  try {
    top = await repoRoot(dir);
  } catch {
    throw new ConfigurationError(
      `${dir} is not inside a git repository: quality init writes ${TARGET} of a repository. Run git init there first (or give --dir DIR of a repository).`,
    );
  }

  let languages: Language[];
  if (values.lang !== undefined) languages = parseLanguages(values.lang);
  else {
    const found = new Set(detectProjects(diskReader(top)).map((p) => p.language));
    languages = LANGUAGES.filter((l) => found.has(l));
    if (languages.length === 0) {
      throw new ConfigurationError(
        `No Node.js, Python or Go project found in ${top} (no package.json, pyproject.toml, setup.cfg, setup.py or go.mod outside test fixtures). Give the languages with --lang node,python,go.`,
      );
    }
  }

  let ref = values.ref ?? `v${VERSION.split('.')[0]}`;
  let comment: string | undefined;
  if (values.sha) {
    const tag = `v${VERSION}`;
    const remotes = new Remotes(inputs.string('--server-url', io.env.GITHUB_SERVER_URL || 'https://github.com'));
    const refs = await remotes.refs(slug[1]!, slug[2]!);
    const sha = refs.tags.get(tag);
    if (!sha) {
      throw new ConfigurationError(
        `${remotes.url(slug[1]!, slug[2]!)} has no tag ${tag}, the release this quality is: check --server-url and --repository, or pin a tag with --ref.`,
      );
    }
    ref = sha;
    comment = tag;
  }

  const file = join(top, TARGET);
  const text = starterWorkflow({
    languages,
    ref,
    ...(comment ? { comment } : {}),
    branch: await defaultBranch(top),
    repository,
  });
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, text, { flag: values.force ? 'w' : 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new ConfigurationError(
        `${file} exists: quality init does not replace it. Move it away, or run again with --force to overwrite it.`,
      );
    }
    throw new ConfigurationError(`Cannot write ${file}: ${(e as Error).message}`, { cause: e });
  }
  const rel = relative(io.cwd, file);
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
  if (values.json) {
    await io.stdout(
      `${JSON.stringify(
        {
          file,
          template: templateId(languages),
          languages,
          uses: `${repository}/${PIPELINE}@${ref}`,
          comment: comment ?? null,
        },
        null,
        2,
      )}\n`,
    );
  } else {
    await io.stdout(
      `Wrote ${shown} (${languages.map((l) => LANGUAGE_NAMES[l]).join(', ')}): ${repository}/${PIPELINE}@${ref}${comment ? ` # ${comment}` : ''}.\n` +
        'Commit it, then make "quality / quality" the required status check of the default branch.\n',
    );
  }
  return 0;
};
