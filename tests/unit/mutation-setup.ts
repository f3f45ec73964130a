// Set-up for the mutation-testing suite only (vitest.mutation.config.ts).
import fc from 'fast-check';
import { beforeEach } from 'vitest';

/**
 * Tests that feed megabytes of hostile input to prove extraction stays linear. Under mutation
 * instrumentation each one takes minutes, and they guard speed and robustness, not the rules the
 * mutants change; the small cases beside them cover those.
 */
const SIZE_TESTS = /large and hostile input > copes with /;

beforeEach((context) => {
  if (SIZE_TESTS.test(context.task.fullName)) context.skip();
});

// A property that passes is tried again for every surviving mutant; a second of generated
// cases per property finds what thousands would, and keeps a run within the hour.
fc.configureGlobal({ ...fc.readConfigureGlobal(), interruptAfterTimeLimit: 1000 });
