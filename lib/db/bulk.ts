import Dexie from 'dexie';
import type { SparkDatabase } from './database';
import { WRITE_CHUNK, writeTransaction } from './write-failure';
import { withExpiry } from '../records/expiry-index';
import { parseRow } from './records';
import type { Clock } from '../clock';
import type { CodeDetails, CodeEvent, CodeRecord, CodeStatus } from '../records/schema';

/** One code read from an import file, checked and ready to store. */
export interface ImportRow {
  /** Where it came from, for the preview: the spreadsheet row number. */
  row: number;
  code: string;
  /** The cell exactly as it was in the file. */
  raw: string;
  warnings: string[];
  details: CodeDetails;
  /** Set only when the file says; otherwise a new code is `new` and a known one keeps its own. */
  status?: CodeStatus;
}

export type MergeKind = 'add' | 'update' | 'unchanged';

export interface MergeResult {
  kind: MergeKind;
  record: CodeRecord;
  /** Fields the import changes on a known code. */
  changed: (keyof CodeDetails | 'status')[];
}

const IMPORT_DETAIL = 'Imported from a file';

/**
 * What importing a row does to the inventory. The file wins for every value it holds; a blank
 * cell leaves the known value alone, since a sheet without a column is not a request to erase it.
 */
export function mergeImported(
  current: CodeRecord | undefined,
  row: ImportRow,
  clock: Clock,
): MergeResult {
  if (!current) {
    const record = withExpiry(
      {
        ...row.details,
        code: row.code,
        raw: row.raw,
        extractionWarnings: row.warnings,
        status: row.status ?? 'new',
        addedAt: clock.now(),
        updatedAt: clock.now(),
      },
      clock.timeZone,
    );
    return { kind: 'add', record, changed: [] };
  }
  const changed: MergeResult['changed'] = [];
  const next: CodeRecord = { ...current };
  for (const [key, value] of Object.entries(row.details) as [keyof CodeDetails, unknown][]) {
    if (value === undefined || current[key] === value) continue;
    (next as Record<string, unknown>)[key] = value;
    changed.push(key);
  }
  if (row.status && row.status !== current.status) {
    next.status = row.status;
    if (row.status !== 'failed') delete next.failureReason;
    changed.push('status');
  }
  if (changed.length === 0) return { kind: 'unchanged', record: current, changed };
  return {
    kind: 'update',
    record: withExpiry({ ...next, updatedAt: clock.now() }, clock.timeZone),
    changed,
  };
}

export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * The stored records of those codes that are already known, read by key in slices: only the rows
 * the codes name are read, never the whole table.
 */
export async function storedRecords(
  db: SparkDatabase,
  codes: readonly string[],
): Promise<Map<string, CodeRecord>> {
  const stored = new Map<string, CodeRecord>();
  for (let start = 0; start < codes.length; start += WRITE_CHUNK) {
    const rows = await db.codes.bulkGet(codes.slice(start, start + WRITE_CHUNK));
    for (const row of rows) {
      const record = parseRow(row);
      if (record) stored.set(record.code, record);
    }
  }
  return stored;
}

/** How one write run turns its items into records. */
export interface BulkPlan<Item extends { code: string }> {
  /** The record for an item whose code is not stored yet. */
  fresh(item: Item): { record: CodeRecord };
  /** The event recorded once for every code the run added (a run event listing them). */
  added: Omit<CodeEvent, 'code' | 'codes' | 'id'>;
  /** What the item does to its stored record: a new record and event, or nothing. */
  merge(current: CodeRecord, item: Item): { record: CodeRecord; event: CodeEvent } | undefined;
}

export interface BulkOutcome<Item> {
  added: CodeRecord[];
  /** Items whose code was stored already, with the record as it now stands. */
  known: { item: Item; record: CodeRecord; changed: boolean }[];
}

/**
 * The one write path for many codes. Each slice is first added as new, which IndexedDB does at
 * the speed of plain puts and refuses for keys it already holds; only those refused are read,
 * merged and put back. The codes added get one run event between them, the codes changed one
 * event each. Records and events go in the transaction the caller opened, so a failed write
 * leaves nothing behind.
 */
