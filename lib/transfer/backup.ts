import { exportDB } from 'dexie-export-import';
import { z } from 'zod';
import type { InventoryContents } from '../db/bulk';
import { DATABASE_NAME, type SparkDatabase, type TrashedCode } from '../db/database';
import {
  codeEventSchema,
  codeRecordSchema,
  type CodeEvent,
  type CodeRecord,
} from '../records/schema';
import { explain, type Explanation } from '../lifecycle/translate';

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

const trashedCodeSchema = z.object({
  code: z.string(),
  deletedAt: z.number(),
  record: codeRecordSchema,
});

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
    const parsed = codeRecordSchema.safeParse(row);
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

/**
 * Checks a backup file before anything is written. A file that is not JSON, not a Dexie export,
 * from another database or from a newer version of the extension is refused with the reason;
 * single rows that no longer fit the schema are listed and left out.
 */
export function checkBackup(text: string, currentVersion: number): BackupCheck {
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

  const { codes, rejected } = readCodes(codeRows);
  const events = readValid<CodeEvent>(rowsOf(backup, 'events') ?? [], codeEventSchema);
  const trash = readValid<TrashedCode>(rowsOf(backup, 'trash') ?? [], trashedCodeSchema);
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
  /** Codes in both: the backup's copy replaces this browser's. */
  replaced: CodeRecord[];
  /** Codes only this browser has: a restore removes them. */
  removed: string[];
}

export async function previewRestore(
  db: SparkDatabase,
  codes: readonly CodeRecord[],
): Promise<RestorePreview> {
  const current = new Set(await db.codes.toCollection().primaryKeys());
  const incoming = new Set(codes.map((c) => c.code));
  return {
    added: codes.filter((c) => !current.has(c.code)),
    replaced: codes.filter((c) => current.has(c.code)),
    removed: [...current].filter((code) => !incoming.has(code)),
  };
}
