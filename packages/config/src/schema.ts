/**
 * The JSON Schema (draft 2020-12) of `.github/quality.yml`, the one source of its keys: the
 * validator interprets it, `schema/quality.schema.json` is this object written out (a test keeps
 * them equal), the README table is checked against it. Keys are named as the action inputs and
 * CLI flags are. `x-trusted-only` marks a key that runs repository code or writes shared state:
 * ignored on untrusted events (pull_request_target, workflow_run).
 */

export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | ('string' | 'number')[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: readonly (string | number | boolean)[];
  const?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  minItems?: number;
  default?: unknown;
  'x-trusted-only'?: boolean;
  /** What a value looks like, in words, for messages (instead of a regular expression). */
  'x-expected'?: string;
}

/** A percent rule: a number, or off for no rule (the built-in default may turn it on). */
const percent = (description: string, def?: number): JsonSchema => ({
  description: `${description} off: no such rule.`,
  anyOf: [
    { type: 'number', minimum: 0, maximum: 100 },
    { type: 'string', enum: ['off'] },
  ],
  ...(def !== undefined ? { default: def } : {}),
});
const bool = (description: string, def: boolean): JsonSchema => ({ description, type: 'boolean', default: def });
const oneOf = (description: string, values: readonly string[], def?: string): JsonSchema => ({
  description,
  type: 'string',
  enum: values,
  ...(def !== undefined ? { default: def } : {}),
});
const str = (description: string, def?: string): JsonSchema => ({
  description,
  type: 'string',
  minLength: 1,
  ...(def !== undefined ? { default: def } : {}),
});
/** A string or a list of strings: written as one per line for the input readers. */
const strings = (description: string, item: JsonSchema = { type: 'string', minLength: 1 }): JsonSchema => ({
  description,
  anyOf: [item, { type: 'array', items: item }],
});
const trusted = (s: JsonSchema): JsonSchema => ({ ...s, 'x-trusted-only': true });
const section = (description: string, properties: Record<string, JsonSchema>): JsonSchema => ({
  description,
  type: 'object',
  properties,
  additionalProperties: false,
});
const FAIL_LEVELS = ['error', 'warning', 'any', 'none'] as const;
const FILTERS = ['added', 'diff-context', 'file', 'nofilter'] as const;
/** A step of quality check (packages/cli check-steps STEPS, in its order). */
const CHECK_STEP: JsonSchema = { type: 'string', enum: ['guard', 'format', 'lint', 'test', 'coverage'] };
const entries = (description: string): JsonSchema => ({
  description,
  anyOf: [
    { type: 'array', items: { type: 'object' } },
    { type: 'string', minLength: 1 },
  ],
});

export const SCHEMA_ID = 'https://raw.githubusercontent.com/OWNER/quality/main/schema/quality.schema.json';

