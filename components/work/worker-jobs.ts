/**
 * One request and one reply per job between a page and a Web Worker, both checked with zod on
 * arrival: a worker is code of ours, but a message is only data, and a reply that does not have
 * the promised shape must fail loudly rather than reach the screen half-formed.
 */
import { z } from 'zod';

/** The part of `Worker` the client uses, so tests can hand in a stand-in over a MessageChannel. */
export interface WorkerPort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

/** The part of a worker's global scope the server side uses. */
export interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

const jobId = z.number().int().nonnegative();

/** The envelopes; the job and result inside are checked with the job's own schemas. */
const requestEnvelope = z.object({ id: jobId, job: z.unknown() });
const replyEnvelope = z.discriminatedUnion('ok', [
  z.object({ id: jobId, ok: z.literal(true), result: z.unknown() }),
  z.object({ id: jobId, ok: z.literal(false), error: z.string() }),
]);

/** The id alone, read first so a reply with a bad body still settles the job it belongs to. */
const idOnly = z.object({ id: jobId });

/** A share of a job done, 0 to 1, sent any number of times before its reply. */
const progressNote = z.object({ id: jobId, progress: z.number().min(0).max(1) });

/** A job that did not come back with a result: the worker failed, or its reply was unreadable. */
export class WorkerJobError extends Error {
  override name = 'WorkerJobError';
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The worker's side: reads each request, runs `handle` and posts its result (awaited) or its
 * error. A request that is not the promised shape is answered with an error when its id can be
 * read, and dropped otherwise (nobody could be waiting for it). `handle` may report progress.
 */
export function serveJobs<Job extends z.ZodType>(
  scope: WorkerScope,
  jobSchema: Job,
  handle: (job: z.output<Job>, progress: (share: number) => void) => unknown,
): void {
  scope.addEventListener('message', (event) => {
    const request = requestEnvelope.safeParse(event.data);
    if (!request.success) return;
    const { id } = request.data;
    const job = jobSchema.safeParse(request.data.job);
    if (!job.success) {
      scope.postMessage({ id, ok: false, error: 'The request could not be read.' });
      return;
    }
    const progress = (share: number) =>
      scope.postMessage({ id, progress: Math.min(1, Math.max(0, share)) });
    Promise.resolve()
      .then(() => handle(job.data, progress))
      .then(
        (result) => scope.postMessage({ id, ok: true, result }),
        (error: unknown) => scope.postMessage({ id, ok: false, error: describe(error) }),
      );
  });
}

export interface WorkerJobs<Job, Result> {
  /**
   * Runs one job in the worker, started on first use; rejects with {@link WorkerJobError}.
   * `onProgress` hears the shares of it done that the worker reports.
   */
  run(job: Job, onProgress?: (share: number) => void): Promise<Result>;
  /** Ends the worker; jobs still out are rejected. */
  dispose(): void;
}

interface Pending<Result> {
  onProgress?: (share: number) => void;
  resolve(result: Result): void;
  reject(error: WorkerJobError): void;
}

/**
 * The page's side. Replies are matched to jobs by id, so answers may arrive in any order. When
 * the worker fails as a whole (its script did not load, it threw outside a job), every job
 * still out is rejected and the next job starts a fresh worker.
 */
export function workerJobs<Job, Result extends z.ZodType>(
  start: () => WorkerPort,
  resultSchema: Result,
): WorkerJobs<Job, z.output<Result>> {
  const pending = new Map<number, Pending<z.output<Result>>>();
  let worker: WorkerPort | undefined;
  let nextId = 0;

  function failAll(message: string) {
    worker?.terminate();
    worker = undefined;
    const waiting = [...pending.values()];
    pending.clear();
    for (const job of waiting) job.reject(new WorkerJobError(message));
  }

  function onMessage(event: MessageEvent) {
    const id = idOnly.safeParse(event.data);
    const job = id.success ? pending.get(id.data.id) : undefined;
    if (!id.success || !job) return;
    const note = progressNote.safeParse(event.data);
    if (note.success) return job.onProgress?.(note.data.progress);
    pending.delete(id.data.id);
    const reply = replyEnvelope.safeParse(event.data);
    if (!reply.success) return job.reject(new WorkerJobError('The reply could not be read.'));
    if (!reply.data.ok) return job.reject(new WorkerJobError(reply.data.error));
    const result = resultSchema.safeParse(reply.data.result);
    if (result.success) job.resolve(result.data);
    else job.reject(new WorkerJobError('The reply could not be read.'));
  }

  function started(): WorkerPort {
    if (worker) return worker;
    const fresh = start();
    fresh.addEventListener('message', onMessage);
    fresh.addEventListener('error', (event) =>
      failAll(event instanceof ErrorEvent && event.message ? event.message : 'The worker failed.'),
    );
    fresh.addEventListener('messageerror', () => failAll('A reply could not be received.'));
    worker = fresh;
    return fresh;
  }

  return {
    run(job, onProgress) {
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { onProgress, resolve, reject });
        try {
          started().postMessage({ id, job });
        } catch (error) {
          pending.delete(id);
          reject(new WorkerJobError(describe(error)));
        }
      });
    },
    dispose() {
      failAll('The worker was closed.');
    },
  };
}

/** Resolves in a task of its own, so the page can draw and take input in between. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Records checked per task: a few milliseconds' work even on a slow machine. */
const SLICE = 500;

/**
 * Checks a long list from a reply a slice at a time, one task per slice, so a reply of 10,000
 * records never holds the page's thread for the whole check. Rejects as a bad reply would.
 */
export async function parseInSlices<Item extends z.ZodType>(
  items: readonly unknown[],
  schema: Item,
): Promise<z.output<Item>[]> {
  const slice = z.array(schema);
  const parsed: z.output<Item>[] = [];
  for (let start = 0; start < items.length; start += SLICE) {
    if (start > 0) await nextTask();
    const part = slice.safeParse(items.slice(start, start + SLICE));
    if (!part.success) throw new WorkerJobError('The reply could not be read.');
    parsed.push(...part.data);
  }
  return parsed;
}
