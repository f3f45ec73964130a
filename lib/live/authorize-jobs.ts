import type { AuthorizeJobRecord, JobStore } from '../db/jobs';
import type { AuthorizeResult } from './authorize-batch';

export interface JobProgress {
  id: string;
  advertiserId: string;
  total: number;
  done: number;
  codes: string[];
  state: AuthorizeJobRecord['state'];
  results: AuthorizeJobRecord['results'];
}

/** What TikTok's list of authorized posts says about the codes a job never heard back on. */
export type ReconcileAnswer =
  { ok: true; applied: string[]; complete: boolean } | { ok: false; message: string; fix: string };

export interface JobRunnerDeps {
  /** Runs one authorization batch; resolves when every code has an outcome. */
  run: (
    job: { advertiserId: string; codes: string[]; originals: Record<string, string> },
    signal: AbortSignal,
    onResult: (result: AuthorizeResult) => void,
  ) => Promise<AuthorizeResult[]>;
  /** Asks TikTok which of `codes` are on the ad account now (and records those as applied). */
  reconcile: (advertiserId: string, codes: string[]) => Promise<ReconcileAnswer>;
  /** Where progress is published for the pages (e.g. session storage). */
  publish: (progress: JobProgress) => Promise<void>;
  store: JobStore;
  newId: () => string;
  now: () => number;
}

const NOT_ON_ACCOUNT = {
  message: 'Not on the ad account: the job stopped before TikTok authorized this code.',
  fix: 'Authorize it again.',
};

const STOPPED_UNSURE = {
  message: 'The job stopped while this code was on its way; TikTok may or may not have it.',
  fix: 'Reconcile, or use Sync applied, to ask TikTok.',
};

export function progressOf(job: AuthorizeJobRecord): JobProgress {
  return {
    id: job.id,
    advertiserId: job.advertiserId,
    total: job.codes.length,
    codes: [...job.codes],
    done: job.results.filter((r) => r.kind !== 'cancelled').length,
    state: job.state,
    results: [...job.results],
  };
}

/** Codes of a job that have no outcome yet. */
export function unconfirmedCodes(job: AuthorizeJobRecord): string[] {
  const answered = new Set(job.results.map((r) => r.code));
  return job.codes.filter((code) => !answered.has(code));
}

/**
 * Keeps the batches being authorized through the API. A page starts a job and goes away; the
 * job goes on in the background, its state is written to IndexedDB after every code and its
 * progress published for whichever page looks. A worker that starts finds the jobs its
 * predecessor left running, marks them interrupted and asks TikTok what became of them.
 */
export function createAuthorizeJobs(deps: JobRunnerDeps) {
  const running = new Map<string, AbortController>();
  const publish = (job: AuthorizeJobRecord) => deps.publish(progressOf(job));

  /** Saves a job's snapshots in order: a late write never replaces a newer state. */
  function saver() {
    let queue = Promise.resolve();
    return (job: AuthorizeJobRecord) => {
      const snapshot = { ...job, results: [...job.results], updatedAt: deps.now() };
      queue = queue
        .then(() => deps.store.save(snapshot))
        .then(() => publish(snapshot))
        .catch(() => undefined);
      return queue;
    };
  }

  async function reconcile(job: AuthorizeJobRecord) {
    const open = unconfirmedCodes(job);
    if (open.length === 0)
      return { job: { ...job, state: 'finished' as const }, problem: undefined };
    const answer = await deps.reconcile(job.advertiserId, open);
    if (!answer.ok) return { job, problem: { message: answer.message, fix: answer.fix } };
    const applied = new Set(answer.applied);
    const results = [...job.results];
    for (const code of open) {
      if (applied.has(code)) results.push({ code, kind: 'applied' });
      // A partial list cannot prove a code is missing; it stays unconfirmed.
      else if (answer.complete) results.push({ code, kind: 'unknown', failure: NOT_ON_ACCOUNT });
    }
    const settled = results.length === job.codes.length;
    return {
      job: { ...job, results, state: settled ? ('finished' as const) : job.state },
      problem: undefined,
    };
  }

  async function reconcileAndSave(job: AuthorizeJobRecord) {
    const outcome = await reconcile(job);
    await saver()(outcome.job);
    return { job: progressOf(outcome.job), problem: outcome.problem };
  }

  const ready: Promise<void> = deps.store
    .interruptRunning(deps.now())
    .then(async (interrupted) => {
      await Promise.all(interrupted.map(publish));
      // Ask TikTok right away; a failure leaves the job interrupted for the buyer's Reconcile.
      for (const job of interrupted) void reconcileAndSave(job).catch(() => undefined);
    })
    .catch(() => undefined);

  return {
    ready,

    start(advertiserId: string, codes: string[], originals: Record<string, string> = {}) {
      const id = deps.newId();
      const controller = new AbortController();
      running.set(id, controller);
      const job: AuthorizeJobRecord = {
        id,
        advertiserId,
        codes: [...codes],
        originals,
        state: 'running',
        results: [],
        startedAt: deps.now(),
        updatedAt: deps.now(),
      };
      const save = saver();
      void (async () => {
        // Interrupted jobs are marked before this one is written, never after.
        await ready;
        void save(job);
        const onResult = (result: AuthorizeResult) => {
          job.results.push(result);
          void save(job);
        };
        try {
          const results = await deps.run(
            { advertiserId, codes, originals },
            controller.signal,
            onResult,
          );
          job.results = results;
          job.state = controller.signal.aborted ? 'cancelled' : 'finished';
        } catch {
          job.state = 'cancelled';
        } finally {
          running.delete(id);
          await save(job);
        }
      })();
      return { id };
    },

    /**
     * Stops a job. One this worker runs is aborted; one a stopped worker left behind is marked
     * cancelled, its unanswered codes listed as not confirmed. True when the job is not running.
     */
    async cancel(id: string): Promise<boolean> {
      const controller = running.get(id);
      if (controller) {
        controller.abort();
        return true;
      }
      await ready;
      const job = await deps.store.get(id);
      if (!job) return false;
      if (job.state === 'running' || job.state === 'interrupted') {
        const results = [
          ...job.results,
          ...unconfirmedCodes(job).map((code) => ({
            code,
            kind: 'unknown' as const,
            failure: STOPPED_UNSURE,
          })),
        ];
        await saver()({ ...job, results, state: 'cancelled' });
      }
      return true;
    },

    /** The newest job for an ad account, after any left running was marked interrupted. */
    async latest(advertiserId: string): Promise<JobProgress | null> {
      await ready;
      const job = await deps.store.latestFor(advertiserId);
      return job ? progressOf(job) : null;
    },

    /** Asks TikTok about an interrupted job's unanswered codes and records what it says. */
    async reconcile(id: string) {
      await ready;
      const job = await deps.store.get(id);
      if (!job) return { job: null, problem: undefined };
      if (job.state !== 'interrupted') return { job: progressOf(job), problem: undefined };
      return reconcileAndSave(job);
    },
  };
}
