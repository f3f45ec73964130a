import type { SparkDatabase } from '../db/database';
import { getCodes, setStatus } from '../db/repository';
import type { CodeStatus } from '../db/schema';
import type { ParsedRequestOf, ResponseOf } from '../messaging/protocol';
import { classifyAnswer, type AnswerCause } from '../page/ads-manager-answers';
import { clockAt, type ServiceClock } from './clock';

export interface RecordOutcomeDeps {
  db: SparkDatabase;
  clock: ServiceClock;
}

/** These answers have a status of their own: the buyer needs a new code, not a retry. */
const STATUS_FOR_CAUSE: Partial<Record<AnswerCause, CodeStatus>> = {
  expired: 'expired',
  revoked: 'revoked',
};

/**
 * Writes what Ads Manager answered for a code: applied, or failed with its words as the reason.
 * Codes that are not in the inventory are left alone (`recorded: false`); the panel offers to add
 * them instead of creating records the buyer never asked for.
 */
export function createRecordOutcomeService(deps: RecordOutcomeDeps) {
  return async (
    request: ParsedRequestOf<'recordOutcome'>,
  ): Promise<ResponseOf<'recordOutcome'>> => {
    let status: CodeStatus = request.outcome;
    if (request.outcome === 'failed') {
      const current = (await getCodes(deps.db, [request.code])).get(request.code);
      // Once authorized, the code is in use; a later error (a re-submit, a stray toast) must not
      // hide that from the buyer.
      if (!current) return { recorded: false, skipped: 'not-in-inventory' };
      if (current.status === 'applied') return { recorded: false, skipped: 'already-applied' };
      const cause = request.reason && classifyAnswer(request.reason)?.cause;
      status = (cause && STATUS_FOR_CAUSE[cause]) || 'failed';
    }
    const reason = request.reason && `Ads Manager: ${request.reason}`;
    const snapshot = await setStatus(deps.db, [request.code], status, clockAt(deps.clock), reason);
    return snapshot.length > 0
      ? { recorded: true }
      : { recorded: false, skipped: 'not-in-inventory' };
  };
}
