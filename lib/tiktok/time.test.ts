import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatApiTime, parseApiTime } from './time';

const ms = (iso: string) => Date.parse(iso);

describe('parseApiTime', () => {
  it.each([
    ['2025-03-09 14:05:00', '2025-03-09T14:05:00Z'],
    ['2025-03-09T14:05:00Z', '2025-03-09T14:05:00Z'],
    ['2025-03-09T14:05:00.250Z', '2025-03-09T14:05:00.250Z'],
    ['2025-03-09T14:05:00+02:00', '2025-03-09T12:05:00Z'],
    ['2025-03-09T14:05:00-0500', '2025-03-09T19:05:00Z'],
    ['2025-03-09T14:05:00', '2025-03-09T14:05:00Z'],
    ['2025-03-09 14:05', '2025-03-09T14:05:00Z'],
    ['2025-03-09', '2025-03-09T00:00:00Z'],
    [' 2024-02-29 23:59:59 ', '2024-02-29T23:59:59Z'],
  ])('reads %j as UTC-based %s', (text, iso) => {
    expect(parseApiTime(text)).toBe(ms(iso));
  });

  it('reads the TikTok form as UTC whatever the machine’s zone', () => {
    // Date.parse would read "2025-03-09 14:05:00" as local time on some engines.
    expect(parseApiTime('2025-03-09 14:05:00')).toBe(Date.UTC(2025, 2, 9, 14, 5, 0));
  });

  it.each([
    ['epoch seconds', 1_741_529_100, 1_741_529_100_000],
    ['epoch milliseconds', 1_741_529_100_000, 1_741_529_100_000],
  ])('reads %s', (_, value, expected) => {
    expect(parseApiTime(value)).toBe(expected);
  });

  it.each([
    '',
    'soon',
    '2025-02-30 00:00:00',
    '2025-13-01 00:00:00',
    '2025-01-01 24:00:00',
    '9/3/2025',
  ])('refuses %j', (text) => {
    expect(parseApiTime(text)).toBeUndefined();
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses the number %d', (value) => {
    expect(parseApiTime(value)).toBeUndefined();
  });

  it('round-trips both forms for any second between 2000 and 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 946_684_800, max: 4_102_444_800 }), (seconds) => {
        const epoch = seconds * 1000;
        expect(parseApiTime(formatApiTime(epoch))).toBe(epoch);
        expect(parseApiTime(new Date(epoch).toISOString())).toBe(epoch);
      }),
    );
  });
});
