import { mergeImported, WRITE_CHUNK, type ImportRow, type MergeResult } from '../db/bulk';
import type { SparkDatabase } from '../db/database';
import { parseRow } from '../db/records';
import type { Clock } from '../db/repository';

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
  const preview: ImportPreview = { added: [], updated: [], unchanged: [] };
  for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
    const slice = rows.slice(start, start + WRITE_CHUNK);
    const existing = await db.codes.bulkGet(slice.map((r) => r.code));
    slice.forEach((row, index) => {
      const { kind, changed } = mergeImported(parseRow(existing[index]), row, clock);
      const list =
        kind === 'add' ? preview.added : kind === 'update' ? preview.updated : preview.unchanged;
      list.push({ row, changed });
    });
  }
  return preview;
}
