import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { MOCK_ACCESS_TOKEN, US_ADVERTISER_ID } from '../mock-api/fixtures';
import type { MockTikTokApi } from '../mock-api/server';
import { E2E_EXTENSION_DIR, launchWithExtension } from './fixtures';
import { routeMarketingApi } from './live-api';

let api: MockTikTokApi | undefined;
test.afterEach(async () => {
  await api?.close();
});

test('saving a token and testing the connection fills the account from TikTok', async () => {
  const { context, extensionId, close } = await launchWithExtension(E2E_EXTENSION_DIR);
  try {
    api = await routeMarketingApi(context);
    const page = await context.newPage();
    const console: string[] = [];
    page.on('console', (m) => console.push(m.text()));
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByLabel('Access token').fill(MOCK_ACCESS_TOKEN);
    await page.getByRole('button', { name: 'Save token' }).click();
    await expect(page.getByTestId('token-state')).toContainText('Saved token');
    await expect(page.getByTestId('token-state')).not.toContainText(MOCK_ACCESS_TOKEN);
    await page.getByLabel('Advertiser id').fill(US_ADVERTISER_ID);
    await page.getByRole('button', { name: 'Add account' }).click();
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.getByTestId('connection-result')).toContainText('Connected');
    await expect(page.getByRole('row', { name: new RegExp(US_ADVERTISER_ID) })).toContainText('US');
    expect(api.requests.some((r) => r.accessToken === MOCK_ACCESS_TOKEN)).toBe(true);
    expect(await page.content()).not.toContain(MOCK_ACCESS_TOKEN);
    expect(console.join('\n')).not.toContain(MOCK_ACCESS_TOKEN);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  } finally {
    await close();
  }
});
