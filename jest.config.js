/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  roots: ['<rootDir>/tests', '<rootDir>/packages'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/tests/fixtures/'],
  // Fixture repositories carry their own package.json files: not modules of this project.
  modulePathIgnorePatterns: ['<rootDir>/tests/fixtures/', '<rootDir>/build/'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  testTimeout: 30000,
  globalSetup: '<rootDir>/tests/global-setup.js',
  globalTeardown: '<rootDir>/tests/global-teardown.js',
  setupFilesAfterEnv: ['<rootDir>/tests/setup-exit-code.js'],
  // With --coverage (npm run coverage): V8's own counters, written as lcov for quality check
  // and the toolkit's own coverage gate in CI.
  coverageProvider: 'v8',
  collectCoverageFrom: ['packages/*/src/**/*.ts', 'actions/**/*.ts'],
  coverageReporters: ['lcov', 'text-summary'],
};
