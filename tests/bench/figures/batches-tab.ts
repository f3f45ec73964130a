/**
 * Figure 11: switching to the Batches tab with a plan of 10,000 codes (500 batches of 20)
 * against switching to it with an empty inventory, each in its own browser profile. Timed from
 * the tab click to the tab being usable: the first card's button (or, when empty, the "Plan
 * batches" button) on screen with the main thread free to take a click.
 */
import type { Page } from '@playwright/test';
import { newPage, type ExtensionBrowser } from '../browser';
import { meetsGoal, type FigureOptions, type FigureResult } from '../figure';
import { interleave } from '../measure';
import { dbBench, popupProbe } from '../page-script';
import { POPUP_SEED } from './popup-open';
import { summarize } from '../stats';

const GOAL = { comparison: '<=', ratio: 1.5, text: '≤ 1.5×' } as const;

const CARD_READY = '.batch-card button';
const EMPTY_READY = '.batches-panel .actions-row button.primary';
const LIST_READY = '[role="listitem"] button, .first-run button';

async function openPopup(browser: ExtensionBrowser): Promise<Page> {
  const page = await newPage(browser, 'popup.html');
  await popupProbe.inject(page);
  return page;
}

/** Opens the Batches tab, and back to the Inventory tab once it is usable. */
async function timeBatchesTab(page: Page, ready: string): Promise<number> {
  const time = await popupProbe.call(page, 'timeTab', 'Batches', ready);
  await popupProbe.call(page, 'timeTab', 'Inventory', LIST_READY);
  return time;
}

async function planBatches(page: Page): Promise<{ batches: number; cardsInDom: number }> {
  await popupProbe.call(page, 'timeTab', 'Batches', EMPTY_READY);
  await page.getByRole('button', { name: 'Plan batches' }).click();
  await page.locator(CARD_READY).first().waitFor({ timeout: 60_000 });
  const state = await page.evaluate(() => {
    const items = document.querySelectorAll('[role="tabpanel"]:not([hidden]) [role="listitem"]');
    return {
      batches: Number(items[0]?.getAttribute('aria-setsize') ?? 0),
      cardsInDom: document.querySelectorAll('.batch-card').length,
    };
  });
  await popupProbe.call(page, 'timeTab', 'Inventory', LIST_READY);
  return state;
}

export async function batchesTabFigure({
  quick,
  extension,
  emptyInventory,
  log,
}: FigureOptions): Promise<FigureResult[]> {
  // The same codes as figure 4 (count and seed), which leaves them in the shared profile: seeding
  // again adds nothing then, and run alone the figure seeds them itself.
  const count = quick ? 1_000 : 10_000;
  const [full, empty] = await Promise.all([extension.get(), emptyInventory.get()]);
  const [fullPage, emptyPage] = await Promise.all([openPopup(full), openPopup(empty)]);
  try {
    log(`  batches: seeding ${count.toLocaleString('en-US')} codes and planning`);
    await dbBench.inject(fullPage);
    await dbBench.call(fullPage, 'prepare', count, POPUP_SEED);
    await dbBench.call(fullPage, 'seedInventory');
    // Figure 10 leaves its last paste as a draft, which the Add tab would read on every load.
    await dbBench.call(fullPage, 'clearDraft');
    await fullPage.reload();
    await popupProbe.inject(fullPage);
    const planned = await planBatches(fullPage);
    if (planned.batches !== count / 20) {
      throw new Error(`Planned ${planned.batches} batches, expected ${count / 20}`);
    }
    const samples = await interleave({
      repetitions: quick ? 2 : 11,
      baseline: () => timeBatchesTab(emptyPage, EMPTY_READY),
      subject: () => timeBatchesTab(fullPage, CARD_READY),
      onPair: (done, total) => log(`  batches ${done}/${total}`),
    });
    const ratio = summarize(samples.ratios);
    return [
      {
        id: '11',
        title: `Batches tab, ${count.toLocaleString('en-US')} codes planned vs empty`,
        unit: 'ms',
        measured: summarize(samples.subject),
        baseline: summarize(samples.baseline),
        baselineLabel: 'same tab, empty inventory',
        ratio,
        goal: GOAL,
        pass: meetsGoal(ratio.median, GOAL),
        details: { codes: count, ...planned },
        notes: [
          `tab click → first card's button painted and clickable; ${planned.cardsInDom} of` +
            ` ${planned.batches} cards in the DOM (virtualized)`,
        ],
      },
    ];
  } finally {
    await Promise.all([fullPage.close(), emptyPage.close()]);
  }
}
