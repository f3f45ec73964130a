import type { CallContext, ParsedRequestOf, ResponseOf } from '../api/operations';
import type { RateWindow } from './rate-window';
import type { Clock } from '../clock';
import type { SparkDatabase } from '../db/database';
import { addCodes } from '../db/repository';
import type { createPreflightService } from './preflight-service';

export interface AddFromPageDeps {
  db: SparkDatabase;
  clock: Clock;
  /** Re-checks the field after the write, so the reply carries the refreshed rows. */
  preflight: ReturnType<typeof createPreflightService>;
  /** Codes added per tab; absent for callers outside a tab. */
  addBudget?: RateWindow;
}

/** More than a buyer adds by hand in a minute (a full batch is 20); enough to stop a flood. */
export const ADDS_FROM_PAGE_PER_TAB_PER_MINUTE = 100;

/**
 * Stores codes the buyer chose to keep from an Ads Manager field, with the text they came from.
 * The page side already extracted them; anything that is not a whole Spark code is refused here
 * anyway, so a compromised or buggy page cannot fill the inventory with junk or fragments.
 */
export function createAddFromPageService(deps: AddFromPageDeps) {
  return async (
    request: ParsedRequestOf<'addFromPage'>,
    context?: CallContext,
  ): Promise<ResponseOf<'addFromPage'>> => {
    const tab = context?.tabId;
    const granted =
      deps.addBudget && tab !== undefined
        ? deps.addBudget.take(`tab:${tab}`, request.items.length)
        : request.items.length;
    const items = request.items.slice(0, granted);
    // The repository refuses anything that is not a whole Spark code, whoever sends it.
    const result = await addCodes(deps.db, items, request.details, deps.clock);
    const checks = request.recheck ? await deps.preflight(request.recheck, context) : undefined;
    const { added, known, refused } = result;
    return {
      added: added.length,
      known: known.length,
      refused: refused.length,
      limited: request.items.length - items.length,
      checks,
    };
  };
}
