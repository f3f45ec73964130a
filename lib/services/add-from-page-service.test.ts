import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it } from 'vitest';
import { getCodes } from '../db/repository';
import { addFromPageRequestSchema } from '../api/panel-schemas';
import { createAddFromPageService } from './add-from-page-service';
import { createRateWindow } from './rate-window';
import { CODE_A, CODE_B, closeTestDatabases, testDeps } from './test-deps';

afterEach(closeTestDatabases);

describe('add-from-page service', () => {
  it('stores codes with the text they came from and the page account', async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    const add = createAddFromPageService(deps);
    const result = await add(
      addFromPageRequestSchema.parse({
        items: [{ code: CODE_A, raw: `Code: "${CODE_A}"`, warnings: ['Removed quotes'] }],
        details: { adAccountId: '7000000000000000001' },
      }),
    );
    expect(result).toEqual({ added: 1, known: 0, refused: 0, limited: 0 });
    const stored = (await getCodes(deps.db, [CODE_A])).get(CODE_A);
    expect(stored).toMatchObject({
      raw: `Code: "${CODE_A}"`,
      extractionWarnings: ['Removed quotes'],
      adAccountId: '7000000000000000001',
      status: 'new',
      addedAt: deps.clock.now(),
    });
  });

  it('counts codes already kept and refuses text that is not a clean code', async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    const add = createAddFromPageService(deps);
    await add(
      addFromPageRequestSchema.parse({ items: [{ code: CODE_A, raw: CODE_A, warnings: [] }] }),
    );
    const result = await add(
      addFromPageRequestSchema.parse({
        items: [
          { code: CODE_A, raw: CODE_A, warnings: [] },
          { code: CODE_B, raw: CODE_B, warnings: [] },
          { code: 'DROP TABLE', raw: 'DROP TABLE', warnings: [] },
        ],
      }),
    );
    expect(result).toEqual({ added: 1, known: 1, refused: 1, limited: 0 });
    expect((await getCodes(deps.db, ['DROP TABLE'])).size).toBe(0);
  });

  it.each([
    ['26 characters of a code, half typed', CODE_A.slice(0, 26), []],
    [
      'a code cut off before an ellipsis',
      CODE_A,
      ['Looked truncated: it is followed by "…", so the end may be missing'],
    ],
    ['a hashtag', '#SummerSaleEveryDayForTheWholeFamilyNow', []],
  ])('never stores %s', async (_label, code, warnings) => {
    const deps = testDeps(fakeBrowser.storage.local);
    const add = createAddFromPageService(deps);
    const result = await add(
      addFromPageRequestSchema.parse({ items: [{ code, raw: code, warnings }] }),
    );
    expect(result).toMatchObject({ added: 0, refused: 1 });
    expect(await deps.db.codes.count()).toBe(0);
  });

  it('answers with the field checked again after the write, in one round trip', async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    const add = createAddFromPageService(deps);
    const field = { codes: [{ code: CODE_A, raw: CODE_A, warnings: [], occurrences: 1 }] };
    const result = await add(
      addFromPageRequestSchema.parse({
        items: [{ code: CODE_A, raw: CODE_A, warnings: [] }],
        recheck: field,
      }),
    );
    expect(result.checks?.items).toMatchObject([{ code: CODE_A, inInventory: true }]);
  });

  it('caps what one tab adds per minute and says how many were left out', async () => {
    const deps = testDeps(fakeBrowser.storage.local);
    const addBudget = createRateWindow({ limit: 1, windowMs: 60_000, now: deps.clock.now });
    const add = createAddFromPageService({ ...deps, addBudget });
    const items = [CODE_A, CODE_B].map((code) => ({ code, raw: code, warnings: [] }));
    const request = addFromPageRequestSchema.parse({ items });
    expect(await add(request, { caller: 'extension-page', tabId: 7 })).toMatchObject({
      added: 1,
      limited: 1,
    });
    // Another tab has its own allowance; the first has none left this minute.
    expect(await add(request, { caller: 'extension-page', tabId: 8 })).toMatchObject({
      added: 0,
      known: 1,
      limited: 1,
    });
    expect(await add(request, { caller: 'extension-page', tabId: 7 })).toMatchObject({
      added: 0,
      limited: 2,
    });
    expect((await getCodes(deps.db, [CODE_A, CODE_B])).size).toBe(1);
  });
});
