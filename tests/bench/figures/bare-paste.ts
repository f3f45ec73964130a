/**
 * The browser's own floor for figure 10: the same paste, pressed the same way, into a page that
 * holds nothing but a text box whose paste handler only takes the text (as the Add box does for
 * long pastes, so neither lays it out). Whatever long task this page shows, any page that reads
 * a paste of this size pays, however it is built.
 */
import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from '../browser';

const BARE_ORIGIN = 'https://bare-paste.bench.invalid';

const BARE_PAGE = `<!doctype html><meta charset="utf-8"><title>Bare paste</title>
<textarea id="box" aria-label="Paste here"></textarea>
<script>
  window.watch = { longestTask: 0, longTasks: 0, length: 0 };
  document.getElementById('box').addEventListener('paste', (event) => {
    event.preventDefault();
    window.watch.length = event.clipboardData.getData('text').length;
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.watch.longTasks++;
      window.watch.longestTask = Math.max(window.watch.longestTask, entry.duration);
    }
  }).observe({ type: 'longtask' });
</script>`;

export interface BarePaste {
  longestTask: number;
  longTasks: number;
}

/** What the page's script keeps: the watch, and how much text the last paste gave it. */
interface BareWatch extends BarePaste {
  length: number;
}

/** Opens the bare page once; each watch pastes the given text into it. */
export async function openBarePastePage(browser: ExtensionBrowser): Promise<Page> {
  await browser.context.route(`${BARE_ORIGIN}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: BARE_PAGE }),
  );
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: BARE_ORIGIN,
  });
  const page = await browser.context.newPage();
  await page.goto(`${BARE_ORIGIN}/`);
  return page;
}

export async function watchBarePaste(
  page: Page,
  text: string,
  settleMs: number,
): Promise<BarePaste> {
  await page.reload();
  // Putting the text on the clipboard is a long task of its own, outside the watch.
  await page.evaluate(async (paste) => {
    await navigator.clipboard.writeText(paste);
    document.getElementById('box')?.focus();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const watch: BareWatch = { longestTask: 0, longTasks: 0, length: 0 };
    (globalThis as unknown as { watch: BareWatch }).watch = watch;
  }, text);
  await page.keyboard.press('ControlOrMeta+V');
  await page.waitForFunction(
    (length) => (globalThis as unknown as { watch: { length: number } }).watch.length === length,
    text.length,
  );
  await page.waitForTimeout(settleMs);
  const { longestTask, longTasks } = await page.evaluate(
    () => (globalThis as unknown as { watch: BareWatch }).watch,
  );
  return { longestTask, longTasks };
}
