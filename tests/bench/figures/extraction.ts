/**
 * Figure 1: extracting codes from a large messy paste, against the bare regular expression a
 * naive extension would run. The regex finds far fewer codes (it cannot undo URL or HTML
 * encoding, invisible characters or wrapped lines); it is the floor for "read the text once".
 * Both run in Chromium, where the extractor runs for the buyer, from a production-like bundle.
 *
 * The figure is the engine's steady state: Chromium keeps optimising the extractor over its
 * first several 5 MB scans (they take two to five times as long), while the regex is compiled
 * once. The very first scan in a fresh page is kept as its own figure (1b), each side cold.
 */
import type { ExtensionBrowser } from '../browser';
import { meetsGoal, type FigureOptions, type FigureResult } from '../figure';
import { interleave } from '../measure';
import { extractionBench } from '../page-script';
import { pairedRatios, summarize } from '../stats';

const GOAL = { comparison: '<=', ratio: 3, text: '≤ 3×' } as const;
const SEED = 2026;
/** Scans thrown away before timing: enough for the engine to finish optimising the extractor. */
const WARMUP = 8;

const count = (n: number) => n.toLocaleString('en-US');

export async function extractionFigure({
  quick,
  extension,
  log,
}: FigureOptions): Promise<FigureResult[]> {
  const targetChars = quick ? 1_000_000 : 5_000_000;
  const codeCount = quick ? 2_000 : 10_000;
  const browser = await extension.get();
  // A blank page: nothing else runs on its main thread.
  const page = await browser.context.newPage();
  try {
    await extractionBench.inject(page);
    const paste = await extractionBench.call(page, 'prepare', targetChars, codeCount, SEED);
    const found = await extractionBench.call(page, 'check');
    const samples = await interleave({
      repetitions: quick ? 5 : 11,
      warmup: quick ? 2 : WARMUP,
      baseline: async () => extractionBench.call(page, 'timeBareRegex'),
      subject: async () => extractionBench.call(page, 'timeExtraction'),
      onPair: (done, total) => log(`  extraction ${done}/${total}`),
    });
    const ratio = summarize(samples.ratios);
    const others = found.foundTotal - found.plantedFound;
    return [
      {
        id: '1',
        title: `Extraction, ${(paste.utf8Bytes / 1_000_000).toFixed(1)} MB paste, ${count(codeCount)} codes`,
        unit: 'ms',
        measured: summarize(samples.subject),
        baseline: summarize(samples.baseline),
        baselineLabel: 'bare global regex match',
        ratio,
        goal: GOAL,
        pass: meetsGoal(ratio.median, GOAL) && found.plantedFound === paste.planted,
        details: { ...paste, ...found },
        notes: [
          `found ${count(found.plantedFound)}/${count(paste.planted)} planted codes` +
            ` (${count(others)} others); the bare regex matched ${count(found.bareRegexMatches)}`,
        ],
      },
      await coldScanFigure(browser, targetChars, codeCount, quick ? 1 : 5, log),
    ];
  } finally {
    await page.close();
  }
}

/** The first scan of each side in pages of their own, so neither finds the engine warmed. */
async function coldScanFigure(
  browser: ExtensionBrowser,
  targetChars: number,
  codeCount: number,
  repetitions: number,
  log: FigureOptions['log'],
): Promise<FigureResult> {
  const subject: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    for (const side of i % 2 === 0 ? SIDES : [...SIDES].reverse()) {
      const page = await browser.context.newPage();
      try {
        await extractionBench.inject(page);
        await extractionBench.call(page, 'prepare', targetChars, codeCount, SEED);
        if (side === 'extraction') subject.push(await extractionBench.call(page, 'timeExtraction'));
        else baseline.push(await extractionBench.call(page, 'timeBareRegex'));
      } finally {
        await page.close();
      }
    }
    log(`  first scan ${i + 1}/${repetitions}`);
  }
  return {
    id: '1b',
    title: 'Extraction, same paste, first scan in a fresh page',
    unit: 'ms',
    measured: summarize(subject),
    baseline: summarize(baseline),
    baselineLabel: 'first bare regex match in a fresh page',
    ratio: summarize(pairedRatios(subject, baseline)),
    details: { extractionMs: subject, bareRegexMs: baseline },
    notes: [
      'each side the first thing a new page runs: the engine has not yet optimised the' +
        ' extractor, and compiles the regex on its first use',
    ],
  };
}

const SIDES = ['extraction', 'regex'] as const;
