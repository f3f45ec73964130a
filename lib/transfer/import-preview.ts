import { mergeImported, storedRecords, type ImportRow, type MergeResult } from '../db/bulk';
import type { SparkDatabase } from '../db/database';
import type { Clock } from '../clock';

export interface PreviewEntry {
  row: ImportRow;
  changed: MergeResult['changed'];
}

export interface ImportPreview {
  added: PreviewEntry[];
  updated: PreviewEntry[];
  unchanged: PreviewEntry[];
}

/**
 * What an import would do, row by row, worked out with the same merge the import itself uses,
 * so the preview cannot promise something the write does differently.
 */
export async function previewImport(
  db: SparkDatabase,
  rows: readonly ImportRow[],
  clock: Clock,
): Promise<ImportPreview> {
  const stored = await storedRecords(
    db,
    rows.map((r) => r.code),
  );
  const preview: ImportPreview = { added: [], updated: [], unchanged: [] };
  const lists = { add: preview.added, update: preview.updated, unchanged: preview.unchanged };
  for (const row of rows) {
    const { kind, changed } = mergeImported(stored.get(row.code), row, clock);
    lists[kind].push({ row, changed });
  }
  return preview;
}
