import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fixedClock } from '../clock';
import { afterEach, describe, expect, it } from 'vitest';
import { addCodes, getCodes, historyOf, recordCheck, setStatus } from '../db/repository';
import type { CodeStatus } from '../records/schema';
import { createRecordOutcomeService } from './record-outcome-service';
import { CODE_A, CODE_B, closeTestDatabases, testDeps } from './test-deps';

afterEach(closeTestDatabases);

describe('record-outcome service', () => {
  it.each([
    ['Invalid code', 'failed', 'Ads Manager: Invalid code'],
    ['This code has expired', 'expired', undefined],
    ['Authorization expired', 'expired', undefined],
    ['The code has been deleted', 'revoked', undefined],
    ['Authorization was cancelled by the creator', 'revoked', undefined],
    ['Something unexpected happened', 'failed', 'Ads Manager: Something unexpected happened'],
  ] as const)(
    'records a failed answer %j as %s with its words',
    async (reason, status, failureReason) => {
      const deps = testDeps(fakeBrowser.storage.local);
      await addCodes(deps.db, [{ code: CODE_A, raw: CODE_A }], {}, fixedClock(1));
      const reply = await createRecordOutcomeService(deps)({
        code: CODE_A,
        outcome: 'failed',
        reason,
      });
      expect(reply).toEqual({ recorded: true });
      const stored = (await getCodes(deps.db, [CODE_A])).get(CODE_A);
      expect(stored?.status).toBe(status);
      expect(stored?.failureReason).toBe(failureReason);
      expect((await historyOf(deps.db, CODE_A)).at(-1)).toMatchObject({
        type: 'failed',
        detail: `Ads Manager: ${reason}`,
      });
    },
  );

  it('marks a code applied with the time', async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    await addCodes(deps.db, [{ code: CODE_A, raw: CODE_A }], {}, fixedClock(1));
    await createRecordOutcomeService(deps)({ code: CODE_A, outcome: 'applied' });
    const stored = (await getCodes(deps.db, [CODE_A])).get(CODE_A);
    expect(stored).toMatchObject({ status: 'applied', appliedAt: deps.clock.now() });
  });

  it('does not let a success message outrank what TikTok itself said about the code', async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    await addCodes(deps.db, [{ code: CODE_A, raw: CODE_A }], {}, fixedClock(1));
    const revoked = {
      kind: 'failure' as const,
      failure: {
        fetchedAt: 2,
        reason: 'revoked' as const,
        definitive: true,
        message: 'Revoked',
        fix: 'Ask the creator for a new code',
      },
    };
    await recordCheck(deps.db, CODE_A, [], revoked, fixedClock(2, 'UTC'));
    const reply = await createRecordOutcomeService(deps)({ code: CODE_A, outcome: 'applied' });
    expect(reply).toMatchObject({ recorded: false, skipped: 'contradicted-by-tiktok' });
    expect((await getCodes(deps.db, [CODE_A])).get(CODE_A)?.status).not.toBe('applied');
  });

  it.each([['This code has expired'], ['Invalid code'], ['The code has been deleted']])(
    'keeps an applied code applied when Ads Manager later says %j',
    async (reason) => {
      const deps = testDeps(fakeBrowser.storage.local);
      await addCodes(deps.db, [{ code: CODE_A, raw: CODE_A }], {}, fixedClock(1));
      await setStatus(deps.db, [CODE_A], 'applied', fixedClock(2, 'UTC'));
      const reply = await createRecordOutcomeService(deps)({
        code: CODE_A,
        outcome: 'failed',
        reason,
      });
      expect(reply).toEqual({ recorded: false, skipped: 'already-applied' });
      const stored = (await getCodes(deps.db, [CODE_A])).get(CODE_A);
      expect(stored).toMatchObject({ status: 'applied', appliedAt: 2 });
      expect(stored?.failureReason).toBeUndefined();
      expect((await historyOf(deps.db, CODE_A)).at(-1)?.type).toBe('applied');
    },
  );

  it.each<[CodeStatus]>([['new'], ['ready'], ['failed'], ['expired']])(
    'lets a failed answer replace %s',
    async (before) => {
      const deps = testDeps(fakeBrowser.storage.local);
      await addCodes(deps.db, [{ code: CODE_A, raw: CODE_A }], {}, fixedClock(1));
      if (before !== 'new') await setStatus(deps.db, [CODE_A], before, fixedClock(2, 'UTC'));
      const reply = await createRecordOutcomeService(deps)({
        code: CODE_A,
        outcome: 'failed',
        reason: 'Invalid code',
      });
      expect(reply).toEqual({ recorded: true });
      expect((await getCodes(deps.db, [CODE_A])).get(CODE_A)?.status).toBe('failed');
    },
  );

  it('leaves codes that are not in the inventory alone', async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    const reply = await createRecordOutcomeService(deps)({ code: CODE_B, outcome: 'failed' });
    expect(reply).toEqual({ recorded: false, skipped: 'not-in-inventory' });
    expect((await getCodes(deps.db, [CODE_B])).size).toBe(0);
  });
});
