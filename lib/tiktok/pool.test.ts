import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONCURRENCY, mapWithConcurrency } from './pool';

/** A promise the test settles by hand, to control exactly when each item finishes. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('mapWithConcurrency', () => {
  it('never runs more than the limit at once and keeps input order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat({ max: 5 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 6 }),
        async (delays, limit) => {
          let running = 0;
          let peak = 0;
          const results = await mapWithConcurrency(delays, limit, async (delay, index) => {
            running++;
            peak = Math.max(peak, running);
            for (let i = 0; i < delay; i++) await Promise.resolve();
            running--;
            return index * 10;
          });
          expect(peak).toBeLessThanOrEqual(limit);
          expect(results).toEqual(delays.map((_, i) => ({ status: 'fulfilled', value: i * 10 })));
        },
      ),
    );
  });

  it('uses a default of 4 when no limit is given', async () => {
    expect(DEFAULT_CONCURRENCY).toBe(4);
    let running = 0;
    let peak = 0;
    const gates = Array.from({ length: 10 }, () => deferred<void>());
    const run = mapWithConcurrency(gates, undefined, async (gate) => {
      running++;
      peak = Math.max(peak, running);
      await gate.promise;
      running--;
    });
    await tick();
    expect(running).toBe(4);
    gates.forEach((gate) => gate.resolve());
    await run;
    expect(peak).toBe(4);
  });

  it('keeps results in input order when later items finish first', async () => {
    const gates = [deferred<string>(), deferred<string>(), deferred<string>()];
    const run = mapWithConcurrency(gates, 3, (gate) => gate.promise);
    gates[2]?.resolve('c');
    gates[1]?.resolve('b');
    gates[0]?.resolve('a');
    const results = await run;
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : r.status))).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('records a failing item and goes on with the rest', async () => {
    const failure = new Error('boom');
    const results = await mapWithConcurrency([1, 2, 3], 1, async (n) => {
      if (n === 2) throw failure;
      return n;
    });
    expect(results).toEqual([
      { status: 'fulfilled', value: 1 },
      { status: 'rejected', reason: failure },
      { status: 'fulfilled', value: 3 },
    ]);
  });

  it('starts nothing new after an abort and marks what never ran as cancelled', async () => {
    const controller = new AbortController();
    const started: number[] = [];
    const gates = Array.from({ length: 6 }, () => deferred<number>());
    const run = mapWithConcurrency(
      gates,
      2,
      (gate, index) => {
        started.push(index);
        return gate.promise;
      },
      { signal: controller.signal },
    );
    await tick();
    expect(started).toEqual([0, 1]);
    gates[0]?.resolve(0);
    await tick();
    expect(started).toEqual([0, 1, 2]);
    controller.abort();
    gates[1]?.resolve(1);
    gates[2]?.reject(new DOMException('aborted', 'AbortError'));
    const results = await run;
    expect(started).toEqual([0, 1, 2]);
    expect(results).toEqual([
      { status: 'fulfilled', value: 0 },
      { status: 'fulfilled', value: 1 },
      { status: 'cancelled' },
      { status: 'cancelled' },
      { status: 'cancelled' },
      { status: 'cancelled' },
    ]);
  });

  it('runs nothing when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    let calls = 0;
    const results = await mapWithConcurrency(
      [1, 2],
      2,
      async () => {
        calls++;
      },
      { signal: controller.signal },
    );
    expect(calls).toBe(0);
    expect(results).toEqual([{ status: 'cancelled' }, { status: 'cancelled' }]);
  });

  it('reports progress after each settled item', async () => {
    const progress: [number, number][] = [];
    await mapWithConcurrency(['a', 'b', 'c'], 2, async (item) => item, {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('handles an empty list and odd limits', async () => {
    expect(await mapWithConcurrency([], 4, async () => 1)).toEqual([]);
    const results = await mapWithConcurrency([1, 2], 0, async (n) => n);
    expect(results).toEqual([
      { status: 'fulfilled', value: 1 },
      { status: 'fulfilled', value: 2 },
    ]);
  });
});
