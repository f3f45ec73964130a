import { mkdirSync } from 'node:fs';
import { test, expect } from './fixtures';
import { sparkCodes } from './popup-codes';
import { addCodes, messyThread, openPopup } from './popup-helpers';

const SCREENSHOT = 'tests/e2e/screenshots/popup-batches.png';

test('45 pasted codes become 3 batches; copy, apply, re-plan and reopen', async ({
  context,
  extensionId,
}) => {
  const codes = sparkCodes(45, 2026);
  const page = await openPopup(context, extensionId);
  await addCodes(page, messyThread(codes), 45, { duration: '30', creatorHandle: 'maya' });

  await page.getByRole('tab', { name: 'Batches' }).click();
  await page.getByRole('button', { name: 'Plan batches' }).click();
  await expect(page.getByText('45 codes in 3 batches.')).toBeVisible();
  const cards = page.getByRole('article');
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(0).getByRole('heading')).toHaveText('Batch 1');
  await expect(cards.nth(0)).toContainText('20 codes');
  await expect(cards.nth(1)).toContainText('20 codes');
  await expect(cards.nth(2)).toContainText('5 codes');

  await page.getByRole('button', { name: 'Copy: Batch 1 (20 codes)' }).click();
  await expect(cards.nth(0)).toContainText('Copied at');
  await expect(page.getByText(/^Copied 20 codes from Batch 1\./)).toBeVisible();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  const lines = clipboard.split('\n').filter((line) => line !== '');
  expect(lines).toHaveLength(20);
  const listed = await cards.nth(0).locator('.batch-codes li').allTextContents();
  expect(lines).toEqual(listed);
  expect(lines.every((line) => codes.includes(line))).toBe(true);

  mkdirSync('tests/e2e/screenshots', { recursive: true });
  await page.screenshot({ path: SCREENSHOT });

  await page.getByRole('button', { name: 'Mark applied: Batch 1' }).click();
  await expect(cards.nth(0)).toContainText('Applied at');
  await page.getByRole('button', { name: 'Plan again' }).click();
  await expect(page.getByText('25 codes in 2 batches.')).toBeVisible();
  await expect(cards).toHaveCount(2);
  const replanned = (await page.locator('.batch-codes li').allTextContents()).sort();
  expect(replanned).toHaveLength(25);
  expect(replanned.some((code) => lines.includes(code))).toBe(false);

  await page.close();
  const reopened = await openPopup(context, extensionId);
  // The batch plan and the open tab survive closing the popup.
  await expect(reopened.getByRole('tab', { name: 'Batches' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(reopened.getByText('25 codes in 2 batches.')).toBeVisible();
  await reopened.getByRole('tab', { name: 'Inventory' }).click();
  await expect(reopened.getByText('45 codes', { exact: true })).toBeVisible();
  await reopened.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Applied' });
  await expect(reopened.getByText('Showing 20 codes of 45')).toBeVisible();
  await reopened.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Ready' });
  await expect(reopened.getByText('Showing 25 codes of 45')).toBeVisible();
});

test('undo brings back a deleted code and an applied batch', async ({ context, extensionId }) => {
  const codes = sparkCodes(3, 7);
  const page = await openPopup(context, extensionId);
  await addCodes(page, codes.join('\n'), 3);
  await page.getByRole('tab', { name: 'Inventory' }).click();
  await expect(page.getByText('3 codes', { exact: true })).toBeVisible();
  await page
    .getByRole('listitem')
    .first()
    .getByRole('button', { name: /^Delete / })
    .click();
  await expect(page.getByText('2 codes', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('3 codes', { exact: true })).toBeVisible();

  await page.getByRole('tab', { name: 'Batches' }).click();
  await page.getByRole('button', { name: 'Plan batches' }).click();
  await page.getByRole('button', { name: 'Mark applied: Batch 1' }).click();
  await expect(page.getByRole('article')).toContainText('Applied at');
  await page.getByRole('button', { name: 'Undo' }).last().click();
  await expect(page.getByRole('article')).not.toContainText('Applied at');
  await expect(page.getByRole('button', { name: 'Mark applied: Batch 1' })).toBeEnabled();
});
