import { describe, expect, it } from 'vitest';
import {
  INVALID,
  SHORTENED,
  guessDayMonthOrder,
  localeDayMonthOrder,
  readDate,
  readDuration,
  readHandle,
  readId,
  readRegion,
  readStatus,
} from './cells';

describe('readDate', () => {
  it.each([
    ['2026-12-31', 'dmy', '2026-12-31'],
    ['2026/1/5', 'mdy', '2026-01-05'],
    ['2026-12-31T23:00:00Z', 'dmy', '2026-12-31'],
    ['2026-12-31 10:30', 'mdy', '2026-12-31'],
    ['03/04/2026', 'mdy', '2026-03-04'],
    ['03/04/2026', 'dmy', '2026-04-03'],
    ['31.12.2026', 'dmy', '2026-12-31'],
    ['12-31-26', 'mdy', '2026-12-31'],
    ['  ', 'dmy', undefined],
    ['2026-02-30', 'dmy', INVALID],
    ['31/12/2026', 'mdy', INVALID],
    ['next Friday', 'mdy', INVALID],
    ['45000', 'mdy', INVALID],
  ] as const)('%j read as %s → %s', (cell, order, expected) => {
    expect(readDate(cell, order)).toBe(expected);
  });
});

describe('guessDayMonthOrder', () => {
  it.each([
    [['13/01/2026', '02/03/2026'], 'mdy', 'dmy'],
    [['01/13/2026', '02/03/2026'], 'dmy', 'mdy'],
    [['01/02/2026'], 'dmy', 'dmy'],
    [['01/02/2026'], 'mdy', 'mdy'],
    [['2026-01-13'], 'mdy', 'mdy'],
  ] as const)('%j with locale order %s → %s', (samples, locale, expected) => {
    expect(guessDayMonthOrder(samples, locale)).toBe(expected);
  });

  it('knows which locales write the month first', () => {
    expect(localeDayMonthOrder('en-US')).toBe('mdy');
    expect(localeDayMonthOrder('en-GB')).toBe('dmy');
    expect(localeDayMonthOrder('de-DE')).toBe('dmy');
  });
});

describe('other cells', () => {
  it.each([
    ['30', 30],
    ['30 days', 30],
    ['7d', 7],
    ['60.0', 60],
    ['1 year', 365],
    ['none', 'none'],
    ['No expiry', 'none'],
    ['', undefined],
    ['0', INVALID],
    ['thirty', INVALID],
    ['99999', INVALID],
  ] as const)('duration %j → %j', (cell, expected) => {
    expect(readDuration(cell)).toBe(expected);
  });

  it('reads regions, statuses, handles and ids', () => {
    expect(readRegion(' us ')).toBe('US');
    expect(readRegion('United States')).toBe(INVALID);
    expect(readStatus('Applied')).toBe('applied');
    expect(readStatus('done')).toBe(INVALID);
    expect(readHandle('@maya')).toBe('maya');
    expect(readHandle('https://www.tiktok.com/@maya.b/video/1')).toBe('maya.b');
    expect(readId('7000000000000000001')).toBe('7000000000000000001');
    expect(readId('7.00E+18')).toBe(SHORTENED);
  });
});
