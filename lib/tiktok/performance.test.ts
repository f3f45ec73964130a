import { describe, expect, it } from 'vitest';
import {
  formatMoney,
  metricNumber,
  performanceByPost,
  type AdMetrics,
  type SparkAd,
} from './performance';

describe('metricNumber', () => {
  it.each<[unknown, number | undefined]>([
    ['12.30', 12.3],
    ['0', 0],
    [' 7 ', 7],
    [5, 5],
    ['-', undefined],
    ['', undefined],
    ['N/A', undefined],
    ['1e3', undefined],
    [Number.NaN, undefined],
    [null, undefined],
  ])('%j → %s', (value, expected) => {
    expect(metricNumber(value)).toBe(expected);
  });
});

describe('performanceByPost', () => {
  const ads: SparkAd[] = [
    { adId: 'a1', itemId: '7301' },
    { adId: 'a2', itemId: '7301' },
    { adId: 'a3', itemId: '7302' },
    { adId: 'a4' },
    { adId: 'a5', itemId: '7303' },
  ];
  const rows: AdMetrics[] = [
    { adId: 'a1', metrics: { spend: 100, conversion: 4, complete_payment: 450 } },
    { adId: 'a2', metrics: { spend: 20.5, conversion: undefined } },
    { adId: 'a3', metrics: { spend: 0, complete_payment: 0 } },
    { adId: 'a4', metrics: { spend: 999 } },
  ];
  const posts = performanceByPost(ads, rows);

  it('sums a post that runs in several ads', () => {
    expect(posts.get('7301')).toEqual({
      itemId: '7301',
      adIds: ['a1', 'a2'],
      spend: 120.5,
      conversions: 4,
      purchaseValue: 450,
      roas: 450 / 120.5,
      impressions: undefined,
      clicks: undefined,
    });
  });

  it('leaves out ads without a post, and keeps a post with no report row without figures', () => {
    expect([...posts.keys()]).toEqual(['7301', '7302', '7303']);
    expect(posts.get('7303')).toEqual({ itemId: '7303', adIds: ['a5'] });
  });

  it('gives no ROAS when nothing was spent', () => {
    expect(posts.get('7302')?.spend).toBe(0);
    expect(posts.get('7302')?.roas).toBeUndefined();
  });
});

describe('formatMoney', () => {
  it.each<[number, string, string]>([
    [1240, 'USD', '$1,240'],
    [12.3, 'USD', '$12.30'],
    [1240, 'EUR', '€1,240'],
    [1240, 'JPY', '¥1,240'],
    [1240, 'ZZZ', 'ZZZ 1,240'],
  ])('%d %s → %s', (amount, currency, expected) => {
    expect(formatMoney(amount, currency).replace(/\u00a0/g, ' ')).toBe(expected);
  });
});
