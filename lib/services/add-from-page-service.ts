import type { SparkDatabase } from '../db/database';
import { addCodes } from '../db/repository';
import { normalizeSparkCode } from '../codes';
import type { ParsedRequestOf, ResponseOf } from '../messaging/protocol';
import { clockAt, type ServiceClock } from './clock';

export interface AddFromPageDeps {
  db: SparkDatabase;
  clock: ServiceClock;
}

/**
 * Stores codes the buyer chose to keep from an Ads Manager field, with the text they came from.
 * The page side already extracted them; anything that is not a clean Spark code is refused here
 * anyway, so a compromised or buggy page cannot fill the inventory with junk.
 */
export function createAddFromPageService(deps: AddFromPageDeps) {
  return async (request: ParsedRequestOf<'addFromPage'>): Promise<ResponseOf<'addFromPage'>> => {
    const clean = request.items.filter((item) => normalizeSparkCode(item.code) === item.code);
    const refused = request.items.length - clean.length;
    if (clean.length === 0) return { added: 0, known: 0, refused };
    const incoming = clean.map((item) => ({
      code: item.code,
      raw: item.raw,
      warnings: item.warnings,
    }));
    const result = await addCodes(deps.db, incoming, request.details, clockAt(deps.clock));
    return { added: result.added.length, known: result.known.length, refused };
  };
}
