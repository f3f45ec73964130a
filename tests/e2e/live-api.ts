import { expect, type BrowserContext } from '@playwright/test';
import { MOCK_ACCESS_TOKEN, TIMEOUT_CODE, US_ADVERTISER_ID } from '../mock-api/fixtures';
import { startMockTikTokApi, type MockTikTokApi } from '../mock-api/server';

/**
 * Sends the extension's Marketing API requests to a local mock. Routes registered later win in
 * Playwright, so this takes precedence over the fixture rig's block of outside hosts. Requests
 * for TIMEOUT_CODE are dropped as timed out by the network, so a browser test need not wait out
 * the client's own timeout on every retry.
 */
export async function routeMarketingApi(
  context: BrowserContext,
  options: Parameters<typeof startMockTikTokApi>[0] = {},
): Promise<MockTikTokApi> {
  const api = await startMockTikTokApi({ port: 0, ...options });
  await context.route('https://business-api.tiktok.com/**', async (route) => {
    const original = new URL(route.request().url());
    if (original.searchParams.get('auth_code') === TIMEOUT_CODE) {
      return route.abort('timedout');
    }
    const target = `${api.url}${original.pathname}${original.search}`;
    try {
      await route.fulfill({ response: await route.fetch({ url: target }) });
    } catch {
      // The browser gave up on the request (context closing, client abort): nothing to answer.
      await route.abort('failed').catch(() => undefined);
    }
  });
  return api;
}

/** Saves the mock's token and the US ad account through the Options page, as a buyer would. */
export async function saveTokenAndAccount(
  context: BrowserContext,
  extensionId: string,
  account: { id?: string; country?: string } = {},
): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Access token').fill(MOCK_ACCESS_TOKEN);
  await options.getByRole('button', { name: 'Save token' }).click();
  await expect(options.getByTestId('token-state')).toContainText('Saved token');
  const id = account.id ?? US_ADVERTISER_ID;
  await options.getByLabel('Advertiser id').fill(id);
  if (account.country) await options.getByLabel('Country (if no token)').fill(account.country);
  await options.getByRole('button', { name: 'Add account' }).click();
  await expect(options.getByRole('row', { name: new RegExp(id) })).toBeVisible();
  await options.close();
}
