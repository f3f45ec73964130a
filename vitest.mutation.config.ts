import { defineConfig } from 'vitest/config';

/**
 * Unit tests of the domain layer only, for mutation testing (`npm run test:mutation`): pure
 * logic needs no browser fakes or database, and a smaller suite means each mutant runs faster.
 */
export default defineConfig({
  test: {
    environment: 'node',
    // Every mutant starts a test run; loading the shared modules once per worker, not once per
    // test file, is most of the time saved. The domain tests keep no state between files.
    isolate: false,
    // date-fns is hundreds of little modules that take seconds to load on every run; one
    // pre-bundled file loads in a blink.
    deps: { optimizer: { ssr: { enabled: true, include: ['date-fns'] } } },
    include: [
      'lib/codes/**/*.test.ts',
      'lib/preflight/**/*.test.ts',
      'lib/batches/**/*.test.ts',
      'lib/records/usability.test.ts',
      'lib/records/expiry-index.test.ts',
      'lib/inventory/batch-plan.test.ts',
      'lib/inventory/status-chip.test.ts',
    ],
    // Megabyte-sized pastes prove extraction keeps up at scale; they catch no logic mutant the
    // small cases miss and would add seconds to every mutant.
    exclude: ['lib/codes/large.test.ts'],
    // Instrumented code runs several times slower, and the machine may be busy.
    testTimeout: 60_000,
    setupFiles: ['tests/unit/mutation-setup.ts'],
    restoreMocks: true,
  },
});
