/**
 * The local side of the team inventory: the history read as an outbox, and the team's view
 * written into the codes table. Rows written here leave no history event on purpose: they are
 * the team's news, not this buyer's doing, and an event would be told back to the team.
 */
import type { CodeEvent, CodeRecord } from '../records/schema';
import { codeEventSchema } from '../records/schema';
import { withExpiry } from '../records/expiry-index';
import type { RecordChanges } from '../team/to-records';
import type { SparkDatabase } from './database';
import { parseRows } from './records';
import { writeTransaction } from './write-failure';

/** The newest history event's id; 0 for an empty history. */
export async function lastEventId(db: SparkDatabase): Promise<number> {
  const last = await db.events.orderBy(':id').lastKey();
  return typeof last === 'number' ? last : 0;
}

/** Up to `limit` history events after `afterId`, oldest first; rows that do not parse are skipped. */
export async function eventsAfter(
  db: SparkDatabase,
  afterId: number,
  limit: number,
): Promise<{ events: CodeEvent[]; lastId: number }> {
  const rows = await db.events.where(':id').above(afterId).limit(limit).toArray();
  const events = rows.flatMap((row) => {
    const parsed = codeEventSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
  return { events, lastId: rows.at(-1)?.id ?? afterId };
}

export async function allCodes(db: SparkDatabase): Promise<Map<string, CodeRecord>> {
  const { records } = parseRows(await db.codes.toArray());
  return new Map(records.map((record) => [record.code, record]));
}

/** Writes the team's view; a code a teammate deleted goes to the trash, restorable as usual. */
export async function applyTeamView(
  db: SparkDatabase,
  changes: RecordChanges,
  now: number,
  timeZone?: string,
): Promise<void> {
  if (changes.put.length === 0 && changes.remove.length === 0) return;
  await writeTransaction(db, [db.codes, db.trash], async () => {
    if (changes.remove.length > 0) {
      const { records } = parseRows((await db.codes.bulkGet(changes.remove)).filter(Boolean));
      await db.trash.bulkPut(
        records.map((record) => ({ code: record.code, deletedAt: now, record })),
      );
      await db.codes.bulkDelete(changes.remove);
    }
    await db.codes.bulkPut(changes.put.map((record) => withExpiry(record, timeZone)));
  });
}

/** Leaving a team: nobody's claims hold this browser's batches back any more. */
export async function clearClaims(db: SparkDatabase): Promise<void> {
  await writeTransaction(db, [db.codes], () =>
    db.codes
      .filter((row) => (row as Partial<CodeRecord>).claimedBy !== undefined)
      .modify((row) => {
        delete (row as Partial<CodeRecord>).claimedBy;
      }),
  );
}
