import type { Clock } from '../clock';
import type { SparkDatabase } from '../db/database';
import { parseRows } from '../db/records';
import type { Settings } from '../settings/schema';
import { dayKey, formatLastDay, startOfDayIn } from './calendar';
import type { NotifiedStore } from './notified-store';
import { atHandle } from './renewal';
import type { Translate } from '../translate';
import { alertingCodes, codesNeedingAction, type UrgentCode } from './urgency';

export const ALERT_ALARM = 'lifecycle-alerts';
export const ALERT_PERIOD_MINUTES = 180;
/** Notification ids start with this, so a click can be told apart from other notifications. */
export const ALERT_NOTIFICATION_PREFIX = 'lifecycle-alerts:';
/** How many codes a notification names before it sums up the rest. */
const NOTIFICATION_LINES = 3;

export interface AlertRunnerDeps {
  db: SparkDatabase;
  settings: { get(): Promise<Settings> };
  setBadge(text: string): Promise<unknown> | void;
  notify(id: string, title: string, message: string): Promise<unknown> | void;
  clock: Clock;
  notified: NotifiedStore;
  t: Translate;
  /** Language dates are written in; the browser's by default. */
  locale?: string;
}

export interface AlertRun {
  /** What the badge shows as a number. */
  count: number;
  /** Codes named in a notification this run; empty when nothing new was found today. */
  notifiedCodes: string[];
}

export function isAlertNotification(id: string): boolean {
  return id.startsWith(ALERT_NOTIFICATION_PREFIX);
}

/** The badge holds about four characters. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/**
 * Only codes ending before the window closes, and failed or revoked ones, can need action; both
 * `expiresAt` and `status` are indexed for this, so the service worker never reads a large
 * inventory whole.
 */
async function loadCandidates(db: SparkDatabase, until: number) {
  const [ending, refused] = await Promise.all([
    db.codes.where('expiresAt').belowOrEqual(until).toArray(),
    db.codes.where('status').anyOf(['failed', 'revoked']).toArray(),
  ]);
  const rows = new Map([...ending, ...refused].map((row) => [row.code, row]));
  return parseRows([...rows.values()]).records;
}

interface LineContext {
  t: Translate;
  timeZone: string;
  locale?: string;
}

function lineFor(item: UrgentCode, { t, timeZone, locale }: LineContext): string {
  const who = item.record.creatorHandle
    ? atHandle(item.record.creatorHandle)
    : `${item.record.code.slice(0, 10)}…`;
  const lastDay = formatLastDay(item.record.expiresAt ?? 0, timeZone, locale);
  if (item.urgency === 'expired-applied') return t('alerts_lineExpiredApplied', [who, lastDay]);
  const days = item.daysLeft ?? 0;
  return t('alerts_lineExpiresIn', days, [who, days, lastDay]);
}

function notificationText(fresh: readonly UrgentCode[], total: number, context: LineContext) {
  const { t } = context;
  const lines = fresh.slice(0, NOTIFICATION_LINES).map((item) => lineFor(item, context));
  const rest = fresh.length - lines.length;
  if (rest > 0) lines.push(t('alerts_andMore', rest, [rest]));
  return { title: t('alerts_title', total, [total]), message: lines.join('\n') };
}

/**
 * Counts the codes that need action soon, shows the count on the toolbar badge, and names the
 * most urgent in a notification unless each was already named today.
 */
export function createAlertRunner(deps: AlertRunnerDeps): () => Promise<AlertRun> {
  return async () => {
    const now = deps.clock.now();
    const timeZone = deps.clock.timeZone ?? 'UTC';
    const { alertWindowDays } = await deps.settings.get();
    // daysLeft counts today, so "at most N days left" is "ends by the start of day N from today".
    const records = await loadCandidates(deps.db, startOfDayIn(now, alertWindowDays, timeZone));
    const context = { now, timeZone, windowDays: alertWindowDays };
    // The badge counts what the dashboard lists as needing action; a notification names only
    // the codes whose time is running out.
    const needing = codesNeedingAction(records, context).length;
    const alerts = alertingCodes(records, context);
    await deps.setBadge(badgeText(needing));

    const day = dayKey(now, timeZone);
    const already = await deps.notified.notifiedOn(day);
    const fresh = alerts.filter((a) => !already.has(a.record.code));
    if (fresh.length === 0) return { count: needing, notifiedCodes: [] };

    const { title, message } = notificationText(fresh, needing, {
      t: deps.t,
      timeZone,
      locale: deps.locale,
    });
    await deps.notify(`${ALERT_NOTIFICATION_PREFIX}${day}`, title, message);
    // Remembered only once shown, so a failed notification is tried again on the next run.
    const notifiedCodes = fresh.map((a) => a.record.code);
    await deps.notified.remember(day, notifiedCodes);
    return { count: needing, notifiedCodes };
  };
}
