/**
 * Figure 3: from a 20-code paste into the Ads Manager fixture's code field to the first painted
 * frame that shows the panel's 20 rows, timed inside the page: the rows must be in the shadow
 * root, then a requestAnimationFrame callback runs and a task queued from it runs once that frame
 * has been rendered. Goals follow RAIL: a response within 100 ms feels immediate for the first
 * paste (the panel mounts), and a mounted panel should keep up with 30 fps (33 ms). The moment
 * the rows reach the DOM is kept as information; it comes a frame or more before the paint.
 */
import type { Page } from '@playwright/test';
import { generateValidCodes } from '../../mock-api/fixtures';
import type { ExtensionBrowser } from '../browser';
import { meetsGoal, type FigureOptions, type FigureResult } from '../figure';
import { ratiosAgainst } from '../measure';
import type { PasteTiming } from '../page/api';
import { pasteProbe } from '../page-script';
import { summarize } from '../stats';

const FRAME_MS = 1000 / 60;
const FIRST_PASTE_LIMIT_MS = 100;
const MOUNTED_LIMIT_MS = 33;
const GOAL = { comparison: '<=', ratio: 1, text: '' } as const;
const CODES_PER_PASTE = 20;
const FIXTURE_URL =
  'https://ads.tiktok.com/i18n/material/spark-ads?aadvid=7000000000000000001&fixture=authorize-dialog';
const FIELD = '#auth-code';
/** entrypoints/ads-manager.content creates the panel with createShadowRootUi under this name. */
const PANEL_HOST = 'spark-preflight-panel';
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

function paste(page: Page, codes: readonly string[]): Promise<PasteTiming> {
  return pasteProbe.call(page, 'pasteAndWatch', {
    field: FIELD,
    text: codes.join('\n'),
    rows: codes.length,
    host: PANEL_HOST,
  });
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
    details: { rowsInDomMs: inDom, frameIntervalMs: frameInterval },
    notes: [
      `${note}; rows in the DOM (info) after ${inDom.median.toFixed(1)} ms, painted` +
        ` ${summarize(painted).median.toFixed(1)} ms (frames here come` +
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
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  const repetitions = quick ? 5 : 15;
  const firstPaste: PasteTiming[] = [];
  const laterPaste: PasteTiming[] = [];
  let frameInterval = FRAME_MS;
  try {
    // Load 0 warms the browser's caches and is not kept.
    for (let load = 0; load <= repetitions; load++) {
      // Fresh codes every time: the panel skips a paste that leaves the field's codes unchanged.
      const first = generateValidCodes(CODES_PER_PASTE, 1000 + 2 * load);
      const later = generateValidCodes(CODES_PER_PASTE, 1001 + 2 * load);
      await page.goto(FIXTURE_URL);
      await contentScriptListening(browser, page);
      await pasteProbe.inject(page);
      if (load === 0) frameInterval = await pasteProbe.call(page, 'frameInterval', 30);
      const cold = await paste(page, first);
      await page.waitForTimeout(SETTLE_MS);
      await pasteProbe.call(page, 'emptyField', FIELD);
      await page.waitForTimeout(SETTLE_MS);
      const warm = await paste(page, later);
      if (load === 0) continue;
      firstPaste.push(cold);
      laterPaste.push(warm);
      log(`  paste to panel ${load}/${repetitions}`);
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
      'includes mounting the panel',
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
