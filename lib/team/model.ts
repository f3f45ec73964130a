/**
 * What a team inventory document holds. Everything in it was written by some client, so every
 * reader parses entries with these schemas and skips (and counts) the ones that do not fit
 * instead of trusting them.
 */
import { z } from 'zod';
import { codeDetailsSchema } from '../records/schema';

const memberIdSchema = z.string().min(1).max(100);
const entryIdSchema = z.string().min(1).max(100);
const codeTextSchema = z.string().min(2).max(2000);
const epochMsSchema = z.number().int().nonnegative();
const accountSchema = z.string().min(1).max(40);

export const teamEventTypes = [
  /** A buyer pasted the code; `raw` keeps the exact text. */
  'added',
  /** A buyer changed details; `details` holds only the fields they set. */
  'updated',
  /** Pre-flight checks ran; `outcome` says whether the code is ready. */
  'checked',
  /** Copied for pasting into Ads Manager, for `account`. */
  'copied',
  /** TikTok accepted the code on `account`. */
  'applied',
  /** An attempt failed; `reason` is what Ads Manager or the API said. */
  'failed',
  /** TikTok says the authorization window is over. */
  'expired',
  /** TikTok says the creator revoked the code or deleted the post. */
  'revoked',
  'deleted',
  'restored',
] as const;
export type TeamEventType = (typeof teamEventTypes)[number];

/** Where a verdict came from: the buyer's own hand, the Ads Manager page, or the Marketing API. */
export const teamEventSources = ['buyer', 'ads-manager', 'tiktok-api'] as const;

export const teamEventSchema = z.object({
  id: entryIdSchema,
  code: codeTextSchema,
  type: z.enum(teamEventTypes),
  /** Member id of the author, as the client wrote it; the server's audit trail says who really. */
  by: memberIdSchema,
  byName: z.string().max(100).optional(),
  at: epochMsSchema,
  account: accountSchema.optional(),
  source: z.enum(teamEventSources).optional(),
  raw: z.string().max(20_000).optional(),
  details: codeDetailsSchema.partial().optional(),
  reason: z.string().max(2000).optional(),
  outcome: z.enum(['ready', 'failed']).optional(),
});
export type TeamEvent = z.infer<typeof teamEventSchema>;

/**
 * A buyer holds a code for an ad account until `until`; `release` ends the holder's own claims
 * made before it. Claims are separate from the event log because they expire on their own.
 */
export const claimEntrySchema = z.object({
  id: entryIdSchema,
  code: codeTextSchema,
  kind: z.enum(['claim', 'release']),
  by: memberIdSchema,
  byName: z.string().max(100).optional(),
  account: accountSchema.optional(),
  at: epochMsSchema,
  until: epochMsSchema.optional(),
});
export type ClaimEntry = z.infer<typeof claimEntrySchema>;

/** Events and claims are ordered by their time, then id, so every replica sorts alike. */
export function byTimeThenId(a: { at: number; id: string }, b: { at: number; id: string }) {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