export async function writeInBulk<Item extends { code: string }>(
  db: SparkDatabase,
  items: readonly Item[],
  plan: BulkPlan<Item>,
  onProgress?: (done: number, total: number) => void,
): Promise<BulkOutcome<Item>> {
  const outcome: BulkOutcome<Item> = { added: [], known: [] };
  for (let start = 0; start < items.length; start += WRITE_CHUNK) {
    const slice = items.slice(start, start + WRITE_CHUNK);
    const fresh = slice.map((item) => plan.fresh(item));
    const refused = new Set(
      await addNew(
        db,
        fresh.map((f) => f.record),
      ),
    );
    const events: CodeEvent[] = [];
    fresh.forEach((f, index) => {
      if (!refused.has(index)) outcome.added.push(f.record);
    });
    if (refused.size > 0) {
      const positions = [...refused];
      const rows = await db.codes.bulkGet(positions.map((index) => (slice[index] as Item).code));
      const toPut: CodeRecord[] = [];
      positions.forEach((index, k) => {
        const item = slice[index] as Item;
        const current = parseRow(rows[k]);
        if (!current) {
          // A stored row that no longer passes the schema is replaced, as a new code would be.
          const record = (fresh[index] as (typeof fresh)[0]).record;
          toPut.push(record);
          outcome.added.push(record);
          return;
        }
        const next = plan.merge(current, item);
        if (next) {
          toPut.push(next.record);
          events.push(next.event);
        }
        outcome.known.push({ item, record: next?.record ?? current, changed: next !== undefined });
      });
      await db.codes.bulkPut(toPut);
    }
    if (events.length > 0) await db.events.bulkAdd(events);
    onProgress?.(start + slice.length, items.length);
  }
  if (outcome.added.length > 0) {
    const codes = outcome.added.map((record) => record.code);
    await db.events.add({ ...plan.added, code: '', codes });
  }
  return outcome;
}

/** Adds records whose keys are new; returns the positions of those already stored. */
async function addNew(db: SparkDatabase, records: readonly CodeRecord[]): Promise<number[]> {
  try {
    await db.codes.bulkAdd(records as CodeRecord[]);
    return [];
  } catch (error) {
    if (!(error instanceof Dexie.BulkError)) throw error;
    const failures = Object.entries(error.failuresByPos);
    // Only a key already stored is expected; anything else fails the whole write.
    if (failures.some(([, failure]) => failure.name !== 'ConstraintError')) throw error;
    return failures.map(([position]) => Number(position));
  }
}

/**
 * Writes an import in one transaction: if anything fails, nothing of it is kept. Known codes are
 * found and read inside the transaction, so a code added from the popup since the preview is
 * merged, not overwritten.
 */
export async function applyImport(
  db: SparkDatabase,
  rows: readonly ImportRow[],
  clock: Clock,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportCounts> {
  const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
  // A file may name a code twice: later rows merge onto what the earlier one wrote, in order.
  const seen = new Set<string>();
  const firsts: ImportRow[] = [];
  const repeats: ImportRow[] = [];
  for (const row of rows) {
    if (seen.has(row.code)) repeats.push(row);
    else firsts.push((seen.add(row.code), row));
  }
  const now = clock.now();
  const importEvent = (code: string): CodeEvent => ({
    code,
    type: 'updated',
    at: now,
    detail: IMPORT_DETAIL,
  });
  const merge = (current: CodeRecord, row: ImportRow) => {
    const merged = mergeImported(current, row, clock);
    return merged.kind === 'unchanged'
      ? undefined
      : { record: merged.record, event: importEvent(row.code) };
  };
  return writeTransaction(db, [db.codes, db.events], async () => {
    const outcome = await writeInBulk(
      db,
      firsts,
      {
        fresh: (row) => ({ record: mergeImported(undefined, row, clock).record }),
        added: { type: 'added', at: now, detail: IMPORT_DETAIL },
        merge,
      },
      onProgress && ((done) => onProgress(done, rows.length)),
    );
    counts.added = outcome.added.length;
    for (const known of outcome.known) counts[known.changed ? 'updated' : 'unchanged']++;
    for (const row of repeats) {
      const current = parseRow(await db.codes.get(row.code));
      const next = current ? merge(current, row) : undefined;
      counts[next ? 'updated' : 'unchanged']++;
      if (!next) continue;
      await db.codes.put(next.record);
      await db.events.add(next.event);
    }
    if (repeats.length > 0) onProgress?.(rows.length, rows.length);
    return counts;
  });
}
