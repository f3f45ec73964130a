import type { Clock } from '../clock';
import type { LiveLookup } from '../tiktok/facts';
import { openLiveAccess, type LiveAccessDeps } from './live-access';

export type LookupCode = (code: string, advertiserId: string) => Promise<LiveLookup>;

export interface LiveLookups {
  /**
   * A lookup for one request, or undefined when live checks are off (no token saved).
   * `mayAsk` is consulted before each request that would reach TikTok (answers kept from the
   * last minute are free); when it says no, the lookup fails as rate limited.
   */
  open(mayAsk?: () => boolean): Promise<LookupCode | undefined>;
  /** Forgets what TikTok said about these codes; their next check asks again. */
  forget(codes: readonly string[]): void;
}

export interface LiveLookupsDeps extends LiveAccessDeps {
  clock: Clock;
  /** How long an answer is reused. Short: a creator can revoke at any moment. */
  ttlMs?: number;
}

/** Every keystroke in the panel re-checks the field; this long, TikTok is asked once. */
export const LOOKUP_TTL_MS = 60_000;

/**
 * Asks TikTok about codes on an ad account and remembers each answer briefly, per code and
 * account, so a write from the panel (add, an Ads Manager answer) re-checks the field without a
 * second round of requests. Faults are never kept: the next check retries them.
 */
export function createLiveLookups(deps: LiveLookupsDeps): LiveLookups {
  const ttl = deps.ttlMs ?? LOOKUP_TTL_MS;
  const answers = new Map<string, { at: number; value: LiveLookup }>();
  // Answers belong to the token that fetched them: another token may see another account.
  let answeredWith: string | undefined;
  const keyOf = (code: string, advertiserId: string) => `${advertiserId}\n${code}`;

  return {
    async open(mayAsk) {
      const access = await openLiveAccess(deps);
      const token = access.ok ? access.token : undefined;
      if (token !== answeredWith) answers.clear();
      answeredWith = token;
      if (!access.ok && access.reason === 'no-token') return undefined;
      return async (code, advertiserId) => {
        if (!access.ok) {
          const { message, fix } = access;
          const failure = { fetchedAt: deps.clock.now(), reason: 'auth' as const, message, fix };
          return { kind: 'failure', failure: { ...failure, definitive: false } };
        }
        const key = keyOf(code, advertiserId);
        const kept = answers.get(key);
        if (kept && deps.clock.now() - kept.at < ttl) return kept.value;
        if (mayAsk && !mayAsk()) {
          const failure = {
            fetchedAt: deps.clock.now(),
            reason: 'rate_limited' as const,
            message: 'Live checks paused: this tab asked TikTok too often in the last minute.',
            fix: 'Wait a minute; the panel asks again on your next paste.',
          };
          return { kind: 'failure', failure: { ...failure, definitive: false } };
        }
        const value = await access.client.videoInfo(advertiserId, code);
        const settled = value.kind === 'facts' || value.failure.definitive;
        if (settled) answers.set(key, { at: deps.clock.now(), value });
        else answers.delete(key);
        return value;
      };
    },
    forget(codes) {
      const dropped = new Set(codes);
      for (const key of answers.keys()) {
        if (dropped.has(key.slice(key.indexOf('\n') + 1))) answers.delete(key);
      }
    },
  };
}
