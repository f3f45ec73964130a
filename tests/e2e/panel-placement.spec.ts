import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CODES, codeRow, openAdsManager, panel, panelFrame } from './panel-helpers';

/**
 * The panel never sits on the page's own controls: after a paste, each control of the dialog and
 * the code field is still the topmost element at its centre, so the buyer's click reaches it.
 * Checked on a busy Ads Manager imitation (left nav, header, a modal over a backdrop whose field
 * sits in a shadow root, Help at the bottom) and on the plain authorization dialog, at the two
 * screen sizes buyers use most, open and minimised.
 */

const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

const PAGES = [
  {
    name: 'busy page with a modal',
    url: 'https://ads.tiktok.com/i18n/material/spark-ads?aadvid=7000000000000000001&fixture=busy-ads-manager',
    field: (page: Page) => page.locator('#field-host').locator('#code'),
    controls: ['#close', '#tab-video', '#tab-account', '#cancel', '#confirm', '#help', '#code'],
  },
  {
    name: 'authorization dialog',
    url: 'https://ads.tiktok.com/i18n/material/spark-ads?aadvid=7000000000000000001&fixture=authorize-dialog',
    field: (page: Page) => page.locator('#auth-code'),
    controls: ['#search', '#confirm', '#auth-code', '#page-counter'],
  },
];

/** Each control whose centre is covered by something else, with what covers it. */
async function coveredControls(page: Page, selectors: readonly string[]): Promise<string[]> {
  return page.evaluate((selectors) => {
    const find = (selector: string): Element | null => {
      const direct = document.querySelector(selector);
      if (direct) return direct;
      for (const host of document.querySelectorAll('*')) {
        const inner = host.shadowRoot?.querySelector(selector);
        if (inner) return inner;
      }
      return null;
    };
    const covered: string[] = [];
    for (const selector of selectors) {
      const control = find(selector);
      if (!control) {
        covered.push(`${selector}: not on the page`);
        continue;
      }
      const box = control.getBoundingClientRect();
      if (box.width === 0 || box.bottom < 0 || box.top > innerHeight) continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      // Inside a shadow root, the document answers with the host; the root answers deeper.
      const root = control.getRootNode() as Document | ShadowRoot;
      const top = root.elementFromPoint(x, y);
      if (!top || !(top === control || control.contains(top))) {
        covered.push(`${selector}: covered by ${top?.localName ?? 'nothing'}`);
      }
    }
    return covered;
  }, selectors);
}

for (const viewport of VIEWPORTS) {
  for (const fixture of PAGES) {
    test(`${fixture.name} at ${viewport.width}×${viewport.height}: the panel covers no control`, async ({
      context,
    }) => {
      const page = await openAdsManager(context, fixture.url);
      await page.setViewportSize(viewport);
      await fixture.field(page).fill(`${CODES.good}\n${CODES.other}\n${CODES.expiredAtTikTok}`);
      await expect(codeRow(page, 2)).toBeVisible();
      await expect
        .poll(async () => (await panelFrame(page).boundingBox())?.width ?? 0)
        .toBeGreaterThan(200);
      expect(await coveredControls(page, fixture.controls)).toEqual([]);

      // The panel is really on screen, beside the work, not parked out of sight.
      const box = (await panelFrame(page).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);

      await panel(page).getByRole('button', { name: 'Minimise' }).click();
      await expect
        .poll(async () => (await panelFrame(page).boundingBox())?.width ?? 999)
        .toBeLessThanOrEqual(48);
      expect(await coveredControls(page, fixture.controls)).toEqual([]);
    });
  }
}

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshot: the panel beside a busy page at 1366×768, ${scheme}`, async ({ context }) => {
    const page = await openAdsManager(context, PAGES[0]!.url);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.emulateMedia({ colorScheme: scheme });
    await PAGES[0]!
      .field(page)
      .fill(`${CODES.good}\n${CODES.other}\n${CODES.good}\n#tooShortButLongEnough12345`);
    await expect(codeRow(page, 1)).toBeVisible();
    await expect(panel(page).locator('.sp-badge--pending')).toHaveCount(0);
    await page.waitForTimeout(300);
    // Where the page leaves the panel less than its full width, it wraps to the frame it was
    // given: nothing runs past the frame's edge into a sideways scroll.
    const overflow = await panel(page)
      .locator('html')
      .evaluate((html) => html.scrollWidth - html.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `tests/e2e/screenshots/panel-1366-${scheme}.png` });
  });
}

test('dragged to the left edge, the panel docks there, covers nothing, and stays there on that page', async ({
  context,
}) => {
  const fixture = PAGES[1]!;
  const page = await openAdsManager(context, fixture.url);
  await page.setViewportSize({ width: 1366, height: 768 });
  await fixture.field(page).fill(CODES.good);
  await expect(codeRow(page, 0)).toBeVisible();
  const grip = (await panel(page).locator('.sp-grip').boundingBox())!;
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  await page.mouse.move(6, grip.y + 100, { steps: 12 });
  await page.mouse.up();
  await expect.poll(async () => (await panelFrame(page).boundingBox())?.x ?? 999).toBeLessThan(60);
  expect(await coveredControls(page, fixture.controls)).toEqual([]);

  await page.reload();
  await fixture.field(page).fill(CODES.good);
  await expect(codeRow(page, 0)).toBeVisible();
  await expect.poll(async () => (await panelFrame(page).boundingBox())?.x ?? 999).toBeLessThan(60);

  // From the keyboard: Alt+Right docks it to the right edge.
  await panel(page).locator('.sp-grip').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect
    .poll(async () => {
      const box = await panelFrame(page).boundingBox();
      return box ? box.x + box.width : 0;
    })
    .toBeGreaterThan(1300);
  expect(await coveredControls(page, fixture.controls)).toEqual([]);
});
