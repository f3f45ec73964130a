/**
 * Figure 1: extracting codes from a large messy paste, against the bare regular expression a
 * naive extension would run. The regex finds far fewer codes (it cannot undo URL or HTML
 * encoding, invisible characters or wrapped lines); it is the floor for "read the text once".
 * Both run in Chromium, where the extractor runs for the buyer, from a production-like bundle.
 */
import { meetsGoal, type FigureOptions, type FigureResult } from '../figure';
import { interleave } from '../measure';
import { extractionBench } from '../page-script';
import { summarize } from '../stats';

const GOAL = { comparison: '<=', ratio: 3, text: '≤ 3×' } as const;
const SEED = 2026;

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
      warmup: 2,
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
    ];
  } finally {
    await page.close();
  }
}
