import type { SparkDatabase } from '../db/database';
import { setStatus } from '../db/repository';
import type { ParsedRequestOf, ResponseOf } from '../messaging/protocol';
import { clockAt, type ServiceClock } from './clock';

export interface RecordOutcomeDeps {
  db: SparkDatabase;
  clock: ServiceClock;
}

/**
 * Writes what Ads Manager answered for a code: applied, or failed with its words as the reason.
 * Codes that are not in the inventory are left alone (`recorded: false`); the panel offers to add
 * them instead of creating records the buyer never asked for.
 */
export function createRecordOutcomeService(deps: RecordOutcomeDeps) {
  return async (
    request: ParsedRequestOf<'recordOutcome'>,
  ): Promise<ResponseOf<'recordOutcome'>> => {
    const reason = request.reason && `Ads Manager: ${request.reason}`;
    const snapshot = await setStatus(
      deps.db,
      [request.code],
      request.outcome,
      clockAt(deps.clock),
      reason,
    );
    return { recorded: snapshot.length > 0 };
  };
}
