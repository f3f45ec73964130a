import Papa from 'papaparse';
import type { CodeRecord } from '../records/schema';
import { EXPORT_HEADERS, EXPORT_ORDER, type ImportField } from './fields';
import { formulaSafe } from './formula-safety';

function cellOf(record: CodeRecord, field: ImportField): string {
  const value = record[field];
  return value === undefined ? '' : String(value);
}

/**
 * The inventory as CSV with the columns the importer maps by itself. Every cell is made safe to
 * open in a spreadsheet; codes start with `#`, so they come out exactly as stored.
 */
export function inventoryToCsv(records: readonly CodeRecord[]): string {
  const header = EXPORT_ORDER.map((field) => EXPORT_HEADERS[field]);
  const rows = records.map((record) =>
    EXPORT_ORDER.map((field) => formulaSafe(cellOf(record, field))),
  );
  // A byte order mark makes Excel read the file as UTF-8, so non-Latin handles survive.
  return `\uFEFF${Papa.unparse([header, ...rows], { newline: '\r\n' })}`;
}
