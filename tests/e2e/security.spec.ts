import type { BrowserContext, Page } from '@playwright/test';
import { MOCK_ACCESS_TOKEN, US_ADVERTISER_ID } from '../mock-api/fixtures';
import type { MockTikTokApi } from '../mock-api/server';
import { openWithContentScriptWorld } from './content-script-world';
import { E2E_EXTENSION_DIR, expect, launchWithExtension, test } from './fixtures';
import { routeMarketingApi, saveTokenAndAccount } from './live-api';
import {
  CODES,
  authorizeUrl,
  codeRow,
  openAdsManager,
  pageProblems,
  panel,
  panelFrame,
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

/** Puts the good code into the inventory, as the popup would, with `details`. */
async function keepGoodCode(
  context: BrowserContext,
  extensionId: string,
  details: Record<string, string>,
): Promise<void> {
  await sendToBackground(context, extensionId, 'addFromPage', {
    items: [{ code: CODES.good, raw: CODES.good, warnings: [] }],
    details,
  });
}

/** Everything page script can read of the document, open shadow roots included. */
async function textPageCanRead(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) {
          parts.push(element.shadowRoot.innerHTML);
          visit(element.shadowRoot);
        }
        if (element instanceof HTMLIFrameElement) {
          try {
            const inside = element.contentDocument?.documentElement.outerHTML;
            parts.push(inside ?? '(frame not readable)');
          } catch (error) {
            parts.push(`(frame not readable: ${String(error)})`);
          }
        }
      }
    };
    parts.push(document.documentElement.outerHTML);
    visit(document);
    return parts.join('\n');
  });
}

/** A field's value set by page script, announced with the events a real paste fires. */
async function pageFakesPaste(page: Page, selector: string, text: string) {
  await page.evaluate(
    ({ selector, text }) => {
      const field = document.querySelector<HTMLTextAreaElement>(selector)!;
      field.focus();
      const data = new DataTransfer();
      data.setData('text/plain', text);
      field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
      field.value = text;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { selector, text },
  );
}

test('page script can neither trigger the panel nor read what it shows', async ({
  context,
  extensionId,
}) => {
  await keepGoodCode(context, extensionId, { creatorHandle: 'secret_creator_handle' });
  const page = await openAdsManager(context, authorizeUrl());

  // Synthetic paste and input: nothing is checked, no panel comes.
  await pageFakesPaste(page, '#auth-code', `${CODES.good}\n${CODES.other}`);
  await page.waitForTimeout(1000);
  await expect(page.locator('spark-preflight-panel')).toHaveCount(0);

  // The buyer's own paste shows the panel with what the inventory knows...
  await page.locator('#auth-code').fill(CODES.good);
  await expect(codeRow(page, 0)).toContainText('secret_creator_handle');
  // ...and none of it is readable from the page: the panel is another origin's document.
  const readable = await textPageCanRead(page);
  expect(readable).toContain('spark-preflight-panel');
  expect(readable).toContain('(frame not readable');
  expect(readable).not.toContain('secret_creator_handle');
  expect(readable).not.toContain('sp-row');
  expect(pageProblems(page)).toEqual([]);
});

test("page script cannot press the panel's buttons or talk to its frame", async ({
  context,
  extensionId,
}) => {
  const page = await openAdsManager(context, authorizeUrl());
  await page.locator('#auth-code').fill(`${CODES.good}\n${CODES.other}`);
  await expect(panel(page).locator('li.sp-row')).toHaveCount(2);

  const attempts = await page.evaluate(async () => {
    const host = document.querySelector('spark-preflight-panel');
    const frame = host?.shadowRoot?.querySelector('iframe');
    const tries: Record<string, string> = {};
    try {
      frame?.contentWindow?.document.querySelector('button')?.click();
      tries.click = 'reached a button';
    } catch (error) {
      tries.click = `refused: ${String(error)}`;
    }
    // Messages in the panel's own channel format, aimed at the frame and at the page.
    const forged = [
      { type: 'write', action: 'clean', codes: [] },
      { type: 'mode', mode: 'off' },
      { type: 'field', codes: [], rejected: [], path: '/' },
    ];
    for (const message of forged) {
      frame?.contentWindow?.postMessage(message, '*');
      window.postMessage(message, '*');
    }
    for (let i = 0; i < window.frames.length; i++) window.frames[i]?.postMessage(forged[1], '*');
    // Clicks and keys dispatched at the frame element never enter it.
    frame?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    frame?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    return tries;
  });
  expect(attempts.click).toMatch(/^refused/);

  await expect(panel(page).locator('li.sp-row')).toHaveCount(2);
  await expect(page.locator('#auth-code')).toHaveValue(`${CODES.good}\n${CODES.other}`);
  const rows = await inventoryRows(context, extensionId);
  expect(rows.codes ?? []).toEqual([]);
  expect((await panelFrame(page).boundingBox())?.width).toBeGreaterThan(100);
});

test('a page-made Search click and a fake toast record nothing on the code', async ({
  context,
  extensionId,
}) => {
  await keepGoodCode(context, extensionId, {});
  const page = await openAdsManager(context, authorizeUrl());
  await page.locator('#auth-code').fill(CODES.good);
  await expect(codeRow(page, 0).getByText(/In your inventory/)).toBeVisible();

  await page.evaluate(() => {
    const search = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Search',
    );
    search?.click();
    const toast = document.createElement('div');
    toast.setAttribute('role', 'alert');
    toast.textContent = 'Authorized successfully';
    document.body.append(toast);
    const error = document.createElement('div');
    error.setAttribute('role', 'alert');
    error.textContent = 'This code has been revoked';
    document.body.append(error);
  });
  await page.waitForTimeout(1500);
  const rows = await inventoryRows(context, extensionId);
  expect(rows.codes).toEqual([expect.objectContaining({ code: CODES.good, status: 'new' })]);
  await expect(codeRow(page, 0).getByText(/Ads Manager said/)).toHaveCount(0);
});

