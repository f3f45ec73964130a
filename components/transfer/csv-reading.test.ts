// @vitest-environment node
// Node's own Blob and MessageChannel: a picked file crosses to the worker as a Blob.
import { describe, expect, it, vi } from 'vitest';
import { readableHead } from '../../lib/transfer/csv-head.testing';
import { guessMapping } from '../../lib/transfer/column-guess';
import { sampleCode } from '../../lib/transfer/sample-codes.testing';
import { serveJobs } from '../work/worker-jobs';
import { channelWorker } from '../work/worker-jobs.testing';
import {
  columnNamesOf,
  csvJobSchema,
  readCsvNow,
  workerCsvReader,
  type CsvJob,
} from './csv-reading';

const [A, B] = [sampleCode(1), sampleCode(2)];

const CSV = [
  'Spark code,Creator,Duration (days),Received on',
  `${A},@mia,30,2026-11-01`,
  `not a code,@leo,30,2026-11-01`,
  `${B},@ana,forever-ish,2026-11-02`,
  `${A},@mia,30,2026-11-01`,
].join('\n');

async function jobOf(csv: string): Promise<CsvJob> {
  const head = await readableHead(csv);
  const mapping = guessMapping(head.firstRow, head.samples, 'dmy');
  return {
    file: new Blob([csv]),
    encoding: 'utf-8',
    mapping,
    columnNames: columnNamesOf(mapping, (c) => head.firstRow[c] ?? `Column ${c + 1}`),
  };
}

const inWorker = () =>
  workerCsvReader(() => channelWorker((scope) => serveJobs(scope, csvJobSchema, readCsvNow)));

describe('reading a CSV file in the worker', () => {
  it('gives the same rows, rejections and reasons as reading it on the page', async () => {
    const job = await jobOf(CSV);
    const read = inWorker();
    const there = await read(job);
    expect(there).toEqual(await readCsvNow(job));
    expect(there.rows.map((r) => r.code)).toEqual([A]);
    expect(there.rejected.map((r) => [r.row, r.reasons.map((reason) => reason.key)])).toEqual([
      [3, ['import_reject_notACode']],
      [4, ['import_reject_badDuration']],
      [5, ['import_reject_duplicate']],
    ]);
    // The reasons name the columns as the buyer sees them.
    expect(there.rejected[0]?.reasons[0]?.values[0]).toBe('Spark code');
    read.dispose();
  });

  it('reports how far it has read, ending at all of it', async () => {
    const read = inWorker();
    const progress = vi.fn();
    await read(await jobOf(CSV), progress);
    expect(progress).toHaveBeenLastCalledWith(1);
    read.dispose();
  });

  it('refuses a job that is not a file with a mapping', async () => {
    const read = inWorker();
    const job = { ...(await jobOf(CSV)), file: 'a path' } as unknown as CsvJob;
    await expect(read(job)).rejects.toThrow('The request could not be read.');
    read.dispose();
  });
});
