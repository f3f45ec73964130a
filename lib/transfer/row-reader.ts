import type { ImportRow } from '../db/bulk';
import type { CodeDetails, CodeStatus } from '../records/schema';
import { explain, type Explanation } from '../translate';
import {
  INVALID,
  SHORTENED,
  readDate,
  readDuration,
  readHandle,
  readId,
  readRegion,
  readStatus,
  readText,
  type DayMonthOrder,
} from './cells';
import { readCodeCell } from './code-cell';
import type { ColumnMapping } from './column-guess';
import type { ImportField } from './fields';
import { stripFormulaGuard } from './formula-safety';

export interface RejectedRow {
  /** Row number as a spreadsheet shows it: the first line of the file is row 1. */
  row: number;
  /** The code, when one could be read, so the buyer can find it. */
  code?: string;
  reasons: Explanation[];
}

export type RowOutcome = { ok: true; row: ImportRow } | { ok: false; rejected: RejectedRow };

type DetailField = Exclude<ImportField, 'code' | 'status'>;
type Read = { value: unknown } | { reason: string };

/** Values quoted in a reason are cut short so one wild cell cannot flood the preview. */
function quoted(value: string): string {
  const text = value.trim();
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function limited(max: number) {
  return (cell: string): Read => {
    const value = readText(cell);
    return value && value.length > max ? { reason: 'import_reject_tooLong' } : { value };
  };
}

/** How each detail column is read; the limits are the record schema's, explained per column. */
const DETAIL_READERS: Record<DetailField, (cell: string, order: DayMonthOrder) => Read> = {
  creatorHandle: (cell) => limited(100)(readHandle(cell) ?? ''),
  expectedPost: limited(500),
  notes: limited(5000),
  adAccountId: (cell) => {
    const value = readId(cell);
    if (value === SHORTENED) return { reason: 'import_reject_shortenedNumber' };
    return value && value.length > 40 ? { reason: 'import_reject_tooLong' } : { value };
  },
  creatorRegion: (cell) => {
    const value = readRegion(cell);
    return value === INVALID ? { reason: 'import_reject_badRegion' } : { value };
  },
  duration: (cell) => {
    const value = readDuration(cell);
    return value === INVALID ? { reason: 'import_reject_badDuration' } : { value };
  },
  receivedOn: (cell, order) => dateRead(cell, order),
  expiresOn: (cell, order) => dateRead(cell, order),
  campaignEndsOn: (cell, order) => dateRead(cell, order),
};

function dateRead(cell: string, order: DayMonthOrder): Read {
  const value = readDate(cell, order);
  return value === INVALID ? { reason: 'import_reject_badDate' } : { value };
}

/** Character limits quoted in the too-long reason. */
const LIMITS: Partial<Record<DetailField, number>> = {
  creatorHandle: 100,
  expectedPost: 500,
  notes: 5000,
  adAccountId: 40,
};

function codeReasons(cell: string | undefined, column: string): Explanation[] {
  if (cell === undefined || cell.trim() === '') return [explain('import_reject_emptyCode', column)];
  const read = readCodeCell(cell);
  if (read.kind === 'code') return [];
  if (read.kind === 'several') {
    return [explain('import_reject_severalCodes', column, read.count)];
  }
  return read.why
    ? [explain('import_reject_notACodeBecause', column, quoted(cell), read.why)]
    : [explain('import_reject_notACode', column, quoted(cell))];
}

/**
 * Turns one CSV row into a code and its details, or says in plain words everything wrong with
 * it. `columnName` gives the header the buyer sees for a column, for the reasons.
 */
export function readRow(
  cells: readonly string[],
  rowNumber: number,
  mapping: ColumnMapping,
  columnName: (column: number) => string,
): RowOutcome {
  const cellAt = (field: ImportField): string | undefined => {
    const column = mapping.columns[field];
    return column === undefined ? undefined : stripFormulaGuard(cells[column] ?? '');
  };
  const nameOf = (field: ImportField) => columnName(mapping.columns[field] ?? -1);

  const codeCell =
    mapping.columns.code === undefined ? undefined : (cells[mapping.columns.code] ?? '');
  const reasons = codeReasons(codeCell, nameOf('code'));

  const details: CodeDetails = {};
  for (const field of Object.keys(DETAIL_READERS) as DetailField[]) {
    const cell = cellAt(field);
    if (cell === undefined) continue;
    const read = DETAIL_READERS[field](cell, mapping.dayMonthOrder);
    if ('reason' in read) {
      const detail = read.reason === 'import_reject_tooLong' ? String(LIMITS[field]) : quoted(cell);
      reasons.push(explain(read.reason, nameOf(field), detail));
    } else if (read.value !== undefined) {
      (details as Record<string, unknown>)[field] = read.value;
    }
  }

  let status: CodeStatus | undefined;
  const statusCell = cellAt('status');
  if (statusCell !== undefined) {
    const read = readStatus(statusCell);
    if (read === INVALID) {
      reasons.push(explain('import_reject_badStatus', nameOf('status'), quoted(statusCell)));
    } else status = read;
  }

  const code = codeCell === undefined ? undefined : readCodeCell(codeCell);
  if (reasons.length > 0 || code?.kind !== 'code') {
    const found = code?.kind === 'code' ? { code: code.code } : {};
    return { ok: false, rejected: { row: rowNumber, ...found, reasons } };
  }
  const row: ImportRow = {
    row: rowNumber,
    code: code.code,
    raw: codeCell ?? code.code,
    warnings: code.warnings,
    details,
  };
  if (status) row.status = status;
  return { ok: true, row };
}
