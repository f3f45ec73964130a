/**
 * Figure 5c: what injecting the content script costs an Ads Manager page as it loads, against an
 * empty content script injected the same way. The main-thread time is read from a Chromium
 * trace of each load: compiling and evaluating the script file, and every later call into it
 * (timers, listeners, promise jobs the trace attributes to it) until the page has been idle for
 * a moment. The empty script runs in a second browser profile from a copy of the same build
 * whose content script does nothing, so both sides pay the same injection machinery.
 */
import type { CDPSession, Page } from '@playwright/test';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchExtension, type ExtensionBrowser } from '../browser';
import type { FigureOptions, FigureResult } from '../figure';
import { interleave } from '../measure';
import { summarize } from '../stats';

const FIXTURE_URL =
  'https://ads.tiktok.com/i18n/material/spark-ads?aadvid=7000000000000000001&fixture=authorize-dialog';
/** Long enough for a content script at document idle to have started and settled. */
const SETTLE_MS = 1_000;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'].join(',');

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string; scriptName?: string }; fileName?: string; url?: string };
}

/** A copy of the build whose content scripts are empty, CSS and manifest unchanged. */
function emptyContentScriptBuild(buildDir: string): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'spark-preflight-bench-empty-cs-'));
  cpSync(buildDir, copy, { recursive: true });
  const dir = path.join(copy, 'content-scripts');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    writeFileSync(path.join(dir, file), '(function(){})();\n');
  }
  return copy;
}

function urlOf(event: TraceEvent): string {
  const args = event.args;
  return args?.data?.url ?? args?.data?.scriptName ?? args?.fileName ?? args?.url ?? '';
}

// Complete events the timeline draws for compiling and running a script's own code.
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile']);

/**
 * Microseconds of main-thread work the trace attributes to the extension's scripts. Events nest
 * (a compile inside an evaluation), so their intervals are merged before they are added up.
 */
function extensionScriptTime(events: readonly TraceEvent[], origin: string): number {
  const spans = events
    .filter(
      (event) =>
        event.ph === 'X' &&
        event.dur !== undefined &&
        SCRIPT_EVENTS.has(event.name) &&
        urlOf(event).startsWith(origin),
    )
    .map((event) => [event.ts, event.ts + (event.dur ?? 0)] as const)
    .sort((a, b) => a[0] - b[0]);
  let micros = 0;
  let coveredTo = -Infinity;
  for (const [from, to] of spans) {
    const start = Math.max(from, coveredTo);
    if (to > start) micros += to - start;
    coveredTo = Math.max(coveredTo, to);
  }
  return micros;
}

async function collectTrace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  try {
    await run();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  return events;
}

/** Milliseconds of the extension's script work during one fresh load of the fixture page. */
async function timeLoad(browser: ExtensionBrowser): Promise<number> {
  const page: Page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    const events = await collectTrace(cdp, async () => {
      await page.goto(FIXTURE_URL, { waitUntil: 'load' });
      await page.waitForTimeout(SETTLE_MS);
    });
    await cdp.detach();
    const micros = extensionScriptTime(events, `chrome-extension://${browser.extensionId}/`);
    if (micros === 0) throw new Error('The trace shows no content script running on the page');
    return micros / 1000;
  } finally {
    await page.close();
  }
}

export async function injectionFigure({
  quick,
  buildDir,
  extension,
  log,
}: FigureOptions): Promise<FigureResult[]> {
  const real = await extension.get();
  const emptyDir = emptyContentScriptBuild(buildDir);
  const empty = await launchExtension(emptyDir);
  try {
    const samples = await interleave({
      // Each load waits a second for the script to settle: a quick run affords one pair, and
      // no warm-up (both sides start without a code cache alike).
      repetitions: quick ? 1 : 9,
      warmup: quick ? 0 : 1,
      baseline: () => timeLoad(empty),
      subject: () => timeLoad(real),
      onPair: (done, total) => log(`  injection ${done}/${total}`),
    });
    const measured = summarize(samples.subject);
    return [
      {
        id: '5c',
        title: 'Content script work on Ads Manager page load',
        unit: 'ms',
        measured,
        baseline: summarize(samples.baseline),
        baselineLabel: 'empty content script',
        ratio: summarize(samples.ratios),
        details: { subjectMs: samples.subject, emptyMs: samples.baseline },
        notes: [
          'compile, evaluate and later calls into the content script, from a trace of each' +
            ` load; ${(measured.median - summarize(samples.baseline).median).toFixed(1)} ms` +
            ' more main-thread time than an empty script',
        ],
      },
    ];
  } finally {
    await empty.close();
    rmSync(emptyDir, { recursive: true, force: true });
  }
}
