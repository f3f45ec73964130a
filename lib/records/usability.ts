import { isCompleteCode } from '../codes/completeness';
import { computeExpiry } from '../preflight/expiry';
import type { LiveFailure } from '../tiktok/facts';
import type { CodeRecord } from './schema';

/** TikTok verdicts after which a code cannot be authorized, whatever its recorded status says. */
const DEAD_REASONS: ReadonlySet<LiveFailure['reason']> = new Set([
  'expired',
  'revoked',
  'post_unavailable',
  'format',
  'unsupported_post',
  // Not a dead code (the review may lift), but it cannot be authorized while it lasts.
  'post_restricted',
]);

/**
 * When the authorization ends (epoch ms), from TikTok's facts or the buyer's record; null when
 * nothing says, or when it never ends.
 */
export function authorizationEnd(record: CodeRecord, timeZone: string | undefined): number | null {
  const facts = record.live?.kind === 'facts' ? record.live.facts : undefined;
  const { endsAt, source } = computeExpiry(record, facts, timeZone);
  if (source === 'unknown') return record.expiresAt ?? null;
  return endsAt;
}

/**
 * The one rule for "this code can still be authorized", shared by batches, the popup, the
 * dashboard, the badge and the panel: a whole code, not applied or refused, not called dead by
 * TikTok, and not past its end.
 */
export function canAuthorize(
  record: CodeRecord,
  now: number,
  timeZone: string | undefined,
): boolean {
  if (record.status !== 'new' && record.status !== 'ready') return false;
  if (!isCompleteCode(record.code, record.extractionWarnings)) return false;
  const live = record.live;
  if (
    live?.kind === 'failure' &&
    live.failure.definitive &&
    DEAD_REASONS.has(live.failure.reason)
  ) {
    return false;
  }
  const endsAt = authorizationEnd(record, timeZone);
  return endsAt === null || endsAt > now;
}
