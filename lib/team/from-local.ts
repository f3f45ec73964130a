/**
 * What this browser did, told to the team. The local history (`events` table) is the outbox:
 * every write the extension makes, from any of its pages, leaves an event there, so reading the
 * events after the last one shared finds every change without hooking each write path. Each
 * event is told with the code's record as it stands now, which carries the details, account and
 * TikTok's verdict the event was about.
 */
import { codeDetailsSchema, type CodeEvent, type CodeRecord } from '../records/schema';
import type { NewEvent } from './doc';

/** A buyer who copies a batch holds its codes this long, unless they release or apply them. */
export const CLAIM_MS = 4 * 60 * 60 * 1000;

export interface LocalChanges {
  events: NewEvent[];
  /** Codes copied for an account: claimed so teammates' batches leave them out. */
  claims: { account?: string; codes: string[] }[];
}

const detailFields = Object.keys(codeDetailsSchema.shape) as (keyof CodeRecord)[];

function detailsOf(record: CodeRecord): NewEvent['details'] {
  const details: Record<string, unknown> = {};
  for (const field of detailFields) {
    if (record[field] !== undefined) details[field] = record[field];
  }
  const parsed = codeDetailsSchema.partial().safeParse(details);
  return parsed.success && Object.keys(parsed.data).length > 0 ? parsed.data : undefined;
}

const account = (record: CodeRecord | undefined) => record?.adAccountId?.trim() || undefined;

/** TikTok's own verdict on the code, if the record carries one. */
function tiktokVerdict(record: CodeRecord | undefined): NewEvent | undefined {
  if (record?.status === 'revoked')
    return { type: 'revoked', code: record.code, source: 'tiktok-api' };
  if (record?.status === 'expired')
    return { type: 'expired', code: record.code, source: 'tiktok-api' };
  return undefined;
}

function teamEventsFor(event: CodeEvent, code: string, record: CodeRecord | undefined): NewEvent[] {
  const at = event.at;
  switch (event.type) {
    case 'added':
      return record
        ? [
            {
              type: 'added',
              code,
              at,
              raw: record.raw.slice(0, 20_000),
              details: detailsOf(record),
              source: 'buyer',
            },
          ]
        : [];
    case 'updated':
      return record
        ? [{ type: 'updated', code, at, details: detailsOf(record) ?? {}, source: 'buyer' }]
        : [];
    case 'checked': {
      const verdict = tiktokVerdict(record);
      const outcome = record?.status === 'failed' || verdict ? 'failed' : 'ready';
      return [{ type: 'checked', code, at, outcome }, ...(verdict ? [{ ...verdict, at }] : [])];
    }
    case 'copied':
      return [{ type: 'copied', code, at, account: account(record), source: 'buyer' }];
    case 'applied':
      return [{ type: 'applied', code, at, account: account(record), source: 'ads-manager' }];
    case 'failed': {
      const verdict = tiktokVerdict(record);
      if (verdict) return [{ ...verdict, at }];
      return [
        {
          type: 'failed',
          code,
          at,
          reason: event.detail?.slice(0, 2000),
          account: account(record),
        },
      ];
    }
    case 'deleted':
    case 'restored':
      return [{ type: event.type, code, at }];
    case 'batched':
      return [];
  }
}

/**
 * The team events and claims for local events, in their order. `records` holds the codes' rows
 * now; a code deleted since is told only by its `deleted` event.
 */
export function localChanges(
  events: readonly CodeEvent[],
  records: ReadonlyMap<string, CodeRecord>,
): LocalChanges {
  const changes: LocalChanges = { events: [], claims: [] };
  for (const event of events) {
    const codes = event.codes ?? (event.code ? [event.code] : []);
    const copiedFor = new Map<string | undefined, string[]>();
    for (const code of codes) {
      const record = records.get(code);
      changes.events.push(...teamEventsFor(event, code, record));
      if (event.type !== 'copied') continue;
      const claimAccount = account(record);
      copiedFor.set(claimAccount, [...(copiedFor.get(claimAccount) ?? []), code]);
    }
    for (const [claimAccount, claimed] of copiedFor)
      changes.claims.push({ account: claimAccount, codes: claimed });
  }
  return changes;
}

/** Every code this browser holds, told as added: moving a personal inventory into a team. */
export function inventoryAsAdded(records: readonly CodeRecord[]): NewEvent[] {
  return records.flatMap((record) => {
    const added: NewEvent = {
      type: 'added',
      code: record.code,
      at: record.addedAt,
      raw: record.raw.slice(0, 20_000),
      details: detailsOf(record),
      source: 'buyer',
    };
    const status: NewEvent[] =
      record.status === 'applied'
        ? [
            {
              type: 'applied',
              code: record.code,
              at: record.appliedAt ?? record.updatedAt,
              account: account(record),
            },
          ]
        : [];
    const verdict = tiktokVerdict(record);
    return [added, ...status, ...(verdict ? [{ ...verdict, at: record.updatedAt }] : [])];
  });
}
