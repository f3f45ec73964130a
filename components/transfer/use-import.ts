import { useCallback, useState } from 'react';
import { applyImport, type ImportCounts, type ImportRow } from '../../lib/db/bulk';
import { restoreInventory, type RestoreCounts, type RestoreMode } from '../../lib/db/restore';
import { explain, type Explanation } from '../../lib/translate';
import {
  checkBackup,
  checkBackupSize,
  previewRestore,
  type BackupCheck,
  type RestorePreview,
} from '../../lib/transfer/backup';
import { localeDayMonthOrder } from '../../lib/transfer/cells';
import { guessMapping, type ColumnMapping } from '../../lib/transfer/column-guess';
import { readCsvHead, type CsvHead } from '../../lib/transfer/csv-reader';
import type { TextEncodingName } from '../../lib/transfer/text-encoding';
import { previewImport, type ImportPreview } from '../../lib/transfer/import-preview';
import type { RejectedRow } from '../../lib/transfer/row-reader';
import { useServices } from '../dashboard/services';
import { columnNamesOf, readCsvNow } from './csv-reading';

type ValidBackup = Extract<BackupCheck, { ok: true }>;

export type ImportStep =
  | { kind: 'idle'; problem?: Explanation }
  | { kind: 'mapping'; file: File; head: CsvHead; guess: ColumnMapping }
  | { kind: 'working'; label: 'reading' | 'checking' | 'saving'; share: number }
  | {
      kind: 'csv-preview';
      fileName: string;
      rows: ImportRow[];
      preview: ImportPreview;
      rejected: RejectedRow[];
      encoding: TextEncodingName;
    }
  | { kind: 'restore-preview'; fileName: string; backup: ValidBackup; preview: RestorePreview }
  | { kind: 'imported'; counts: ImportCounts; rejected: number }
  | { kind: 'restored'; counts: RestoreCounts };

function looksLikeJson(file: File, firstChar: string): boolean {
  return (
    file.name.toLowerCase().endsWith('.json') || file.type.includes('json') || firstChar === '{'
  );
}

/** A spreadsheet's own name for a column when the file has no header, e.g. "Column C". */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * The import and restore flow: pick a file, map columns (CSV), preview, write in one transaction.
 * Every step can be left; nothing is written before the buyer confirms the preview.
 */
export function useImport() {
  const { db, clock, locale, t, readCsv = readCsvNow } = useServices();
  const [step, setStep] = useState<ImportStep>({ kind: 'idle' });
  const fail = useCallback((problem: Explanation) => setStep({ kind: 'idle', problem }), []);

  /** What went wrong in the buyer's words, without the error's class name. */
  const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

  const columnNamer = useCallback(
    (head: CsvHead) => (column: number, hasHeaderRow: boolean) => {
      const header = hasHeaderRow ? head.firstRow[column]?.trim() : '';
      return header || t('import_column', [columnLetter(column)]);
    },
    [t],
  );

  const chooseFile = useCallback(
    async (file: File) => {
      try {
        const head = await file.slice(0, 64).text();
        if (looksLikeJson(file, head.trimStart().charAt(0))) {
          const tooLarge = checkBackupSize(file.size);
          if (tooLarge) return fail(tooLarge);
          setStep({ kind: 'working', label: 'checking', share: 0 });
          const backup = checkBackup(await file.text(), db.verno);
          if (!backup.ok) return fail(backup.problem);
          const preview = await previewRestore(db, backup.contents.codes);
          setStep({ kind: 'restore-preview', fileName: file.name, backup, preview });
          return;
        }
        const read = await readCsvHead(file);
        if (!read.ok) return fail(read.problem);
        const csvHead = read.head;
        if (csvHead.firstRow.length === 0) return fail(explain('import_refuse_empty'));
        const guess = guessMapping(csvHead.firstRow, csvHead.samples, localeDayMonthOrder(locale));
        setStep({ kind: 'mapping', file, head: csvHead, guess });
      } catch (error) {
        fail(explain('import_refuse_unreadable', messageOf(error)));
      }
    },
    [db, fail, locale],
  );

  const readWithMapping = useCallback(
    async (file: File, head: CsvHead, mapping: ColumnMapping) => {
      try {
        setStep({ kind: 'working', label: 'reading', share: 0 });
        const namer = columnNamer(head);
        const { rows, rejected, encoding } = await readCsv(
          {
            file,
            encoding: head.encoding,
            mapping,
            columnNames: columnNamesOf(mapping, (column) => namer(column, mapping.hasHeaderRow)),
          },
          (share) => setStep({ kind: 'working', label: 'reading', share }),
        );
        const preview = await previewImport(db, rows, clock);
        setStep({ kind: 'csv-preview', fileName: file.name, rows, preview, rejected, encoding });
      } catch (error) {
        fail(explain('import_refuse_unreadable', messageOf(error)));
      }
    },
    [clock, columnNamer, db, fail, readCsv],
  );

  const importRows = useCallback(
    async (rows: readonly ImportRow[], rejected: number) => {
      try {
        setStep({ kind: 'working', label: 'saving', share: 0 });
        const counts = await applyImport(db, rows, clock, (done, total) =>
          setStep({ kind: 'working', label: 'saving', share: done / total }),
        );
        setStep({ kind: 'imported', counts, rejected });
      } catch (error) {
        fail(explain('import_failedNothingSaved', messageOf(error)));
      }
    },
    [clock, db, fail],
  );

  const restore = useCallback(
    async (backup: ValidBackup, mode: RestoreMode) => {
      try {
        setStep({ kind: 'working', label: 'saving', share: 0 });
        const counts = await restoreInventory(db, backup.contents, mode, (done, total) =>
          setStep({ kind: 'working', label: 'saving', share: done / total }),
        );
        setStep({ kind: 'restored', counts });
      } catch (error) {
        fail(explain('import_failedNothingSaved', messageOf(error)));
      }
    },
    [db, fail],
  );

  const reset = useCallback(() => setStep({ kind: 'idle' }), []);
  return { step, chooseFile, readWithMapping, importRows, restore, reset, columnNamer };
}
