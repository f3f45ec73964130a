import type { LiveFailure } from '../tiktok/facts';
import { failureWords, faultFailure, liveHint, liveView } from './live';
import { liveOnly, phrase, result } from './result';
import { dayText, usableZone } from './time';
import type { Check, CheckResult, PreflightContext } from './types';

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

type Words = PreflightContext['t'];

function revoked(message: string, t: Words, source: 'records' | 'live' = 'live'): CheckResult {
  return result('revocation', 'fail', message, t('preflight_turnBackOn'), { source });
}

/** TikTok's verdicts that mean the code or its post cannot be used now, with the way out. */
function deadCode(failure: LiveFailure, t: Words): CheckResult | undefined {
  switch (failure.reason) {
    case 'revoked':
      return revoked(t('preflight_revoked'), t);
    case 'post_unavailable':
      return result(
        'revocation',
        'fail',
        t('fault_postUnavailable'),
        t('fault_postUnavailableFix'),
      );
    case 'unsupported_post':
      return result(
        'revocation',
        'fail',
        t('fault_unsupportedPost'),
        t('fault_unsupportedPostFix'),
      );
    // A review or restriction can lift, so it must not mark the code revoked for good.
    case 'post_restricted':
      return result('revocation', 'warn', t('fault_postRestricted'), t('fault_postRestrictedFix'));
    default:
      return undefined;
  }
}

function fromVerdict(failure: LiveFailure, t: Words): CheckResult {
  // Other verdicts (expired, mistyped, wrong region...) belong to other checks; whether the
  // creator also withdrew the code cannot be told from them.
  return (
    deadCode(failure, t) ??
    result(
      'revocation',
      'unknown',
      t('preflight_revokedUnknownBecause', [phrase(failureWords(failure, t).message)]),
    )
  );
}

export const revocationCheck: Check = (input, context) => {
  const { t } = context;
  const view = liveView(input);
  if (view.failure?.definitive) return fromVerdict(view.failure, t);
  const kind = statusKind(view.facts?.authStatus);
  // A withdrawn authorization stays withdrawn, so an older lookup saying so is still true.
  if (kind === 'withdrawn') return revoked(t('preflight_revoked'), t);
  if (view.factsAreFresh && kind === 'active') {
    return result('revocation', 'pass', t('preflight_activeLive'), '', { source: 'live' });
  }
  if (view.factsAreFresh && kind === 'expired') {
    return result('revocation', 'unknown', t('preflight_revokedUnknownExpired'));
  }
  if (view.factsAreFresh && kind === 'unfamiliar') {
    return result(
      'revocation',
      'unknown',
      t('preflight_unfamiliarStatus', [view.facts?.authStatus?.trim() ?? '']),
      t('preflight_checkInAdsManager'),
    );
  }
  if (input.record?.status === 'revoked') {
    return revoked(t('preflight_markedRevoked'), t, 'records');
  }

  const fault = faultFailure(view);
  if (fault) {
    const words = failureWords(fault, t);
    return result(
      'revocation',
      'unknown',
      t('preflight_notVerifiedLiveBecause', [phrase(words.message)]),
      words.fix,
    );
  }
  if (view.facts && kind === 'active') {
    // Creators can revoke at any time, so an older "active" is a hint, not a pass.
    const when = dayText(view.facts.fetchedAt, usableZone(context.timeZone));
    return liveOnly('revocation', t('preflight_activeWhenChecked', [when]), liveHint(view, t));
  }
  if (view.factsAreFresh) {
    return result(
      'revocation',
      'unknown',
      t('preflight_activeNotSaid'),
      t('preflight_checkInAdsManager'),
    );
  }
  return liveOnly('revocation', t('preflight_revocationLiveOnly'), liveHint(view, t));
};
