/**
 * Reading a paste for the Add box: the codes and rejected fragments, and the details each code's
 * own text gives. A big paste is read in a Web Worker (paste-reading.worker.ts), so the popup
 * keeps drawing and taking keys while megabytes are scanned; both sides check the messages with
 * the schemas here.
 */
import { z } from 'zod';
import { scanPaste, type PasteScan } from '../../lib/codes/index';
import { detailsFromThread, type ThreadDetails } from '../../lib/codes/thread-details';
import { parseInSlices, workerJobs, type WorkerPort } from '../work/worker-jobs';

/**
 * Pastes shorter than this are read on the page at once: a few thousand characters scan in well
 * under a frame, and waiting for a worker's reply would flash a "Reading…" line on every key.
 */
export const READ_IN_PAGE_CHARS = 20_000;

export const pasteJobSchema = z.object({
  text: z.string(),
  /** The buyer's calendar day, YYYY-MM-DD, that relative terms ("30 days") count from. */
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type PasteJob = z.infer<typeof pasteJobSchema>;

const foundCodeSchema = z.object({
  code: z.string(),
  raw: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  warnings: z.array(z.string()),
  occurrences: z.number().int().positive(),
});

const rejectedSchema = z.object({
  raw: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  reason: z.string(),
  suggestion: z.string().optional(),
});

const termSchema = z.union([
  z.object({ duration: z.union([z.number().int(), z.literal('none')]) }),
  z.object({ expiresOn: z.string() }),
]);

const threadDetailsSchema = z.object({
  creatorHandle: z.string().optional(),
  expectedPost: z.string().optional(),
  postId: z.string().optional(),
  term: termSchema.optional(),
});

/** The worker's answer; the text is not sent back, the page still has it. */
export const pasteAnswerSchema = z.object({
  codes: z.array(foundCodeSchema),
  rejected: z.array(rejectedSchema),
  thread: z.map(z.string(), threadDetailsSchema),
});
export type PasteAnswer = z.infer<typeof pasteAnswerSchema>;

// Both directions of the schema above must describe the extractor's own types exactly.
const asScan = (answer: PasteAnswer): PasteScan => answer;
const asThread = (answer: PasteAnswer): ReadonlyMap<string, ThreadDetails> => answer.thread;
void asScan;
void asThread;

/** The work itself, the same on the page and in the worker. */
export function readPasteNow({ text, today }: PasteJob): PasteAnswer {
  const scan = scanPaste(text);
  return { ...scan, thread: detailsFromThread(text, scan.codes, today) };
}

/** Reads a paste away from the page; rejects with WorkerJobError when the worker fails. */
export type PasteReader = (job: PasteJob) => Promise<PasteAnswer>;

/**
 * The worker's reply as it arrives: the lists are checked item by item afterwards, a slice per
 * task, since checking 10,000 codes at once would hold the popup's thread for a long moment.
 */
const pasteReplySchema = z.object({
  codes: z.array(z.unknown()),
  rejected: z.array(z.unknown()),
  thread: z.map(z.string(), z.unknown()),
});

const threadEntrySchema = z.tuple([z.string(), threadDetailsSchema]);

/** Pastes read in the worker `start` gives, started on the first big paste. */
export function workerPasteReader(start: () => WorkerPort): PasteReader & { dispose(): void } {
  const jobs = workerJobs<PasteJob, typeof pasteReplySchema>(start, pasteReplySchema);
  const read = async (job: PasteJob): Promise<PasteAnswer> => {
    const reply = await jobs.run(job);
    return {
      codes: await parseInSlices(reply.codes, foundCodeSchema),
      rejected: await parseInSlices(reply.rejected, rejectedSchema),
      thread: new Map(await parseInSlices([...reply.thread], threadEntrySchema)),
    };
  };
  return Object.assign(read, { dispose: jobs.dispose });
}
