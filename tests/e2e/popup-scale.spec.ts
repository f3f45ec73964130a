import { test, expect } from './fixtures';
import { sparkCodes } from './popup-codes';
import { addCodes, openPopup } from './popup-helpers';

const ACCOUNT = '7000000000000000001';

test('10,000 codes: the list stays virtualized, scrolls to the end and filters', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const codes = sparkCodes(10_000, 42);
  const page = await openPopup(context, extensionId);
  // One lot with an account and a duration, one bare lot: something to filter on.
  await addCodes(page, codes.slice(0, 6_000).join('\n'), 6_000, {
    adAccountId: ACCOUNT,
    duration: '30',
  });
  await addCodes(page, codes.slice(6_000).join(' '), 4_000);

  await page.getByRole('tab', { name: 'Inventory' }).click();
  await expect(page.getByText('10,000 codes', { exact: true })).toBeVisible();
  const items = page.getByRole('listitem');
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBeLessThan(100);
  await expect(items.first()).toHaveAttribute('aria-setsize', '10000');

  const scroller = page.getByRole('region', { name: 'Code list' });
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(page.locator('[aria-posinset="10000"]')).toBeVisible();
  expect(await items.count()).toBeLessThan(100);

  const target = codes[1234] ?? '';
  await page.getByRole('searchbox', { name: 'Search' }).fill(target.slice(1, 30));
  await expect(page.getByText('Showing 1 code of 10,000')).toBeVisible();
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(target.slice(0, 10));

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('combobox', { name: 'Ad account' }).selectOption(ACCOUNT);
  await expect(page.getByText('Showing 6,000 codes of 10,000')).toBeVisible();
  await page.getByRole('combobox', { name: 'Ad account' }).selectOption('all');
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Expiry unknown' });
  await expect(page.getByText('Showing 4,000 codes of 10,000')).toBeVisible();
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('added-oldest');
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
  await expect(page.locator('[aria-posinset="2000"]')).toBeVisible();
});
