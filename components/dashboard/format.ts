import { intlFormat } from 'date-fns';

/** A `YYYY-MM-DD` day as the buyer writes it; `short` drops the year for chart ticks. */
export function formatDay(isoDay: string, locale: string, short = false): string {
  // The day is already the buyer's; formatting it at noon UTC, in UTC, cannot shift it.
  const noon = Date.parse(`${isoDay}T12:00:00Z`);
  const options: Intl.DateTimeFormatOptions = short
    ? { month: 'short', day: 'numeric', timeZone: 'UTC' }
    : { dateStyle: 'medium', timeZone: 'UTC' };
  return intlFormat(noon, options, { locale });
}

/** Short form of a code for lists: enough to recognise, not the whole string. */
export function shortCode(code: string): string {
  return code.length > 14 ? `${code.slice(0, 12)}…` : code;
}
