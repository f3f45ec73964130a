import { describe, expect, it } from 'vitest';
import { createI18n } from '@wxt-dev/i18n';
import type { CodePerformance, PeriodFigures } from '../records/performance';
import { roasText, spendText } from './figures-text';

/** The real translator over the shipped English messages (tests/unit/setup.ts). */
const { t } = createI18n();

const row = (
  days7: PeriodFigures,
  currency: string | undefined = 'USD',
  days30: PeriodFigures = days7,
): CodePerformance => ({ code: '#A', advertiserId: '1', currency, readAt: 0, days7, days30 });

const figures = (spend?: number, roas?: number): PeriodFigures => ({
  kind: 'figures',
  startDate: '2026-11-20',
  endDate: '2026-11-26',
  adIds: ['ad-1'],
  spend,
  roas,
});

describe('spendText', () => {
  it.each<[string, CodePerformance | undefined, string, string]>([
    ['dollars', row(figures(1240)), 'amount', '$1,240'],
    ['cents under a hundred', row(figures(12.3)), 'amount', '$12.30'],
    ['pounds', row(figures(300), 'GBP'), 'amount', '£300'],
    ['yen', row(figures(125000), 'JPY'), 'amount', '¥125,000'],
    ['no currency known', { ...row(figures(1240.5)), currency: undefined }, 'amount', '1,240.5'],
    ['zero spend is a figure', row(figures(0)), 'amount', '$0.00'],
    ['a post in no ad', row({ kind: 'no-ads' }), 'note', 'Not in an ad'],
    ['ads without a report row', row(figures(undefined)), 'note', 'None reported'],
    ['never read', undefined, 'note', 'Not read yet'],
  ])('%s', (_name, performance, kind, text) => {
    const shown = spendText(performance, 'days7', t, 'en-US');
    expect(shown.kind).toBe(kind);
    expect(shown.text.replace(/\u00a0/g, ' ')).toBe(text);
  });

  it('says unknown with TikTok’s reason, or ours, and never a number', () => {
    const fault = row({
      kind: 'unknown',
      reason: { message: 'TikTok had a problem.', fix: 'Retry.' },
    });
    expect(spendText(fault, 'days30', t, 'en-US')).toEqual({
      kind: 'unknown',
      text: 'Unknown',
      reason: 'TikTok had a problem. Retry.',
    });
    const noPost = row({ kind: 'unknown', reason: { key: 'winners_unknownNoPost' } });
    expect(spendText(noPost, 'days7', t, 'en-US')).toMatchObject({
      reason: expect.stringMatching(/post id for this code is not known/),
    });
  });
});

describe('roasText', () => {
  it.each<[string, CodePerformance | undefined, string]>([
    ['a tracked account', row(figures(100, 3.14159)), '3.14×'],
    ['no purchases tracked', row(figures(100)), ''],
    ['never read', undefined, ''],
  ])('%s', (_name, performance, text) => {
    expect(roasText(performance, t, 'en-US').text).toBe(text);
  });
});
