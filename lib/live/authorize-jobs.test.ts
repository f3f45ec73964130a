import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type SparkDatabase } from '../db/database';
import { createJobStore } from '../db/jobs';
import { sampleCode } from '../transfer/sample-codes.testing';
import type { AuthorizeResult } from './authorize-batch';
import { createAuthorizeJobs, type JobRunnerDeps, type ReconcileAnswer } from './authorize-jobs';

const ACCOUNT = '7000000000000000001';
const CODES = [1, 2, 3, 4].map(sampleCode);
const [C1, C2, C3, C4] = CODES as [string, string, string, string];

let jobIds = 0;
let time = 1_000;
const opened: SparkDatabase[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

function database() {
  const db = openDatabase(`jobs-${Math.random()}`);
  opened.push(db);
  return db;
}

/**
 * One service worker's job runner over `db`. Its authorization run answers the first `answered`
 * codes and then hangs, as a worker does when the browser stops it mid-batch.
 */
function worker(
  db: SparkDatabase,
  options: { answered?: number; reconcile?: JobRunnerDeps['reconcile'] } = {},
) {
  const published: string[] = [];
  const deps: JobRunnerDeps = {
    store: createJobStore(db),
    now: () => ++time,
    newId: () => `job-${++jobIds}`,
    publish: async (progress) => {
      published.push(`${progress.state} ${progress.done}/${progress.total}`);
    },
    run: async (job, signal, onResult) => {
      const results: AuthorizeResult[] = [];
      for (const code of job.codes.slice(0, options.answered ?? job.codes.length)) {
        const result: AuthorizeResult = { code, kind: 'applied' };
        results.push(result);
        onResult(result);
      }
      if (results.length === job.codes.length) return results;
      return new Promise<AuthorizeResult[]>((resolve) => {
        signal.addEventListener('abort', () =>
          resolve([
            ...results,
            ...job.codes
              .slice(results.length)
              .map((code) => ({ code, kind: 'cancelled' as const })),
          ]),
        );
      });
    },
    reconcile: vi.fn(
      options.reconcile ??
        (async (): Promise<ReconcileAnswer> => ({ ok: false, message: 'offline', fix: 'later' })),
    ),
  };
  return { jobs: createAuthorizeJobs(deps), deps, published };
}

const stored = (db: SparkDatabase, id: string) => createJobStore(db).get(id);
const kinds = (results: { code: string; kind: string }[] = []) =>
  Object.fromEntries(results.map((r) => [r.code, r.kind]));

describe('authorization jobs', () => {
  it('write their state to IndexedDB after every code', async () => {
    const db = database();
    const { jobs } = worker(db, { answered: 2 });
    const { id } = jobs.start(ACCOUNT, CODES);
    await vi.waitFor(async () => expect((await stored(db, id))?.results).toHaveLength(2));
    expect(await stored(db, id)).toMatchObject({ state: 'running', codes: CODES });
  });

  it('are marked interrupted by the next worker, which asks TikTok about the rest', async () => {
    const db = database();
    const first = worker(db, { answered: 2 });
    const { id } = first.jobs.start(ACCOUNT, CODES);
    await vi.waitFor(async () => expect((await stored(db, id))?.results).toHaveLength(2));

    // The worker is gone; TikTok had authorized C3 before it stopped, never C4.
    const next = worker(db, {
      reconcile: async () => ({ ok: true, applied: [C3], complete: true }),
    });
    await next.jobs.ready;
    await vi.waitFor(async () => expect((await stored(db, id))?.state).toBe('finished'));
    expect(next.deps.reconcile).toHaveBeenCalledWith(ACCOUNT, [C3, C4]);
    expect(kinds((await stored(db, id))?.results)).toEqual({
      [C1]: 'applied',
      [C2]: 'applied',
      [C3]: 'applied',
      [C4]: 'unknown',
    });
    expect(next.published).toContain('interrupted 2/4');
    expect(next.published.at(-1)).toBe('finished 4/4');
  });

  it.each([
    [
      'TikTok cannot be reached',
      async (): Promise<ReconcileAnswer> => ({ ok: false, message: 'offline', fix: 'later' }),
      {},
    ],
    [
      'TikTok lists only part of the account',
      async (): Promise<ReconcileAnswer> => ({ ok: true, applied: [C3], complete: false }),
      { [C3]: 'applied' },
    ],
  ])('stay interrupted while %s', async (_name, reconcile, learned) => {
    const db = database();
    const first = worker(db, { answered: 2 });
    const { id } = first.jobs.start(ACCOUNT, CODES);
    await vi.waitFor(async () => expect((await stored(db, id))?.results).toHaveLength(2));

    const next = worker(db, { reconcile });
    await next.jobs.ready;
    await vi.waitFor(() => expect(next.deps.reconcile).toHaveBeenCalled());
    const reply = await next.jobs.reconcile(id);
    expect(reply.job?.state).toBe('interrupted');
    expect(kinds(reply.job?.results)).toEqual({ [C1]: 'applied', [C2]: 'applied', ...learned });
    expect((await next.jobs.latest(ACCOUNT))?.state).toBe('interrupted');
  });

  it('cancel a job whose worker died, listing its unanswered codes as not confirmed', async () => {
    const db = database();
    const first = worker(db, { answered: 1 });
    const { id } = first.jobs.start(ACCOUNT, CODES);
    await vi.waitFor(async () => expect((await stored(db, id))?.results).toHaveLength(1));

    const next = worker(db);
    expect(await next.jobs.cancel(id)).toBe(true);
    const job = await stored(db, id);
    expect(job?.state).toBe('cancelled');
    expect(kinds(job?.results)).toEqual({
      [C1]: 'applied',
      [C2]: 'unknown',
      [C3]: 'unknown',
      [C4]: 'unknown',
    });
    expect(await next.jobs.cancel('no-such-job')).toBe(false);
  });

  it('cancel a running job of this worker', async () => {
    const db = database();
    const { jobs } = worker(db, { answered: 1 });
    const { id } = jobs.start(ACCOUNT, CODES);
    await vi.waitFor(async () => expect((await stored(db, id))?.results).toHaveLength(1));
    expect(await jobs.cancel(id)).toBe(true);
    await vi.waitFor(async () => expect((await stored(db, id))?.state).toBe('cancelled'));
  });

  it('never mark a job started by the new worker as interrupted', async () => {
    const db = database();
    const first = worker(db, { answered: 0 });
    const old = first.jobs.start(ACCOUNT, [C1]);
    await vi.waitFor(async () => expect(await stored(db, old.id)).toBeDefined());

    const next = worker(db, { answered: 0 });
    const fresh = next.jobs.start(ACCOUNT, [C2]);
    await next.jobs.ready;
    await vi.waitFor(async () => expect((await stored(db, fresh.id))?.state).toBe('running'));
    expect((await stored(db, old.id))?.state).toBe('interrupted');
    expect((await next.jobs.latest(ACCOUNT))?.id).toBe(fresh.id);
  });
});
