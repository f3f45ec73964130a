import type { CodeRecord, CodeStatus } from '../records/schema';
import { daysLeft } from '../preflight/expiry';
import { canAuthorize } from '../records/usability';

/**
 * Why a code is on the buyer's to-do list. `expired-unused`: it ran out before anyone authorized
 * it, lately enough that the post was presumably still wanted: ask the creator for a new code.
 */
export type Urgency = 'expired-applied' | 'expiring' | 'expired-unused' | 'failed' | 'revoked';

export interface UrgencyContext {
  now: number;
  /** The buyer's zone, in which recorded dates are read. */
  timeZone?: string;
  /**
   * Settings' alertWindowDays, read as the expiry check and the inventory read it: a code with
   * `daysLeft` at most this many is expiring, so the badge, panel and popup agree.
   */
  windowDays: number;
}

export interface UrgentCode {
  record: CodeRecord;
  urgency: Urgency;
  /** Whole days until the authorization ends, as `daysLeft` counts; absent without an end. */
  daysLeft?: number;
}

/** Codes that can still be used or are in use; an end date only matters for these. */
const LIVE_STATUSES: ReadonlySet<CodeStatus> = new Set(['new', 'ready', 'applied']);

/** Alerts cover the two cases where time is running out; the others wait for the buyer. */
const ALERTING: ReadonlySet<Urgency> = new Set(['expired-applied', 'expiring']);

/**
 * How long an unused code that ran out stays on the list: a code that ended over a month ago
 * unused is no longer on anyone's plan, and would only make the count meaningless.
 */
export const EXPIRED_UNUSED_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** An unused code that ran out lately, by its end, or when it was marked expired. */
function expiredUnused(record: CodeRecord, context: UrgencyContext): UrgentCode | undefined {
  const ended = record.expiresAt ?? record.updatedAt;
  if (ended > context.now || ended <= context.now - EXPIRED_UNUSED_DAYS * DAY_MS) return undefined;
  const left =
    record.expiresAt === undefined
      ? {}
      : { daysLeft: daysLeft(ended, context.now, context.timeZone) };
  return { record, urgency: 'expired-unused', ...left };
}

export function urgencyOf(record: CodeRecord, context: UrgencyContext): UrgentCode | undefined {
  if (record.status === 'failed' || record.status === 'revoked') {
    return { record, urgency: record.status };
  }
  // Marked expired (by the buyer or Ads Manager's answer) without ever being applied.
  if (record.status === 'expired') {
    return record.appliedAt === undefined ? expiredUnused(record, context) : undefined;
  }
  if (record.expiresAt === undefined || !LIVE_STATUSES.has(record.status)) return undefined;
  // A code nobody can authorize (a fragment, or one TikTok called dead) is not running out.
  const unused = record.status !== 'applied';
  if (
    unused &&
    record.expiresAt > context.now &&
    !canAuthorize(record, context.now, context.timeZone)
  ) {
    return undefined;
  }
  const left = daysLeft(record.expiresAt, context.now, context.timeZone);
  if (record.expiresAt <= context.now) {
    // One still in use means ads may stop; an unused one needs a new code from the creator.
    return record.status === 'applied'
      ? { record, urgency: 'expired-applied', daysLeft: left }
      : expiredUnused(record, context);
  }
  return left <= context.windowDays ? { record, urgency: 'expiring', daysLeft: left } : undefined;
}

const URGENCY_ORDER: Record<Urgency, number> = {
  'expired-applied': 0,
  expiring: 1,
  'expired-unused': 2,
  failed: 3,
  revoked: 4,
};

/** Most urgent first: live ads already past their end, then the soonest to end. */
export function byUrgency(a: UrgentCode, b: UrgentCode): number {
  return (
    URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] ||
    (a.record.expiresAt ?? Infinity) - (b.record.expiresAt ?? Infinity) ||
    b.record.updatedAt - a.record.updatedAt ||
    a.record.code.localeCompare(b.record.code)
  );
}

/** Everything needing the buyer's action, most urgent first. */
export function codesNeedingAction(
  records: readonly CodeRecord[],
  context: UrgencyContext,
): UrgentCode[] {
  const urgent: UrgentCode[] = [];
  for (const record of records) {
    const found = urgencyOf(record, context);
    if (found) urgent.push(found);
  }
  return urgent.sort(byUrgency);
}

/** What the badge counts: codes about to end, and applied codes that already ended. */
export function alertingCodes(
  records: readonly CodeRecord[],
  context: UrgencyContext,
): UrgentCode[] {
  return codesNeedingAction(records, context).filter((u) => ALERTING.has(u.urgency));
}
