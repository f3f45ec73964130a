import { z } from 'zod';
import { adAccountSchema } from '../settings/schema';

const advertiserId = z.string().regex(/^\d{1,30}$/);
const code = z.string().min(1).max(400);

/** Advertiser ids to read; an empty list still proves the token works. */
export const testConnectionRequestSchema = z.object({
  advertiserIds: z.array(advertiserId).max(100),
});
export const testConnectionResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), accounts: z.array(adAccountSchema) }),
  z.object({ ok: z.literal(false), message: z.string(), fix: z.string() }),
]);

export const authorizeStartRequestSchema = z.object({
  advertiserId,
  codes: z.array(code).min(1).max(100),
  /** Original post codes for stitches, duets and mentions, keyed by the code that needs one. */
  originals: z.record(code, code).default({}),
});
export const authorizeStartResponseSchema = z.object({ jobId: z.string() });

export const authorizeCancelRequestSchema = z.object({ jobId: z.string().max(100) });
export const authorizeCancelResponseSchema = z.object({ cancelled: z.boolean() });

export const syncAppliedRequestSchema = z.object({ advertiserId });
export const syncAppliedResponseSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    onAccount: z.number(),
    marked: z.number(),
    complete: z.boolean(),
  }),
  z.object({ ok: z.literal(false), message: z.string(), fix: z.string() }),
]);

export const refreshLiveRequestSchema = z.object({ codes: z.array(code).min(1).max(500) });
export const refreshLiveResponseSchema = z.object({
  checked: z.number(),
  /** Why nothing was asked, e.g. no token or no ad account for the code. */
  skipped: z.array(z.object({ code, reason: z.string() })),
});

/** Job progress as published to session storage for the pages to watch. */
export const authorizeJobSchema = z.object({
  id: z.string(),
  advertiserId: z.string(),
  total: z.number(),
  done: z.number(),
  state: z.enum(['running', 'finished', 'cancelled', 'interrupted']),
  /** Every code the job was given, answered or not. */
  codes: z.array(code).optional(),
  results: z.array(
    z.object({
      code,
      kind: z.enum(['applied', 'failed', 'needs-original', 'unknown', 'cancelled']),
      failure: z.object({ message: z.string(), fix: z.string() }).loose().optional(),
    }),
  ),
});
export type AuthorizeJob = z.infer<typeof authorizeJobSchema>;
export const AUTHORIZE_JOB_KEY_PREFIX = 'authorizeJob:';

/** The newest authorization job for an ad account, so a reopened popup finds it again. */
export const authorizeLatestRequestSchema = z.object({ advertiserId });
export const authorizeLatestResponseSchema = z.object({ job: authorizeJobSchema.nullable() });

/** Asks TikTok what became of an interrupted job's unanswered codes. */
export const authorizeReconcileRequestSchema = z.object({ jobId: z.string().max(100) });
export const authorizeReconcileResponseSchema = z.object({
  job: authorizeJobSchema.nullable(),
  problem: z.object({ message: z.string(), fix: z.string() }).optional(),
});

/** Reads ad performance now for saved accounts (all when none are named). */
export const refreshPerformanceRequestSchema = z.object({
  advertiserIds: z.array(advertiserId).max(100).optional(),
});
const unknownReason = z.object({
  key: z.string().optional(),
  values: z.array(z.string()).optional(),
  message: z.string().optional(),
  fix: z.string().optional(),
});
export const refreshPerformanceResponseSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    accounts: z.array(
      z.object({
        advertiserId: z.string(),
        outcome: z.enum(['read', 'failed', 'recent']),
        codes: z.number(),
        reason: unknownReason.optional(),
      }),
    ),
  }),
  z.object({ ok: z.literal(false), message: z.string(), fix: z.string() }),
]);
