import pLimit from 'p-limit';

export type PoolResult<R> =
  | { status: 'fulfilled'; value: R }
  | { status: 'rejected'; reason: unknown }
  /** Never started because the caller gave up, or gave up while it ran. */
  | { status: 'cancelled' };

export interface PoolOptions {
  signal?: AbortSignal;
  /** Called each time a started item settles; items never started are not counted. */
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_CONCURRENCY = 4;

function normaliseLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_CONCURRENCY;
  return Math.max(1, Math.floor(limit));
}

/**
 * Runs `fn` over `items` with at most `limit` calls in flight (p-limit), keeping results in input
 * order. Once `signal` aborts no new item starts; the ones not started, and running ones that then
 * fail, come back as cancelled. One item failing never stops the others.
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number | undefined,
  fn: (item: T, index: number) => Promise<R>,
  options: PoolOptions = {},
): Promise<PoolResult<R>[]> {
  const { signal, onProgress } = options;
  const run = pLimit(normaliseLimit(limit));
  let done = 0;
  return Promise.all(
    items.map((item, index) =>
      run(async (): Promise<PoolResult<R>> => {
        if (signal?.aborted) return { status: 'cancelled' };
        let result: PoolResult<R>;
        try {
          result = { status: 'fulfilled', value: await fn(item, index) };
        } catch (reason) {
          result = signal?.aborted ? { status: 'cancelled' } : { status: 'rejected', reason };
        }
        onProgress?.(++done, items.length);
        return result;
      }),
    ),
  );
}