export const schema: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: SCHEMA_ID,
  title: 'quality.yml',
  description:
    'Configuration of the quality actions and CLI (.github/quality.yml, else quality.yml at the repository root). An action input overrides a key; a CLI flag overrides both.',
  type: 'object',
  additionalProperties: false,
  properties: {
    coverage: section('The coverage gate (actions/coverage-gate, quality check, quality coverage).', {
      files: strings(
        'Coverage report files or globs; all matches are merged. Default: the usual places (coverage/lcov.info, coverage.xml, ...).',
      ),
      format: oneOf('Read every report as this format instead of detecting it from content.', [
        'lcov',
        'cobertura',
        'clover',
        'jacoco',
        'go',
        'istanbul',
        'istanbul-summary',
      ]),
      'min-coverage': percent('Minimum total coverage in percent of the gated metric. Not set: no total minimum.'),
      'min-diff-coverage': percent('Minimum patch coverage in percent of the changed executable lines.', 80),
      'min-file-coverage': percent('Minimum coverage in percent of each changed file. Not set: no per-file rule.'),
      'max-decrease': percent('Points the total may fall below the baseline; 0 = ratchet (no decrease).', 0),
      'min-changed-lines': {
        description: 'Below this many changed executable lines the patch rule is reported but not enforced.',
        type: 'integer',
        minimum: 0,
        default: 0,
      },
      metric: oneOf('The gated metric.', ['headline', 'lines', 'branches'], 'headline'),
      'missing-files': oneOf(
        'Changed files of the reports\u2019 languages that the reports do not list (test files their tools never list are left out: Go `_test.go`, JS/TS `*.test.*`, `*.spec.*`, `__tests__/`).',
        ['warn', 'fail', 'ignore'],
        'warn',
      ),
      baseline: trusted({
        description:
          'Where the base branch\u2019s coverage comes from: cache, branch, none, or the path of a .json file.',
        type: 'string',
        pattern: '^(cache|branch|none|.+\\.json)$',
        'x-expected': "cache, branch, none, or the path of a .json file (e.g. 'coverage-baseline.json')",
        default: 'cache',
      }),
      'baseline-branch': trusted(str('The data branch for baseline: branch.', 'quality-baselines')),
      'path-map': strings('Rewrite rules for report paths, FROM=TO each (e.g. /build/src=src).', {
        type: 'string',
        pattern: '^[^=]+=.*$',
        'x-expected': 'a FROM=TO rule',
      }),
      fetch: bool(
        'Fetch missing history (deepen a shallow clone, fetch the base commit) when the diff needs it.',
        true,
      ),
      comment: oneOf('The sticky pull request comment.', ['auto', 'always', 'never'], 'auto'),
      'comment-id': {
        description: 'Identifies the sticky comment, so several gates can comment on one pull request.',
        type: 'string',
        pattern: '^[A-Za-z0-9._-]{1,64}$',
        'x-expected': 'up to 64 letters, digits, ".", "_" or "-"',
        default: 'coverage',
      },
      annotate: bool('Annotate uncovered changed lines.', true),
      fail: bool('Fail the step when a rule fails; false = report only.', true),
      'cobertura-out': trusted(str('Write the merged coverage as Cobertura XML to this file.')),
    }),
    matrix: section('The job matrix (actions/matrix, quality matrix).', {
      versions: {
        description:
          'Versions per project: file, min-max, supported, or a list of versions (22, node:22, python:3.12, go:1.26).',
        anyOf: [{ type: ['string', 'number'] }, { type: 'array', items: { type: ['string', 'number'] } }],
        default: 'file',
      },
      os: strings('Runner labels.'),
      languages: strings('Only the projects of these languages. Not set: every project found.', {
        type: 'string',
        enum: ['node', 'python', 'go'],
      }),
      include: entries("Entries to add, with GitHub's include semantics: a list of mappings."),
      exclude: entries('Entries to remove (a partial match is enough), applied before include.'),
      ignore: strings('Directory globs not to search for projects, added to the defaults.'),
      'changed-only': bool('Keep only the projects with changed files since the merge base.', false),
      'allow-fetch': bool(
        'With changed-only, fetch a missing base and deepen a shallow clone until the merge base is found.',
        true,
      ),
      always: strings('Root file globs whose change selects every project.'),
      shards: {
        description: "Split each project's tests into this many matrix entries, or auto (from target-minutes).",
        anyOf: [
          { type: 'integer', minimum: 1, maximum: 256 },
          { type: 'string', enum: ['auto'] },
        ],
      },
      'target-minutes': {
        description: 'With shards auto, the minutes each shard should take.',
        type: 'number',
        minimum: 0.1,
        maximum: 600,
        default: 10,
      },
      timings: strings('Timing files of earlier runs (JUnit XML, go test -json output, .test_durations), globs.'),
      'timing-cache': bool('With shards, restore earlier timings from the Actions cache.', true),
      'timing-key': str('The job part of the timing cache key; use the id of the test job.', 'test'),
      tests: strings('Test file globs relative to each project, instead of the conventions.'),
    }),
    cache: section('Dependency caching (actions/cache-deps, quality cache-key).', {
      'package-manager': strings('Package managers to cache. Not set: detected from the lockfiles.', {
        type: 'string',
        enum: ['npm', 'yarn', 'pnpm', 'pip', 'poetry', 'uv', 'go'],
      }),
      path: trusted(strings("Extra folders to cache with the first manager's store.")),
      'key-prefix': str('The first part of every key.', 'deps'),
      'restore-keys': bool(
        'Also restore the newest entry of the same manager, OS and arch without an exact hit.',
        false,
      ),
      save: trusted(
        oneOf('When the post step saves (never on untrusted events).', ['auto', 'always', 'never'], 'auto'),
      ),
      'save-on-failure': trusted(bool('Save even when an earlier step of the job failed.', true)),
      'fail-on-cache-miss': bool('Fail the step when a manager has no exact entry.', false),
      'fail-on-save-error': bool('Fail the post step when a save that should have happened failed.', false),
      'timeout-seconds': {
        description: 'Deadline in seconds for the restore and for the save of each manager.',
        type: 'integer',
        minimum: 1,
        maximum: 21600,
        default: 600,
      },
    }),
    lint: section('The lint step (actions/lint, quality lint).', {
      tools: trusted(strings('Tools to run instead of the detected ones (eslint, tsc, biome, ruff, flake8, ...).')),
      reports: strings(
        'SARIF 2.1.0 or checkstyle XML files (globs, relative to the linted directory) written by other tools, read as findings.',
      ),
      filter: oneOf(
        'Which findings count: added (on added lines), diff-context, file (changed files), nofilter. Not set: added on pull requests and with a change, else nofilter.',
        FILTERS,
      ),
      'fail-level': oneOf('The lowest severity that fails the step.', FAIL_LEVELS, 'error'),
    }),
    format: section('The format check (actions/format, quality format).', {
      tools: trusted(strings('Formatters to run instead of the detected ones (prettier, black, isort, gofmt, ...).')),
      fix: trusted(bool('Rewrite the files instead of checking them (the reusable pipeline always checks).', false)),
    }),
    test: section('The test step (actions/test, quality test).', {
      command: trusted({
        description: 'The test command as an argument list (or one string), instead of the detected one.',
        anyOf: [
          { type: 'string', minLength: 1 },
          { type: 'array', items: { type: 'string' }, minItems: 1 },
        ],
      }),
      reports: strings(
        'Test reports: JUnit XML (pytest, jest-junit, vitest, Maven Surefire, go-junit-report, gotestsum), `go test -json` or `jest --json` output, told apart by content. Paths or globs (`*`, `**`, `!` to exclude; comma-separated too), relative to the project directory (quality test PATH, actions/test working-directory); each must match a file. Without test.command: only these are read, nothing runs (quality check refuses one older than the newest file of your change). With a test.command quality does not know: read after it ran (globs expanded then); one older than the run is refused. A jest, vitest, pytest or go test command writes its own results, read instead (a warning says these were not read).',
      ),
      'retry-failed': {
        description: 'Rerun only the failed tests this many times; a test that passes on retry is flaky.',
        type: 'integer',
        minimum: 0,
        maximum: 10,
        default: 0,
      },
      flaky: oneOf('A flaky test (passed on retry): pass or fail the step.', ['pass', 'fail'], 'pass'),
    }),
    guard: section('The guard rails (actions/guard, quality guard).', {
      secrets: bool('Look for credentials.', true),
      entropy: bool('Report high-entropy strings next to a secret keyword.', true),
      files: bool('File checks: conflict markers, large files, invalid JSON/YAML/TOML, symlinks, shebangs.', true),
      workflows: bool('Workflow and action checks: unpinned uses, script injection, permissions.', true),
      'max-file-size-kb': {
        description: 'Files above this size in KiB are findings (as pre-commit check-added-large-files --maxkb).',
        type: 'integer',
        minimum: 1,
        maximum: 4194304,
        default: 500,
      },
      'forbid-crlf': bool('Report CRLF line endings.', false),
      'forbid-bom': bool('Report UTF-8 byte-order marks.', false),
      rules: {
        description: 'Severity per rule id (e.g. workflow/unpinned-uses: error), or off.',
        type: 'object',
        propertyNames: {
          type: 'string',
          pattern: '^[a-z]+/[a-z0-9-]+$',
          'x-expected': 'a rule id such as workflow/unpinned-uses',
        },
        additionalProperties: { type: 'string', enum: ['error', 'warning', 'notice', 'off'] },
      },
      'fail-level': oneOf('The lowest severity that fails.', FAIL_LEVELS, 'error'),
      baseline: str('The baseline file of accepted findings (fingerprints with a reason each).'),
      'commit-convention': bool(
        "Check the pull request's commit messages and title against Conventional Commits.",
        false,
      ),
      'commit-types': strings('Conventional Commits types accepted (default feat, fix, docs, ...).'),
      'protected-branches': {
        ...strings(
          'Branches the pre-commit hook refuses direct commits to, read at each commit (quality hooks install --protected-branches, written into the hook, wins).',
        ),
        default: ['main', 'master'],
      },
    }),
    check: section('quality check on your machine (and the pre-push hook that runs it): which steps run.', {
      skip: strings(
        'Steps to leave out, as --skip (e.g. coverage for a project that writes no coverage report). A skipped step never counts as passed. A --skip or --only flag replaces both keys.',
        CHECK_STEP,
      ),
      only: strings('Run only these steps, as --only; not together with skip.', CHECK_STEP),
    }),
  },
};

/** The section names, in the schema's order. */
export const SECTIONS = ['coverage', 'matrix', 'cache', 'lint', 'format', 'test', 'guard', 'check'] as const;
export type Section = (typeof SECTIONS)[number];
