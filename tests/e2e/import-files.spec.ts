import type { BrowserContext, Page } from '@playwright/test';
import { sampleCode } from '../../lib/transfer/sample-codes.testing';
import { expect, test } from './fixtures';

async function openDashboard(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await expect(page.getByRole('heading', { name: 'Spark code dashboard' })).toBeVisible();
  return page;
}

const pick = (page: Page, name: string, buffer: Buffer) =>
  page
    .getByLabel('Choose a CSV file or a backup')
    .setInputFiles({ name, mimeType: 'text/csv', buffer });

/** Excel's "Unicode text": UTF-16 LE with a byte-order mark, tab-separated. */
function unicodeText(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

test('a binary file picked as CSV is refused and the page stays usable', async ({
  context,
  extensionId,
}) => {
  const page = await openDashboard(context, extensionId);
  const noise = Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919 + 13) % 256));
  await pick(page, 'export.csv', noise);
  await expect(page.getByRole('alert')).toHaveText(
    'This file is not a CSV or text file (it holds binary data), so nothing was read. Export the sheet as CSV and choose that file.',
  );
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThan(4000);

  // The same picker takes the right file straight after.
  const code = sampleCode(5);
  await pick(page, 'codes.txt', unicodeText(`Spark code\tCreator\r\n${code}\t@zoë\r\n`));
  await expect(page.getByRole('heading', { name: 'Which column holds what?' })).toBeVisible();
  await expect(page.getByTestId('import-encoding')).toHaveText(
    'Read as UTF-16 (Excel “Unicode text”).',
  );
  await page.getByRole('button', { name: 'Read the file' }).click();
  await expect(page.getByTestId('import-counts')).toHaveText(
    '1 to add · 0 to update · 0 already up to date · 0 rejected',
  );
  await expect(page.getByTestId('import-encoding')).toBeVisible();
});

test('a Latin-1 sheet is read as Windows-1252 and says so', async ({ context, extensionId }) => {
  const page = await openDashboard(context, extensionId);
  const code = sampleCode(6);
  await pick(
    page,
    'crm.csv',
    Buffer.from(`Spark code,Creator,Notes\n${code},@zoë,Déjà vu\n`, 'latin1'),
  );
  await expect(page.getByTestId('import-encoding')).toContainText('Read as Windows-1252 (Latin-1)');
  // The mapping step's samples show the letters as they were typed.
  await expect(page.getByRole('cell', { name: '@zoë', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Déjà vu', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Read the file' }).click();
  await page.getByRole('button', { name: 'Import 1 code' }).click();
  await expect(page.getByTestId('import-result')).toContainText('1 added');
});
