import Papa from 'papaparse';
import type { ImportRow } from '../db/bulk';
import { explain, type Explanation } from '../translate';
import type { ColumnMapping } from './column-guess';
import { readRow, type RejectedRow } from './row-reader';
import { decodeText, guessEncoding, type TextEncodingName } from './text-encoding';

/** Enough of a file to guess its columns without reading all of it. */
const HEAD_BYTES = 256 * 1024;
const SAMPLE_ROWS = 50;
/** Parsing pauses after each slice of this many characters, so the page can draw progress. */
const PARSE_CHUNK = 512 * 1024;

/** More columns than any inventory sheet has; a file this wide is not one. */
const MAX_COLUMNS = 500;

export interface CsvHead {
  firstRow: string[];
  samples: string[][];
  /** How the file's bytes were read; shown when it is not plain UTF-8. */
  encoding: TextEncodingName;
}

export type CsvHeadRead = { ok: true; head: CsvHead } | { ok: false; problem: Explanation };

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/**
 * Reads the start of a file: its encoding, first row and sample rows. Files that are not text,
 * or far wider than a sheet, are refused here, before anything is shown.
 */
export async function readCsvHead(file: Blob): Promise<CsvHeadRead> {
  const bytes = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const guess = guessEncoding(bytes);
  if (!guess.ok) return guess;
  // `stream`: a character cut in two by the end of the slice is left out, not garbled.
  return csvHeadOfText(
    new TextDecoder(guess.encoding).decode(bytes, { stream: true }),
    guess.encoding,
  );
}

/** The first row and sample rows of text already decoded. */
export function csvHeadOfText(text: string, encoding: TextEncodingName): CsvHeadRead {
  const parsed = Papa.parse<string[]>(withoutBom(text), {
    header: false,
    preview: SAMPLE_ROWS + 1,
  });
  const rows = parsed.data.filter((row) => !isBlank(row));
  const [firstRow = [], ...samples] = rows;
  const width = Math.max(firstRow.length, ...samples.map((row) => row.length));
  if (width > MAX_COLUMNS) {
    return { ok: false, problem: explain('import_refuse_tooWide', width, MAX_COLUMNS) };
  }
  return { ok: true, head: { firstRow, samples, encoding } };
}

/** The whole file as text, in the encoding its head showed (or Windows-1252, if UTF-8 fails). */
export async function readCsvText(
  file: Blob,
  encoding: TextEncodingName,
): Promise<{ text: string; encoding: TextEncodingName }> {
  return decodeText(new Uint8Array(await file.arrayBuffer()), encoding);
}

export interface CsvReadResult {
  rows: ImportRow[];
  rejected: RejectedRow[];
}

export interface CsvReadOptions {
  mapping: ColumnMapping;
  /** The header the buyer sees for a column, used in reasons. */
  columnName: (column: number) => string;
  /** Share of the text read so far, 0 to 1. */
  onProgress?: (share: number) => void;
}

const PARSE_PROBLEMS: Record<string, string> = {
  MissingQuotes: 'import_reject_unclosedQuote',
  InvalidQuotes: 'import_reject_strayQuote',
};

/**
 * Reads every row of a CSV text in slices, checking each against the mapping. Rows with the same
 * code as an earlier row are rejected: one code has one set of details.
 */
export function readCsvRows(csv: string, options: CsvReadOptions): Promise<CsvReadResult> {
  const text = withoutBom(csv);
  const rows: ImportRow[] = [];
  const rejected: RejectedRow[] = [];
  const firstRowOf = new Map<string, number>();
  let index = 0;

  const take = (cells: string[], problem: string | undefined) => {
    const rowNumber = ++index;
    if (rowNumber === 1 && options.mapping.hasHeaderRow) return;
    if (isBlank(cells)) return;
    if (problem) {
      rejected.push({ row: rowNumber, reasons: [explain(problem)] });
      return;
    }
    const outcome = readRow(cells, rowNumber, options.mapping, options.columnName);
    if (!outcome.ok) {
      rejected.push(outcome.rejected);
      return;
    }
    const first = firstRowOf.get(outcome.row.code);
    if (first !== undefined) {
      rejected.push({
        row: rowNumber,
        code: outcome.row.code,
        reasons: [explain('import_reject_duplicate', first)],
      });
      return;
    }
    firstRowOf.set(outcome.row.code, rowNumber);
    rows.push(outcome.row);
  };

  // Papa streams strings as it streams files; the union picks the typing that says so.
  const source = text as string | File;
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(source, {
      header: false,
      chunkSize: PARSE_CHUNK,
      chunk(results, parser) {
        const problems = new Map<number, string>();
        for (const error of results.errors) {
          if (error.row !== undefined) {
            problems.set(error.row, PARSE_PROBLEMS[error.code] ?? 'import_reject_unreadable');
          }
        }
        results.data.forEach((cells, i) => take(cells, problems.get(i)));
        options.onProgress?.(Math.min(1, results.meta.cursor / Math.max(1, text.length)));
        // Let the page draw the progress bar before the next slice.
        parser.pause();
        setTimeout(() => parser.resume(), 0);
      },
      complete() {
        options.onProgress?.(1);
        resolve({ rows, rejected });
      },
      error(error: Error) {
        reject(error);
      },
    });
  });
}
