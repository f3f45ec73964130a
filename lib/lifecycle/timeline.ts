import type { CodeRecord, CodeStatus } from '../records/schema';
import { dayKey, daysToLastDay, startOfDayIn } from './calendar';

export const TIMELINE_DAYS = 60;
/** More stacked colours than this stop being told apart; the smaller accounts share one. */
const MAX_SERIES = 8;
export const NO_ACCOUNT_KEY = 'none';
export const OTHER_ACCOUNTS_KEY = 'other';

export interface TimelineSeries {
  /** Data key in each day row. */
  key: string;
  /** The ad account id; absent for the "no account" and "other accounts" series. */
  accountId?: string;
  total: number;
}

export interface TimelineDay {
  /** `YYYY-MM-DD` in the buyer's time zone. */
  day: string;
  total: number;
  counts: Record<string, number>;
}

export interface Timeline {
  days: TimelineDay[];
  series: TimelineSeries[];
}

const COUNTED: ReadonlySet<CodeStatus> = new Set(['new', 'ready', 'applied']);

const ACCOUNT_PREFIX = 'account:';

function accountKey(accountId: string | undefined): string {
  return accountId ? ACCOUNT_PREFIX + accountId : NO_ACCOUNT_KEY;
}

/**
 * How many usable codes reach their last day on each of the next `length` days, split by ad
 * account so the buyer sees which account loses ads when.
 */
export function expiryTimeline(
  records: readonly CodeRecord[],
  context: { now: number; timeZone: string; length?: number },
): Timeline {
  const length = context.length ?? TIMELINE_DAYS;
  const perDay: Map<string, number>[] = Array.from({ length }, () => new Map());
  const totals = new Map<string, number>();
  for (const record of records) {
    if (record.expiresAt === undefined || record.expiresAt <= context.now) continue;
    if (!COUNTED.has(record.status)) continue;
    const index = daysToLastDay(record.expiresAt, context.now, context.timeZone);
    const bucket = perDay[index];
    if (!bucket) continue;
    const key = accountKey(record.adAccountId);
    bucket.set(key, (bucket.get(key) ?? 0) + 1);
    totals.set(key, (totals.get(key) ?? 0) + 1);
  }

  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const kept = ranked.length > MAX_SERIES ? ranked.slice(0, MAX_SERIES - 1) : ranked;
  const keptKeys = new Set(kept.map(([key]) => key));
  const series: TimelineSeries[] = kept.map(([key, total]) =>
    key === NO_ACCOUNT_KEY
      ? { key, total }
      : { key, total, accountId: key.slice(ACCOUNT_PREFIX.length) },
  );
  const otherTotal = ranked.filter(([key]) => !keptKeys.has(key)).reduce((n, [, c]) => n + c, 0);
  if (otherTotal > 0) series.push({ key: OTHER_ACCOUNTS_KEY, total: otherTotal });

  const days = perDay.map((bucket, index) => {
    const counts: Record<string, number> = {};
    let total = 0;
    for (const [key, count] of bucket) {
      const seriesKey = keptKeys.has(key) ? key : OTHER_ACCOUNTS_KEY;
      counts[seriesKey] = (counts[seriesKey] ?? 0) + count;
      total += count;
    }
    const day = dayKey(startOfDayIn(context.now, index, context.timeZone), context.timeZone);
    return { day, total, counts };
  });
  return { days, series };
}
