import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  CODES,
  authorizeUrl,
  codeRow,
  openAdsManager,
  pageProblems,
  panel,
  sendToBackground,
} from './panel-helpers';

/** Every row of the extension's inventory, read from an extension page. */
async function inventoryRows(context: BrowserContext, extensionId: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const rows = await page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('spark-preflight');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const found: Record<string, unknown[]> = {};
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => (found[name] = all.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(found);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.close();
  return rows;
}

/** The panel's messages as the extension sends them, aimed at the inventory. */
const FORGED = [
  {
    type: 'addFromPage',
    data: { items: [{ code: CODES.other, raw: CODES.other, warnings: [] }], details: {} },
  },
  { type: 'recordOutcome', data: { code: CODES.good, outcome: 'failed', reason: 'Forged' } },
  { type: 'setPanelPrefs', data: { path: '/', side: 'left', collapsed: true, disabledHere: true } },
];

/**
 * Runs in the page's own JavaScript, where a hostile script on Ads Manager would run: posts the
 * extension's messages in every shape the messaging library knows, and tries the extension API.
 */
async function attackFromPage(page: Page, extensionId: string) {
  return page.evaluate(
    async ({ forged, extensionId }) => {
      const replies: unknown[] = [];
      window.addEventListener('message', (event) => {
        const data = event.data as { type?: unknown } | null;
        if (data && typeof data === 'object' && String(data.type).includes('response')) {
          replies.push(data);
        }
      });
      forged.forEach((message, id) => {
        const wire = { id, type: message.type, data: message.data, timestamp: Date.now() };
        window.postMessage(wire, '*');
        window.postMessage(
          {
            type: '@webext-core/messaging/window',
            message: wire,
            senderOrigin: location.origin,
            namespace: undefined,
            instanceId: 'page',
          },
          '*',
        );
        window.dispatchEvent(
          new CustomEvent('@webext-core/messaging/custom-events', {
            detail: { message: wire, namespace: undefined, instanceId: 'page' },
          }),
        );
      });

      const runtime = (
        globalThis as {
          chrome?: { runtime?: { sendMessage?: (id: string, message: unknown) => unknown } };
        }
      ).chrome?.runtime;
      let runtimeAttempt = 'chrome.runtime.sendMessage is not available to the page';
      if (typeof runtime?.sendMessage === 'function') {
        try {
          await runtime.sendMessage(extensionId, {
            id: 99,
            type: 'addFromPage',
            data: forged[0]?.data,
            timestamp: Date.now(),
          });
          runtimeAttempt = 'delivered';
        } catch (error) {
          runtimeAttempt = `refused: ${String(error)}`;
        }
      }
      // Give any listener a full turn of the event loop to answer.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { replies, runtimeAttempt };
    },
    { forged: FORGED, extensionId },
  );
}

test('messages from the web page change nothing in the extension', async ({
  context,
  extensionId,
}) => {
  await sendToBackground(context, extensionId, 'addFromPage', {
    items: [{ code: CODES.good, raw: CODES.good, warnings: [] }],
    details: { creatorHandle: 'maya' },
  });
  const before = await inventoryRows(context, extensionId);
  expect(before.codes).toHaveLength(1);

  const page = await openAdsManager(context, authorizeUrl());
  // The content script is running and listening before the page attacks.
  await page.locator('#auth-code').fill(CODES.good);
  await expect(codeRow(page, 0).getByText(/In your inventory/)).toBeVisible();

  const attack = await attackFromPage(page, extensionId);
  expect(attack.runtimeAttempt).not.toBe('delivered');
  expect(attack.replies).toEqual([]);

  // A real round trip through the background after the attack: the panel is still on, on its
  // side, and answers from an inventory that only holds what the buyer put there.
  await page.locator('#auth-code').fill(`${CODES.good}\n${CODES.other}`);
  await expect(panel(page).locator('li.sp-row')).toHaveCount(2);
  await expect(codeRow(page, 1).getByText('Not in your inventory.')).toBeVisible();
  await expect(panel(page).locator('.sp-panel--left')).toHaveCount(0);

  expect(await inventoryRows(context, extensionId)).toEqual(before);
  expect(pageProblems(page)).toEqual([]);
});
