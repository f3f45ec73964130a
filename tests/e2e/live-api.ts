import type { BrowserContext } from '@playwright/test';
import { TIMEOUT_CODE } from '../mock-api/fixtures';
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
