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
  summary: "Run the coverage gate's checks locally: totals and patch coverage of your change against the base branch",
  usage: 'quality check [REPORT...] [--base REF] [--committed] [--min-diff-coverage N] [--json] [options]',
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
  usage: 'quality guard [--all | --staged | --base REF] [--baseline FILE] [--fail-level L] [--json]',
  load: async () => (await import('./commands/guard.js')).guardCommand,
});

register({
  name: 'test',
  summary: "Run the project's tests (or read JUnit / go test -json reports): failures with locations, slowest, timings",
  usage: 'quality test [PATH] [--report FILE...] [--command ARG...] [--retry-failed N] [--json]',
  load: async () => (await import('./commands/test.js')).testCommand,
});
