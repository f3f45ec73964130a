import type { Clock } from '../clock';
import type { SparkDatabase } from '../db/database';
import { listCodes, setStatus } from '../db/repository';
import type { CodeRecord } from '../records/schema';
import { normalizeSparkCode } from '../codes';
import type { TikTokClient } from '../tiktok/client';
import type { LiveFailure } from '../tiktok/facts';
import type { AuthorizedPost } from '../tiktok/to-facts';

export type SyncAppliedResult =
  | { ok: true; onAccount: number; marked: string[]; complete: boolean }
  | { ok: false; failure: LiveFailure };

/** The post TikTok said the code points to; what the buyer expected proves nothing here. */
function livePostIdOf(record: CodeRecord): string | undefined {
  return record.live?.kind === 'facts' ? record.live.facts.itemId : undefined;
}

/**
 * Inventory codes that the account's authorized posts show as already applied. Codes meant for
 * another ad account are left alone: the same post on this account does not apply them there.
 */
export function codesAlreadyOnAccount(
  records: readonly CodeRecord[],
  posts: readonly AuthorizedPost[],
  advertiserId: string,
): string[] {
  const codes = new Set(
    posts.flatMap((p) => {
      const code = p.authCode ? normalizeSparkCode(p.authCode) : null;
      return code ? [code] : [];
    }),
  );
  const items = new Set(posts.map((p) => p.itemId));
  return records
    .filter((r) => r.status !== 'applied')
    .filter((r) => r.adAccountId === undefined || r.adAccountId === advertiserId)
    .filter((r) => {
      const postId = livePostIdOf(r);
      return codes.has(r.code) || (postId !== undefined && items.has(postId));
    })
    .map((r) => r.code);
}

/**
 * Pages through the posts already authorized on an ad account and marks the matching inventory
 * codes as applied, so codes authorized by hand or by a colleague stop showing up in batches.
 */
export async function syncApplied(options: {
  client: Pick<TikTokClient, 'listAuthorized'>;
  db: SparkDatabase;
  clock: Clock;
  advertiserId: string;
  signal?: AbortSignal;
}): Promise<SyncAppliedResult> {
  const listing = await options.client.listAuthorized(options.advertiserId, {
    signal: options.signal,
  });
  if (!listing.ok) return listing;
  const { records } = await listCodes(options.db);
  const marked = codesAlreadyOnAccount(records, listing.posts, options.advertiserId);
  if (marked.length) {
    await setStatus(
      options.db,
      marked,
      'applied',
      options.clock,
      `Found on ad account ${options.advertiserId}`,
    );
  }
  return { ok: true, onAccount: listing.posts.length, marked, complete: listing.complete };
}
