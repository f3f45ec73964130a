import { z } from 'zod';

export const checkIds = [
  'format',
  'duplicate',
  'expiry',
  'revocation',
  'wrong-post',
  'region',
  'original-post',
] as const;
export type CheckId = (typeof checkIds)[number];

export const checkStatusSchema = z.enum(['pass', 'warn', 'fail', 'unknown']);
export type CheckStatus = z.infer<typeof checkStatusSchema>;

export const checkResultSchema = z.object({
  id: z.enum(checkIds),
  status: checkStatusSchema,
  /** What we found, in plain words. */
  message: z.string(),
  /** What the buyer should do; empty when nothing is needed. */
  fix: z.string(),
});
export type CheckResult = z.infer<typeof checkResultSchema>;
