/**
 * A code's state in the team, derived from its merged event log. Replicas that hold the same
 * events derive the same state whatever order the events arrived in: no writer wins by being
 * last, the domain rules decide.
 */
import type { CodeDetails, CodeStatus } from '../records/schema';
import { byTimeThenId, type TeamEvent } from './model';

export const codeFlags = [
  /** Applied on more than one ad account: two buyers used the same post. */
  'applied-on-several-accounts',
] as const;
export type CodeFlag = (typeof codeFlags)[number];

export interface CodeState {
  status: CodeStatus;
  /** Ad accounts TikTok accepted the code on, in the order it happened. */
  appliedOn: string[];
  flags: CodeFlag[];
  deleted: boolean;
  /** Each field as last set; earlier values stay in the log. */
  details: CodeDetails;
  /** Every distinct text the code was pasted in, first first: nothing pasted is lost. */
  raws: string[];
  /** The log, in time order. */
  events: TeamEvent[];
}

/**
 * TikTok's verdicts outrank what a buyer saw: once TikTok says revoked or expired, an `applied`
 * seen earlier or later on another machine does not make the code usable again. Among the rest,
 * applied outranks a failed attempt (a later error never un-applies a code).
 */
function statusOf(ordered: readonly TeamEvent[]): CodeStatus {
  const has = (type: TeamEvent['type']) => ordered.some((event) => event.type === type);
  if (has('revoked')) return 'revoked';
  if (has('expired')) return 'expired';
  if (has('applied')) return 'applied';
  const lastVerdict = ordered.findLast(
    (event) => event.type === 'failed' || event.type === 'checked',
  );
  if (!lastVerdict) return 'new';
  if (lastVerdict.type === 'failed') return 'failed';
  return lastVerdict.outcome === 'failed' ? 'failed' : 'ready';
}

function isDeleted(ordered: readonly TeamEvent[]): boolean {
  const last = ordered.findLast((event) => event.type === 'deleted' || event.type === 'restored');
  return last?.type === 'deleted';
}

function detailsOf(ordered: readonly TeamEvent[]): CodeDetails {
  const details: Record<string, unknown> = {};
  for (const event of ordered) {
    if (event.type !== 'added' && event.type !== 'updated') continue;
    for (const [field, value] of Object.entries(event.details ?? {})) {
      if (value !== undefined) details[field] = value;
    }
  }
  return details as CodeDetails;
}

function unique(values: Iterable<string | undefined>): string[] {
  const seen = new Set<string>();
  for (const value of values) if (value !== undefined) seen.add(value);
  return [...seen];
}

export function codeState(events: readonly TeamEvent[]): CodeState {
  const ordered = [...events].sort(byTimeThenId);
  const appliedOn = unique(
    ordered.filter((event) => event.type === 'applied').map((event) => event.account),
  );
  return {
    status: statusOf(ordered),
    appliedOn,
    flags: appliedOn.length > 1 ? ['applied-on-several-accounts'] : [],
    deleted: isDeleted(ordered),
    details: detailsOf(ordered),
    raws: unique(ordered.filter((event) => event.type === 'added').map((event) => event.raw)),
    events: ordered,
  };
}
