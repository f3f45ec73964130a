import { test, expect, ADS_MANAGER_URL } from './fixtures';

test('the extension loads and its popup page opens', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { name: 'Spark Preflight' })).toBeVisible();
  const page = await context.newPage();
  await page.goto(ADS_MANAGER_URL);
  await expect(page.locator('body')).toBeVisible();
});
