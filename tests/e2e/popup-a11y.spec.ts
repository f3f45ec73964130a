import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { sparkCodes } from './popup-codes';
import { addCodes, openPopup, pasteInto } from './popup-helpers';

async function expectNoAxeViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map(
      (v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [360, 480, 800, 1280]) {
    test(`axe passes on every tab, ${scheme} scheme, ${width}px wide`, async ({
      context,
      extensionId,
    }) => {
      const page = await openPopup(context, extensionId, { width, height: 600 });
      await page.emulateMedia({ colorScheme: scheme });
      await expectNoAxeViolations(page, 'empty inventory');

      const codes = sparkCodes(25, width);
      await addCodes(page, `${codes.join('\n')}\n${codes[0]}`, 25, { duration: '7' });
      await pasteInto(
        page,
        page.getByLabel('Paste text with Spark codes'),
        `${codes[0]} and ${sparkCodes(1, 99)[0]}, cut off: #s63DdePaj9HjSv2B…`,
      );
      await expect(
        page.getByText(/^Found 2 codes: 1 new, 1 already saved\. 1 fragment rejected\./),
      ).toBeVisible();
      await expectNoAxeViolations(page, 'add codes with a preview');

      await page.getByRole('tab', { name: 'Inventory' }).click();
      await page
        .getByRole('listitem')
        .first()
        .getByRole('button', { name: /^Edit / })
        .click();
      await expectNoAxeViolations(page, 'inventory with an open editor');

      await page.getByRole('tab', { name: 'Batches' }).click();
      await page.getByRole('button', { name: 'Plan batches' }).click();
      await expect(page.getByRole('article')).toHaveCount(2);
      await expectNoAxeViolations(page, 'batches');

      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
}

test('everything is reachable from the keyboard', async ({ context, extensionId }) => {
  const page = await openPopup(context, extensionId);
  await addCodes(page, sparkCodes(2, 5).join('\n'), 2);
  const inventoryTab = page.getByRole('tab', { name: 'Inventory' });
  await inventoryTab.click();
  await expect(inventoryTab).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Add codes' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Batches' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(inventoryTab).toHaveAttribute('aria-selected', 'true');

  // Tab from the tab list into the toolbar and on to the first row's buttons.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  const editButton = page
    .getByRole('listitem')
    .first()
    .getByRole('button', { name: /^Edit / });
  await editButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Creator handle' })).toBeFocused();
  await page.keyboard.type('keyboard_user');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listitem').first()).toContainText('@keyboard_user');
  await expect(editButton).toBeFocused();
  // The focus ring is drawn, not just tracked.
  const outline = await editButton.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});

test('"Open in tab" opens the same inventory as a full page', async ({ context, extensionId }) => {
  const page = await openPopup(context, extensionId);
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Open in tab' }).click(),
  ]);
  await tab.waitForLoadState();
  expect(tab.url()).toBe(`chrome-extension://${extensionId}/inventory.html`);
  await expect(tab.getByRole('heading', { name: 'Spark Preflight' })).toBeVisible();
  await expect(tab.getByRole('button', { name: 'Open in tab' })).toHaveCount(0);
  await expect(tab.getByRole('tab', { name: 'Batches' })).toBeVisible();
});
