import { tz } from '@date-fns/tz';
import { differenceInCalendarDays, format, intlFormat } from 'date-fns';
import { calendarDateOf, parseCalendarDate, startOfDayPlus } from '../preflight/time';

/**
 * Calendar days in the buyer's time zone. A code's `expiresAt` is the instant the authorization
 * stops; buyers think in days, so the day shown is the last one the code still works, the day
 * holding the instant just before `expiresAt`.
 */

/** `YYYY-MM-DD` of an instant as seen in `timeZone`. */
export function dayKey(instant: number, timeZone: string): string {
  return format(instant, 'yyyy-MM-dd', { in: tz(timeZone) });
}

/** The last moment a code expiring at `expiresAt` is still authorized. */
export function lastMoment(expiresAt: number): number {
  return expiresAt - 1;
}

/** Calendar days from today to the last day the code works: 0 means it ends today. */
export function daysToLastDay(expiresAt: number, now: number, timeZone: string): number {
  return differenceInCalendarDays(lastMoment(expiresAt), now, { in: tz(timeZone) });
}

/** The last day the code works, e.g. "Nov 28, 2026", in the buyer's locale and zone. */
export function formatLastDay(expiresAt: number, timeZone: string, locale?: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone };
  return locale
    ? intlFormat(lastMoment(expiresAt), options, { locale })
    : intlFormat(lastMoment(expiresAt), options);
}

/** The instant `days` calendar days after the start of today, daylight saving included. */
export function startOfDayIn(now: number, days: number, timeZone: string): number {
  return startOfDayPlus(calendarDateOf(now, timeZone), days, timeZone);
}

/** The instant a `YYYY-MM-DD` date is over (the next day starts), or undefined if not a date. */
export function endOfIsoDate(isoDate: string, timeZone: string): number | undefined {
  const date = parseCalendarDate(isoDate);
  return date ? startOfDayPlus(date, 1, timeZone) : undefined;
}
