import { z } from 'zod';

/**
 * What the Marketing API told us about one Spark code, flattened from `/tt_video/info/`.
 * Times are epoch milliseconds (UTC). Everything is optional: the API omits fields freely.
 */
export const liveFactsSchema = z.object({
  fetchedAt: z.number(),
  itemId: z.string().optional(),
  caption: z.string().optional(),
  creatorName: z.string().optional(),
  /** The post's cover image (https). TikTok signs it for about an hour after `fetchedAt`. */
  coverUrl: z.string().optional(),
  itemStatus: z.string().optional(),
  itemType: z.string().optional(),
  /** e.g. AUTHORIZED, EXPIRED, NOT_USED, IN_USE, DELETED */
  authStatus: z.string().optional(),
  authStart: z.number().optional(),
  authEnd: z.number().optional(),
  productRegions: z.array(z.string()).optional(),
  /** TikTok Shop product links on the post's anchors (GMV Max picks only approved ones). */
  products: z
    .array(
      z.object({
        spuId: z.string(),
        name: z.string().optional(),
        storeId: z.string().optional(),
        /** The link's review: CHECK_ING, CHECK_FAILED or CHECK_SUCCESS. */
        status: z.string().optional(),
      }),
    )
    .optional(),
  stitchOriginalItemId: z.string().optional(),
  duetOriginalItemId: z.string().optional(),
  mentionedItemIds: z.array(z.string()).optional(),
});
export type LiveFacts = z.infer<typeof liveFactsSchema>;

/**
 * Why a live lookup did not return facts. `definitive` is true only when TikTok itself said the
 * code is bad (e.g. 4025 expired); network faults, timeouts and server errors are never definitive.
 */
export const liveFailureSchema = z.object({
  fetchedAt: z.number(),
  reason: z.enum([
    'expired',
    'revoked',
    'post_unavailable',
    'format',
    'original_post_needed',
    'unsupported_post',
    'post_restricted',
    'region',
    'auth', // token missing/invalid/no permission for the account
    'rate_limited',
    'server',
    'network',
    'timeout',
    'bad_response',
    'unknown',
  ]),
  definitive: z.boolean(),
  apiCode: z.number().optional(),
  message: z.string(),
  fix: z.string(),
  /** Where the words are in the extension's messages, for failures worded by the extension. */
  messageName: z
    .string()
    .regex(/^fault_[A-Za-z]{1,40}$/)
    .optional(),
});
export type LiveFailure = z.infer<typeof liveFailureSchema>;

export const liveLookupSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('facts'), facts: liveFactsSchema }),
  z.object({ kind: z.literal('failure'), failure: liveFailureSchema }),
]);
export type LiveLookup = z.infer<typeof liveLookupSchema>;
