import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failureFor, type Problem } from './errors';
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  isRetryable,
  parseRetryAfter,
  realSleep,
  withRetry,
  type AttemptOutcome,
  type RetryPolicy,
} from './retry';

const policy: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 100,
  maxDelayMs: 1_000,
  maxRetryAfterMs: 5_000,
};

function fault(problem: Problem, extra: { httpStatus?: number; retryAfterMs?: number } = {}) {
  return { ok: false as const, failure: failureFor(problem, 0), ...extra };
}

/** Runs scripted outcomes through withRetry, recording attempts and requested waits. */
async function run(outcomes: AttemptOutcome<string>[], random = () => 1) {
  const sleeps: number[] = [];
  let attempts = 0;
  const result = await withRetry(
    async () => {
      const outcome = outcomes[Math.min(attempts, outcomes.length - 1)];
      attempts++;
      return outcome as AttemptOutcome<string>;
    },
    { policy, random, sleep: async (ms) => void sleeps.push(ms) },
  );
  return { result, attempts, sleeps };
}

describe('backoffDelay', () => {
  it('doubles the ceiling with each retry, up to the maximum', () => {
    const top = () => 0.999999;
    const delays = [1, 2, 3, 4, 5, 6].map((retry) => backoffDelay(retry, policy, top));
    expect(delays).toEqual([99, 199, 399, 799, 999, 999]);
  });

  it('stays between 0 and the ceiling whatever the random source returns', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.double(), (retry, draw) => {
        const delay = backoffDelay(retry, policy, () => draw);
        const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(ceiling);
      }),
    );
  });

  it('is fully jittered: a zero draw waits not at all', () => {
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['1', 1_000],
    ['0', 0],
    ['2.5', 2_500],
    [' 3 ', 3_000],
  ])('reads %j seconds', (header, ms) => {
    expect(parseRetryAfter(header, 0)).toBe(ms);
  });

  it('reads an HTTP date relative to now', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:10 GMT', now)).toBe(10_000);
  });

  it.each([null, undefined, '', 'soon'])('ignores %j', (header) => {
    expect(parseRetryAfter(header, 0)).toBeUndefined();
  });
});

describe('isRetryable', () => {
  it.each<[Problem, number | undefined, boolean]>([
    [{ kind: 'network' }, undefined, true],
    [{ kind: 'timeout' }, undefined, true],
    [{ kind: 'http', status: 503 }, 503, true],
    [{ kind: 'http', status: 429 }, 429, true],
    [{ kind: 'api', code: -500, message: '' }, 200, true],
    [{ kind: 'api', code: 40100, message: '' }, 200, true],
    [{ kind: 'api', code: 4025, message: '' }, 200, false],
    [{ kind: 'api', code: 40105, message: '' }, 200, false],
    [{ kind: 'api', code: 98765, message: '' }, 200, false],
    [{ kind: 'malformed' }, 200, false],
    [{ kind: 'http', status: 404 }, 404, false],
    [{ kind: 'api', code: -500, message: '' }, 400, false],
  ])('%j at HTTP %s -> %s', (problem, httpStatus, expected) => {
    expect(isRetryable(fault(problem, { httpStatus }))).toBe(expected);
  });
});

describe('withRetry', () => {
  const success: AttemptOutcome<string> = { ok: true, value: 'facts' };

  it('returns the first success without waiting', async () => {
    const { result, attempts, sleeps } = await run([success]);
    expect(result).toEqual(success);
    expect(attempts).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('retries transient faults with growing waits until one succeeds', async () => {
    const network = fault({ kind: 'network' });
    const { result, attempts, sleeps } = await run([network, network, network, success]);
    expect(result).toEqual(success);
    expect(attempts).toBe(4);
    expect(sleeps).toEqual([100, 200, 400]);
  });

  it('stops at the maximum number of attempts and returns the last failure', async () => {
    const server = fault({ kind: 'api', code: -500, message: 'rpc error' }, { httpStatus: 200 });
    const { result, attempts, sleeps } = await run([server]);
    expect(attempts).toBe(policy.maxAttempts);
    expect(sleeps).toHaveLength(policy.maxAttempts - 1);
    expect(result).toMatchObject({ ok: false, failure: { reason: 'server', definitive: false } });
  });

  it('never retries a definitive answer', async () => {
    const expired = fault({ kind: 'api', code: 4025, message: '' }, { httpStatus: 200 });
    const { result, attempts, sleeps } = await run([expired, success]);
    expect(result).toBe(expired);
    expect(attempts).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('never retries a 4xx other than 429', async () => {
    const notFound = fault({ kind: 'http', status: 404 }, { httpStatus: 404 });
    const { attempts } = await run([notFound, success]);
    expect(attempts).toBe(1);
  });

  it('waits as long as Retry-After says instead of the backoff', async () => {
    const throttled = fault(
      { kind: 'http', status: 429 },
      { httpStatus: 429, retryAfterMs: 1_000 },
    );
    const { result, sleeps } = await run([throttled, success], () => 0);
    expect(result).toEqual(success);
    expect(sleeps).toEqual([1_000]);
  });

  it('cuts a very long Retry-After to the policy maximum', async () => {
    const throttled = fault(
      { kind: 'http', status: 429 },
      { httpStatus: 429, retryAfterMs: 3.6e6 },
    );
    const { sleeps } = await run([throttled, success]);
    expect(sleeps).toEqual([policy.maxRetryAfterMs]);
  });

  it('treats a policy of one attempt as no retries', async () => {
    let attempts = 0;
    await withRetry(
      async () => {
        attempts++;
        return fault({ kind: 'network' });
      },
      { policy: { ...policy, maxAttempts: 1 }, random: () => 1, sleep: async () => undefined },
    );
    expect(attempts).toBe(1);
  });

  it('has sane defaults', () => {
    expect(DEFAULT_RETRY_POLICY.maxAttempts).toBe(4);
    expect(DEFAULT_RETRY_POLICY.baseDelayMs).toBeLessThan(DEFAULT_RETRY_POLICY.maxDelayMs);
  });
});

describe('realSleep', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves after the wait', async () => {
    vi.useFakeTimers();
    let done = false;
    const sleeping = realSleep(1_000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await sleeping;
    expect(done).toBe(true);
  });

  it('rejects with the abort reason as soon as the caller gives up', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const sleeping = realSleep(60_000, controller.signal);
    const reason = new Error('stop');
    controller.abort(reason);
    await expect(sleeping).rejects.toBe(reason);
  });

  it('rejects at once when already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(realSleep(10, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });
});