test('a content script context is refused every background operation', async ({
  context,
  extensionId,
}) => {
  await keepGoodCode(context, extensionId, { creatorHandle: 'secret_creator_handle' });
  const { world } = await openWithContentScriptWorld(context, extensionId, authorizeUrl());
  const replies = await world.evaluate<string[]>(`(async () => {
    const ask = (type, data) =>
      chrome.runtime
        .sendMessage({ id: 1, type, data, timestamp: Date.now() })
        .then((reply) => type + ': ' + JSON.stringify(reply), (error) => type + ': ' + String(error));
    const code = ${JSON.stringify(CODES.good)};
    const found = { code, raw: code, occurrences: 1, warnings: [] };
    return Promise.all([
      ask('preflight', { codes: [found] }),
      ask('addFromPage', { items: [{ code: ${JSON.stringify(CODES.other)}, raw: 'x', warnings: [] }] }),
      ask('recordOutcome', { code, outcome: 'failed', reason: 'Forged' }),
      ask('getPanelPrefs', { path: '/' }),
      ask('setPanelPrefs', { path: '/', side: 'left', collapsed: true, disabledHere: true }),
      ask('teamSync', {}),
      ask('teamTimeline', { code }),
      ask('teamAudit', {}),
      ask('teamJoin', { serverUrl: 'https://evil.example', invite: 'x', name: 'x', shareExisting: true }),
      ask('teamLeave', {}),
    ]);
  })()`);
  for (const reply of replies) {
    expect(reply).toMatch(/Refused \w+ from content-script/);
    expect(reply).not.toContain('secret_creator_handle');
  }
  const rows = await inventoryRows(context, extensionId);
  expect(rows.codes).toEqual([expect.objectContaining({ code: CODES.good, status: 'new' })]);
});

let api: MockTikTokApi | undefined;
test.afterEach(async () => {
  await api?.close();
  api = undefined;
});

test('an account the page switches to by pushState gets no live lookups', async () => {
  const { context, extensionId, close } = await launchWithExtension(E2E_EXTENSION_DIR);
  try {
    api = await routeMarketingApi(context);
    await saveTokenAndAccount(context, extensionId);
    const page = await openAdsManager(context, authorizeUrl());
    const chosen = '7999999999999999999';
    await page.evaluate((id) => {
      history.pushState({}, '', `${location.pathname}?aadvid=${id}&fixture=authorize-dialog`);
    }, chosen);
    await page.locator('#auth-code').fill(`${CODES.good}\n${CODES.other}`);
    await expect(
      panel(page).getByText(/Account 799999…99 is not in Options: live checks off/),
    ).toBeVisible();
    const lookups = api.requests.filter((r) => r.path === '/tt_video/info/');
    expect(lookups).toEqual([]);
    expect(await page.content()).not.toContain(MOCK_ACCESS_TOKEN);

    // The saved account still gets its live checks.
    await page.goto(authorizeUrl().replace(/aadvid=\d+/, `aadvid=${US_ADVERTISER_ID}`));
    await page.locator('#auth-code').fill(CODES.good);
    await expect
      .poll(() => api?.requests.filter((r) => r.path === '/tt_video/info/').length)
      .toBeGreaterThan(0);
  } finally {
    await close();
  }
});
