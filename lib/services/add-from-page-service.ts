import type { ParsedRequestOf, ResponseOf } from '../api/operations';
import { isCompleteCode } from '../codes/completeness';
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
    const whole = request.items.filter((item) => isCompleteCode(item.code, item.warnings));
    const refused = request.items.length - whole.length;
    const result = whole.length
      ? await addCodes(deps.db, whole, request.details, deps.clock)
      : { added: [], known: [] };
    const checks = request.recheck ? await deps.preflight(request.recheck) : undefined;
    return { added: result.added.length, known: result.known.length, refused, checks };
  };
}
