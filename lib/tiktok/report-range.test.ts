import { describe, expect, it } from 'vitest';
import { lastDaysRange } from './report-range';

/** 2026-11-26 03:30 UTC: still Nov 25 in New York, already Nov 26 in Tokyo. */
const NOW = Date.UTC(2026, 10, 26, 3, 30);

describe('lastDaysRange', () => {
  it.each<[string | undefined, number, string, string]>([
    ['America/New_York', 7, '2026-11-19', '2026-11-25'],
    ['Asia/Tokyo', 7, '2026-11-20', '2026-11-26'],
    ['Europe/London', 30, '2026-10-28', '2026-11-26'],
    ['UTC', 1, '2026-11-26', '2026-11-26'],
    [undefined, 7, '2026-11-20', '2026-11-26'],
    ['Not/AZone', 7, '2026-11-20', '2026-11-26'],
  ])('%s, %i days → %s to %s', (zone, days, start, end) => {
    expect(lastDaysRange(NOW, days, zone)).toEqual({ startDate: start, endDate: end });
  });

  it('crosses a daylight-saving change by calendar days', () => {
    // Nov 1 2026: New York falls back an hour.
    expect(lastDaysRange(Date.UTC(2026, 10, 3, 12), 7, 'America/New_York')).toEqual({
      startDate: '2026-10-28',
      endDate: '2026-11-03',
    });
  });
});
