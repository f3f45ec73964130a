import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it } from 'vitest';
import { addCodes, getCodes, historyOf } from '../db/repository';
import { createRecordOutcomeService } from './record-outcome-service';
import { CODE_A, CODE_B, closeTestDatabases, testDeps } from './test-deps';

afterEach(closeTestDatabases);

describe('record-outcome service', () => {
  it('marks a code failed with what Ads Manager said', async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    await addCodes(deps.db, [{ code: CODE_A, raw: CODE_A }], {}, { now: 1 });
    const record = createRecordOutcomeService(deps);
    const reply = await record({
      code: CODE_A,
      outcome: 'failed',
      reason: 'This code has expired',
    });
    expect(reply).toEqual({ recorded: true });
    const stored = (await getCodes(deps.db, [CODE_A])).get(CODE_A);
    expect(stored).toMatchObject({
      status: 'failed',
      failureReason: 'Ads Manager: This code has expired',
    });
    expect((await historyOf(deps.db, CODE_A)).at(-1)).toMatchObject({
      type: 'failed',
      detail: 'Ads Manager: This code has expired',
    });
  });

  it('marks a code applied with the time', async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    await addCodes(deps.db, [{ code: CODE_A, raw: CODE_A }], {}, { now: 1 });
    await createRecordOutcomeService(deps)({ code: CODE_A, outcome: 'applied' });
    const stored = (await getCodes(deps.db, [CODE_A])).get(CODE_A);
    expect(stored).toMatchObject({ status: 'applied', appliedAt: deps.clock.now() });
  });

  it('leaves codes that are not in the inventory alone', async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    const reply = await createRecordOutcomeService(deps)({ code: CODE_B, outcome: 'failed' });
    expect(reply).toEqual({ recorded: false });
    expect((await getCodes(deps.db, [CODE_B])).size).toBe(0);
  });
});
