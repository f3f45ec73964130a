/**
 * Figure 3: from a real 20-code paste (Ctrl+V from the clipboard) into the Ads Manager fixture's
 * code field to the first painted frame of the panel that shows the 20 rows. The panel is its own
 * document (an extension frame), so the two ends are taken as absolute times: the key press's
 * own timestamp in the page (when the browser took the input, where Event Timing and INP start),
 * and in the panel's frame, a task queued from the requestAnimationFrame after the rows arrived,
 * which runs once that frame has been rendered. The time from before the DevTools call that
 * presses the key is kept as information: it adds the benchmark's own round trip. Goals follow RAIL: a response within 100 ms feels
 * immediate for the first paste (the panel's frame loads), and a mounted panel should keep up with
 * 30 fps (33 ms). The moment the rows reach the panel's DOM is kept as information.
 *
 * The panel's frame starts loading when the buyer moves into a field that looks like it takes
 * codes, or presses the first key of a paste in one, so the first paste is measured as a buyer
 * makes it (click, then Ctrl+V), and again with no head start beyond the Ctrl of Ctrl+V (3c):
 * what a paste into a field focused some other way costs when the keys come at machine speed.
 */
import type { Frame, Page } from '@playwright/test';
import { generateValidCodes } from '../../mock-api/fixtures';
import type { ExtensionBrowser } from '../browser';
import { meetsGoal, type FigureOptions, type FigureResult } from '../figure';
import { ratiosAgainst } from '../measure';
import { PANEL_PROBE_GLOBAL, type PanelPaint, type PasteTiming } from '../page/api';
import { addInitBundle, pasteProbe } from '../page-script';
import { summarize } from '../stats';

const FRAME_MS = 1000 / 60;
const FIRST_PASTE_LIMIT_MS = 100;
const MOUNTED_LIMIT_MS = 33;
const GOAL = { comparison: '<=', ratio: 1, text: '' } as const;
const CODES_PER_PASTE = 20;
const FIXTURE_URL =
  'https://ads.tiktok.com/i18n/material/spark-ads?aadvid=7000000000000000001&fixture=authorize-dialog';
const FIELD = '#auth-code';
/** Long enough for the background's answer to one paste to land before the next step. */
const SETTLE_MS = 600;

/**
 * The content script runs at document idle. Waits until its capture-phase paste listener is on
 * the document, so the first paste never races the script starting. The protocol lists a
 * world's listeners only when asked from that world, hence the extension's isolated context.
 */
async function contentScriptListening(browser: ExtensionBrowser, page: Page): Promise<void> {
  const cdp = await browser.context.newCDPSession(page);
  const extensionContexts: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === `chrome-extension://${browser.extensionId}`) {
      extensionContexts.push(context.id);
    }
  });
  try {
    await cdp.send('Runtime.enable');
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      for (const contextId of extensionContexts) {
        const { result } = await cdp.send('Runtime.evaluate', {
          expression: 'document',
          contextId,
        });
        if (!result.objectId) continue;
        const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
          objectId: result.objectId,
        });
        if (listeners.some((l) => l.type === 'paste' && l.useCapture)) return;
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('The content script never started listening on the fixture page');
  } finally {
    await cdp.detach();
  }
}

/** The panel's frame, once the content script has put it on the page. */
async function panelFrame(page: Page): Promise<Frame> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => f.url().includes('/panel.html'));
    if (frame) return frame;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('The panel frame never appeared');
}

/**
 * A buyer clicks into the field, then presses Ctrl+V: the hand goes from mouse to keyboard in
 * this long at the very least. The panel may use it to load.
 */
const CLICK_TO_PASTE_MS = 300;

/**
 * Pastes `codes` with Ctrl+V, as the buyer does, and times the panel's painted rows. With
 * `clickFirst` the buyer clicks into the field `CLICK_TO_PASTE_MS` before pasting; without it
 * the field is focused by script and pasted into at once: the panel's only head start is the
 * Ctrl of Ctrl+V going down just before the V.
 */
