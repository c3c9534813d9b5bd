import { register } from './registry.js';

register({
  name: 'coverage',
  summary:
    'Read coverage reports (lcov, Cobertura, Clover, JaCoCo, Go, Istanbul), merge them, and print totals and diff coverage',
  load: async () => (await import('./coverage-command.js')).coverageCommand,
});

register({
  name: 'check',
  summary: "Run the coverage gate's checks locally: totals and patch coverage of your change against the base branch",
  load: async () => (await import('./check-command.js')).checkCommand,
});

register({
  name: 'matrix',
  summary: 'Print the job matrix from the project files: versions, operating systems, changed projects, test shards',
  load: async () => (await import('@quality/matrix')).matrixCommand,
});

register({
  name: 'shard',
  summary: 'Print the test files of one shard (--index I --total N) for the test step',
  load: async () => (await import('@quality/matrix')).shardCommand,
});

register({
  name: 'cache-key',
  summary: 'Print the dependency cache keys cache-deps would use (package managers, store paths, lockfile digest)',
  load: async () => (await import('@quality/cache/cli')).cacheKeyCommand,
});
