import fc from 'fast-check';
import { fixedClock } from '../../../lib/clock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type SparkDatabase } from '../../../lib/db/database';
import { addCodes } from '../../../lib/db/repository';
import { guessMapping } from '../../../lib/transfer/column-guess';
import { readCsvHead, readCsvRows } from '../../../lib/transfer/csv-reader';
import { previewImport } from '../../../lib/transfer/import-preview';
import { sampleCode } from '../../../lib/transfer/sample-codes.testing';
import { sheet, type SheetRow } from './arbitraries';

/** Sheets per run; each holds 20 to 40 data rows, so well over 10,000 rows are read. */
const SHEETS = 500;
let rowsRead = 0;

const clock = fixedClock(Date.UTC(2026, 10, 25, 12), 'UTC');

let db: SparkDatabase;
beforeEach(async () => {
  db = openDatabase(`csv-robustness-${Math.random()}`);
  const known = [sampleCode(1), sampleCode(2)];
  await addCodes(
    db,
    known.map((code) => ({ code, raw: code })),
    { notes: 'already here' },
    clock,
  );
});
afterEach(() => db.close());

async function readSheet(csv: string) {
  const head = await readCsvHead(new Blob([csv]));
  const mapping = guessMapping(head.firstRow, head.samples, 'dmy');
  expect(mapping).toMatchObject({ hasHeaderRow: true, columns: { code: 0, notes: 1 } });
  return readCsvRows(csv, {
    mapping,
    columnName: (column) => head.firstRow[column] ?? `Column ${column + 1}`,
  });
}

/** Spreadsheet row number of a data row: the header is row 1. */
const rowNumber = (index: number) => index + 2;

function expectEveryRowAccountedFor(
  planned: readonly SheetRow[],
  read: Awaited<ReturnType<typeof readSheet>>,
): void {
  const kept = new Map(read.rows.map((r) => [r.row, r]));
  const refused = new Map(read.rejected.map((r) => [r.row, r]));
  planned.forEach((row, index) => {
    const number = rowNumber(index);
    if (row.kind === 'good') {
      expect(refused.get(number), `row ${number}: ${row.codeCell}`).toBeUndefined();
      expect(kept.get(number)?.code).toBe(row.code);
      expect(kept.get(number)?.raw).toBe(row.codeCell);
    } else {
      expect(kept.get(number), `row ${number}: ${row.codeCell}`).toBeUndefined();
      const reasons = refused.get(number)?.reasons ?? [];
      expect(reasons.length).toBeGreaterThan(0);
      // A broken code is refused with the scanner's own words for what is wrong with it.
      if (row.reason) expect(reasons[0]?.values).toContain(row.reason);
    }
  });
  expect(read.rows.length + read.rejected.length).toBe(planned.length);
}

describe('CSV import of generated sheets', () => {
  it('keeps every good row, reports every bad one by its row number, and previews them all', async () => {
    await fc.assert(
      fc.asyncProperty(sheet, async ({ rows, csv }) => {
        rowsRead += rows.length;
        const read = await readSheet(csv);
        expectEveryRowAccountedFor(rows, read);

        const preview = await previewImport(db, read.rows, clock);
        const previewed = [...preview.added, ...preview.updated, ...preview.unchanged];
        expect(previewed.map((e) => e.row.row).sort((a, b) => a - b)).toEqual(
          read.rows.map((r) => r.row),
        );
      }),
      { numRuns: SHEETS },
    );
  }, 120_000);

  it('read at least 10,000 generated rows', () => {
    expect(rowsRead).toBeGreaterThanOrEqual(10_000);
  });
});
