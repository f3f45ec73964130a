import { z } from 'zod';
import { codeDetailsSchema, codeStatusSchema } from '../records/schema';
import { checkResultSchema } from '../preflight/types';
import { adAccountSchema } from '../settings/schema';
import { FOUND_CODE_LIMITS, MAX_CODES_PER_MESSAGE } from './limits';
import { panelPrefsShape } from './panel-prefs';

export { MAX_CODES_PER_MESSAGE };

const codeString = z.string().min(1).max(FOUND_CODE_LIMITS.code);

const foundCodeSchema = z.object({
  code: codeString,
  raw: z.string().max(FOUND_CODE_LIMITS.raw),
  occurrences: z.number().int().min(1).max(FOUND_CODE_LIMITS.occurrences),
  warnings: z.array(z.string().max(FOUND_CODE_LIMITS.message)).max(FOUND_CODE_LIMITS.warnings),
});

export const preflightRequestSchema = z.object({
  codes: z.array(foundCodeSchema).max(MAX_CODES_PER_MESSAGE),
  adAccountId: z
    .string()
    .regex(/^\d{1,30}$/)
    .optional(),
  /** Ask TikTok's API too, when the buyer has a token. */
  live: z.boolean().default(true),
});
export type PreflightRequest = z.input<typeof preflightRequestSchema>;

/** The part of a record the panel shows; the full record never leaves the extension pages. */
export const recordSummarySchema = z.object({
  status: codeStatusSchema,
  creatorHandle: z.string().optional(),
  expectedPost: z.string().optional(),
  creatorRegion: z.string().optional(),
  adAccountId: z.string().optional(),
  failureReason: z.string().optional(),
  expiresAt: z.number().optional(),
});
export type RecordSummary = z.infer<typeof recordSummarySchema>;

export const preflightItemSchema = z.object({
  code: codeString,
  inInventory: z.boolean(),
  record: recordSummarySchema.optional(),
  results: z.array(checkResultSchema),
  /** When the authorization ends (epoch ms), from the record or live facts; null when unknown. */
  endsAt: z.number().nullable().default(null),
  /** The post the code points to, as TikTok described it: shown before the buyer searches. */
  post: z
    .object({
      itemId: z.string().max(40).optional(),
      caption: z.string().max(400).optional(),
      creatorName: z.string().max(200).optional(),
      // A cover that does not read as an https URL is dropped, never the whole answer.
      coverUrl: z
        .url({ protocol: /^https$/ })
        .max(2000)
        .optional()
        .catch(undefined),
    })
    .optional(),
  /**
   * What the code's post spent over the last 7 days, as the background last read it ("spent
   * $1,240 in 7 days"); absent when no figure is known. Never zero for a failed report.
   */
  spent7: z
    .object({
      amount: z.number().finite(),
      currency: z.string().max(10).optional(),
      readAt: z.number(),
    })
    .optional(),
});
export type PreflightItem = z.infer<typeof preflightItemSchema>;

export const preflightResponseSchema = z.object({
  adAccount: adAccountSchema.optional(),
  liveEnabled: z.boolean(),
  /** Why live checks did not run although a token is set, e.g. an ad account not in Options. */
  liveNote: z.string().max(300).optional(),
  items: z.array(preflightItemSchema),
});
export type PreflightResponse = z.infer<typeof preflightResponseSchema>;

export const addFromPageRequestSchema = z.object({
  items: z
    .array(
      foundCodeSchema.omit({ occurrences: true }).extend({
        /** This code's own details (typed in the panel or read from its line); they win over `details`. */
        details: codeDetailsSchema.optional(),
      }),
    )
    .min(1)
    .max(MAX_CODES_PER_MESSAGE),
  details: codeDetailsSchema.default({}),
  /** The field to check again once the write is done. */
  recheck: preflightRequestSchema.optional(),
});
export const addFromPageResponseSchema = z.object({
  added: z.number(),
  known: z.number(),
  /** Items that were not whole Spark codes; never stored. */
  refused: z.number().default(0),
  /** Items left out because this tab added too many codes in the last minute. */
  limited: z.number().default(0),
  /** The field's rows after the write, when asked for. */
  checks: preflightResponseSchema.optional(),
});

export const outcomeRequestSchema = z.object({
  code: codeString,
  outcome: z.enum(['applied', 'failed']),
  /** What Ads Manager said, in its words. */
  reason: z.string().max(500).optional(),
  /** The field to check again once the answer is recorded. */
  recheck: preflightRequestSchema.optional(),
});
export const outcomeResponseSchema = z.object({
  recorded: z.boolean(),
  /** Why nothing was written, when `recorded` is false. */
  skipped: z.enum(['not-in-inventory', 'already-applied', 'contradicted-by-tiktok']).optional(),
  checks: preflightResponseSchema.optional(),
});

/** The fields are shared with the panel's early check (panel-prefs.ts). */
export const panelPrefsSchema = z.object(panelPrefsShape);
export type PanelPrefs = z.infer<typeof panelPrefsSchema>;
export const panelPrefsRequestSchema = z.object({ path: z.string().max(2000) });
export const setPanelPrefsRequestSchema = panelPrefsSchema.extend({ path: z.string().max(2000) });
