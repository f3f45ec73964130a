import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    // Playwright specs live in tests/e2e and tests/bench; vitest must never load them.
    include: [
      'lib/**/*.test.{ts,tsx}',
      'components/**/*.test.{ts,tsx}',
      'entrypoints/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.{ts,tsx}',
    ],
    // Tests against a real team server run with the server's own suite (vitest.server.config.ts).
    exclude: ['**/node_modules/**', '**/*.server.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    // Property tests run thousands of cases; on a busy two-core machine the 5 s default cuts them
    // off mid-run. Speed is measured in `npm run bench`, never here.
    testTimeout: 30_000,
    restoreMocks: true,
  },
});
