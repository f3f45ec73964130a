import { writeInBulk } from './bulk';
import type { SparkDatabase } from './database';
import { isCompleteCode } from '../codes/completeness';
import type { Clock } from '../clock';
import { withExpiry } from '../records/expiry-index';
import { writeTransaction } from './write-failure';
import { parseRow, parseRows } from './records';
import {
  codeDetailsSchema,
  type CodeDetails,
  type CodeEvent,
  type CodeRecord,
  type CodeStatus,
} from '../records/schema';
import type { CheckResult } from '../preflight/types';
import type { LiveLookup } from '../tiktok/facts';

/** One code found in some text, ready to be stored. */
export interface IncomingCode {
  code: string;
  raw: string;
  warnings?: readonly string[];
  /**
   * This code's own details (read from its line of the paste, or typed for it). When present
   * they are used instead of the shared ones, so the caller merges the two as it sees fit.
   */
  details?: CodeDetails;
}

export interface AddResult {
  added: CodeRecord[];
  /** Already in the inventory; details the buyer had left blank are filled in, nothing overwritten. */
  known: CodeRecord[];
  /** Not whole Spark codes (half-typed, cut off, not a code at all); never stored. */
  refused: IncomingCode[];
}

function event(code: string, type: CodeEvent['type'], at: number, detail?: string): CodeEvent {
  return detail === undefined ? { code, type, at } : { code, type, at, detail };
}

function fillBlanks(record: CodeRecord, details: CodeDetails): CodeRecord | undefined {
  const patch: Partial<CodeRecord> = {};
  for (const [key, value] of Object.entries(details) as [keyof CodeDetails, unknown][]) {
    if (value !== undefined && value !== '' && record[key] === undefined) {
      (patch as Record<string, unknown>)[key] = value;
    }
  }
  return Object.keys(patch).length ? { ...record, ...patch } : undefined;
}

/** The first sighting of each code: a paste that names a code twice adds it once. */
function distinct(incoming: readonly IncomingCode[]): IncomingCode[] {
  const seen = new Set<string>();
  return incoming.filter((item) => !seen.has(item.code) && seen.add(item.code));
}

/**
 * Stores codes with the shared details the buyer gave for the lot. Runs in one transaction so a
 * failed write leaves the inventory exactly as it was; within it, works in slices so a paste of
 * 100,000 codes never holds every read and write in memory at once.
 */
export async function addCodes(
  db: SparkDatabase,
  incoming: readonly IncomingCode[],
  details: CodeDetails,
  clock: Clock,
): Promise<AddResult> {
  const now = clock.now();
  const cleanDetails = codeDetailsSchema.parse(details);
  const items: IncomingCode[] = [];
  const refused: IncomingCode[] = [];
  for (const item of distinct(incoming)) {
    (isCompleteCode(item.code, item.warnings) ? items : refused).push(item);
  }
  // Checked before the transaction opens, so a bad value refuses the whole paste up front.
  const ownDetails = new Map<IncomingCode, CodeDetails>();
  for (const item of items) {
    if (item.details) ownDetails.set(item, codeDetailsSchema.parse(item.details));
  }
  // Codes without their own details share the shared ones and the time added, so one expiry.
  const template = withExpiry(
    {
      ...cleanDetails,
      code: '',
      raw: '',
      extractionWarnings: [],
      status: 'new',
      addedAt: now,
      updatedAt: now,
    },
    clock.timeZone,
  );
  return writeTransaction(db, [db.codes, db.events], async () => {
    const outcome = await writeInBulk(db, items, {
      fresh: (item) => {
        const own = ownDetails.get(item);
        const base = {
          code: item.code,
          raw: item.raw,
          extractionWarnings: [...(item.warnings ?? [])],
        };
        if (!own) return { record: { ...template, ...base } };
        // Its own details set its own expiry.
        return {
          record: withExpiry(
            { ...own, ...base, status: 'new', addedAt: now, updatedAt: now },
            clock.timeZone,
          ),
        };
      },
      added: { type: 'added', at: now },
      merge: (current, item) => {
        const filled = fillBlanks(current, ownDetails.get(item) ?? cleanDetails);
        if (!filled) return undefined;
        return {
          record: withExpiry({ ...filled, updatedAt: now }, clock.timeZone),
          event: event(current.code, 'updated', now, 'Filled in details from a new paste'),
        };
      },
    });
    const known = outcome.known.map((entry) => entry.record);
    return { added: outcome.added, known, refused };
  });
}

export async function getCodes(
  db: SparkDatabase,
  codes: readonly string[],
): Promise<Map<string, CodeRecord>> {
  const rows = await db.codes.bulkGet([...codes]);
  const found = new Map<string, CodeRecord>();
  rows.forEach((row) => {
    const record = parseRow(row);
    if (record) found.set(record.code, record);
  });
  return found;
}

