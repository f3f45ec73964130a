import type { BrowserContext, Page, Route, Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { EXPIRED_CODE, LIVE_CODE, MOCK_ACCESS_TOKEN, REVOKED_CODE } from '../mock-api/fixtures';
import type { MockTikTokApi } from '../mock-api/server';
import { E2E_EXTENSION_DIR, expect, launchWithExtension, test } from './fixtures';
import { routeMarketingApi, saveTokenAndAccount } from './live-api';
import { authorizeUrl, checkLine, codeRow, openAdsManager, panel } from './panel-helpers';

/** A token TikTok refuses, and whose refusal quotes it back, as some APIs' errors do. */
const WRONG_TOKEN = 'wrong-token-9d8c7b6a5f4e3d2c1b0a';
const TOKENS = [MOCK_ACCESS_TOKEN, WRONG_TOKEN];

/** Answers every call made with the wrong token with an error that carries the token. */
async function refuseWrongToken(context: BrowserContext): Promise<void> {
  await context.route('https://business-api.tiktok.com/**', (route: Route) => {
    if (route.request().headers()['access-token'] !== WRONG_TOKEN) return route.fallback();
    const isVideoInfo = route.request().url().includes('/tt_video/info/');
    return route.fulfill({
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: JSON.stringify(
        isVideoInfo
          ? { code: 40105, message: `Access token ${WRONG_TOKEN} is invalid`, data: {} }
          : { code: 40999, message: `Request signed with ${WRONG_TOKEN} was rejected`, data: {} },
      ),
    });
  });
}

/** Everything the extension and the page write to any console, the service worker's included. */
function recordConsoles(context: BrowserContext): string[] {
  const lines: string[] = [];
  const fromWorker = (worker: Worker) => worker.on('console', (m) => lines.push(m.text()));
  context.on('console', (m) => lines.push(m.text()));
  context.on('weberror', (e) => lines.push(String(e.error())));
  context.on('page', (page) => page.on('pageerror', (e) => lines.push(String(e))));
  context.serviceWorkers().forEach(fromWorker);
  context.on('serviceworker', fromWorker);
  return lines;
}

async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** The panel's text, including its shadow root, and the page around it. */
async function pageText(page: Page): Promise<string> {
  const shadow = await panel(page).locator('html').innerHTML();
  return `${await page.content()}\n${shadow}`;
}

async function download(page: Page, button: RegExp | string): Promise<string> {
  const file = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFileSync(await (await file).path(), 'utf8');
}

let api: MockTikTokApi | undefined;
test.afterEach(async () => {
  await api?.close();
});

test('the access token never appears in pages, consoles, exports or error reports', async () => {
  const { context, extensionId, close } = await launchWithExtension(E2E_EXTENSION_DIR);
  try {
    const consoles = recordConsoles(context);
    const worker = await serviceWorker(context);
    // Proves the service worker's console is being heard at all.
    await worker.evaluate(() => console.debug('spark-preflight console probe'));
    await expect.poll(() => consoles.includes('spark-preflight console probe')).toBe(true);

    api = await routeMarketingApi(context);
    await refuseWrongToken(context);
    await saveTokenAndAccount(context, extensionId);
    const seen: string[] = [];

    // Live checks in the panel with the good token; the codes go into the inventory.
    const adsManager = await openAdsManager(context, authorizeUrl());
    await adsManager.locator('#auth-code').fill(`${LIVE_CODE}\n${EXPIRED_CODE}`);
    await expect(await checkLine(codeRow(adsManager, 0), 'Revocation')).toContainText('Pass');
    await expect(await checkLine(codeRow(adsManager, 1), 'Expiry')).toContainText('Fail');
    await panel(adsManager)
      .getByRole('button', { name: /Add all 2 to inventory/ })
      .click();
    await expect(codeRow(adsManager, 0).getByText(/In your inventory/)).toBeVisible();
    expect(api.requests.some((r) => r.accessToken === MOCK_ACCESS_TOKEN)).toBe(true);
    seen.push(await pageText(adsManager));

    // The buyer pastes a wrong token: TikTok refuses it, and says so in Options and the panel.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('Replace token').fill(WRONG_TOKEN);
    await options.getByRole('button', { name: 'Save token' }).click();
    await expect(options.getByTestId('token-state')).toContainText('Saved token');
    await options.getByRole('button', { name: 'Test connection' }).click();
    await expect(options.getByTestId('connection-result')).toContainText('TikTok answered error');
    seen.push(await options.content());

    await adsManager.locator('#auth-code').fill(`${REVOKED_CODE}\n${LIVE_CODE}`);
    // The panel has redrawn for the new field: its first row is the revoked code now.
    await expect(codeRow(adsManager, 0).locator('h3')).toHaveAttribute('title', REVOKED_CODE);
    const refused = await checkLine(codeRow(adsManager, 0), 'Revocation');
    await expect(refused).toContainText('Unknown');
    await expect(refused).toContainText('TikTok refused the access token');
    // The refusal is also stored on the inventory code, so the backup carries it.
    await expect(await checkLine(codeRow(adsManager, 1), 'Revocation')).toContainText(
      'TikTok refused the access token',
    );
    seen.push(await pageText(adsManager));

    // Both exports from the dashboard.
    const dashboard = await context.newPage();
    await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html`);
    const csv = await download(dashboard, /Export 2 codes as CSV/);
    const backup = await download(dashboard, 'Download a full backup (JSON)');
    expect(csv).toContain(LIVE_CODE);
    expect(backup).toContain('TikTok refused the access token');
    seen.push(csv, backup, await dashboard.content());

    // Extension storage: the token lives under its own key and nowhere else.
    const stored = await worker.evaluate(async () => {
      type Area = { get(keys: null): Promise<Record<string, unknown>> };
      type Storage = { local: Area; session: Area };
      const { storage } = (globalThis as unknown as { chrome: { storage: Storage } }).chrome;
      return { local: await storage.local.get(null), session: await storage.session.get(null) };
    });
    expect(stored.local.apiAccessToken).toBe(WRONG_TOKEN);
    delete stored.local.apiAccessToken;
    seen.push(JSON.stringify(stored));

    seen.push(consoles.join('\n'));
    for (const token of TOKENS) {
      for (const text of seen) expect(text).not.toContain(token);
    }
  } finally {
    await close();
  }
});
