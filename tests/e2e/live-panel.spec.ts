import { expect, test } from '@playwright/test';
import {
  EXPIRED_CODE,
  FOREIGN_REGION_CODE,
  LIVE_CODE,
  LIVE_CREATOR_NAME,
  MOCK_ACCESS_TOKEN,
  REVOKED_CODE,
  STITCH_CODE,
  TIMEOUT_CODE,
} from '../mock-api/fixtures';
import type { MockTikTokApi } from '../mock-api/server';
import { E2E_EXTENSION_DIR, launchWithExtension } from './fixtures';
import { routeMarketingApi, saveTokenAndAccount } from './live-api';
import { authorizeUrl, checkLine, codeRow, openAdsManager, panel } from './panel-helpers';

let api: MockTikTokApi | undefined;
const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
test.afterEach(async () => {
  await api?.close();
});

test('with a token the panel shows TikTok’s live verdicts, and never the token', async () => {
  const { context, extensionId, close } = await launchWithExtension(E2E_EXTENSION_DIR);
  try {
    api = await routeMarketingApi(context);
    await saveTokenAndAccount(context, extensionId, { country: 'US' });
    // TikTok's signed cover link, answered here with a small image.
    const covers: string[] = [];
    await context.route('https://example.invalid/poster.jpg', (route) => {
      covers.push(route.request().url());
      return route.fulfill({ contentType: 'image/png', body: ONE_PIXEL_PNG });
    });

    const page = await openAdsManager(context, authorizeUrl());
    const consoleLines: string[] = [];
    page.on('console', (m) => consoleLines.push(m.text()));
    const codes = [LIVE_CODE, EXPIRED_CODE, REVOKED_CODE, FOREIGN_REGION_CODE, STITCH_CODE];
    await page.locator('#auth-code').fill(codes.join('\n'));
    await expect(panel(page).locator('li.sp-row')).toHaveCount(codes.length);

    const live = codeRow(page, 0);
    await expect(await checkLine(live, 'Revocation')).toContainText('Pass');
    await expect(await checkLine(live, 'Expiry')).toContainText('Pass');
    await expect(await checkLine(live, 'Original post')).toContainText('Pass');
    await expect(await checkLine(codeRow(page, 1), 'Expiry')).toContainText('Fail');
    await expect(codeRow(page, 1)).toContainText(/extend/i);
    await expect(await checkLine(codeRow(page, 2), 'Revocation')).toContainText('Fail');
    await expect(await checkLine(codeRow(page, 3), 'Region')).toContainText('Fail');
    await expect(await checkLine(codeRow(page, 4), 'Original post')).toContainText('Warn');

    // Before Search, the buyer sees which post the code points to: creator, caption, cover.
    const post = live.getByRole('figure');
    await expect(post).toContainText(`Post by ${LIVE_CREATOR_NAME} on TikTok`);
    await expect(post).toContainText('Morning routine with the new serum');
    await expect
      .poll(() => post.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBe(1);
    expect(covers.length).toBeGreaterThan(0);

    // How it looks to the buyer: the post under its row, and a code's add form open.
    await page.setViewportSize({ width: 1366, height: 768 });
    await live.getByRole('button', { name: 'Add to inventory…' }).click();
    await expect(live.getByRole('form', { name: 'Details for code 1' })).toBeVisible();
    await page.screenshot({ path: 'tests/e2e/screenshots/panel-live-1366.png' });

    const infoRequests = api.requests.filter((r) => r.path === '/tt_video/info/');
    expect(infoRequests.length).toBeGreaterThanOrEqual(codes.length);
    // The code travels URL-encoded: a raw # would cut the query short.
    expect(infoRequests[0]?.rawQuery).toContain('%23');
    expect(await page.content()).not.toContain(MOCK_ACCESS_TOKEN);
    const shadowText = await panel(page).locator('html').innerHTML();
    expect(shadowText).not.toContain(MOCK_ACCESS_TOKEN);
    expect(consoleLines.join('\n')).not.toContain(MOCK_ACCESS_TOKEN);
  } finally {
    await close();
  }
});

test('a request that times out leaves the live checks unknown, never failed', async () => {
  const { context, extensionId, close } = await launchWithExtension(E2E_EXTENSION_DIR);
  try {
    api = await routeMarketingApi(context);
    await saveTokenAndAccount(context, extensionId);

    const page = await openAdsManager(context, authorizeUrl());
    await page.locator('#auth-code').fill(TIMEOUT_CODE);
    const row = codeRow(page, 0);
    await expect(await checkLine(row, 'Revocation')).toContainText('Unknown', { timeout: 30_000 });
    // Unknown because the request failed, not because nothing was asked.
    await expect(await checkLine(row, 'Revocation')).toContainText('Could not reach TikTok');
    await expect(row.locator('.sp-badge--fail')).toHaveCount(0);
  } finally {
    await close();
  }
});
