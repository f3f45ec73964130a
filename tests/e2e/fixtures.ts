import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
/** Same build with the Marketing API host granted at install (see wxt.config.ts). */
export const E2E_EXTENSION_DIR = path.resolve('.output/chrome-mv3-e2e');
const FIXTURES_DIR = path.resolve('tests/fixtures');

function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(`Chromium not found at ${candidate}; install it or set CHROMIUM_PATH`);
  }
  return candidate;
}

/** Serves tests/fixtures/<name>.html for https://ads.tiktok.com/<any path>?fixture=<name>. */
async function routeAdsManager(context: BrowserContext): Promise<void> {
  await context.route('https://ads.tiktok.com/**', async (route) => {
    const url = new URL(route.request().url());
    const name = url.searchParams.get('fixture') ?? 'authorize-dialog';
    if (!/^[a-z0-9-]+$/.test(name)) return route.fulfill({ status: 404, body: 'no such fixture' });
    const file = path.join(FIXTURES_DIR, `${name}.html`);
    if (!existsSync(file)) return route.fulfill({ status: 404, body: 'no such fixture' });
    return route.fulfill({ contentType: 'text/html', body: readFileSync(file, 'utf8') });
  });
  // Nothing in a test may reach the internet.
  await context.route(/^https?:\/\/(?!ads\.tiktok\.com\/)/, (route) => {
    const url = route.request().url();
    if (url.startsWith('http://127.0.0.1') || url.startsWith('http://localhost')) {
      return route.continue();
    }
    return route.abort('blockedbyclient');
  });
}

export async function launchWithExtension(extensionDir = EXTENSION_DIR): Promise<{
  context: BrowserContext;
  extensionId: string;
  close: () => Promise<void>;
}> {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`Build the extension first: ${extensionDir} has no manifest.json`);
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'spark-preflight-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: false,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  await routeAdsManager(context);
  let worker: Worker | undefined = context.serviceWorkers()[0];
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export const test = base.extend<{ context: BrowserContext; extensionId: string }>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const launched = await launchWithExtension();
    await use(launched.context);
    await launched.close();
  },
  extensionId: async ({ context }, use) => {
    let worker = context.serviceWorkers()[0];
    worker ??= await context.waitForEvent('serviceworker');
    await use(new URL(worker.url()).host);
  },
});

export const expect = test.expect;

export const ADS_MANAGER_URL =
  'https://ads.tiktok.com/i18n/creation/spark-ads?aadvid=7000000000000000001&fixture=authorize-dialog';
