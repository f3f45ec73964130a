import { exportDB } from 'dexie-export-import';
import { z } from 'zod';
import { sparkCodeSchema } from '../codes';
import type { InventoryContents } from '../db/restore';
import { DATABASE_NAME, type SparkDatabase, type TrashedCode } from '../db/database';
import {
  codeEventSchema,
  codeRecordSchema,
  type CodeEvent,
  type CodeRecord,
} from '../records/schema';
import { explain, type Explanation } from '../translate';

/**
 * Backups are written by dexie-export-import in its documented JSON format. They are read back by
 * our own code: every row is checked against the current schema first, and the restore is one
 * transaction, where importInto would clear the tables before its own transaction starts.
 */
export function exportBackup(db: SparkDatabase): Promise<Blob> {
  return exportDB(db, { prettyJson: false });
}

const dexieExportSchema = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.literal(1),
  data: z.object({
    databaseName: z.string(),
    databaseVersion: z.number(),
    tables: z.array(z.object({ name: z.string(), schema: z.string(), rowCount: z.number() })),
    data: z.array(
      z.object({ tableName: z.string(), inbound: z.boolean(), rows: z.array(z.unknown()) }),
    ),
  }),
});

/**
 * The most a backup may hold. A backup is read whole into the page, so a bigger file would stall
 * or crash it; 100,000 codes with their history is about 60 MB.
 */
export const BACKUP_LIMITS = {
  bytes: 100 * 1024 * 1024,
  codes: 100_000,
  historyEntries: 1_000_000,
  trashedCodes: 100_000,
} as const;

const MEGABYTE = 1024 * 1024;

/** A code row from a backup: the stored record, with a code that really is a Spark code. */
const backupCodeSchema = codeRecordSchema.extend({ code: sparkCodeSchema });

/**
 * A history entry from a backup. Its id is dropped: ids come from this browser's key generator,
 * and a file's id of 2^53 or more would use the generator up so that no later write succeeds.
 */
const backupEventSchema = z.union([
  codeEventSchema.omit({ id: true, codes: true }).extend({ code: sparkCodeSchema }),
  // A run event: one paste or import that added many codes at once.
  codeEventSchema
    .omit({ id: true })
    .extend({ code: z.literal(''), codes: z.array(sparkCodeSchema).min(1).max(100_000) }),
]);

const trashedCodeSchema = z
  .object({ code: sparkCodeSchema, deletedAt: z.number(), record: backupCodeSchema })
  .refine((t) => t.record.code === t.code);

export interface RejectedBackupRow {
  /** 1-based position in the backup's list of codes. */
  row: number;
  code?: string;
  reasons: Explanation[];
}

export type BackupCheck =
  | {
      ok: true;
      contents: InventoryContents;
      rejected: RejectedBackupRow[];
      /** History and trash entries left out because they no longer fit the schema. */
      skipped: number;
    }
  | { ok: false; problem: Explanation };

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return '';
  const where = issue.path.join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

function codeOf(row: unknown): string | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const code = (row as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function rowsOf(backup: z.infer<typeof dexieExportSchema>, table: string): unknown[] | undefined {
  const found = backup.data.data.filter((t) => t.tableName === table);
  if (found.length === 0) return undefined;
  return found.flatMap((t) => t.rows);
}

function readCodes(rows: readonly unknown[]) {
  const codes: CodeRecord[] = [];
  const rejected: RejectedBackupRow[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const parsed = backupCodeSchema.safeParse(row);
    const code = codeOf(row);
    const position = index + 1;
    if (!parsed.success) {
      const reason = explain('backup_reject_invalid', firstIssue(parsed.error));
      rejected.push(
        code ? { row: position, code, reasons: [reason] } : { row: position, reasons: [reason] },
      );
    } else if (seen.has(parsed.data.code)) {
      rejected.push({
        row: position,
        code: parsed.data.code,
        reasons: [explain('backup_reject_duplicate')],
      });
    } else {
      seen.add(parsed.data.code);
      codes.push(parsed.data);
    }
  });
  return { codes, rejected };
}

function readValid<T>(
  rows: readonly unknown[],
  schema: z.ZodType<T>,
): { valid: T[]; skipped: number } {
  const valid: T[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) valid.push(parsed.data);
  }
  return { valid, skipped: rows.length - valid.length };
}

