import { computeExpiry } from '../preflight/expiry';
import type { CodeRecord } from './schema';

/** Derived index so the list can sort and alerts can count without re-reading every record. */
export function withExpiry(record: CodeRecord, timeZone?: string): CodeRecord {
  const live = record.live?.kind === 'facts' ? record.live.facts : undefined;
  const { endsAt } = computeExpiry(record, live, timeZone);
  const next = { ...record };
  if (endsAt === null) delete next.expiresAt;
  else next.expiresAt = endsAt;
  return next;
}
