import { TZDate } from '@date-fns/tz';
import { format, subDays } from 'date-fns';
import { usableZone } from '../preflight/time';

export interface ReportRange {
  /** `YYYY-MM-DD` in the account's zone, both days included. */
  startDate: string;
  endDate: string;
}

/**
 * The last `days` calendar days in the account's time zone, today included, as TikTok's reports
 * take them: Ads Manager counts an account's spend in the account's zone, not the buyer's. An
 * unknown zone reads as UTC, which is at most a day off.
 */
export function lastDaysRange(
  now: number,
  days: number,
  timeZone: string | undefined,
): ReportRange {
  const today = new TZDate(now, usableZone(timeZone));
  return {
    startDate: format(subDays(today, Math.max(1, Math.floor(days)) - 1), 'yyyy-MM-dd'),
    endDate: format(today, 'yyyy-MM-dd'),
  };
}
