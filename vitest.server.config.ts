import { defineConfig } from 'vitest/config';

/**
 * The team server's tests: real servers on free ports and real WebSocket clients, in Node (not
 * the browser-like environment of the unit tests). Files run one at a time so the scale-out
 * test's Postgres and Redis do not compete with the others for the machine.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['server/**/*.test.ts', 'lib/**/*.server.test.ts'],
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // node:sqlite is stable in use but still labelled experimental; the warning is noise here.
    execArgv: ['--disable-warning=ExperimentalWarning'],
  },
});