export async function listCodes(
  db: SparkDatabase,
): Promise<{ records: CodeRecord[]; corrupt: number }> {
  return parseRows(await db.codes.toArray());
}

/** Edits a code's details; clearing a field is done by passing an empty string. */
export async function updateDetails(
  db: SparkDatabase,
  code: string,
  patch: Partial<Record<keyof CodeDetails, string | number | undefined>>,
  clock: Clock,
): Promise<CodeRecord> {
  const now = clock.now();
  const cleared = Object.entries(patch)
    .filter(([, v]) => v === '')
    .map(([k]) => k);
  const values = codeDetailsSchema
    .partial()
    .parse(
      Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== '' && v !== undefined)),
    );
  return writeTransaction(db, [db.codes, db.events], async () => {
    const current = parseRow(await db.codes.get(code));
    if (!current) throw new Error('That code is no longer in your inventory.');
    const next: CodeRecord = { ...current, ...values, updatedAt: now };
    for (const key of cleared) delete (next as Record<string, unknown>)[key];
    const withDerived = withExpiry(next, clock.timeZone);
    await db.codes.put(withDerived);
    await db.events.add(event(code, 'updated', now));
    return withDerived;
  });
}

export async function setStatus(
  db: SparkDatabase,
  codes: readonly string[],
  status: CodeStatus,
  clock: Clock,
  detail?: string,
): Promise<StatusSnapshot[]> {
  const now = clock.now();
  return writeTransaction(db, [db.codes, db.events], async () => {
    const snapshot: StatusSnapshot[] = [];
    const rows = await db.codes.bulkGet([...codes]);
    const events: CodeEvent[] = [];
    const toPut: CodeRecord[] = [];
    for (const row of rows) {
      const current = parseRow(row);
      if (!current) continue;
      snapshot.push(snapshotOf(current));
      const next: CodeRecord = { ...current, status, updatedAt: now };
      if (status === 'applied') next.appliedAt = now;
      if (status === 'failed' && detail) next.failureReason = detail;
      if (status !== 'failed') delete next.failureReason;
      toPut.push(next);
      events.push(event(current.code, eventForStatus(status), now, detail));
    }
    await db.codes.bulkPut(toPut);
    await db.events.bulkAdd(events);
    return snapshot;
  });
}

function eventForStatus(status: CodeStatus): CodeEvent['type'] {
  if (status === 'applied') return 'applied';
  if (status === 'failed' || status === 'expired' || status === 'revoked') return 'failed';
  return 'updated';
}

/** What to put back when the buyer presses Undo. */
export interface StatusSnapshot {
  code: string;
  status: CodeStatus;
  appliedAt?: number;
  copiedAt?: number;
  batchId?: string;
  failureReason?: string;
}

function snapshotOf(record: CodeRecord): StatusSnapshot {
  const { code, status, appliedAt, copiedAt, batchId, failureReason } = record;
  return { code, status, appliedAt, copiedAt, batchId, failureReason };
}

export async function restoreStatuses(
  db: SparkDatabase,
  snapshots: readonly StatusSnapshot[],
  clock: Clock,
): Promise<void> {
  const now = clock.now();
  await writeTransaction(db, [db.codes, db.events], async () => {
    for (const snap of snapshots) {
      const current = parseRow(await db.codes.get(snap.code));
      if (!current) continue;
      const next: CodeRecord = { ...current, updatedAt: now };
      for (const key of ['status', 'appliedAt', 'copiedAt', 'batchId', 'failureReason'] as const) {
        if (snap[key] === undefined) delete next[key];
        else (next as Record<string, unknown>)[key] = snap[key];
      }
      await db.codes.put(next);
      await db.events.add(event(snap.code, 'restored', now, 'Undo'));
    }
  });
}

export async function markCopied(
  db: SparkDatabase,
  codes: readonly string[],
  batchId: string,
  clock: Clock,
): Promise<StatusSnapshot[]> {
  const now = clock.now();
  return writeTransaction(db, [db.codes, db.events], async () => {
    const rows = await db.codes.bulkGet([...codes]);
    const snapshot: StatusSnapshot[] = [];
    const toPut: CodeRecord[] = [];
    for (const row of rows) {
      const current = parseRow(row);
      if (!current) continue;
      snapshot.push(snapshotOf(current));
      toPut.push({ ...current, batchId, copiedAt: now, updatedAt: now });
    }
    await db.codes.bulkPut(toPut);
    await db.events.bulkAdd(toPut.map((r) => event(r.code, 'copied', now, batchId)));
    return snapshot;
  });
}

