import { test, expect } from './fixtures';
import {
  CODES,
  adCreationUrl,
  codeRow,
  openAdsManager,
  panel,
  panelFrame,
  pageProblems,
} from './panel-helpers';

test.describe('pre-flight panel finds fields wherever Ads Manager puts them', () => {
  test('a field the app mounts late, with the account read from the header', async ({
    context,
  }) => {
    const page = await openAdsManager(context, adCreationUrl());
    const late = page.locator('#spark-code');
    await expect(late).toBeVisible();
    await late.fill(` "${CODES.good}" `);
    await expect(codeRow(page, 0)).toBeVisible();
    await expect(panel(page).getByText(/Ad account 7000000000000000002/)).toBeVisible();
    await panel(page).getByRole('button', { name: 'Clean field' }).click();
    await expect(late).toHaveValue(CODES.good);
  });

  test('a field inside an open shadow root', async ({ context }) => {
    const page = await openAdsManager(context, adCreationUrl());
    await page.locator('code-widget textarea').fill(`${CODES.good}\n${CODES.other}`);
    await expect(panel(page).locator('li.sp-row')).toHaveCount(2);
  });

  test('a field inside a same-origin iframe', async ({ context }) => {
    const page = await openAdsManager(context, adCreationUrl());
    await page.frameLocator('#frame').locator('#frame-code').fill(CODES.other);
    await expect(codeRow(page, 0)).toBeVisible();
    await panel(page).getByRole('button', { name: 'Clean field' }).click();
    await expect(page.frameLocator('#frame').locator('#frame-code')).toHaveValue(CODES.other);
  });

  test('a real paste from the clipboard shows the panel', async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://ads.tiktok.com',
    });
    const page = await openAdsManager(context, adCreationUrl());
    await page.evaluate((text) => navigator.clipboard.writeText(text), `Code: ${CODES.good}`);
    const field = page.locator('code-widget textarea');
    await field.focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(field).toHaveValue(`Code: ${CODES.good}`);
    await expect(codeRow(page, 0)).toBeVisible();
  });

  test('single-page navigation takes the panel down, and it comes back for new codes', async ({
    context,
  }) => {
    const page = await openAdsManager(context, adCreationUrl());
    await page.locator('code-widget textarea').fill(CODES.good);
    await expect(codeRow(page, 0)).toBeVisible();
    await page.getByRole('link', { name: 'Go to assets' }).click();
    await expect(page).toHaveURL(/\/i18n\/assets\/creative/);
    await expect(panelFrame(page)).toHaveCount(0);
    // The frame went away with the old page; a field the new page adds is still heard.
    await page.evaluate(() => {
      const field = document.createElement('textarea');
      field.id = 'new-field';
      document.querySelector('main')?.append(field);
    });
    await page.locator('#new-field').fill(CODES.other);
    await expect(codeRow(page, 0)).toBeVisible();
    expect(pageProblems(page)).toEqual([]);
  });
});
