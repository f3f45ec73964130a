import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { generateValidCodes, US_ADVERTISER_ID } from '../mock-api/fixtures';
import type { MockTikTokApi } from '../mock-api/server';
import { E2E_EXTENSION_DIR, launchWithExtension } from './fixtures';
import { routeMarketingApi, saveTokenAndAccount } from './live-api';
import { addCodes, messyThread, openPopup } from './popup-helpers';

let api: MockTikTokApi | undefined;
test.afterEach(async () => {
  await api?.close();
});

/** Stops every service worker the way the browser does when it reclaims an idle one. */
async function killServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** Code statuses and authorization jobs, read straight from the extension's IndexedDB. */
async function stored(context: BrowserContext, extensionId: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const rows = await page.evaluate(
    () =>
      new Promise<{ codes: { code: string; status: string }[]; jobs: { state: string }[] }>(
        (resolve, reject) => {
          const open = indexedDB.open('spark-preflight');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['codes', 'authorizeJobs'], 'readonly');
            const codes = tx.objectStore('codes').getAll();
            const jobs = tx.objectStore('authorizeJobs').getAll();
            tx.oncomplete = () => {
              db.close();
              resolve({ codes: codes.result, jobs: jobs.result });
            };
          };
        },
      ),
  );
  await page.close();
  return rows;
}

test('a batch whose service worker is killed ends consistent with TikTok', async () => {
  test.setTimeout(150_000);
  const { context, extensionId, close } = await launchWithExtension(E2E_EXTENSION_DIR);
  try {
    // Slow enough that the worker dies with codes on their way to TikTok.
    api = await routeMarketingApi(context, { latencyMs: 700 });
    await saveTokenAndAccount(context, extensionId);
    const codes = generateValidCodes(20, 31);
    const popup = await openPopup(context, extensionId);
    await addCodes(popup, messyThread(codes), 20, { adAccountId: US_ADVERTISER_ID });
    await popup.getByRole('tab', { name: 'Batches' }).click();
    await popup.getByRole('button', { name: 'Plan batches' }).click();
    await popup.getByRole('button', { name: /^Authorize via API: Batch/ }).click();
    await expect(popup.getByText(/^Authorizing ([4-9]|1\d) of 20…$/)).toBeVisible({
      timeout: 30_000,
    });

    await killServiceWorker(popup);
    // Requests already sent still land at TikTok; the dead worker never hears the answers.
    await expect
      .poll(() => api?.requests.filter((r) => r.path.includes('authorize')).length)
      .toBeGreaterThan(0);
    await popup.waitForTimeout(1_500);
    const onAccount = () =>
      new Set(
        api?.authorized.filter((a) => a.advertiserId === US_ADVERTISER_ID).map((a) => a.code),
      );
    expect(onAccount().size).toBeLessThan(20);

    // The buyer opens the popup again: the job is found, reconciled with TikTok's list.
    await popup.reload();
    await popup.getByRole('tab', { name: 'Batches' }).click({ timeout: 15_000 });
    await popup.getByRole('button', { name: /^Plan (batches|again)$/ }).click({ timeout: 15_000 });
    const reconcile = popup.getByRole('button', { name: 'Reconcile with TikTok' });
    const summary = popup.getByText(/^\d+ applied · \d+ failed/);
    await expect(reconcile.or(summary)).toBeVisible({ timeout: 20_000 });
    if (await reconcile.isVisible()) await reconcile.click();
    await expect(summary).toBeVisible({ timeout: 20_000 });

    const { codes: rows, jobs } = await stored(context, extensionId);
    expect(jobs.map((j) => j.state)).toEqual(['finished']);
    const applied = new Set(rows.filter((r) => r.status === 'applied').map((r) => r.code));
    // What the inventory calls applied is exactly what TikTok has on the account.
    expect([...applied].sort()).toEqual([...onAccount()].sort());
    await expect(summary).toHaveText(new RegExp(`^${applied.size} applied · 0 failed`));
  } finally {
    await close();
  }
});
