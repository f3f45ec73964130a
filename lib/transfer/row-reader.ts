import type { ImportRow } from '../db/bulk';
import { codeDetailsSchema, type CodeDetails } from '../db/schema';
import { explain, type Explanation } from '../lifecycle/translate';
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
} from './cells';
import { readCodeCell } from './code-cell';
import type { ColumnMapping } from './column-guess';
import { DATE_FIELDS, type ImportField } from './fields';
import { stripFormulaGuard } from './formula-safety';

export interface RejectedRow {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  /** The code, when one could be read, so the buyer can find it. */
  code?: string;
  reasons: Explanation[];
}

export type RowOutcome = { ok: true; row: ImportRow } | { ok: false; rejected: RejectedRow };

/** Values quoted in a reason are cut short so one wild cell cannot flood the preview. */
function quoted(value: string): string {
  const text = value.trim();
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Limits from the record schema, checked here to explain them per column. */
const MAX_LENGTH: Partial<Record<keyof CodeDetails, number>> = {
  creatorHandle: 100,
  expectedPost: 500,
  adAccountId: 40,
  notes: 5000,
};

/**
 * Turns one CSV row into a code and its details, or says in plain words everything wrong with it.
 * `columnName` gives the header the buyer sees for a column, for the reasons.
 */
export function readRow(
  cells: readonly string[],
  rowNumber: number,
  mapping: ColumnMapping,
  columnName: (column: number) => string,
): RowOutcome {
  const reasons: Explanation[] = [];
  const cellOf = (field: ImportField): string | undefined => {
    const column = mapping.columns[field];
    return column === undefined ? undefined : stripFormulaGuard(cells[column] ?? '');
  };
  const nameOf = (field: ImportField) => columnName(mapping.columns[field] ?? -1);

  const codeColumn = mapping.columns.code;
  const codeCell = codeColumn === undefined ? undefined : (cells[codeColumn] ?? '');
  const parsedCode = codeCell === undefined ? undefined : readCodeCell(codeCell);
  if (!parsedCode || (parsedCode.kind === 'none' && !parsedCode.why)) {
    reasons.push(explain('import_reject_noCode', nameOf('code')));
  } else if (parsedCode.kind === 'none' && parsedCode.why) {
    reasons.push(explain('import_reject_notACode', nameOf('code'), parsedCode.why));
  } else if (parsedCode.kind === 'several') {
    reasons.push(explain('import_reject_severalCodes', nameOf('code'), parsedCode.count));
  }

  const details: CodeDetails = {};
  const text = (field: 'expectedPost' | 'notes') => {
    const cell = cellOf(field);
    if (cell !== undefined) details[field] = readText(cell);
  };
  const id = (field: 'adAccountId') => {
    const cell = cellOf(field);
    if (cell === undefined) return;
    const value = readId(cell);
    if (value === SHORTENED) reasons.push(explain('import_reject_shortenedNumber', nameOf(field), quoted(cell)));
    else details[field] = value;
  };

  const handleCell = cellOf('creatorHandle');
  if (handleCell !== undefined) details.creatorHandle = readHandle(handleCell);
  text('expectedPost');
  text('notes');
  id('adAccountId');

  const regionCell = cellOf('creatorRegion');
  if (regionCell !== undefined) {
    const region = readRegion(regionCell);
    if (region === INVALID) reasons.push(explain('import_reject_badRegion', nameOf('creatorRegion'), quoted(regionCell)));
    else details.creatorRegion = region;
  }

  const durationCell = cellOf('duration');
  if (durationCell !== undefined) {
    const duration = readDuration(durationCell);
    if (duration === INVALID) reasons.push(explain('import_reject_badDuration', nameOf('duration'), quoted(durationCell)));
    else details.duration = duration;
  }

  for (const field of DATE_FIELDS) {
    const cell = cellOf(field);
    if (cell === undefined) continue;
    const date = readDate(cell, mapping.dayMonthOrder);
    if (date === INVALID) reasons.push(explain('import_reject_badDate', nameOf(field), quoted(cell)));
    else details[field] = date;
  }

  for (const [field, max] of Object.entries(MAX_LENGTH) as [keyof CodeDetails & ImportField, number][]) {
    const value = details[field];
    if (typeof value === 'string' && value.length > max) {
      reasons.push(explain('import_reject_tooLong', nameOf(field), max));
    }
  }

  let status: ImportRow['status'];
  const statusCell = cellOf('status');
  if (statusCell !== undefined) {
    const read = readStatus(statusCell);
    if (read === INVALID) reasons.push(explain('import_reject_badStatus', nameOf('status'), quoted(statusCell)));
    else status = read;
  }

  const code = parsedCode?.kind === 'code' ? parsedCode.code : undefined;
  if (reasons.length > 0 || !code || parsedCode?.kind !== 'code') {
    return { ok: false, rejected: code ? { row: rowNumber, code, reasons } : { row: rowNumber, reasons } };
  }
  // The checks above cover every rule of the schema; parsing again drops the undefined keys.
  const clean = codeDetailsSchema.parse(withoutEmpty(details));
  const row: ImportRow = {
    row: rowNumber,
    code,
    raw: codeCell ?? code,
    warnings: parsedCode.warnings,
    details: clean,
  };
  if (status) row.status = status;
  return { ok: true, row };
}

function withoutEmpty(details: CodeDetails): CodeDetails {
  return Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined));
}
