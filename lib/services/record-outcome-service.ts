import type { CallContext, ParsedRequestOf, ResponseOf } from '../api/operations';
import type { Clock } from '../clock';
import type { SparkDatabase } from '../db/database';
import { getCodes, setStatus } from '../db/repository';
import { classifyAnswer, type AnswerCause } from '../records/ads-manager-answers';
import type { CodeStatus } from '../records/schema';
import type { LiveLookups } from './live-lookups';
import type { createPreflightService } from './preflight-service';

export interface RecordOutcomeDeps {
  db: SparkDatabase;
  clock: Clock;
  live?: Pick<LiveLookups, 'forget'>;
  preflight: ReturnType<typeof createPreflightService>;
}

/** These answers have a status of their own: the buyer needs a new code, not a retry. */
const STATUS_FOR_CAUSE: Partial<Record<AnswerCause, CodeStatus>> = {
  expired: 'expired',
  revoked: 'revoked',
};

type OutcomeRequest = ParsedRequestOf<'recordOutcome'>;

async function record(
  deps: RecordOutcomeDeps,
  request: OutcomeRequest,
): Promise<Omit<ResponseOf<'recordOutcome'>, 'checks'>> {
  let status: CodeStatus = request.outcome;
  if (request.outcome === 'applied') {
    const current = (await getCodes(deps.db, [request.code])).get(request.code);
    // What the page shows can be faked or misread; TikTok's own definite answer (expired,
    // revoked, post gone) outranks a success message. A new live check settles it.
    const live = current?.live;
    if (live?.kind === 'failure' && live.failure.definitive) {
      return { recorded: false, skipped: 'contradicted-by-tiktok' };
    }
  }
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
  const snapshot = await setStatus(deps.db, [request.code], status, deps.clock, reason);
  return snapshot.length > 0
    ? { recorded: true }
    : { recorded: false, skipped: 'not-in-inventory' };
}

/**
 * Writes what Ads Manager answered for a code: applied, or failed with its words as the reason.
 * Codes that are not in the inventory are left alone (`recorded: false`); the panel offers to add
 * them instead of creating records the buyer never asked for. TikTok's earlier answer about the
 * code is forgotten, since Ads Manager just changed it.
 */
export function createRecordOutcomeService(deps: RecordOutcomeDeps) {
  return async (
    request: OutcomeRequest,
    context?: CallContext,
  ): Promise<ResponseOf<'recordOutcome'>> => {
    const outcome = await record(deps, request);
    if (outcome.recorded) deps.live?.forget([request.code]);
    const checks = request.recheck ? await deps.preflight(request.recheck, context) : undefined;
    return { ...outcome, checks };
  };
}
