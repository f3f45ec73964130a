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
 * The stored records of those codes that are already known. Listing the keys first means a file
 * of new codes costs one key scan instead of a lookup per row.
 */
export async function storedRecords(
  db: SparkDatabase,
  codes: readonly string[],
): Promise<Map<string, CodeRecord>> {
  const present = new Set(await db.codes.toCollection().primaryKeys());
  const stored = new Map<string, CodeRecord>();
  for (const row of await db.codes.bulkGet(codes.filter((code) => present.has(code)))) {
    const record = parseRow(row);
    if (record) stored.set(record.code, record);
  }
  return stored;
}

/**
 * Writes an import in one transaction: if anything fails, nothing of it is kept. Known codes are
 * read inside the transaction, so a code added from the popup since the preview is merged, not
 * overwritten.
 */
export async function applyImport(
  db: SparkDatabase,
  rows: readonly ImportRow[],
  clock: Clock,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportCounts> {
  return writeTransaction(db, [db.codes, db.events], async () => {
    const stored = await storedRecords(
      db,
      rows.map((r) => r.code),
    );
    const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
    for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
      const slice = rows.slice(start, start + WRITE_CHUNK);
      const toPut: CodeRecord[] = [];
      const events: CodeEvent[] = [];
      for (const row of slice) {
        const merged = mergeImported(stored.get(row.code), row, clock);
        counts[COUNTED_AS[merged.kind]]++;
        if (merged.kind === 'unchanged') continue;
        stored.set(row.code, merged.record);
        toPut.push(merged.record);
        events.push({
          code: row.code,
          type: merged.kind === 'add' ? 'added' : 'updated',
          at: clock.now(),
          detail: IMPORT_DETAIL,
        });
      }
      await db.codes.bulkPut(toPut);
      await db.events.bulkAdd(events);
      onProgress?.(start + slice.length, rows.length);
    }
    return counts;
  });
}

const COUNTED_AS: Record<MergeKind, keyof ImportCounts> = {
  add: 'added',
  update: 'updated',
  unchanged: 'unchanged',
};
