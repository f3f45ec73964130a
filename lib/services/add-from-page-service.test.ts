import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it } from 'vitest';
import { getCodes } from '../db/repository';
import { addFromPageRequestSchema } from '../api/panel-schemas';
import { createAddFromPageService } from './add-from-page-service';
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
    expect(result).toEqual({ added: 1, known: 0, refused: 0 });
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
    expect(result).toEqual({ added: 1, known: 1, refused: 1 });
    expect((await getCodes(deps.db, ['DROP TABLE'])).size).toBe(0);
  });
});
