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

/** Everything a check may look at for one code. Missing pieces make a check `unknown`. */
export interface PreflightInput {
  /** The text as found (normalised if it could be); format check looks at this. */
  code: string;
  /** Warnings from extraction (e.g. "looked truncated"). */
  extractionWarnings?: readonly string[];
  /** How many times this code appears in the text being checked (1 = no duplicate). */
  occurrences: number;
  /** The buyer's inventory record for this code, if any. Typed loosely so lib/preflight stays independent of lib/db. */
  record?: import('../db/schema').CodeRecord;
  /** Live facts or failure from the Marketing API, if a token is set and a lookup ran. */
  live?: import('../tiktok/facts').LiveLookup;
}

export interface PreflightContext {
  /** Epoch ms. */
  now: number;
  /** IANA zone the buyer's dates are read in; defaults to UTC. */
  timeZone?: string;
  /** Days before expiry that turn the expiry check to warn. Default 3. */
  alertWindowDays?: number;
  /** The ad account the codes are about to be authorized on, when known. */
  adAccount?: { id: string; country?: string };
}

export type Check = (input: PreflightInput, context: PreflightContext) => CheckResult;
