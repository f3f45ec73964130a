/**
 * Figure 10: the longest main-thread task in the popup while a 5 MB paste goes into the Add box
 * and its preview is drawn, from Chromium's long-task observer, against the 50 ms a task may
 * take before input waits on it (RAIL). The paste is generated in the page and put on the
 * clipboard outside the watch, then pasted for real with Ctrl/⌘+V.
 */
import type { Page } from '@playwright/test';
import { newPage } from '../browser';
import { openBarePastePage, watchBarePaste, type BarePaste } from './bare-paste';
import { meetsGoal, type FigureOptions, type FigureResult } from '../figure';
import type { PasteWatch } from '../page/api';
import { messyPaste } from '../messy-paste';
import { popupProbe } from '../page-script';
import { ratiosAgainst } from '../measure';
import { summarize } from '../stats';

const LONG_TASK_MS = 50;
const GOAL = { comparison: '<=', ratio: 1, text: 'no task > 50 ms' } as const;
/** The draft is written 300 ms after the last change; its work belongs to the paste. */
const SETTLE_MS = 1_000;
const PASTE_SEED = 2026;

async function watchOnePaste(page: Page, chars: number, codes: number): Promise<PasteWatch> {
  // A draft left from the last paste would be read back into the box on load.
  await page.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { storage: { local: { remove(key: string): Promise<void> } } };
      }
    ).chrome.storage.local.remove('addDraft'),
  );
  await page.reload();
  await popupProbe.inject(page);
  await popupProbe.call(page, 'preparePaste', chars, codes, PASTE_SEED);
  await popupProbe.call(page, 'armPaste');
  await page.keyboard.press('ControlOrMeta+V');
  return popupProbe.call(page, 'watchPaste', SETTLE_MS);
}

export async function pasteLongTaskFigure({
  quick,
  extension,
  log,
}: FigureOptions): Promise<FigureResult[]> {
  const chars = quick ? 200_000 : 5_000_000;
  const codes = quick ? 400 : 10_000;
  const browser = await extension.get();
  // The extension's own clipboardWrite permission lets the page put the paste there.
  const page = await newPage(browser, 'popup.html');
  // The floor shows only at full size: a quick run's paste is read in well under a long task.
  const barePage = quick ? undefined : await openBarePastePage(browser);
  // The same text the popup's probe makes from the same seed, made once for every repetition.
  const bareText = barePage ? messyPaste(chars, codes, PASTE_SEED).text : '';
  try {
    const watches: PasteWatch[] = [];
    const bare: BarePaste[] = [];
    const repetitions = quick ? 1 : 5;
    for (let i = 0; i < repetitions; i++) {
      watches.push(await watchOnePaste(page, chars, codes));
      if (barePage) bare.push(await watchBarePaste(barePage, bareText, SETTLE_MS));
      log(`  paste long tasks ${i + 1}/${repetitions}`);
    }
    const bareLongest = bare.map((watch) => watch.longestTask);
    const longest = watches.map((watch) => watch.longestTask);
    const last = watches.at(-1) as PasteWatch;
    if (last.setSize !== codes) {
      throw new Error(`The preview listed ${last.setSize} codes, expected ${codes}`);
    }
    const ratio = ratiosAgainst(longest, LONG_TASK_MS);
    const megabytes = (chars / 1_000_000).toFixed(1);
    return [
      {
        id: '10',
        title: `Longest popup task, ${megabytes} MB paste previewed in the Add box`,
        unit: 'ms',
        measured: summarize(longest),
        baseline: LONG_TASK_MS,
        baselineLabel: 'RAIL: a task input can wait on',
        ratio,
        goal: GOAL,
        pass: meetsGoal(ratio.median, GOAL),
        details: {
          characters: chars,
          codes,
          longTasks: watches.map((watch) => watch.longTasks),
          previewMs: summarize(watches.map((watch) => watch.previewMs)),
          rowsInDom: last.rowsInDom,
        },
        notes: [
          `tasks of 50 ms or more per paste: ${watches.map((w) => w.longTasks).join(', ')};` +
            ` worst single task ${Math.max(...longest).toFixed(0)} ms (0 = none reached 50 ms)`,
          `paste → preview in ${summarize(watches.map((w) => w.previewMs)).median.toFixed(0)} ms` +
            ` (median); ${last.rowsInDom} of ${codes.toLocaleString('en-US')} rows in the DOM`,
          ...(barePage
            ? [floorNote(summarize(longest).median, summarize(bareLongest).median)]
            : []),
        ],
      },
      ...(barePage
        ? [
            {
              id: '10b',
              title: `Longest task, same paste into a bare page's text box (the browser's floor)`,
              unit: 'ms',
              measured: summarize(bareLongest),
              baseline: LONG_TASK_MS,
              baselineLabel: 'RAIL: a task input can wait on',
              ratio: ratiosAgainst(bareLongest, LONG_TASK_MS),
              details: { longTasks: bare.map((watch) => watch.longTasks) },
              notes: [
                `a page with one text box whose paste handler only takes the text: tasks of 50 ms or` +
                  ` more per paste: ${bare.map((w) => w.longTasks).join(', ')}`,
              ],
            } satisfies FigureResult,
          ]
        : []),
    ];
  } finally {
    await Promise.all([page.close(), barePage?.close()]);
  }
}

function floorNote(longest: number, floor: number): string {
  return floor === 0
    ? 'the same paste into a bare text box (10b) had no task of 50 ms or more'
    : `against the browser's floor (10b, the same paste into a bare text box): ${(longest / floor).toFixed(2)}×`;
}
