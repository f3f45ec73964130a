/**
 * Reading a whole CSV file for an import: decoding it and checking every row against the
 * buyer's column mapping. Done in a Web Worker (csv-reading.worker.ts) so a sheet of 100,000
 * rows never freezes the dashboard; both sides check the messages with the schemas here.
 */
import { z } from 'zod';
import type { ImportRow } from '../../lib/db/bulk';
import { codeDetailsSchema, codeStatusSchema } from '../../lib/records/schema';
import type { ColumnMapping } from '../../lib/transfer/column-guess';
import { readCsvRows, readCsvText } from '../../lib/transfer/csv-reader';
import { IMPORT_FIELDS } from '../../lib/transfer/fields';
import type { RejectedRow } from '../../lib/transfer/row-reader';
import type { TextEncodingName } from '../../lib/transfer/text-encoding';
import { parseInSlices, workerJobs, type WorkerPort } from '../work/worker-jobs';

const encodingSchema = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']);
const column = z.number().int().min(0);

export const csvJobSchema = z.object({
  file: z.instanceof(Blob),
  encoding: encodingSchema,
  mapping: z.object({
    columns: z.partialRecord(z.enum(IMPORT_FIELDS), column),
    dayMonthOrder: z.enum(['mdy', 'dmy']),
    hasHeaderRow: z.boolean(),
  }),
  /** The header the buyer sees for each mapped column (and "-1" for none), for the reasons. */
  columnNames: z.record(z.string(), z.string()),
});
export type CsvJob = z.infer<typeof csvJobSchema>;

const explanationSchema = z.object({ key: z.string(), values: z.array(z.string()) });

const importRowSchema = z.object({
  row: z.number().int(),
  code: z.string(),
  raw: z.string(),
  warnings: z.array(z.string()),
  details: codeDetailsSchema,
  status: codeStatusSchema.optional(),
});

const rejectedRowSchema = z.object({
  row: z.number().int(),
  code: z.string().optional(),
  reasons: z.array(explanationSchema),
});

export interface CsvReading {
  rows: ImportRow[];
  rejected: RejectedRow[];
  /** How the file was read in the end (Windows-1252 when it was not valid UTF-8). */
  encoding: TextEncodingName;
}

// The schemas above must give the reader's own types.
const asRows = (rows: z.output<typeof importRowSchema>[]): ImportRow[] => rows;
const asRejected = (rows: z.output<typeof rejectedRowSchema>[]): RejectedRow[] => rows;
void asRows;
void asRejected;

/** The names a mapping's columns go by, keyed by column number as the job carries them. */
export function columnNamesOf(
  mapping: ColumnMapping,
  name: (column: number) => string,
): Record<string, string> {
  const columns = [-1, ...Object.values(mapping.columns)];
  return Object.fromEntries(columns.map((c) => [String(c), name(c)]));
}

/** The work itself, the same in the worker and, where there is none, on the page. */
export async function readCsvNow(
  job: CsvJob,
  onProgress?: (share: number) => void,
): Promise<CsvReading> {
  const { text, encoding } = await readCsvText(job.file, job.encoding);
  const { rows, rejected } = await readCsvRows(text, {
    mapping: job.mapping,
    columnName: (c) => job.columnNames[String(c)] ?? String(c),
    onProgress,
  });
  return { rows, rejected, encoding };
}

export type CsvReader = (job: CsvJob, onProgress?: (share: number) => void) => Promise<CsvReading>;

/** The reply as it arrives; its row lists are checked a slice per task afterwards. */
const csvReplySchema = z.object({
  rows: z.array(z.unknown()),
  rejected: z.array(z.unknown()),
  encoding: encodingSchema,
});

/** Files read in the worker `start` gives, started on the first import. */
export function workerCsvReader(start: () => WorkerPort): CsvReader & { dispose(): void } {
  const jobs = workerJobs<CsvJob, typeof csvReplySchema>(start, csvReplySchema);
  const read: CsvReader = async (job, onProgress) => {
    const reply = await jobs.run(job, onProgress);
    return {
      rows: await parseInSlices(reply.rows, importRowSchema),
      rejected: await parseInSlices(reply.rejected, rejectedRowSchema),
      encoding: reply.encoding,
    };
  };
  return Object.assign(read, { dispose: jobs.dispose });
}
