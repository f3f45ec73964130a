import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CODES, authorizeUrl, codeRow, openAdsManager, panel } from './panel-helpers';

/**
 * Runs in the page's own JavaScript from its first line, as a hostile Ads Manager script would:
 * keeps every window message and watches the DOM for anything that names an extension.
 */
const PAGE_SPY = () => {
  const seen: string[] = [];
  (window as unknown as { spySeen: string[] }).spySeen = seen;
  window.addEventListener('message', (event) => {
    try {
      seen.push(JSON.stringify(event.data));
    } catch {
      seen.push(String(event.data));
    }
  });
};

/** Everything a page script can read: its messages, the DOM, the open shadow root, resources. */
async function whatThePageSees(page: Page): Promise<string> {
  return page.evaluate(() => {
    const host = document.querySelector('spark-preflight-panel');
    return [
      ...(window as unknown as { spySeen: string[] }).spySeen,
      document.documentElement.outerHTML,
      host?.shadowRoot?.innerHTML ?? '',
      ...performance.getEntries().map((e) => e.name),
    ].join('\n');
  });
}

test('a page never learns the extension id', async ({ context, extensionId }) => {
  await context.addInitScript(PAGE_SPY);
  const page = await openAdsManager(context, authorizeUrl());
  await page.locator('#auth-code').fill(CODES.good);
  await expect(codeRow(page, 0)).toBeVisible();
  expect(await whatThePageSees(page)).not.toContain(extensionId);
});

test('a page that knows the id cannot switch the content script off', async ({
  context,
  extensionId,
}) => {
  const page = await openAdsManager(context, authorizeUrl());
  await page.locator('#auth-code').fill(CODES.good);
  await expect(panel(page).locator('li.sp-row')).toHaveCount(1);

  // The worst case: the id leaked some other way, and the page sends WXT's stop signal in every
  // form WXT has used, plus a forged route change.
  await page.evaluate((id) => {
    const name = `${id}:ads-manager:wxt:content-script-started`;
    const detail = { contentScriptName: 'ads-manager', messageId: 'page' };
    document.dispatchEvent(new CustomEvent(name, { detail }));
    window.dispatchEvent(new CustomEvent(name, { detail }));
    window.postMessage({ type: name, ...detail }, '*');
    window.postMessage({ type: 'wxt:content-script-started', ...detail }, '*');
  }, extensionId);

  // Still running: a new paste is checked and the panel follows it.
  await page.locator('#auth-code').fill(`${CODES.good}\n${CODES.other}`);
  await expect(panel(page).locator('li.sp-row')).toHaveCount(2);
  await expect(codeRow(page, 1).getByText('Not in your inventory yet.')).toBeVisible();
});
