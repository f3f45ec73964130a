import { test, expect } from './fixtures';
import { sparkCodes } from './popup-codes';
import { openPopup, pasteInto } from './popup-helpers';

const CREATORS = ['mia.lopez', 'leo_k', 'ana.fit', 'jj_cooks', 'ruby.rae', 'tomtravels'];

test('a paste survives closing the popup, and is gone once saved', async ({
  context,
  extensionId,
}) => {
  const codes = sparkCodes(3, 1501);
  const text = `hi! codes below\n${codes.join('\n')}`;
  const page = await openPopup(context, extensionId);
  await page.getByRole('tab', { name: 'Add codes' }).click();
  await pasteInto(page, page.getByLabel('Paste text with Spark codes'), text);
  await page.getByRole('textbox', { name: 'Creator region' }).fill('US');
  await expect(
    page.getByText(/^Found 3 codes: 3 new\. Not saved yet: Save adds all 3\./),
  ).toBeVisible();
  // Closed straight away, as a toolbar popup is when the buyer clicks back into the DM.
  await page.close({ runBeforeUnload: true });

  const reopened = await openPopup(context, extensionId);
  await expect(reopened.getByRole('tab', { name: 'Add codes' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(reopened.getByLabel('Paste text with Spark codes')).toHaveValue(text);
  await expect(reopened.getByRole('textbox', { name: 'Creator region' })).toHaveValue('US');
  await expect(reopened.getByText(/Your paste from last time is back/)).toBeVisible();
  await reopened.getByRole('button', { name: 'Save 3 codes' }).click();
  await expect(reopened.getByText(/^Saved 3 new codes\./)).toBeVisible();
  await reopened.close();

  const third = await openPopup(context, extensionId);
  await third.getByRole('tab', { name: 'Add codes' }).click();
  await expect(third.getByLabel('Paste text with Spark codes')).toHaveValue('');
});

test('a multi-creator thread saves each code with its own creator', async ({
  context,
  extensionId,
}) => {
  const codes = sparkCodes(CREATORS.length, 1502);
  const thread = [
    '12/11/2026, 10:41 - Sam (Agency): Morning! codes below 👇',
    ...CREATORS.map((handle, i) =>
      i % 2 === 0
        ? `12/11/2026, 10:${42 + i} - Sam (Agency): @${handle} ${codes[i]} 30 days`
        : `12/11/2026, 10:${42 + i} - Sam (Agency): ${codes[i]} ← that's @${handle} 🔥`,
    ),
    '12/11/2026, 10:50 - Sam (Agency): Thanks!',
    'Sam Reed | Partnerships | @sam_agency',
  ].join('\n');
  const page = await openPopup(context, extensionId);
  await page.getByRole('tab', { name: 'Add codes' }).click();
  await pasteInto(page, page.getByLabel('Paste text with Spark codes'), thread);
  await expect(page.getByText(/^Found 6 codes/)).toBeVisible();
  const first = codes[0] ?? '';
  const label = `${first.slice(0, 9)}…${first.slice(-3)}`;
  await expect(page.getByRole('textbox', { name: `Creator for ${label}` })).toHaveValue(
    '@mia.lopez',
  );
  await page.getByRole('button', { name: 'Save 6 codes' }).click();
  await expect(page.getByText(/^Saved 6 new codes\./)).toBeVisible();

  await page.getByRole('tab', { name: 'Inventory' }).click();
  const search = page.getByRole('searchbox', { name: 'Search' });
  const items = page.getByRole('listitem');
  for (const [i, handle] of CREATORS.entries()) {
    // With and without the "@".
    await search.fill(i % 2 ? `@${handle}` : handle);
    await expect(items).toHaveCount(1);
    await expect(items.first()).toContainText(`@${handle}`);
    await expect(items.first()).toContainText((codes[i] ?? '').slice(0, 10));
  }
  await search.fill('@sam_agency');
  await expect(items).toHaveCount(0);
});
