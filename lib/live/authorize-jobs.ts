import type { AuthorizeResult } from './authorize-batch';

export interface JobProgress {
  id: string;
  advertiserId: string;
  total: number;
  done: number;
  state: 'running' | 'finished' | 'cancelled';
  results: AuthorizeResult[];
}

export interface JobRunnerDeps {
  /** Runs one authorization batch; resolves when every code has an outcome. */
  run: (
    job: { advertiserId: string; codes: string[]; originals: Record<string, string> },
    signal: AbortSignal,
    onResult: (result: AuthorizeResult) => void,
  ) => Promise<AuthorizeResult[]>;
  /** Where progress is published for the pages (e.g. session storage). */
  publish: (progress: JobProgress) => Promise<void>;
  newId: () => string;
}

/**
 * Keeps the batches being authorized through the API. A page starts a job and goes away; the
 * job goes on in the background and its progress is published for whichever page looks.
 */
export function createAuthorizeJobs(deps: JobRunnerDeps) {
  const running = new Map<string, AbortController>();

  return {
    start(advertiserId: string, codes: string[], originals: Record<string, string> = {}) {
      const id = deps.newId();
      const controller = new AbortController();
      running.set(id, controller);
      const progress: JobProgress = {
        id,
        advertiserId,
        total: codes.length,
        done: 0,
        state: 'running',
        results: [],
      };
      const publish = () => deps.publish({ ...progress, results: [...progress.results] });
      void publish();
      const onResult = (result: AuthorizeResult) => {
        progress.results.push(result);
        progress.done = progress.results.length;
        void publish();
      };
      void deps
        .run({ advertiserId, codes, originals }, controller.signal, onResult)
        .then((results) => {
          progress.results = results;
          progress.done = results.filter((r) => r.kind !== 'cancelled').length;
          progress.state = controller.signal.aborted ? 'cancelled' : 'finished';
        })
        .catch(() => {
          progress.state = 'cancelled';
        })
        .finally(() => {
          running.delete(id);
          void publish();
        });
      return { id };
    },
    cancel(id: string): boolean {
      const controller = running.get(id);
      controller?.abort();
      return controller !== undefined;
    },
  };
}
