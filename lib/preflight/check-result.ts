import { z } from 'zod';
import { checkIds } from './check-ids';

export { checkIds, type CheckId } from './check-ids';

export const checkStatusSchema = z.enum(['pass', 'warn', 'fail', 'unknown']);
export type CheckStatus = z.infer<typeof checkStatusSchema>;

export const checkResultSchema = z.object({
  id: z.enum(checkIds),
  status: checkStatusSchema,
  /** What we found, in plain words. */
  message: z.string(),
  /** What the buyer should do; empty when nothing is needed. */
  fix: z.string(),
  /**
   * What a settled result rests on when that is not the pasted text alone: the buyer's records
   * or TikTok. "Ready (from your records)" is worded from this.
   */
  source: z.enum(['records', 'live']).optional(),
  /**
   * Set on an unknown that only TikTok can settle and that TikTok was not asked about: the panel
   * says so once for all codes instead of once per code and check.
   */
  liveOnly: z.literal(true).optional(),
  /** Set when rewriting the field with the cleaned code removes the problem (repeats). */
  cleanable: z.literal(true).optional(),
});
export type CheckResult = z.infer<typeof checkResultSchema>;
