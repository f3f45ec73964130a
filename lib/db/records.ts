import { codeRecordSchema, type CodeRecord } from './schema';

/**
 * Rows come from disk, where an older build, a crash mid-write or a hand-edited backup may have
 * left anything. Only rows that pass the schema reach the UI; the rest are counted so the buyer
 * is told instead of the list silently shrinking.
 */
export function parseRows(rows: readonly unknown[]): { records: CodeRecord[]; corrupt: number } {
  const records: CodeRecord[] = [];
  let corrupt = 0;
  for (const row of rows) {
    const parsed = codeRecordSchema.safeParse(row);
    if (parsed.success) records.push(parsed.data);
    else corrupt++;
  }
  return { records, corrupt };
}

export function parseRow(row: unknown): CodeRecord | undefined {
  const parsed = codeRecordSchema.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}
