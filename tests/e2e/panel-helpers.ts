import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Frame, FrameLocator, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

const require = createRequire(import.meta.url);

/** Codes the fixture pages know. Bodies are long enough to raise no extraction warnings. */
export const CODES = {
  good: '#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=',
  other: '#Qm9vb3RzdHJhcHBpbmdBU3BhcmtDb2RlRm9yVGVzdGluZzEyMzQ1Njc4OTA=',
  /** authorize-dialog.html answers Search for this one with "This code has expired". */
  expiredAtTikTok: '#RXhwaXJlZENvZGVGb3JUZXN0aW5nU3BhcmtBZHNQcmVmbGlnaHQxMjM0NTY3OA==',
} as const;

export const ACCOUNT_US = '7000000000000000001';

export const authorizeUrl = (query = '') =>
  `https://ads.tiktok.com/i18n/material/spark-ads?aadvid=${ACCOUNT_US}&fixture=authorize-dialog${query}`;
export const adCreationUrl = () => 'https://ads.tiktok.com/i18n/creation/ad?fixture=ad-creation';

/** The panel's frame on the page: an extension page inside the host element's shadow root. */
export const panelFrame = (page: Page): Locator => page.locator('spark-preflight-panel iframe');

/** The panel's document, for locators inside it. */
export const panel = (page: Page): FrameLocator => panelFrame(page).contentFrame();

/** The panel's frame as a Playwright Frame, once it is on the page. */
export async function panelDocument(page: Page): Promise<Frame> {
  const frame = await (await panelFrame(page).elementHandle())?.contentFrame();
  if (!frame) throw new Error('The panel frame is not on the page');
  return frame;
}

/**
 * Runs axe inside the panel's own document. The panel is a cross-origin (extension) frame, which
 * axe run from the page does not enter, so axe is loaded into the frame itself.
 */
export async function axeInPanel(page: Page) {
  const frame = await panelDocument(page);
  await frame.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return frame.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run: (c: Document, o: unknown) => Promise<AxeRun> } }
    ).axe;
    // The panel is a widget framed in Ads Manager, not a page: page-level rules do not apply.
    const result = await axe.run(document, {
      rules: {
        'landmark-one-main': { enabled: false },
        'page-has-heading-one': { enabled: false },
      },
    });
    return {
      violations: result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) })),
      checkedNodes: result.passes.reduce((sum, rule) => sum + rule.nodes.length, 0),
    };
  });
}

interface AxeRun {
  violations: { id: string; nodes: { target: unknown }[] }[];
  passes: { nodes: unknown[] }[];
}

/** The row of the index-th code in the field (rows are shown failing first, not in field order). */
export function codeRow(page: Page, index: number): Locator {
  return panel(page).locator(`li.sp-row[data-field-index="${index}"]`);
}

/** The row's verdict pill: Ready, Ready (from your records), Needs a fix, Blocked, Not checked. */
export function verdictOf(row: Locator): Locator {
  return row.locator('.sp-verdict');
}

/** One check in a row's details, opening them first (they are drawn only when open). */
export async function checkLine(row: Locator, name: string): Promise<Locator> {
  const details = row.getByRole('button', { name: /^Details/ });
  if ((await details.getAttribute('aria-expanded')) !== 'true') await details.click();
  return row
    .locator('li.sp-check')
    .filter({ has: row.page().locator('.sp-check__name', { hasText: new RegExp(`^${name}$`) }) });
}

/** The slice of the extension API the helpers call inside extension pages. */
interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
}

/**
 * Talks to the background the way the extension's own pages do (same wire format as
 * @webext-core/messaging), from an extension page, so tests can seed and read the inventory.
 */
export async function sendToBackground<T = unknown>(
  context: BrowserContext,
  extensionId: string,
  type: string,
  data: unknown,
): Promise<T> {
  const page = await extensionPage(context, extensionId);
  const reply = await page.evaluate(
    async ({ type, data }) =>
      // Runs inside the extension page, where `chrome` is the extension API.
      (await (globalThis as unknown as { chrome: ExtensionApi }).chrome.runtime.sendMessage({
        id: 1,
        type,
        data,
        timestamp: Date.now(),
      })) as {
        res?: unknown;
        err?: { message?: string };
      },
    { type, data },
  );
  if (reply?.err) throw new Error(`Background refused ${type}: ${reply.err.message ?? ''}`);
  return reply?.res as T;
}

/** Writes settings straight into extension storage, as the Options page would. */
export async function saveSettings(
  context: BrowserContext,
  extensionId: string,
  settings: Record<string, unknown>,
): Promise<void> {
  const page = await extensionPage(context, extensionId);
  await page.evaluate(
    (value) =>
      (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.local.set({
        settings: value,
      }),
    settings,
  );
}

const extensionPages = new WeakMap<BrowserContext, Page>();

async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const open = extensionPages.get(context);
  if (open && !open.isClosed()) return open;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  extensionPages.set(context, page);
  return page;
}

/** Opens an Ads Manager fixture and fails the test on any error the page itself throws. */
export async function openAdsManager(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || /failed to load styles/i.test(message.text())) {
      problems.push(message.text());
    }
  });
  (page as Page & { problems?: string[] }).problems = problems;
  await page.goto(url);
  return page;
}

export function pageProblems(page: Page): string[] {
  return (page as Page & { problems?: string[] }).problems ?? [];
}

export async function expectPanelSummary(page: Page, pattern: RegExp): Promise<void> {
  await expect(panel(page).getByRole('status')).toHaveText(pattern);
}

/**
 * Changes one stored inventory row directly in the extension's IndexedDB, for facts only an
 * earlier live lookup could have stored (such as the post a code points to). The row must exist.
 */
export async function patchInventoryRow(
  context: BrowserContext,
  extensionId: string,
  code: string,
  patch: Record<string, unknown>,
): Promise<void> {
  const page = await extensionPage(context, extensionId);
  await page.evaluate(
    ({ code, patch }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('spark-preflight');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('codes', 'readwrite');
          const store = tx.objectStore('codes');
          const get = store.get(code);
          get.onsuccess = () => {
            if (!get.result) return reject(new Error(`No row for ${code}`));
            store.put({ ...get.result, ...patch });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { code, patch },
  );
}
