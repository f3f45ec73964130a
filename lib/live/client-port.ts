import type { LiveFailure, LiveLookup } from '../tiktok/facts';

export type AuthorizeOutcome = { ok: true } | { ok: false; failure: LiveFailure };

/**
 * The part of the Marketing API client the live features use. Kept structural so the features
 * are tested with a hand-made double and the real client slots in unchanged.
 */
export interface LiveClient {
  videoInfo(
    advertiserId: string,
    authCode: string,
    options?: { signal?: AbortSignal },
  ): Promise<LiveLookup>;
  authorize(
    advertiserId: string,
    authCode: string,
    originalPostAuthCode?: string,
    options?: { signal?: AbortSignal },
  ): Promise<AuthorizeOutcome>;
}
