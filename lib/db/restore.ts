import type { SparkDatabase, TrashedCode } from './database';
import type { CodeEvent, CodeRecord } from '../records/schema';
import { WRITE_CHUNK, writeTransaction } from './write-failure';

export interface InventoryContents {
  codes: CodeRecord[];
  events: CodeEvent[];
  trash: TrashedCode[];
}

/**
 * How a backup meets the inventory. `merge` adds the backup's codes this browser lacks, takes
 * the backup's copy of a shared code only when it was changed later, and keeps everything else;
 * `replace` makes the inventory exactly the backup.
 */
export type RestoreMode = 'merge' | 'replace';

export interface RestoreCounts {
  added: number;
  updated: number;
  kept: number;
  removed: number;
}

type Progress = (done: number, total: number) => void;

/**
 * History ids always come from this browser's key generator. An id carried over from a file
 * could be 2^53 or more, which uses the generator up: every later write would fail.
 */
function withoutId({ id: _id, ...event }: CodeEvent): CodeEvent {
  return event;
}

const eventKey = (e: CodeEvent) => JSON.stringify([e.code, e.type, e.at, e.detail ?? null]);

async function writeInSlices<T>(
  items: readonly T[],
  put: (slice: T[]) => Promise<unknown>,
  advance: (count: number) => void,
): Promise<void> {
  for (let start = 0; start < items.length; start += WRITE_CHUNK) {
    const slice = items.slice(start, start + WRITE_CHUNK);
    await put(slice);
    advance(slice.length);
  }
}

async function replaceAll(
  db: SparkDatabase,
  contents: InventoryContents,
  advance: (count: number) => void,
): Promise<RestoreCounts> {
  const before = new Set(await db.codes.toCollection().primaryKeys());
  await Promise.all([db.codes.clear(), db.events.clear(), db.trash.clear()]);
  await writeInSlices(contents.codes, (slice) => db.codes.bulkPut(slice), advance);
  await writeInSlices(contents.events, (s) => db.events.bulkAdd(s.map(withoutId)), advance);
  await writeInSlices(contents.trash, (slice) => db.trash.bulkPut(slice), advance);
  const updated = contents.codes.filter((c) => before.has(c.code)).length;
  return {
    added: contents.codes.length - updated,
    updated,
    kept: 0,
    removed: before.size - updated,
  };
}

async function mergeIn(
  db: SparkDatabase,
  contents: InventoryContents,
  advance: (count: number) => void,
): Promise<RestoreCounts> {
  const stored = new Map<string, number>();
  await db.codes.each((row) => stored.set(row.code, row.updatedAt));
  const taken = contents.codes.filter((c) => c.updatedAt > (stored.get(c.code) ?? -Infinity));
  const takenCodes = new Set(taken.map((c) => c.code));
  // Known history is not written twice when the same backup is restored again.
  const known = new Set(
    (
      await db.events
        .where('code')
        .anyOf([...takenCodes])
        .toArray()
    ).map(eventKey),
  );
  // A run event is written back as one event per code it names, so only taken codes get it.
  const perCode = contents.events.flatMap(({ codes, ...event }) =>
    codes ? codes.map((code) => ({ ...event, code })) : [event],
  );
  const events = perCode.filter((e) => takenCodes.has(e.code) && !known.has(eventKey(e)));
  const trashed = new Set(await db.trash.toCollection().primaryKeys());
  const trash = contents.trash.filter(
    (t) => !stored.has(t.code) && !takenCodes.has(t.code) && !trashed.has(t.code),
  );

  await writeInSlices(taken, (slice) => db.codes.bulkPut(slice), advance);
  await writeInSlices(events, (s) => db.events.bulkAdd(s.map(withoutId)), advance);
  await writeInSlices(trash, (slice) => db.trash.bulkPut(slice), advance);
  const updated = taken.filter((c) => stored.has(c.code)).length;
  return {
    added: taken.length - updated,
    updated,
    kept: contents.codes.length - taken.length,
    removed: 0,
  };
}

/** Writes a checked backup in one transaction: all of it lands, or the inventory is unchanged. */
export async function restoreInventory(
  db: SparkDatabase,
  contents: InventoryContents,
  mode: RestoreMode,
  onProgress?: Progress,
): Promise<RestoreCounts> {
  const total = contents.codes.length + contents.events.length + contents.trash.length;
  let done = 0;
  const advance = (count: number) => {
    done += count;
    onProgress?.(Math.min(done, total), total);
  };
  // An async function, so Dexie keeps the transaction across the awaits inside it.
  return writeTransaction(db, [db.codes, db.events, db.trash], async () =>
    mode === 'replace'
      ? await replaceAll(db, contents, advance)
      : await mergeIn(db, contents, advance),
  );
}