/** Refuses a file too big to read, before it is read. */
export function checkBackupSize(bytes: number): Explanation | undefined {
  if (bytes <= BACKUP_LIMITS.bytes) return undefined;
  return explain(
    'backup_refuse_tooLarge',
    Math.ceil(bytes / MEGABYTE),
    BACKUP_LIMITS.bytes / MEGABYTE,
  );
}

function tooManyRows(rows: {
  codes: number;
  events: number;
  trash: number;
}): Explanation | undefined {
  if (rows.codes > BACKUP_LIMITS.codes) {
    return explain('backup_refuse_tooManyCodes', rows.codes, BACKUP_LIMITS.codes);
  }
  if (rows.events > BACKUP_LIMITS.historyEntries || rows.trash > BACKUP_LIMITS.trashedCodes) {
    return explain('backup_refuse_tooMuchHistory', BACKUP_LIMITS.historyEntries);
  }
  return undefined;
}

/**
 * Checks a backup file before anything is written. A file that is not JSON, not a Dexie export,
 * from another database or from a newer version of the extension is refused with the reason;
 * single rows that no longer fit the schema are listed and left out.
 */
export function checkBackup(text: string, currentVersion: number): BackupCheck {
  const tooLarge = checkBackupSize(text.length);
  if (tooLarge) return { ok: false, problem: tooLarge };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: explain('backup_refuse_notJson') };
  }
  const parsed = dexieExportSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: explain('backup_refuse_notBackup') };
  const backup = parsed.data;
  if (backup.data.databaseName !== DATABASE_NAME) {
    return { ok: false, problem: explain('backup_refuse_foreign', backup.data.databaseName) };
  }
  if (backup.data.databaseVersion > currentVersion) {
    return { ok: false, problem: explain('backup_refuse_newer') };
  }
  if (backup.data.data.some((t) => !t.inbound)) {
    return { ok: false, problem: explain('backup_refuse_notBackup') };
  }
  const codeRows = rowsOf(backup, 'codes');
  if (!codeRows) return { ok: false, problem: explain('backup_refuse_noCodes') };

  const eventRows = rowsOf(backup, 'events') ?? [];
  const trashRows = rowsOf(backup, 'trash') ?? [];
  const overLimit = tooManyRows({
    codes: codeRows.length,
    events: eventRows.length,
    trash: trashRows.length,
  });
  if (overLimit) return { ok: false, problem: overLimit };

  const { codes, rejected } = readCodes(codeRows);
  const events = readValid<CodeEvent>(eventRows, backupEventSchema);
  const trash = readValid<TrashedCode>(trashRows, trashedCodeSchema);
  return {
    ok: true,
    contents: { codes, events: events.valid, trash: trash.valid },
    rejected,
    skipped: events.skipped + trash.skipped,
  };
}

export interface RestorePreview {
  /** Codes in the backup that this browser does not have. */
  added: CodeRecord[];
  /** Codes in both: replacing takes the backup's copy of every one. */
  replaced: CodeRecord[];
  /** Codes in both whose backup copy was changed later: merging takes only these. */
  newer: CodeRecord[];
  /** Codes only this browser has: replacing removes them, merging keeps them. */
  removed: string[];
}

export async function previewRestore(
  db: SparkDatabase,
  codes: readonly CodeRecord[],
): Promise<RestorePreview> {
  const stored = await storedUpdateTimes(db);
  const incoming = new Set(codes.map((c) => c.code));
  const replaced = codes.filter((c) => stored.has(c.code));
  return {
    added: codes.filter((c) => !stored.has(c.code)),
    replaced,
    newer: replaced.filter((c) => c.updatedAt > (stored.get(c.code) ?? Infinity)),
    removed: [...stored.keys()].filter((code) => !incoming.has(code)),
  };
}

async function storedUpdateTimes(db: SparkDatabase): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  await db.codes.each((row) => {
    const { code, updatedAt } = row as Partial<CodeRecord>;
    if (typeof code === 'string') times.set(code, typeof updatedAt === 'number' ? updatedAt : 0);
  });
  return times;
}
