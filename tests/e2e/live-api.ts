import type { BrowserContext } from '@playwright/test';
import { startMockTikTokApi, type MockTikTokApi } from '../mock-api/server';

/**
 * Sends the extension's Marketing API requests to a local mock. Routes registered later win in
 * Playwright, so this takes precedence over the fixture rig's block of outside hosts.
 */
export async function routeMarketingApi(
  context: BrowserContext,
  options: Parameters<typeof startMockTikTokApi>[0] = {},
): Promise<MockTikTokApi> {
  const api = await startMockTikTokApi({ port: 0, ...options });
  await context.route('https://business-api.tiktok.com/**', async (route) => {
    const original = new URL(route.request().url());
    const target = `${api.url}${original.pathname}${original.search}`;
    const response = await route.fetch({ url: target });
    await route.fulfill({ response });
  });
  return api;
}
