import { z } from 'zod';
import { checkResultSchema } from '../preflight/check-result';
import { liveLookupSchema } from '../tiktok/facts';

export const codeStatuses = ['new', 'ready', 'applied', 'failed', 'expired', 'revoked'] as const;
export const codeStatusSchema = z.enum(codeStatuses);
export type CodeStatus = z.infer<typeof codeStatusSchema>;

// Problems are message names (see lib/inventory/field-error.ts): screens word them.

/** Calendar date the buyer typed, `YYYY-MM-DD`, read in the buyer's own time zone. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'details_errorDate');

/** Durations creators can pick in TikTok, plus "no expiry". */
export const durationSchema = z.union([z.number().int().positive().max(3650), z.literal('none')]);
export type Duration = z.infer<typeof durationSchema>;

/** ISO 3166-1 alpha-2 country/region, upper case. */
export const regionSchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/, 'details_errorRegion'));

/** The details a buyer can record about a code; every one optional. */
export const codeDetailsSchema = z.object({
  creatorHandle: z.string().max(100).optional(),
  /** TikTok post URL or bare numeric id, as the buyer entered it. */
  expectedPost: z.string().max(500).optional(),
  creatorRegion: regionSchema.optional(),
  adAccountId: z.string().max(40).optional(),
  /** When the code was received; defaults to the day it was added. */
  receivedOn: isoDateSchema.optional(),
  duration: durationSchema.optional(),
  /** Explicit expiry date; wins over receivedOn + duration. */
  expiresOn: isoDateSchema.optional(),
  campaignEndsOn: isoDateSchema.optional(),
  notes: z.string().max(5000).optional(),
});
export type CodeDetails = z.infer<typeof codeDetailsSchema>;

export const codeRecordSchema = codeDetailsSchema.extend({
  /** Normalised Spark code; the primary key. */
  code: z.string(),
  /** The exact text the code was found in, as pasted. */
  raw: z.string(),
  /** Warnings from extraction, kept so the panel and popup can show them. */
  extractionWarnings: z.array(z.string()).default([]),
  status: codeStatusSchema,
  failureReason: z.string().optional(),
  /** Derived: epoch ms when the authorization ends, if known. Indexed for sorting and alerts. */
  expiresAt: z.number().optional(),
  addedAt: z.number(),
  updatedAt: z.number(),
  copiedAt: z.number().optional(),
  appliedAt: z.number().optional(),
  batchId: z.string().optional(),
  lastCheck: z.object({ at: z.number(), results: z.array(checkResultSchema) }).optional(),
  live: liveLookupSchema.optional(),
  /**
   * A teammate holds the code for an account (they copied it into a batch); batches here leave
   * it out until `until`. Written only from the team document, never by this browser's buyer.
   */
  claimedBy: z
    .object({
      name: z.string().max(100),
      account: z.string().max(40).optional(),
      until: z.number(),
    })
    .optional(),
});
export type CodeRecord = z.infer<typeof codeRecordSchema>;

export const codeEventTypes = [
  'added',
  'updated',
  'checked',
  'batched',
  'copied',
  'applied',
  'failed',
  'deleted',
  'restored',
] as const;
export const codeEventSchema = z.object({
  id: z.number().optional(),
  /** The code the event is about; empty for a run event, which lists its codes in `codes`. */
  code: z.string(),
  type: z.enum(codeEventTypes),
  at: z.number(),
  /** Plain-English detail, e.g. the failure reason Ads Manager showed. */
  detail: z.string().optional(),
  /**
   * A run event: one write that did the same to many codes (a paste or a file of 100,000 codes
   * added together) is one event listing them, found per code through a multi-entry index.
   */
  codes: z.array(z.string()).optional(),
});
export type CodeEvent = z.infer<typeof codeEventSchema>;
