import { expect, test } from '@playwright/test';
import {
  EXPIRED_CODE,
  generateValidCodes,
  MOCK_ACCESS_TOKEN,
  REVOKED_CODE,
  US_ADVERTISER_ID,
} from '../mock-api/fixtures';
import type { MockTikTokApi } from '../mock-api/server';
import { E2E_EXTENSION_DIR, launchWithExtension } from './fixtures';
import { routeMarketingApi, saveTokenAndAccount } from './live-api';
import { addCodes, messyThread, openPopup } from './popup-helpers';

let api: MockTikTokApi | undefined;
test.afterEach(async () => {
  await api?.close();
});

test('authorizing a batch of 20 through the API: 18 applied, 2 failed with their fixes', async () => {
  const { context, extensionId, close } = await launchWithExtension(E2E_EXTENSION_DIR);
  try {
    api = await routeMarketingApi(context);
    await saveTokenAndAccount(context, extensionId);

    const codes = [...generateValidCodes(18, 21), EXPIRED_CODE, REVOKED_CODE];
    const popup = await openPopup(context, extensionId);
    await addCodes(popup, messyThread(codes), 20, { adAccountId: US_ADVERTISER_ID });
    await popup.getByRole('tab', { name: 'Batches' }).click();
    await popup.getByRole('button', { name: 'Plan batches' }).click();
    await popup.getByRole('button', { name: /^Authorize via API: Batch/ }).click();

    const summary = popup.getByText(/^18 applied · 2 failed/);
    await expect(summary).toBeVisible({ timeout: 30_000 });
    const results = popup.locator('.api-results li');
    await expect(results).toHaveCount(2);
    await expect(results.filter({ hasText: /extend the authorization/i })).toHaveCount(1);
    await expect(results.filter({ hasText: /Ad authorization/ })).toHaveCount(1);
    expect(api.authorized.filter((a) => a.advertiserId === US_ADVERTISER_ID)).toHaveLength(18);

    // The inventory agrees: nothing of this batch is left to plan.
    await popup.getByRole('button', { name: 'Plan again' }).click();
    await expect(popup.getByText('No usable codes to batch.', { exact: false })).toBeVisible();
    expect(await popup.content()).not.toContain(MOCK_ACCESS_TOKEN);
  } finally {
    await close();
  }
});
