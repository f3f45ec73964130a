/**
 * Figure 2: storing codes through the repository (`addCodes`: validation, duplicate lookup,
 * derived expiry, one history event per code) against plain IndexedDB puts of the same rows in
 * one transaction, both in the built extension's page in real Chromium.
 */
import type { CDPSession, Page } from '@playwright/test';
import { newPage } from '../browser';
import { meetsGoal, type FigureOptions, type FigureResult } from '../figure';
import { interleave } from '../measure';
import { dbBench } from '../page-script';
import { median, summarize } from '../stats';

const GOAL = { comparison: '<=', ratio: 1.5, text: '≤ 1.5×' } as const;
const SAMPLE_EVERY_MS = 5;

interface HeapPeak {
  /** Bytes in use right after a forced collection, before the import started. */
  before: number;
  /** Largest figure seen while it ran. */
  peak: number;
}

/**
 * The protocol only answers between tasks, so this samples at every point the import yields
 * (each IndexedDB round trip), which is where its batches of records sit in memory.
 */
async function heapPeakDuring(cdp: CDPSession, run: () => Promise<unknown>): Promise<HeapPeak> {
  await cdp.send('HeapProfiler.collectGarbage');
  const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  let peak = before;
  let running = true;
  const sampler = (async () => {
    while (running) {
      peak = Math.max(peak, (await cdp.send('Runtime.getHeapUsage')).usedSize);
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_EVERY_MS));
    }
  })();
  try {
    await run();
  } finally {
    running = false;
    await sampler;
  }
  return { before, peak };
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

async function memoryPeaks(page: Page, cdp: CDPSession) {
  const repository = await heapPeakDuring(cdp, () =>
    dbBench.call(page, 'importWithRepository', 'bench-import-memory-repository'),
  );
  const rawPuts = await heapPeakDuring(cdp, () =>
    dbBench.call(page, 'importWithRawPuts', 'bench-import-memory-raw'),
  );
  await dbBench.call(page, 'deleteDatabase', 'bench-import-memory-repository');
  await dbBench.call(page, 'deleteDatabase', 'bench-import-memory-raw');
  return { repository, rawPuts };
}

export async function importFigure({
  quick,
  extension,
  log,
}: FigureOptions): Promise<FigureResult[]> {
  const count = quick ? 1_000 : 100_000;
  const browser = await extension.get();
  // Any extension page gives the extension's origin; its own inventory is left untouched, as
  // every run writes to a database of its own.
  const page = await newPage(browser, 'popup.html');
  const cdp = await browser.context.newCDPSession(page);
  try {
    await dbBench.inject(page);
    await dbBench.call(page, 'prepare', count, 9);
    const samples = await interleave({
      repetitions: quick ? 3 : 5,
      // A quick run has no time for a warm-up pair; the median of three absorbs a slow first.
      warmup: quick ? 0 : 1,
      baseline: (i) => dbBench.call(page, 'importWithRawPuts', `bench-import-raw-${i}`),
      subject: (i) => dbBench.call(page, 'importWithRepository', `bench-import-repository-${i}`),
      onPair: (done, total) => log(`  import ${done}/${total}`),
    });
    for (let i = 0; i < samples.runs; i++) {
      await dbBench.call(page, 'deleteDatabase', `bench-import-raw-${i}`);
      await dbBench.call(page, 'deleteDatabase', `bench-import-repository-${i}`);
    }
    log('  import: heap peaks');
    const memory = await memoryPeaks(page, cdp);
    const ratio = summarize(samples.ratios);
    const growth = (peak: HeapPeak) => peak.peak - peak.before;
    return [
      {
        id: '2',
        title: `Import of ${count.toLocaleString('en-US')} codes into IndexedDB`,
        unit: 'ms',
        measured: summarize(samples.subject),
        baseline: summarize(samples.baseline),
        baselineLabel: 'raw IndexedDB puts, one transaction',
        ratio,
        goal: GOAL,
        pass: meetsGoal(ratio.median, GOAL),
        details: {
          codes: count,
          heapBytes: memory,
          perCodeMs: {
            repository: median(samples.subject) / count,
            rawPuts: median(samples.baseline) / count,
          },
        },
        notes: [
          `JS heap peak: repository ${megabytes(memory.repository.peak)} (+${megabytes(growth(memory.repository))}),` +
            ` raw puts ${megabytes(memory.rawPuts.peak)} (+${megabytes(growth(memory.rawPuts))})`,
        ],
      },
    ];
  } finally {
    await cdp.detach();
    await page.close();
  }
}
