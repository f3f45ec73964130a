import type { LiveFailure } from '../tiktok/facts';
import { faultFailure, liveHint, liveView } from './live';
import { liveOnly, phrase, result } from './result';
import { dayText, usableZone } from './time';
import type { Check, CheckResult } from './types';

type StatusKind = 'active' | 'withdrawn' | 'expired' | 'unfamiliar' | 'missing';

const ACTIVE = new Set(['AUTHORIZED', 'IN_USE', 'NOT_USED']);
const WITHDRAWN = new Set(['DELETED', 'REVOKED', 'CANCELLED', 'CANCELED', 'UNAUTHORIZED']);

function statusKind(status: string | undefined): StatusKind {
  const normalized = status?.trim().toUpperCase() ?? '';
  // Stryker disable next-line StringLiteral: no branch asks for 'missing' by name
  if (!normalized) return 'missing';
  if (ACTIVE.has(normalized)) return 'active';
  if (WITHDRAWN.has(normalized)) return 'withdrawn';
  if (normalized === 'EXPIRED') return 'expired';
  return 'unfamiliar';
}

const TURN_BACK_ON = 'Ask the creator to turn "Ad authorization" back on and send a fresh code';

const revoked = (message: string, source: 'records' | 'live' = 'live') =>
  result('revocation', 'fail', message, TURN_BACK_ON, { source });
const REVOKED_MESSAGE = 'The creator revoked this code or turned off ad authorization';

/** TikTok's verdicts that mean the code or its post cannot be used now, with the way out. */
const DEAD_CODE: Partial<Record<LiveFailure['reason'], CheckResult>> = {
  revoked: revoked(REVOKED_MESSAGE),
  post_unavailable: result(
    'revocation',
    'fail',
    'The post was deleted or set to private',
    'Ask the creator to restore the post, or pick another post',
  ),
  unsupported_post: result(
    'revocation',
    'fail',
    'TikTok does not allow this type of post in Spark Ads (for example a story)',
    'Pick another post',
  ),
  // A review or restriction can lift, so it must not mark the code revoked for good.
  post_restricted: result(
    'revocation',
    'warn',
    'The post is under review or restricted by TikTok',
    'Wait for the review to finish, or pick another post',
  ),
};

function fromVerdict(failure: LiveFailure): CheckResult {
  // Other verdicts (expired, mistyped, wrong region...) belong to other checks; whether the
  // creator also withdrew the code cannot be told from them.
  return (
    DEAD_CODE[failure.reason] ??
    result(
      'revocation',
      'unknown',
      `Could not tell whether it was revoked: ${phrase(failure.message)}`,
    )
  );
}

export const revocationCheck: Check = (input, context) => {
  const view = liveView(input);
  if (view.failure?.definitive) return fromVerdict(view.failure);
  const kind = statusKind(view.facts?.authStatus);
  // A withdrawn authorization stays withdrawn, so an older lookup saying so is still true.
  if (kind === 'withdrawn') return revoked(REVOKED_MESSAGE);
  if (view.factsAreFresh && kind === 'active') {
    return result('revocation', 'pass', 'TikTok confirms the authorization is active', '', {
      source: 'live',
    });
  }
  if (view.factsAreFresh && kind === 'expired') {
    return result(
      'revocation',
      'unknown',
      'Could not tell whether it was revoked: TikTok shows it as expired',
    );
  }
  if (view.factsAreFresh && kind === 'unfamiliar') {
    return result(
      'revocation',
      'unknown',
      `TikTok reported an unfamiliar authorization status: ${view.facts?.authStatus?.trim()}`,
      'Check the code in Ads Manager before relying on it',
    );
  }
  if (input.record?.status === 'revoked') {
    return revoked('Marked as revoked in your inventory', 'records');
  }

  const fault = faultFailure(view);
  if (fault) {
    return result(
      'revocation',
      'unknown',
      `Not verified live: ${phrase(fault.message)}`,
      fault.fix,
    );
  }
  if (view.facts && kind === 'active') {
    // Creators can revoke at any time, so an older "active" is a hint, not a pass.
    const when = dayText(view.facts.fetchedAt, usableZone(context.timeZone));
    return liveOnly(
      'revocation',
      `Was active when last checked on ${when}; not verified live since`,
      liveHint(view),
    );
  }
  if (view.factsAreFresh) {
    return result(
      'revocation',
      'unknown',
      'TikTok did not say whether the authorization is active',
      'Check the code in Ads Manager before relying on it',
    );
  }
  return liveOnly(
    'revocation',
    'Not verified live: only TikTok can tell whether the creator revoked it',
    liveHint(view),
  );
};
