import type { ParsedRequestOf, ResponseOf } from '../api/operations';
import type { Clock } from '../clock';
import type { SparkDatabase } from '../db/database';
import { addCodes } from '../db/repository';
import type { createPreflightService } from './preflight-service';

export interface AddFromPageDeps {
  db: SparkDatabase;
  clock: Clock;
  /** Re-checks the field after the write, so the reply carries the refreshed rows. */
  preflight: ReturnType<typeof createPreflightService>;
}

/**
 * Stores codes the buyer chose to keep from an Ads Manager field, with the text they came from.
 * The page side already extracted them; anything that is not a whole Spark code is refused here
 * anyway, so a compromised or buggy page cannot fill the inventory with junk or fragments.
 */
export function createAddFromPageService(deps: AddFromPageDeps) {
  return async (request: ParsedRequestOf<'addFromPage'>): Promise<ResponseOf<'addFromPage'>> => {
    // The repository refuses anything that is not a whole Spark code, whoever sends it.
    const result = await addCodes(deps.db, request.items, request.details, deps.clock);
    const checks = request.recheck ? await deps.preflight(request.recheck) : undefined;
    const { added, known, refused } = result;
    return { added: added.length, known: known.length, refused: refused.length, checks };
  };
}
