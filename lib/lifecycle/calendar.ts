import { tz } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format, parseISO, startOfDay } from 'date-fns';

/**
 * Calendar arithmetic in the buyer's time zone. A code's `expiresAt` is the instant the
 * authorization stops; the buyer thinks in days, so everything here speaks of the last day the
 * code still works, which is the day holding the instant just before `expiresAt`.
 */

/** `YYYY-MM-DD` of an instant as seen in `timeZone`. */
export function dayKey(instant: number, timeZone: string): string {
  return format(instant, 'yyyy-MM-dd', { in: tz(timeZone) });
}

/** The last moment a code expiring at `expiresAt` is still authorized. */
export function lastMoment(expiresAt: number): number {
  return expiresAt - 1;
}

/** `YYYY-MM-DD` of the last day the code works. */
export function lastDayKey(expiresAt: number, timeZone: string): string {
  return dayKey(lastMoment(expiresAt), timeZone);
}

/** Whole days from today to the last day the code works: 0 means it ends today. */
export function daysToLastDay(expiresAt: number, now: number, timeZone: string): number {
  return differenceInCalendarDays(lastMoment(expiresAt), now, { in: tz(timeZone) });
}

/** The instant `days` calendar days after the start of today, DST included. */
export function startOfDayIn(now: number, days: number, timeZone: string): number {
  const zone = tz(timeZone);
  return addDays(startOfDay(now, { in: zone }), days, { in: zone }).getTime();
}

/** The instant a `YYYY-MM-DD` date ends (start of the next day) in `timeZone`. */
export function endOfIsoDate(isoDate: string, timeZone: string): number {
  const zone = tz(timeZone);
  return addDays(parseISO(isoDate, { in: zone }), 1, { in: zone }).getTime();
}