async function paste(
  page: Page,
  codes: readonly string[],
  clickFirst = false,
): Promise<PasteTiming> {
  await page.evaluate((text) => navigator.clipboard.writeText(text), codes.join('\n'));
  if (clickFirst) {
    await page.locator(FIELD).click();
    await page.waitForTimeout(CLICK_TO_PASTE_MS);
  } else {
    await page.locator(FIELD).focus();
  }
  // No Ctrl+A first: the panel starts loading when a paste's first key goes down, and a select-all
  // just before would hand the no-head-start paste (3c) one. The field is empty every time.
  if ((await page.locator(FIELD).inputValue()) !== '') throw new Error('The field is not empty');
  const beforeCall = await page.evaluate(() => performance.timeOrigin + performance.now());
  await page.keyboard.press('ControlOrMeta+V');
  const keyAt = await pasteProbe.call(page, 'lastPasteKey');
  if (keyAt === undefined || keyAt < beforeCall) throw new Error('The paste key was not seen');
  const start = keyAt;
  const frame = await panelFrame(page);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const seen = await frame
      .evaluate(
        ({ global, rows, after }) =>
          ((globalThis as Record<string, unknown>)[global] as PanelPaint[] | undefined)?.find(
            (paint) => paint.rows === rows && paint.inDom >= after,
          ),
        { global: PANEL_PROBE_GLOBAL, rows: codes.length, after: start },
      )
      .catch(() => undefined);
    if (seen) {
      return {
        rows: seen.inDom - start,
        frame: seen.painted - start,
        fromCall: seen.painted - beforeCall,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`The panel never painted ${codes.length} rows`);
}

/** Empties the field as the buyer does: select all, Delete. */
async function emptyField(page: Page): Promise<void> {
  await page.locator(FIELD).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
}

function figure(
  id: string,
  title: string,
  samples: readonly PasteTiming[],
  frameInterval: number,
  limit: { ms: number; label: string },
  note: string,
): FigureResult {
  const painted = samples.map((s) => s.frame);
  const inDom = summarize(samples.map((s) => s.rows));
  const fromCall = summarize(samples.map((s) => s.fromCall));
  const ratio = ratiosAgainst(painted, limit.ms);
  const goal = { ...GOAL, text: `≤ ${limit.ms} ms` };
  return {
    id,
    title,
    unit: 'ms',
    measured: summarize(painted),
    baseline: limit.ms,
    baselineLabel: limit.label,
    ratio,
    goal,
    pass: meetsGoal(ratio.median, goal),
    details: { rowsInDomMs: inDom, fromDevToolsCallMs: fromCall, frameIntervalMs: frameInterval },
    notes: [
      `${note}; from the key press: rows in the DOM (info) after ${inDom.median.toFixed(1)} ms,` +
        ` painted ${summarize(painted).median.toFixed(1)} ms; from before the DevTools call that` +
        ` presses it ${fromCall.median.toFixed(1)} ms (frames here come` +
        ` ${frameInterval.toFixed(1)} ms apart)`,
    ],
  };
}

export async function pasteToPanelFigure({
  quick,
  extension,
  log,
}: FigureOptions): Promise<FigureResult[]> {
  const browser = await extension.get();
  await addInitBundle(browser.context, 'panel-probe.ts');
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://ads.tiktok.com',
  });
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  const repetitions = quick ? 1 : 15;
  const firstPaste: PasteTiming[] = [];
  const coldPaste: PasteTiming[] = [];
  const laterPaste: PasteTiming[] = [];
  let frameInterval = FRAME_MS;
  try {
    // Load 0 warms the browser's caches and is not kept; a quick run keeps its one load.
    const firstKept = quick ? 0 : 1;
    for (let load = 0; load < firstKept + repetitions; load++) {
      // Fresh codes every time: the panel skips a paste that leaves the field's codes unchanged.
      const first = generateValidCodes(CODES_PER_PASTE, 1000 + 2 * load);
      const later = generateValidCodes(CODES_PER_PASTE, 1001 + 2 * load);
      await page.goto(FIXTURE_URL);
      await contentScriptListening(browser, page);
      await pasteProbe.inject(page);
      if (load === 0) frameInterval = await pasteProbe.call(page, 'frameInterval', 30);
      const cold = await paste(page, first);
      await page.waitForTimeout(SETTLE_MS);
      await emptyField(page);
      // Deleting is typing: the panel hears it after the typing pause.
      await page.waitForTimeout(SETTLE_MS + 600);
      const warm = await paste(page, later);
      // The same first paste, as a buyer makes it: a click into the field, then Ctrl+V.
      await page.goto(FIXTURE_URL);
      await contentScriptListening(browser, page);
      await pasteProbe.inject(page);
      const clicked = await paste(page, generateValidCodes(CODES_PER_PASTE, 5000 + load), true);
      if (load < firstKept) continue;
      firstPaste.push(clicked);
      coldPaste.push(cold);
      laterPaste.push(warm);
      log(`  paste to panel ${load - firstKept + 1}/${repetitions}`);
    }
  } finally {
    await page.close();
  }
  return [
    figure(
      '3',
      `Paste ${CODES_PER_PASTE} codes → rows painted, first paste on the page`,
      firstPaste,
      frameInterval,
      { ms: FIRST_PASTE_LIMIT_MS, label: 'RAIL response' },
      `the buyer clicked into the field ${CLICK_TO_PASTE_MS} ms before pasting; the panel's` +
        ' frame starts loading on that click',
    ),
    figure(
      '3c',
      `Paste ${CODES_PER_PASTE} codes → rows painted, first paste with no head start`,
      coldPaste,
      frameInterval,
      { ms: FIRST_PASTE_LIMIT_MS, label: 'RAIL response' },
      "the field focused by script and pasted into at once: the panel's frame starts loading as" +
        ' the Ctrl of Ctrl+V goes down',
    ),
    figure(
      '3b',
      `Paste ${CODES_PER_PASTE} codes → rows painted, panel already mounted`,
      laterPaste,
      frameInterval,
      { ms: MOUNTED_LIMIT_MS, label: 'two 60 Hz frames' },
      'after the field was emptied',
    ),
  ];
}
