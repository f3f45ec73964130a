import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';

export const popupUrl = (extensionId: string) => `chrome-extension://${extensionId}/popup.html`;

export async function openPopup(
  context: BrowserContext,
  extensionId: string,
  size = { width: 800, height: 600 },
): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.goto(popupUrl(extensionId));
  await expect(page.getByRole('heading', { name: 'Spark Preflight' })).toBeVisible();
  return page;
}

/** Pastes text into the add form, optionally fills details, saves and waits for the result. */
export async function addCodes(
  page: Page,
  text: string,
  expectedCount: number,
  details: { adAccountId?: string; duration?: string; creatorHandle?: string } = {},
): Promise<void> {
  await page.getByRole('tab', { name: 'Add codes' }).click();
  await page.getByLabel('Paste text with Spark codes').fill(text);
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
