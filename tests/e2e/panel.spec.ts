import { test, expect } from './fixtures';
import {
  axeInPanel,
  panelFrame,
  CODES,
  authorizeUrl,
  checkLine,
  codeRow,
  openAdsManager,
  pageProblems,
  panel,
} from './panel-helpers';

test.describe('pre-flight panel on the authorization dialog', () => {
  test('one good code shows a row with every check and no fail', async ({ context }) => {
    const page = await openAdsManager(context, authorizeUrl());
    await page.locator('#auth-code').fill(CODES.good);
    const row = codeRow(page, 0);
    await expect(row.getByText('Not in your inventory yet.')).toBeVisible();
    await expect(await checkLine(row, 'Format')).toContainText('Pass');
    await expect(row.locator('li.sp-check')).toHaveCount(8);
    await expect(row.locator('.sp-badge--fail')).toHaveCount(0);
    await expect(row.locator('.sp-badge--pending')).toHaveCount(0);
    // Nothing live is known without a token: those checks must say so, not pass.
    await expect(await checkLine(row, 'Revocation')).toContainText(/Unknown|Warn/);
    await expect(await checkLine(row, 'Shop-ready')).toContainText('Unknown');
    await expect(panel(page).getByRole('status')).not.toHaveText('');
    expect(pageProblems(page)).toEqual([]);
  });

  test('a code pasted twice is flagged as a duplicate', async ({ context }) => {
    const page = await openAdsManager(context, authorizeUrl());
    await page.locator('#auth-code').fill(`${CODES.good}\n${CODES.good}`);
    const row = codeRow(page, 0);
    await expect(await checkLine(row, 'Duplicate')).toContainText('Warn');
    await expect(panel(page).locator('li.sp-row')).toHaveCount(1);
  });

  test('Clean field leaves the React-like field with the clean codes, and Undo puts it back', async ({
    context,
  }) => {
    const page = await openAdsManager(context, authorizeUrl());
    const field = page.locator('#auth-code');
    const messy = `Code: "${CODES.good}" and again ${CODES.good},\n${CODES.other}.`;
    await field.fill(messy);
    await expect(page.locator('#page-code-count')).toHaveText('6');
    const updatesBefore = Number(await page.locator('#page-updates').textContent());
    await expect(panel(page).locator('li.sp-row')).toHaveCount(2);
    // The rows grow when the inventory's answer lands; a click before that can land on a row
    // that moved under the pointer, as a buyer's could.
    await expect(panel(page).getByText('Not in your inventory yet.')).toHaveCount(2);

    await panel(page).getByRole('button', { name: 'Clean field' }).click();
    await expect(field).toHaveValue(`${CODES.good}\n${CODES.other}`);
    // The page's own state saw the change, as it would with a React onChange.
    await expect(page.locator('#page-code-count')).toHaveText('2');
    expect(Number(await page.locator('#page-updates').textContent())).toBeGreaterThan(
      updatesBefore,
    );
    await expect(await checkLine(codeRow(page, 0), 'Duplicate')).toContainText('Pass');

    await panel(page).getByRole('button', { name: 'Undo clean' }).click();
    await expect(field).toHaveValue(messy);
    await expect(page.locator('#page-code-count')).toHaveText('6');
  });

  test("the page's own scripts keep working with the panel open", async ({ context }) => {
    const page = await openAdsManager(context, authorizeUrl());
    await page.locator('#auth-code').fill(CODES.good);
    await expect(codeRow(page, 0)).toBeVisible();
    // The field keeps the focus: the panel never takes it.
    await expect(page.locator('#auth-code')).toBeFocused();
    await page.locator('#page-counter').click();
    await page.locator('#page-counter').click();
    await expect(page.locator('#page-counter')).toHaveText('2');
    const ticks = Number(await page.locator('#ticks').textContent());
    await expect
      .poll(async () => Number(await page.locator('#ticks').textContent()))
      .toBeGreaterThan(ticks);
    // Search still works for the page.
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.locator('#preview-area .preview')).toHaveCount(1);
    expect(pageProblems(page)).toEqual([]);
  });

  test('the panel passes axe checks', async ({ context }) => {
    const page = await openAdsManager(context, authorizeUrl());
    await page
      .locator('#auth-code')
      .fill(`${CODES.good}\n${CODES.good}\n#tooShortButLongEnoughToSee12345`);
    await expect(panel(page).locator('li.sp-row').first()).toBeVisible();
    await expect(panel(page).locator('.sp-badge--pending')).toHaveCount(0);
    const results = await axeInPanel(page);
    expect(results.violations).toEqual([]);
    // Proof that axe looked at the panel's rows rather than at an empty document.
    expect(results.checkedNodes).toBeGreaterThan(10);
  });

  test('Add to inventory keeps the code with the creator and term its own words give', async ({
    context,
  }) => {
    const page = await openAdsManager(context, authorizeUrl());
    await page.locator('#auth-code').fill(`From @mia.lopez: ${CODES.good} (30 days)`);
    const row = codeRow(page, 0);
    await row.getByRole('button', { name: 'Add to inventory…' }).click();
    const form = row.getByRole('form', { name: 'Details for code 1' });
    await expect(form.getByRole('textbox', { name: 'Creator' })).toBeFocused();
    await expect(form.getByRole('textbox', { name: 'Creator' })).toHaveValue('@mia.lopez');
    await expect(form.getByRole('textbox', { name: 'How long it lasts' })).toHaveValue('30 days');
    await page.keyboard.press('Enter');
    await expect(row.getByText(/In your inventory: not used yet · @mia\.lopez/)).toBeVisible();
    await expect(panel(page).getByText('Added 1 code to your inventory.')).toBeVisible();
    await expect(form).toHaveCount(0);
  });

  test('minimise, side and "off here" are remembered; off leaves nothing on the page', async ({
    context,
    extensionId,
  }) => {
    const page = await openAdsManager(context, authorizeUrl());
    await page.locator('#auth-code').fill(CODES.good);
    await panel(page).getByRole('button', { name: 'Minimise' }).click();
    const tab = panel(page).getByRole('button', { name: /^Open Spark Preflight/ });
    await expect(tab).toBeVisible();
    // Minimised, the frame is no bigger than the tab it shows.
    await expect
      .poll(async () => (await panelFrame(page).boundingBox())?.width)
      .toBeLessThanOrEqual(48);
    expect((await panelFrame(page).boundingBox())?.height).toBeLessThanOrEqual(48);

    await page.reload();
    await page.locator('#auth-code').fill(CODES.good);
    await expect(tab).toBeVisible();
    await tab.click();
    await panel(page).getByRole('button', { name: 'Move left' }).click();
    await expect.poll(async () => (await panelFrame(page).boundingBox())?.x).toBeLessThan(100);
    await page.reload();
    await page.locator('#auth-code').fill(CODES.good);
    await expect(codeRow(page, 0)).toBeVisible();
    await expect.poll(async () => (await panelFrame(page).boundingBox())?.x).toBeLessThan(100);

    // Playwright's click waits on the frame after the press, and the frame is gone by then; the
    // page itself carries on, as the rest of this test shows.
    await panel(page).getByRole('button', { name: 'Off here' }).dispatchEvent('click');
    await expect(page.locator('spark-preflight-panel')).toHaveCount(0);
    await page.reload();
    await page.locator('#auth-code').fill(CODES.good);
    // The panel page reads the preference and takes itself away before it ever shows.
    await page.waitForTimeout(1500);
    await expect(page.locator('spark-preflight-panel')).toHaveCount(0);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('button', { name: 'Turn on: /i18n/material/spark-ads' }).click();
    await expect(options.getByText(/None: the panel shows on every/)).toBeVisible();
    await page.reload();
    await page.locator('#auth-code').fill(CODES.good);
    await expect(codeRow(page, 0)).toBeVisible();
  });
});
