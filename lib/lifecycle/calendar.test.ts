import { describe, expect, it } from 'vitest';
import { dayKey, daysToLastDay, endOfIsoDate, formatLastDay, startOfDayIn } from './calendar';

describe('calendar in the buyer time zone', () => {
  it('reads the day an instant falls on where the buyer is', () => {
    const instant = Date.UTC(2026, 10, 25, 3);
    expect(dayKey(instant, 'UTC')).toBe('2026-11-25');
    expect(dayKey(instant, 'America/Los_Angeles')).toBe('2026-11-24');
    expect(dayKey(instant, 'Asia/Tokyo')).toBe('2026-11-25');
  });

  it('names the last day a code works, not the midnight its authorization stops at', () => {
    expect(formatLastDay(Date.UTC(2026, 11, 1), 'UTC', 'en-US')).toBe('Nov 30, 2026');
    expect(formatLastDay(Date.UTC(2026, 11, 1), 'Asia/Tokyo', 'de-DE')).toBe('01.12.2026');
  });

  it('counts calendar days to the last day, 0 meaning today', () => {
    const now = Date.UTC(2026, 10, 25, 12);
    expect(daysToLastDay(Date.UTC(2026, 10, 26), now, 'UTC')).toBe(0);
    expect(daysToLastDay(Date.UTC(2026, 10, 29), now, 'UTC')).toBe(3);
  });

  it('keeps whole days across a daylight-saving change', () => {
    // New York springs forward on 2026-03-08: that day is 23 hours long.
    const zone = 'America/New_York';
    const start = startOfDayIn(Date.UTC(2026, 2, 7, 17), 1, zone);
    expect(dayKey(start, zone)).toBe('2026-03-08');
    expect(startOfDayIn(start, 1, zone) - start).toBe(23 * 3_600_000);
    expect(endOfIsoDate('2026-03-08', zone)).toBe(startOfDayIn(start, 1, zone));
    expect(endOfIsoDate('2026-02-30', zone)).toBeUndefined();
  });
});
