import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const popupUrl = (extensionId: string) => `chrome-extension://${extensionId}/popup.html`;

export async function openPopup(
  context: BrowserContext,
  extensionId: string,
  size = { width: 800, height: 600 },
): Promise<Page> {
  // Playwright cannot name a chrome-extension:// origin (it reads as opaque), so the grant
  // covers every origin of this throwaway profile.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.goto(popupUrl(extensionId));
  await expect(page.getByRole('heading', { name: 'Spark Preflight' })).toBeVisible();
  return page;
}

/**
 * Pastes the way a buyer does, through the clipboard and Ctrl+V. (Typing a 600 kB paste with
 * `fill` goes through Chromium's IME path and takes minutes; a real paste does not.)
 */
export async function pasteInto(page: Page, box: Locator, text: string): Promise<void> {
  await box.fill('');
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await box.focus();
  await page.keyboard.press('ControlOrMeta+V');
}

/** Pastes text into the add form, optionally fills details, saves and waits for the result. */
export async function addCodes(
  page: Page,
  text: string,
  expectedCount: number,
  details: { adAccountId?: string; duration?: string; creatorHandle?: string } = {},
): Promise<void> {
  await page.getByRole('tab', { name: 'Add codes' }).click();
  await pasteInto(page, page.getByLabel('Paste text with Spark codes'), text);
  const count = expectedCount.toLocaleString('en-US');
  await expect(page.getByText(new RegExp(`^Found ${count} codes?`))).toBeVisible({
    timeout: 30_000,
  });
  if (details.creatorHandle)
    await page.getByRole('textbox', { name: 'Creator handle' }).fill(details.creatorHandle);
  if (details.adAccountId)
    await page.getByRole('combobox', { name: 'Ad account' }).fill(details.adAccountId);
  if (details.duration)
    await page.getByRole('combobox', { name: 'Duration' }).selectOption(details.duration);
  await page
    .getByRole('button', { name: `Save ${count} code${expectedCount === 1 ? '' : 's'}` })
    .click();
  await expect(page.getByText(new RegExp(`^Saved ${count} new codes?\\.`))).toBeVisible({
    timeout: 30_000,
  });
}

/** A DM-style thread around the codes, the way buyers actually receive them. */
export function messyThread(codes: readonly string[]): string {
  return codes
    .map((code, i) =>
      i % 3 === 0
        ? `creator_${i}: here is the code "${code}" thanks!`
        : i % 3 === 1
          ? `Code: ${code}`
          : `${code},`,
    )
    .join('\n');
}
