import { TZDate, tz } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format, startOfDay } from 'date-fns';
const checkedZones = new Map<string, boolean>();

/**
 * The buyer's zone if the runtime knows it, else UTC: a typo in settings must not turn every
 * date into "Invalid Date".
 */
export function usableZone(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC';
  let known = checkedZones.get(timeZone);
  // Stryker disable next-line ConditionalExpression: only skips asking Intl again
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      known = true;
    } catch {
      known = false;
    }
    // Stryker disable next-line CallExpression: a cache; the answer is the same without it
    checkedZones.set(timeZone, known);
  }
  return known ? timeZone : 'UTC';
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Reads `YYYY-MM-DD`; impossible dates such as 2026-02-30 count as missing, not as March. */
export function parseCalendarDate(text: string | undefined): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  const real =
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day;
  return real ? { year, month, day } : null;
}

/**
 * Midnight at the start of a calendar day plus some whole days, in the given zone. Adding
 * calendar days (not 24-hour blocks) keeps midnight on midnight across daylight-saving changes.
 */
export function startOfDayPlus(date: CalendarDate, days: number, timeZone: string): number {
  const start = new TZDate(date.year, date.month - 1, date.day, timeZone);
  return addDays(start, days).getTime();
}

/** The calendar day a moment falls on, as the buyer sees it. */
export function calendarDateOf(epochMs: number, timeZone: string): CalendarDate {
  const local = startOfDay(new TZDate(epochMs, timeZone));
  return { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() };
}

/** "Mar 12, 2026" in the buyer's zone. */
export function dayText(epochMs: number, timeZone: string): string {
  return format(new TZDate(epochMs, timeZone), 'MMM d, yyyy');
}

/**
 * The last day something can still be used when it ends at `endsAt`: an authorization ending
 * at midnight was last usable the day before, which is also the date the buyer typed.
 */
export function lastDayText(endsAt: number, timeZone: string): string {
  return dayText(endsAt - 1, timeZone);
}

/**
 * The one day count every surface shows (panel, popup, dashboard, badge, notifications): the
 * calendar days the buyer still has in their zone, today included, up to the last day the code
 * works. On Nov 26 a code whose last day is Nov 27 has 2 days left; ending later today, 1. Zero
 * or negative once it has ended.
 */
export function daysLeft(endsAt: number, now: number, timeZone?: string): number {
  const zone = usableZone(timeZone);
  const days = differenceInCalendarDays(endsAt - 1, now, { in: tz(zone) }) + 1;
  const left = endsAt > now ? days : Math.min(days, 0);
  // Math.min(-0, 0) and friends must not print as "-0 days".
  return left === 0 ? 0 : left;
}
