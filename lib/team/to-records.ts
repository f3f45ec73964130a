/**
 * The team inventory written into this browser's own store, where the popup, dashboard, panel
 * and batches read it. The team's merged log decides status, details and who holds a code; what
 * only this browser knows (its last checks, TikTok's facts, the batch it copied) stays.
 */
import type { CodeRecord } from '../records/schema';
import type { TeamCodeView, TeamInventory } from './project';

export interface RecordChanges {
  /** New or changed rows, without derived fields (the store adds the expiry). */
  put: CodeRecord[];
  /** Codes a teammate deleted. */
  remove: string[];
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function claimOf(view: TeamCodeView, memberId: string, names: ReadonlyMap<string, string>) {
  const holder = view.holder;
  if (!holder || holder.by === memberId) return undefined;
  const name = holder.byName ?? names.get(holder.by) ?? holder.by;
  return holder.account === undefined
    ? { name, until: holder.until }
    : { name, account: holder.account, until: holder.until };
}

function recordFrom(
  view: TeamCodeView,
  current: CodeRecord | undefined,
  claimedBy: CodeRecord['claimedBy'],
  now: number,
): CodeRecord {
  const base: CodeRecord = current ?? {
    code: view.code,
    raw: view.raws[0] ?? view.code,
    extractionWarnings: [],
    status: view.status,
    addedAt: view.addedAt,
    updatedAt: now,
  };
  const next: CodeRecord = { ...base, ...view.details, status: view.status };
  if (view.status === 'applied' && next.appliedAt === undefined) {
    next.appliedAt = view.events.findLast((event) => event.type === 'applied')?.at ?? now;
  }
  if (view.status === 'failed') {
    const reason = view.events.findLast((event) => event.type === 'failed')?.reason;
    if (reason) next.failureReason = reason;
  } else delete next.failureReason;
  if (claimedBy) next.claimedBy = claimedBy;
  else delete next.claimedBy;
  return next;
}

/** Fields the projection owns; a row differing in none of them is left alone. */
const projected = ['status', 'failureReason', 'claimedBy', 'appliedAt'] as const;

function changed(current: CodeRecord, next: CodeRecord, view: TeamCodeView): boolean {
  if (projected.some((field) => !sameJson(current[field], next[field]))) return true;
  return Object.keys(view.details).some(
    (field) => !sameJson(current[field as keyof CodeRecord], next[field as keyof CodeRecord]),
  );
}

/**
 * The writes that bring local rows in line with the team. `names` maps member ids to names for
 * claims whose entry carries none.
 */
export function recordChanges(
  team: TeamInventory,
  local: ReadonlyMap<string, CodeRecord>,
  memberId: string,
  now: number,
  names: ReadonlyMap<string, string> = new Map(),
): RecordChanges {
  const changes: RecordChanges = { put: [], remove: [] };
  for (const view of team.codes.values()) {
    const current = local.get(view.code);
    if (view.deleted) {
      if (current) changes.remove.push(view.code);
      continue;
    }
    const next = recordFrom(view, current, claimOf(view, memberId, names), now);
    if (!current) changes.put.push(next);
    else if (changed(current, next, view)) changes.put.push({ ...next, updatedAt: now });
  }
  return changes;
}
