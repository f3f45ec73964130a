// Mutation testing of the domain layer: `npm run test:mutation`. Not part of `npm test` or CI;
// a full run takes tens of minutes on two cores, later runs only test what changed.
import process from 'node:process';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: {
    // Only the domain unit tests, and of those only the ones that import the mutated file.
    configFile: 'vitest.mutation.config.ts',
    related: true,
  },
  mutate: [
    'lib/codes/**/*.ts',
    'lib/preflight/**/*.ts',
    'lib/batches/**/*.ts',
    'lib/records/usability.ts',
    'lib/records/expiry-index.ts',
    'lib/inventory/batch-plan.ts',
    'lib/inventory/status-chip.ts',
    '!**/*.test.ts',
    '!**/test-support.ts',
    '!**/*.testing.ts',
    '!**/test-fixtures.ts',
    '!**/index.ts',
  ],
  coverageAnalysis: 'perTest',
  // Mutants that only run while a module loads (tables, patterns) each need a fresh start and
  // every related test: about half a minute apiece here. Opt in with MUTATION_STATIC=1.
  ignoreStatic: process.env.MUTATION_STATIC !== '1',
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // The machine is shared; raise with `-- --concurrency 2` when it is free.
  concurrency: 1,
  // A mutant's allowance is 1.5 × its tests' time in the first run, plus that run's start-up
  // overhead, plus this. Five seconds on top keeps a slow run on a busy machine from counting as
  // a kill; most timeouts are endless loops, each of which waits out the whole allowance.
  timeoutMS: 5000,
  dryRunTimeoutMinutes: 15,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['/.output', '/test-results', '/playwright-report', '/tests/e2e', '/tests/bench'],
};
