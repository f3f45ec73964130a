import type { Clock } from '../clock';
import type { SparkDatabase } from '../db/database';
import { setStatus } from '../db/repository';
import type { CodeStatus } from '../records/schema';
import type { LiveFailure } from '../tiktok/facts';
import { mapWithConcurrency } from '../tiktok/pool';
import type { TikTokClient } from '../tiktok/client';

export type AuthorizeResult =
  | { code: string; kind: 'applied' }
  /** TikTok refused the code for good; the inventory now says why. */
  | { code: string; kind: 'failed'; failure: LiveFailure }
  /** A stitch, duet or mention: TikTok wants the original post's code alongside. */
  | { code: string; kind: 'needs-original'; failure: LiveFailure }
  /** A fault on the way (network, timeout, TikTok's server): the code may be fine; retry. */
  | { code: string; kind: 'unknown'; failure: LiveFailure }
  | { code: string; kind: 'cancelled' };

export interface AuthorizeBatchOptions {
  client: Pick<TikTokClient, 'authorize'>;
  db: SparkDatabase;
  clock: Clock;
  advertiserId: string;
  codes: readonly string[];
  /** Original post codes the buyer supplied for stitches, duets and mentions, by code. */
  originalPostCodes?: Readonly<Record<string, string>>;
  concurrency?: number;
  signal?: AbortSignal;
  onResult?: (result: AuthorizeResult, done: number, total: number) => void;
}

/** Which inventory status a firm refusal leaves the code in. */
function statusForFailure(failure: LiveFailure): CodeStatus {
  if (failure.reason === 'expired') return 'expired';
  if (failure.reason === 'revoked') return 'revoked';
  return 'failed';
}

function classify(code: string, failure: LiveFailure): AuthorizeResult {
  if (failure.reason === 'original_post_needed') return { code, kind: 'needs-original', failure };
  if (!failure.definitive) return { code, kind: 'unknown', failure };
  return { code, kind: 'failed', failure };
}

async function record(options: AuthorizeBatchOptions, result: AuthorizeResult): Promise<void> {
  const { clock } = options;
  if (result.kind === 'applied') {
    await setStatus(options.db, [result.code], 'applied', clock, 'Authorized through the API');
  } else if (result.kind === 'failed') {
    const status = statusForFailure(result.failure);
    await setStatus(options.db, [result.code], status, clock, result.failure.message);
  }
  // Unknown, cancelled and needs-original leave the code as it was: nothing firm was learned.
}

/** The request went out but its outcome could not be saved; the buyer must look in Ads Manager. */
function unrecordedFailure(at: number): LiveFailure {
  return {
    fetchedAt: at,
    reason: 'unknown',
    definitive: false,
    message: 'The result could not be saved in your inventory.',
    fix: 'Check the Spark Ads posts list in Ads Manager, then mark the code there by hand.',
  };
}

/**
 * Authorizes codes on one ad account through `/tt_video/authorize/`, a few at a time, writing
 * each outcome to the inventory as soon as it is known so an open popup shows progress.
 */
export async function authorizeBatch(options: AuthorizeBatchOptions): Promise<AuthorizeResult[]> {
  const { client, advertiserId, codes, signal } = options;
  let done = 0;
  const outcomes = await mapWithConcurrency(
    codes,
    options.concurrency ?? 4,
    async (code): Promise<AuthorizeResult> => {
      const original = options.originalPostCodes?.[code];
      const outcome = await client.authorize(advertiserId, code, original, { signal });
      const result: AuthorizeResult = outcome.ok
        ? { code, kind: 'applied' }
        : classify(code, outcome.failure);
      await record(options, result);
      options.onResult?.(result, ++done, codes.length);
      return result;
    },
    { signal },
  );
  return outcomes.map((outcome, index): AuthorizeResult => {
    const code = codes[index] as string;
    if (outcome.status === 'fulfilled') return outcome.value;
    if (outcome.status === 'cancelled') return { code, kind: 'cancelled' };
    return { code, kind: 'unknown', failure: unrecordedFailure(options.clock.now()) };
  });
}
