import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarDateOf,
  dayText,
  lastDayText,
  parseCalendarDate,
  startOfDayPlus,
  usableZone,
  type CalendarDate,
} from './time';

const utc = (iso: string) => Date.parse(iso);

describe('parseCalendarDate', () => {
  it.each<[string | undefined, CalendarDate | null]>([
    ['2026-06-15', { year: 2026, month: 6, day: 15 }],
    ['2026-01-01', { year: 2026, month: 1, day: 1 }],
    ['2026-12-31', { year: 2026, month: 12, day: 31 }],
    ['2028-02-29', { year: 2028, month: 2, day: 29 }],
    ['2026-02-29', null],
    ['2026-02-30', null],
    ['2026-04-31', null],
    ['2026-13-01', null],
    ['2026-00-10', null],
    ['2026-06-00', null],
    ['2026-06-32', null],
    ['2026-06-15T10:00', null],
    ['2026-06-15 ', null],
    [' 2026-06-15', null],
    ['x2026-06-15', null],
    ['12026-06-15', null],
    ['2026-6-15', null],
    ['2026-06-5', null],
    ['26-06-15', null],
    ['2026/06/15', null],
    ['', null],
    [undefined, null],
  ])('%j → %j', (text, expected) => {
    expect(parseCalendarDate(text)).toEqual(expected);
  });

  it('reads back every real day it is given', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z') }),
        (date) => {
          fc.pre(!Number.isNaN(date.getTime()));
          expect(parseCalendarDate(date.toISOString().slice(0, 10))).toEqual({
            year: date.getUTCFullYear(),
            month: date.getUTCMonth() + 1,
            day: date.getUTCDate(),
          });
        },
      ),
    );
  });
});

describe('usableZone', () => {
  it.each<[string | undefined, string]>([
    [undefined, 'UTC'],
    ['', 'UTC'],
    ['Asia/Tokyo', 'Asia/Tokyo'],
    ['Mars/Olympus_Mons', 'UTC'],
    // Asked twice: the answer must not change once remembered.
    ['Mars/Olympus_Mons', 'UTC'],
    ['Asia/Tokyo', 'Asia/Tokyo'],
  ])('%j → %s', (zone, expected) => {
    expect(usableZone(zone)).toBe(expected);
  });
});

describe('calendar days in a zone', () => {
  it.each<[string, string, CalendarDate]>([
    ['2026-06-15T23:30:00Z', 'UTC', { year: 2026, month: 6, day: 15 }],
    ['2026-06-15T23:30:00Z', 'Asia/Tokyo', { year: 2026, month: 6, day: 16 }],
    ['2026-01-01T03:00:00Z', 'America/New_York', { year: 2025, month: 12, day: 31 }],
  ])('%s in %s is %j', (iso, zone, expected) => {
    expect(calendarDateOf(utc(iso), zone)).toEqual(expected);
  });

  it.each<[CalendarDate, number, string, string]>([
    [{ year: 2026, month: 6, day: 15 }, 0, 'UTC', '2026-06-15T00:00:00Z'],
    [{ year: 2026, month: 6, day: 15 }, 1, 'Asia/Tokyo', '2026-06-15T15:00:00Z'],
    [{ year: 2026, month: 3, day: 7 }, 1, 'America/New_York', '2026-03-08T05:00:00Z'],
    [{ year: 2026, month: 3, day: 7 }, 2, 'America/New_York', '2026-03-09T04:00:00Z'],
  ])('%j plus %i days in %s starts at %s', (date, days, zone, iso) => {
    expect(startOfDayPlus(date, days, zone)).toBe(utc(iso));
  });

  it.each<[string, string, string, string]>([
    ['2026-03-12T12:00:00Z', 'UTC', 'Mar 12, 2026', 'Mar 12, 2026'],
    ['2026-03-13T00:00:00Z', 'UTC', 'Mar 13, 2026', 'Mar 12, 2026'],
    ['2026-03-12T15:00:00Z', 'Asia/Tokyo', 'Mar 13, 2026', 'Mar 12, 2026'],
  ])('%s in %s: day %s, last usable day %s', (iso, zone, day, lastDay) => {
    expect(dayText(utc(iso), zone)).toBe(day);
    expect(lastDayText(utc(iso), zone)).toBe(lastDay);
  });
});
