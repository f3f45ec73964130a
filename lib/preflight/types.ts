import type { CodeRecord } from '../records/schema';
import type { LiveLookup } from '../tiktok/facts';
import type { Translate } from '../translate';
import type { CheckResult } from './check-result';

export {
  checkIds,
  checkResultSchema,
  checkStatusSchema,
  type CheckId,
  type CheckResult,
  type CheckStatus,
} from './check-result';

/** Everything a check may look at for one code. Missing pieces make a check `unknown`. */
export interface PreflightInput {
  /** The text as found (normalised if it could be); format check looks at this. */
  code: string;
  /** Warnings from extraction (e.g. "looked truncated"). */
  extractionWarnings?: readonly string[];
  /** How many times this code appears in the text being checked (1 = no duplicate). */
  occurrences: number;
  /** The buyer's inventory record for this code, if any. */
  record?: CodeRecord;
  /** Live facts or failure from the Marketing API, if a token is set and a lookup ran. */
  live?: LiveLookup;
}

export interface PreflightContext {
  /** Epoch ms. */
  now: number;
  /** IANA zone the buyer's dates are read in; defaults to UTC. */
  timeZone?: string;
  /** Days before expiry that turn the expiry check to warn. Default 3. */
  alertWindowDays?: number;
  /**
   * The ad account the codes are about to be authorized on, when known. `shop` false: the
   * buyer said it is not a TikTok Shop account; `shopStoreId`: the store its products come from.
   */
  adAccount?: { id: string; country?: string; shop?: boolean; shopStoreId?: string };
  /** Words every result is written in, from the extension's messages. */
  t: Translate;
}

export type Check = (input: PreflightInput, context: PreflightContext) => CheckResult;
