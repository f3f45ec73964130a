// Set-up for the mutation-testing suite only (vitest.mutation.config.ts).
import fc from 'fast-check';
import { beforeEach } from 'vitest';
import { englishMessage } from '../../lib/lifecycle/english.testing';

// The unit suite's WXT plugin installs a whole fake browser; the domain tests reach only i18n, so
// this suite answers it from the shipped English messages as Chrome would, and starts faster.
(globalThis as { chrome?: unknown }).chrome ??= { i18n: { getMessage: englishMessage } };

/**
 * Tests that feed megabytes of hostile input to prove extraction stays linear. Under mutation
 * instrumentation each one takes minutes, and they guard speed and robustness, not the rules the
 * mutants change; the small cases beside them cover those.
 */
const SIZE_TESTS =
  /large and hostile input > copes with |hostile pastes > reads a two-megabyte line/;

beforeEach((context) => {
  if (SIZE_TESTS.test(context.task.fullName)) context.skip();
});

// A property that passes is tried again for every surviving mutant, and `lib/codes` has a dozen
// over the same code. A quarter of a second of generated cases each keeps a run of the domain
// code within the hour on two shared cores; a mutant only a rare case would catch may survive
// here, which can only lower the score, never raise it.
fc.configureGlobal({ ...fc.readConfigureGlobal(), interruptAfterTimeLimit: 250 });
