import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CODES, codeRow, openAdsManager, panel } from './panel-helpers';
import { sparkCodes } from './popup-codes';
import { addCodes, openPopup } from './popup-helpers';

/**
 * The Chrome Web Store's screenshots are 1280×800: each is taken from the built extension as a
 * buyer sees it, in both colour schemes, and every page shown must pass axe as shown.
 */
const STORE_SIZE = { width: 1280, height: 800 };
const shot = (name: string, scheme: string) => `tests/e2e/screenshots/store-${name}-${scheme}.png`;

async function expectAxeClean(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${where}: ${v.id}`)).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`store screenshots at 1280×800, ${scheme}`, async ({ context, extensionId }) => {
    // The inventory, opened as a page, with codes of several creators.
    const inventory = await openPopup(context, extensionId, STORE_SIZE);
    await inventory.emulateMedia({ colorScheme: scheme });
    await inventory.goto(`chrome-extension://${extensionId}/inventory.html`);
    const codes = sparkCodes(12, 1280);
    const terms = ['7 days', '30 days', '60 days'];
    const thread = codes.map((code, i) => `@creator_${i % 4} ${terms[i % 3]} ${code}`).join('\n');
    await addCodes(inventory, thread, codes.length);
    await inventory.getByRole('tab', { name: 'Inventory' }).click();
    await expect(inventory.getByRole('listitem')).toHaveCount(codes.length);
    await expectAxeClean(inventory, 'inventory');
    await inventory.screenshot({ path: shot('inventory', scheme) });

    // Options: the token steps open, the accounts.
    const options = await context.newPage();
    await options.setViewportSize(STORE_SIZE);
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByText('How to get a token').click();
    await expect(options.getByRole('link', { name: /documentation/ })).toBeVisible();
    await expectAxeClean(options, 'options');
    await options.screenshot({ path: shot('options', scheme) });

    // The dashboard over the same inventory.
    const dashboard = await context.newPage();
    await dashboard.setViewportSize(STORE_SIZE);
    await dashboard.emulateMedia({ colorScheme: scheme });
    await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html`);
    await expect(dashboard.getByTestId('dashboard-summary')).toContainText('12 codes');
    await expectAxeClean(dashboard, 'dashboard');
    await dashboard.screenshot({ path: shot('dashboard', scheme) });

    // The panel beside Ads Manager's Apply for Authorization.
    const page = await openAdsManager(
      context,
      'https://ads.tiktok.com/i18n/material/spark-ads?aadvid=7000000000000000001&fixture=authorize-dialog',
    );
    await page.setViewportSize(STORE_SIZE);
    await page.emulateMedia({ colorScheme: scheme });
    await page
      .locator('#auth-code')
      .fill(`${codes[0]}\n${CODES.good}\n${CODES.good}\n#tooShortButLongEnough12345`);
    await expect(codeRow(page, 1)).toBeVisible();
    await expect(panel(page).locator('.sp-badge--pending')).toHaveCount(0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot('panel', scheme) });
  });
}
