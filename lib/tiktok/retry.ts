import type { LiveFailure } from './facts';

// Hand-written rather than p-retry or ky: TikTok throttles inside HTTP 200 answers (code 40100)
// as well as with 429, and a Retry-After must win over the backoff either way. ky retries on HTTP
// statuses only, and p-retry has no notion of Retry-After.

export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  maxAttempts: number;
  /** Ceiling of the first wait; each further retry doubles it. */
  baseDelayMs: number;
  /** No wait computed by backoff grows beyond this. */
  maxDelayMs: number;
  /** A Retry-After asking for longer than this is cut to it, so one answer cannot stall a batch. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
};

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** What one failed attempt tells the retry loop. */
export interface AttemptFault {
  failure: LiveFailure;
  /** HTTP status of the answer, when there was one. */
  httpStatus?: number;
  /** From a Retry-After header. */
  retryAfterMs?: number;
}

/** The reason a waiting caller was given up on, as a throwable error. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Waits, and stops waiting with the signal's reason as soon as the caller gives up. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal as AbortSignal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * "Full jitter" backoff: a uniformly random wait up to an exponentially growing ceiling, so many
 * clients throttled together do not come back in lockstep. `retry` counts from 1.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  const raw = random();
  // An injected random source that misbehaves must not produce a negative or NaN wait.
  const draw = Number.isNaN(raw) ? 0 : Math.min(Math.max(raw, 0), 1);
  return Math.floor(draw * ceiling);
}

/**
 * Seconds (`Retry-After: 1`) or an HTTP date; undefined when absent or unreadable.
 */
export function parseRetryAfter(
  header: string | null | undefined,
  now: number,
): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const TRANSIENT_REASONS: ReadonlySet<LiveFailure['reason']> = new Set([
  'network',
  'timeout',
  'server',
  'rate_limited',
]);

/**
 * Only faults that may clear by themselves are retried. A definitive answer stays the same on a
 * second ask, and a 4xx other than 429 means the request itself is wrong.
 */
export function isRetryable(fault: AttemptFault): boolean {
  if (fault.failure.definitive) return false;
  const status = fault.httpStatus;
  if (status !== undefined && status >= 400 && status < 500 && status !== 429) return false;
  return TRANSIENT_REASONS.has(fault.failure.reason);
}

/** How long to wait before retry number `retry`: Retry-After when TikTok gave one. */
export function retryDelay(
  retry: number,
  fault: AttemptFault,
  policy: RetryPolicy,
  random: () => number,
): number {
  if (fault.retryAfterMs !== undefined) return Math.min(fault.retryAfterMs, policy.maxRetryAfterMs);
  return backoffDelay(retry, policy, random);
}

export type AttemptOutcome<T> = { ok: true; value: T } | ({ ok: false } & AttemptFault);

export interface RetryOptions {
  policy: RetryPolicy;
  sleep: Sleep;
  random: () => number;
  signal?: AbortSignal;
}

/**
 * Runs `attempt` until it succeeds, fails for good, or the policy's attempts are used up, and
 * returns the last outcome. A caller's abort ends the wait between attempts by throwing.
 */
export async function withRetry<T>(
  attempt: (attemptNumber: number) => Promise<AttemptOutcome<T>>,
  options: RetryOptions,
): Promise<AttemptOutcome<T>> {
  const maxAttempts = Math.max(1, Math.floor(options.policy.maxAttempts));
  let outcome = await attempt(1);
  for (let attemptNumber = 2; attemptNumber <= maxAttempts; attemptNumber++) {
    if (outcome.ok || !isRetryable(outcome)) return outcome;
    const delay = retryDelay(attemptNumber - 1, outcome, options.policy, options.random);
    await options.sleep(delay, options.signal);
    outcome = await attempt(attemptNumber);
  }
  return outcome;
}
