import type { TikTokClient } from '../tiktok/client';
import type { LiveLookup } from '../tiktok/facts';

export interface LiveLookupDeps {
  /** The saved access token, if any. */
  token: () => Promise<string | undefined>;
  /** Whether the buyer granted the API host permission; without it every request would fail. */
  hasApiAccess: () => Promise<boolean>;
  makeClient: (token: string) => Pick<TikTokClient, 'videoInfo'>;
  now: () => number;
}

/**
 * Asks TikTok about one code on one ad account. Returns undefined when live checks are off (no
 * token), so the checks stay offline instead of reporting a failure the buyer never asked for.
 */
export function createLiveLookup(deps: LiveLookupDeps) {
  return async (code: string, advertiserId: string): Promise<LiveLookup | undefined> => {
    const token = await deps.token();
    if (!token) return undefined;
    if (!(await deps.hasApiAccess())) {
      return {
        kind: 'failure',
        failure: {
          fetchedAt: deps.now(),
          reason: 'auth',
          definitive: false,
          message: 'Live checks are not allowed to reach TikTok yet.',
          fix: 'Open Spark Preflight options and save the token again to grant access.',
        },
      };
    }
    return deps.makeClient(token).videoInfo(advertiserId, code);
  };
}
