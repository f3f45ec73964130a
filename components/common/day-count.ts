import { formatLastDay } from '../../lib/lifecycle/calendar';
import { daysLeft } from '../../lib/preflight/index';
import { num, t } from './i18n';

/**
 * "last day Nov 27, 2026 · 2 days left": how every page words a code's end, with the count
 * `daysLeft` owns (today included, in the buyer's zone), so no two surfaces disagree by one.
 */
export function dayCountText(expiresAt: number, now: number, timeZone: string): string {
  const lastDay = formatLastDay(expiresAt, timeZone, navigator.language);
  const left = daysLeft(expiresAt, now, timeZone);
  return left > 0 ? t('days_left', left, [lastDay, num(left)]) : t('days_ended', [lastDay]);
}
