import { register } from './registry.js';

register({
  name: 'coverage',
  summary:
    'Read coverage reports (lcov, Cobertura, Clover, JaCoCo, Go, Istanbul), merge them, and print totals and diff coverage',
  load: async () => (await import('./coverage-command.js')).coverageCommand,
});
