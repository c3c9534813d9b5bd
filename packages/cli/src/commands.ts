import { register } from './registry.js';

register({
  name: 'coverage',
  summary:
    'Read coverage reports (lcov, Cobertura, Clover, JaCoCo, Go, Istanbul), merge them, and print totals and diff coverage',
  usage: 'quality coverage REPORT... [--diff PATCH | --base REF] [--json] [options]',
  load: async () => (await import('./commands/coverage.js')).coverageCommand,
});

register({
  name: 'check',
  summary: 'Run what CI runs on your change since the base branch: guard, format, lint, test and the coverage gate',
  usage: 'quality check [REPORT...] [--base REF] [--skip LIST | --only LIST] [--committed] [--json] [options]',
  load: async () => (await import('./commands/check.js')).checkCommand,
});

register({
  name: 'matrix',
  summary: 'Print the job matrix from the project files: versions, operating systems, changed projects, test shards',
  usage: 'quality matrix [--root DIR] [--versions P] [--os LIST] [--shards N|auto] [--json] [options]',
  load: async () => (await import('./commands/matrix.js')).matrixCommand,
});

register({
  name: 'shard',
  summary: 'Print the test files of one shard (--index I --total N) for the test step',
  usage: 'quality shard --index I --total N [--plan FILE] [--project DIR] [--json] [options]',
  load: async () => (await import('./commands/shard.js')).shardCommand,
});

register({
  name: 'cache-key',
  summary: 'Print the dependency cache keys cache-deps would use (package managers, store paths, lockfile digest)',
  usage: 'quality cache-key [DIR] [--package-manager LIST] [--key-prefix PREFIX] [--json] [options]',
  load: async () => (await import('./commands/cache-key.js')).cacheKeyCommand,
});

register({
  name: 'pin',
  summary: 'Pin every uses: of workflows and composite actions to a full commit SHA, with the tag as a comment',
  usage: 'quality pin [FILES...] [--server-url URL] [--check] [--json] [options]',
  load: async () => (await import('./commands/pin.js')).pinCommand,
});

register({
  name: 'upgrade',
  summary: 'Move pinned actions to their newest release within the major (or across majors with --major)',
  usage: 'quality upgrade [FILES...] [--major] [--server-url URL] [--check] [--json] [options]',
  load: async () => (await import('./commands/pin.js')).upgradeCommand,
});

register({
  name: 'guard',
  summary:
    'Scan for secrets, conflict markers, large or broken files and unsafe workflows (all files, staged, or your change)',
  usage:
    'quality guard [--all | --staged | --base REF] [--baseline FILE] [--update-baseline [FILE]] [--fail-level L] [--json]',
  load: async () => (await import('./commands/guard.js')).guardCommand,
});

register({
  name: 'init',
  summary:
    'Write .github/workflows/quality.yml: the starter workflow for the detected languages, pinned to this release',
  usage: 'quality init [--lang node,python,go] [--ref vX | --sha] [--force] [--dir DIR] [--json]',
  load: async () => (await import('./commands/init.js')).initCommand,
});

register({
  name: 'hooks',
  summary: 'Install or uninstall git hooks: guard and format check before a commit, quality check before a push',
  usage: 'quality hooks install|uninstall [--protected-branches LIST] [--command CMD]',
  load: async () => (await import('./commands/hooks.js')).hooksCommand,
});

register({
  name: 'lint',
  summary:
    "Run the project's own linters (pinned versions) and SARIF/checkstyle reports: one list of findings, filtered to your change",
  usage:
    'quality lint [PATH] [--tools a,b] [--report FILE] [--filter MODE --base REF|--diff PATCH] [--fail-level L] [--json]',
  load: async () => (await import('./commands/lint.js')).lintCommand,
});

register({
  name: 'format',
  summary: "Check formatting with the project's own formatters (pinned versions); --fix rewrites the files",
  usage: 'quality format [PATH] [--check|--fix] [--tools a,b] [--json]',
  load: async () => (await import('./commands/format.js')).formatCommand,
});

register({
  name: 'test',
  summary: "Run the project's tests (or read JUnit / go test -json reports): failures with locations, slowest, timings",
  usage: 'quality test [PATH] [--report FILE...] [--command ARG...] [--retry-failed N] [--json]',
  load: async () => (await import('./commands/test.js')).testCommand,
});
