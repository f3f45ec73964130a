import { csvHeadOfText, readCsvHead, type CsvHead, type CsvHeadRead } from './csv-reader';

/**
 * The head of a CSV the test expects to be readable; fails the test if it is refused. Text is
 * read as text (as after decoding); bytes go through encoding detection as a picked file does.
 */
export async function readableHead(csv: string | Uint8Array): Promise<CsvHead> {
  const read: CsvHeadRead =
    typeof csv === 'string'
      ? csvHeadOfText(csv, 'utf-8')
      : await readCsvHead(new Blob([csv as BlobPart]));
  if (!read.ok) throw new Error(`Refused: ${read.problem.key}`);
  return read.head;
}
