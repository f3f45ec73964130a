/**
 * Figure 4: opening the popup with a full inventory against opening it empty, each in its own
 * browser profile, reloaded in turn. Timed from navigation start to the Inventory tab being
 * usable: the first list row (or, when empty, the "Add codes" button) on screen with the main
 * thread free to take a click.
 */
import type { Page } from '@playwright/test';
import { newPage, type ExtensionBrowser } from '../browser';
import { meetsGoal, type FigureOptions, type FigureResult } from '../figure';
import { interleave } from '../measure';
import { POPUP_READY_GLOBAL, type ReadyTimes } from '../page/api';
import { addInitBundle, dbBench } from '../page-script';
import { summarize } from '../stats';

const GOAL = { comparison: '<=', ratio: 1.3, text: '≤ 1.3×' } as const;
/** The codes this figure leaves in the shared profile; figure 11 plans the same ones. */
export const POPUP_SEED = 11;

async function openPopup(browser: ExtensionBrowser): Promise<Page> {
  await addInitBundle(browser.context, 'popup-ready.ts');
  return newPage(browser, 'popup.html');
}

async function timeReload(page: Page): Promise<number> {
  await page.reload();
  const handle = await page.waitForFunction(
    (name) => (globalThis as Record<string, unknown>)[name] as ReadyTimes | undefined,
    POPUP_READY_GLOBAL,
    { timeout: 60_000 },
  );
  const times = (await handle.jsonValue()) as ReadyTimes;
  return times.interactive;
}

async function listState(page: Page): Promise<{ rows: number; setSize: string | null }> {
  return page.evaluate(() => {
    const rows = document.querySelectorAll('[role="tabpanel"]:not([hidden]) [role="listitem"]');
    return { rows: rows.length, setSize: rows[0]?.getAttribute('aria-setsize') ?? null };
  });
}

export async function popupOpenFigure({
  quick,
  extension,
  emptyInventory,
  log,
}: FigureOptions): Promise<FigureResult[]> {
  const count = quick ? 1_000 : 10_000;
  const full = await extension.get();
  const empty = await emptyInventory.get();
  const fullPage = await openPopup(full);
  const emptyPage = await openPopup(empty);
  try {
    log(`  popup: seeding ${count.toLocaleString('en-US')} codes`);
    await dbBench.inject(fullPage);
    await dbBench.call(fullPage, 'prepare', count, POPUP_SEED);
    const seeded = await dbBench.call(fullPage, 'seedInventory');
    const samples = await interleave({
      repetitions: quick ? 2 : 11,
      baseline: () => timeReload(emptyPage),
      subject: () => timeReload(fullPage),
      onPair: (done, total) => log(`  popup ${done}/${total}`),
    });
    const shown = await listState(fullPage);
    if (shown.setSize !== String(count)) {
      throw new Error(`The popup listed ${shown.setSize ?? 'no'} codes, expected ${count}`);
    }
    const ratio = summarize(samples.ratios);
    return [
      {
        id: '4',
        title: `Popup open, ${count.toLocaleString('en-US')} codes vs empty`,
        unit: 'ms',
        measured: summarize(samples.subject),
        baseline: summarize(samples.baseline),
        baselineLabel: 'same popup, empty inventory',
        ratio,
        goal: GOAL,
        pass: meetsGoal(ratio.median, GOAL),
        details: { codes: seeded, rowsInDom: shown.rows },
        notes: [
          `navigation start → first row painted and clickable; ${shown.rows} of` +
            ` ${count.toLocaleString('en-US')} rows in the DOM (virtualized)`,
        ],
      },
    ];
  } finally {
    await Promise.all([fullPage.close(), emptyPage.close()]);
  }
}