/**
 * Stores a check's outcome. Status moves only on firm answers: an expiry or revocation fail
 * marks the code, anything unknown leaves the status as it was.
 */
export async function recordCheck(
  db: SparkDatabase,
  code: string,
  results: readonly CheckResult[],
  live: LiveLookup | undefined,
  clock: Clock,
): Promise<CodeRecord | undefined> {
  const now = clock.now();
  return writeTransaction(db, [db.codes, db.events], async () => {
    const current = parseRow(await db.codes.get(code));
    if (!current) return undefined;
    const next: CodeRecord = {
      ...current,
      lastCheck: { at: now, results: [...results] },
      updatedAt: now,
    };
    if (live && !(isFault(live) && current.live && !isFault(current.live))) next.live = live;
    next.status = statusAfterCheck(current.status, results);
    const derived = withExpiry(next, clock.timeZone);
    await db.codes.put(derived);
    await db.events.add(event(code, 'checked', now, summaryOf(results)));
    return derived;
  });
}

/**
 * A lookup that failed for reasons of its own (network, timeout, token, rate limit) says nothing
 * about the code, so it must not erase what TikTok said before: the post, the end date, the
 * regions. TikTok's own verdict on the code (expired, revoked) does replace it.
 */
function isFault(live: LiveLookup): boolean {
  return live.kind === 'failure' && !live.failure.definitive;
}

function statusAfterCheck(status: CodeStatus, results: readonly CheckResult[]): CodeStatus {
  if (status === 'applied' || status === 'failed') return status;
  const failed = (id: CheckResult['id']) => results.some((r) => r.id === id && r.status === 'fail');
  if (failed('revocation')) return 'revoked';
  if (failed('expiry')) return 'expired';
  // The creator can extend or re-enable a code; only TikTok saying it is active lifts the mark,
  // since a lookup that could not tell proves nothing.
  const revocation = results.find((r) => r.id === 'revocation');
  if ((status === 'revoked' || status === 'expired') && revocation?.status === 'pass') {
    return 'ready';
  }
  if (status === 'new' && !results.some((r) => r.status === 'fail')) return 'ready';
  return status;
}

function summaryOf(results: readonly CheckResult[]): string {
  return results.map((r) => `${r.id}:${r.status}`).join(' ');
}

/** Moves codes to the trash so Undo can bring them back with their history. */
export async function deleteCodes(
  db: SparkDatabase,
  codes: readonly string[],
  clock: Clock,
): Promise<void> {
  const now = clock.now();
  await writeTransaction(db, [db.codes, db.events, db.trash], async () => {
    const rows = await db.codes.bulkGet([...codes]);
    const trashed = rows
      .map(parseRow)
      .filter((r): r is CodeRecord => r !== undefined)
      .map((record) => ({ code: record.code, deletedAt: now, record }));
    await db.trash.bulkPut(trashed);
    await db.codes.bulkDelete(trashed.map((t) => t.code));
    await db.events.bulkAdd(trashed.map((t) => event(t.code, 'deleted', now)));
  });
}

export async function undoDelete(
  db: SparkDatabase,
  codes: readonly string[],
  clock: Clock,
): Promise<number> {
  const now = clock.now();
  return writeTransaction(db, [db.codes, db.events, db.trash], async () => {
    const trashed = (await db.trash.bulkGet([...codes])).filter((t) => t !== undefined);
    // A code re-added since the delete wins: the buyer's newer data is kept.
    const present = new Set(
      (await db.codes.bulkGet(trashed.map((t) => t.code))).flatMap((r) => (r ? [r.code] : [])),
    );
    const restore = trashed.filter((t) => !present.has(t.code));
    await db.codes.bulkPut(restore.map((t) => ({ ...t.record, updatedAt: now })));
    await db.trash.bulkDelete(trashed.map((t) => t.code));
    await db.events.bulkAdd(restore.map((t) => event(t.code, 'restored', now)));
    return restore.length;
  });
}

/** Trash older than the undo window is dropped for good. */
export async function emptyTrash(db: SparkDatabase, olderThan: number): Promise<void> {
  await writeTransaction(db, [db.trash], () =>
    db.trash.where('deletedAt').below(olderThan).delete(),
  );
}

/** A code's events in time order, run events it is part of included as its own. */
export async function historyOf(db: SparkDatabase, code: string): Promise<CodeEvent[]> {
  const [own, runs] = await Promise.all([
    db.events.where('code').equals(code).toArray(),
    db.events.where('codes').equals(code).toArray(),
  ]);
  const fromRuns = runs.map(({ codes: _codes, ...run }) => ({ ...run, code }));
  return [...own, ...fromRuns].sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0));
}
