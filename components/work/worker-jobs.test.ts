import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  parseInSlices,
  serveJobs,
  WorkerJobError,
  workerJobs,
  type WorkerScope,
} from './worker-jobs';
import { channelWorker } from './worker-jobs.testing';

const jobSchema = z.object({ text: z.string() });
const resultSchema = z.object({ length: z.number() });

/** A worker that answers with the text's length, or throws for the text "boom". */
const lengths = (scope: WorkerScope) =>
  serveJobs(scope, jobSchema, ({ text }) => {
    if (text === 'boom') throw new Error('It broke.');
    return { length: text.length };
  });

/** A worker that answers every request with whatever `reply` makes of it. */
const answering = (reply: (data: { id: number }) => unknown) => (scope: WorkerScope) =>
  scope.addEventListener('message', (event) =>
    scope.postMessage(reply(event.data as { id: number })),
  );

describe('worker jobs', () => {
  it('runs jobs in the worker and matches each reply to its job', async () => {
    const start = vi.fn(() => channelWorker(lengths));
    const jobs = workerJobs<{ text: string }, typeof resultSchema>(start, resultSchema);
    const answers = await Promise.all(['a', 'abc', 'abcdef'].map((text) => jobs.run({ text })));
    expect(answers).toEqual([{ length: 1 }, { length: 3 }, { length: 6 }]);
    // One worker for every job.
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts no worker before the first job', () => {
    const start = vi.fn(() => channelWorker(lengths));
    workerJobs(start, resultSchema);
    expect(start).not.toHaveBeenCalled();
  });

  it.each([
    ['throws while working', { text: 'boom' }, 'It broke.'],
    ['is sent a job of the wrong shape', { text: 42 }, 'The request could not be read.'],
  ])('rejects a job whose worker %s, and keeps serving the next', async (_, job, message) => {
    const jobs = workerJobs<unknown, typeof resultSchema>(
      () => channelWorker(lengths),
      resultSchema,
    );
    await expect(jobs.run(job)).rejects.toEqual(new WorkerJobError(message));
    await expect(jobs.run({ text: 'ok' })).resolves.toEqual({ length: 2 });
  });

  it.each([
    ['a result of the wrong shape', (data: { id: number }) => ({ ...data, ok: true, result: {} })],
    ['no result at all', (data: { id: number }) => ({ ...data, ok: true })],
    ['an error that is not text', (data: { id: number }) => ({ ...data, ok: false, error: 7 })],
  ])('rejects a reply with %s rather than pass it on', async (_, reply) => {
    const jobs = workerJobs(() => channelWorker(answering(reply)), resultSchema);
    await expect(jobs.run({ text: 'a' })).rejects.toEqual(
      new WorkerJobError('The reply could not be read.'),
    );
  });

  it('ignores replies to jobs nobody is waiting for', async () => {
    let stray = true;
    const jobs = workerJobs(
      () =>
        channelWorker((scope) =>
          scope.addEventListener('message', (event) => {
            const { id } = event.data as { id: number };
            if (stray) scope.postMessage({ id: id + 100, ok: true, result: { length: 99 } });
            stray = false;
            scope.postMessage({ id, ok: true, result: { length: 1 } });
          }),
        ),
      resultSchema,
    );
    await expect(jobs.run({ text: 'a' })).resolves.toEqual({ length: 1 });
  });

  it('rejects every job still out when the worker fails, then starts a fresh one', async () => {
    const workers: ReturnType<typeof channelWorker>[] = [];
    const silent = () => {};
    const jobs = workerJobs(() => {
      const worker = channelWorker(workers.length === 0 ? silent : lengths);
      workers.push(worker);
      return worker;
    }, resultSchema);
    const first = jobs.run({ text: 'a' });
    const second = jobs.run({ text: 'b' });
    workers[0]?.fail('Script failed to load.');
    await expect(first).rejects.toEqual(new WorkerJobError('Script failed to load.'));
    await expect(second).rejects.toEqual(new WorkerJobError('Script failed to load.'));
    expect(workers[0]?.terminated()).toBe(true);
    await expect(jobs.run({ text: 'abc' })).resolves.toEqual({ length: 3 });
    expect(workers).toHaveLength(2);
  });

  it('rejects jobs still out when disposed, and ends the worker', async () => {
    const worker = channelWorker(() => {});
    const jobs = workerJobs(() => worker, resultSchema);
    const pending = jobs.run({ text: 'a' });
    jobs.dispose();
    await expect(pending).rejects.toBeInstanceOf(WorkerJobError);
    expect(worker.terminated()).toBe(true);
  });

  it('answers nothing to a message that is not a request', async () => {
    const replies: unknown[] = [];
    const listeners: ((event: MessageEvent) => void)[] = [];
    const scope: WorkerScope = {
      postMessage: (message) => replies.push(message),
      addEventListener: (_type, listener) => listeners.push(listener),
    };
    lengths(scope);
    for (const data of [null, 'text', { job: { text: 'a' } }, { id: -1, job: { text: 'a' } }]) {
      listeners.forEach((listener) => listener(new MessageEvent('message', { data })));
    }
    expect(replies).toEqual([]);
    listeners.forEach((listener) =>
      listener(new MessageEvent('message', { data: { id: 3, job: { text: 'ab' } } })),
    );
    await vi.waitFor(() => expect(replies).toEqual([{ id: 3, ok: true, result: { length: 2 } }]));
  });
});

describe('parseInSlices', () => {
  const item = z.object({ n: z.number() });

  it('checks every item of a long list, in order', async () => {
    const items = Array.from({ length: 1_234 }, (_, n) => ({ n, extra: 'dropped' }));
    expect(await parseInSlices(items, item)).toEqual(items.map(({ n }) => ({ n })));
  });

  it.each([0, 499, 500, 1_233])('rejects a list with a bad item at %i', async (bad) => {
    const items: unknown[] = Array.from({ length: 1_234 }, (_, n) => ({ n }));
    items[bad] = { n: 'seven' };
    await expect(parseInSlices(items, item)).rejects.toEqual(
      new WorkerJobError('The reply could not be read.'),
    );
  });
});
