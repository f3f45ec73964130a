/**
 * Figure 9: measuring a busy Ads Manager page and placing the panel (its controls in the
 * document and in shadow roots, the dialog around the field, the panel's place and its minimised
 * tab's), against the floor: finding the same controls, in open shadow roots too, and reading
 * each one's box. The page is
 * the busy fixture (about 3,400 elements, 1,000 controls, most of them in a long table) at
 * 1366×768 with the Apply for Authorization dialog open. Layout is clean in both runs: what the
 * page costs to lay out after a change is the page's, not ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { meetsGoal, type FigureOptions, type FigureResult } from '../figure';
import { interleave } from '../measure';
import { geometryBench } from '../page-script';
import { summarize } from '../stats';

const GOAL = { comparison: '<=', ratio: 1.5, text: '≤ 1.5×' } as const;
const FRAME_MS = 1000 / 60;
const FIXTURE = path.resolve('tests/fixtures/busy-ads-manager.html');

export async function pageGeometryFigure({
  quick,
  extension,
  log,
}: FigureOptions): Promise<FigureResult[]> {
  const browser = await extension.get();
  const page = await browser.context.newPage();
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.setContent(readFileSync(FIXTURE, 'utf8'));
    await geometryBench.inject(page);
    const facts = await geometryBench.call(page, 'check');
    const samples = await interleave({
      repetitions: quick ? 11 : 31,
      warmup: 3,
      baseline: async () => geometryBench.call(page, 'timeBareRects'),
      subject: async () => geometryBench.call(page, 'timeMeasureAndPlace'),
      onPair: (done, total) => log(`  page geometry ${done}/${total}`),
    });
    const ratio = summarize(samples.ratios);
    const measured = summarize(samples.subject);
    return [
      {
        id: '9',
        title: `Measure the page and place the panel, ${facts.elements.toLocaleString('en-US')} elements`,
        unit: 'ms',
        measured,
        baseline: summarize(samples.baseline),
        baselineLabel: 'finding every control and reading its box',
        ratio,
        goal: GOAL,
        pass: meetsGoal(ratio.median, GOAL) && facts.covered === 0,
        details: { ...facts, frameShare: measured.median / FRAME_MS },
        notes: [
          `${facts.controls} controls on the page, ${facts.obstacles} visible and reachable;` +
            ` ${(measured.median / FRAME_MS).toFixed(2)} of a 60 Hz frame;` +
            ` the panel covers ${facts.covered} controls`,
        ],
      },
    ];
  } finally {
    await page.close();
  }
}
