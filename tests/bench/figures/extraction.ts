/**
 * Figure 1: extracting codes from a large messy paste, against the bare regular expression a
 * naive extension would run. The regex finds far fewer codes (it cannot undo URL or HTML
 * encoding, invisible characters or wrapped lines); it is the floor for "read the text once".
 */
import { extractSparkCodes } from '../../../lib/codes';
import { meetsGoal, type FigureOptions, type FigureResult } from '../figure';
import { interleave } from '../measure';
import { messyPaste } from '../messy-paste';
import { summarize } from '../stats';

const GOAL = { comparison: '<=', ratio: 3, text: '≤ 3×' } as const;
const BARE_CODE = /#[A-Za-z0-9+/]{24,}={0,2}/g;

/** Times one run and keeps its count, so every repetition can be checked to agree. */
function timed(run: () => number, counts: Set<number>): number {
  const start = performance.now();
  counts.add(run());
  return performance.now() - start;
}

export async function extractionFigure({ quick, log }: FigureOptions): Promise<FigureResult> {
  const targetChars = quick ? 1_000_000 : 5_000_000;
  const codeCount = quick ? 2_000 : 10_000;
  const { text, planted } = messyPaste(targetChars, codeCount);
  // A joined string is a rope until first searched; flatten it so neither side pays for that.
  text.indexOf('\u0000');

  const found = new Set(extractSparkCodes(text).map((c) => c.code));
  const plantedFound = planted.filter((code) => found.has(code)).length;
  const regexMatches = text.match(BARE_CODE)?.length ?? 0;

  const regexCounts = new Set<number>();
  const extractCounts = new Set<number>();
  const samples = await interleave({
    repetitions: quick ? 5 : 11,
    warmup: 2,
    baseline: async () => timed(() => text.match(BARE_CODE)?.length ?? 0, regexCounts),
    subject: async () => timed(() => extractSparkCodes(text).length, extractCounts),
    onPair: (done, total) => log(`  extraction ${done}/${total}`),
  });
  if (regexCounts.size !== 1 || extractCounts.size !== 1) {
    throw new Error('Repeated scans of the same text disagreed');
  }
  const ratio = summarize(samples.ratios);
  const megabytes = (Buffer.byteLength(text, 'utf8') / 1_000_000).toFixed(1);
  return {
    id: '1',
    title: `Extraction, ${megabytes} MB paste, ${codeCount.toLocaleString('en-US')} codes`,
    unit: 'ms',
    measured: summarize(samples.subject),
    baseline: summarize(samples.baseline),
    baselineLabel: 'bare global regex match',
    ratio,
    goal: GOAL,
    pass: meetsGoal(ratio.median, GOAL) && plantedFound === planted.length,
    details: {
      characters: text.length,
      utf8Bytes: Buffer.byteLength(text, 'utf8'),
      planted: planted.length,
      plantedFound,
      foundTotal: found.size,
      notPlantedButFound: found.size - plantedFound,
      bareRegexMatches: regexMatches,
    },
    notes: [
      `found ${plantedFound.toLocaleString('en-US')}/${planted.length.toLocaleString('en-US')} planted codes` +
        ` (${(found.size - plantedFound).toLocaleString('en-US')} others); the bare regex matched` +
        ` ${regexMatches.toLocaleString('en-US')}`,
    ],
  };
}
