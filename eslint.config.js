// Flat config: typescript-eslint's recommended rules over the TypeScript sources and tests, plus
// the layering of the house: `@actions/*` only in packages/kit and actions/; engines read no
// environment and import neither another engine nor the CLI.
import tseslint from 'typescript-eslint';

const ENGINES = ['coverage', 'matrix', 'cache', 'guard', 'pin', 'testing'];
const actionsOnlyInKit = {
  group: ['@actions/*'],
  message: 'Only packages/kit and actions/ use @actions/*: go through kit.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'build/**',
      'coverage/**',
      'node_modules/**',
      'tests/fixtures/coverage/**',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['packages/cli/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [actionsOnlyInKit] }] },
  },
  ...ENGINES.map((engine) => ({
    files: [`packages/${engine}/src/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            actionsOnlyInKit,
            {
              group: [
                '@quality/cli',
                '@quality/cli/*',
                ...ENGINES.filter((e) => e !== engine).flatMap((e) => [`@quality/${e}`, `@quality/${e}/*`]),
              ],
              message:
                'An engine imports neither another engine nor the CLI: share through packages/kit or pass values in.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Engines read no environment: the entry reads it and passes values in.',
        },
      ],
    },
  })),
);
