import type { CodeRecord } from '../records/schema';
import type { Batch } from '../batches/index';
import { canAuthorize } from '../records/usability';
import { isCopiedPending } from './inventory-view';

/** A batch as the buyer sees it: numbered, with an id unique across plans. */
/** A batch of a plan; screens name it by its place ("Batch 2"). */
export type PlannedBatch = Batch;

export interface BatchPlan {
  plannedAt: number;
  batchSize: number;
  batches: PlannedBatch[];
}

/** A teammate holds the code right now: they copied it into a batch of theirs. */
export function claimedByTeammate(record: CodeRecord, now: number): boolean {
  return record.claimedBy !== undefined && record.claimedBy.until > now;
}

/**
 * Codes that may go into a new plan. Codes already copied in an earlier batch stay with that
 * batch until it is applied, so planning again never hands the same code out twice; codes a
 * teammate claimed stay out until their claim ends.
 */
export function plannable(records: readonly CodeRecord[], now: number): CodeRecord[] {
  return records.filter((record) => !isCopiedPending(record) && !claimedByTeammate(record, now));
}

export interface TeammateClaim {
  name: string;
  account?: string;
  /** When the last of these codes' claims ends. */
  until: number;
  codes: number;
}

/** Codes left out because teammates hold them, one line per teammate and account. */
export function teammateClaims(records: readonly CodeRecord[], now: number): TeammateClaim[] {
  const groups = new Map<string, TeammateClaim>();
  for (const record of records) {
    const claim = record.claimedBy;
    if (!claim || claim.until <= now || record.status === 'applied') continue;
    const key = JSON.stringify([claim.name, claim.account ?? null]);
    const group = groups.get(key);
    if (group) {
      group.codes += 1;
      group.until = Math.max(group.until, claim.until);
    } else
      groups.set(key, { name: claim.name, account: claim.account, until: claim.until, codes: 1 });
  }
  return [...groups.values()].sort((a, b) => b.codes - a.codes || a.name.localeCompare(b.name));
}

/**
 * Batch ids end up on records (`batchId`) when a batch is copied. The planner's id already names
 * the account, position and codes; the plan time keeps yesterday's "same" batch apart from today's.
 */
export function numberBatches(batches: readonly Batch[], plannedAt: number): PlannedBatch[] {
  const stamp = plannedAt.toString(36);
  return batches.map((batch) => ({
    ...batch,
    codes: [...batch.codes],
    id: `${batch.id}-${stamp}`,
  }));
}

/** The codes of a batch that can still be copied, in the batch's order. */
export function usableCodes(
  codes: readonly string[],
  byCode: ReadonlyMap<string, CodeRecord>,
  now: number,
  timeZone?: string,
): string[] {
  return codes.filter((code) => {
    const record = byCode.get(code);
    return (
      record !== undefined && canAuthorize(record, now, timeZone) && !claimedByTeammate(record, now)
    );
  });
}

export type BatchProgress =
  { kind: 'planned' } | { kind: 'copied'; at: number } | { kind: 'applied'; at: number };

export interface BatchStatus {
  progress: BatchProgress;
  /** Codes deleted, or no longer usable (expired, revoked, failed, applied on their own) since planning. */
  changed: number;
}

/** Where a planned batch stands now, read from the live records. */
export function batchStatus(
  batch: Pick<Batch, 'id' | 'codes'>,
  byCode: ReadonlyMap<string, CodeRecord>,
  now: number,
  timeZone?: string,
): BatchStatus {
  const records = batch.codes.map((code) => byCode.get(code));
  const present = records.filter((r): r is CodeRecord => r !== undefined);
  const allPresent = present.length === batch.codes.length && present.length > 0;
  if (allPresent && present.every((r) => r.status === 'applied')) {
    return {
      progress: { kind: 'applied', at: Math.max(...present.map((r) => r.appliedAt ?? 0)) },
      changed: 0,
    };
  }
  const usable = present.filter((r) => canAuthorize(r, now, timeZone));
  const changed = batch.codes.length - usable.length;
  const copied =
    usable.length > 0 && usable.every((r) => r.batchId === batch.id && r.copiedAt !== undefined);
  if (copied) {
    return {
      progress: { kind: 'copied', at: Math.max(...usable.map((r) => r.copiedAt ?? 0)) },
      changed,
    };
  }
  return { progress: { kind: 'planned' }, changed };
}

export interface CopiedBatch extends Batch {
  copiedAt: number;
}

/**
 * Batches copied earlier and not applied yet, rebuilt from the records so they survive the popup
 * closing (it closes as soon as the buyer clicks into Ads Manager to paste).
 */
export function copiedBatches(
  records: readonly CodeRecord[],
  exclude: ReadonlySet<string> = new Set(),
): CopiedBatch[] {
  const groups = new Map<string, CodeRecord[]>();
  for (const record of records) {
    if (!isCopiedPending(record) || !record.batchId || exclude.has(record.batchId)) continue;
    const group = groups.get(record.batchId) ?? [];
    group.push(record);
    groups.set(record.batchId, group);
  }
  return [...groups.entries()]
    .map(([id, group]) => {
      const ends = group.flatMap((r) => (r.expiresAt === undefined ? [] : [r.expiresAt]));
      const ordered = [...group].sort(
        (a, b) =>
          (a.expiresAt ?? Infinity) - (b.expiresAt ?? Infinity) || a.code.localeCompare(b.code),
      );
      return {
        id,
        // Stryker disable next-line OptionalChaining: a group is never empty
        adAccountId: group[0]?.adAccountId ?? null,
        codes: ordered.map((r) => r.code),
        earliestExpiry: ends.length ? Math.min(...ends) : null,
        copiedAt: Math.max(...group.map((r) => r.copiedAt ?? 0)),
      };
    })
    .sort((a, b) => b.copiedAt - a.copiedAt);
}
